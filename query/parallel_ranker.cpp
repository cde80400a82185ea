#include "query/parallel_ranker.hpp"

#include <algorithm>
#include <cstdint>
#include <future>

#include "core/index_layout.hpp"

namespace paragraf::query {

namespace {

// The documents of one lane: the lane-th of `lanes` equal slices of each database's document
// ids. Xapian clones a posting source for every database of a multi-database search and
// initialises each clone with that database, so shards are sliced each in turn.
class DocidSlice : public Xapian::PostingSource {
  public:
    DocidSlice(unsigned lane, unsigned lanes) : lane_(lane), lanes_(lanes) {}

    void init(const Xapian::Database& db) override {
        const std::uint64_t last = db.get_lastdocid();
        first_ = static_cast<Xapian::docid>(last * lane_ / lanes_) + 1;
        last_ = static_cast<Xapian::docid>(last * (lane_ + 1) / lanes_);
        size_ = last_ >= first_ ? last_ - first_ + 1 : 0;
        live_ = std::min<Xapian::doccount>(size_, db.get_doccount());
        // Deleted documents leave holes in the ids; assume they are spread evenly.
        estimate_ = last == 0 ? 0
                              : static_cast<Xapian::doccount>(static_cast<std::uint64_t>(size_) *
                                                              db.get_doccount() / last);
        current_ = 0;
    }

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return estimate_; }
    Xapian::doccount get_termfreq_max() const override { return live_; }

    // The slice is only ever a filter on real posting lists, which skip the holes.
    void next(double) override { current_ = current_ == 0 ? first_ : current_ + 1; }
    void skip_to(Xapian::docid did, double) override {
        current_ = std::max({current_, did, first_});
    }
    bool at_end() const override { return current_ > last_ || size_ == 0; }
    Xapian::docid get_docid() const override { return current_; }

    DocidSlice* clone() const override { return new DocidSlice(lane_, lanes_); }
    std::string get_description() const override {
        return "DocidSlice(" + std::to_string(lane_) + "/" + std::to_string(lanes_) + ")";
    }

  private:
    unsigned lane_;
    unsigned lanes_;
    Xapian::docid first_ = 1;
    Xapian::docid last_ = 0;
    Xapian::doccount size_ = 0;
    Xapian::doccount live_ = 0;
    Xapian::doccount estimate_ = 0;
    Xapian::docid current_ = 0;
};

// One lane's best `wanted`: the query filtered to the lane's slice, ranked as any search.
RankedPage lane_top(const Xapian::Database& db, const Xapian::Query& query, unsigned lane,
                    unsigned lanes, Xapian::doccount wanted) {
    auto* slice = new DocidSlice(lane, lanes);
    return rank_serially(
        db, Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(slice->release())), 0,
        wanted);
}

// Whether two handles see the same revision of the same indexes: the lanes slice the document ids
// and hand them back to the caller's handle, so they must agree on which document each id is.
bool same_revision(const Xapian::Database& a, const Xapian::Database& b) {
    return a.get_uuid() == b.get_uuid() && a.get_lastdocid() == b.get_lastdocid() &&
           a.get_doccount() == b.get_doccount();
}

}  // namespace

RankedPage page_of(const Xapian::MSet& mset) {
    RankedPage page;
    page.estimate = mset.get_matches_estimated();
    page.matches.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it)
        page.matches.push_back(RankedMatch{*it, it.get_weight()});
    return page;
}

RankedPage rank_serially(const Xapian::Database& db, const Xapian::Query& query,
                         Xapian::doccount first, Xapian::doccount count) {
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(core::layout::ranking_weight());
    enquire.set_query(query);
    return page_of(enquire.get_mset(first, count));
}

ParallelRanker::ParallelRanker(std::function<Xapian::Database()> open_lane, unsigned lanes)
    : open_lane_(std::move(open_lane)), lanes_(std::max(1u, lanes)) {}

RankedPage ParallelRanker::top(const Xapian::Database& db, const Xapian::Query& query,
                               Xapian::doccount first, Xapian::doccount count) {
    if (lanes_ == 1) return rank_serially(db, query, first, count);
    while (extra_.size() + 1 < lanes_) extra_.push_back(open_lane_());
    // An index written to (or compacted) since `db` was opened: the lanes would see other
    // documents under the same ids. Such a search runs on `db` alone, and the lanes are
    // opened again next time.
    for (const Xapian::Database& lane : extra_) {
        if (!same_revision(db, lane)) {
            extra_.clear();
            return rank_serially(db, query, first, count);
        }
    }

    // Every lane needs the whole page: the best `first + count` of the index may all lie in
    // one slice. Xapian's Query shares its parts without atomic reference counts, so the
    // other threads get their own copy, rebuilt from its serialised form.
    const auto wanted = static_cast<Xapian::doccount>(
        std::min<std::uint64_t>(static_cast<std::uint64_t>(first) + count, db.get_doccount()));
    const std::string serialised = query.serialise();
    std::vector<std::future<RankedPage>> others;
    for (unsigned lane = 1; lane < lanes_; ++lane) {
        others.push_back(std::async(std::launch::async, [&, lane] {
            return lane_top(extra_[lane - 1], Xapian::Query::unserialise(serialised), lane, lanes_,
                            wanted);
        }));
    }
    RankedPage merged = lane_top(db, query, 0, lanes_, wanted);
    for (std::future<RankedPage>& other : others) {
        RankedPage page = other.get();
        merged.estimate += page.estimate;
        merged.matches.insert(merged.matches.end(), page.matches.begin(), page.matches.end());
    }
    std::sort(merged.matches.begin(), merged.matches.end(),
              [](const RankedMatch& a, const RankedMatch& b) {
                  if (a.weight != b.weight) return a.weight > b.weight;
                  return a.docid < b.docid;
              });
    if (merged.matches.size() > wanted) merged.matches.resize(wanted);
    merged.matches.erase(
        merged.matches.begin(),
        merged.matches.begin() + std::min<std::size_t>(first, merged.matches.size()));
    return merged;
}

}  // namespace paragraf::query
