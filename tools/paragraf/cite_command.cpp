// paragraf cite "E/C.12/KAZ/CO/2, paras. 46-47" [--lang ru|all] [--style S] [--format F]
// paragraf cite --file footnotes.txt: the texts citations point to, and every citation that
// does not resolve flagged.

#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/citation.hpp"
#include "core/error.hpp"
#include "query/cite.hpp"
#include "query/render/citation_style.hpp"
#include "query/render/reference_export.hpp"
#include "query/render/search_render.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/json_output.hpp"

namespace paragraf::cli {

namespace {

struct CiteArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    std::string file;
    std::vector<std::string> langs;
    std::string style = "un";
    std::string format = "text";
};

/// One citation asked for (a line of the file, or the command line) and what it resolved to.
struct Lookup {
    std::size_t line = 0;  ///< in the file; 0 for the command line
    std::string text;
    std::vector<query::CiteResult> results;
    std::string error;  ///< the text is not a citation
};

std::string wanted(const query::CiteResult& r) {
    return r.citation.symbol + ", " +
           core::pinpoint(core::Unit{core::UnitKind::paragraph, r.citation.label, {}, {}, {}});
}

// Why a result did not resolve, for people.
std::string problem(const query::CiteResult& r) {
    if (!r.versions.empty()) return {};
    if (r.symbol_known && r.nearest.empty()) return "not in the language asked for";
    if (!r.symbol_known) return "document " + r.citation.symbol + " is not in the index";
    std::string text =
        r.citation.symbol + " has no " +
        core::pinpoint(core::Unit{core::UnitKind::paragraph, r.citation.label, {}, {}, {}});
    if (!r.nearest.empty()) {
        text += " (nearest:";
        for (std::size_t i = 0; i < r.nearest.size(); ++i) text += (i ? "; " : " ") + r.nearest[i];
        text += ")";
    }
    return text;
}

void print_version(const core::StoredUnit& v, query::CitationStyle style) {
    std::cout << query::format_citation(v, style) << "  [" << v.lang << "]\n";
    std::cout << v.doc.title;
    if (!v.doc.date.empty()) std::cout << " (" << v.doc.date << ")";
    std::cout << "\n";
    if (!v.unit.section_path.empty()) {
        std::cout << "\u00A7 ";
        for (std::size_t i = 0; i < v.unit.section_path.size(); ++i)
            std::cout << (i ? " \u203A " : "") << v.unit.section_path[i];
        std::cout << "\n";
    }
    std::cout << "\n" << v.unit.text << "\n";
}

void print_single(const Lookup& lookup, query::CitationStyle style) {
    bool first = true;
    for (const query::CiteResult& r : lookup.results) {
        for (const core::StoredUnit& v : r.versions) {
            if (!first) std::cout << "\n";
            first = false;
            print_version(v, style);
        }
        if (!r.versions.empty()) continue;
        if (!first) std::cout << "\n";
        first = false;
        if (r.symbol_known && r.nearest.empty()) {
            std::cout << wanted(r) << " is in the index, but not in the language asked for.\n";
            continue;
        }
        std::cout << wanted(r) << " is not in the index";
        if (!r.symbol_known) std::cout << " (no document " << r.citation.symbol << ")";
        std::cout << ".\n";
        if (!r.nearest.empty()) {
            std::cout << "Nearest:";
            for (const std::string& n : r.nearest) std::cout << "\n  " << n;
            std::cout << "\n";
        }
    }
}

// The footnote check: one line per citation of the file, then a summary.
void print_checklist(const std::vector<Lookup>& lookups, query::CitationStyle style) {
    std::size_t ok = 0, failed = 0;
    for (const Lookup& lookup : lookups) {
        std::cout << "line " << lookup.line << ": " << lookup.text << "\n";
        if (!lookup.error.empty()) {
            ++failed;
            std::cout << "  NOT A CITATION: " << lookup.error << "\n";
            continue;
        }
        for (const query::CiteResult& r : lookup.results) {
            if (r.versions.empty()) {
                ++failed;
                std::cout << "  NOT FOUND: " << wanted(r) << ": " << problem(r) << "\n";
                continue;
            }
            ++ok;
            for (const core::StoredUnit& v : r.versions)
                std::cout << "  ok  " << query::format_citation(v, style) << "  [" << v.lang
                          << "]  " << v.unit.text << "\n";
        }
    }
    std::cout << "\n"
              << ok + failed << (ok + failed == 1 ? " citation: " : " citations: ") << ok
              << " resolved, " << failed << " not.\n";
}

nlohmann::json lookups_json(const std::vector<Lookup>& lookups, query::CitationStyle style) {
    nlohmann::json hits = nlohmann::json::array();
    nlohmann::json unresolved = nlohmann::json::array();
    std::size_t rank = 0;
    for (const Lookup& lookup : lookups) {
        if (!lookup.error.empty()) {
            unresolved.push_back(
                {{"line", lookup.line}, {"text", lookup.text}, {"reason", lookup.error}});
            continue;
        }
        for (const query::CiteResult& r : lookup.results) {
            if (r.versions.empty()) {
                unresolved.push_back({{"line", lookup.line},
                                      {"text", lookup.text},
                                      {"citation", wanted(r)},
                                      {"reason", problem(r)},
                                      {"document_indexed", r.symbol_known},
                                      {"nearest", r.nearest}});
                continue;
            }
            for (const core::StoredUnit& v : r.versions) {
                query::Hit hit;
                hit.rank = ++rank;
                hit.citation = query::format_citation(v, style);
                hit.stored = v;
                hit.snippet = v.unit.text;  // nothing was searched for: the whole unit
                nlohmann::json j = query::render::hit_json(hit);
                j["asked"] = lookup.text;
                if (lookup.line > 0) j["line"] = lookup.line;
                hits.push_back(std::move(j));
            }
        }
    }
    return {{"hits", std::move(hits)}, {"unresolved", std::move(unresolved)}};
}

std::vector<Lookup> read_lookups(const CiteArgs& args) {
    std::vector<Lookup> lookups;
    if (args.file.empty()) {
        Lookup lookup;
        for (const std::string& w : args.words) lookup.text += (lookup.text.empty() ? "" : " ") + w;
        lookups.push_back(std::move(lookup));
        return lookups;
    }
    std::ifstream in(args.file);
    if (!in) throw InputError("cannot read the citations file", args.file);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
        lookups.push_back({number, line, {}, {}});
    }
    return lookups;
}

