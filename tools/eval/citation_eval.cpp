// Measures the citation extractor (core/citation_extractor.hpp) on the labelled suite.
//
//   citation_eval [--suite DIR] [--verbose] [--min 0.95]
//       Precision and recall per language and overall on DIR/*.txt (default
//       tests/fixtures/citations), the examples it gets wrong with --verbose, and throughput
//       in MB/s over the suite's text repeated. Exit status 1 when precision or recall is
//       below --min, 2 on a usage error or an unreadable suite.
//       --bench FILE (repeatable) also measures throughput on FILE's lines (real submissions).
//   citation_eval --show FILE [--body B] [--country C]
//       Prints every citation found in FILE (one unit per line) with its keys.
//
// See docs/citation-extraction.md.

#include "core/citation_extractor.hpp"
#include "core/citation_suite.hpp"
#include "core/error.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace paragraf::core;

void print_score(const std::string& name, const SuiteScore& s) {
    std::printf("%-8s precision %6.2f%% (%zu/%zu)   recall %6.2f%% (%zu/%zu)\n", name.c_str(),
                100 * s.precision(), s.true_positives, s.extracted, 100 * s.recall(),
                s.true_positives, s.expected);
}

double throughput(const std::vector<SuiteGroup>& groups) {
    std::size_t bytes = 0;
    std::size_t found = 0;
    const auto start = std::chrono::steady_clock::now();
    double seconds = 0;
    do {
        for (const auto& group : groups) {
            CitationExtractor extractor(suite_context(group));
            for (const auto& ex : group.examples) {
                found += extractor.extract(ex.text, ex.footnote).size();
                bytes += ex.text.size();
            }
        }
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (seconds < 1.0);
    if (found == 0) std::printf("(nothing found)\n");
    return bytes / seconds / 1e6;
}

// MB/s over the lines of text files, read as one CESCR document each.
double file_throughput(const std::vector<std::string>& paths) {
    std::vector<std::string> lines;
    for (const auto& path : paths) {
        std::ifstream in(path);
        if (!in) throw paragraf::InputError("cannot read the file", path);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
    }
    std::size_t bytes = 0, found = 0;
    const auto start = std::chrono::steady_clock::now();
    double seconds = 0;
    do {
        CitationExtractor extractor(CitationContext{"CESCR", "KAZ", "", {}});
        for (const auto& line : lines) {
            found += extractor.extract(line).size();
            bytes += line.size();
        }
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (seconds < 1.0);
    if (found == 0) std::printf("(nothing found)\n");
    return bytes / seconds / 1e6;
}

int show(const std::string& path, const std::string& body, const std::string& country) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "citation_eval: " << path << ": cannot read the file\n";
        return 2;
    }
    CitationContext context;
    context.body = body;
    context.country = country;
    CitationExtractor extractor(context);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        for (const auto& m : extractor.extract(line)) {
            std::printf("%d:%zu-%zu %s%s  \"%s\"\n", line_no, m.begin, m.end,
                        m.short_form ? "(short) " : "", to_string(m.target.kind),
                        line.substr(m.begin, m.end - m.begin).c_str());
            for (const auto& key : citation_keys(m.target)) std::printf("    %s\n", key.c_str());
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string suite = "tests/fixtures/citations";
    std::string show_file, body, country;
    std::vector<std::string> bench;
    bool verbose = false;
    double min = 0.95;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "citation_eval: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--suite") {
            suite = value();
        } else if (arg == "--verbose" || arg == "-v") {
            verbose = true;
        } else if (arg == "--min") {
            min = std::atof(value().c_str());
        } else if (arg == "--bench") {
            bench.push_back(value());
        } else if (arg == "--show") {
            show_file = value();
        } else if (arg == "--body") {
            body = value();
        } else if (arg == "--country") {
            country = value();
        } else {
            std::cerr << "citation_eval: unknown argument " << arg << "\n";
            return 2;
        }
    }
    if (!show_file.empty()) return show(show_file, body, country);

    std::vector<SuiteGroup> groups;
    try {
        groups = load_citation_suite(suite);
    } catch (const std::exception& e) {
        std::cerr << "citation_eval: " << e.what() << "\n";
        return 2;
    }
    const SuiteReport report = score_citation_suite(groups);
    if (verbose) {
        for (const auto& o : report.outcomes) {
            if (o.false_positives.empty() && o.false_negatives.empty()) continue;
            std::printf("%s:%d: %s\n", o.example->file.c_str(), o.example->line,
                        o.example->text.c_str());
            for (const auto& k : o.false_positives)
                std::printf("    false positive  %s\n", k.c_str());
            for (const auto& k : o.false_negatives)
                std::printf("    false negative  %s\n", k.c_str());
        }
        std::printf("\n");
    }
    std::printf("%zu examples in %zu groups\n", report.examples, groups.size());
    for (const auto& [lang, score] : report.by_language) print_score(lang, score);
    print_score("overall", report.overall);
    std::printf("throughput %.1f MB/s on the suite's sentences\n", throughput(groups));
    if (!bench.empty()) {
        try {
            std::printf("throughput %.1f MB/s on %zu --bench file(s)\n", file_throughput(bench),
                        bench.size());
        } catch (const std::exception& e) {
            std::cerr << "citation_eval: " << e.what() << "\n";
            return 2;
        }
    }
    const bool ok = report.overall.precision() >= min && report.overall.recall() >= min;
    return ok ? 0 : 1;
}
