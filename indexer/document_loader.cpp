#include "indexer/document_loader.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include <pugixml.hpp>
#include <sstream>

#include "core/date_text.hpp"
#include "core/error.hpp"
#include "core/fingerprint.hpp"
#include "core/index_layout.hpp"
#include "core/language_id.hpp"
#include "core/meta_from_text.hpp"
#include "core/un_symbol.hpp"
#include "core/utf8.hpp"
#include "core/vocabulary.hpp"
#include "indexer/readers/corpus_xml_reader.hpp"
#include "indexer/readers/docx_reader.hpp"
#include "indexer/readers/html_reader.hpp"
#include "indexer/readers/pdf_reader.hpp"
#include "indexer/readers/text_reader.hpp"

namespace paragraf::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* kCatalogueName = "catalogue.xml";

// Refuse absurd inputs before reading them into memory.
constexpr std::uintmax_t kMaxFileBytes = 512ull << 20;

std::string lower_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string read_whole_file(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError("no such file or directory", path.string());
    if (fs::is_directory(status)) throw InputError("is a directory", path.string());
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes)
        throw InputError("file too large (" + std::to_string(size >> 20) + " MiB, limit " +
                             std::to_string(kMaxFileBytes >> 20) + " MiB)",
                         path.string());
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(std::string("cannot open: ") + std::strerror(errno), path.string());
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw InputError("read error", path.string());
    return content.str();
}

fs::path sidecar_for(const fs::path& path) {
    fs::path sidecar = path;
    sidecar.replace_extension(".meta.xml");
    return sidecar;
}

// Sidecar fields win over what the reader inferred; empty sidecar fields keep the inference.
void merge_meta(core::DocumentMeta& into, const core::DocumentMeta& given) {
    auto take = [](std::string& field, const std::string& value) {
        if (!value.empty()) field = value;
    };
    take(into.id, given.id);
    take(into.symbol, given.symbol);
    take(into.title, given.title);
    take(into.author, given.author);
    take(into.body, given.body);
    take(into.type, given.type);
    take(into.country, given.country);
    take(into.date, given.date);
    take(into.session, given.session);
    take(into.cycle, given.cycle);
    take(into.lang, given.lang);
}

std::string document_language(const core::Document& doc) {
    std::string sample;
    for (const core::Unit& unit : doc.units) {
        sample += unit.text;
        sample += ' ';
        if (sample.size() > 20000) break;
    }
    return core::identify_language(sample).lang;
}

// The document's first lines: its title, then its first headings and units (not footnotes), where
// UN documents print their symbol and date. Readers turn short lines at the top (a date, an
// "Adopted by ..." line) into headings, so headings count as lines too.
std::vector<std::string_view> first_lines(const core::Document& doc, std::size_t max_lines) {
    std::vector<std::string_view> lines{doc.meta.title};
    const std::vector<std::string>* previous = nullptr;
    for (const core::Unit& unit : doc.units) {
        if (lines.size() >= max_lines) break;
        if (unit.kind == core::UnitKind::footnote) continue;
        const std::vector<std::string>& path = unit.section_path;
        for (std::size_t i = 0; i < path.size(); ++i)
            if (!previous || i >= previous->size() || (*previous)[i] != path[i])
                lines.push_back(path[i]);
        previous = &path;
        lines.push_back(unit.text);
    }
    if (lines.size() > max_lines) lines.resize(max_lines);
    return lines;
}

// A UN symbol in the file name (OHCHR names files E_C.12_KAZ_CO_2_EN.pdf) or at the top of the
// text tells the treaty body, the country and the kind of document. Given metadata wins.
void infer_from_symbol(core::Document& doc, const fs::path& path) {
    core::DocumentMeta& m = doc.meta;
    if (m.symbol.empty()) {
        if (auto found = core::find_un_symbol(path.stem().string())) {
            m.symbol = found->first.text;
        } else {
            // Only a line that is a symbol and nothing else names the document: a symbol in a
            // sentence is usually a document cited, not this one.
            for (std::string_view line : first_lines(doc, 8)) {
                const auto found_here = core::find_un_symbol(line);
                if (found_here && found_here->second.first == 0 &&
                    line.find_first_not_of(" .", found_here->second.second) ==
                        std::string_view::npos) {
                    m.symbol = found_here->first.text;
                    break;
                }
            }
        }
    }
    if (m.symbol.empty()) return;
    const auto symbol = core::parse_un_symbol(m.symbol);
    if (!symbol) return;
    // GA and ECOSOC are not treaty bodies; the corpus vocabulary has no value for them.
    if (m.body.empty() && core::vocabulary::contains(core::vocabulary::kBodies, symbol->body))
        m.body = symbol->body;
    if (m.type.empty()) m.type = symbol->type;
    if (m.country.empty()) m.country = symbol->country;
    if (m.cycle.empty()) m.cycle = symbol->cycle;
}

