// The record each unit stores (core/stored_unit): writing it (every indexed paragraph) and
// reading it back (every hit shown, every candidate weighed by `sources` and `crossref`), in the
// binary format and, for comparison, in the JSON of index layout version 1. The counters give
// the record sizes.

#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "bench_data.hpp"
#include "core/stored_unit.hpp"

namespace {

using paragraf::core::StoredUnit;

std::vector<StoredUnit> sample_units() {
    const auto& doc = paragraf::bench::sample_document("en");
    std::vector<StoredUnit> out;
    for (std::size_t i = 0; i < doc.units.size(); ++i)
        out.push_back({doc.meta, doc.units[i], "en", static_cast<unsigned>(i), {}});
    return out;
}

// A record as layout version 1 wrote it.
std::string as_json(const StoredUnit& s) {
    const nlohmann::json j = {{"v", 1},
                              {"doc", paragraf::core::meta_json(s.doc)},
                              {"kind", paragraf::core::to_string(s.unit.kind)},
                              {"label", s.unit.label},
                              {"section", s.unit.section_path},
                              {"text", s.unit.text},
                              {"fnrefs", s.unit.footnote_refs},
                              {"lang", s.lang},
                              {"ordinal", s.ordinal}};
    return j.dump();
}

void report(benchmark::State& state, const std::vector<std::string>& records) {
    std::size_t bytes = 0;
    for (const std::string& r : records) bytes += r.size();
    state.counters["bytes_per_record"] =
        static_cast<double>(bytes) / static_cast<double>(records.size());
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records.size()));
}

void BM_WriteRecord(benchmark::State& state) {
    const std::vector<StoredUnit> units = sample_units();
    std::vector<std::string> records;
    for (const StoredUnit& s : units) records.push_back(paragraf::core::serialize(s));
    for (auto _ : state)
        for (const StoredUnit& s : units) benchmark::DoNotOptimize(paragraf::core::serialize(s));
    report(state, records);
}

void BM_ReadRecord(benchmark::State& state, bool json) {
    std::vector<std::string> records;
    for (const StoredUnit& s : sample_units())
        records.push_back(json ? as_json(s) : paragraf::core::serialize(s));
    for (auto _ : state)
        for (const std::string& r : records)
            benchmark::DoNotOptimize(paragraf::core::deserialize_stored_unit(r));
    report(state, records);
}

}  // namespace

BENCHMARK(BM_WriteRecord);
BENCHMARK_CAPTURE(BM_ReadRecord, binary, false);
BENCHMARK_CAPTURE(BM_ReadRecord, json_layout_1, true);
