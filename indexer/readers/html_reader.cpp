// Compiled into the formats module only (formats_module.hpp); the public read_html_document
// in html_reader.hpp forwards here.
#include "indexer/readers/formats_module.hpp"

#include <gumbo.h>

#include <filesystem>
#include <memory>
#include <optional>

#include "core/article_heading.hpp"
#include "core/error.hpp"

namespace paragraf::indexer {

namespace {

using core::Document;
using core::Unit;
using core::UnitKind;

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Appends text, collapsing runs of white space into one space.
void append_collapsed(std::string& out, std::string_view text) {
    for (char c : text) {
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
}

std::string trim(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && s[start] == ' ') ++start;
    return s.substr(start);
}

bool is_skipped(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_SVG:
            return true;
        default:
            return false;
    }
}

bool is_list(GumboTag tag) {
    return tag == GUMBO_TAG_OL || tag == GUMBO_TAG_UL;
}

int heading_level(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_H1:
            return 1;
        case GUMBO_TAG_H2:
            return 2;
        case GUMBO_TAG_H3:
            return 3;
        case GUMBO_TAG_H4:
            return 4;
        case GUMBO_TAG_H5:
            return 5;
        case GUMBO_TAG_H6:
            return 6;
        default:
            return 0;
    }
}

// All text below a node; nested lists are left out when `skip_lists` (they are units of their
// own).
void collect_text(const GumboNode* node, std::string& out, bool skip_lists) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
        append_collapsed(out, node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (is_skipped(tag) || (skip_lists && is_list(tag))) return;
    if (tag == GUMBO_TAG_BR) {
        append_collapsed(out, " ");
        return;
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collect_text(static_cast<const GumboNode*>(children.data[i]), out, skip_lists);
    // Block boundaries separate words even without white space between tags.
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ||
        tag == GUMBO_TAG_LI)
        append_collapsed(out, " ");
}

std::string text_of(const GumboNode* node, bool skip_lists = false) {
    std::string out;
    collect_text(node, out, skip_lists);
    return trim(std::move(out));
}

const char* attribute(const GumboNode* node, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

// "46. The Committee..." -> "46".
std::optional<std::string> leading_number(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && i < 4 && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == 0 || i >= text.size() || text[i] != '.') return std::nullopt;
    if (i + 1 < text.size() && text[i + 1] != ' ') return std::nullopt;
    return text.substr(0, i);
}

class Builder {
  public:
    explicit Builder(Document& doc) : doc_(doc) {}

