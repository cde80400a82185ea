// paragraf sources CLAIM | --file DRAFT: the paragraphs that support a claim, each with a
// footnote ready to paste.

#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "query/render/citation_style.hpp"
#include "query/render/search_render.hpp"
#include "query/sources.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/filter_options.hpp"

namespace paragraf::cli {

namespace {

struct SourcesArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    std::string file;
    FilterArgs filters;
    std::size_t limit = 5;
    bool same_language_only = false;
    bool full = false;
    std::string style = "un";
    std::string format = "text";
};

// The claims of a draft: its paragraphs (blank lines between them), lines of one joined.
std::vector<std::string> read_claims(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot read the claims file", path);
    std::vector<std::string> claims;
    std::string line, claim;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) {
            if (!claim.empty()) claims.push_back(std::move(claim));
            claim.clear();
            continue;
        }
        claim += (claim.empty() ? "" : " ") + line;
    }
    if (!claim.empty()) claims.push_back(std::move(claim));
    if (claims.empty()) throw InputError("the claims file is empty", path);
    return claims;
}

std::string footnote(const query::SourceHit& source, query::CitationStyle style) {
    std::string note = query::format_citation(source.hit.stored, style);
    if (!note.empty() && note.back() != '.') note += '.';
    return note;
}

void print_text(const query::SourcesResult& r, query::CitationStyle style, bool full) {
    if (!r.concepts.empty()) {
        std::cout << "Across languages through the concepts:";
        for (const std::string& id : r.concepts) std::cout << " " << id;
        std::cout << "\n";
    }
    if (r.hits.empty()) {
        std::cout << "No paragraph in the index supports this claim.\n";
        return;
    }
    for (const query::SourceHit& source : r.hits) {
        const core::StoredUnit& s = source.hit.stored;
        std::cout << source.hit.rank << ". " << source.hit.citation << "  [" << s.lang;
        if (!s.doc.type.empty()) std::cout << " \u00B7 " << s.doc.type;
        if (const int year = s.doc.year(); year > 0) std::cout << " \u00B7 " << year;
        std::cout << "]";
        if (source.quote) std::cout << "  QUOTE";
        std::cout << "\n   " << (full ? s.unit.text : source.hit.snippet) << "\n";
        std::cout << "   Footnote: " << footnote(source, style) << "\n\n";
    }
}

nlohmann::json result_json(const query::SourcesResult& r, query::CitationStyle style) {
    nlohmann::json hits = nlohmann::json::array();
    for (const query::SourceHit& source : r.hits) {
        nlohmann::json j = query::render::hit_json(source.hit);
        j["quote"] = source.quote;
        j["overlap"] = std::round(source.overlap * 1000.0) / 1000.0;
        j["footnote"] = footnote(source, style);
        hits.push_back(std::move(j));
    }
    return {{"claim", r.claim}, {"concepts", r.concepts}, {"hits", std::move(hits)}};
}

int run_sources(const SourcesArgs& args) {
    std::vector<std::string> claims;
    if (!args.file.empty()) {
        claims = read_claims(args.file);
    } else {
        std::string claim;
        for (const std::string& w : args.words) claim += (claim.empty() ? "" : " ") + w;
        claims.push_back(claim);
    }
    const query::CitationStyle style = query::citation_style_from_string(args.style);
    query::SourcesRequest request;
    request.filters = args.filters.to_filters();
    request.limit = args.limit;
    request.cross_lang = !args.same_language_only;
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    warn_if_ranking_outdated(searcher);

    nlohmann::json all = nlohmann::json::array();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        request.claim = claims[i];
        const query::SourcesResult r = query::find_sources(searcher, request);
        if (args.format == "text") {
            if (claims.size() > 1)
                std::cout << (i ? "\n" : "") << "== Claim " << i + 1 << ": " << r.claim << "\n\n";
            print_text(r, style, args.full);
        } else if (args.format == "jsonl") {
            nlohmann::json j = result_json(r, style);
            for (nlohmann::json& hit : j["hits"]) {
                hit["claim"] = r.claim;
                std::cout << hit.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                          << "\n";
            }
        } else {
            all.push_back(result_json(r, style));
        }
    }
    if (args.format == "json") {
        const nlohmann::json out =
            claims.size() == 1 && args.file.empty() ? all.front() : nlohmann::json{{"claims", all}};
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    return kOk;
}

}  // namespace

Action add_sources_command(CLI::App& app) {
    auto args = std::make_shared<SourcesArgs>();
    CLI::App* cmd = app.add_subcommand(
        "sources", "Find the paragraphs that support a claim, with a footnote ready to paste");
    cmd->footer(
        "A quotation of a paragraph (also with other quotes, dashes or a footnote marker in it)\n"
        "is flagged QUOTE and ranked first. With --file, each paragraph of the file (blank lines\n"
        "between them) is a claim.");
    auto* claim = cmd->add_option("claim", args->words, "The claim, as written in the draft");
    auto* file = cmd->add_option("--file", args->file, "A draft: one claim per paragraph");
    claim->excludes(file);
    one_each(cmd->add_option("--db", args->dbs, "Index directory; repeat for several"));
    add_filter_options(cmd, args->filters);
    cmd->add_option("-n,--limit", args->limit, "Sources per claim (default 5)")
        ->check(CLI::Range(1, 1000));
    cmd->add_flag("--same-language", args->same_language_only,
                  "Do not look for sources in other languages through the thesaurus");
    cmd->add_flag("--full", args->full, "Show whole paragraphs instead of snippets");
    cmd->add_option("--style", args->style, "Footnote style: un (default), footnote or ru")
        ->check(CLI::IsMember({"un", "footnote", "ru"}));
    cmd->add_option("--format", args->format, "text (default), json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    return [args] {
        if (args->words.empty() && args->file.empty())
            throw QueryError("give the claim, or --file with a draft");
        return run_sources(*args);
    };
}

}  // namespace paragraf::cli
