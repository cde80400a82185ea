#include "query/render/reference_export.hpp"

#include <algorithm>
#include <set>

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "query/render/citation_style.hpp"

namespace paragraf::query {
namespace {

// One cited document with the units cited from it.
struct Cited {
    core::DocumentMeta doc;
    std::vector<core::Unit> units;
};

std::vector<Cited> by_document(const std::vector<core::StoredUnit>& units) {
    std::vector<Cited> out;
    for (const core::StoredUnit& s : units) {
        auto found = std::find_if(out.begin(), out.end(),
                                  [&](const Cited& c) { return c.doc.id == s.doc.id; });
        if (found == out.end()) {
            out.push_back({s.doc, {}});
            found = out.end() - 1;
        }
        found->units.push_back(s.unit);
    }
    return out;
}

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// {year, month, day} of an ISO date, as many as it gives; empty when it has no year.
std::vector<int> date_parts(const std::string& date) {
    std::vector<int> parts;
    if (date.size() < 4 || !is_digits(std::string_view(date).substr(0, 4))) return parts;
    parts.push_back(std::stoi(date.substr(0, 4)));
    if (date.size() >= 7 && date[4] == '-' && is_digits(std::string_view(date).substr(5, 2))) {
        parts.push_back(std::stoi(date.substr(5, 2)));
        if (date.size() >= 10 && date[7] == '-' && is_digits(std::string_view(date).substr(8, 2)))
            parts.push_back(std::stoi(date.substr(8, 2)));
    }
    return parts;
}

std::string two_digits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// undocs.org resolves a symbol to the document in the Official Document System.
std::string undocs_url(const std::string& symbol) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string url = "https://undocs.org/";
    for (const char ch : symbol) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') ||
                           std::string_view("/.-_()").find(ch) != std::string_view::npos;
        if (plain) {
            url += ch;
        } else {
            url += '%';
            url += kHex[c >> 4];
            url += kHex[c & 0x0F];
        }
    }
    return url;
}

bool has_language(const std::string& lang) {
    return !lang.empty() && lang != "und";
}

