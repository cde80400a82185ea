// Compiled into the formats module only (formats_module.hpp); the public read_docx_document
// in docx_reader.hpp forwards here.
#include "indexer/readers/formats_module.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace paragraf::indexer {

namespace {

using core::Document;
using core::Unit;
using core::UnitKind;

/// Decompression limits: sizes declared in the zip headers are not trusted.
constexpr std::size_t kMaxEntryBytes = std::size_t{64} << 20;
constexpr std::size_t kMaxTotalBytes = std::size_t{256} << 20;
constexpr std::size_t kChunkBytes = std::size_t{64} << 10;
constexpr int kMaxLevels = 9;
/// Real documents nest a few dozen elements deep (tables in tables); more is an attack on the
/// stack of the recursive walks.
constexpr int kMaxXmlDepth = 512;

// ---------------------------------------------------------------------------------------------
// Zip

class ZipArchive {
  public:
    ZipArchive(std::string_view content, const std::string& path) : path_(path) {
        if (content.size() >= 8 &&
            std::memcmp(content.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
            throw InputError(
                "not a .docx zip archive: an OLE compound file (encrypted .docx or legacy .doc)",
                path);
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
        if (source == nullptr) fail_with(error, "cannot read zip archive");
        archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (archive_ == nullptr) {
            zip_source_free(source);
            fail_with(error, "not a valid zip archive (corrupt or truncated)");
        }
    }
    ~ZipArchive() {
        if (archive_ != nullptr) zip_discard(archive_);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// The uncompressed entry, or nullopt when there is none of that name.
    std::optional<std::string> read(const std::string& name) {
        const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
        if (index < 0) return std::nullopt;
        const auto uindex = static_cast<zip_uint64_t>(index);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive_, uindex, 0, &st) != 0)
            throw InputError("corrupt zip archive: cannot read entry " + name, path_);
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            throw InputError("encrypted zip entry " + name + " (password-protected document)",
                             path_);
        std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive_, uindex, 0),
                                                               zip_fclose);
        if (!file) {
            zip_error_t* error = zip_get_error(archive_);
            if (zip_error_code_zip(error) == ZIP_ER_NOPASSWD ||
                zip_error_code_zip(error) == ZIP_ER_WRONGPASSWD)
                throw InputError("encrypted zip entry " + name + " (password-protected document)",
                                 path_);
            if (zip_error_code_zip(error) == ZIP_ER_COMPNOTSUPP ||
                zip_error_code_zip(error) == ZIP_ER_ENCRNOTSUPP)
                throw InputError("unsupported compression or encryption in zip entry " + name,
                                 path_);
            throw InputError(
                "corrupt zip archive: cannot open entry " + name + ": " + zip_error_strerror(error),
                path_);
        }
        std::string out;
        std::array<char, kChunkBytes> buffer;
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
            if (n < 0) {
                throw InputError("corrupt zip archive: cannot inflate entry " + name + ": " +
                                     zip_file_strerror(file.get()),
                                 path_);
            }
            if (n == 0) break;
            const auto bytes = static_cast<std::size_t>(n);
            if (out.size() + bytes > kMaxEntryBytes)
                throw InputError("zip entry " + name + " is larger than " +
                                     std::to_string(kMaxEntryBytes >> 20) +
                                     " MiB uncompressed (zip bomb?)",
                                 path_);
            if (total_ + bytes > kMaxTotalBytes)
                throw InputError("zip archive is larger than " +
                                     std::to_string(kMaxTotalBytes >> 20) +
                                     " MiB uncompressed (zip bomb?)",
                                 path_);
            out.append(buffer.data(), bytes);
            total_ += bytes;
        }
        return out;
    }

  private:
    [[noreturn]] void fail_with(zip_error_t& error, const std::string& what) {
        const std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw InputError(what + ": " + reason, path_);
    }

    std::string path_;
    zip_t* archive_ = nullptr;
    std::size_t total_ = 0;
};

// ---------------------------------------------------------------------------------------------
// XML helpers: elements are matched by local name, whatever the prefix.

