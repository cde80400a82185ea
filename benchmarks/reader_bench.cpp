// Each reader on a committed file of its format, from bytes in memory to the document model
// (no disk access, no analysis).

#include <cstdlib>
#include <filesystem>
#include <utility>

#include <benchmark/benchmark.h>

#include "bench_data.hpp"
#include "indexer/readers/corpus_xml_reader.hpp"
#include "indexer/readers/docx_reader.hpp"
#include "indexer/readers/html_reader.hpp"
#include "indexer/readers/pdf_reader.hpp"
#include "indexer/readers/text_reader.hpp"

namespace {

using Reader = paragraf::core::Document (*)(std::string_view, const std::string&);

void BM_Read(benchmark::State& state, Reader read, const std::string& relative) {
    const std::string& content = paragraf::bench::source_file(relative);
    std::size_t units = 0;
    for (auto _ : state) {
        const auto doc = read(content, relative);
        units = doc.units.size();
        benchmark::DoNotOptimize(units);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * content.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * units));
    state.counters["units"] = static_cast<double>(units);
}

using namespace paragraf::indexer;

BENCHMARK_CAPTURE(BM_Read, text_footnotes, &read_text_document,
                  std::string("tests/fixtures/text/footnotes.txt"));
BENCHMARK_CAPTURE(BM_Read, text_general_comment, &read_text_document,
                  std::string("tests/fixtures/text/general_comment.txt"));
BENCHMARK_CAPTURE(BM_Read, html_page, &read_html_document,
                  std::string("tests/fixtures/html/page.html"));
BENCHMARK_CAPTURE(BM_Read, docx_observations, &read_docx_document,
                  std::string("tests/fixtures/docx/observations.docx"));
BENCHMARK_CAPTURE(BM_Read, docx_sections, &read_docx_document,
                  std::string("tests/fixtures/docx/sections.docx"));
BENCHMARK_CAPTURE(BM_Read, pdf_report, &read_pdf_document,
                  std::string("tests/fixtures/pdf/report.pdf"));
BENCHMARK_CAPTURE(BM_Read, pdf_two_column, &read_pdf_document,
                  std::string("tests/fixtures/pdf/two_column.pdf"));
BENCHMARK_CAPTURE(BM_Read, corpus_xml_co_en, &read_corpus_xml,
                  std::string("corpus/E-C.12-XAR-CO-2-en.xml"));
BENCHMARK_CAPTURE(BM_Read, corpus_xml_co_ru, &read_corpus_xml,
                  std::string("corpus/E-C.12-XAR-CO-2-ru.xml"));

// Larger real documents when the shared corpus is checked out beside the repository
// (../shared/corpus, or $PARAGRAF_SHARED_CORPUS): an NGO submission exported from Word, a
// general comment, the constitution in Kazakh, the UDHR as published in HTML.
bool register_shared_corpus() {
    const char* given = std::getenv("PARAGRAF_SHARED_CORPUS");
    const std::filesystem::path root =
        given ? std::filesystem::path(given)
              : std::filesystem::path(PARAGRAF_SOURCE_DIR) / ".." / "shared" / "corpus";
    const std::pair<const char*, Reader> files[] = {
        {"submissions/004_e6ef954f37660984.txt", &read_text_document},
        {"general-comments/E_C.12_2000_4.txt", &read_text_document},
        {"constitution/constitution-kk.txt", &read_text_document},
        {"udhr/eng.html", &read_html_document},
        {"udhr/rus.html", &read_html_document},
    };
    for (const auto& [relative, reader] : files) {
        const std::filesystem::path path = root / relative;
        if (!std::filesystem::exists(path)) continue;
        const std::string name = std::string("BM_Read/shared/") + relative;
        benchmark::RegisterBenchmark(name.c_str(), [path,
                                                    reader = reader](benchmark::State& state) {
            BM_Read(state, reader, std::filesystem::relative(path, PARAGRAF_SOURCE_DIR).string());
        });
    }
    return true;
}

[[maybe_unused]] const bool registered = register_shared_corpus();

}  // namespace
