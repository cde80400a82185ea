#pragma once
// `paragraf cite`: a citation as people write it -> the paragraph it points to.

#include <optional>
#include <string>
#include <vector>

#include "core/stored_unit.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

/// A pinpoint citation of one unit: a document symbol and a unit label ("46", "46 (a)",
/// "fn. 3", "art. 25 (1)").
struct PinpointCitation {
    std::string symbol;
    std::string label;
};

/// The units a citation names, read with the indexer's citation grammar (core/citation_extractor):
/// "E/C.12/KAZ/CO/2, para. 46", "E/C.12/KAZ/CO/2 ¶46", "E/C.12/KAZ/CO/2, paragraph 12 (b)",
/// "п. 46 E/C.12/KAZ/CO/2", "E/C.12/KAZ/CO/2, пункт 46", "46-тармақ", "paras. 46-47" (two),
/// "fn. 3", "сноска 3", "A/RES/217(III), art. 25 (1)"; a document cited by description is looked
/// up by its body, country, type and year. Throws QueryError when there is no document or no
/// pinpoint.
std::vector<PinpointCitation> pinpoint_citations(Searcher& searcher, const std::string& text);

struct CiteResult {
    PinpointCitation citation;
    std::vector<core::StoredUnit> versions;  ///< the unit in each language asked for that exists
    std::vector<std::string> nearest;        ///< when none: citations of the nearest units
    bool symbol_known = false;               ///< when none: whether the document is indexed
};

/// Every unit a citation names (pinpoint_citations), each looked up: `langs` empty, the English
/// version if there is one, else any one; otherwise the versions in these languages ("all":
/// every language). Throws QueryError when the text names no paragraph.
std::vector<CiteResult> cite_all(Searcher& searcher, const std::string& text,
                                 const std::vector<std::string>& langs);

}  // namespace paragraf::query
