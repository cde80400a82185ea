#include "core/thesaurus.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace paragraf::core {

namespace {

namespace fs = std::filesystem;

// Matching channels. Each language's labels are compared on that language's stems; an
// abbreviation, or a label marked stem="no", is compared on the normalised words themselves,
// whatever its language, because a stemmer would merge "AIDS" with "aids", "OAT" with "oats"
// and "minors" with "minorities".
enum Channel : std::size_t { kEnglish = 0, kRussian = 1, kKazakh = 2, kRaw = 3, kChannels = 4 };
constexpr std::array<const char*, 3> kLanguages{"en", "ru", "kk"};

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

constexpr std::array<std::string_view, 8> kCategories{"right",  "principle", "procedure", "group",
                                                      "health", "justice",   "equality",  "civic"};
constexpr std::array<std::string_view, 10> kInstruments{
    "ICESCR", "ICCPR", "CAT", "CEDAW", "CRC", "CERD", "CRPD", "ICRMW", "CPED", "UDHR"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::size_t channel_of(std::string_view lang) {
    for (std::size_t c = 0; c < kLanguages.size(); ++c)
        if (lang == kLanguages[c]) return c;
    return kChannels;
}

// Label text as written, with runs of white space collapsed (labels may be wrapped).
std::string collapse(std::string_view text) {
    return collapse_whitespace(text);
}

// One label as read from the file, before compilation.
struct RawLabel {
    std::string text;
    std::size_t lang;  // index into kLanguages
    bool abbreviation = false;
    bool exact = false;  // compared on normalised words, not stems (abbr, or stem="no")
    bool case_sensitive = false;
    std::ptrdiff_t offset = 0;  // for messages
};

}  // namespace

struct Thesaurus::Index {
    // A label ending at a trie node.
    struct Terminal {
        std::uint32_t concept_index;
        std::uint8_t lang;  // index into kLanguages
        // For case-sensitive abbreviations: the label's words as written, which the text's
        // words must equal byte for byte. Empty otherwise.
        std::vector<std::string> surfaces;
    };

    // Stems and abbreviation words of all labels, as small integers; shared by the channels
    // (the channel is part of the edge through its root node).
    std::unordered_map<std::string, std::uint32_t> vocabulary;
    // Trie over vocabulary ids. Nodes 0..kChannels-1 are the channels' roots.
    std::vector<std::vector<Terminal>> terminals{kChannels};
    std::unordered_map<std::uint64_t, std::uint32_t> edges;
    std::array<bool, kChannels> used{};
    // Distinguishes compiled indexes for the per-thread stem cache (an address could be reused).
    std::uint64_t serial = 0;

    std::uint32_t id_of(const std::string& key) const {
        const auto it = vocabulary.find(key);
        return it == vocabulary.end() ? kNone : it->second;
    }

    static std::uint64_t edge_key(std::uint32_t node, std::uint32_t token) {
        return (static_cast<std::uint64_t>(node) << 32) | token;
    }

    void add(std::size_t channel, const std::vector<std::string>& keys, Terminal terminal) {
        used[channel] = true;
        auto node = static_cast<std::uint32_t>(channel);
        for (const std::string& key : keys) {
            const auto v =
                vocabulary.try_emplace(key, static_cast<std::uint32_t>(vocabulary.size())).first;
            const auto [e, added] = edges.try_emplace(edge_key(node, v->second),
                                                      static_cast<std::uint32_t>(terminals.size()));
            if (added) terminals.emplace_back();
            node = e->second;
        }
        auto& here = terminals[node];
        // The same label twice in one concept (or two labels that stem alike) is one terminal.
        for (const Terminal& t : here)
            if (t.concept_index == terminal.concept_index && t.lang == terminal.lang &&
                t.surfaces == terminal.surfaces)
                return;
        here.push_back(std::move(terminal));
    }
};

namespace {

class Loader {
  public:
    Loader(std::string content, std::string path)
        : content_(std::move(content)), path_(std::move(path)) {}

