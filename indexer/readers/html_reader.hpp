#pragma once
// Implemented in the formats module, loaded on first use (formats_module.hpp).
// Reader for HTML pages: treaty-body web pages and texts like the UDHR in ../shared.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// Reads an HTML page (parsed with gumbo, an HTML5 parser: no DTDs, no external entities).
/// Headings make sections; "Article 25" / "Статья 25" / "25-бап" headings (or
/// <article data-number="25">) give pinpoints "art. 25", "art. 25 (1)", "art. 2, para. 2";
/// paragraphs starting with a number ("46. ...") are numbered paragraphs; list items follow
/// the paragraph they belong to. Metadata: title from <h1> (else <title>), language from
/// <html lang>, id from the file name. Throws InputError for pages without text.
core::Document read_html_document(std::string_view content, const std::string& path);

}  // namespace paragraf::indexer
