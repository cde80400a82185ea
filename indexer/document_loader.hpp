#pragma once
// Picks the reader for a file and completes the metadata it gives (sidecar, language).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer {

/// True for files Paragraf can read (.xml corpus documents, .txt, .html, .pdf, .docx), false
/// for sidecars and everything else.
bool is_supported_file(const std::filesystem::path& path);

/// True for NAME.meta.xml sidecars, which are read with their document, not on their own.
bool is_sidecar(const std::filesystem::path& path);

/// True for a folder's catalogue.xml (schemas/catalogue.rng): metadata for the files beside
/// it, one <entry file="NAME"> each. A file's own sidecar wins over its entry.
bool is_catalogue(const std::filesystem::path& path);

/// A file's bytes (and its sidecar's), read once, with a fingerprint of both.
struct SourceFile {
    std::filesystem::path path;
    std::string content;
    std::string sidecar;  ///< the file's <meta>: its sidecar or its catalogue entry, or ""
    std::filesystem::path sidecar_path;  ///< where `sidecar` came from
    std::string fingerprint;  ///< changes when the file, its sidecar or the analysis changes
};

/// Reads a file and its sidecar. Throws InputError naming the file.
SourceFile read_source(const std::filesystem::path& path);

/// Parses what read_source read into the document model. Throws InputError naming the file.
core::Document load_document(const SourceFile& source);

/// read_source and load_document in one.
core::Document load_document(const std::filesystem::path& path);

}  // namespace paragraf::indexer
