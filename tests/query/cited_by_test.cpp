#include "query/cited_by.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "query/cites.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

// The sample corpus, plus a submission that cites the 2019 concluding observations only by
// year, and one whose paragraph cites through a footnote.
constexpr const char* kByYear = R"(<?xml version="1.0" encoding="UTF-8"?>
<document>
  <meta>
    <id>ngo-by-year-en</id>
    <title>Follow-up submission</title>
    <author>Test Network</author>
    <body>CESCR</body>
    <type>ngo-submission</type>
    <country>XAR</country>
    <date>2026-02-01</date>
    <lang>en</lang>
  </meta>
  <text>
    <p>This report follows up on CESCR’s 2019 concluding observations (paras. 46–47) on Aralia.</p>
    <p>Confidentiality of drug registry data is still breached<fnref n="1"/>.</p>
    <p>Nothing here cites anything.</p>
  </text>
  <footnotes>
    <fn n="1">E/C.12/XAR/CO/2, para. 47 (c); see also https://example.org/registry-report.</fn>
  </footnotes>
</document>
)";

class CitedByTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir();
        test::write_file(dir_->path() / "extra" / "ngo-by-year-en.xml", kByYear);
        indexer::index_paths(
            db(), {(test::source_dir() / "corpus").string(), (dir_->path() / "extra").string()});
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string db() { return (dir_->path() / "db").string(); }
    static CitedByResult run(const std::string& citation, Filters filters = {}) {
        Searcher searcher({db()});
        CitedByRequest request;
        request.citation = citation;
        request.filters = std::move(filters);
        request.limit = 1000;
        return cited_by(searcher, request);
    }
    static std::vector<std::string> citing(const CitedByResult& r) {
        std::vector<std::string> out;
        for (const CitingHit& h : r.hits) out.push_back(h.hit.citation);
        return out;
    }
    static bool has(const std::vector<std::string>& list, const std::string& item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    }
    static test::TempDir* dir_;
};

test::TempDir* CitedByTest::dir_ = nullptr;

TEST_F(CitedByTest, ParagraphIsFoundThroughSymbolsRangesSubParagraphsAndShortForms) {
    const CitedByResult r = run("E/C.12/XAR/CO/2, para. 47");
    const std::vector<std::string> hits = citing(r);
    // "(E/C.12/XAR/CO/2, para. 47)"
    EXPECT_TRUE(has(hits, "E/C.12/XAR/Q/3, para. 21"));
    // "(E/C.12/XAR/CO/2, paras. 46–47)": a range cites each paragraph in it.
    EXPECT_TRUE(has(hits, "Aralia Harm Reduction Network (2025), sect. 2, para. 1"));
    // "para. 47 (b)" cites para. 47 too.
    EXPECT_TRUE(has(hits, "Aralia Harm Reduction Network (2025), sect. 3.2, para. 1"));
    // "paragraphs 21 (b), 44 (a) and 47 (b) above", in the concluding observations themselves.
    EXPECT_TRUE(has(hits, "E/C.12/XAR/CO/2, para. 57"));
    // Every hit says how it cites.
    for (const CitingHit& h : r.hits) {
        EXPECT_FALSE(h.citations.empty()) << h.hit.citation;
        EXPECT_FALSE(h.sentence.empty()) << h.hit.citation;
    }
    EXPECT_EQ(r.total, r.hits.size());
}

TEST_F(CitedByTest, CitingSentenceHoldsTheCitation) {
    const CitedByResult r = run("E/C.12/XAR/CO/2, para. 21");
    auto it = std::find_if(r.hits.begin(), r.hits.end(), [](const CitingHit& h) {
        return h.hit.citation == "E/C.12/XAR/Q/3, para. 7";
    });
    ASSERT_NE(it, r.hits.end());
    EXPECT_EQ(it->sentence.rfind("In the light of the Committee’s previous recommendations", 0), 0u)
        << it->sentence;
    EXPECT_NE(it->sentence.find("E/C.12/XAR/CO/2, para. 21"), std::string::npos);
}

TEST_F(CitedByTest, PreviousConcludingObservationsCitedByYearAreFound) {
    const std::vector<std::string> hits = citing(run("E/C.12/XAR/CO/2, para. 46"));
    EXPECT_TRUE(has(hits, "Test Network (2026), unnumbered para. 1"))
        << ::testing::PrintToString(hits);
}

