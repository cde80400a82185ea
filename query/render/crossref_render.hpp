#pragma once
// Output of `paragraf crossref`: a Markdown or HTML report a researcher can paste or open, CSV
// for spreadsheets, JSON for tools (shape in docs/crossref.md).

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/thesaurus.hpp"
#include "query/crossref.hpp"

namespace paragraf::query::render {

struct CrossrefOptions {
    /// Group the claims by Covenant article (right) instead of document order.
    bool group_by_right = false;
    std::size_t claim_bytes = 400;  ///< claims are quoted up to this length
    std::size_t quote_bytes = 300;  ///< matches are quoted up to this length
};

void crossref_markdown(std::ostream& out, const CrossrefResult& result,
                       const core::Thesaurus& thesaurus, const CrossrefOptions& options);

/// One self-contained page (inline CSS, no scripts); all text escaped.
void crossref_html(std::ostream& out, const CrossrefResult& result,
                   const core::Thesaurus& thesaurus, const CrossrefOptions& options);

/// One row per match (one with empty match columns for a silent claim), RFC 4180 quoting.
void crossref_csv(std::ostream& out, const CrossrefResult& result);

/// {"source": {doc}, "against": "...", "summary": {...}, "claims": [...]}.
nlohmann::json crossref_json_value(const CrossrefResult& result);
void crossref_json(std::ostream& out, const CrossrefResult& result);

/// A CSV field, quoted when it holds a comma, a quote or a line break (quotes doubled).
std::string csv_field(const std::string& value);

/// Text with &, <, >, " and ' escaped for HTML.
std::string html_escape(const std::string& text);

}  // namespace paragraf::query::render
