#pragma once
// Input for the micro-benchmarks: files from the repository (the sample corpus, test fixtures),
// read once and kept for the whole run.

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "indexer/readers/corpus_xml_reader.hpp"

namespace paragraf::bench {

/// The bytes of a file under the source tree (PARAGRAF_SOURCE_DIR).
inline const std::string& source_file(const std::string& relative) {
    static std::map<std::string, std::string> cache;
    auto it = cache.find(relative);
    if (it != cache.end()) return it->second;
    const std::filesystem::path path = std::filesystem::path(PARAGRAF_SOURCE_DIR) / relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return cache.emplace(relative, buffer.str()).first->second;
}

/// The concluding observations of the sample corpus in `lang` (en, ru, kk), as a document.
inline const core::Document& sample_document(const std::string& lang) {
    static std::map<std::string, core::Document> cache;
    auto it = cache.find(lang);
    if (it != cache.end()) return it->second;
    const std::string relative = "corpus/E-C.12-XAR-CO-2-" + lang + ".xml";
    return cache.emplace(lang, indexer::read_corpus_xml(source_file(relative), relative))
        .first->second;
}

/// Total bytes of text in the document's units.
inline std::size_t text_bytes(const core::Document& doc) {
    std::size_t bytes = 0;
    for (const core::Unit& unit : doc.units) bytes += unit.text.size();
    return bytes;
}

}  // namespace paragraf::bench
