#pragma once
// Implemented in the formats module, loaded on first use (formats_module.hpp).
// Reader for Word (.docx, Office Open XML) documents.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// Reads a .docx file held in memory. `path` is used for messages and for meta.id/source_path.
///
/// The zip is read with bounded decompression (sizes in the zip headers are not trusted: at most
/// 64 MiB per part and 256 MiB in all are inflated); XML parts must not contain a DTD and
/// entities are never expanded.
///
/// Parts are found through the package relationships (_rels/.rels and the main part's .rels),
/// with Word's names (word/document.xml, styles.xml, numbering.xml, footnotes.xml) as fallback.
///
/// Units: paragraphs of the main part in order (tracked insertions kept, deletions and hidden
/// text dropped, tabs and breaks as spaces), one unit per table row (cells joined with " | ").
/// Labels follow Word's automatic numbering (word/numbering.xml, with start overrides and
/// restarts) so that "para. 46" is the paragraph Word shows as 46: "46", sub-paragraphs
/// "46 (a)" and "46 (a) (i)", bullets "46, bullet 2"; typed numbers ("46. The ...") count when
/// there is no automatic numbering; other paragraphs get "¶K", or "S/K" inside a numbered
/// section S. Headings (Heading 1..9, outline levels) make the section path. Footnotes become
/// units "fn. N" (N: the number Word shows), placed last. Metadata: title (dc:title, else the
/// Title style, else the first heading), author (dc:creator), language (w:lang of the default
/// style: en, ru or kk).
///
/// Throws paragraf::InputError for corrupt, truncated or encrypted files (also the OLE container
/// of password-protected .docx), zip bombs, XML with a DTD or nested absurdly deep, and documents
/// without text.
core::Document read_docx_document(std::string_view content, const std::string& path);

}  // namespace paragraf::indexer
