#pragma once
// A short extract of a paragraph around the words a query matched, with those words marked.

#include <string>
#include <utility>
#include <vector>

#include "core/analyzer.hpp"
#include "query/query_parser.hpp"

namespace paragraf::query {

struct SnippetOptions {
    std::size_t max_bytes = 260;  ///< of text, not counting marks and ellipses
    std::string mark_begin = "**";
    std::string mark_end = "**";
};

/// The extract of `text` (in language `lang`) that holds the most matched words, cut at word
/// boundaries, with "…" where text was left out. Whole text when it is short enough.
/// `extra` are more byte ranges of `text` to mark (e.g. where a concept of the query occurs in
/// another language).
std::string make_snippet(const std::string& text, const std::string& lang, const MatchTerms& terms,
                         const core::Analyzer& analyzer, const SnippetOptions& options = {},
                         const std::vector<std::pair<std::size_t, std::size_t>>& extra = {});

}  // namespace paragraf::query