int run_cite(const CiteArgs& args) {
    const query::CitationStyle style = query::citation_style_from_string(args.style);
    std::vector<Lookup> lookups = read_lookups(args);
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    bool all_resolved = true;
    for (Lookup& lookup : lookups) {
        try {
            lookup.results = query::cite_all(searcher, lookup.text, args.langs);
        } catch (const QueryError& e) {
            if (args.file.empty()) throw;
            lookup.error = e.what();
        }
        all_resolved = all_resolved && lookup.error.empty();
        for (const query::CiteResult& r : lookup.results)
            all_resolved = all_resolved && !r.versions.empty();
    }

    if (args.format == "text") {
        if (args.file.empty())
            print_single(lookups.front(), style);
        else
            print_checklist(lookups, style);
    } else if (args.format == "json" || args.format == "jsonl") {
        nlohmann::json out = lookups_json(lookups, style);
        if (args.file.empty()) out["citation"] = lookups.front().text;
        print_json_result(out, args.format);
    } else {
        std::vector<core::StoredUnit> cited;
        for (const Lookup& lookup : lookups)
            for (const query::CiteResult& r : lookup.results)
                cited.insert(cited.end(), r.versions.begin(), r.versions.end());
        std::cout << query::export_references(cited,
                                              query::reference_format_from_string(args.format));
    }
    return all_resolved ? kOk : kInputFailed;
}

}  // namespace

Action add_cite_command(CLI::App& app) {
    auto args = std::make_shared<CiteArgs>();
    CLI::App* cmd = app.add_subcommand(
        "cite", "Show the paragraphs a citation points to (E/C.12/KAZ/CO/2, paras. 46-47)");
    cmd->footer(
        "With --file, each line is a citation (a footnote apparatus, a table of authorities);\n"
        "every citation that does not resolve is flagged and the exit status is 1.\n"
        "--format csl-json, ris or bibtex export the cited documents for reference managers.");
    auto* citation =
        cmd->add_option("citation", args->words, "The citation, as written in a footnote");
    auto* file = cmd->add_option("--file", args->file, "A file of citations, one per line");
    citation->excludes(file);
    cmd->add_option("--db", args->dbs, "Index directory; repeat for several")
        ->allow_extra_args(false);
    cmd->add_option("--lang", args->langs, "Language versions to show: en, ru, kk, or all")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"en", "ru", "kk", "all"}));
    cmd->add_option("--style", args->style, "Citation style: un (default), footnote or ru")
        ->check(CLI::IsMember({"un", "footnote", "ru"}));
    cmd->add_option("--format", args->format,
                    "text (default), json, jsonl, csl-json, ris or bibtex")
        ->check(CLI::IsMember({"text", "json", "jsonl", "csl-json", "ris", "bibtex"}));
    return [args] {
        if (args->words.empty() && args->file.empty())
            throw QueryError("give a citation, or --file with one citation per line");
        return run_cite(*args);
    };
}

}  // namespace paragraf::cli