    void walk(const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return;
        const GumboTag tag = node->v.element.tag;
        if (is_skipped(tag)) return;
        if (const int level = heading_level(tag)) return heading(node, level);
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_SECTION) return container(node);
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_DD ||
            tag == GUMBO_TAG_DT)
            return paragraph(text_of(node));
        if (is_list(tag)) return list(node);
        if (tag == GUMBO_TAG_TR) return paragraph(row_text(node));
        if (tag == GUMBO_TAG_DIV && !has_block_children(node)) return paragraph(text_of(node));
        children(node);
    }

    void finish() { close_article(); }

  private:
    struct Pending {
        std::string text;
        bool list_item;
    };

    void children(const GumboNode* node) {
        const GumboVector& kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode*>(kids.data[i]));
    }

    static bool has_block_children(const GumboNode* node) {
        const GumboVector& kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
            if (kid->type != GUMBO_NODE_ELEMENT) continue;
            switch (kid->v.element.tag) {
                case GUMBO_TAG_P:
                case GUMBO_TAG_DIV:
                case GUMBO_TAG_OL:
                case GUMBO_TAG_UL:
                case GUMBO_TAG_TABLE:
                case GUMBO_TAG_H1:
                case GUMBO_TAG_H2:
                case GUMBO_TAG_H3:
                case GUMBO_TAG_H4:
                case GUMBO_TAG_H5:
                case GUMBO_TAG_H6:
                case GUMBO_TAG_SECTION:
                case GUMBO_TAG_ARTICLE:
                case GUMBO_TAG_BLOCKQUOTE:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    static std::string row_text(const GumboNode* row) {
        std::string out;
        const GumboVector& cells = row->v.element.children;
        for (unsigned i = 0; i < cells.length; ++i) {
            const auto* cell = static_cast<const GumboNode*>(cells.data[i]);
            if (cell->type != GUMBO_NODE_ELEMENT) continue;
            const std::string text = text_of(cell);
            if (text.empty()) continue;
            if (!out.empty()) out += " | ";
            out += text;
        }
        return out;
    }

    void container(const GumboNode* node) {
        const char* number = attribute(node, "data-number");
        if (number == nullptr) return children(node);
        close_article();
        article_ = number;
        children(node);
        close_article();
    }

    void heading(const GumboNode* node, int level) {
        const std::string text = text_of(node);
        if (text.empty()) return;
        if (level == 1 && !seen_h1_) {
            seen_h1_ = true;
            if (doc_.meta.title.empty()) doc_.meta.title = text;
            return;
        }
        if (const std::string number = core::article_of_heading(text); !number.empty()) {
            if (article_ != number) close_article();
            article_ = number;
        } else if (!article_.empty() && level <= article_level_) {
            close_article();
        }
        if (!article_.empty()) article_level_ = level;
        // A heading replaces those at its level and below.
        while (!path_.empty() && path_.back().first >= level) path_.pop_back();
        path_.emplace_back(level, text);
        last_number_.clear();
        bullets_ = 0;
    }

    std::vector<std::string> section_path() const {
        std::vector<std::string> out;
        for (const auto& [level, text] : path_) out.push_back(text);
        return out;
    }

    void paragraph(std::string text) {
        if (text.empty()) return;
        if (!article_.empty()) {
            pending_.push_back({std::move(text), false});
            return;
        }
        Unit unit;
        unit.section_path = section_path();
        if (auto number = leading_number(text)) {
            unit.label = *number;
            last_number_ = *number;
            bullets_ = 0;
        } else {
            unit.label = core::place_label({}, static_cast<std::size_t>(++unnumbered_));
            last_number_.clear();
        }
        unit.text = std::move(text);
        doc_.units.push_back(std::move(unit));
    }

    void list(const GumboNode* node) {
        const GumboVector& kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto* li = static_cast<const GumboNode*>(kids.data[i]);
            if (li->type != GUMBO_NODE_ELEMENT || li->v.element.tag != GUMBO_TAG_LI) continue;
            std::string text = text_of(li, /*skip_lists=*/true);
            if (!text.empty()) item(std::move(text));
            // Nested lists continue the numbering of their parent's context.
            const GumboVector& inner = li->v.element.children;
            for (unsigned k = 0; k < inner.length; ++k) {
                const auto* sub = static_cast<const GumboNode*>(inner.data[k]);
                if (sub->type == GUMBO_NODE_ELEMENT && is_list(sub->v.element.tag)) list(sub);
            }
        }
    }

    void item(std::string text) {
        if (!article_.empty()) {
            pending_.push_back({std::move(text), true});
            return;
        }
        Unit unit;
        unit.kind = UnitKind::item;
        unit.section_path = section_path();
        unit.label = last_number_.empty()
                         ? core::place_label({}, static_cast<std::size_t>(++unnumbered_))
                         : last_number_ + ", bullet " + std::to_string(++bullets_);
        unit.text = std::move(text);
        doc_.units.push_back(std::move(unit));
    }

    // An article's units are labelled once it is complete: a single paragraph is cited as the
    // article itself, numbered list items as its paragraphs "(1)", "(2)", the rest by place.
    void close_article() {
        if (article_.empty()) return;
        const std::string art = "art. " + article_;
        std::size_t item_no = 0, para_no = 0;
        for (Pending& p : pending_) {
            Unit unit;
            unit.section_path = section_path();
            if (p.list_item) {
                unit.kind = UnitKind::paragraph;
                unit.label = art + " (" + std::to_string(++item_no) + ")";
            } else if (pending_.size() == 1) {
                unit.label = art;
            } else {
                unit.label = art + ", para. " + std::to_string(++para_no);
            }
            unit.text = std::move(p.text);
            doc_.units.push_back(std::move(unit));
        }
        pending_.clear();
        article_.clear();
        article_level_ = 7;
    }

    Document& doc_;
    std::vector<std::pair<int, std::string>> path_;  // (heading level, text)
    std::string article_;                            // number of the open article, or ""
    int article_level_ = 7;                          // heading level that opened it
    std::vector<Pending> pending_;
    std::string last_number_;
    int bullets_ = 0;
    int unnumbered_ = 0;
    bool seen_h1_ = false;
};

const GumboNode* find_element(const GumboNode* node, GumboTag tag) {
    if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
    if (node->v.element.tag == tag) return node;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        if (const GumboNode* found = find_element(static_cast<const GumboNode*>(kids.data[i]), tag))
            return found;
    return nullptr;
}

std::string language_of(const GumboNode* html) {
    const char* lang = html ? attribute(html, "lang") : nullptr;
    if (lang == nullptr) return {};
    std::string code(lang);
    code = code.substr(0, code.find_first_of("-_"));
    for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (code == "en" || code == "ru" || code == "kk") return code;
    if (code == "eng") return "en";
    if (code == "rus") return "ru";
    if (code == "kaz") return "kk";
    return {};
}

}  // namespace

Document formats::read_html(std::string_view content, const std::string& path) {
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output) throw InputError("cannot parse HTML", path);

    Document doc;
    doc.meta.id = std::filesystem::path(path).stem().string();
    doc.meta.source_path = path;
    doc.meta.lang = language_of(output->root);

    Builder builder(doc);
    if (const GumboNode* body = find_element(output->root, GUMBO_TAG_BODY)) builder.walk(body);
    builder.finish();
    if (doc.meta.title.empty()) {
        if (const GumboNode* title = find_element(output->root, GUMBO_TAG_TITLE))
            doc.meta.title = text_of(title);
    }
    if (doc.meta.title.empty()) doc.meta.title = doc.meta.id;
    if (doc.units.empty()) throw InputError("no text in this HTML page", path);
    return doc;
}

}  // namespace paragraf::indexer