// Without a symbol, the opening lines may still say whom a document is addressed to, which
// country it is about and that it is a parallel submission (NGO reports rarely carry a symbol).
void infer_from_opening(core::Document& doc) {
    core::DocumentMeta& m = doc.meta;
    if (!m.body.empty() && !m.country.empty() && !m.type.empty()) return;
    std::string opening;
    for (std::string_view line : first_lines(doc, 30)) {
        opening.append(line).push_back('\n');
        if (opening.size() > 4000) break;
    }
    const core::TextMetadata found = core::infer_metadata_from_text(opening);
    if (m.body.empty()) m.body = found.body;
    if (m.country.empty()) m.country = found.country;
    if (m.type.empty()) m.type = found.type;
}

// Catalogues by folder, parsed once per run: a folder of 10,000 files has one catalogue, and
// reading it for every file would be quadratic. Workers share the cache.
using CatalogueEntries = std::map<std::string, std::string>;  // file name -> <meta> as XML

std::shared_ptr<const CatalogueEntries> load_catalogue(const fs::path& file) {
    CatalogueEntries entries;
    const std::string content = read_whole_file(file);
    if (content.find("<!DOCTYPE") != std::string::npos)
        throw InputError("DTDs are not allowed in catalogues", file.string());
    pugi::xml_document xml;
    const pugi::xml_parse_result result = xml.load_buffer(content.data(), content.size());
    if (!result) {
        const auto [line, column] = core::line_column(content, result.offset);
        throw InputError(std::string("malformed XML: ") + result.description(), file.string(), line,
                         column);
    }
    const pugi::xml_node root = xml.document_element();
    if (std::string(root.name()) != "catalogue")
        throw InputError("a catalogue's root element must be <catalogue>", file.string());
    for (const pugi::xml_node& entry : root.children("entry")) {
        const std::string name = entry.attribute("file").value();
        const pugi::xml_node meta = entry.child("meta");
        if (name.empty() || !meta) {
            const auto [line, column] = core::line_column(content, entry.offset_debug());
            throw InputError("a catalogue <entry> needs a file attribute and a <meta>",
                             file.string(), line, column);
        }
        std::ostringstream serialized;
        meta.print(serialized, "", pugi::format_raw);
        entries[name] = serialized.str();
    }
    return std::make_shared<const CatalogueEntries>(std::move(entries));
}

// The cache key names the catalogue's version too (mtime and size): a long-lived process (or a
// test) that sees the catalogue change must not keep serving the old entries.
std::string catalogue_version(const fs::path& catalogue) {
    std::error_code ec;
    const auto size = fs::file_size(catalogue, ec);
    if (ec) return catalogue.string() + "|absent";
    const auto mtime = fs::last_write_time(catalogue, ec).time_since_epoch().count();
    return catalogue.string() + "|" + std::to_string(size) + "|" + std::to_string(mtime);
}

std::string catalogue_entry(const fs::path& path) {
    struct Cached {
        std::shared_ptr<const CatalogueEntries> entries;
        std::string error;  // a broken catalogue is reported for each of its files, read once
    };
    static std::mutex mutex;
    static std::map<std::string, Cached> cache;
    const fs::path catalogue = path.parent_path() / kCatalogueName;
    const std::string key = catalogue_version(catalogue);
    Cached cached;
    bool found = false;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = cache.find(key); it != cache.end()) {
            cached = it->second;
            found = true;
        }
    }
    if (!found) {
        if (!fs::exists(catalogue)) {
            cached.entries = std::make_shared<const CatalogueEntries>();
        } else {
            try {
                cached.entries = load_catalogue(catalogue);
            } catch (const InputError& e) {
                cached.error = e.what();
            }
        }
        std::lock_guard<std::mutex> lock(mutex);
        cache.emplace(key, cached);
    }
    if (!cached.error.empty())
        // Every file of the folder reports the broken catalogue: none gets wrong metadata.
        throw InputError("its folder's catalogue is unusable: " + cached.error, path.string());
    const auto it = cached.entries->find(path.filename().string());
    return it == cached.entries->end() ? std::string() : it->second;
}

}  // namespace

