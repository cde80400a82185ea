#pragma once
// Each unit's citations, for the citation index: what the unit cites itself, and what the
// footnotes it calls cite (a footnote's citation supports the sentence that calls it).

#include <vector>

#include "core/document.hpp"
#include "core/stored_unit.hpp"

namespace paragraf::indexer {

/// The citations of every unit of `doc`, by unit index. One extractor reads the document in
/// order, so Ibid. and supra refer back as their readers would read them.
std::vector<std::vector<core::UnitCitation>> collect_citations(const core::Document& doc);

}  // namespace paragraf::indexer
