// paragraf crossref SOURCE --against TARGETS: each claim of a document with the paragraphs of
// the target set that address it, or the plain statement that none does.

#include <filesystem>
#include <iostream>
#include <memory>

#include "core/error.hpp"
#include "indexer/document_loader.hpp"
#include "query/crossref.hpp"
#include "query/render/crossref_render.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/filter_options.hpp"

namespace paragraf::cli {

namespace {

struct CrossrefArgs {
    std::vector<std::string> dbs;
    std::string source;
    std::string against;
    std::string from;
    std::string follow_up;
    std::string lang;
    std::vector<std::string> parallel;
    std::size_t limit = 3;
    bool same_language_only = false;
    bool all_matches = false;
    std::string group_by = "claim";
    std::string format = "markdown";
};

// A file is read on the fly (it need not be indexed); anything else is an indexed document's
// id or symbol.
core::Document source_document(query::Searcher& searcher, const std::string& name,
                               const std::string& lang) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(name, ec)) return indexer::load_document(name);
    if (std::optional<core::Document> doc = query::indexed_document(searcher, name, lang))
        return *doc;
    throw QueryError("\"" + name +
                     "\" is neither a file nor the id or symbol of an indexed document");
}

std::string describe(const query::Filters& f) {
    std::string out;
    auto add = [&](const char* field, const std::vector<std::string>& values) {
        for (const std::string& v : values) out += (out.empty() ? "" : ",") + (field + ("=" + v));
    };
    add("type", f.types);
    add("country", f.countries);
    add("body", f.bodies);
    add("lang", f.langs);
    add("symbol", f.symbols);
    add("kind", f.kinds);
    add("concept", f.concepts);
    for (const query::YearRange& y : f.years)
        out += (out.empty() ? "" : ",") + ("year=" + (y.from ? std::to_string(y.from) : "") + ".." +
                                           (y.to ? std::to_string(y.to) : ""));
    return out.empty() ? "the whole index" : out;
}

int run_crossref(const CrossrefArgs& args) {
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    warn_if_ranking_outdated(searcher);
    const std::string& name =
        !args.from.empty() ? args.from : (!args.follow_up.empty() ? args.follow_up : args.source);
    const core::Document source = source_document(searcher, name, args.lang);

    query::CrossrefRequest request;
    request.limit = args.limit;
    request.parallel_langs = args.parallel;
    request.cross_lang = !args.same_language_only;
    request.keep_weak = args.all_matches;
    if (!args.follow_up.empty()) request.scope = query::ClaimScope::recommendations;
    std::string against = args.against;
    if (!against.empty()) {
        request.against = query::parse_against(against);
        if (against.find('=') != std::string::npos) against = describe(request.against);
    } else if (!args.from.empty()) {
        request.against = query::reverse_targets(source.meta);
        against = describe(request.against);
    } else if (!args.follow_up.empty()) {
        request.against = query::follow_up_targets(source.meta);
        against = describe(request.against);
    } else {
        throw QueryError(
            "say what to compare with: --against SYMBOL or --against "
            "type=state-report,country=KAZ (or use --from / --follow-up)");
    }

    const query::CrossrefResult result = query::crossref(searcher, source, request, against);
    query::render::CrossrefOptions options;
    options.group_by_right = args.group_by == "right";
    const core::Thesaurus& thesaurus = searcher.thesaurus();
    if (args.format == "json")
        query::render::crossref_json(std::cout, result);
    else if (args.format == "csv")
        query::render::crossref_csv(std::cout, result);
    else if (args.format == "html")
        query::render::crossref_html(std::cout, result, thesaurus, options);
    else
        query::render::crossref_markdown(std::cout, result, thesaurus, options);
    return kOk;
}

}  // namespace

Action add_crossref_command(CLI::App& app) {
    auto args = std::make_shared<CrossrefArgs>();
    CLI::App* cmd = app.add_subcommand(
        "crossref", "Put each claim of a document beside the paragraphs of other documents on it");
    cmd->footer(
        "SOURCE is a file (read on the fly, indexed or not), or an indexed document's id or\n"
        "symbol. Each of its paragraphs is a claim; a claim is \"addressed\" when a paragraph of\n"
        "the target set covers enough of it (docs/crossref.md), else \"silent\".\n"
        "  paragraf crossref submission.txt --against type=state-report,country=KAZ\n"
        "  paragraf crossref ngo-xar-harm-reduction-2025-en --against E/C.12/XAR/3\n"
        "  paragraf crossref --from E/C.12/XAR/3         (which submissions contest it)\n"
        "  paragraf crossref --follow-up E/C.12/XAR/CO/2 (what later reports say on each\n"
        "                                                 recommendation)");
    auto* source = cmd->add_option("source", args->source, "The document whose claims to check");
    auto* from = cmd->add_option(
        "--from", args->from,
        "A State report: its paragraphs against the NGO submissions on the same country");
    auto* follow = cmd->add_option(
        "--follow-up", args->follow_up,
        "Concluding observations: each recommendation against later reports and submissions");
    source->excludes(from)->excludes(follow);
    from->excludes(follow);
    one_each(
        cmd->add_option("--against", args->against,
                        "Target set: a symbol, or filters like type=state-report,country=KAZ"));
    one_each(cmd->add_option("--db", args->dbs, "Index directory; repeat for several"));
    cmd->add_option("--lang", args->lang,
                    "Which language version of an indexed SOURCE to read (default en)");
    one_each(cmd->add_option("--parallel", args->parallel,
                             "Also show each match in this language (repeat for more)"));
    cmd->add_option("-n,--limit", args->limit, "Matches per claim (default 3)")
        ->check(CLI::Range(1, 100));
    cmd->add_flag("--same-language", args->same_language_only,
                  "Do not match paragraphs in other languages through the thesaurus");
    cmd->add_flag("--all-matches", args->all_matches,
                  "Also list weak matches (below the threshold) of silent claims");
    cmd->add_option("--group-by", args->group_by,
                    "claim (default: document order) or right (Covenant article)")
        ->check(CLI::IsMember({"claim", "right"}));
    cmd->add_option("--format", args->format, "markdown (default), html, csv or json")
        ->check(CLI::IsMember({"markdown", "html", "csv", "json"}));
    return [args] {
        if (args->source.empty() && args->from.empty() && args->follow_up.empty())
            throw QueryError("give the document whose claims to check (or --from, --follow-up)");
        return run_crossref(*args);
    };
}

}  // namespace paragraf::cli