bool is_sidecar(const fs::path& path) {
    const std::string name = path.filename().string();
    const std::string suffix = ".meta.xml";
    return name.size() > suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_catalogue(const fs::path& path) {
    return path.filename() == kCatalogueName;
}

bool is_supported_file(const fs::path& path) {
    if (is_sidecar(path) || is_catalogue(path)) return false;
    const std::string ext = lower_extension(path);
    return ext == ".xml" || ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".pdf" ||
           ext == ".docx";
}

SourceFile read_source(const fs::path& path) {
    const std::string ext = lower_extension(path);
    if (is_catalogue(path))
        throw InputError("a folder's catalogue, read with the files it describes", path.string());
    if (is_sidecar(path))
        throw InputError(
            "a metadata sidecar, read with its document " +
                path.filename().string().substr(0, path.filename().string().size() - 9) +
                ".*, not on its own",
            path.string());
    if (!is_supported_file(path))
        throw InputError("unsupported file type '" + ext +
                             "' (Paragraf reads .xml, .txt, .html, .pdf and .docx)",
                         path.string());
    SourceFile source;
    source.path = path;
    source.content = read_whole_file(path);
    const fs::path sidecar = sidecar_for(path);
    if (ext != ".xml") {
        if (fs::exists(sidecar)) {
            source.sidecar = read_whole_file(sidecar);
            source.sidecar_path = sidecar;
        } else {
            source.sidecar = catalogue_entry(path);
            source.sidecar_path = path.parent_path() / kCatalogueName;
        }
    }
    // Bump kAnalysis whenever readers or analysis change what a file indexes to, so that an
    // incremental run re-reads everything once.
    // 6: length-normalised wdf; 7: recorded (paragraf:ranking); 8: wdf scale 32, short units
    // clamped (layout::kMinNormLength).
    constexpr std::string_view kAnalysis = "paragraf-analysis-8";
    std::uint64_t h = core::fnv1a(kAnalysis);
    // The ranking scheme too, without relying on a bump: a file found unchanged is then known
    // to hold the current scheme's wdfs (IndexWriter::confirm_source).
    h = core::fnv1a(core::layout::kRankingScheme, h);
    h = core::fnv1a(source.content, h);
    // The separator keeps "ab"+"" and "a"+"b" apart.
    h = core::fnv1a(source.sidecar, core::fnv1a(std::string_view("\0", 1), h));
    source.fingerprint = core::hex64(h);
    return source;
}

core::Document load_document(const SourceFile& source) {
    const fs::path& path = source.path;
    const std::string ext = lower_extension(path);
    if (ext == ".xml") return read_corpus_xml(source.content, path.string());

    // Text formats: invalid UTF-8 (a file saved in a legacy code page, a damaged download) is
    // repaired rather than refused, and the user is told where.
    std::string repaired;
    core::Utf8Repair repair;
    if (ext == ".txt" || ext == ".html" || ext == ".htm") {
        repaired = source.content;
        repair = core::repair_utf8(repaired);
    }
    const std::string& content = repair.replaced ? repaired : source.content;

    core::Document doc = (ext == ".txt")    ? read_text_document(content, path.string())
                         : (ext == ".pdf")  ? read_pdf_document(content, path.string())
                         : (ext == ".docx") ? read_docx_document(content, path.string())
                                            : read_html_document(content, path.string());
    core::DocumentMeta given;
    if (!source.sidecar.empty()) {
        given = read_meta_xml(source.sidecar, source.sidecar_path.string());
        merge_meta(doc.meta, given);
    }
    if (repair.replaced)
        doc.warnings.push_back("invalid UTF-8 from line " + std::to_string(repair.first_line) +
                               ": " + std::to_string(repair.replaced) +
                               " sequence(s) replaced with U+FFFD");
    infer_from_symbol(doc, path);
    infer_from_opening(doc);
    // The cover page's date; core::find_document_date reads only the first lines.
    if (doc.meta.date.empty()) doc.meta.date = core::find_document_date(first_lines(doc, 30));
    if (doc.meta.type.empty()) doc.meta.type = "other";
    if (doc.meta.lang.empty()) doc.meta.lang = document_language(doc);
    doc.meta.source_path = path.string();
    // Whatever is known now and was not given was inferred.
    const std::pair<const char*, std::string core::DocumentMeta::*> fields[] = {
        {"symbol", &core::DocumentMeta::symbol}, {"title", &core::DocumentMeta::title},
        {"author", &core::DocumentMeta::author}, {"body", &core::DocumentMeta::body},
        {"type", &core::DocumentMeta::type},     {"country", &core::DocumentMeta::country},
        {"date", &core::DocumentMeta::date},     {"cycle", &core::DocumentMeta::cycle},
        {"lang", &core::DocumentMeta::lang}};
    for (const auto& [name, field] : fields)
        if (!(doc.meta.*field).empty() && (given.*field).empty()) doc.meta.inferred.push_back(name);
    return doc;
}

core::Document load_document(const fs::path& path) {
    return load_document(read_source(path));
}

}  // namespace paragraf::indexer
