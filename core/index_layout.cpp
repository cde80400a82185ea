#include "core/index_layout.hpp"

#include "core/analyzer.hpp"

#include <algorithm>
#include <cmath>

namespace paragraf::core::layout {

std::string filter_term(std::string_view prefix, std::string_view value) {
    return std::string(prefix) + normalize(value);
}

Xapian::termcount ranking_wdf(Xapian::termcount occurrences, Xapian::termcount unit_words) {
    if (occurrences == 0) return 0;
    const double norm_length =
        std::max(kMinNormLength, static_cast<double>(unit_words) / kPivotWords);
    const double length_factor = 1 - kRankB + kRankB * norm_length;
    const double wdf = kWdfScale * static_cast<double>(occurrences) / length_factor;
    // Every word present keeps a wdf of at least 1, however long its paragraph.
    return std::max<Xapian::termcount>(1, static_cast<Xapian::termcount>(std::lround(wdf)));
}

Xapian::BM25Weight ranking_weight() {
    // k2 = 0 and k3 = 1 are Xapian's defaults; b = 0: the length and its lower bound
    // (kMinNormLength) are in the wdf.
    return Xapian::BM25Weight(kRankK1 * kWdfScale, 0, 1, 0, 0.5);
}

bool ranked_for_another_scheme(const Xapian::Database& db) {
    return db.get_doccount() > 0 && db.get_metadata(std::string(kRankingKey)) != kRankingScheme;
}

std::string unit_id_term(std::string_view doc_id, std::size_t ordinal) {
    return std::string(kUnitId) + std::string(doc_id) + "#" + std::to_string(ordinal);
}

}  // namespace paragraf::core::layout
