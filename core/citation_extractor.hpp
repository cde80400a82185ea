#pragma once
// Finds the citations a paragraph or footnote makes: UN document symbols with their
// paragraph pinpoints, articles of human-rights instruments, general comments, earlier
// concluding observations referred to by year, URLs and national legal acts, in English,
// Russian and Kazakh typography. Short forms (Ibid., Там же, supra note 3, see above) are
// resolved against what the same document cited before, so one extractor reads one document,
// unit by unit, in reading order.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace paragraf::core {

enum class CitedKind {
    document,   ///< a UN document (symbol, or a description resolved to one), maybe with paras
    article,    ///< articles of an international instrument (ICESCR, ICCPR, CRC...)
    url,        ///< a web address
    legal_act,  ///< a national legal act: code, law, constitution (maybe with articles)
};

/// "document", "article", "url", "legal-act".
const char* to_string(CitedKind kind);

/// One thing cited.
struct CitedTarget {
    CitedKind kind = CitedKind::document;
    /// document: canonical UN symbol ("E/C.12/KAZ/CO/2"); empty when the document was only
    /// described ("CESCR's 2019 concluding observations") and the description did not resolve.
    std::string symbol;
    /// document cited by description and not resolved: "CESCR/KAZ/concluding-observations/2019".
    std::string described;
    /// article: instrument code (ICESCR, OP-ICESCR, ICCPR, CRC, CEDAW, CAT, CERD, CRPD, ICMW,
    /// CPED, UDHR...), empty when it cannot be told. legal_act: the act's key ("constitution",
    /// "criminal-code", "administrative-code", "labour-code", "health-code", "civil-code",
    /// "criminal-procedure-code", "family-code", "tax-code", or "law:" + the law's title as
    /// quoted, lower-cased: "law:on mass media").
    std::string instrument;
    /// document: paragraph labels, ranges expanded ("46", "47", "12 (b)"); article and
    /// legal_act: article numbers with parts ("2 (2)", "12", "118 (1)"). Empty: the whole.
    std::vector<std::string> pinpoints;
    std::string url;  ///< url: the address, trailing punctuation removed
};

/// A citation found in a text.
struct CitationMatch {
    CitedTarget target;
    std::size_t begin = 0;  ///< byte range of the citation in the text
    std::size_t end = 0;
    bool short_form = false;  ///< Ibid., supra, see above: resolved from an earlier citation
};

/// A document identified by who issued it, for whom, what it is and when.
struct DocumentDescription {
    std::string body;     ///< CESCR, CCPR, ...
    std::string country;  ///< ISO alpha-3
    std::string type;     ///< concluding-observations, state-report, list-of-issues, ...
    int year = 0;
};

/// Returns the symbol of the described document, or "" when it is not known.
using SymbolResolver = std::function<std::string(const DocumentDescription&)>;

/// What the extractor knows about the citing document.
struct CitationContext {
    std::string body;     ///< the citing document's treaty body: "the Covenant" in CESCR = ICESCR
    std::string country;  ///< its country: "the 2019 concluding observations" are on it
    std::string symbol;   ///< its own symbol: "see above, para. 46" cites it
    SymbolResolver resolve;  ///< may be empty: descriptions then stay unresolved
};

class CitationExtractor {
  public:
    explicit CitationExtractor(CitationContext context);

    /// The citations of one unit's text, in order of appearance. `footnote` is the footnote's
    /// number when the unit is footnote N ("supra note N" refers back to it).
    std::vector<CitationMatch> extract(std::string_view text, std::string_view footnote = {});

  private:
    struct State;
    CitationContext context_;
    std::shared_ptr<State> state_;
};

/// The target as comparable keys, one per cited paragraph or article (the labelled
/// extraction suite and the index terms use them):
///   "doc|E/C.12/KAZ/3"  "para|E/C.12/KAZ/CO/2|46" "para|CESCR/KAZ/concluding-observations/2019|46"
///   "art|ICESCR|12"  "art|ICESCR|2 (2)"  "art||12"  "url|https://example.org/x"
///   "act|criminal-code|118 (1)"  "act|law:on mass media|1"  "act|constitution|"
std::vector<std::string> citation_keys(const CitedTarget& target);

/// The symbol of general comment/recommendation `number` of `body` ("CESCR", 14 ->
/// "E/C.12/2000/4"), or "" when not known.
std::string general_comment_symbol(std::string_view body, int number);

}  // namespace paragraf::core
