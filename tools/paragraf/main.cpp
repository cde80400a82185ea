// paragraf: full-text search and citation index for UN human-rights documents.
// Parses the command line, runs one subcommand, and turns errors into messages and exit codes.

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "tools/paragraf/commands.hpp"

int main(int argc, char** argv) {
    using namespace paragraf::cli;
    CLI::App app{
        "Paragraf: search UN human-rights documents paragraph by paragraph, with citations"};
    app.name("paragraf");
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("paragraf 0.1.0"));

    // Registering a subcommand builds all its options: for the ten, 5% of the samples of a
    // short search process. When the first argument names one, only it is built; help,
    // version and mistakes get them all.
    const std::vector<std::pair<std::string_view, Action (*)(CLI::App&)>> adders = {
        {"index", add_index_command},       {"search", add_search_command},
        {"analyze", add_analyze_command},   {"cite", add_cite_command},
        {"cited-by", add_cited_by_command}, {"cites", add_cites_command},
        {"sources", add_sources_command},   {"crossref", add_crossref_command},
        {"stats", add_stats_command},       {"compact", add_compact_command}};
    const std::string_view first = argc > 1 ? argv[1] : "";
    const bool named = std::any_of(adders.begin(), adders.end(),
                                   [&](const auto& adder) { return adder.first == first; });
    std::vector<std::pair<CLI::App*, Action>> commands;
    for (const auto& [name, adder] : adders) {
        if (named && name != first) continue;
        const std::size_t before = app.get_subcommands({}).size();
        Action action = adder(app);
        CLI::App* sub = app.get_subcommands({}).at(before);
        if (sub->get_name() != name) {
            std::cerr << "paragraf: internal error: subcommand " << sub->get_name()
                      << " is listed as " << name << "\n";
            return kInputFailed;
        }
        commands.emplace_back(sub, std::move(action));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int status = app.exit(e);
        return status == 0 ? kOk : kUsage;
    }
    try {
        for (auto& [sub, action] : commands)
            if (sub->parsed()) return action();
    } catch (const paragraf::QueryError& e) {
        std::cerr << "paragraf: bad query: " << e.what() << "\n";
        return kUsage;
    } catch (const paragraf::Error& e) {
        std::cerr << "paragraf: " << e.what() << "\n";
        return kInputFailed;
    } catch (const std::exception& e) {
        std::cerr << "paragraf: internal error: " << e.what() << "\n";
        return kInputFailed;
    }
    return kUsage;
}
