// A search split into lanes (slices of the document ids searched on several threads) must
// return exactly what one search returns: the same paragraphs, scores and order, on one
// index, on shards, and on an index with deleted documents.

#include "query/parallel_ranker.hpp"

#include <gtest/gtest.h>

#include "indexer/index_writer.hpp"
#include "indexer/indexer.hpp"
#include "query/query_parser.hpp"
#include "query/searcher.hpp"
#include "query/sources.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

// Queries of every shape the searcher builds: words, stems in two languages, phrases, OR,
// NOT, filters, and a broad OR that matches most paragraphs.
const std::vector<std::string> kQueries = {
    "drug",
    "opioid therapy",
    "\"opioid agonist therapy\"",
    "наркотиков OR есірткі OR drug",
    "health -drug",
    "country:XAR confidentiality",
    "right OR health OR state OR party OR право OR құқық",
};

Xapian::Query parse(const core::Analyzer& analyzer, const std::string& text) {
    return QueryParser(analyzer).parse(text, {}, {}).query;
}

// Every page shape: the first page, a later one, one longer than the matches.
void expect_lanes_agree(const std::vector<std::string>& dbs, const core::Analyzer& analyzer) {
    // Xapian databases are handles: a copy taken from a searcher outlives it.
    const Searcher searcher(dbs);
    for (const unsigned lanes : {2u, 3u, 5u}) {
        ParallelRanker split([&] { return Searcher(dbs).database(); }, lanes);
        for (const std::string& text : kQueries) {
            const Xapian::Query query = parse(analyzer, text);
            for (const auto& [first, count] :
                 std::vector<std::pair<unsigned, unsigned>>{{0, 10}, {7, 5}, {0, 100000}}) {
                const RankedPage one = rank_serially(searcher.database(), query, first, count);
                const RankedPage many = split.top(searcher.database(), query, first, count);
                const std::string what =
                    text + " lanes " + std::to_string(lanes) + " from " + std::to_string(first);
                if (first == 0) {
                    ASSERT_FALSE(one.matches.empty()) << what;
                }
                ASSERT_EQ(many.matches.size(), one.matches.size()) << what;
                for (std::size_t i = 0; i < one.matches.size(); ++i) {
                    EXPECT_EQ(many.matches[i].docid, one.matches[i].docid) << what << " #" << i;
                    EXPECT_EQ(many.matches[i].weight, one.matches[i].weight) << what << " #" << i;
                }
                // With every match collected, both count them exactly.
                if (count == 100000) {
                    EXPECT_EQ(many.estimate, one.estimate) << what;
                }
            }
        }
    }
}

class ParallelRankerTest : public ::testing::Test {
  protected:
    std::string path(const std::string& name) const { return (dir_.path() / name).string(); }
    std::filesystem::path corpus() const { return test::source_dir() / "corpus"; }
    test::TempDir dir_;
    core::Analyzer analyzer_;
};

TEST_F(ParallelRankerTest, LanesRankExactlyAsOneSearch) {
    ASSERT_EQ(indexer::index_paths(path("all"), {corpus().string()}).failed, 0u);
    expect_lanes_agree({path("all")}, analyzer_);
}

TEST_F(ParallelRankerTest, EachShardIsSlicedInTurn) {
    indexer::index_paths(path("a"), {(corpus() / "E-C.12-XAR-CO-2-en.xml").string(),
                                     (corpus() / "E-C.12-XAR-3-ru.xml").string()});
    indexer::index_paths(path("b"), {(corpus() / "E-C.12-XAR-3-en.xml").string(),
                                     (corpus() / "ngo-xar-lgbti-2025-ru.xml").string(),
                                     (corpus() / "xar-health-code-2020-kk.xml").string()});
    expect_lanes_agree({path("a"), path("b")}, analyzer_);
}

TEST_F(ParallelRankerTest, DeletedDocumentsLeaveHolesTheSlicesSkip) {
    indexer::index_paths(path("all"), {corpus().string()});
    {
        // The first documents indexed go, so the first lane's slice is mostly holes.
        indexer::IndexWriter writer(path("all"));
        for (const indexer::IndexWriter::Source& source : writer.sources())
            if (source.path.find("CCPR") != std::string::npos ||
                source.path.find("E-C.12-XAR-3-en") != std::string::npos)
                writer.remove_source(source);
        writer.commit();
    }
    Searcher check({path("all")});
    ASSERT_LT(check.database().get_doccount(), check.database().get_lastdocid());
    expect_lanes_agree({path("all")}, analyzer_);
}

TEST_F(ParallelRankerTest, EqualScoresKeepXapiansDocumentOrder) {
    // Twelve copies of one document: every paragraph scores the same in each copy, so the
    // merged page is decided by the tie-break alone.
    const std::string text =
        "E/C.12/XAR/CO/2\n\n1. The Committee is concerned about access to opioid agonist "
        "therapy.\n\n2. The State party should ensure access to harm reduction services.\n";
    for (int i = 0; i < 12; ++i)
        test::write_file(dir_.path() / "copies" / ("copy-" + std::to_string(i) + ".txt"), text);
    ASSERT_EQ(indexer::index_paths(path("db"), {path("copies")}).failed, 0u);
    const Searcher searcher({path("db")});
    ParallelRanker split([&] { return Searcher({path("db")}).database(); }, 3);
    for (const std::string text_query : {"access", "opioid", "access OR therapy"}) {
        const Xapian::Query query = parse(analyzer_, text_query);
        const RankedPage one = rank_serially(searcher.database(), query, 2, 15);
        const RankedPage many = split.top(searcher.database(), query, 2, 15);
        ASSERT_EQ(one.matches.size(), many.matches.size()) << text_query;
        for (std::size_t i = 0; i < one.matches.size(); ++i)
            EXPECT_EQ(many.matches[i].docid, one.matches[i].docid) << text_query << " #" << i;
    }
}