TEST_F(CitedByTest, FootnoteCitationsCountForTheParagraphThatCallsThem) {
    const CitedByResult r = run("E/C.12/XAR/CO/2, para. 47 (c)");
    auto paragraph = std::find_if(r.hits.begin(), r.hits.end(), [](const CitingHit& h) {
        return h.hit.citation == "Test Network (2026), unnumbered para. 2";
    });
    ASSERT_NE(paragraph, r.hits.end());
    ASSERT_FALSE(paragraph->citations.empty());
    EXPECT_EQ(paragraph->citations.front().via, "1");
    EXPECT_TRUE(has(citing(r), "Test Network (2026), fn. 1"));
    // The URL in the same footnote.
    EXPECT_TRUE(has(citing(run("https://example.org/registry-report")),
                    "Test Network (2026), unnumbered para. 2"));
}

TEST_F(CitedByTest, SymbolAloneListsCitationsOfAnyParagraph) {
    const std::size_t document = run("E/C.12/XAR/CO/2").hits.size();
    const std::size_t paragraph = run("E/C.12/XAR/CO/2, para. 47").hits.size();
    EXPECT_GT(document, paragraph);
}

TEST_F(CitedByTest, RussianCitationsAndFilters) {
    Filters ru;
    ru.add("lang", "ru");
    const CitedByResult r = run("E/C.12/XAR/CO/2, п. 20", ru);
    ASSERT_FALSE(r.hits.empty());
    for (const CitingHit& h : r.hits) EXPECT_EQ(h.hit.stored.lang, "ru") << h.hit.citation;
}

TEST_F(CitedByTest, ArticlesWithAndWithoutTheInstrument) {
    const std::size_t named = run("article 12 ICESCR").hits.size();
    EXPECT_GT(named, 0u);
    EXPECT_EQ(run("article 12").hits.size(), named);
    EXPECT_TRUE(run("article 12 of the Convention on the Rights of the Child").hits.empty());
}

TEST_F(CitedByTest, NothingCitableIsAQueryError) {
    EXPECT_THROW(run("drug policy"), QueryError);
}

TEST(SentenceAround, AbbreviationsDoNotEndTheSentence) {
    const std::string text =
        "First sentence here. The Committee recalled its general comment No. 14 (see "
        "E/C.12/2000/4, para. 12) and para. 3 above. Last one.";
    const std::size_t at = text.find("E/C.12");
    EXPECT_EQ(sentence_around(text, at, at + 13),
              "The Committee recalled its general comment No. 14 (see E/C.12/2000/4, para. 12) "
              "and para. 3 above.");
}

class CitesTest : public CitedByTest {};

TEST_F(CitesTest, DocumentCitationsAreResolvedAgainstTheIndex) {
    Searcher searcher({db()});
    const CitesResult r = cites(searcher, "ngo-by-year-en");
    ASSERT_EQ(r.units.size(), 3u);  // two paragraphs and the footnote
    std::map<std::string, TargetStatus> status;
    for (const CitingUnit& u : r.units)
        for (const CitationEntry& e : u.entries)
            for (const ResolvedTarget& t : e.targets) status[t.target] = t.status;
    // The description resolved to the symbol of the indexed concluding observations.
    EXPECT_EQ(status["E/C.12/XAR/CO/2, para. 46"], TargetStatus::indexed);
    EXPECT_EQ(status["E/C.12/XAR/CO/2, para. 47 (c)"], TargetStatus::indexed);
    EXPECT_EQ(status["https://example.org/registry-report"], TargetStatus::external);
}

TEST_F(CitesTest, MissingPinpointsAndDocumentsAreFlagged) {
    Searcher searcher({db()});
    EXPECT_EQ(resolve_key(searcher, "para|E/C.12/XAR/CO/2|460", "en").status,
              TargetStatus::pinpoint_missing);
    EXPECT_EQ(resolve_key(searcher, "para|E/C.12/KAZ/CO/2|46", "en").status,
              TargetStatus::not_indexed);
    const ResolvedTarget found = resolve_key(searcher, "para|E/C.12/XAR/CO/2|47 (c)", "en");
    EXPECT_EQ(found.status, TargetStatus::indexed);
    EXPECT_EQ(found.target_text.rfind("Guarantee the confidentiality of the medical records", 0),
              0u);
}

TEST_F(CitesTest, SymbolOrParagraphCitationAsSubject) {
    Searcher searcher({db()});
    const CitesResult doc = cites(searcher, "E/C.12/XAR/Q/3");
    EXPECT_GT(doc.citations, 5u);
    for (const CitingUnit& u : doc.units) EXPECT_EQ(u.unit.doc.lang, "en");
    const CitesResult one = cites(searcher, "E/C.12/XAR/Q/3, para. 1");
    ASSERT_EQ(one.units.size(), 1u);
    EXPECT_EQ(one.units.front().entries.front().targets.front().target, "E/C.12/XAR/3, para. 9");
    EXPECT_THROW(cites(searcher, "E/C.12/XAR/Q/3, para. 999"), QueryError);
}

}  // namespace
}  // namespace paragraf::query