    void read(std::vector<Concept>& concepts, std::vector<std::vector<RawLabel>>& labels) {
        // pugixml never reads external entities; refusing DTDs outright also keeps internal
        // entities from expanding, as the corpus reader does.
        const auto doctype = content_.find("<!DOCTYPE");
        if (doctype != std::string::npos)
            fail("DTDs are not allowed in the thesaurus", static_cast<std::ptrdiff_t>(doctype));
        pugi::xml_document xml;
        const pugi::xml_parse_result result = xml.load_buffer(
            content_.data(), content_.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!result) fail(std::string("malformed XML: ") + result.description(), result.offset);

        const pugi::xml_node root = xml.document_element();
        if (std::string_view(root.name()) != "thesaurus")
            fail("the root element must be <thesaurus>, not <" + std::string(root.name()) + ">",
                 root);
        for (const pugi::xml_attribute& a : root.attributes()) {
            if (std::string_view(a.name()) != "version")
                fail("unknown attribute " + std::string(a.name()) + " on <thesaurus>", root);
            if (std::string_view(a.value()) != "1")
                fail("unsupported thesaurus version \"" + std::string(a.value()) + "\"", root);
        }
        for (const pugi::xml_node& node : root.children()) {
            if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
                if (!collapse(node.value()).empty()) fail("text outside <concept>", node);
                continue;
            }
            if (node.type() != pugi::node_element) continue;
            if (std::string_view(node.name()) != "concept")
                fail("unexpected element <" + std::string(node.name()) + "> in <thesaurus>", node);
            concepts.push_back(read_concept(node, labels.emplace_back()));
            offsets_.push_back(node.offset_debug());
        }
        if (concepts.empty()) fail("the thesaurus has no concepts", root);
        check_references(concepts);
    }

    [[noreturn]] void fail(const std::string& message, std::ptrdiff_t offset) const {
        const auto [line, column] = line_column(content_, offset);
        throw InputError(message, path_, line, column);
    }

    [[noreturn]] void fail(const std::string& message, const pugi::xml_node& node) const {
        fail(message, node.offset_debug());
    }

  private:
    Concept read_concept(const pugi::xml_node& node, std::vector<RawLabel>& labels) {
        static const std::regex id_re("[a-z0-9]+(-[a-z0-9]+)*");
        Concept c;
        for (const pugi::xml_attribute& a : node.attributes()) {
            const std::string_view name = a.name();
            if (name == "id") {
                c.id = a.value();
            } else if (name == "category") {
                c.category = a.value();
            } else if (name == "broader") {
                c.broader = a.value();
                if (c.broader.empty()) fail("empty broader attribute", node);
            } else {
                fail("unknown attribute " + std::string(name) + " on <concept>", node);
            }
        }
        if (c.id.empty()) fail("<concept> lacks an id", node);
        if (!std::regex_match(c.id, id_re))
            fail("concept id \"" + c.id + "\" may hold only a-z, 0-9 and inner '-'", node);
        if (!ids_.insert(c.id).second) fail("duplicate concept id \"" + c.id + "\"", node);
        if (!one_of(kCategories, c.category))
            fail("concept \"" + c.id + "\" has an unknown category \"" + c.category + "\"", node);
        if (!c.broader.empty() && !std::regex_match(c.broader, id_re))
            fail("broader \"" + c.broader + "\" is not a concept id", node);
        if (c.broader == c.id) fail("concept \"" + c.id + "\" is broader than itself", node);

        std::array<bool, kLanguages.size()> seen{};
        for (const pugi::xml_node& child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!collapse(child.value()).empty()) fail("text outside a label", child);
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = child.name();
            if (name == "labels") {
                const std::size_t lang = read_labels(child, c, labels);
                if (seen[lang])
                    fail("concept \"" + c.id + "\" has two <labels> for " + kLanguages[lang],
                         child);
                seen[lang] = true;
            } else if (name == "article") {
                c.articles.push_back(read_article(child));
            } else {
                fail("unexpected element <" + std::string(name) + "> in <concept>", child);
            }
        }
        for (std::size_t lang = 0; lang < kLanguages.size(); ++lang)
            if (!seen[lang])
                fail("concept \"" + c.id + "\" has no " + kLanguages[lang] + " labels", node);
        return c;
    }

