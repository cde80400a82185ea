#include "indexer/readers/corpus_xml_reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <regex>
#include <set>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "core/vocabulary.hpp"

namespace paragraf::indexer {

namespace {

using core::Document;
using core::DocumentMeta;
using core::line_column;
using core::Unit;
using core::UnitKind;

class Parser {
  public:
    Parser(std::string_view content, std::string path)
        : content_(content), path_(std::move(path)) {}

    pugi::xml_document load() {
        // pugixml never reads external entities; we also refuse DTDs outright, so that an
        // internal entity cannot smuggle text in or blow up.
        const auto doctype = content_.find("<!DOCTYPE");
        if (doctype != std::string_view::npos)
            fail("DTDs are not allowed in corpus files", doctype);
        pugi::xml_document xml;
        const pugi::xml_parse_result result = xml.load_buffer(
            content_.data(), content_.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
            pugi::encoding_utf8);
        if (!result) fail(std::string("malformed XML: ") + result.description(), result.offset);
        return xml;
    }

    [[noreturn]] void fail(const std::string& message, std::ptrdiff_t offset) const {
        const auto [line, column] = line_column(content_, offset);
        throw InputError(message, path_, line, column);
    }

    [[noreturn]] void fail(const std::string& message, const pugi::xml_node& node) const {
        fail(message, node.offset_debug());
    }

    DocumentMeta read_meta(const pugi::xml_node& meta) const {
        static const std::array<const char*, 11> known{"id",      "symbol", "title",   "author",
                                                       "body",    "type",   "country", "date",
                                                       "session", "cycle",  "lang"};
        std::map<std::string, std::string> fields;
        for (const pugi::xml_node& child : meta.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string name = child.name();
            if (std::find(known.begin(), known.end(), name) == known.end())
                fail("unknown metadata element <" + name + ">", child);
            if (fields.count(name)) fail("repeated metadata element <" + name + ">", child);
            fields[name] = collapse(child.text().get());
        }
        auto need = [&](const char* name) {
            auto it = fields.find(name);
            if (it == fields.end() || it->second.empty())
                fail(std::string("metadata lacks <") + name + ">", meta);
            return it->second;
        };
        DocumentMeta m;
        m.id = need("id");
        m.title = need("title");
        m.type = need("type");
        m.lang = need("lang");
        m.symbol = fields["symbol"];
        m.author = fields["author"];
        m.body = fields["body"];
        m.country = fields["country"];
        m.date = fields["date"];
        m.session = fields["session"];
        m.cycle = fields["cycle"];
        m.source_path = path_;
        check(m, meta);
        return m;
    }

    Document read_document(const pugi::xml_node& root) {
        Document doc;
        const pugi::xml_node meta = root.child("meta");
        if (!meta) fail("<document> lacks <meta>", root);
        doc.meta = read_meta(meta);
        for (const pugi::xml_node& child : root.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string name = child.name();
            if (name == "meta") continue;
            if (name == "text") {
                numbers_restart_ = has_repeated_paragraph_numbers(child);
                Section top;
                read_section_body(child, top, doc);
            } else if (name == "footnotes") {
                read_footnotes(child, doc);
            } else {
                fail("unexpected element <" + name + "> in <document>", child);
            }
        }
        return doc;
    }

  private:
    struct Section {
        // Number of the nearest numbered section (this one or an ancestor); "" if none. An
        // unnumbered sub-heading does not start a new count: its units are still cited by
        // the numbered section around it.
        std::string number;
        std::vector<std::string> path;  // headings, outermost first
        int own_places = 0;
        int* places = &own_places;  // counter of units for "S/K" labels, shared as `number` is
    };

    static std::string collapse(std::string_view text) { return core::collapse_whitespace(text); }

