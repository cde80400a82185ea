#pragma once
// Implemented in the formats module, loaded on first use (formats_module.hpp).
// Reader for PDF documents with a text layer (UN reports as published on the ODS), via poppler.
//
// The reader takes the words poppler finds on each page with their bounding boxes, groups them
// into lines, drops running headers and footers (page numbers, job numbers such as
// "GE.24-01234(E)", the document symbol and other lines repeated at the top or bottom of most
// pages), reads two-column pages column by column, rebuilds paragraphs from lines (joining
// lines, undoing hyphenation at line ends) and hands the text to the plain-text reader, which
// recovers numbered paragraphs, sub-paragraphs and headings.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// Reads a PDF file's bytes. `path` is used for messages and for meta.id/source_path.
///
/// Fills the meta fields read_text_document fills; meta.symbol also from a running header that
/// looks like a UN symbol ("A/HRC/55/99") when the text itself does not provide one.
///
/// Throws paragraf::InputError for content that is not a PDF or that poppler cannot parse
/// ("corrupt PDF: ..."), for files that need a password to open ("encrypted PDF: ..."; files
/// encrypted with an owner password only, to restrict copying or printing, are read), for PDFs
/// whose pages carry no text ("no text layer: the PDF is scanned images and needs OCR"), and for
/// whatever read_text_document rejects in the rebuilt text.
core::Document read_pdf_document(std::string_view content, const std::string& path);

}  // namespace paragraf::indexer
