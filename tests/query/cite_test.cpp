#include "query/cite.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

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
        const std::vector<CiteResult> all = cite_all(searcher, text, langs);
        EXPECT_EQ(all.size(), 1u) << text;
        return all.front();
    }
    // "SYMBOL | LABEL" for each unit the citation names.
    static std::vector<std::string> parsed(const std::string& text) {
        Searcher searcher({(dir_->path() / "db").string()});
        std::vector<std::string> out;
        for (const PinpointCitation& c : pinpoint_citations(searcher, text))
            out.push_back(c.symbol + " | " + c.label);
        return out;
    }
    static test::TempDir* dir_;
};

test::TempDir* CiteTest::dir_ = nullptr;

// Read with the indexer's citation grammar: one grammar for what documents cite and for what
// users type.
TEST_F(CiteTest, CitationsAsPeopleWriteThem) {
    using V = std::vector<std::string>;
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, para. 46"), V{"E/C.12/KAZ/CO/2 | 46"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2 ¶46"), V{"E/C.12/KAZ/CO/2 | 46"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, paragraph 12 (b)"), V{"E/C.12/KAZ/CO/2 | 12 (b)"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, para. 12(b)(i)."), V{"E/C.12/KAZ/CO/2 | 12 (b) (i)"});
    EXPECT_EQ(parsed("п. 46 E/C.12/KAZ/CO/2"), V{"E/C.12/KAZ/CO/2 | 46"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, пункт 46"), V{"E/C.12/KAZ/CO/2 | 46"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, 46-тармақ"), V{"E/C.12/KAZ/CO/2 | 46"});
    EXPECT_EQ(parsed("CRC/C/KAZ/5-6, fn. 3"), V{"CRC/C/KAZ/5-6 | fn. 3"});
    EXPECT_EQ(parsed("E/C.12/KAZ/CO/2, сноска 3"), V{"E/C.12/KAZ/CO/2 | fn. 3"});
    EXPECT_EQ(parsed("A/RES/217(III), art. 25 (1)"), V{"A/RES/217(III) | art. 25 (1)"});
    EXPECT_EQ(parsed("A/HRC/43/9, paras. 46-47"), (V{"A/HRC/43/9 | 46", "A/HRC/43/9 | 47"}));
}

TEST_F(CiteTest, MissingPartsAreClearErrors) {
    EXPECT_THROW(parsed("para. 46"), QueryError);
    EXPECT_THROW(parsed("E/C.12/KAZ/CO/2"), QueryError);
    EXPECT_THROW(parsed("article 12 of the Covenant"), QueryError);
}

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
