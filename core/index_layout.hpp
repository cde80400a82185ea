#pragma once
// The index layout contract: every term prefix and value slot Paragraf writes.
// Documented for people in schemas/index-layout.md; keep the two in step.

#include <xapian.h>
#include <string>
#include <string_view>

namespace paragraf::core::layout {

// Free-text terms carry no prefix (positional, unstemmed); their stems carry kStem.
inline constexpr std::string_view kStem = "Z";

/// "K" + concept id (data/thesaurus.xml), wdf = times the concept occurs in the unit, so that
/// concepts can both filter and rank (cross-language search).
inline constexpr std::string_view kConcept = "K";

// Boolean terms: no positions, wdf 0, values lower-cased.
inline constexpr std::string_view kUnitId = "Q";    ///< "Q" + doc id + "#" + ordinal
inline constexpr std::string_view kDocId = "XD";    ///< "XD" + doc id
inline constexpr std::string_view kSymbol = "XS";   ///< "XS" + symbol
inline constexpr std::string_view kBody = "XB";     ///< "XB" + treaty body
inline constexpr std::string_view kType = "XT";     ///< "XT" + document type
inline constexpr std::string_view kCountry = "XC";  ///< "XC" + ISO alpha-3
inline constexpr std::string_view kLang = "XL";     ///< "XL" + unit language
inline constexpr std::string_view kDocLang = "XA";  ///< "XA" + document language
inline constexpr std::string_view kYear = "XY";     ///< "XY" + four-digit year
inline constexpr std::string_view kKind = "XK";     ///< "XK" + unit kind
inline constexpr std::string_view kLabel = "XP";    ///< "XP" + normalised label
/// "XR" + a citation key the unit cites, normalised (core/citation_terms.hpp): "XRpara|e/c.12/
/// kaz/co/2|46", "XRdoc|e/c.12/kaz/co/2", "XRart|icescr|12"; also the keys of its footnotes.
inline constexpr std::string_view kCites = "XR";

// Value slots.
inline constexpr Xapian::valueno kSlotYear = 0;     ///< sortable_serialise(year)
inline constexpr Xapian::valueno kSlotOrdinal = 1;  ///< sortable_serialise(place in document)
inline constexpr Xapian::valueno kSlotDocId = 2;    ///< doc id, for collapsing per document

/// Builds a boolean filter term: prefix + lower-cased value.
std::string filter_term(std::string_view prefix, std::string_view value);

/// The unique term of a unit: "Q" + document id + "#" + ordinal.
std::string unit_id_term(std::string_view doc_id, std::size_t ordinal);

}  // namespace paragraf::core::layout
