#pragma once
// Citations as people put them in footnotes: the short UN form, the long OHCHR footnote form and
// the Russian short form, for one unit or several units of one document (docs/citation-styles.md).

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/stored_unit.hpp"

namespace paragraf::query {

enum class CitationStyle {
    un,        ///< "E/C.12/KAZ/CO/2, paras. 46–47"
    footnote,  ///< long OHCHR form: "Body, Title, Symbol (29 March 2019), para. 46."
    ru,        ///< "E/C.12/KAZ/CO/2, пп. 46–47"
};

/// Parses "un", "footnote", "ru"; throws paragraf::QueryError naming the valid ones.
CitationStyle citation_style_from_string(std::string_view name);
const char* to_string(CitationStyle style);

/// The citation of one or more units of ONE document in `style`. Several labels are joined the
/// way people write them: consecutive numbers as ranges ("paras. 46–48"), others as a list
/// ("paras. 7, 9 and 12"); kinds that differ (paragraphs, footnotes) are separated by "; ".
std::string format_citation(const core::DocumentMeta& doc, const std::vector<core::Unit>& units,
                            CitationStyle style);
/// The citation of one unit in `style`.
std::string format_citation(const core::StoredUnit& unit, CitationStyle style);

/// Only the pinpoint part of format_citation: "paras. 46–47", "fn. 8", "пп. 46–47".
std::string format_pinpoints(const std::vector<core::Unit>& units, CitationStyle style);

/// The full name of the body that issued `doc` in `lang` ("en" or "ru"), from doc.body or its
/// symbol; the author for documents without a symbol (NGO submissions); "" when neither is known.
std::string issuing_body(const core::DocumentMeta& doc, std::string_view lang);

/// doc.title; when it is empty, an English title built from the document type, reporting cycle
/// and country where those are known ("Concluding observations on the second periodic report of
/// Kazakhstan", "General comment No. 25"); else "".
std::string document_title(const core::DocumentMeta& doc);

/// The name ICU gives the country with ISO 3166 alpha-3 code `alpha3` in `lang` ("KAZ" →
/// "Kazakhstan", "Казахстан"); the code itself when ICU knows no such country.
std::string country_name(std::string_view alpha3, std::string_view lang);

/// An ISO date as written in UN documents: "29 March 2019", "March 2019", "2019"; "" for none.
std::string long_date(std::string_view iso_date);

}  // namespace paragraf::query
