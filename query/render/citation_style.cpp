#include "query/render/citation_style.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <memory>
#include <mutex>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/citation.hpp"
#include "core/error.hpp"
#include "core/un_bodies.hpp"
#include "core/un_symbol.hpp"

namespace paragraf::query {
namespace {

constexpr std::string_view kEnDash = "\u2013";

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// A pinpoint of core::pinpoint cut into what stays the same across several units of one kind
// and what varies: "sect. 3.1, para. 2" is {"sect. 3.1, ", "para.", "2"}.
struct Pin {
    std::string context;
    std::string noun;  ///< "para.", "fn.", "art." or "" for a pinpoint of no known form
    std::string item;
};

Pin split_pinpoint(const std::string& pinpoint) {
    static constexpr std::array<std::string_view, 3> nouns{"para.", "fn.", "art."};
    std::size_t best = std::string::npos;
    std::string_view best_noun;
    for (std::string_view noun : nouns) {
        const std::string needle = std::string(noun) + " ";
        for (std::size_t at = pinpoint.find(needle); at != std::string::npos;
             at = pinpoint.find(needle, at + 1)) {
            if (at != 0 && pinpoint[at - 1] != ' ') continue;
            // The last noun names the item ("sect. 3.1, para. 2"); "para. 7, bullet 2" has one.
            if (best == std::string::npos || at > best) {
                best = at;
                best_noun = noun;
            }
        }
    }
    if (best == std::string::npos) return {"", "", pinpoint};
    return {pinpoint.substr(0, best), std::string(best_noun),
            pinpoint.substr(best + best_noun.size() + 1)};
}

// Items sort by their leading number, then as text: "7" < "9" < "12" < "12 (a)".
bool item_less(const std::string& a, const std::string& b) {
    auto lead = [](const std::string& s) {
        std::size_t n = 0;
        while (n < s.size() && n < 9 && s[n] >= '0' && s[n] <= '9') ++n;
        return n == 0 ? INT_MAX : std::stoi(s.substr(0, n));
    };
    const int la = lead(a);
    const int lb = lead(b);
    if (la != lb) return la < lb;
    return a < b;
}

// "46", "47", "48", "50" → {"46–48", "50"}: runs of consecutive whole numbers become ranges.
std::vector<std::string> collapse_ranges(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < items.size()) {
        std::size_t j = i;
        if (is_digits(items[i]) && items[i].size() < 9) {
            while (j + 1 < items.size() && is_digits(items[j + 1]) && items[j + 1].size() < 9 &&
                   std::stoi(items[j + 1]) == std::stoi(items[j]) + 1)
                ++j;
        }
        out.push_back(j == i ? items[i] : items[i] + std::string(kEnDash) + items[j]);
        i = j + 1;
    }
    return out;
}

// "7, 9 and 12" / "7, 9 и 12".
std::string join_list(const std::vector<std::string>& parts, std::string_view conjunction) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " " + std::string(conjunction) + " " : ", ";
        out += parts[i];
    }
    return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

struct Group {
    std::string context;
    std::string noun;
    std::vector<std::string> items;
};

std::string render_group_en(const Group& g) {
    const bool plural = g.items.size() > 1 ||
                        (g.items.size() == 1 && g.items[0].find(kEnDash) != std::string::npos);
    std::string noun = g.noun;
    if (plural && !noun.empty()) noun = noun.substr(0, noun.size() - 1) + "s.";  // para. → paras.
    std::string out = g.context + noun;
    if (!noun.empty()) out += " ";
    return out + join_list(g.items, "and");
}

// Russian UN usage: "п. 46", "пп. 46–47", "сноска 8", "ст. 25 (1)", "разд. 3.1, п. 2", and
// "абз. 3" for unnumbered paragraphs and bullets.
std::string render_group_ru(const Group& g) {
    const bool plural = g.items.size() > 1 ||
                        (g.items.size() == 1 && g.items[0].find(kEnDash) != std::string::npos);
    std::string context = g.context;
    std::string noun;
    if (context == "unnumbered ") {
        context.clear();
        noun = "абз.";
    } else if (g.noun == "para.") {
        noun = plural ? "пп." : "п.";
    } else if (g.noun == "fn.") {
        noun = plural ? "сноски" : "сноска";
    } else if (g.noun == "art.") {
        noun = "ст.";
    }
    if (context.rfind("sect. ", 0) == 0) context = "разд. " + context.substr(6);
    std::vector<std::string> items;
    for (const std::string& item : g.items)
        items.push_back(replace_all(item, ", bullet ", ", абз. "));
    std::string out = context + noun;
    if (!noun.empty()) out += " ";
    return out + join_list(items, "и");
}