namespace paragraf::query {
namespace {

// A stand-in for the 2019 concluding observations on Kazakhstan (placeholder text: only the
// metadata matters), so that the real submission's "CESCR's 2019 concluding observations
// (paras. 46–47)" can resolve to its symbol.
constexpr const char* kKazCo = R"(<?xml version="1.0" encoding="UTF-8"?>
<document>
  <meta>
    <id>test-kaz-co-2</id>
    <symbol>E/C.12/KAZ/CO/2</symbol>
    <title>Test stand-in for concluding observations</title>
    <body>CESCR</body>
    <type>concluding-observations</type>
    <country>KAZ</country>
    <date>2019-03-29</date>
    <lang>en</lang>
  </meta>
  <text>
    <p n="46">Placeholder paragraph forty-six.</p>
    <p n="47">Placeholder paragraph forty-seven.</p>
  </text>
</document>
)";

// The two real NGO submissions on Kazakhstan (../shared), read without any metadata.
class RealSubmissionCitations : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir();
        test::write_file(dir_->path() / "co" / "test-kaz-co-2.xml", kKazCo);
        indexer::index_paths(db(), {(test::shared_dir() / "corpus" / "submissions").string(),
                                    (dir_->path() / "co").string()});
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string db() { return (dir_->path() / "db").string(); }
    // The citations of the citing units, as "DOC-ID#LABEL".
    static std::vector<std::string> citing(const std::string& citation) {
        Searcher searcher({db()});
        CitedByRequest request;
        request.citation = citation;
        request.limit = 1000;
        std::vector<std::string> out;
        for (const CitingHit& h : cited_by(searcher, request).hits)
            out.push_back(h.hit.stored.doc.id + "#" + h.hit.stored.unit.label);
        return out;
    }
    static bool has(const std::vector<std::string>& list, const std::string& item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    }
    static test::TempDir* dir_;
};

test::TempDir* RealSubmissionCitations::dir_ = nullptr;

constexpr const char* kHarmReduction = "000_d03678d89be8b2e6";
constexpr const char* kLgbti = "004_e6ef954f37660984";

TEST_F(RealSubmissionCitations, ThePreviousConcludingObservationsByYear) {
    // By description, without the document...
    const auto by_words = citing("CESCR 2019 concluding observations on Kazakhstan, para. 46");
    EXPECT_TRUE(has(by_words, std::string(kHarmReduction) + "#1/1"))
        << ::testing::PrintToString(by_words);
    // ... and by its symbol, the indexed stand-in telling body, country, type and year.
    const auto by_symbol = citing("E/C.12/KAZ/CO/2, para. 47");
    EXPECT_TRUE(has(by_symbol, std::string(kHarmReduction) + "#1/1"))
        << ::testing::PrintToString(by_symbol);
}

TEST_F(RealSubmissionCitations, CovenantArticlesNamedOrImplied) {
    const auto article12 = citing("article 12 ICESCR");
    EXPECT_TRUE(std::any_of(article12.begin(), article12.end(),
                            [](const std::string& c) { return c.rfind(kHarmReduction, 0) == 0; }));
    EXPECT_TRUE(std::any_of(article12.begin(), article12.end(),
                            [](const std::string& c) { return c.rfind(kLgbti, 0) == 0; }));
    // "article 15 of the Covenant": the Covenant is the ICESCR in a submission to CESCR.
    const auto article15 = citing("ICESCR art. 15");
    EXPECT_TRUE(std::any_of(article15.begin(), article15.end(),
                            [](const std::string& c) { return c.rfind(kLgbti, 0) == 0; }));
}

TEST_F(RealSubmissionCitations, TheStateReportAndUrls) {
    EXPECT_TRUE(has(citing("E/C.12/KAZ/3"), std::string(kLgbti) + "#5"));
    const auto url = citing("https://hri.global/wp-content/uploads/2024/10/GS24_Eurasia_AW.pdf");
    // The footnote, and the paragraph that calls it.
    EXPECT_TRUE(has(url, std::string(kHarmReduction) + "#fn. 2")) << ::testing::PrintToString(url);
    EXPECT_GE(url.size(), 2u);
}

}  // namespace
}  // namespace paragraf::query
