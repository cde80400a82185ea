#pragma once
// Reader for Paragraf's own corpus XML (schemas/corpus.rng) and for metadata sidecars.

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// Parses a corpus document. Throws InputError with line and column for malformed XML and for
/// anything the schema forbids. DTDs are refused, never expanded.
core::Document read_corpus_xml(std::string_view content, const std::string& path);

/// Parses a sidecar file whose root is a <meta> element (NAME.meta.xml).
core::DocumentMeta read_meta_xml(std::string_view content, const std::string& path);

}  // namespace paragraf::indexer
