// paragraf cite "E/C.12/KAZ/CO/2, para. 46" [--lang ru|all]: the text a citation points to.

#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/citation.hpp"
#include "query/cite.hpp"
#include "tools/paragraf/commands.hpp"

namespace paragraf::cli {

namespace {

struct CiteArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    std::vector<std::string> langs;
    std::string format = "text";
};

void print_text(const query::CiteResult& r) {
    bool first = true;
    for (const core::StoredUnit& v : r.versions) {
        if (!first) std::cout << "\n";
        first = false;
        std::cout << core::citation(v.doc, v.unit) << "  [" << v.lang << "]\n";
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
}

int run_cite(const CiteArgs& args) {
    std::string text;
    for (const std::string& w : args.words) text += (text.empty() ? "" : " ") + w;
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    const query::CiteResult r = query::cite(searcher, text, args.langs);
    const std::string wanted =
        r.citation.symbol + ", " +
        core::pinpoint(core::Unit{core::UnitKind::paragraph, r.citation.label, {}, {}, {}});
    if (args.format == "json") {
        nlohmann::json versions = nlohmann::json::array();
        for (const core::StoredUnit& v : r.versions)
            versions.push_back({{"citation", core::citation(v.doc, v.unit)},
                                {"lang", v.lang},
                                {"text", v.unit.text},
                                {"doc", core::meta_json(v.doc)},
                                {"paragraph",
                                 {{"label", v.unit.label},
                                  {"kind", core::to_string(v.unit.kind)},
                                  {"section", v.unit.section_path}}}});
        std::cout << nlohmann::json{{"citation", wanted},
                                    {"found", !r.versions.empty()},
                                    {"versions", versions},
                                    {"nearest", r.nearest}}
                         .dump(2)
                  << "\n";
    } else if (!r.versions.empty()) {
        print_text(r);
    } else if (r.symbol_known && r.nearest.empty()) {
        std::cout << wanted << " is in the index, but not in the language asked for.\n";
    } else {
        std::cout << wanted << " is not in the index";
        if (!r.symbol_known) std::cout << " (no document " << r.citation.symbol << ")";
        std::cout << ".\n";
        if (!r.nearest.empty()) {
            std::cout << "Nearest:";
            for (const std::string& n : r.nearest) std::cout << "\n  " << n;
            std::cout << "\n";
        }
    }
    return r.versions.empty() ? kInputFailed : kOk;
}

}  // namespace

Action add_cite_command(CLI::App& app) {
    auto args = std::make_shared<CiteArgs>();
    CLI::App* cmd = app.add_subcommand(
        "cite", "Show the paragraph a citation points to (E/C.12/KAZ/CO/2, para. 46)");
    cmd->add_option("citation", args->words, "The citation, as written in a footnote")->required();
    cmd->add_option("--db", args->dbs, "Index directory; repeat for several")
        ->allow_extra_args(false);
    cmd->add_option("--lang", args->langs, "Language versions to show: en, ru, kk, or all")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->check(CLI::IsMember({"en", "ru", "kk", "all"}));
    cmd->add_option("--format", args->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    return [args] { return run_cite(*args); };
}

}  // namespace paragraf::cli
