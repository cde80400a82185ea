#pragma once
// The labelled citation suite (tests/fixtures/citations/*.txt): parse it and score the
// extractor on it. Shared by the ctest threshold test and tools/eval/citation_eval.cpp.
// The file format is described in docs/citation-extraction.md.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/citation_extractor.hpp"

namespace paragraf::core {

/// One unit of text and the keys it must yield.
struct SuiteExample {
    std::string text;
    std::string footnote;  ///< "3" for "> fn 3: ..."
    std::set<std::string> expected;
    std::string file;
    int line = 0;
};

/// One citing document: the context its units are read in, and its units in reading order.
struct SuiteGroup {
    std::string lang = "und";
    std::string body, country, symbol;
    std::vector<std::pair<std::string, int>> known;  ///< concluding observations: symbol, year
    std::vector<SuiteExample> examples;
};

/// Parses one suite file; throws InputError (with file and line) on malformed lines.
std::vector<SuiteGroup> parse_citation_suite(std::string_view content, const std::string& file);

/// Every *.txt file of `dir`, in name order.
std::vector<SuiteGroup> load_citation_suite(const std::filesystem::path& dir);

/// The extractor context of a group: its resolver answers the `known` symbols.
CitationContext suite_context(const SuiteGroup& group);

struct SuiteScore {
    std::size_t true_positives = 0;
    std::size_t extracted = 0;
    std::size_t expected = 0;
    double precision() const { return extracted ? double(true_positives) / extracted : 1.0; }
    double recall() const { return expected ? double(true_positives) / expected : 1.0; }
};

/// One example as extracted: the keys found, and how they differ from the expected ones.
struct SuiteOutcome {
    const SuiteGroup* group = nullptr;
    const SuiteExample* example = nullptr;
    std::set<std::string> found;
    std::vector<std::string> false_positives;
    std::vector<std::string> false_negatives;
};

struct SuiteReport {
    SuiteScore overall;
    std::map<std::string, SuiteScore> by_language;
    std::vector<SuiteOutcome> outcomes;
    std::size_t examples = 0;
};

/// Runs a fresh extractor per group over its units in order and scores the keys as sets.
SuiteReport score_citation_suite(const std::vector<SuiteGroup>& groups);

}  // namespace paragraf::core