// "English", "Russian", "Kazakh" from ICU; the code itself when ICU has no name for it.
std::string language_name(const std::string& lang) {
    icu::UnicodeString name;
    icu::Locale(lang.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() ? lang : out;
}

// What every format needs of one document, worked out once.
struct Entry {
    bool un_document = false;  ///< has a UN symbol
    std::string author;        ///< issuing body, else the document's author
    std::string title;
    std::vector<int> date;  ///< {year[, month[, day]]}
    std::string note;       ///< the pinpoints cited
    std::string url;
};

Entry entry_of(const Cited& c) {
    Entry e;
    e.un_document = !c.doc.symbol.empty();
    // Russian versions get the body's Russian name and Russian pinpoints; others English.
    const bool russian = c.doc.lang == "ru";
    e.author = issuing_body(c.doc, russian ? "ru" : "en");
    e.title = document_title(c.doc);
    if (e.title.empty()) e.title = e.un_document ? c.doc.symbol : c.doc.id;
    e.date = date_parts(c.doc.date);
    e.note = format_pinpoints(c.units, russian ? CitationStyle::ru : CitationStyle::un);
    if (e.un_document) e.url = undocs_url(c.doc.symbol);
    return e;
}

std::string csl_json(const std::vector<Cited>& cited) {
    // Only variables of CSL 1.0.2, so that Zotero and citeproc processors take every field.
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const Cited& c : cited) {
        const Entry e = entry_of(c);
        nlohmann::ordered_json item;
        item["id"] = c.doc.id;
        item["type"] = e.un_document ? "report" : "document";
        item["title"] = e.title;
        if (!e.author.empty())
            item["author"] = nlohmann::ordered_json::array({{{"literal", e.author}}});
        if (!e.date.empty())
            item["issued"] = {{"date-parts", nlohmann::ordered_json::array({e.date})}};
        if (e.un_document) {
            item["number"] = c.doc.symbol;
            item["publisher"] = "United Nations";
        }
        if (has_language(c.doc.lang)) item["language"] = c.doc.lang;
        if (!e.note.empty()) item["note"] = e.note;
        if (!e.url.empty()) item["URL"] = e.url;
        items.push_back(std::move(item));
    }
    return items.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// RIS values are one line each.
std::string ris_value(std::string v) {
    std::replace(v.begin(), v.end(), '\n', ' ');
    std::replace(v.begin(), v.end(), '\r', ' ');
    return v;
}

// Tags as the RIS specification defines them for RPRT and as Zotero and EndNote read them: SN
// holds the report number (Zotero imports it as a report's reportNumber), PB the institution,
// which for a UN document is its issuing body, DA the full date as YYYY/MM/DD/. AU is read as
// "Last, First", so a corporate name with a comma ("Committee on Economic, Social and Cultural
// Rights") would come back as two halves of a person's name: such names go to PB only.
std::string ris(const std::vector<Cited>& cited) {
    std::string out;
    for (const Cited& c : cited) {
        const Entry e = entry_of(c);
        auto line = [&out](std::string_view tag, const std::string& value) {
            if (!value.empty()) out += std::string(tag) + "  - " + ris_value(value) + "\n";
        };
        if (!out.empty()) out += "\n";
        line("TY", e.un_document ? "RPRT" : "GEN");
        line("TI", e.title);
        if (e.author.find(',') == std::string::npos) line("AU", e.author);
        if (!e.date.empty()) {
            line("PY", std::to_string(e.date[0]));
            std::string da = std::to_string(e.date[0]) + "/";
            if (e.date.size() > 1) da += two_digits(e.date[1]);
            da += "/";
            if (e.date.size() > 2) da += two_digits(e.date[2]);
            line("DA", da + "/");
        }
        if (e.un_document)
            line("PB", e.author.empty() ? std::string("United Nations") : e.author);
        else if (e.author.find(',') != std::string::npos)
            line("PB", e.author);
        line("SN", c.doc.symbol);
        if (has_language(c.doc.lang)) line("LA", language_name(c.doc.lang));
        line("UR", e.url);
        line("N1", e.note);
        out += "ER  - \n";
    }
    return out;
}

// LaTeX specials escaped so that BibTeX and LaTeX print them as text. Braces become
// \textbraceleft{}/\textbraceright{}: BibTeX counts braces even after a backslash, so "\{" would
// unbalance the field. Non-ASCII stays UTF-8 (biber and modern LaTeX read it); the en dash
// becomes LaTeX's "--".
std::string bibtex_escape(const std::string& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        switch (c) {
            case '&':
            case '%':
            case '$':
            case '#':
            case '_':
                out += '\\';
                out += c;
                break;
            case '{':
                out += "\\textbraceleft{}";
                break;
            case '}':
                out += "\\textbraceright{}";
                break;
            case '~':
                out += "\\textasciitilde{}";
                break;
            case '^':
                out += "\\textasciicircum{}";
                break;
            case '\\':
                out += "\\textbackslash{}";
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            default:
                if (v.compare(i, 3, "\u2013") == 0) {
                    out += "--";
                    i += 2;
                } else {
                    out += c;
                }
        }
    }
    return out;
}

bool is_ascii_alnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// "E/C.12/KAZ/CO/2" → "E_C12_KAZ_CO_2": slashes and spaces become '_', dots and other
// punctuation go, hyphens stay; only ASCII.
std::string key_from(const std::string& text) {
    std::string key;
    for (const char c : text) {
        if (is_ascii_alnum(c) || c == '-') {
            key += c;
        } else if ((c == '/' || c == ' ' || c == '_') && !key.empty() && key.back() != '_') {
            key += '_';
        }
    }
    while (!key.empty() && (key.back() == '_' || key.back() == '-')) key.pop_back();
    return key;
}