const char* local_name(const pugi::xml_node& node) {
    const char* name = node.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

bool is(const pugi::xml_node& node, const char* name) {
    return node.type() == pugi::node_element && std::strcmp(local_name(node), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
    for (pugi::xml_node c : node.children())
        if (is(c, name)) return c;
    return {};
}

/// Attribute by local name ("w:val" or "val").
const char* attr(const pugi::xml_node& node, const char* name) {
    for (pugi::xml_attribute a : node.attributes()) {
        const char* n = a.name();
        const char* colon = std::strrchr(n, ':');
        if (std::strcmp(colon ? colon + 1 : n, name) == 0) return a.value();
    }
    return nullptr;
}

std::string attr_string(const pugi::xml_node& node, const char* name) {
    const char* v = node ? attr(node, name) : nullptr;
    return v ? v : "";
}

std::optional<int> attr_int(const pugi::xml_node& node, const char* name) {
    const char* v = node ? attr(node, name) : nullptr;
    if (v == nullptr || *v == '\0') return std::nullopt;
    char* end = nullptr;
    const long value = std::strtol(v, &end, 10);
    if (*end != '\0' || value < -1000000 || value > 1000000) return std::nullopt;
    return static_cast<int>(value);
}

/// Parses an XML part; DTDs are refused and entities are never expanded (pugixml knows only
/// the predefined and numeric ones).
std::unique_ptr<pugi::xml_document> parse_xml(const std::string& text, const std::string& part,
                                              const std::string& path) {
    auto doc = std::make_unique<pugi::xml_document>();
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    const pugi::xml_parse_result result = doc->load_buffer(text.data(), text.size(), options);
    if (!result)
        throw InputError(part + ": malformed XML: " + result.description() + " at byte " +
                             std::to_string(result.offset),
                         path);
    // The readers below recurse over elements: bound the depth they may see.
    struct DepthCheck : pugi::xml_tree_walker {
        bool too_deep = false;
        bool for_each(pugi::xml_node&) override {
            too_deep = depth() > kMaxXmlDepth;
            return !too_deep;
        }
    } depth_check;
    doc->traverse(depth_check);
    if (depth_check.too_deep)
        throw InputError(
            part + ": XML nested deeper than " + std::to_string(kMaxXmlDepth) + " elements", path);
    for (pugi::xml_node node : doc->children())
        if (node.type() == pugi::node_doctype)
            throw InputError(part + ": XML with a DTD (<!DOCTYPE>) is not accepted", path);
    return doc;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Collapses white space runs into one space and trims.
std::string normalize(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Styles

struct StyleInfo {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;  ///< 0-based
    std::optional<int> num_id;
    std::optional<int> ilvl;
};

class Styles {
  public:
    void load(const pugi::xml_node& root) {
        for (pugi::xml_node style : root.children()) {
            if (!is(style, "style") || attr_string(style, "type") != "paragraph") continue;
            StyleInfo info;
            const std::string id = attr_string(style, "styleId");
            info.name = attr_string(child(style, "name"), "val");
            info.based_on = attr_string(child(style, "basedOn"), "val");
            const pugi::xml_node ppr = child(style, "pPr");
            info.outline_level = attr_int(child(ppr, "outlineLvl"), "val");
            const pugi::xml_node numpr = child(ppr, "numPr");
            info.num_id = attr_int(child(numpr, "numId"), "val");
            info.ilvl = attr_int(child(numpr, "ilvl"), "val");
            if (attr_string(style, "default") == "1" || attr_string(style, "default") == "true")
                default_lang_ = attr_string(child(child(style, "rPr"), "lang"), "val");
            styles_[id] = std::move(info);
        }
        if (default_lang_.empty()) {
            const pugi::xml_node lang =
                child(child(child(child(root, "docDefaults"), "rPrDefault"), "rPr"), "lang");
            default_lang_ = attr_string(lang, "val");
        }
    }

    const std::string& default_lang() const { return default_lang_; }

    /// 0 for the Title style, 1..9 for headings, nullopt for other styles.
    std::optional<int> heading_level(const std::string& id) const {
        std::string current = id;
        for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
            const auto it = styles_.find(current);
            const std::string name = lower(it == styles_.end() ? current : it->second.name);
            for (const std::string& candidate : {lower(current), name}) {
                if (candidate == "title") return 0;
                for (const char* prefix : {"heading ", "heading"}) {
                    const std::size_t n = std::strlen(prefix);
                    if (candidate.size() == n + 1 && candidate.compare(0, n, prefix) == 0 &&
                        candidate[n] >= '1' && candidate[n] <= '9')
                        return candidate[n] - '0';
                }
            }
            if (it == styles_.end()) break;
            if (it->second.outline_level && *it->second.outline_level >= 0 &&
                *it->second.outline_level < kMaxLevels)
                return *it->second.outline_level + 1;
            current = it->second.based_on;
        }
        return std::nullopt;
    }

    /// Numbering the style gives (numId, ilvl), following basedOn.
    std::optional<std::pair<int, std::optional<int>>> numbering(const std::string& id) const {
        std::string current = id;
        for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
            const auto it = styles_.find(current);
            if (it == styles_.end()) break;
            if (it->second.num_id) return std::make_pair(*it->second.num_id, it->second.ilvl);
            current = it->second.based_on;
        }
        return std::nullopt;
    }

  private:
    std::unordered_map<std::string, StyleInfo> styles_;
    std::string default_lang_;
};

// ---------------------------------------------------------------------------------------------
// Numbering

enum class Format { decimal, lower_letter, upper_letter, lower_roman, upper_roman, bullet, none };

struct Level {
    int start = 1;
    Format format = Format::decimal;
    std::string text;     ///< lvlText, "%1."
    int restart = -1;     ///< lvlRestart (1-based), -1 when absent
    std::string p_style;  ///< style linked to the level
    bool legal = false;   ///< isLgl: show all levels as decimal
    bool defined = false;
};

struct AbstractNum {
    std::array<Level, kMaxLevels> levels;
    std::string style_link;
    std::string num_style_link;
};

struct Num {
    int abstract_id = -1;
    std::map<int, int> start_overrides;  ///< level -> start
    std::map<int, Level> level_overrides;
};

Format parse_format(const std::string& f) {
    if (f == "lowerLetter") return Format::lower_letter;
    if (f == "upperLetter") return Format::upper_letter;
    if (f == "lowerRoman") return Format::lower_roman;
    if (f == "upperRoman") return Format::upper_roman;
    if (f == "bullet") return Format::bullet;
    if (f == "none") return Format::none;
    return Format::decimal;
}

Level parse_level(const pugi::xml_node& lvl) {
    Level level;
    level.defined = true;
    level.start = attr_int(child(lvl, "start"), "val").value_or(1);
    level.format = parse_format(attr_string(child(lvl, "numFmt"), "val"));
    level.text = attr_string(child(lvl, "lvlText"), "val");
    level.restart = attr_int(child(lvl, "lvlRestart"), "val").value_or(-1);
    level.p_style = attr_string(child(lvl, "pStyle"), "val");
    const pugi::xml_node legal = child(lvl, "isLgl");
    level.legal = legal && attr_string(legal, "val") != "0" && attr_string(legal, "val") != "false";
    return level;
}

std::string roman(int n, bool upper) {
    static const std::pair<int, const char*> kTable[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [value, digits] : kTable)
        while (n >= value && out.size() < 64) {
            out += digits;
            n -= value;
        }
    if (upper)
        for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

/// Word's letters: a..z, then aa..zz, aaa...
std::string letters(int n, bool upper) {
    if (n <= 0) return std::to_string(n);
    const int repeat = (n - 1) / 26 + 1;
    const char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>(std::min(repeat, 64)), c);
}

std::string format_number(int n, Format format) {
    switch (format) {
        case Format::lower_letter:
            return letters(n, false);
        case Format::upper_letter:
            return letters(n, true);
        case Format::lower_roman:
            return n > 0 ? roman(n, false) : std::to_string(n);
        case Format::upper_roman:
            return n > 0 ? roman(n, true) : std::to_string(n);
        case Format::none:
        case Format::bullet:
            return {};
        case Format::decimal:
            break;
    }
    return std::to_string(n);
}

/// What automatic numbering gives one paragraph.
struct NumberInfo {
    int abstract_id = -1;
    int level = 0;
    Format format = Format::decimal;
    std::string token;    ///< this level's number as shown: "46", "a", "iv"
    std::string display;  ///< lvlText filled in: "46.", "(a)"
};

class Numbering {
  public:
    void load(const pugi::xml_node& root) {
        for (pugi::xml_node node : root.children()) {
            if (is(node, "abstractNum")) {
                const auto id = attr_int(node, "abstractNumId");
                if (!id) continue;
                AbstractNum abstract;
                abstract.style_link = attr_string(child(node, "styleLink"), "val");
                abstract.num_style_link = attr_string(child(node, "numStyleLink"), "val");
                for (pugi::xml_node lvl : node.children()) {
                    if (!is(lvl, "lvl")) continue;
                    const int ilvl = attr_int(lvl, "ilvl").value_or(-1);
                    if (ilvl >= 0 && ilvl < kMaxLevels) abstract.levels[ilvl] = parse_level(lvl);
                }
                abstracts_[*id] = std::move(abstract);
            } else if (is(node, "num")) {
                const auto id = attr_int(node, "numId");
                if (!id) continue;
                Num num;
                num.abstract_id = attr_int(child(node, "abstractNumId"), "val").value_or(-1);
                for (pugi::xml_node o : node.children()) {
                    if (!is(o, "lvlOverride")) continue;
                    const int ilvl = attr_int(o, "ilvl").value_or(-1);
                    if (ilvl < 0 || ilvl >= kMaxLevels) continue;
                    if (const auto start = attr_int(child(o, "startOverride"), "val"))
                        num.start_overrides[ilvl] = *start;
                    if (pugi::xml_node lvl = child(o, "lvl")) {
                        num.level_overrides[ilvl] = parse_level(lvl);
                        if (!child(lvl, "start")) num.level_overrides[ilvl].start = 1;
                    }
                }
                nums_[*id] = std::move(num);
            }
        }
    }

    /// Style-linked levels: the level of `abstract` whose pStyle is `style`.
    std::optional<int> level_for_style(int num_id, const std::string& style) const {
        const AbstractNum* abstract = abstract_of(num_id);
        if (abstract == nullptr || style.empty()) return std::nullopt;
        for (int i = 0; i < kMaxLevels; ++i)
            if (abstract->levels[i].p_style == style) return i;
        return std::nullopt;
    }

    /// Advances the counters for a paragraph numbered (numId, ilvl), as Word does.
    std::optional<NumberInfo> next(int num_id, int ilvl) {
        if (ilvl < 0 || ilvl >= kMaxLevels) ilvl = 0;
        const auto num_it = nums_.find(num_id);
        if (num_it == nums_.end()) return std::nullopt;
        const Num& num = num_it->second;
        const int abstract_id = resolved_abstract_id(num.abstract_id);
        const auto abs_it = abstracts_.find(abstract_id);
        if (abs_it == abstracts_.end()) return std::nullopt;
        const AbstractNum& abstract = abs_it->second;
        Counters& counters = counters_[abstract_id];

        // A list instance with start overrides restarts those levels when first used.
        if (started_nums_.insert(num_id).second) {
            for (const auto& [level, start] : num.start_overrides) {
                counters.value[level] = start - 1;
                counters.started[level] = true;
            }
            for (const auto& [level, definition] : num.level_overrides) {
                if (num.start_overrides.count(level)) continue;
                counters.value[level] = definition.start - 1;
                counters.started[level] = true;
            }
        }
        const auto level_of = [&](int i) -> Level {
            const auto o = num.level_overrides.find(i);
            if (o != num.level_overrides.end()) return o->second;
            Level level = abstract.levels[i];
            const auto s = num.start_overrides.find(i);
            if (s != num.start_overrides.end()) level.start = s->second;
            return level;
        };

        const Level level = level_of(ilvl);
        if (counters.started[ilvl]) {
            ++counters.value[ilvl];
        } else {
            counters.value[ilvl] = level.start;
            counters.started[ilvl] = true;
        }
        // Deeper levels restart when a higher one advances (unless lvlRestart says otherwise).
        for (int k = ilvl + 1; k < kMaxLevels; ++k) {
            const int restart = level_of(k).restart;
            if (restart == 0) continue;
            if (restart < 0 || ilvl < restart) counters.started[k] = false;
        }

        NumberInfo info;
        info.abstract_id = abstract_id;
        info.level = ilvl;
        info.format = level.format;
        info.token = format_number(counters.value[ilvl], level.format);
        const std::string& text = level.text;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
                const int k = text[i + 1] - '1';
                const Level other = level_of(k);
                const int value = counters.started[k] ? counters.value[k] : other.start;
                const Format f = level.legal ? Format::decimal : other.format;
                info.display += format_number(value, f == Format::bullet ? Format::decimal : f);
                ++i;
            } else {
                info.display += text[i];
            }
        }
        return info;
    }

  private:
    struct Counters {
        std::array<int, kMaxLevels> value{};
        std::array<bool, kMaxLevels> started{};
    };

    int resolved_abstract_id(int id) const {
        const auto it = abstracts_.find(id);
        if (it == abstracts_.end() || it->second.num_style_link.empty()) return id;
        for (const auto& [other_id, other] : abstracts_)
            if (other.style_link == it->second.num_style_link) return other_id;
        return id;
    }

    const AbstractNum* abstract_of(int num_id) const {
        const auto num = nums_.find(num_id);
        if (num == nums_.end()) return nullptr;
        const auto it = abstracts_.find(resolved_abstract_id(num->second.abstract_id));
        return it == abstracts_.end() ? nullptr : &it->second;
    }

    std::map<int, AbstractNum> abstracts_;
    std::map<int, Num> nums_;
    std::map<int, Counters> counters_;
    std::set<int> started_nums_;
};

