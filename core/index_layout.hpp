#pragma once
// The index layout contract: every term prefix and value slot Paragraf writes.
// Documented for people in schemas/index-layout.md; keep the two in step.

#include <xapian.h>
#include <string>
#include <string_view>

namespace paragraf::core::layout {

// Free-text terms carry no prefix (positional, unstemmed); their stems carry kStem.
inline constexpr std::string_view kStem = "Z";

/// "K" + concept id (data/thesaurus.xml), wdf from the times the concept occurs in the unit
/// (ranking_wdf), so that concepts can both filter and rank (cross-language search).
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

// Ranking. BM25 weighs a word by its count in a paragraph against the paragraph's length; read
// at search time, that length costs a lookup in a list of every paragraph's length for each
// match, two thirds of a common word's search time on a 1 GB index (1.6 M paragraphs).
// So the length is applied when indexing: a word's wdf is its count divided by BM25's length
// factor (1 - b + b * words / kPivotWords), times kWdfScale so that the quotient survives
// rounding, and searches use BM25 without length normalisation (b = 0) and k1 times
// kWdfScale, which gives BM25's order. The pivot is a fixed typical unit length instead of the
// index's average, so that a unit's wdfs do not change as the index grows and shards indexed
// apart score as one index: 40 words, near the averages of the sample corpus (34) and the
// UDHR (26) with their headings, items and footnotes. As Xapian's BM25 does (min_normlen), a
// unit shorter than half the pivot counts as half the pivot: a heading of a word or two then
// gives a word 1.33 times the wdf a paragraph of 40 words does, not 1.9 times. The scale of 32
// keeps one and two occurrences apart in units of up to about 3,400 words (a scale of 8 merged
// them from about 800 words on).
inline constexpr double kRankK1 = 1.0;
inline constexpr double kRankB = 0.5;
inline constexpr double kPivotWords = 40;
inline constexpr double kMinNormLength = 0.5;
inline constexpr double kWdfScale = 32;

/// Metadata key naming the ranking scheme an index's wdfs were written for, and its value now.
/// Indexes without it hold plain counts (before analysis version 6).
inline constexpr std::string_view kRankingKey = "paragraf:ranking";
inline constexpr std::string_view kRankingScheme = "bm25-wdf-pivot40-min0.5-scale32";

/// The wdf of a term found `occurrences` times in a unit of `unit_words` words.
Xapian::termcount ranking_wdf(Xapian::termcount occurrences, Xapian::termcount unit_words);

/// The weighting scheme every ranked search uses, matching ranking_wdf.
Xapian::BM25Weight ranking_weight();

/// True when `db` holds units whose wdfs were written for another ranking scheme than
/// kRankingScheme (by another version of Paragraf). Asks one index: a multi-database answers
/// metadata from its first.
bool ranked_for_another_scheme(const Xapian::Database& db);

/// Builds a boolean filter term: prefix + lower-cased value.
std::string filter_term(std::string_view prefix, std::string_view value);

/// The unique term of a unit: "Q" + document id + "#" + ordinal.
std::string unit_id_term(std::string_view doc_id, std::size_t ordinal);

}  // namespace paragraf::core::layout
