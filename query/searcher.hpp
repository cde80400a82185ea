#pragma once
// Runs queries against one or more Paragraf indexes and returns cited hits.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/analyzer.hpp"
#include "core/stored_unit.hpp"
#include "core/thesaurus.hpp"
#include "query/filters.hpp"
#include "query/parallel_ranker.hpp"
#include "query/query_parser.hpp"
#include "query/snippet.hpp"

namespace paragraf::query {

struct SearchRequest {
    std::string text;
    Filters filters;
    std::size_t offset = 0;
    std::size_t limit = 10;
    SnippetOptions snippet;
    /// Languages whose versions of each hit's paragraph to add (documents with the same symbol).
    std::vector<std::string> parallel_langs;
    /// Also find paragraphs in other languages through the thesaurus concepts the query names.
    bool cross_lang = false;
};

struct Hit {
    std::size_t rank = 0;  ///< 1-based, across pages
    double score = 0;
    std::string citation;
    std::string snippet;
    core::StoredUnit stored;
    /// The same paragraph in other language versions of the document, when asked for.
    std::vector<core::StoredUnit> parallel;
};

struct SearchResult {
    std::string query;
    std::size_t total_estimate = 0;
    std::size_t offset = 0;
    std::size_t limit = 0;
    /// True when no paragraph had all the words and the hits have only some of them.
    bool relaxed = false;
    /// True when filters (options or field:value) narrowed the search.
    bool filtered = false;
    /// Thesaurus concepts the query was expanded with (cross-language search).
    std::vector<std::string> concepts;
    std::vector<Hit> hits;
};

/// One indexed document and how many units it has.
struct DocumentSummary {
    core::DocumentMeta meta;
    std::size_t units = 0;
};

/// Counts of what an index holds.
struct IndexStats {
    std::size_t units = 0;
    std::size_t documents = 0;
    std::map<std::string, std::size_t> langs, bodies, types, countries, kinds;  ///< units each
    std::map<std::string, std::size_t> concepts;  ///< units mentioning each thesaurus concept
};

class Searcher {
  public:
    /// Opens the indexes, all searched as one: index directories, remote shards
    /// ("tcp://HOST:PORT", served by xapian-tcpsrv) and shard list files (one of those per
    /// line). Throws paragraf::Error.
    explicit Searcher(const std::vector<std::string>& db_paths);
    Searcher(const Searcher&) = delete;  // its lanes open the indexes of this object
    Searcher& operator=(const Searcher&) = delete;

    /// Ranked (BM25) hits for the request. Throws paragraf::QueryError for malformed queries.
    SearchResult search(const SearchRequest& request);

    /// Matches first..first+count of `query`, ranked by BM25: on several threads when the
    /// indexes are large and all local, on this one otherwise; the page is the same.
    RankedPage rank(const Xapian::Query& query, Xapian::doccount first, Xapian::doccount count);

    /// Search indexes of at least `min_units` units on `lanes` threads (default: one per core,
    /// at most 4, or $PARAGRAF_SEARCH_THREADS; from kParallelMinUnits units), for queries that
    /// combine posting lists holding at least `min_postings` entries together. Remote shards
    /// are always searched on one.
    void set_parallelism(unsigned lanes, Xapian::doccount min_units,
                         std::uint64_t min_postings = kParallelMinPostings);

    /// True when an index or shard searched holds paragraphs written for another ranking scheme
    /// (by another version of Paragraf): its hits are weighed differently until it is indexed
    /// again. Read when the indexes are opened.
    bool ranking_outdated() const;

    /// Threads a split search runs on.
    unsigned lanes() const { return ranker_.lanes(); }

    /// Whether rank() runs `query` on several threads.
    bool splits(const Xapian::Query& query) const;

    /// Below this many units a search takes a few milliseconds and threads would not pay.
    static constexpr Xapian::doccount kParallelMinUnits = 100000;
    /// Below this many postings a query is done before a second thread pays for itself: a
    /// thread's handle on the index starts cold, which costs a one-off search process about
    /// 3 ms (measured at 1 GB).
    static constexpr std::uint64_t kParallelMinPostings = 300000;

    IndexStats stats();

    /// Every document in the index, by id.
    std::vector<DocumentSummary> documents();

    /// The unit with the same symbol and label in the document versions in `langs` (in that
    /// order, those that exist). Documents without a symbol have no parallel versions.
    std::vector<core::StoredUnit> parallel_versions(const core::StoredUnit& unit,
                                                    const std::vector<std::string>& langs);

    const core::Analyzer& analyzer() const { return analyzer_; }

    /// The indexes opened, as one database (for the citation and source finders).
    const Xapian::Database& database() const { return db_; }

    /// The thesaurus, loaded on first use.
    const core::Thesaurus& thesaurus();

    /// Every unit (any language version) of the document(s) with this symbol and label; with
    /// an empty label, every unit of those documents. In document order.
    std::vector<core::StoredUnit> units_of(const std::string& symbol,
                                           const std::string& label = {});

    /// One unit of a document with this symbol (for its metadata), or nothing when no such
    /// document is indexed. One posting read, however long the document.
    std::optional<core::StoredUnit> any_unit_of(const std::string& symbol);

    /// Those of `sorted_terms` (sorted, unique) that the index holds for this unit: read from
    /// its term list, so they are what indexing produced, not a new analysis of the text.
    /// Empty when the unit is not in the index.
    std::vector<std::string> terms_of(const core::StoredUnit& unit,
                                      const std::vector<std::string>& sorted_terms);

  private:
    std::vector<std::string> entries_;
    bool has_remote_ = false;
    bool ranking_outdated_ = false;  // set while db_ opens: declared before it
    Xapian::Database db_;
    ParallelRanker ranker_;
    Xapian::doccount parallel_min_units_ = kParallelMinUnits;
    std::uint64_t parallel_min_postings_ = kParallelMinPostings;
    core::Analyzer analyzer_;
    std::optional<core::Thesaurus> thesaurus_;  // loaded on first cross-language search
};

/// Those of `sorted_terms` (sorted, unique) that a document's term list holds.
std::vector<std::string> terms_present(const Xapian::Document& doc,
                                       const std::vector<std::string>& sorted_terms);

}  // namespace paragraf::query