// ---------------------------------------------------------------------------------------------
// Text of paragraphs

/// Footnote ids in order of reference, numbered 1, 2, ... as Word shows them.
class FootnoteNumbers {
  public:
    std::string number_for(const std::string& id) {
        const auto [it, inserted] = numbers_.emplace(id, std::to_string(numbers_.size() + 1));
        if (inserted) order_.push_back(id);
        return it->second;
    }
    const std::vector<std::string>& order() const { return order_; }
    const std::string& number(const std::string& id) const { return numbers_.at(id); }

  private:
    std::unordered_map<std::string, std::string> numbers_;
    std::vector<std::string> order_;
};

struct ParagraphText {
    std::string text;
    std::vector<std::string> refs;  ///< footnote numbers
};

bool is_skipped_inline(const pugi::xml_node& node) {
    static const std::unordered_set<std::string> kSkipped = {"pPr",
                                                             "rPr",
                                                             "del",
                                                             "delText",
                                                             "moveFrom",
                                                             "instrText",
                                                             "delInstrText",
                                                             "drawing",
                                                             "pict",
                                                             "object",
                                                             "AlternateContent",
                                                             "footnoteRef",
                                                             "endnoteRef",
                                                             "commentReference",
                                                             "annotationRef",
                                                             "fldData",
                                                             "sectPr",
                                                             "tblPr",
                                                             "trPr",
                                                             "tcPr",
                                                             "tblGrid",
                                                             "bookmarkStart",
                                                             "bookmarkEnd"};
    return kSkipped.count(local_name(node)) > 0;
}

