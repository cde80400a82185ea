// The citation extractor over real paragraphs: the sample concluding observations (few
// citations, mostly prose) and the labelled citation fixtures (dense citations), per language.

#include <string_view>

#include <benchmark/benchmark.h>

#include "bench_data.hpp"
#include "core/citation_extractor.hpp"

namespace {

using paragraf::core::CitationContext;
using paragraf::core::CitationExtractor;

CitationContext cescr_context() {
    CitationContext context;
    context.body = "CESCR";
    context.country = "XAR";
    context.symbol = "E/C.12/XAR/CO/2";
    return context;
}

void BM_ExtractDocument(benchmark::State& state, const std::string& lang) {
    const auto& doc = paragraf::bench::sample_document(lang);
    for (auto _ : state) {
        CitationExtractor extractor(cescr_context());  // one per document, as the indexer does
        for (const auto& unit : doc.units) benchmark::DoNotOptimize(extractor.extract(unit.text));
    }
    state.SetBytesProcessed(
        static_cast<std::int64_t>(state.iterations() * paragraf::bench::text_bytes(doc)));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * doc.units.size()));
}

// The units of the labelled fixtures ("> TEXT" lines) are dense with citations.
void BM_ExtractDense(benchmark::State& state, const std::string& lang) {
    const std::string& text =
        paragraf::bench::source_file("tests/fixtures/citations/labelled-" + lang + ".txt");
    std::vector<std::string_view> lines;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + begin, end - begin);
        if (line.starts_with("> ")) lines.push_back(line.substr(2));
        begin = end + 1;
    }
    for (auto _ : state) {
        CitationExtractor extractor(cescr_context());
        for (std::string_view line : lines) benchmark::DoNotOptimize(extractor.extract(line));
    }
    std::size_t bytes = 0;
    for (std::string_view line : lines) bytes += line.size();
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines.size()));
}

BENCHMARK_CAPTURE(BM_ExtractDocument, en, std::string("en"));
BENCHMARK_CAPTURE(BM_ExtractDocument, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_ExtractDocument, kk, std::string("kk"));
BENCHMARK_CAPTURE(BM_ExtractDense, en, std::string("en"));
BENCHMARK_CAPTURE(BM_ExtractDense, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_ExtractDense, kk, std::string("kk"));

}  // namespace
