#pragma once
// Reader for plain-text documents, typically NGO submissions exported from Word.
//
// Word's text export leaves markers in the text: `[bookmark: name]`, `[footnoteRef:N]` where a
// footnote is cited, and `[N: body]` for the body of footnote N (often right after its ref,
// sometimes spanning lines). The reader strips them, turns footnote bodies into footnote units
// and recovers the paragraph structure (numbered paragraphs, sub-paragraphs, bullets, numbered
// and unnumbered headings) so that every unit carries the pinpoint label users cite.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// Reads a plain-text (UTF-8) document. `path` is used for messages and for meta.id/source_path.
///
/// Fills meta.id (file name without extension), meta.source_path and meta.title; when the
/// document opens with a UN header (symbol, committee, date, title lines) also meta.symbol,
/// meta.author and meta.date. Other meta fields are left empty for the caller.
///
/// Throws paragraf::InputError for binary content (NUL bytes), invalid UTF-8 (with the line)
/// and documents that hold nothing but whitespace. Runs in time linear in the input size.
core::Document read_text_document(std::string_view content, const std::string& path);

}  // namespace paragraf::indexer