/// A toggle property such as <w:vanish/>: on unless w:val is "0", "false" or "off".
bool is_on(const pugi::xml_node& node) {
    if (!node) return false;
    const std::string v = attr_string(node, "val");
    return v != "0" && v != "false" && v != "off";
}

void collect_text(const pugi::xml_node& node, ParagraphText& out, FootnoteNumbers* footnotes) {
    for (pugi::xml_node c : node.children()) {
        if (c.type() != pugi::node_element) continue;
        if (is_skipped_inline(c)) continue;
        const char* name = local_name(c);
        if (std::strcmp(name, "t") == 0) {
            out.text += c.text().get();
        } else if (std::strcmp(name, "tab") == 0 || std::strcmp(name, "br") == 0 ||
                   std::strcmp(name, "cr") == 0 || std::strcmp(name, "ptab") == 0) {
            out.text += ' ';
        } else if (std::strcmp(name, "noBreakHyphen") == 0) {
            out.text += "\xE2\x80\x91";
        } else if (std::strcmp(name, "footnoteReference") == 0) {
            if (footnotes != nullptr)
                out.refs.push_back(footnotes->number_for(attr_string(c, "id")));
        } else if (std::strcmp(name, "p") == 0) {
            if (!out.text.empty()) out.text += ' ';
            collect_text(c, out, footnotes);
        } else if (std::strcmp(name, "r") == 0 && is_on(child(child(c, "rPr"), "vanish"))) {
            continue;  // hidden text
        } else {
            collect_text(c, out, footnotes);  // r, ins, moveTo, hyperlink, smartTag, sdt, ...
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Structure

/// "46. The Committee" -> ("46", "The Committee").
std::optional<std::pair<std::string, std::string>> typed_number(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && i < 4 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == 0 || i > 3 || i + 1 >= text.size() || text[i] != '.' || text[i + 1] != ' ')
        return std::nullopt;
    return std::make_pair(text.substr(0, i), text.substr(i + 2));
}

/// "3. Drug policy", "3.1 Drug policy" -> "3", "3.1".
std::string heading_number(const std::string& text) {
    std::size_t i = 0;
    bool digit = false;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (digit && text[i] == '.'))) {
        digit = true;
        ++i;
    }
    if (!digit || i >= text.size() || text[i] != ' ') return {};
    std::string number = text.substr(0, i);
    if (number.find('.') == std::string::npos && number.size() > 2) return {};  // "2030 Agenda"
    while (!number.empty() && number.back() == '.') number.pop_back();
    return number;
}