TEST_F(ParallelRankerTest, AnIndexChangedSinceItWasOpenedIsSearchedOnOneThread) {
    indexer::index_paths(path("all"), {(corpus() / "E-C.12-XAR-CO-2-en.xml").string()});
    const Searcher searcher({path("all")});
    ParallelRanker split([&] { return Searcher({path("all")}).database(); }, 2);
    const Xapian::Query query = parse(analyzer_, "health OR drug");
    ASSERT_FALSE(split.top(searcher.database(), query, 0, 10).matches.empty());
    // More documents now: the lanes' handles would number them differently from ours.
    indexer::index_paths(path("all"), {corpus().string()});
    ParallelRanker fresh([&] { return Searcher({path("all")}).database(); }, 2);
    const RankedPage page = fresh.top(searcher.database(), query, 0, 1000);
    const RankedPage one = rank_serially(searcher.database(), query, 0, 1000);
    ASSERT_EQ(page.matches.size(), one.matches.size());
    for (std::size_t i = 0; i < one.matches.size(); ++i)
        EXPECT_EQ(page.matches[i].docid, one.matches[i].docid) << i;
}

TEST_F(ParallelRankerTest, PagesPastTheEndAndCountsThatOverflow) {
    indexer::index_paths(path("all"), {corpus().string()});
    const Searcher searcher({path("all")});
    ParallelRanker split([&] { return Searcher({path("all")}).database(); }, 2);
    const Xapian::Query query = parse(analyzer_, "health OR drug");
    const RankedPage all = rank_serially(searcher.database(), query, 0, 100000);
    ASSERT_GT(all.matches.size(), 3u);
    EXPECT_TRUE(split.top(searcher.database(), query, 4000000000u, 10).matches.empty());
    // Offset + count past 2^32: "all the rest", not a page of the few the sum wrapped to.
    const RankedPage rest = split.top(searcher.database(), query, 2, 0xFFFFFFFFu);
    ASSERT_EQ(rest.matches.size(), all.matches.size() - 2);
    EXPECT_EQ(rest.matches.front().docid, all.matches[2].docid);
}

TEST_F(ParallelRankerTest, OnlyLargeQueriesOnLargeIndexesAreSplit) {
    indexer::index_paths(path("all"), {corpus().string()});
    Searcher searcher({path("all")});
    const Xapian::Database& db = searcher.database();
    const auto postings = [&](const std::string& text) {
        std::uint64_t sum = 0;
        const Xapian::Query query = parse(analyzer_, text);
        for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t)
            sum += db.get_termfreq(*t);
        return sum;
    };
    const std::uint64_t health_or_drug = postings("health OR drug");
    ASSERT_GT(health_or_drug, 20u);
    // Thresholds just above and at what the query reads.
    searcher.set_parallelism(2, 1, health_or_drug + 1);
    EXPECT_FALSE(searcher.splits(parse(analyzer_, "health OR drug")));
    searcher.set_parallelism(2, 1, health_or_drug);
    EXPECT_TRUE(searcher.splits(parse(analyzer_, "health OR drug")));
    // One posting list is never split: the slice filter costs what it saves.
    EXPECT_FALSE(searcher.splits(parse(analyzer_, "health")));
    EXPECT_FALSE(searcher.splits(parse(analyzer_, "здоровье")));  // Russian and Kazakh stems
    searcher.set_parallelism(2, db.get_doccount() + 1, 0);
    EXPECT_FALSE(searcher.splits(parse(analyzer_, "health OR drug")));
    searcher.set_parallelism(1, 1, 0);
    EXPECT_FALSE(searcher.splits(parse(analyzer_, "health OR drug")));
}

TEST_F(ParallelRankerTest, SearchAndSourcesGiveTheSameHitsOnLanes) {
    indexer::index_paths(path("all"), {corpus().string()});
    Searcher serial({path("all")});
    serial.set_parallelism(1, 0);
    Searcher split({path("all")});
    split.set_parallelism(2, 1, 0);
    auto hits = [](const std::vector<Hit>& found) {
        std::vector<std::string> out;
        for (const Hit& hit : found)
            out.push_back(hit.citation + " " + std::to_string(hit.score) + " " + hit.snippet);
        return out;
    };
    for (const std::string text : {"opioid therapy", "drug registry", "зарегистрированных xyzzy"}) {
        SearchRequest request;
        request.text = text;
        request.limit = 20;
        const SearchResult one = serial.search(request);
        const SearchResult many = split.search(request);
        ASSERT_FALSE(one.hits.empty()) << text;
        EXPECT_EQ(hits(many.hits), hits(one.hits)) << text;
        EXPECT_EQ(many.relaxed, one.relaxed) << text;
        EXPECT_EQ(many.total_estimate, one.total_estimate) << text;
    }
    SourcesRequest claim;
    claim.claim = "The State party should ensure access to opioid agonist therapy in prisons.";
    std::vector<Hit> one, many;
    for (const SourceHit& s : find_sources(serial, claim).hits) one.push_back(s.hit);
    for (const SourceHit& s : find_sources(split, claim).hits) many.push_back(s.hit);
    ASSERT_FALSE(one.empty());
    EXPECT_EQ(hits(many), hits(one));
}

}  // namespace
}  // namespace paragraf::query
