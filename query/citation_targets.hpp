#pragma once
// What a citation points to, for `cited-by`, `cites` and `cite`: citations as people type
// them read with the indexer's own grammar, keys shown as citations, and documents cited by
// description ("CESCR's 2019 concluding observations") matched to indexed symbols.

#include <string>
#include <vector>

#include "core/citation_extractor.hpp"
#include "core/document.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

/// The citations in `text` ("E/C.12/KAZ/CO/2, paras. 46-47", "article 12 ICESCR", a URL),
/// read by core::CitationExtractor with the body and country the text names, if any
/// ("CESCR's 2019 concluding observations on Kazakhstan, para. 46").
std::vector<core::CitationMatch> read_citations(const std::string& text);

/// A key as people read it: "E/C.12/KAZ/CO/2, para. 46", "E/C.12/KAZ/3", "ICESCR, art. 12",
/// "criminal-code, art. 118 (1)", "law:on mass media, art. 1", the URL itself;
/// "CESCR/KAZ/concluding-observations/2019" for documents cited by description.
std::string describe_key(const std::string& key);

/// The description a document may be cited by ("CESCR/KAZ/concluding-observations/2019"), as
/// the extractor writes it for "CESCR's 2019 concluding observations"; "" when the metadata
/// lacks a part of it.
std::string description_of(const core::DocumentMeta& meta);

/// The split key: kind ("para", "doc", "art", "act", "url"), target, pinpoint (may be empty).
struct KeyParts {
    std::string kind, target, pinpoint;
};
KeyParts split_key(const std::string& key);

/// The key of a citation term ("XRpara|e/c.12/kaz/co/2|46"), its symbol's case restored
/// ("para|E/C.12/KAZ/CO/2|46"): terms are stored lower-cased.
std::string key_from_term(const std::string& term);

/// How often something is cited: the key and the number of units citing it.
struct CitedCount {
    std::string key;
    std::size_t units = 0;
};

/// The most cited documents (`kind` "doc") or paragraphs ("para"), most cited first.
std::vector<CitedCount> most_cited(Searcher& searcher, const std::string& kind, std::size_t limit);

/// The symbol of the indexed document matching a description, or "" when none is indexed.
std::string resolve_description(Searcher& searcher, const std::string& described);

}  // namespace paragraf::query