bool is_letter_format(Format f) {
    return f == Format::lower_letter || f == Format::upper_letter;
}
bool is_roman_format(Format f) {
    return f == Format::lower_roman || f == Format::upper_roman;
}

class Builder {
  public:
    Builder(Document& doc, const Styles& styles, Numbering& numbering, FootnoteNumbers& footnotes)
        : doc_(doc), styles_(styles), numbering_(numbering), footnotes_(footnotes) {}

    void body(const pugi::xml_node& node) {
        for (pugi::xml_node c : node.children()) {
            if (is(c, "p")) {
                paragraph(c);
            } else if (is(c, "tbl")) {
                table(c);
            } else if (is(c, "sdt")) {
                body(child(c, "sdtContent"));
            } else if (is(c, "customXml") || is(c, "ins") || is(c, "moveTo")) {
                body(c);
            }
        }
    }

    void finish() {
        if (!doc_.units.empty())
            doc_.units.back().footnote_refs.insert(doc_.units.back().footnote_refs.end(),
                                                   pending_refs_.begin(), pending_refs_.end());
    }

    const std::string& title_style_text() const { return title_; }
    const std::string& first_heading() const { return first_heading_; }

  private:
    struct SubEntry {
        int abstract_id;
        int level;
        Format format;
        std::string label;
    };