    std::size_t read_labels(const pugi::xml_node& node, Concept& c, std::vector<RawLabel>& labels) {
        std::string lang_name;
        for (const pugi::xml_attribute& a : node.attributes()) {
            if (std::string_view(a.name()) != "xml:lang")
                fail("unknown attribute " + std::string(a.name()) + " on <labels>", node);
            lang_name = a.value();
        }
        const std::size_t lang = channel_of(lang_name);
        if (lang >= kLanguages.size())
            fail("<labels> needs xml:lang en, ru or kk, not \"" + lang_name + "\"", node);
        std::vector<std::string>& texts = c.labels[lang_name];
        if (!texts.empty())
            fail("concept \"" + c.id + "\" has two <labels> for " + lang_name, node);

        for (const pugi::xml_node& child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!collapse(child.value()).empty()) fail("text outside a label", child);
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            const std::string_view kind = child.name();
            if (kind != "pref" && kind != "alt" && kind != "abbr")
                fail("unexpected element <" + std::string(kind) + "> in <labels>", child);
            if ((kind == "pref") != texts.empty())
                fail(texts.empty() ? "<labels> must begin with <pref>"
                                   : "<labels> has more than one <pref>",
                     child);
            RawLabel label;
            label.lang = lang;
            label.abbreviation = kind == "abbr";
            label.exact = label.abbreviation;
            label.offset = child.offset_debug();
            bool unverified = false;
            for (const pugi::xml_attribute& a : child.attributes()) {
                const std::string_view name = a.name();
                const std::string_view value = a.value();
                if (name == "status" && value == "unverified") {
                    unverified = true;
                } else if (name == "case" && value == "sensitive" && label.abbreviation) {
                    label.case_sensitive = true;
                } else if (name == "stem" && value == "no" && !label.abbreviation) {
                    label.exact = true;
                } else {
                    fail("unexpected attribute " + std::string(name) + "=\"" + std::string(value) +
                             "\" on <" + std::string(kind) + ">",
                         child);
                }
            }
            for (const pugi::xml_node& inner : child.children())
                if (inner.type() != pugi::node_pcdata && inner.type() != pugi::node_cdata &&
                    inner.type() != pugi::node_comment)
                    fail("a label holds text only", inner);
            label.text = collapse(child.text().get());
            if (label.text.empty()) fail("empty label", child);
            if (std::find(texts.begin(), texts.end(), label.text) != texts.end())
                fail("label \"" + label.text + "\" repeated in concept \"" + c.id + "\"", child);
            texts.push_back(label.text);
            if (unverified) c.unverified.push_back(label.text);
            labels.push_back(std::move(label));
        }
        if (texts.empty()) fail("<labels> must hold a <pref>", node);
        return lang;
    }

    std::string read_article(const pugi::xml_node& node) const {
        static const std::regex n_re("[0-9]+(\\([0-9]+\\))?(\\([a-z]+\\))?(\\([ivx]+\\))?");
        std::string instrument;
        std::string n;
        for (const pugi::xml_attribute& a : node.attributes()) {
            const std::string_view name = a.name();
            if (name == "instrument")
                instrument = a.value();
            else if (name == "n")
                n = a.value();
            else
                fail("unknown attribute " + std::string(name) + " on <article>", node);
        }
        if (!one_of(kInstruments, instrument))
            fail("unknown instrument \"" + instrument + "\" in <article>", node);
        if (!std::regex_match(n, n_re))
            fail("article number \"" + n + "\" is not like 12, 2(2) or 7(a)(i)", node);
        if (!node.first_child().empty()) fail("<article> must be empty", node);
        return instrument + " " + n;
    }

    void check_references(const std::vector<Concept>& concepts) const {
        std::map<std::string_view, std::size_t> index;
        for (std::size_t i = 0; i < concepts.size(); ++i) index[concepts[i].id] = i;
        for (std::size_t i = 0; i < concepts.size(); ++i) {
            const Concept& c = concepts[i];
            if (c.broader.empty()) continue;
            if (!index.count(c.broader))
                fail(
                    "concept \"" + c.id + "\" has an unknown broader concept \"" + c.broader + "\"",
                    offsets_[i]);
            // A cycle would send anyone walking up the hierarchy round forever.
            std::size_t steps = 0;
            for (std::string_view up = c.broader; !up.empty();
                 up = concepts[index.at(up)].broader) {
                if (up == c.id || ++steps > concepts.size())
                    fail("concept \"" + c.id + "\" is its own broader concept (a cycle)",
                         offsets_[i]);
                if (!index.count(up)) break;  // reported when that concept is checked
            }
        }
    }

    std::string content_;
    std::string path_;
    std::set<std::string> ids_;
    std::vector<std::ptrdiff_t> offsets_;
};

