// paragraf search [options] QUERY

#include <iostream>
#include <memory>

#include "core/error.hpp"
#include "query/render/search_render.hpp"
#include "query/searcher.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/filter_options.hpp"

namespace paragraf::cli {

namespace {

struct SearchArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    FilterArgs filters;
    bool cross_lang = false;
    std::size_t limit = 10;
    std::size_t offset = 0;
    bool full = false;
    std::string format = "text";
    std::string color = "auto";
    std::vector<std::string> parallel;
};

int run_search(const SearchArgs& args) {
    query::SearchRequest request;
    for (const std::string& w : args.words) request.text += (request.text.empty() ? "" : " ") + w;
    request.filters = args.filters.to_filters();
    request.cross_lang = args.cross_lang;
    for (const std::string& lang : args.parallel) {
        if (lang == "all") {
            request.parallel_langs = {"en", "ru", "kk"};
            break;
        }
        request.parallel_langs.push_back(lang);
    }
    request.limit = args.limit;
    request.offset = args.offset;

    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    const query::SearchResult result = searcher.search(request);
    warn_if_ranking_outdated(searcher);
    if (args.format == "json") {
        query::render::search_json(std::cout, result);
    } else if (args.format == "jsonl") {
        query::render::search_jsonl(std::cout, result);
    } else {
        query::render::TextOptions options;
        options.full = args.full;
        options.color = args.color == "always" || (args.color == "auto" && stdout_is_terminal());
        query::render::search_text(std::cout, result, options);
    }
    return kOk;
}

}  // namespace

Action add_search_command(CLI::App& app) {
    auto args = std::make_shared<SearchArgs>();
    CLI::App* cmd =
        app.add_subcommand("search", "Search paragraphs; every hit comes with its citation");
    cmd->footer(
        "Query syntax: words (all must match), \"exact phrase\", a OR b, NOT word, -word, ( ),\n"
        "and filters in the query: country:KAZ body:CESCR type:concluding-observations lang:ru\n"
        "year:2019 year:2019..2025 symbol:E/C.12/KAZ/CO/2 kind:footnote concept:oat");
    cmd->add_option("query", args->words, "Query words")->required();
    one_each(cmd->add_option("--db", args->dbs, "Index directory; repeat to search several"));
    add_filter_options(cmd, args->filters);
    cmd->add_option("-n,--limit", args->limit, "Hits per page (default 10)")
        ->check(CLI::Range(1, 10000));
    cmd->add_option("--offset", args->offset, "Hits to skip (for paging)");
    cmd->add_flag("--cross-lang", args->cross_lang,
                  "Also find paragraphs in other languages that name the same concepts");
    cmd->add_option("--parallel", args->parallel,
                    "Also show each paragraph in these language versions: ru,kk or all")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"en", "ru", "kk", "all"}));
    cmd->add_flag("--full", args->full, "Show whole paragraphs instead of snippets");
    cmd->add_option("--format", args->format, "text (default), json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    cmd->add_option("--color", args->color, "auto (default), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    return [args] { return run_search(*args); };
}

}  // namespace paragraf::cli