    std::optional<NumberInfo> numbering_of(const pugi::xml_node& ppr, const std::string& style) {
        const pugi::xml_node numpr = child(ppr, "numPr");
        std::optional<int> num_id = attr_int(child(numpr, "numId"), "val");
        std::optional<int> ilvl = attr_int(child(numpr, "ilvl"), "val");
        if (!num_id) {
            if (const auto from_style = styles_.numbering(style)) {
                num_id = from_style->first;
                if (!ilvl) ilvl = from_style->second;
                if (!ilvl) ilvl = numbering_.level_for_style(*num_id, style);
            }
        }
        if (!num_id || *num_id == 0) return std::nullopt;
        return numbering_.next(*num_id, ilvl.value_or(0));
    }

    void paragraph(const pugi::xml_node& p) {
        const pugi::xml_node ppr = child(p, "pPr");
        const std::string style = attr_string(child(ppr, "pStyle"), "val");
        std::optional<int> level;
        if (const auto outline = attr_int(child(ppr, "outlineLvl"), "val"))
            level = (*outline >= 0 && *outline < kMaxLevels) ? std::optional<int>(*outline + 1)
                                                             : std::nullopt;
        else
            level = styles_.heading_level(style);
        ParagraphText content;
        collect_text(p, content, &footnotes_);
        std::string text = normalize(content.text);
        // A deleted paragraph (tracked) is gone in Word's final view, number included; an empty
        // numbered paragraph still takes a number.
        if (text.empty() && child(child(ppr, "rPr"), "del")) return;
        const std::optional<NumberInfo> number = numbering_of(ppr, style);
        if (text.empty()) {
            pending_refs_.insert(pending_refs_.end(), content.refs.begin(), content.refs.end());
            return;
        }
        if (level) return heading(*level, number, std::move(text), content.refs);

        if (number && number->format == Format::bullet) return item(std::move(text), content.refs);
        if (number && number->format != Format::none) {
            const bool sub = is_letter_format(number->format) || is_roman_format(number->format) ||
                             (number->level > 0 && has_parent(*number));
            if (sub) return subparagraph(*number, std::move(text), content.refs);
            std::string label = number->display;
            while (!label.empty() && (label.back() == '.' || label.back() == ')')) label.pop_back();
            if (!label.empty() && label.front() == '(') label.erase(0, 1);
            // "%1.%2" gives "3.1"; a lvlText with words in it ("Paragraph %1") gives the number.
            if (label.empty() || label.find_first_not_of("0123456789.") != std::string::npos)
                label = number->token;
            return numbered(label, std::move(text), content.refs, number->abstract_id,
                            number->level);
        }
        if (auto typed = typed_number(text))
            return numbered(typed->first, std::move(typed->second), content.refs, -1, 0);
        plain(std::move(text), content.refs);
    }

    void heading(int level, const std::optional<NumberInfo>& number, std::string text,
                 const std::vector<std::string>& refs) {
        pending_refs_.insert(pending_refs_.end(), refs.begin(), refs.end());
        if (number && number->format != Format::bullet && !number->display.empty())
            text = number->display + " " + text;
        if (level == 0) {
            if (title_.empty()) title_ = text;
            return;
        }
        if (first_heading_.empty()) first_heading_ = text;
        while (!path_.empty() && path_.back().first >= level) path_.pop_back();
        path_.emplace_back(level, text);
        std::string section;
        for (const auto& entry : path_) {
            const std::string n = heading_number(entry.second);
            if (!n.empty()) section = n;
        }
        if (section != section_label_) counter_ = 0;  // K of "S/K" counts within section S
        section_label_ = std::move(section);
        paragraph_label_.clear();
        subs_.clear();
        bullet_owner_.clear();
    }

    bool has_parent(const NumberInfo& number) const {
        if (!paragraph_label_.empty() && paragraph_abstract_ == number.abstract_id &&
            paragraph_level_ < number.level)
            return true;
        for (const SubEntry& s : subs_)
            if (s.abstract_id == number.abstract_id && s.level < number.level) return true;
        return false;
    }

    void numbered(const std::string& label, std::string text, const std::vector<std::string>& refs,
                  int abstract_id, int level) {
        emit(UnitKind::paragraph, label, std::move(text), refs);
        paragraph_label_ = label;
        paragraph_abstract_ = abstract_id;
        paragraph_level_ = level;
        subs_.clear();
        bullet_owner_ = label;
        bullets_ = 0;
    }

