#pragma once
// The filter options every searching subcommand takes (--country, --body, --type, ...).

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "query/filters.hpp"

namespace paragraf::cli {

struct FilterArgs {
    std::vector<std::string> country, body, type, lang, year, symbol, kind, concept_ids;

    /// Checks the values (paragraf::QueryError) and returns them as filters.
    query::Filters to_filters() const;
};

/// Registers the options on `cmd`; each takes one value per occurrence (repeat it for more),
/// so that the words after `--country KAZ` are not taken for more countries.
void add_filter_options(CLI::App* cmd, FilterArgs& args);

/// Each option of `option` takes one value per occurrence.
CLI::Option* one_each(CLI::Option* option);

}  // namespace paragraf::cli
