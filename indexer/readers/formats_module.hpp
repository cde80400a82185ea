#pragma once
// The readers that need large libraries — PDF (poppler), DOCX (libzip) and HTML (gumbo) — are
// built into a module, libparagraf_formats.so, that is loaded the first time such a file is
// read. Loading poppler and its 30 dependencies costs about 5 ms per process, which every
// `paragraf search` paid without reading a single PDF; now only the runs that read these
// formats do. read_pdf_document, read_docx_document and read_html_document (pdf_reader.hpp,
// docx_reader.hpp, html_reader.hpp) are the public interface; they load the module
// (formats_loader.cpp) and call the functions below through its table.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/document.hpp"

namespace paragraf::indexer::formats {

using ReadFunction = core::Document (*)(std::string_view content, const std::string& path);

/// The layout of what the readers return: a module built with other definitions of the
/// document model must not be called (the types cross the boundary by value).
struct Layout {
    std::size_t document = sizeof(core::Document);
    std::size_t unit = sizeof(core::Unit);
    std::size_t meta = sizeof(core::DocumentMeta);
    int cxx11_abi = _GLIBCXX_USE_CXX11_ABI;

    bool operator==(const Layout&) const = default;
};

/// What the module hands out. `version` and `layout` guard against a module from another build.
struct Table {
    unsigned version = 0;
    Layout layout;
    ReadFunction pdf = nullptr;
    ReadFunction docx = nullptr;
    ReadFunction html = nullptr;
};

inline constexpr unsigned kTableVersion = 1;
/// The module's one exported symbol: `extern "C" const Table* paragraf_formats_table()`.
inline constexpr const char* kEntryPoint = "paragraf_formats_table";
inline constexpr const char* kModuleFile = "libparagraf_formats.so";

// The implementations, compiled into the module only (documented in the public headers).
core::Document read_pdf(std::string_view content, const std::string& path);
core::Document read_docx(std::string_view content, const std::string& path);
core::Document read_html(std::string_view content, const std::string& path);

/// The module's table, loaded on first use: from $PARAGRAF_FORMATS_MODULE when set, else beside
/// the running executable, else in ../lib/paragraf/ from it, else where the build put it.
/// Throws paragraf::Error saying where it looked when no module can be loaded.
const Table& table();

}  // namespace paragraf::indexer::formats
