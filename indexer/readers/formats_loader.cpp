// Loads libparagraf_formats.so on first use and forwards the public reader functions to it
// (formats_module.hpp says why they live in a module).
#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/error.hpp"
#include "indexer/readers/docx_reader.hpp"
#include "indexer/readers/formats_module.hpp"
#include "indexer/readers/html_reader.hpp"
#include "indexer/readers/pdf_reader.hpp"

namespace paragraf::indexer {

namespace fs = std::filesystem;

namespace formats {
namespace {

std::vector<fs::path> candidates() {
    std::vector<fs::path> out;
    if (const char* given = std::getenv("PARAGRAF_FORMATS_MODULE"); given && *given) {
        out.emplace_back(given);
        return out;  // an explicit choice is not second-guessed
    }
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        out.push_back(exe.parent_path() / kModuleFile);
        out.push_back(exe.parent_path().parent_path() / "lib" / "paragraf" / kModuleFile);
    }
#ifdef PARAGRAF_FORMATS_BUILD_PATH
    out.emplace_back(PARAGRAF_FORMATS_BUILD_PATH);  // tests and tools run from the build tree
#endif
    return out;
}

const Table* load() {
    std::string tried;
    for (const fs::path& path : candidates()) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            tried += "\n  " + path.string() + ": not found";
            continue;
        }
        // RTLD_LOCAL: the module's copies of Paragraf's own code stay private to it. An absolute
        // path: dlopen would look a bare name up on the library path, not where it was found.
        void* handle = dlopen(fs::absolute(path).c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            tried += "\n  " + path.string() + ": " + dlerror();
            continue;
        }
        using Entry = const Table* (*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, kEntryPoint));
        const Table* table = entry ? entry() : nullptr;
        if (table != nullptr && table->version == kTableVersion && table->layout == Layout{})
            return table;  // kept loaded
        tried += "\n  " + path.string() + ": not a Paragraf formats module of this build";
        dlclose(handle);
    }
    throw Error(std::string("cannot load the PDF, DOCX and HTML readers (") + kModuleFile +
                "); looked in:" + tried + "\nSet PARAGRAF_FORMATS_MODULE to its path.");
}

}  // namespace

const Table& table() {
    // A failed load throws out of the initialiser, so the next call tries again.
    static const Table* const loaded = load();
    return *loaded;
}

}  // namespace formats

namespace {

// A missing module is reported against the file being read, like any other unreadable file,
// so that the other files are still indexed.
const formats::Table& table_for(const std::string& path) {
    try {
        return formats::table();
    } catch (const InputError&) {
        throw;
    } catch (const Error& e) {
        throw InputError(e.what(), path);
    }
}

}  // namespace

core::Document read_pdf_document(std::string_view content, const std::string& path) {
    return table_for(path).pdf(content, path);
}

core::Document read_docx_document(std::string_view content, const std::string& path) {
    return table_for(path).docx(content, path);
}

core::Document read_html_document(std::string_view content, const std::string& path) {
    return table_for(path).html(content, path);
}

}  // namespace paragraf::indexer
