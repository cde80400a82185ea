#pragma once
// `paragraf cites`: what a document or a paragraph cites, each target resolved where it is in
// the index (and flagged where its document is there but the paragraph is not).

#include <string>
#include <vector>

#include "core/stored_unit.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

enum class TargetStatus {
    indexed,           ///< the cited paragraph (or document) is in the index
    pinpoint_missing,  ///< its document is indexed, but has no such paragraph
    not_indexed,       ///< a UN document that is not in the index
    external,          ///< an article, URL or national act: nothing to look up
};

const char* to_string(TargetStatus status);

/// One key of one citation, resolved.
struct ResolvedTarget {
    std::string key;     ///< as indexed ("para|E/C.12/KAZ/CO/2|46")
    std::string target;  ///< as people read it ("E/C.12/KAZ/CO/2, para. 46")
    TargetStatus status = TargetStatus::external;
    std::string symbol;       ///< for a description resolved through the index
    std::string target_text;  ///< the cited paragraph's text, when indexed
};

struct CitationEntry {
    core::UnitCitation citation;
    std::vector<ResolvedTarget> targets;
};

/// A citing unit and what it cites.
struct CitingUnit {
    core::StoredUnit unit;
    std::string citation;  ///< the unit's own citation
    std::vector<CitationEntry> entries;
};

struct CitesResult {
    std::string subject;            ///< as asked
    std::vector<CitingUnit> units;  ///< those that cite something, in document order
    std::size_t citations = 0;      ///< in all
};

/// `subject`: a document id, a symbol (its English version, else another), or a citation of
/// one of its paragraphs ("E/C.12/XAR/Q/3, para. 9"). Throws paragraf::QueryError when it is
/// not in the index.
CitesResult cites(Searcher& searcher, const std::string& subject);

/// Resolves one key against the index.
ResolvedTarget resolve_key(Searcher& searcher, const std::string& key,
                           const std::string& prefer_lang);

}  // namespace paragraf::query