// Stems of one token in each channel, as vocabulary ids (kNone: in no label).
using TokenKeys = std::array<std::uint32_t, kChannels>;

// Stemming a word in three languages costs more than segmenting it, and a paragraph's words
// mostly recur across paragraphs, so each thread remembers the keys of the words it has seen
// for the index it last matched against. Bounded: cleared when it grows past kCacheLimit.
struct KeyCache {
    static constexpr std::size_t kCacheLimit = 1 << 17;
    std::uint64_t serial = 0;
    std::unordered_map<std::string, TokenKeys> keys;
};

std::atomic<std::uint64_t> next_serial{1};

std::string read_whole_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot read the thesaurus", path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw InputError("cannot read the thesaurus", path);
    return buffer.str();
}

std::shared_ptr<const Thesaurus::Index> compile(const std::vector<std::vector<RawLabel>>& labels,
                                                const Loader& loader) {
    auto index = std::make_shared<Thesaurus::Index>();
    index->serial = next_serial.fetch_add(1);
    const Analyzer analyzer;
    for (std::size_t ci = 0; ci < labels.size(); ++ci) {
        for (const RawLabel& label : labels[ci]) {
            const std::vector<Token> tokens = analyzer.tokenize(label.text);
            if (tokens.empty())
                loader.fail("label \"" + label.text + "\" has no words", label.offset);
            std::vector<std::string> keys;
            Thesaurus::Index::Terminal terminal{
                static_cast<std::uint32_t>(ci), static_cast<std::uint8_t>(label.lang), {}};
            for (const Token& t : tokens) {
                keys.push_back(label.exact ? t.term
                                           : analyzer.stem(t.term, kLanguages[label.lang]));
                if (label.case_sensitive)
                    terminal.surfaces.push_back(label.text.substr(t.begin, t.end - t.begin));
            }
            index->add(label.exact ? kRaw : label.lang, keys, std::move(terminal));
        }
    }
    return index;
}

// Whether `candidate` is a regular file; `tried` collects what was looked at, for the error.
bool probe(const fs::path& candidate, std::vector<std::string>& tried) {
    tried.push_back(candidate.string());
    std::error_code ec;
    return fs::is_regular_file(candidate, ec);
}

std::string find_default(std::vector<std::string>& tried) {
    if (const char* env = std::getenv("PARAGRAF_THESAURUS"); env != nullptr && *env != '\0')
        return env;  // an explicit choice: used even if missing, so the error names it
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // Walking up covers build/ inside the source tree, build/tests/, and an installed
        // <prefix>/bin next to <prefix>/data or <prefix>/share/paragraf.
        for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
            if (probe(dir / "data" / "thesaurus.xml", tried))
                return (dir / "data" / "thesaurus.xml").string();
            if (probe(dir / "share" / "paragraf" / "thesaurus.xml", tried))
                return (dir / "share" / "paragraf" / "thesaurus.xml").string();
            if (dir == dir.root_path()) break;
        }
    }
#ifdef PARAGRAF_DATA_DIR
    if (probe(fs::path(PARAGRAF_DATA_DIR) / "thesaurus.xml", tried))
        return (fs::path(PARAGRAF_DATA_DIR) / "thesaurus.xml").string();
#endif
    return {};
}

}  // namespace

Thesaurus Thesaurus::load(const std::string& path) {
    Loader loader(read_whole_file(path), path);
    Thesaurus t;
    std::vector<std::vector<RawLabel>> labels;
    loader.read(t.concepts_, labels);
    for (std::size_t i = 0; i < t.concepts_.size(); ++i) t.by_id_[t.concepts_[i].id] = i;
    t.index_ = compile(labels, loader);
    return t;
}

std::string Thesaurus::default_path() {
    std::vector<std::string> tried;
    return find_default(tried);
}

