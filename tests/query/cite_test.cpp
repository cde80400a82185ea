#include "query/cite.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

std::string parsed(const std::string& text) {
    const PinpointCitation c = parse_pinpoint_citation(text);
    return c.symbol + " | " + c.label;
}

TEST(ParsePinpointCitation, AsPeopleWriteThem) {
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, para. 46"), "E/C.12/KAZ/CO/2 | 46");
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2 ¶46"), "E/C.12/KAZ/CO/2 | 46");
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, paragraph 12 (b)"), "E/C.12/KAZ/CO/2 | 12 (b)");
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, para. 12(b)(i)."), "E/C.12/KAZ/CO/2 | 12 (b) (i)");
    EXPECT_EQ(parsed("п. 46 E/C.12/KAZ/CO/2"), "E/C.12/KAZ/CO/2 | 46");
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, пункт 46"), "E/C.12/KAZ/CO/2 | 46");
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, 46-тармақ"), "E/C.12/KAZ/CO/2 | 46");
    EXPECT_EQ(parsed("CRC/C/KAZ/5-6, fn. 3"), "CRC/C/KAZ/5-6 | fn. 3");
    EXPECT_EQ(parsed("A/RES/217(III), art. 25 (1)"), "A/RES/217(III) | art. 25 (1)");
    EXPECT_EQ(parsed("A/HRC/43/9, paras. 46-47"), "A/HRC/43/9 | 46");
}

TEST(ParsePinpointCitation, MissingPartsAreClearErrors) {
    EXPECT_THROW(parse_pinpoint_citation("para. 46"), QueryError);
    EXPECT_THROW(parse_pinpoint_citation("E/C.12/KAZ/CO/2"), QueryError);
}

class CiteTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir();
        indexer::index_paths((dir_->path() / "db").string(),
                             {(test::fixtures_dir() / "corpus").string()});
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static CiteResult run(const std::string& text, const std::vector<std::string>& langs = {}) {
        Searcher searcher({(dir_->path() / "db").string()});
        return cite(searcher, text, langs);
    }
    static test::TempDir* dir_;
};

test::TempDir* CiteTest::dir_ = nullptr;

TEST_F(CiteTest, EnglishVersionByDefault) {
    const CiteResult r = run("E/C.12/XAR/CO/2, para. 47 (c)");
    ASSERT_EQ(r.versions.size(), 1u);
    EXPECT_EQ(r.versions.front().doc.lang, "en");
    EXPECT_EQ(r.versions.front().unit.text, "Protect the confidentiality of medical records.");
}

TEST_F(CiteTest, LanguagesAskedFor) {
    const CiteResult ru = run("п. 46 E/C.12/XAR/CO/2", {"ru"});
    ASSERT_EQ(ru.versions.size(), 1u);
    EXPECT_EQ(ru.versions.front().doc.lang, "ru");
    EXPECT_EQ(run("E/C.12/XAR/CO/2 ¶46", {"all"}).versions.size(), 2u);
    const CiteResult kk = run("E/C.12/XAR/CO/2 ¶46", {"kk"});
    EXPECT_TRUE(kk.versions.empty());
    EXPECT_TRUE(kk.symbol_known);
}

TEST_F(CiteTest, NotInTheIndexWithNearest) {
    const CiteResult r = run("E/C.12/XAR/CO/2, para. 50");
    EXPECT_TRUE(r.versions.empty());
    EXPECT_TRUE(r.symbol_known);
    ASSERT_FALSE(r.nearest.empty());
    EXPECT_EQ(r.nearest.front(), "E/C.12/XAR/CO/2, para. 48");
    const CiteResult unknown = run("E/C.12/ZZZ/CO/1, para. 3");
    EXPECT_FALSE(unknown.symbol_known);
    EXPECT_TRUE(unknown.nearest.empty());
}

}  // namespace
}  // namespace paragraf::query