    void subparagraph(const NumberInfo& number, std::string text,
                      const std::vector<std::string>& refs) {
        const auto valid_parent = [&](const SubEntry& s) {
            if (s.abstract_id == number.abstract_id) return s.level < number.level;
            return is_letter_format(s.format) && is_roman_format(number.format);
        };
        while (!subs_.empty() && !valid_parent(subs_.back())) subs_.pop_back();
        const std::string parent = subs_.empty() ? paragraph_label_ : subs_.back().label;
        if (parent.empty()) {  // nothing to hang it on
            emit(UnitKind::paragraph, next_counted_label(), std::move(text), refs);
            return;
        }
        const std::string label = parent + " (" + number.token + ")";
        emit(UnitKind::subparagraph, label, std::move(text), refs);
        subs_.push_back({number.abstract_id, number.level, number.format, label});
        bullet_owner_ = label;
        bullets_ = 0;
    }

    void item(std::string text, const std::vector<std::string>& refs) {
        if (bullet_owner_.empty()) {
            emit(UnitKind::item, next_counted_label(), std::move(text), refs);
        } else {
            emit(UnitKind::item, bullet_owner_ + ", bullet " + std::to_string(++bullets_),
                 std::move(text), refs);
        }
    }

    void plain(std::string text, const std::vector<std::string>& refs) {
        const std::string label = next_counted_label();
        emit(UnitKind::paragraph, label, std::move(text), refs);
        paragraph_label_ = label;
        paragraph_abstract_ = -2;
        paragraph_level_ = 0;
        subs_.clear();
        bullet_owner_.clear();
    }

    void table(const pugi::xml_node& tbl) {
        for (pugi::xml_node row : tbl.children()) {
            if (is(row, "sdt")) {
                table(child(row, "sdtContent"));
                continue;
            }
            if (!is(row, "tr")) continue;
            std::string line;
            std::vector<std::string> refs;
            for (pugi::xml_node cell : row.children()) {
                if (is(cell, "sdt")) cell = child(child(cell, "sdtContent"), "tc");
                if (!is(cell, "tc")) continue;
                std::string cell_text;
                cell_paragraphs(cell, cell_text, refs);
                cell_text = normalize(cell_text);
                if (cell_text.empty()) continue;
                if (!line.empty()) line += " | ";
                line += cell_text;
            }
            if (line.empty()) {
                pending_refs_.insert(pending_refs_.end(), refs.begin(), refs.end());
                continue;
            }
            emit(UnitKind::paragraph, next_counted_label(), std::move(line), refs);
            bullet_owner_.clear();
        }
    }

    /// Text of the paragraphs (and nested tables) of a cell; numbered paragraphs keep their
    /// number in the text and advance Word's counters.
    void cell_paragraphs(const pugi::xml_node& node, std::string& out,
                         std::vector<std::string>& refs) {
        for (pugi::xml_node c : node.children()) {
            if (is(c, "p")) {
                const pugi::xml_node ppr = child(c, "pPr");
                const auto number = numbering_of(ppr, attr_string(child(ppr, "pStyle"), "val"));
                ParagraphText content;
                collect_text(c, content, &footnotes_);
                const std::string text = normalize(content.text);
                refs.insert(refs.end(), content.refs.begin(), content.refs.end());
                if (text.empty()) continue;
                if (!out.empty()) out += ' ';
                if (number && number->format == Format::bullet)
                    out += "\xE2\x80\xA2 ";
                else if (number && !number->display.empty())
                    out += number->display + " ";
                out += text;
            } else if (is(c, "tbl") || is(c, "tr") || is(c, "tc") || is(c, "sdt") ||
                       is(c, "sdtContent") || is(c, "customXml")) {
                cell_paragraphs(c, out, refs);
            }
        }
    }

    /// "S/K" inside numbered section S, "¶K" before any; K skips labels already taken.
    std::string next_counted_label() {
        std::string label;
        do {
            ++counter_;
            label = core::place_label(section_label_, static_cast<std::size_t>(counter_));
        } while (used_labels_.count(label) > 0);
        return label;
    }

    void emit(UnitKind kind, const std::string& label, std::string text,
              const std::vector<std::string>& refs) {
        Unit unit;
        unit.kind = kind;
        unit.label = label;
        for (const auto& entry : path_) unit.section_path.push_back(entry.second);
        unit.text = std::move(text);
        unit.footnote_refs = std::move(pending_refs_);
        pending_refs_.clear();
        unit.footnote_refs.insert(unit.footnote_refs.end(), refs.begin(), refs.end());
        used_labels_.insert(label);
        doc_.units.push_back(std::move(unit));
    }

    Document& doc_;
    const Styles& styles_;
    Numbering& numbering_;
    FootnoteNumbers& footnotes_;
    std::vector<std::pair<int, std::string>> path_;  // (heading level, text)
    std::string section_label_;
    int counter_ = 0;
    std::string paragraph_label_;
    int paragraph_abstract_ = -2;
    int paragraph_level_ = 0;
    std::vector<SubEntry> subs_;
    std::string bullet_owner_;
    int bullets_ = 0;
    std::vector<std::string> pending_refs_;
    std::unordered_set<std::string> used_labels_;
    std::string title_;
    std::string first_heading_;
};

