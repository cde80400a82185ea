#pragma once
// Ranks a query's matches on several threads at once, for large indexes.
//
// Xapian's matcher runs on one thread, and on a large index a common word's posting list holds
// hundreds of thousands of paragraphs, each of which it weighs. Each "lane" here searches its
// own slice of the document ids, on its own database handle (Xapian handles are not shared
// between threads), but with the statistics of the whole index, so every paragraph gets the
// weight a single search gives it. Merging the lanes' pages by weight, then document id (the
// order Xapian breaks ties in), gives the page one search would return.

#include <functional>
#include <vector>

#include <xapian.h>

namespace paragraf::query {

struct RankedMatch {
    Xapian::docid docid = 0;
    double weight = 0;
};

/// One page of ranked matches, best first, and Xapian's estimate of all matches.
struct RankedPage {
    std::vector<RankedMatch> matches;
    Xapian::doccount estimate = 0;
};

class ParallelRanker {
  public:
    /// `open_lane` opens one more handle on the same indexes; it is called once per extra
    /// lane, on first use. `lanes` counts the calling thread.
    ParallelRanker(std::function<Xapian::Database()> open_lane, unsigned lanes);

    unsigned lanes() const { return lanes_; }
    const std::function<Xapian::Database()>& opener() const { return open_lane_; }

    /// Matches first..first+count of `query` ranked by BM25 over `db` (the calling thread's
    /// handle on the indexes), searched in `lanes()` slices at once.
    RankedPage top(const Xapian::Database& db, const Xapian::Query& query, Xapian::doccount first,
                   Xapian::doccount count);

  private:
    std::function<Xapian::Database()> open_lane_;
    unsigned lanes_;
    std::vector<Xapian::Database> extra_;  // lanes 1..n-1
};

/// The matches of an MSet, as a page.
RankedPage page_of(const Xapian::MSet& mset);

/// Matches of `query` on `db` ranked by BM25 on the calling thread alone: the reference the
/// lanes must agree with, and the way small indexes are searched.
RankedPage rank_serially(const Xapian::Database& db, const Xapian::Query& query,
                         Xapian::doccount first, Xapian::doccount count);

}  // namespace paragraf::query
