// The analysis pipeline per language: segmentation and normalisation (tokenize), stemming,
// language identification and thesaurus matching, over the units of the sample concluding
// observations, as the indexer runs them for every paragraph.

#include <benchmark/benchmark.h>

#include "bench_data.hpp"
#include "core/analyzer.hpp"
#include "core/language_id.hpp"
#include "core/thesaurus.hpp"
#include "indexer/unit_builder.hpp"

namespace {

using paragraf::bench::sample_document;
using paragraf::bench::text_bytes;

void finish(benchmark::State& state, const paragraf::core::Document& doc) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text_bytes(doc)));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * doc.units.size()));
}

void BM_Tokenize(benchmark::State& state, const std::string& lang) {
    const auto& doc = sample_document(lang);
    const paragraf::core::Analyzer analyzer;
    for (auto _ : state)
        for (const auto& unit : doc.units) benchmark::DoNotOptimize(analyzer.tokenize(unit.text));
    finish(state, doc);
}

void BM_TokenizeAndStem(benchmark::State& state, const std::string& lang) {
    const auto& doc = sample_document(lang);
    const paragraf::core::Analyzer analyzer;
    for (auto _ : state)
        for (const auto& unit : doc.units)
            for (const auto& token : analyzer.tokenize(unit.text))
                benchmark::DoNotOptimize(analyzer.stem(token.term, lang));
    finish(state, doc);
}

void BM_LanguageId(benchmark::State& state, const std::string& lang) {
    const auto& doc = sample_document(lang);
    for (auto _ : state)
        for (const auto& unit : doc.units)
            benchmark::DoNotOptimize(paragraf::core::identify_language(unit.text));
    finish(state, doc);
}

const paragraf::core::Thesaurus& thesaurus() {
    static const auto loaded = paragraf::core::Thesaurus::load_default();
    return loaded;
}

void BM_ThesaurusMatch(benchmark::State& state, const std::string& lang) {
    const auto& doc = sample_document(lang);
    const paragraf::core::Analyzer analyzer;
    std::vector<std::vector<paragraf::core::Token>> tokens;
    for (const auto& unit : doc.units) tokens.push_back(analyzer.tokenize(unit.text));
    for (auto _ : state)
        for (std::size_t i = 0; i < doc.units.size(); ++i)
            benchmark::DoNotOptimize(
                thesaurus().match(tokens[i], doc.units[i].text, lang, analyzer));
    finish(state, doc);
}

// Everything a parsing thread does for a document after reading it: language per unit,
// terms, stems, concepts, citations, stored record.
void BM_UnitBuilder(benchmark::State& state, const std::string& lang) {
    const auto& doc = sample_document(lang);
    paragraf::indexer::UnitBuilder builder(&thesaurus());
    for (auto _ : state) benchmark::DoNotOptimize(builder.build(doc));
    finish(state, doc);
}

BENCHMARK_CAPTURE(BM_Tokenize, en, std::string("en"));
BENCHMARK_CAPTURE(BM_Tokenize, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_Tokenize, kk, std::string("kk"));
BENCHMARK_CAPTURE(BM_TokenizeAndStem, en, std::string("en"));
BENCHMARK_CAPTURE(BM_TokenizeAndStem, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_TokenizeAndStem, kk, std::string("kk"));
BENCHMARK_CAPTURE(BM_LanguageId, en, std::string("en"));
BENCHMARK_CAPTURE(BM_LanguageId, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_LanguageId, kk, std::string("kk"));
BENCHMARK_CAPTURE(BM_ThesaurusMatch, en, std::string("en"));
BENCHMARK_CAPTURE(BM_ThesaurusMatch, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_ThesaurusMatch, kk, std::string("kk"));
BENCHMARK_CAPTURE(BM_UnitBuilder, en, std::string("en"));
BENCHMARK_CAPTURE(BM_UnitBuilder, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_UnitBuilder, kk, std::string("kk"));

}  // namespace
