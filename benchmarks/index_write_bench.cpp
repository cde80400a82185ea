// The writer's side of indexing: adding built units to a glass database in one transaction and
// committing, as IndexWriter does, with parts of each unit left out to show what each costs
// (stored record, unit-id term, stems, positions, filter terms). Evidence for tuning the
// single writer thread, which bounds indexing throughput (docs/benchmarks.md).

#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <xapian.h>

#include "bench_data.hpp"
#include "core/index_layout.hpp"
#include "core/thesaurus.hpp"
#include "indexer/unit_builder.hpp"

namespace {

namespace layout = paragraf::core::layout;

enum Variant : int {
    kFull,
    kNoData,
    kNoUnitId,
    kNoStems,
    kNoPositions,
    kNoFilterTerms,
    kTextOnly,
};

bool starts_with(const std::string& term, std::string_view prefix) {
    return term.compare(0, prefix.size(), prefix) == 0;
}

// A copy of `unit` without what `variant` leaves out.
Xapian::Document variant_of(const Xapian::Document& unit, int variant) {
    if (variant == kFull) return unit;
    Xapian::Document out;
    for (auto it = unit.termlist_begin(); it != unit.termlist_end(); ++it) {
        const std::string term = *it;
        const bool is_stem = starts_with(term, layout::kStem);
        const bool is_unit_id = starts_with(term, layout::kUnitId);
        const bool is_filter = !term.empty() && term[0] >= 'A' && term[0] <= 'Z' && !is_stem &&
                               !starts_with(term, layout::kConcept);
        if (variant == kNoUnitId && is_unit_id) continue;
        if (variant == kNoStems && is_stem) continue;
        if (variant == kNoFilterTerms && is_filter && !is_unit_id) continue;
        if (variant == kTextOnly && (is_filter || is_stem)) continue;
        if (it.get_wdf() == 0) {
            out.add_boolean_term(term);
        } else {
            // Positions carry no wdf of their own (layout::ranking_wdf): copy both as built.
            if (variant != kNoPositions)
                for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos)
                    out.add_posting(term, *pos, 0);
            out.add_term(term, it.get_wdf());
        }
    }
    for (auto v = unit.values_begin(); v != unit.values_end(); ++v)
        out.add_value(v.get_valueno(), *v);
    if (variant != kNoData && variant != kTextOnly) out.set_data(unit.get_data());
    return out;
}

// The units of the sample concluding observations in three languages, repeated to about the
// size of one of IndexWriter's 64-file batches.
const std::vector<Xapian::Document>& sample_units() {
    static const std::vector<Xapian::Document> units = [] {
        static const auto thesaurus = paragraf::core::Thesaurus::load_default();
        paragraf::indexer::UnitBuilder builder(&thesaurus);
        std::vector<Xapian::Document> built;
        for (const char* lang : {"en", "ru", "kk"})
            for (Xapian::Document& unit : builder.build(paragraf::bench::sample_document(lang)))
                built.push_back(std::move(unit));
        std::vector<Xapian::Document> repeated;
        for (int copy = 0; copy < 20; ++copy)
            repeated.insert(repeated.end(), built.begin(), built.end());
        return repeated;
    }();
    return units;
}

void BM_WriteUnits(benchmark::State& state) {
    const int variant = static_cast<int>(state.range(0));
    std::vector<Xapian::Document> units;
    std::size_t text_bytes = 0;
    for (const Xapian::Document& unit : sample_units()) units.push_back(variant_of(unit, variant));
    for (const char* lang : {"en", "ru", "kk"})
        text_bytes += paragraf::bench::text_bytes(paragraf::bench::sample_document(lang));
    text_bytes *= 20;

    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "paragraf-index-write-bench";
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(dir);
        state.ResumeTiming();
        Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        db.begin_transaction(true);
        for (const Xapian::Document& unit : units) db.add_document(unit);
        db.commit_transaction();
    }
    std::filesystem::remove_all(dir);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * units.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text_bytes));
    state.SetLabel(std::vector<const char*>{"full unit", "no stored data", "no unit-id term",
                                            "no stems", "no positions", "no filter terms",
                                            "text terms only"}[static_cast<std::size_t>(variant)]);
}

// The same 19,200 units written in transactions of state.range(0) units: what the batch size
// costs and saves (IndexWriter commits every 64 files, whatever their size).
void BM_WriteBatches(benchmark::State& state) {
    const auto batch = static_cast<std::size_t>(state.range(0));
    const std::vector<Xapian::Document>& units = sample_units();
    constexpr std::size_t kCopies = 4;
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "paragraf-index-batch-bench";
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(dir);
        state.ResumeTiming();
        Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        std::size_t in_batch = 0;
        for (std::size_t copy = 0; copy < kCopies; ++copy) {
            for (const Xapian::Document& unit : units) {
                if (in_batch == 0) db.begin_transaction(true);
                db.add_document(unit);
                if (++in_batch == batch) {
                    db.commit_transaction();
                    in_batch = 0;
                }
            }
        }
        if (in_batch > 0) db.commit_transaction();
    }
    std::filesystem::remove_all(dir);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * units.size() * kCopies));
}

BENCHMARK(BM_WriteBatches)
    ->Arg(1200)
    ->Arg(4800)
    ->Arg(19200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

BENCHMARK(BM_WriteUnits)
    ->DenseRange(kFull, kTextOnly)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

}  // namespace