std::string pinpoints(const std::vector<core::Unit>& units, bool russian) {
    std::vector<Group> groups;
    for (const core::Unit& unit : units) {
        Pin pin = split_pinpoint(core::pinpoint(unit));
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& x) {
            return x.context == pin.context && x.noun == pin.noun;
        });
        if (g == groups.end()) {
            groups.push_back({pin.context, pin.noun, {}});
            g = groups.end() - 1;
        }
        if (std::find(g->items.begin(), g->items.end(), pin.item) == g->items.end())
            g->items.push_back(std::move(pin.item));
    }
    std::string out;
    for (Group& g : groups) {
        std::sort(g.items.begin(), g.items.end(), item_less);
        g.items = collapse_ranges(g.items);
        if (!out.empty()) out += "; ";
        out += russian ? render_group_ru(g) : render_group_en(g);
    }
    return out;
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// "second", "fifth", "twenty-first": English ordinal words, for the report cycles in symbols.
// Written out here rather than taken from ICU's spell-out rules, which live in libicui18n:
// loading that library cost every `paragraf` process 0.6-0.9 ms, for these few words.
std::string ordinal(int n) {
    if (n == 1) return "initial";  // the UN's word for a first report
    static constexpr std::array<std::string_view, 20> kUnits{
        "",          "first",     "second",      "third",      "fourth",
        "fifth",     "sixth",     "seventh",     "eighth",     "ninth",
        "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static constexpr std::array<std::string_view, 10> kTens{
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    if (n < 1 || n > 99) return std::to_string(n);
    if (n < 20) return std::string(kUnits[static_cast<std::size_t>(n)]);
    const std::string tens(kTens[static_cast<std::size_t>(n / 10)]);
    if (n % 10 == 0) return tens.substr(0, tens.size() - 1) + "ieth";  // "twenty" -> "twentieth"
    return tens + "-" + std::string(kUnits[static_cast<std::size_t>(n % 10)]);
}

// "second periodic report", "combined fifth and sixth periodic reports", "initial report".
std::string report_phrase(const core::UnSymbol& s) {
    if (s.cycle_from <= 0) return {};
    if (s.cycle_from == s.cycle_to)
        return s.cycle_from == 1 ? "initial report" : ordinal(s.cycle_from) + " periodic report";
    const std::string_view link = s.cycle_to == s.cycle_from + 1 ? " and " : " to ";
    return "combined " + ordinal(s.cycle_from) + std::string(link) + ordinal(s.cycle_to) +
           " periodic reports";
}

// "General comment No. 25" from "E/C.12/GC/25"; older symbols do not carry the number.
std::string general_comment_title(const std::string& symbol) {
    const std::size_t slash = symbol.rfind('/');
    if (slash == std::string::npos || slash < 3 || symbol.compare(slash - 3, 4, "/GC/") != 0)
        return {};
    const std::string number = symbol.substr(slash + 1);
    return is_digits(number) ? "General comment No. " + number : std::string();
}

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

}  // namespace

CitationStyle citation_style_from_string(std::string_view name) {
    if (name == "un") return CitationStyle::un;
    if (name == "footnote") return CitationStyle::footnote;
    if (name == "ru") return CitationStyle::ru;
    throw QueryError("unknown citation style \"" + std::string(name) +
                     "\": use un, footnote or ru");
}

const char* to_string(CitationStyle style) {
    switch (style) {
        case CitationStyle::un:
            return "un";
        case CitationStyle::footnote:
            return "footnote";
        case CitationStyle::ru:
            return "ru";
    }
    return "un";
}

std::string format_pinpoints(const std::vector<core::Unit>& units, CitationStyle style) {
    return pinpoints(units, style == CitationStyle::ru);
}

