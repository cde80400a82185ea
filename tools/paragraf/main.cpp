// paragraf: full-text search and citation index for UN human-rights documents.
// Parses the command line, runs one subcommand, and turns errors into messages and exit codes.

#include <iostream>
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

    std::vector<std::pair<CLI::App*, Action>> commands;
    auto add = [&](Action (*adder)(CLI::App&)) {
        const std::size_t before = app.get_subcommands({}).size();
        Action action = adder(app);
        commands.emplace_back(app.get_subcommands({}).at(before), std::move(action));
    };
    add(add_index_command);
    add(add_search_command);
    add(add_analyze_command);
    add(add_cite_command);
    add(add_cited_by_command);
    add(add_cites_command);
    add(add_sources_command);
    add(add_crossref_command);
    add(add_stats_command);
    add(add_compact_command);

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
