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

/// Reads "E/C.12/KAZ/CO/2, para. 46", "E/C.12/KAZ/CO/2 ¶46", "E/C.12/KAZ/CO/2, paragraph 12 (b)",
/// "п. 46 E/C.12/KAZ/CO/2", "E/C.12/KAZ/CO/2, пункт 46", "46-тармақ", "fn. 3", "art. 25 (1)".
/// Throws QueryError when there is no symbol or no pinpoint.
PinpointCitation parse_pinpoint_citation(const std::string& text);

struct CiteResult {
    PinpointCitation citation;
    std::vector<core::StoredUnit> versions;  ///< the unit in each language asked for that exists
    std::vector<std::string> nearest;        ///< when none: citations of the nearest units
    bool symbol_known = false;               ///< when none: whether the document is indexed
};

/// Every paragraph a citation names ("E/C.12/KAZ/CO/2, paras. 46-47" names two; a document
/// cited by description is looked up by its body, country, type and year), each looked up as
/// cite() does. Citations of footnotes and articles ("fn. 3", "art. 25 (1)") name one unit.
/// Throws QueryError when the text names no paragraph.
std::vector<CiteResult> cite_all(Searcher& searcher, const std::string& text,
                                 const std::vector<std::string>& langs);

/// Looks the citation up. `langs` empty: the English version if there is one, else any one;
/// otherwise the versions in these languages ("all": every language).
CiteResult cite(Searcher& searcher, const std::string& text, const std::vector<std::string>& langs);

}  // namespace paragraf::query