Thesaurus Thesaurus::load_default() {
    std::vector<std::string> tried;
    const std::string path = find_default(tried);
    if (path.empty()) {
        std::string places;
        for (const std::string& p : tried) places += "\n  " + p;
        throw Error("no thesaurus found; set PARAGRAF_THESAURUS to data/thesaurus.xml. Tried:" +
                    places);
    }
    return load(path);
}

const Concept* Thesaurus::find(std::string_view id) const {
    const auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &concepts_[it->second];
}

std::vector<ConceptMatch> Thesaurus::match(std::string_view text, const std::string& lang) const {
    // Analyzer is not thread-safe and cheap to keep: one per thread.
    thread_local const Analyzer analyzer;
    return match(analyzer.tokenize(text), text, lang, analyzer);
}

std::vector<ConceptMatch> Thesaurus::match(const std::vector<Token>& tokens, std::string_view text,
                                           const std::string& lang,
                                           const Analyzer& analyzer) const {
    std::vector<ConceptMatch> out;
    if (!index_ || tokens.empty()) return out;
    const Index& index = *index_;
    const std::size_t n = tokens.size();

    thread_local KeyCache cache;
    if (cache.serial != index.serial || cache.keys.size() > KeyCache::kCacheLimit) {
        cache.keys.clear();
        cache.serial = index.serial;
    }
    std::vector<TokenKeys> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& term = tokens[i].term;
        const auto cached = cache.keys.find(term);
        if (cached != cache.keys.end()) {
            keys[i] = cached->second;
            continue;
        }
        for (std::size_t c = 0; c < kLanguages.size(); ++c)
            keys[i][c] = index.used[c] ? index.id_of(analyzer.stem(term, kLanguages[c])) : kNone;
        keys[i][kRaw] = index.used[kRaw] ? index.id_of(term) : kNone;
        cache.keys.emplace(term, keys[i]);
    }

    const std::size_t text_lang = channel_of(lang);
    std::vector<std::size_t> position(concepts_.size(), kNone);
    std::vector<const Index::Terminal*> best;
    auto surfaces_match = [&](const Index::Terminal& t, std::size_t first) {
        for (std::size_t k = 0; k < t.surfaces.size(); ++k) {
            const Token& tok = tokens[first + k];
            if (tok.end > text.size() ||
                text.substr(tok.begin, tok.end - tok.begin) != t.surfaces[k])
                return false;
        }
        return true;
    };

    for (std::size_t i = 0; i < n;) {
        // Longest match first; at equal length a match on the words as written beats one on
        // stems, since stemmers merge words a label kept apart ("minors" and "minorities").
        std::size_t best_rank = 0;
        best.clear();
        for (std::size_t c = 0; c < kChannels; ++c) {
            auto node = static_cast<std::uint32_t>(c);
            for (std::size_t j = i; j < n && keys[j][c] != kNone; ++j) {
                const auto e = index.edges.find(Index::edge_key(node, keys[j][c]));
                if (e == index.edges.end()) break;
                node = e->second;
                const std::size_t rank = 2 * (j + 1 - i) + (c == kRaw ? 1 : 0);
                for (const Index::Terminal& t : index.terminals[node]) {
                    if (!t.surfaces.empty() && !surfaces_match(t, i)) continue;
                    if (rank > best_rank) {
                        best_rank = rank;
                        best.clear();
                    }
                    if (rank == best_rank) best.push_back(&t);
                }
            }
        }
        if (best_rank == 0) {
            ++i;
            continue;
        }
        const std::size_t best_length = best_rank / 2;
        // Labels of the text's language win a tie; otherwise every language's reading stays.
        const bool prefer = std::any_of(best.begin(), best.end(), [&](const Index::Terminal* t) {
            return t->lang == text_lang;
        });
        const std::size_t end = i + best_length;
        for (const Index::Terminal* t : best) {
            if (prefer && t->lang != text_lang) continue;
            std::size_t& pos = position[t->concept_index];
            if (pos == kNone) {
                pos = out.size();
                out.push_back(ConceptMatch{&concepts_[t->concept_index], {}});
            }
            auto& spans = out[pos].spans;
            if (!spans.empty() && spans.back().first_token == i) continue;  // same words again
            spans.push_back(
                ConceptSpan{i, end, tokens[i].begin, tokens[end - 1].end, kLanguages[t->lang]});
        }
        i = end;
    }
    return out;
}

}  // namespace paragraf::core
