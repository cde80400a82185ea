#pragma once
// Picks the reader for a file and completes the metadata it gives (sidecar, language).

#include <filesystem>
#include <optional>
#include <string>

#include "core/document.hpp"

namespace paragraf::indexer {

/// True for files Paragraf can read (.xml corpus documents, .txt), false for sidecars and
/// everything else.
bool is_supported_file(const std::filesystem::path& path);

/// True for NAME.meta.xml sidecars, which are read with their document, not on their own.
bool is_sidecar(const std::filesystem::path& path);

/// Reads one file into the document model. Throws InputError naming the file.
core::Document load_document(const std::filesystem::path& path);

}  // namespace paragraf::indexer
