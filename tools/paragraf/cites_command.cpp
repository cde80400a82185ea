// paragraf cites DOC|CITATION: what a document or one of its paragraphs cites.

#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "query/cites.hpp"
#include "query/render/citation_style.hpp"
#include "query/render/search_render.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/json_output.hpp"

namespace paragraf::cli {

namespace {

struct CitesArgs {
    std::vector<std::string> dbs;
    std::vector<std::string> words;
    std::string format = "text";
    std::string style = "un";
};

std::string status_note(const query::ResolvedTarget& t) {
    switch (t.status) {
        case query::TargetStatus::indexed:
            return "  (in the index)";
        case query::TargetStatus::pinpoint_missing:
            return "  (NOT FOUND: no such paragraph)";
        case query::TargetStatus::not_indexed:
            return "  (not in the index)";
        case query::TargetStatus::external:
            return "";
    }
    return "";
}

void print_text(const query::CitesResult& r) {
    if (r.units.empty()) {
        std::cout << r.subject << " cites nothing Paragraf recognises.\n";
        return;
    }
    std::cout << r.subject << ": " << r.citations
              << (r.citations == 1 ? " citation in " : " citations in ") << r.units.size()
              << (r.units.size() == 1 ? " paragraph" : " paragraphs") << ".\n";
    for (const query::CitingUnit& u : r.units) {
        std::cout << "\n" << u.citation << "\n";
        for (const query::CitationEntry& e : u.entries) {
            std::cout << "  \u201C" << e.citation.text << "\u201D";
            if (!e.citation.via.empty()) std::cout << " (fn. " << e.citation.via << ")";
            if (e.targets.size() == 1) {
                std::cout << " \u2192 " << e.targets.front().target
                          << status_note(e.targets.front()) << "\n";
                continue;
            }
            std::cout << "\n";
            for (const query::ResolvedTarget& t : e.targets)
                std::cout << "      \u2192 " << t.target << status_note(t) << "\n";
        }
    }
}

nlohmann::json entries_json(const std::vector<query::CitationEntry>& entries) {
    nlohmann::json out = nlohmann::json::array();
    for (const query::CitationEntry& e : entries) {
        nlohmann::json targets = nlohmann::json::array();
        for (const query::ResolvedTarget& t : e.targets) {
            nlohmann::json jt{
                {"key", t.key}, {"target", t.target}, {"status", to_string(t.status)}};
            if (!t.symbol.empty()) jt["symbol"] = t.symbol;
            if (!t.target_text.empty()) jt["text"] = t.target_text;
            targets.push_back(std::move(jt));
        }
        nlohmann::json j{
            {"text", e.citation.text}, {"kind", e.citation.kind}, {"targets", std::move(targets)}};
        if (!e.citation.via.empty()) j["footnote"] = e.citation.via;
        if (e.citation.short_form) j["short_form"] = true;
        out.push_back(std::move(j));
    }
    return out;
}

int run_cites(const CitesArgs& args) {
    std::string subject;
    for (const std::string& w : args.words) subject += (subject.empty() ? "" : " ") + w;
    query::Searcher searcher(args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs);
    query::CitesResult r = query::cites(searcher, subject);
    const query::CitationStyle style = query::citation_style_from_string(args.style);
    for (query::CitingUnit& u : r.units) u.citation = query::format_citation(u.unit, style);
    if (args.format == "text") {
        print_text(r);
        return kOk;
    }
    nlohmann::json hits = nlohmann::json::array();
    std::size_t rank = 0;
    for (const query::CitingUnit& u : r.units) {
        query::Hit hit;
        hit.rank = ++rank;
        hit.citation = u.citation;
        hit.stored = u.unit;
        hit.snippet = u.unit.unit.text;  // nothing was searched for: the whole unit
        nlohmann::json j = query::render::hit_json(hit);
        j["cites"] = entries_json(u.entries);
        hits.push_back(std::move(j));
    }
    print_json_result({{"subject", r.subject}, {"citations", r.citations}, {"hits", hits}},
                      args.format);
    return kOk;
}

}  // namespace

Action add_cites_command(CLI::App& app) {
    auto args = std::make_shared<CitesArgs>();
    CLI::App* cmd = app.add_subcommand(
        "cites", "List what a document or a paragraph cites, resolved against the index");
    cmd->footer(
        "Examples: paragraf cites E/C.12/KAZ/Q/3            (a symbol: its English version)\n"
        "          paragraf cites ngo-xar-harm-reduction-2025-en   (a document id)\n"
        "          paragraf cites \"E/C.12/XAR/Q/3, para. 9\"");
    cmd->add_option("subject", args->words, "Document id, symbol, or citation of a paragraph")
        ->required();
    cmd->add_option("--db", args->dbs, "Index directory; repeat for several")
        ->allow_extra_args(false);
    cmd->add_option("--style", args->style, "Citation style: un (default), footnote or ru")
        ->check(CLI::IsMember({"un", "footnote", "ru"}));
    cmd->add_option("--format", args->format, "text (default), json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    return [args] { return run_cites(*args); };
}

}  // namespace paragraf::cli
