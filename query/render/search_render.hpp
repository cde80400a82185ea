#pragma once
// Output of search results: text for people, JSON and JSON Lines for tools
// (schemas/search-result.schema.json documents the JSON).

#include <ostream>

#include <nlohmann/json.hpp>

#include "query/searcher.hpp"

namespace paragraf::query::render {

struct TextOptions {
    bool full = false;   ///< whole paragraph instead of a snippet
    bool color = false;  ///< ANSI bold for matches and citations (terminals only)
};

void search_text(std::ostream& out, const SearchResult& result, const TextOptions& options);

/// One hit as the JSON object tools rely on.
nlohmann::json hit_json(const Hit& hit);

/// The whole result as one JSON document.
void search_json(std::ostream& out, const SearchResult& result);

/// One JSON object per hit, one per line.
void search_jsonl(std::ostream& out, const SearchResult& result);

}  // namespace paragraf::query::render
