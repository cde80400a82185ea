// Compacting an index in place: same search results, smaller files, the record of indexed
// files kept, an interrupted run repaired, and no compaction while the index is being written.

#include "indexer/index_compactor.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <filesystem>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "query/searcher.hpp"
#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> results(const std::string& db) {
    query::Searcher searcher({db});
    std::vector<std::string> out;
    for (const std::string text : {"opioid therapy", "\"drug registry\"", "наркотиков", "есірткі",
                                   "country:XAR year:2019"}) {
        query::SearchRequest request;
        request.text = text;
        request.limit = 100;
        for (const query::Hit& hit : searcher.search(request).hits)
            out.push_back(text + " | " + hit.citation + " " + hit.stored.lang + " " +
                          std::to_string(hit.score));
    }
    return out;
}

class IndexCompactorTest : public ::testing::Test {
  protected:
    void SetUp() override {
        // Three runs, so the index holds several batches and a replaced document.
        const auto corpus = test::source_dir() / "corpus";
        index_paths(db_, {(corpus / "E-C.12-XAR-CO-2-en.xml").string()});
        index_paths(db_, {(corpus / "E-C.12-XAR-3-ru.xml").string()});
        ASSERT_EQ(index_paths(db_, {corpus.string()}).failed, 0u);
        before_ = results(db_);
        ASSERT_GT(before_.size(), 20u);
    }
    test::TempDir dir_;
    std::string db_ = (dir_.path() / "db").string();
    std::vector<std::string> before_;
};

TEST_F(IndexCompactorTest, SameResultsInFewerBytes) {
    const CompactReport report = compact_index(db_);
    EXPECT_GT(report.bytes_before, 0u);
    EXPECT_LT(report.bytes_after, report.bytes_before);
    EXPECT_EQ(results(db_), before_);
    EXPECT_FALSE(fs::exists(compacting_path(db_)));
    EXPECT_FALSE(fs::exists(replaced_path(db_)));

    // The index still knows which files it holds: nothing is read again.
    const IndexReport again = index_paths(db_, {(test::source_dir() / "corpus").string()});
    EXPECT_EQ(again.indexed, 0u);
    EXPECT_EQ(again.unchanged, 11u);
}

TEST_F(IndexCompactorTest, LeftoversOfAnInterruptedRunAreCleanedUp) {
    // A copy that was being written when the run stopped.
    fs::create_directories(compacting_path(db_));
    test::write_file(fs::path(compacting_path(db_)) / "postlist.glass", "half written");
    compact_index(db_);
    EXPECT_EQ(results(db_), before_);
    EXPECT_FALSE(fs::exists(compacting_path(db_)));
}

TEST_F(IndexCompactorTest, ASwapCutShortIsFinished) {
    // Stopped between the two renames: the index is only under its waiting name.
    fs::rename(db_, replaced_path(db_));
    // Indexing would start a new, empty index in its place.
    EXPECT_THROW(index_paths(db_, {(test::source_dir() / "corpus").string()}), Error);
    EXPECT_FALSE(fs::exists(db_));
    compact_index(db_ + "/");
    EXPECT_EQ(results(db_), before_);
    EXPECT_FALSE(fs::exists(replaced_path(db_)));
}

TEST_F(IndexCompactorTest, NeverChoosesBetweenTwoIndexes) {
    fs::copy(db_, replaced_path(db_));
    EXPECT_THROW(compact_index(db_), Error);
    EXPECT_TRUE(fs::exists(replaced_path(db_)));
    EXPECT_EQ(results(db_), before_);
}

TEST_F(IndexCompactorTest, OneCompactionAtATime) {
    // A compaction running elsewhere: it holds the lock and is writing its copy.
    const std::string lock_path = db_ + ".compact-lock";
    const int fd = ::open(lock_path.c_str(), O_CREAT | O_RDWR, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    fs::create_directories(compacting_path(db_));
    try {
        compact_index(db_);
        FAIL() << "a second compaction ran";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("another"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fs::exists(compacting_path(db_)));  // the other one's copy was left alone
    ::close(fd);
    compact_index(db_);  // and once it is done, this one runs
    EXPECT_EQ(results(db_), before_);
}

TEST_F(IndexCompactorTest, RefusesWhileTheIndexIsWritten) {
    Xapian::WritableDatabase writer(db_, Xapian::DB_OPEN);
    try {
        compact_index(db_);
        FAIL() << "compacted an index that was open for writing";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("being written"), std::string::npos) << e.what();
    }
    writer.close();
    EXPECT_EQ(results(db_), before_);
}

TEST_F(IndexCompactorTest, TheIndexNamedAsTheCurrentFolder) {
    // Inside the index folder, "." must not put the copy inside the index itself.
    const fs::path here = fs::current_path();
    fs::current_path(db_);
    const CompactReport report = compact_index(".");
    fs::current_path(here);
    EXPECT_LT(report.bytes_after, report.bytes_before);
    EXPECT_EQ(results(db_), before_);
    EXPECT_FALSE(fs::exists(fs::path(db_) / "..compacting"));
    EXPECT_FALSE(fs::exists(compacting_path(db_)));
    EXPECT_FALSE(fs::exists(replaced_path(db_)));
}

TEST(IndexCompactor, NoIndexIsAClearError) {
    test::TempDir dir;
    EXPECT_THROW(compact_index((dir.path() / "none").string()), Error);
}

}  // namespace
}  // namespace paragraf::indexer
