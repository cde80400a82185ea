#include "core/citation_suite.hpp"

#include "core/error.hpp"
#include "core/un_symbol.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace paragraf::core {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// "== lang=en body=CESCR country=KAZ symbol= known=A@2019,B@2021"
void parse_header(std::string_view rest, SuiteGroup& group, const std::string& file, int line) {
    std::istringstream in{std::string(rest)};
    std::string field;
    while (in >> field) {
        const auto eq = field.find('=');
        if (eq == std::string::npos)
            throw InputError("group field without '=': " + field, file, line);
        const std::string key = field.substr(0, eq), value = field.substr(eq + 1);
        if (key == "lang") {
            group.lang = value.empty() ? "und" : value;
        } else if (key == "body") {
            group.body = value;
        } else if (key == "country") {
            group.country = value;
        } else if (key == "symbol") {
            group.symbol = value;
        } else if (key == "known") {
            std::size_t start = 0;
            while (start < value.size()) {
                auto comma = value.find(',', start);
                if (comma == std::string::npos) comma = value.size();
                const std::string item = value.substr(start, comma - start);
                const auto at = item.rfind('@');
                if (at == std::string::npos || at + 1 >= item.size())
                    throw InputError("known entry is not SYMBOL@YEAR: " + item, file, line);
                group.known.emplace_back(item.substr(0, at), std::stoi(item.substr(at + 1)));
                start = comma + 1;
            }
        } else {
            throw InputError("unknown group field: " + key, file, line);
        }
    }
}

}  // namespace

std::vector<SuiteGroup> parse_citation_suite(std::string_view content, const std::string& file) {
    std::vector<SuiteGroup> groups;
    int line_no = 0;
    std::size_t pos = 0;
    while (pos <= content.size()) {
        auto nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        const std::string_view raw = content.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        if (line.starts_with("==")) {
            groups.emplace_back();
            parse_header(line.substr(2), groups.back(), file, line_no);
        } else if (line.starts_with(">")) {
            if (groups.empty()) throw InputError("example before any '==' group", file, line_no);
            SuiteExample ex;
            std::string_view text = trim(line.substr(1));
            if (text.starts_with("fn ")) {
                const auto colon = text.find(':');
                if (colon == std::string_view::npos)
                    throw InputError("footnote example without ':'", file, line_no);
                ex.footnote = std::string(trim(text.substr(3, colon - 3)));
                text = trim(text.substr(colon + 1));
            }
            ex.text = std::string(text);
            ex.file = file;
            ex.line = line_no;
            groups.back().examples.push_back(std::move(ex));
        } else if (line.starts_with("=")) {
            if (groups.empty() || groups.back().examples.empty())
                throw InputError("expected key before any '>' example", file, line_no);
            const std::string key(trim(line.substr(1)));
            if (key != "none") groups.back().examples.back().expected.insert(key);
        } else {
            throw InputError("line is not a comment, group, example or key", file, line_no);
        }
        if (nl == content.size()) break;
    }
    return groups;
}

std::vector<SuiteGroup> load_citation_suite(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<SuiteGroup> groups;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError("cannot read the file", path.string());
        std::ostringstream content;
        content << in.rdbuf();
        auto parsed = parse_citation_suite(content.str(), path.filename().string());
        for (auto& g : parsed) groups.push_back(std::move(g));
    }
    return groups;
}

CitationContext suite_context(const SuiteGroup& group) {
    CitationContext context;
    context.body = group.body;
    context.country = group.country;
    context.symbol = group.symbol;
    auto known = group.known;
    context.resolve = [known](const DocumentDescription& d) -> std::string {
        for (const auto& [symbol, year] : known) {
            if (year != d.year || d.type != "concluding-observations") continue;
            auto parsed = parse_un_symbol(symbol);
            if (parsed && parsed->body == d.body && parsed->country == d.country) return symbol;
        }
        return {};
    };
    return context;
}

SuiteReport score_citation_suite(const std::vector<SuiteGroup>& groups) {
    SuiteReport report;
    for (const auto& group : groups) {
        CitationExtractor extractor(suite_context(group));
        SuiteScore& lang = report.by_language[group.lang];
        for (const auto& ex : group.examples) {
            SuiteOutcome outcome;
            outcome.group = &group;
            outcome.example = &ex;
            for (const auto& match : extractor.extract(ex.text, ex.footnote))
                for (auto& key : citation_keys(match.target)) outcome.found.insert(std::move(key));
            std::size_t tp = 0;
            for (const auto& key : outcome.found) {
                if (ex.expected.count(key))
                    ++tp;
                else
                    outcome.false_positives.push_back(key);
            }
            for (const auto& key : ex.expected)
                if (!outcome.found.count(key)) outcome.false_negatives.push_back(key);
            for (SuiteScore* s : {&report.overall, &lang}) {
                s->true_positives += tp;
                s->extracted += outcome.found.size();
                s->expected += ex.expected.size();
            }
            ++report.examples;
            report.outcomes.push_back(std::move(outcome));
        }
    }
    return report;
}

}  // namespace paragraf::core
