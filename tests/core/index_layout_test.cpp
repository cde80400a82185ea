// The wdfs that carry BM25's length normalisation into the index (layout::ranking_wdf).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/index_layout.hpp"

namespace paragraf::core::layout {
namespace {

// BM25's term-frequency part, k1 = kRankK1 and b = 0 over a stored wdf (what Xapian computes
// at search time, up to the idf factor) for a word counted `n` times in `words` words.
double stored_weight(Xapian::termcount n, Xapian::termcount words) {
    const double wdf = ranking_wdf(n, words);
    const double k = kRankK1 * kWdfScale;
    return wdf * (k + 1) / (wdf + k);
}

TEST(RankingWdf, AWordAbsentHasNoWdfAndAWordPresentAtLeastOne) {
    EXPECT_EQ(ranking_wdf(0, 40), 0u);
    EXPECT_GE(ranking_wdf(1, 1), 1u);
    EXPECT_GE(ranking_wdf(1, 100000), 1u);
}

TEST(RankingWdf, MoreOccurrencesWeighMoreInLongUnits) {
    // A scale of 8 merged one and two occurrences from about 800 words on.
    for (Xapian::termcount words : {40u, 400u, 1000u, 2000u, 3000u})
        EXPECT_LT(ranking_wdf(1, words), ranking_wdf(2, words)) << words << " words";
}

TEST(RankingWdf, TheSameCountWeighsLessInALongerUnit) {
    Xapian::termcount previous = ranking_wdf(3, 20);
    for (Xapian::termcount words = 21; words <= 2000; ++words) {
        const Xapian::termcount wdf = ranking_wdf(3, words);
        EXPECT_LE(wdf, previous) << words << " words";
        previous = wdf;
    }
    EXPECT_GT(ranking_wdf(3, 20), ranking_wdf(3, 400));
}

TEST(RankingWdf, UnitsUnderHalfThePivotCountAsHalfThePivot) {
    const auto half = static_cast<Xapian::termcount>(kPivotWords * kMinNormLength);
    for (Xapian::termcount words = 1; words < half; ++words)
        EXPECT_EQ(ranking_wdf(1, words), ranking_wdf(1, half)) << words << " words";
    EXPECT_GT(ranking_wdf(1, half), ranking_wdf(1, half + 4));
}

TEST(RankingWdf, StoredWeightsFollowBm25WithinRounding) {
    // BM25 with k1 = 1, b = 0.5 and a pivot of kPivotWords, computed from the counts.
    const auto length_factor = [](double words) {
        return 1 - kRankB + kRankB * std::max(kMinNormLength, words / kPivotWords);
    };
    const auto bm25 = [&](double n, double words) {
        return n * (kRankK1 + 1) / (n + kRankK1 * length_factor(words));
    };
    // The stored scheme scales the whole tf part by (k1 * scale + 1) / (k1 + 1).
    const double scale = (kRankK1 * kWdfScale + 1) / (kRankK1 + 1);
    for (Xapian::termcount words : {5u, 20u, 40u, 120u, 400u, 1500u})
        for (Xapian::termcount n : {1u, 2u, 3u, 7u}) {
            if (n > words) continue;
            // Rounding the wdf moves it by half a unit at most, and the tf part by no more in
            // relative terms.
            const double exact_wdf = kWdfScale * n / length_factor(words);
            const double expected = bm25(n, words);
            EXPECT_NEAR(stored_weight(n, words) / scale, expected,
                        expected * 0.5 / exact_wdf + 1e-12)
                << n << " in " << words << " words";
        }
}

}  // namespace
}  // namespace paragraf::core::layout
