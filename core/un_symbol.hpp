#pragma once
// UN document symbols ("E/C.12/KAZ/CO/2", "A/HRC/WG.6/34/KAZ/1", "A/RES/217(III)"): what
// body issued the document, what kind of document it is, for which country and cycle.
// Corpus files rarely carry complete metadata, but their symbol (in the text or the OHCHR
// file name) almost always says it, so the indexer can derive body/type/country from it.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace paragraf::core {

struct UnSymbol {
    std::string text;     ///< canonical form, e.g. "E/C.12/KAZ/CO/2"
    std::string body;     ///< CESCR, CCPR, CEDAW, CRC, CAT, CERD, CRPD, CMW, CED, SPT, HRC, UPR,
                          ///< GA, ECOSOC, or "" when unknown
    std::string type;     ///< state-report, list-of-issues, reply-to-list-of-issues,
                          ///< concluding-observations, general-comment, other
    std::string country;  ///< ISO alpha-3 when the symbol has one
    std::string cycle;    ///< reporting cycle as written: "2", "5-6"
    int cycle_from = 0;   ///< 5 for "5-6"
    int cycle_to = 0;     ///< 6 for "5-6"
    std::string session;  ///< where the symbol says: "43" for A/HRC/43/9, "3" for 217(III)
};

/// Parses a whole symbol as written in text or in a file name: "E/C.12/KAZ/CO/2",
/// "E_C.12_KAZ_CO_2", "E_C-12_KAZ_CO_2_EN.pdf" (OHCHR file names: '_' for '/', '-' for '.',
/// trailing language code and file extension dropped). /Add.N, /Corr.N, /Rev.N suffixes are
/// kept in `text`. Returns std::nullopt when the text is not a UN symbol.
std::optional<UnSymbol> parse_un_symbol(std::string_view text);

/// Finds the first UN symbol in running text (a document's first lines, a file name, a URL
/// path) and returns it with its byte range [first, second) in `text`.
std::optional<std::pair<UnSymbol, std::pair<std::size_t, std::size_t>>> find_un_symbol(
    std::string_view text);

}  // namespace paragraf::core
