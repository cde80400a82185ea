#pragma once
// `paragraf cited-by`: every unit that cites a paragraph, a document, an article or a URL,
// found with one boolean query on the citation terms (schemas/index-layout.md).

#include <string>
#include <vector>

#include "core/stored_unit.hpp"
#include "query/filters.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

struct CitedByRequest {
    std::string
        citation;     ///< "E/C.12/KAZ/CO/2, paras. 46-47", "E/C.12/KAZ/CO/2", "article 12 ICESCR"
    Filters filters;  ///< which citing units to list
    std::size_t offset = 0;
    std::size_t limit = 50;
};

struct CitingHit {
    Hit hit;  ///< the citing unit (snippet: the citing sentence)
    /// Its citations of the target (its own, or its footnotes' with `via` set).
    std::vector<core::UnitCitation> citations;
    /// The sentence that makes the first of them (in the footnote for one made in a footnote).
    std::string sentence;
};

struct CitedByResult {
    std::string citation;
    std::vector<std::string> targets;  ///< the keys looked for, as citations
    std::size_t total = 0;             ///< citing units in all
    std::vector<CitingHit> hits;       ///< newest documents first, in document order
};

/// Throws paragraf::QueryError when `citation` names nothing citable.
CitedByResult cited_by(Searcher& searcher, const CitedByRequest& request);

/// The sentence of `text` around the byte range [begin, end), cut to about 400 bytes.
std::string sentence_around(const std::string& text, std::size_t begin, std::size_t end);

}  // namespace paragraf::query
