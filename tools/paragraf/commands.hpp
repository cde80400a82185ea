#pragma once
// The subcommands of the `paragraf` CLI. Each registers its options and returns the exit status.

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace paragraf::query {
class Searcher;
}

namespace paragraf::cli {

/// Exit statuses, as documented in the README.
enum Exit : int { kOk = 0, kInputFailed = 1, kUsage = 2 };

/// A subcommand's action, run after parsing; returns the exit status.
using Action = std::function<int()>;

Action add_index_command(CLI::App& app);
Action add_search_command(CLI::App& app);
Action add_analyze_command(CLI::App& app);
Action add_stats_command(CLI::App& app);
Action add_cite_command(CLI::App& app);
Action add_cited_by_command(CLI::App& app);
Action add_cites_command(CLI::App& app);
Action add_sources_command(CLI::App& app);
Action add_crossref_command(CLI::App& app);
Action add_compact_command(CLI::App& app);

/// Compacts the index at `db` and prints what it gained (`compact`, `index --compact`).
void compact_and_report(const std::string& db);

/// The index used when --db is not given: $PARAGRAF_DB, else ./.paragraf
std::string default_db();

/// Warns on standard error when an index was written for another ranking scheme than this
/// Paragraf's (its hits are then ordered differently until it is indexed again).
void warn_if_ranking_outdated(const query::Searcher& searcher);

/// True when standard output is a terminal (for colour and progress).
bool stdout_is_terminal();

}  // namespace paragraf::cli