/// Part names by relationship type ("officeDocument", "styles", ...) from a .rels part; targets
/// are resolved against `base` (the folder of the source part).
std::unordered_map<std::string, std::string> relationships(const pugi::xml_node& root,
                                                           const std::string& base) {
    std::unordered_map<std::string, std::string> out;
    for (pugi::xml_node rel : root.children()) {
        if (!is(rel, "Relationship") || attr_string(rel, "TargetMode") == "External") continue;
        const std::string type = attr_string(rel, "Type");
        std::string target = attr_string(rel, "Target");
        if (type.empty() || target.empty()) continue;
        const std::string kind = type.substr(type.rfind('/') + 1);
        if (target.front() == '/')
            target.erase(0, 1);
        else if (!base.empty())
            target = base + "/" + target;
        target = std::filesystem::path(target).lexically_normal().generic_string();
        out.emplace(kind, target);
    }
    return out;
}

std::string language_code(const std::string& tag) {
    const std::string code = lower(tag.substr(0, tag.find_first_of("-_")));
    if (code == "en" || code == "ru" || code == "kk") return code;
    return {};
}

}  // namespace

Document formats::read_docx(std::string_view content, const std::string& path) {
    ZipArchive zip(content, path);
    const auto load = [&](const std::string& part) -> std::unique_ptr<pugi::xml_document> {
        const std::optional<std::string> text = zip.read(part);
        if (!text) return nullptr;
        return parse_xml(*text, part, path);
    };

    // Parts are found through the package relationships, with Word's names as the fallback.
    std::string main_part = "word/document.xml";
    if (const auto rels = load("_rels/.rels")) {
        const auto found = relationships(rels->document_element(), "");
        if (const auto it = found.find("officeDocument"); it != found.end()) main_part = it->second;
    }
    const std::string folder = std::filesystem::path(main_part).parent_path().generic_string();
    std::unordered_map<std::string, std::string> parts = {{"styles", "word/styles.xml"},
                                                          {"numbering", "word/numbering.xml"},
                                                          {"footnotes", "word/footnotes.xml"}};
    const std::string main_rels = (folder.empty() ? "" : folder + "/") + "_rels/" +
                                  std::filesystem::path(main_part).filename().generic_string() +
                                  ".rels";
    if (const auto rels = load(main_rels))
        for (const auto& [kind, target] : relationships(rels->document_element(), folder))
            if (parts.count(kind)) parts[kind] = target;

    const auto main = load(main_part);
    if (!main) throw InputError("not a Word document: no " + main_part + " in the zip", path);

    Document doc;
    doc.meta.id = std::filesystem::path(path).stem().string();
    doc.meta.source_path = path;

    Styles styles;
    if (const auto xml = load(parts["styles"])) styles.load(xml->document_element());
    doc.meta.lang = language_code(styles.default_lang());

    Numbering numbering;
    if (const auto xml = load(parts["numbering"])) numbering.load(xml->document_element());

    FootnoteNumbers footnote_numbers;
    Builder builder(doc, styles, numbering, footnote_numbers);
    builder.body(child(main->document_element(), "body"));
    builder.finish();

    // Footnotes, in the order they are cited (the numbers Word shows).
    if (!footnote_numbers.order().empty()) {
        if (const auto xml = load(parts["footnotes"])) {
            std::unordered_map<std::string, std::string> bodies;
            for (pugi::xml_node note : xml->document_element().children()) {
                if (!is(note, "footnote")) continue;
                const std::string type = attr_string(note, "type");
                if (!type.empty() && type != "normal") continue;
                ParagraphText text;
                collect_text(note, text, nullptr);
                bodies[attr_string(note, "id")] = normalize(text.text);
            }
            for (const std::string& id : footnote_numbers.order()) {
                const auto it = bodies.find(id);
                if (it == bodies.end() || it->second.empty()) continue;
                Unit unit;
                unit.kind = UnitKind::footnote;
                unit.label = "fn. " + footnote_numbers.number(id);
                unit.text = it->second;
                doc.units.push_back(std::move(unit));
            }
        }
    }

    if (const auto xml = load("docProps/core.xml")) {
        const pugi::xml_node root = xml->document_element();
        doc.meta.title = normalize(child(root, "title").text().get());
        doc.meta.author = normalize(child(root, "creator").text().get());
    }
    if (doc.meta.title.empty()) doc.meta.title = builder.title_style_text();
    if (doc.meta.title.empty()) doc.meta.title = builder.first_heading();
    if (doc.meta.title.empty()) doc.meta.title = doc.meta.id;
    if (doc.units.empty()) throw InputError("no text in this Word document", path);
    return doc;
}

}  // namespace paragraf::indexer