    void check(const DocumentMeta& m, const pugi::xml_node& meta) const {
        static const std::regex id_re("[A-Za-z0-9._-]+");
        static const std::regex country_re("[A-Z]{3}");
        static const std::regex date_re("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
        static const std::regex cycle_re("[0-9]+(-[0-9]+)?");
        namespace vocab = core::vocabulary;
        if (!std::regex_match(m.id, id_re))
            fail("<id> may hold only letters, digits, '.', '_' and '-': \"" + m.id + "\"", meta);
        if (!vocab::contains(vocab::kDocumentTypes, m.type))
            fail("unknown document <type> \"" + m.type + "\"", meta);
        if (!vocab::contains(vocab::kLanguages, m.lang))
            fail("<lang> must be en, ru or kk, not \"" + m.lang + "\"", meta);
        if (!m.body.empty() && !vocab::contains(vocab::kBodies, m.body))
            fail("unknown treaty <body> \"" + m.body + "\"", meta);
        if (!m.country.empty() && !std::regex_match(m.country, country_re))
            fail("<country> must be an ISO 3166 alpha-3 code, not \"" + m.country + "\"", meta);
        if (!m.date.empty() && !std::regex_match(m.date, date_re))
            fail("<date> must be YYYY, YYYY-MM or YYYY-MM-DD, not \"" + m.date + "\"", meta);
        if (!m.cycle.empty() && !std::regex_match(m.cycle, cycle_re))
            fail("<cycle> must be a number or a range like 5-6, not \"" + m.cycle + "\"", meta);
    }

    // Reads the inline content of a unit element: text, <em>, <q>, <fnref>. Block children
    // (<sub>, <list>) are left to the caller.
    void read_inline(const pugi::xml_node& node, Unit& unit, std::string& text) const {
        for (const pugi::xml_node& child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                text += child.value();
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            const std::string name = child.name();
            if (name == "em" || name == "q") {
                read_inline(child, unit, text);
            } else if (name == "fnref") {
                const std::string n = child.attribute("n").value();
                if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos)
                    fail("<fnref> needs a numeric n attribute", child);
                unit.footnote_refs.push_back(n);
            } else if (name != "sub" && name != "list") {
                fail("unexpected element <" + name + "> in <" + node.name() + ">", child);
            }
        }
    }

    void add_unit(Document& doc, Unit unit, const pugi::xml_node& node, std::string text) const {
        unit.text = collapse(text);
        if (unit.text.empty()) fail(std::string("empty <") + node.name() + ">", node);
        doc.units.push_back(std::move(unit));
    }

    template <typename Visit>
    void for_each_item(const pugi::xml_node& list, Visit visit) const {
        for (const pugi::xml_node& item : list.children()) {
            if (item.type() != pugi::node_element) continue;
            if (std::string(item.name()) != "item")
                fail("unexpected element <" + std::string(item.name()) + "> in <list>", item);
            visit(item);
        }
    }

    std::string place_label(Section& section) const {
        return core::place_label(section.number, static_cast<std::size_t>(++*section.places));
    }

    void read_block_children(const pugi::xml_node& node, const std::string& label,
                             const Section& section, Document& doc) {
        int bullets = 0;
        for (const pugi::xml_node& child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            const std::string name = child.name();
            if (name == "sub") {
                const std::string n = child.attribute("n").value();
                static const std::regex sub_re("[a-z]+");
                if (!std::regex_match(n, sub_re))
                    fail("<sub> needs an n attribute of letters (a, b, iv)", child);
                read_unit(child, UnitKind::subparagraph, label + " (" + n + ")", section, doc);
            } else if (name == "list") {
                for_each_item(child, [&](const pugi::xml_node& item) {
                    read_unit(item, UnitKind::item, label + ", bullet " + std::to_string(++bullets),
                              section, doc);
                });
            }
        }
    }

    void read_unit(const pugi::xml_node& node, UnitKind kind, const std::string& label,
                   const Section& section, Document& doc) {
        Unit unit;
        unit.kind = kind;
        unit.label = label;
        unit.section_path = section.path;
        std::string text;
        read_inline(node, unit, text);
        add_unit(doc, std::move(unit), node, std::move(text));
        read_block_children(node, label, section, doc);
    }