std::string base_key(const core::DocumentMeta& doc) {
    if (!doc.symbol.empty())
        if (std::string key = key_from(doc.symbol); !key.empty()) return key;
    // Author's first word and year, as BibTeX users name entries: "EHRA2025".
    std::string word = doc.author.substr(0, doc.author.find(' '));
    if (std::string key = key_from(word); !key.empty()) {
        if (const int year = doc.year(); year > 0) key += std::to_string(year);
        return key;
    }
    if (std::string key = key_from(doc.id); !key.empty()) return key;
    return "ref";
}

// Keys unique within the output: documents sharing a base key (language versions of one symbol)
// get "a", "b", … in order.
std::vector<std::string> bibtex_keys(const std::vector<Cited>& cited) {
    std::vector<std::string> bases;
    for (const Cited& c : cited) bases.push_back(base_key(c.doc));
    std::set<std::string> used;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < bases.size(); ++i) {
        const bool clash = std::count(bases.begin(), bases.end(), bases[i]) > 1;
        std::string key = bases[i];
        for (std::size_t n = 0; clash || used.count(key) > 0; ++n) {
            key = bases[i] + static_cast<char>('a' + n % 26) +
                  (n >= 26 ? std::to_string(n / 26) : std::string());
            if (used.count(key) == 0) break;
        }
        used.insert(key);
        keys.push_back(key);
    }
    return keys;
}

std::string bibtex(const std::vector<Cited>& cited) {
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const std::vector<std::string> keys = bibtex_keys(cited);
    std::string out;
    for (std::size_t i = 0; i < cited.size(); ++i) {
        const Cited& c = cited[i];
        const Entry e = entry_of(c);
        std::vector<std::string> fields;
        auto field = [&fields](std::string_view name, const std::string& value) {
            if (!value.empty()) fields.push_back("  " + std::string(name) + " = " + value);
        };
        auto braced = [](const std::string& v) { return "{" + bibtex_escape(v) + "}"; };
        // Double braces: a corporate author is one name, and the title keeps its capitals.
        if (!e.author.empty()) field("author", "{" + braced(e.author) + "}");
        field("title", "{" + braced(e.title) + "}");
        if (e.un_document) {
            field("institution", braced("United Nations"));
            field("number", braced(c.doc.symbol));
        }
        if (!e.date.empty()) field("year", braced(std::to_string(e.date[0])));
        if (e.date.size() > 1 && e.date[1] >= 1 && e.date[1] <= 12)
            field("month", kMonths[e.date[1] - 1]);  // the month macros styles localise
        if (!e.note.empty()) field("note", braced(e.note));
        if (!e.url.empty()) field("url", "{" + e.url + "}");  // verbatim in url and biblatex
        if (has_language(c.doc.lang)) {
            std::string language = language_name(c.doc.lang);
            std::transform(language.begin(), language.end(), language.begin(), [](char ch) {
                return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
            });
            field("language", braced(language));
        }
        if (!out.empty()) out += "\n";
        out += std::string(e.un_document ? "@techreport{" : "@misc{") + keys[i];
        for (const std::string& f : fields) out += ",\n" + f;
        out += "\n}\n";
    }
    return out;
}

}  // namespace

ReferenceFormat reference_format_from_string(std::string_view name) {
    if (name == "csl-json") return ReferenceFormat::csl_json;
    if (name == "ris") return ReferenceFormat::ris;
    if (name == "bibtex") return ReferenceFormat::bibtex;
    throw QueryError("unknown reference format \"" + std::string(name) +
                     "\": use csl-json, ris or bibtex");
}

const char* to_string(ReferenceFormat format) {
    switch (format) {
        case ReferenceFormat::csl_json:
            return "csl-json";
        case ReferenceFormat::ris:
            return "ris";
        case ReferenceFormat::bibtex:
            return "bibtex";
    }
    return "csl-json";
}

std::string export_references(const std::vector<core::StoredUnit>& units, ReferenceFormat format) {
    const std::vector<Cited> cited = by_document(units);
    switch (format) {
        case ReferenceFormat::csl_json:
            return csl_json(cited);
        case ReferenceFormat::ris:
            return ris(cited);
        case ReferenceFormat::bibtex:
            return bibtex(cited);
    }
    return {};
}

}  // namespace paragraf::query
