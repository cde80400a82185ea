// paragraf cited-by "E/C.12/KAZ/CO/2, paras. 46-47": every paragraph that cites it.

#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "query/cited_by.hpp"
#include "query/render/citation_style.hpp"
#include "query/render/search_render.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/filter_options.hpp"
#include "tools/paragraf/json_output.hpp"

namespace paragraf::cli {

namespace {

struct CitedByArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    FilterArgs filters;
    std::size_t limit = 50;
    std::size_t offset = 0;
    std::string format = "text";
    std::string style = "un";
};

nlohmann::json citations_json(const std::vector<core::UnitCitation>& citations) {
    nlohmann::json out = nlohmann::json::array();
    for (const core::UnitCitation& c : citations) {
        nlohmann::json j{{"text", c.text}, {"kind", c.kind}, {"keys", c.keys}};
        if (!c.via.empty()) j["footnote"] = c.via;
        if (c.short_form) j["short_form"] = true;
        out.push_back(std::move(j));
    }
    return out;
}

void print_text(const query::CitedByResult& r) {
    if (r.hits.empty()) {
        std::cout << "Nothing in the index cites " << r.citation << ".\n";
        return;
    }
    std::cout << r.citation << " is cited by " << r.total
              << (r.total == 1 ? " paragraph" : " paragraphs") << ".\n\n";
    for (const query::CitingHit& citing : r.hits) {
        const core::StoredUnit& s = citing.hit.stored;
        std::cout << citing.hit.rank << ". " << citing.hit.citation << "  [" << s.lang;
        if (!s.doc.type.empty()) std::cout << " \u00B7 " << s.doc.type;
        if (const int year = s.doc.year(); year > 0) std::cout << " \u00B7 " << year;
        std::cout << "]\n   " << citing.sentence << "\n";
        for (const core::UnitCitation& c : citing.citations) {
            std::cout << "   cites: " << c.text;
            if (!c.via.empty()) std::cout << "  (in fn. " << c.via << ")";
            if (c.short_form) std::cout << "  (short form)";
            std::cout << "\n";
        }
        std::cout << "\n";
    }
    const std::size_t last = r.hits.back().hit.rank;
    if (last < r.total) std::cout << "Next page: --offset " << last << ".\n";
}

int run_cited_by(const CitedByArgs& args) {
    query::CitedByRequest request;
    for (const std::string& w : args.words)
        request.citation += (request.citation.empty() ? "" : " ") + w;
    request.filters = args.filters.to_filters();
    request.limit = args.limit;
    request.offset = args.offset;
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    query::CitedByResult r = query::cited_by(searcher, request);
    const query::CitationStyle style = query::citation_style_from_string(args.style);
    for (query::CitingHit& citing : r.hits)
        citing.hit.citation = query::format_citation(citing.hit.stored, style);
    if (args.format == "text") {
        print_text(r);
        return kOk;
    }
    nlohmann::json hits = nlohmann::json::array();
    for (const query::CitingHit& citing : r.hits) {
        nlohmann::json j = query::render::hit_json(citing.hit);
        j["citing_sentence"] = citing.sentence;
        j["citations"] = citations_json(citing.citations);
        hits.push_back(std::move(j));
    }
    print_json_result({{"citation", r.citation},
                       {"targets", r.targets},
                       {"total", r.total},
                       {"offset", args.offset},
                       {"hits", hits}},
                      args.format);
    return kOk;
}

}  // namespace

Action add_cited_by_command(CLI::App& app) {
    auto args = std::make_shared<CitedByArgs>();
    CLI::App* cmd = app.add_subcommand(
        "cited-by", "List the paragraphs that cite a paragraph, a document, an article or a URL");
    cmd->footer(
        "Examples: paragraf cited-by \"E/C.12/KAZ/CO/2, paras. 46-47\"\n"
        "          paragraf cited-by E/C.12/KAZ/CO/2        (any paragraph of it)\n"
        "          paragraf cited-by \"article 12 ICESCR\" --country KAZ");
    cmd->add_option("citation", args->words, "What is cited, as written in a footnote")->required();
    one_each(cmd->add_option("--db", args->dbs, "Index directory; repeat for several"));
    add_filter_options(cmd, args->filters);
    cmd->add_option("-n,--limit", args->limit, "Citing paragraphs per page (default 50)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--offset", args->offset, "Citing paragraphs to skip (for paging)");
    cmd->add_option("--style", args->style, "Citation style: un (default), footnote or ru")
        ->check(CLI::IsMember({"un", "footnote", "ru"}));
    cmd->add_option("--format", args->format, "text (default), json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    return [args] { return run_cited_by(*args); };
}

}  // namespace paragraf::cli
