#pragma once
// Cited documents as entries for reference managers (Zotero, Mendeley, EndNote, BibTeX/biblatex):
// CSL-JSON, RIS and BibTeX (docs/citation-styles.md shows one entry of each).

#include <string>
#include <string_view>
#include <vector>

#include "core/stored_unit.hpp"

namespace paragraf::query {

enum class ReferenceFormat { csl_json, ris, bibtex };

/// Parses "csl-json", "ris", "bibtex"; throws paragraf::QueryError naming the valid ones.
ReferenceFormat reference_format_from_string(std::string_view name);
const char* to_string(ReferenceFormat format);

/// One entry per distinct document of `units` (by document id), in first-seen order, with the
/// paragraphs cited from it as the entry's note ("paras. 46–47"). UN documents (with a symbol)
/// are reports of their issuing body with an undocs.org link; others are generic documents.
std::string export_references(const std::vector<core::StoredUnit>& units, ReferenceFormat format);

}  // namespace paragraf::query