    void read_section_body(const pugi::xml_node& node, Section& section, Document& doc) {
        for (const pugi::xml_node& child : node.children()) {
            if (child.type() == pugi::node_pcdata && !collapse(child.value()).empty())
                fail("text outside a paragraph", child);
            if (child.type() != pugi::node_element) continue;
            const std::string name = child.name();
            if (name == "p") {
                static const std::regex p_re("[0-9]+(\\.[0-9]+)*");
                const std::string n = child.attribute("n").value();
                if (!n.empty() && !std::regex_match(n, p_re))
                    fail("<p n=\"" + n + "\">: paragraph numbers are digits and dots", child);
                // Numbered paragraphs keep their number as printed: UN documents number them
                // across sections, and that number is what people cite.
                std::string label = n.empty() ? place_label(section) : n;
                if (!n.empty() && numbers_restart_ && !section.number.empty())
                    label = section.number + "/" + n;
                read_unit(child, UnitKind::paragraph, label, section, doc);
            } else if (name == "list") {
                for_each_item(child, [&](const pugi::xml_node& item) {
                    read_unit(item, UnitKind::item, place_label(section), section, doc);
                });
            } else if (name == "section") {
                Section inner;
                const std::string number = child.attribute("number").value();
                if (number.empty()) {
                    inner.number = section.number;
                    inner.places = section.places;
                } else {
                    inner.number = number;
                }
                inner.path = section.path;
                const std::string heading = collapse(child.child("heading").text().get());
                std::string entry = number;
                if (!entry.empty() && !heading.empty()) entry += ". ";
                entry += heading;
                if (!entry.empty()) inner.path.push_back(entry);
                read_section_body(child, inner, doc);
            } else if (name == "heading") {
                continue;  // read by the enclosing section
            } else {
                fail("unexpected element <" + name + "> in <" + node.name() + ">", child);
            }
        }
    }

    void read_footnotes(const pugi::xml_node& node, Document& doc) {
        for (const pugi::xml_node& fn : node.children()) {
            if (fn.type() != pugi::node_element) continue;
            if (std::string(fn.name()) != "fn")
                fail("unexpected element <" + std::string(fn.name()) + "> in <footnotes>", fn);
            const std::string n = fn.attribute("n").value();
            if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos)
                fail("<fn> needs a numeric n attribute", fn);
            Unit unit;
            unit.kind = UnitKind::footnote;
            unit.label = "fn. " + n;
            std::string text;
            read_inline(fn, unit, text);
            add_unit(doc, std::move(unit), fn, std::move(text));
        }
    }

    // Laws and codes number clauses afresh in each article; UN documents number paragraphs
    // once across the whole text. Only in the first case must the section qualify the label.
    static bool has_repeated_paragraph_numbers(const pugi::xml_node& text) {
        std::set<std::string> seen;
        for (const pugi::xpath_node& p : text.select_nodes(".//p[@n]"))
            if (!seen.insert(p.node().attribute("n").value()).second) return true;
        return false;
    }

    std::string_view content_;
    std::string path_;
    bool numbers_restart_ = false;
};

}  // namespace

Document read_corpus_xml(std::string_view content, const std::string& path) {
    Parser parser(content, path);
    pugi::xml_document xml = parser.load();
    const pugi::xml_node root = xml.document_element();
    if (std::string(root.name()) != "document")
        parser.fail("the root element must be <document>, not <" + std::string(root.name()) + ">",
                    root);
    return parser.read_document(root);
}

DocumentMeta read_meta_xml(std::string_view content, const std::string& path) {
    Parser parser(content, path);
    pugi::xml_document xml = parser.load();
    const pugi::xml_node root = xml.document_element();
    if (std::string(root.name()) != "meta")
        parser.fail(
            "a sidecar's root element must be <meta>, not <" + std::string(root.name()) + ">",
            root);
    return parser.read_meta(root);
}

}  // namespace paragraf::indexer
