// query_bench: in-process latency of a fixed mix of queries against a Paragraf index, as the
// library serves them (parse, match, snippets, citations), for tools/bench.
//
// The mix covers what users do: single words, several words, phrases, filters, cross-language
// searches, cited-by and the footnote finder. Each query runs `--warmup` times untimed, then
// `--repeat` times timed; percentiles are over every timed run of the queries in a group.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/error.hpp"
#include "query/cited_by.hpp"
#include "query/searcher.hpp"
#include "query/sources.hpp"

namespace {

using paragraf::query::Searcher;

struct BenchQuery {
    std::string group;
    std::string label;
    std::function<std::size_t(Searcher&)> run;  // returns the number of hits, to keep it honest
};

BenchQuery search(std::string group, std::string text,
                  std::vector<std::pair<std::string, std::string>> filters = {},
                  bool cross_lang = false) {
    std::string label = text;
    for (const auto& [field, value] : filters) label += " --" + field + " " + value;
    if (cross_lang) label += " --cross-lang";
    return {std::move(group), std::move(label), [text, filters, cross_lang](Searcher& searcher) {
                paragraf::query::SearchRequest request;
                request.text = text;
                for (const auto& [field, value] : filters) request.filters.add(field, value);
                request.cross_lang = cross_lang;
                return searcher.search(request).hits.size();
            }};
}

BenchQuery cited_by(std::string citation) {
    return {"cited-by", "cited-by " + citation, [citation](Searcher& searcher) {
                paragraf::query::CitedByRequest request;
                request.citation = citation;
                request.limit = 10;
                return paragraf::query::cited_by(searcher, request).hits.size();
            }};
}

BenchQuery sources(std::string claim) {
    std::size_t cut = std::min<std::size_t>(40, claim.size());
    while (cut < claim.size() && (static_cast<unsigned char>(claim[cut]) & 0xC0) == 0x80) ++cut;
    return {"sources", "sources " + claim.substr(0, cut) + "…", [claim](Searcher& searcher) {
                paragraf::query::SourcesRequest request;
                request.claim = claim;
                return paragraf::query::find_sources(searcher, request).hits.size();
            }};
}

// Words and phrases that tools/bench/gen_corpus writes (from the UDHR and the sample corpus).
std::vector<BenchQuery> query_mix() {
    return {
        search("word", "education"),
        search("word", "freedom"),
        search("word", "образование"),
        search("word", "құқығы"),
        search("multi-word", "right to work and education"),
        search("multi-word", "equal protection against discrimination"),
        search("multi-word", "права человека и основные свободы"),
        search("multi-word", "адам құқықтары мен бостандықтары"),
        search("phrase", "\"harm reduction\""),
        search("phrase", "\"opioid agonist therapy\""),
        search("phrase", "\"снижение вреда\""),
        search("phrase", "\"әлеуметтік қамсыздандыру\""),
        search("filter", "здоровье", {{"lang", "ru"}}),
        search("filter", "education", {{"country", "KAZ"}, {"type", "concluding-observations"}}),
        search("filter", "rights", {{"year", "2019..2025"}}),
        search("filter", "symbol:E/C.12/KAZ/CO/2"),
        search("cross-lang", "opioid agonist therapy", {{"lang", "ru"}}, true),
        search("cross-lang", "harm reduction", {{"lang", "kk"}}, true),
        search("cross-lang", "social security", {}, true),
        cited_by("E/C.12/KAZ/CO/2, para. 46"),
        cited_by("E/C.12/KGZ/CO/2"),
        cited_by("article 12 ICESCR"),
        sources("The State party should expand harm reduction and opioid agonist therapy "
                "and ensure the right to health of everyone."),
        sources("Государству-участнику следует обеспечить право на здоровье и социального "
                "обеспечения."),
    };
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the values at or below it.
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    rank = std::clamp<std::size_t>(rank, 1, values.size());
    return values[rank - 1];
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"In-process latency of a fixed query mix (p50/p95/p99, milliseconds)"};
    std::vector<std::string> dbs;
    std::size_t warmup = 3;
    std::size_t repeat = 30;
    bool per_query = false;
    app.add_option("--db", dbs, "index folder")->required();
    app.add_option("--warmup", warmup, "untimed runs of each query first");
    app.add_option("--repeat", repeat, "timed runs of each query");
    app.add_flag("--per-query", per_query, "also print each query's median and hits");
    std::uint64_t split_from = Searcher::kParallelMinPostings;
    app.add_option("--split-from", split_from,
                   "postings from which a query runs on several threads (0: every query that "
                   "combines posting lists)");
    CLI11_PARSE(app, argc, argv);

    try {
        Searcher searcher(dbs);
        searcher.set_parallelism(searcher.lanes(), Searcher::kParallelMinUnits, split_from);
        std::vector<BenchQuery> mix = query_mix();
        std::vector<std::size_t> hits(mix.size());
        for (std::size_t w = 0; w < warmup; ++w)
            for (std::size_t q = 0; q < mix.size(); ++q) hits[q] = mix[q].run(searcher);

        // Round-robin over the mix, so that no query always runs with a cache its
        // predecessor warmed.
        std::vector<std::vector<double>> ms(mix.size());
        for (std::size_t r = 0; r < repeat; ++r) {
            for (std::size_t q = 0; q < mix.size(); ++q) {
                const auto start = std::chrono::steady_clock::now();
                hits[q] = mix[q].run(searcher);
                const auto stop = std::chrono::steady_clock::now();
                ms[q].push_back(std::chrono::duration<double, std::milli>(stop - start).count());
            }
        }

        std::map<std::string, std::vector<double>> groups;
        std::vector<double> all;
        for (std::size_t q = 0; q < mix.size(); ++q) {
            auto& group = groups[mix[q].group];
            group.insert(group.end(), ms[q].begin(), ms[q].end());
            all.insert(all.end(), ms[q].begin(), ms[q].end());
        }
        std::printf("| queries | runs | p50 ms | p95 ms | p99 ms | max ms |\n");
        std::printf("|---|---:|---:|---:|---:|---:|\n");
        auto row = [](const std::string& name, const std::vector<double>& values) {
            std::printf("| %s | %zu | %.2f | %.2f | %.2f | %.2f |\n", name.c_str(), values.size(),
                        percentile(values, 0.50), percentile(values, 0.95),
                        percentile(values, 0.99), percentile(values, 1.0));
        };
        for (const auto& [name, values] : groups) row(name, values);
        row("**all**", all);
        if (per_query) {
            std::printf("\n| query | hits | median ms |\n|---|---:|---:|\n");
            for (std::size_t q = 0; q < mix.size(); ++q)
                std::printf("| `%s` | %zu | %.2f |\n", mix[q].label.c_str(), hits[q],
                            percentile(ms[q], 0.5));
        }
        // One line for scripts: overall percentiles.
        std::fprintf(stderr, "QUERY_BENCH p50=%.3f p95=%.3f p99=%.3f\n", percentile(all, 0.5),
                     percentile(all, 0.95), percentile(all, 0.99));
    } catch (const paragraf::Error& e) {
        std::fprintf(stderr, "query_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
