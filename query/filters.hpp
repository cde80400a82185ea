#pragma once
// Restrictions on which units a search may return: country, body, type, language, year...

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace paragraf::query {

struct YearRange {
    int from = 0;
    int to = 0;
};

/// Values within one field are alternatives (OR); fields are combined with AND.
struct Filters {
    std::vector<std::string> countries;
    std::vector<std::string> bodies;
    std::vector<std::string> types;
    std::vector<std::string> langs;
    std::vector<std::string> symbols;
    std::vector<std::string> kinds;
    std::vector<std::string> concepts;  ///< thesaurus concept ids
    std::vector<YearRange> years;

    bool empty() const;

    /// Adds a filter by field name ("country", "body", "type", "lang", "year", "symbol",
    /// "kind", "concept"). Checks the value and throws paragraf::QueryError with a helpful message.
    void add(const std::string& field, const std::string& value);

    /// True for the field names add() accepts.
    static bool is_field(const std::string& field);

    /// The Xapian query matching exactly the allowed units; MatchAll when empty().
    Xapian::Query to_query() const;
};

/// Parses "2019" or "2019..2025" (either end may be open: "..2019", "2019..").
YearRange parse_year_range(const std::string& text);

}  // namespace paragraf::query
