#pragma once
// The document model: what readers produce and the index writer consumes.

#include <string>
#include <vector>

namespace paragraf::core {

/// Metadata of one document (one language version of it).
struct DocumentMeta {
    std::string id;      ///< unique within an index, e.g. "E-C.12-XAR-CO-2-en"
    std::string symbol;  ///< UN document symbol, may be empty
    std::string title;
    std::string author;
    std::string body;     ///< treaty body: CESCR, CCPR, ..., UPR; may be empty
    std::string type;     ///< state-report, list-of-issues, ..., other
    std::string country;  ///< ISO 3166 alpha-3, may be empty
    std::string date;     ///< ISO date: YYYY, YYYY-MM or YYYY-MM-DD; may be empty
    std::string session;
    std::string cycle;        ///< reporting cycle as in the symbol: "2", "5-6"; may be empty
    std::string lang;         ///< en, ru, kk (or und)
    std::string source_path;  ///< file it was read from
    /// Names of the fields above that Paragraf inferred (from the file name, the text, a UN
    /// symbol) rather than read from given metadata (corpus XML, a sidecar).
    std::vector<std::string> inferred;

    /// The four-digit year of `date`, or 0 when there is none.
    int year() const;
};

enum class UnitKind { paragraph, subparagraph, item, footnote };

const char* to_string(UnitKind kind);
/// Parses "paragraph", "subparagraph", "item", "footnote"; throws std::invalid_argument.
UnitKind unit_kind_from_string(const std::string& s);

/// A citable unit: a paragraph, sub-paragraph, bullet item or footnote.
struct Unit {
    UnitKind kind = UnitKind::paragraph;
    /// Pinpoint label as cited: "46", "46 (a)", "7, bullet 2", "3.1/2", "fn. 8".
    std::string label;
    /// Headings of the enclosing sections, outermost first ("3. Opioid agonist therapy", ...).
    std::vector<std::string> section_path;
    std::string text;  ///< plain text, markers removed
    /// Footnote numbers cited from this unit, in order of appearance.
    std::vector<std::string> footnote_refs;
};

/// The label of the place-th unnumbered unit of numbered section `section`: "3.1/2"; outside
/// numbered sections (`section` empty): "¶2". Every reader labels unnumbered units this way.
std::string place_label(const std::string& section, std::size_t place);

struct Document {
    DocumentMeta meta;
    std::vector<Unit> units;  ///< in reading order; footnotes last
    /// Problems the reader worked around (the document was still read), for the user.
    std::vector<std::string> warnings;
};

}  // namespace paragraf::core
