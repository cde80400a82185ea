#pragma once
// Parses what a user types into a Xapian query, analysing words with the indexing pipeline.

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/analyzer.hpp"
#include "query/filters.hpp"

namespace paragraf::query {

/// The words a query looks for, to mark them in snippets.
struct MatchTerms {
    std::set<std::string> plain;  ///< normalised words, matched exactly
    std::set<std::string> stems;  ///< stems of words, as indexed after the stem prefix
    std::vector<std::vector<std::string>> phrases;  ///< normalised words of each phrase
};

struct ParsedQuery {
    Xapian::Query query;  ///< free text combined with all filters
    MatchTerms terms;
    bool has_text = false;      ///< false for a query of filters only
    bool filtered = false;      ///< true when filters restrict the query
    std::string positive_text;  ///< words and phrases looked for, in order (not excluded ones)
    std::vector<std::string> concepts;  ///< concept ids filtered on (options and concept:)
    /// The same query needing only some of its top-level words (OR instead of AND), to fall
    /// back on when no paragraph has them all; empty for queries of one clause.
    Xapian::Query relaxed;
};

/// Syntax: words (all must match), "exact phrases", a OR b, NOT word, -word, ( groups ),
/// and field:value filters (country, body, type, lang, year, symbol, kind).
/// OR binds tighter than the implied AND, as in web search engines: `a b OR c` means
/// a AND (b OR c). Throws paragraf::QueryError for malformed queries.
class QueryParser {
  public:
    explicit QueryParser(const core::Analyzer& analyzer) : analyzer_(analyzer) {}

    /// Given the words a query looks for, a query for more ways to say the same (or empty).
    using Expander = std::function<Xapian::Query(const std::string& positive_text)>;

    /// `filters` come from command-line options; they are added to those in the query text.
    /// `expand`, when given, adds alternatives to the free text (cross-language search).
    ParsedQuery parse(const std::string& text, Filters filters = {},
                      const Expander& expand = {}) const;

  private:
    const core::Analyzer& analyzer_;
};

}  // namespace paragraf::query
