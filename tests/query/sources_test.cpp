#include "query/sources.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/analyzer.hpp"
#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

TEST(CleanClaim, RemovesWordExportMarkers) {
    EXPECT_EQ(clean_claim("access is limited[footnoteRef:3] in prisons"),
              "access is limited  in prisons");
    EXPECT_EQ(clean_claim("prevalence[2:  https://hri.global/x.pdf] remains high"),
              "prevalence  remains high");
    EXPECT_EQ(clean_claim("[bookmark: _Toc1]Drug policy"), " Drug policy");
    EXPECT_EQ(clean_claim("in places of detention.12 The State"),
              "in places of detention. The State");
    // Numbers that belong to the text stay.
    EXPECT_EQ(clean_claim("58.6% of 2019 cases"), "58.6% of 2019 cases");
}

TEST(QuoteOverlap, VerbatimNearVerbatimAndUnrelated) {
    const auto text = words(
        "the committee recommends that the state party expand opioid "
        "substitution therapy to all regions of the country");
    const QuoteOverlap verbatim =
        quote_overlap(words("expand opioid substitution therapy to all regions"), text);
    EXPECT_DOUBLE_EQ(verbatim.share, 1.0);
    EXPECT_EQ(verbatim.longest_run, 7u);
    EXPECT_EQ(verbatim.claim_words, 7u);

    // One word changed: most of the claim still in order.
    const QuoteOverlap near =
        quote_overlap(words("expand opioid maintenance therapy to all regions"), text);
    EXPECT_NEAR(near.share, 6.0 / 7.0, 1e-9);
    EXPECT_EQ(near.longest_run, 4u);

    const QuoteOverlap unrelated = quote_overlap(words("housing evictions in winter"), text);
    EXPECT_DOUBLE_EQ(unrelated.share, 0.0);
    EXPECT_EQ(unrelated.longest_run, 0u);

    EXPECT_EQ(quote_overlap({}, text).claim_words, 0u);
}

class SourcesTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir();
        indexer::index_paths((dir_->path() / "db").string(),
                             {(test::source_dir() / "corpus").string()});
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static SourcesResult run(SourcesRequest request) {
        Searcher searcher({(dir_->path() / "db").string()});
        return find_sources(searcher, request);
    }
    static test::TempDir* dir_;
};

test::TempDir* SourcesTest::dir_ = nullptr;

TEST_F(SourcesTest, QuotationIsRecognisedAndRankedFirst) {
    SourcesRequest request;
    // Typographic quotes, a dash and a pasted footnote marker in the middle of the quotation.
    request.claim =
        "The Committee asked Aralia to “expand opioid substitution therapy to all regions of the "
        "country, including in places of deprivation[footnoteRef:4] of liberty” — it has not.";
    const SourcesResult r = run(request);
    ASSERT_FALSE(r.hits.empty());
    EXPECT_TRUE(r.hits.front().quote);
    EXPECT_EQ(r.hits.front().hit.citation, "E/C.12/XAR/CO/2, para. 47 (b)");
    EXPECT_EQ(r.hits.front().hit.rank, 1u);
    for (std::size_t i = 1; i < r.hits.size(); ++i) EXPECT_FALSE(r.hits[i].quote) << i;
}

TEST_F(SourcesTest, ParaphraseFindsTheParagraphWithoutCallingItAQuote) {
    SourcesRequest request;
    request.claim = "Prisoners in Aralia cannot get opioid substitution therapy.";
    request.filters.add("lang", "en");
    request.filters.add("type", "concluding-observations");
    const SourcesResult r = run(request);
    ASSERT_FALSE(r.hits.empty());
    bool found = false;
    for (const SourceHit& h : r.hits) {
        EXPECT_FALSE(h.quote) << h.hit.citation;
        found = found || h.hit.citation == "E/C.12/XAR/CO/2, para. 47 (b)";
    }
    EXPECT_TRUE(found);
}

TEST_F(SourcesTest, RussianClaimFindsEnglishParagraphThroughTheThesaurus) {
    SourcesRequest request;
    request.claim = "Опиоидная заместительная терапия недоступна в местах лишения свободы.";
    request.filters.add("lang", "en");
    const SourcesResult r = run(request);
    EXPECT_FALSE(r.concepts.empty());
    ASSERT_FALSE(r.hits.empty());
    EXPECT_EQ(r.hits.front().hit.stored.lang, "en");

    request.cross_lang = false;
    EXPECT_TRUE(run(request).hits.empty());
}

// Words in more than a tenth of the paragraphs ("State", "party", "Committee" in the sample
// corpus) are not searched for, but they are still reported as matched where a paragraph has
// them (crossref weighs coverage with them), and a claim made only of them still finds. The
// sample index is small, so the minimum count is lifted for the test.
TEST_F(SourcesTest, CommonWordsAreMatchedThoughNotSearchedFor) {
    SourcesRequest request;
    request.claim = "The State party should expand opioid substitution therapy in prisons.";
    request.limit = 20;
    request.common_share = 0.10;
    request.min_common_postings = 0;
    const SourcesResult r = run(request);
    EXPECT_NE(std::find(r.terms.begin(), r.terms.end(), "Zstate"), r.terms.end());
    EXPECT_EQ(std::find(r.searched.begin(), r.searched.end(), "Zstate"), r.searched.end());
    EXPECT_NE(std::find(r.searched.begin(), r.searched.end(), "Zopioid"), r.searched.end());
    ASSERT_FALSE(r.hits.empty());
    std::size_t with_state = 0;
    const core::Analyzer analyzer;
    for (const SourceHit& h : r.hits) {
        bool has = false;  // the paragraph has a word whose stem is "state"
        for (const core::Token& t : analyzer.tokenize(h.hit.stored.unit.text))
            has = has || analyzer.stem(t.term, h.hit.stored.lang) == "state";
        const bool matched = std::find(h.matching_terms.begin(), h.matching_terms.end(),
                                       "Zstate") != h.matching_terms.end();
        EXPECT_EQ(matched, has) << h.hit.citation;
        with_state += matched ? 1 : 0;
    }
    EXPECT_GT(with_state, 0u);

    request.claim = "the State party and the Committee";
    EXPECT_FALSE(run(request).hits.empty());
    // Words in no paragraph do not take the places kept for the rarest words.
    request.claim = "zqxv blorft snarkle wuggum the State party and the Committee";
    const SourcesResult common = run(request);
    EXPECT_FALSE(common.hits.empty());
    EXPECT_EQ(std::find(common.searched.begin(), common.searched.end(), "Zzqxv"),
              common.searched.end());
}

TEST_F(SourcesTest, LimitAndEmptyClaim) {
    SourcesRequest request;
    request.claim = "drug policy";
    request.limit = 2;
    EXPECT_EQ(run(request).hits.size(), 2u);
    request.claim = "[footnoteRef:3] 12, 2019";
    EXPECT_THROW(run(request), QueryError);
}

}  // namespace
}  // namespace paragraf::query