std::string format_citation(const core::DocumentMeta& doc, const std::vector<core::Unit>& units,
                            CitationStyle style) {
    const std::string pins = format_pinpoints(units, style);
    if (style != CitationStyle::footnote) {
        const std::string ref = core::document_reference(doc);
        return pins.empty() ? ref : ref + ", " + pins;
    }
    // Body, Title, Symbol (date), pinpoint.  — or, without a symbol: Author, Title (date), ….
    std::vector<std::string> parts;
    auto add = [&parts](const std::string& part) {
        if (!part.empty() && std::find(parts.begin(), parts.end(), part) == parts.end())
            parts.push_back(part);
    };
    add(issuing_body(doc, "en"));
    add(document_title(doc));
    add(doc.symbol);
    if (parts.empty()) add(doc.id);
    if (const std::string date = long_date(doc.date); !date.empty())
        parts.back() += " (" + date + ")";
    add(pins);
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : ", ") + part;
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

std::string format_citation(const core::StoredUnit& unit, CitationStyle style) {
    return format_citation(unit.doc, {unit.unit}, style);
}

std::string issuing_body(const core::DocumentMeta& doc, std::string_view lang) {
    // A submission to a committee is the work of its authors, not of the committee.
    if (doc.symbol.empty() && !doc.author.empty()) return doc.author;
    std::string code = doc.body;
    if (code.empty() && !doc.symbol.empty())
        if (const auto symbol = core::parse_un_symbol(doc.symbol)) code = symbol->body;
    if (std::string name = core::un_body_name(code, lang); !name.empty()) return name;
    return doc.author;
}

std::string document_title(const core::DocumentMeta& doc) {
    if (!doc.title.empty()) return doc.title;
    core::UnSymbol symbol;
    if (!doc.symbol.empty())
        if (auto parsed = core::parse_un_symbol(doc.symbol)) symbol = std::move(*parsed);
    const std::string& type = !doc.type.empty() ? doc.type : symbol.type;
    if (type == "general-comment") return general_comment_title(doc.symbol);
    const std::string& code = !doc.country.empty() ? doc.country : symbol.country;
    const std::string report = report_phrase(symbol);
    if (code.empty() || report.empty()) return {};
    const std::string country = country_name(code, "en");
    if (type == "concluding-observations")
        return "Concluding observations on the " + report + " of " + country;
    if (type == "list-of-issues")
        return "List of issues in relation to the " + report + " of " + country;
    if (type == "reply-to-list-of-issues")
        return "Replies of " + country + " to the list of issues in relation to its " + report;
    if (type == "state-report") {
        std::string title = report + " submitted by " + country;
        title[0] = static_cast<char>(title[0] - 'a' + 'A');
        return title;
    }
    return {};
}

std::string country_name(std::string_view alpha3, std::string_view lang) {
    // alpha-3 → alpha-2 through ICU's own list, built once.
    static const std::map<std::string, std::string, std::less<>> alpha2 = [] {
        std::map<std::string, std::string, std::less<>> m;
        for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
            const std::string three = icu::Locale("", *c).getISO3Country();
            if (!three.empty()) m.emplace(three, *c);
        }
        return m;
    }();
    const auto found = alpha2.find(alpha3);
    if (found == alpha2.end()) return std::string(alpha3);
    icu::UnicodeString name;
    icu::Locale("", found->second.c_str())
        .getDisplayCountry(icu::Locale(std::string(lang).c_str()), name);
    std::string out = to_utf8(name);
    return out.empty() || out == found->second ? std::string(alpha3) : out;
}

std::string long_date(std::string_view iso_date) {
    if (iso_date.size() < 4 || !is_digits(iso_date.substr(0, 4))) return {};
    std::string out(iso_date.substr(0, 4));
    if (iso_date.size() >= 7 && iso_date[4] == '-' && is_digits(iso_date.substr(5, 2))) {
        const int month = std::stoi(std::string(iso_date.substr(5, 2)));
        if (month < 1 || month > 12) return out;
        out = std::string(kMonths[month - 1]) + " " + out;
        if (iso_date.size() >= 10 && iso_date[7] == '-' && is_digits(iso_date.substr(8, 2))) {
            const int day = std::stoi(std::string(iso_date.substr(8, 2)));
            if (day >= 1 && day <= 31) out = std::to_string(day) + " " + out;
        }
    }
    return out;
}

}  // namespace paragraf::query
