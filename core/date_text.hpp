#pragma once
// Dates as written in UN documents, in English, Russian and Kazakh: "24 March 2023",
// "24 марта 2023 года", "2023 жылғы 24 наурыз", "2023-03-24", "24.03.2023", "March 2023".
// Documents given without metadata still carry their date on the cover page ("Distr.: General",
// then the date) or in an "Adopted by the Committee at its ... session" line; this finds it.

#include <string>
#include <string_view>
#include <vector>

namespace paragraf::core {

/// The ISO form ("YYYY-MM-DD", or "YYYY-MM" for a month and year) of a text that is one date and
/// nothing else: "24 March 2023", "March 24, 2023", "24 марта 2023 г.", "24 наурыз 2023 ж.",
/// "2023 жылғы 24 наурыз", "2023-03-24", "24.03.2023", "March 2023", "март 2023 г.". Empty when
/// the text is something else or the date cannot be (31 April, a year before 1945 or after next
/// year).
std::string parse_date(std::string_view text);

/// The date of a document from its first lines (cover page, title, first paragraphs), as ISO
/// "YYYY-MM-DD" or "YYYY-MM"; empty when none is found. Prefers a "Distr." / "Date:" / "adopted"
/// line (the end of a date range there), then a line that is only a date, then the first full
/// date in running text. Looks at the first 30 lines and 3000 bytes only, and skips dates that
/// follow a symbol, "of", "No.", "resolution", "born" and the like: those are dates of documents
/// cited or of people, not of this document.
std::string find_document_date(const std::vector<std::string_view>& lines);

}  // namespace paragraf::core
