#include "core/un_symbol.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace paragraf::core {
namespace {

// Hand-written character classes rather than <cctype>: symbols are ASCII, and these must not
// depend on the C locale or misbehave on the UTF-8 bytes of the surrounding text.
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return is_upper(c) || is_lower(c);
}
bool is_alnum(char c) {
    return is_alpha(c) || is_digit(c);
}
char to_upper(char c) {
    return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

bool all_of(std::string_view s, bool (*pred)(char)) {
    if (s.empty()) return false;
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}

bool all_digits(std::string_view s) {
    return all_of(s, is_digit);
}

bool has_digit(std::string_view s) {
    for (char c : s)
        if (is_digit(c)) return true;
    return false;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_upper(a[i]) != to_upper(b[i])) return false;
    return true;
}

bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// The country slot holds any three capitals: the corpus uses fictional codes (XAR), and
// an ISO table would go stale; the slot's position is what makes it a country.
bool is_country(std::string_view s) {
    return s.size() == 3 && all_of(s, is_upper);
}

int to_int(std::string_view digits) {
    int n = 0;
    for (char c : digits) {
        if (n > 100000) return n;  // symbols never carry such numbers; avoids overflow
        n = n * 10 + (c - '0');
    }
    return n;
}

// "2" or "5-6" (combined periodic reports). Written form is kept; bounds are parsed.
bool parse_cycle(std::string_view s, UnSymbol& out) {
    auto dash = s.find('-');
    std::string_view from = s.substr(0, dash);
    std::string_view to = dash == std::string_view::npos ? from : s.substr(dash + 1);
    if (!all_digits(from) || !all_digits(to) || from.size() > 3 || to.size() > 3) return false;
    out.cycle = std::string(s);
    out.cycle_from = to_int(from);
    out.cycle_to = to_int(to);
    return out.cycle_from > 0 && out.cycle_from <= out.cycle_to;
}

// Old GA resolutions are numbered per session in Roman numerals: 217 (III).
int roman_value(std::string_view s) {
    int total = 0, prev = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        int v = 0;
        switch (*it) {
            case 'I':
                v = 1;
                break;
            case 'V':
                v = 5;
                break;
            case 'X':
                v = 10;
                break;
            case 'L':
                v = 50;
                break;
            case 'C':
                v = 100;
                break;
            default:
                return 0;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total;
}

// "C.12", "WG.6", "CN.4", "AC.109": an organ inside a principal organ's series.
bool is_organ(std::string_view s) {
    auto dot = s.find('.');
    return dot != std::string_view::npos && dot > 0 && all_of(s.substr(0, dot), is_upper) &&
           all_digits(s.substr(dot + 1));
}

// Suffixes that revise or extend a document without changing what it is.
enum class Suffix { none, add, corr, rev };

Suffix suffix_kind(std::string& seg) {
    static constexpr std::array<std::pair<std::string_view, Suffix>, 3> kinds{{
        {"Add.", Suffix::add},
        {"Corr.", Suffix::corr},
        {"Rev.", Suffix::rev},
    }};
    for (auto [prefix, kind] : kinds) {
        if (seg.size() > prefix.size() && iequals(seg.substr(0, prefix.size()), prefix) &&
            all_digits(std::string_view(seg).substr(prefix.size()))) {
            seg.replace(0, prefix.size(), prefix);  // canonical capitalisation: "ADD.1" -> "Add.1"
            return kind;
        }
    }
    return Suffix::none;
}

bool is_language_code(std::string_view s) {
    static constexpr std::array<std::string_view, 6> codes{"EN", "FR", "ES", "RU", "AR", "ZH"};
    for (auto code : codes)
        if (iequals(s, code)) return true;
    return false;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        auto pos = s.find(sep, start);
        parts.emplace_back(s.substr(start, pos - start));
        if (pos == std::string_view::npos) return parts;
        start = pos + 1;
    }
}

// Splits a symbol into its segments, undoing the file-name spelling OHCHR uses
// ("E_C-12_KAZ_CO_2_EN.pdf") so both spellings reach the same grammar.
std::optional<std::vector<std::string>> segments_of(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 80) return std::nullopt;

    static constexpr std::array<std::string_view, 8> extensions{".pdf", ".docx", ".doc", ".html",
                                                                ".htm", ".txt",  ".xml", ".rtf"};
    for (auto ext : extensions) {
        if (iends_with(text, ext)) {
            text.remove_suffix(ext.size());
            break;
        }
    }

    // "A/RES/217 (III)": the space is typographic, not part of the symbol.
    std::string s;
    s.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && i + 1 < text.size() && text[i + 1] == '(') continue;
        s += text[i];
    }

    const bool file_name = s.find('/') == std::string::npos && s.find('_') != std::string::npos;
    std::vector<std::string> segs = split(s, file_name ? '_' : '/');
    if (file_name) {
        if (segs.size() > 3 && is_language_code(segs.back())) segs.pop_back();
        // File names cannot hold '.', so "C.12" became "C-12"; a cycle "5-6" stays as is
        // because only letters-dash-digits is an organ or suffix.
        for (auto& seg : segs) {
            auto dash = seg.find('-');
            if (dash != std::string::npos && dash > 0 &&
                all_of(std::string_view(seg).substr(0, dash), is_alpha) &&
                all_digits(std::string_view(seg).substr(dash + 1)))
                seg[dash] = '.';
        }
    }
    for (const auto& seg : segs) {
        if (seg.empty()) return std::nullopt;
        for (char c : seg)
            if (!is_alnum(c) && c != '.' && c != '-' && c != '(' && c != ')') return std::nullopt;
    }
    return segs;
}

std::string join(const std::vector<std::string>& segs) {
    std::string out;
    for (const auto& seg : segs) {
        if (!out.empty()) out += '/';
        out += seg;
    }
    return out;
}

// CESCR general comments issued before the GC/ series (2006) carry session-year symbols.
// Only the ones whose symbols are certain are listed; others parse as "other".
bool is_old_cescr_general_comment(const std::vector<std::string>& core) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> old{{
        {"1999", "5"},   // GC 12, right to adequate food
        {"1999", "10"},  // GC 13, right to education
        {"2000", "4"},   // GC 14, right to health
        {"2002", "11"},  // GC 15, right to water
        {"2005", "4"},   // GC 16, equal rights of men and women
    }};
    if (core.size() != 2) return false;
    for (auto [year, number] : old)
        if (core[0] == year && core[1] == number) return true;
    return false;
}

// The part after "<BODY>/C/" (or "E/C.12/"), shared by all treaty bodies.
void parse_treaty_rest(std::vector<std::string> rest, UnSymbol& out) {
    out.type = "other";
    bool add = false;
    while (!rest.empty()) {
        auto kind = suffix_kind(rest.back());
        if (kind == Suffix::none) break;
        if (kind == Suffix::add) add = true;
        rest.pop_back();
    }
    // Optional-protocol reports (CRC/C/OPAC/KAZ/CO/1) follow the same grammar after the tag.
    if (!rest.empty() && (rest.front() == "OPAC" || rest.front() == "OPSC" ||
                          rest.front() == "OPIC" || rest.front() == "OP"))
        rest.erase(rest.begin());

    if (rest.size() == 2 && rest[0] == "GC" && all_digits(rest[1])) {
        out.type = "general-comment";
        return;
    }
    if (out.body == "CESCR" && is_old_cescr_general_comment(rest)) {
        out.type = "general-comment";
        return;
    }
    // Pre-2000s concluding observations were numbered addenda of a session series:
    // E/C.12/1/Add.94, CCPR/C/79/Add.50, CRC/C/15/Add.188.
    if (add && rest.size() == 1 &&
        ((out.body == "CESCR" && rest[0] == "1") || (out.body == "CCPR" && rest[0] == "79") ||
         (out.body == "CRC" && rest[0] == "15"))) {
        out.type = "concluding-observations";
        return;
    }
    if (rest.empty() || !is_country(rest[0])) return;
    out.country = rest[0];
    if (rest.size() == 2 && parse_cycle(rest[1], out)) {
        out.type = "state-report";
    } else if (rest.size() == 3 && parse_cycle(rest[2], out)) {
        const std::string& kind = rest[1];
        if (kind == "CO") {
            // CO/…/Add.1 is the State party's follow-up information, not the Committee's text.
            out.type = add ? "other" : "concluding-observations";
        } else if (kind == "Q" || kind == "LOI") {
            // Replies used to be issued as addenda of the list of issues.
            out.type = add ? "reply-to-list-of-issues" : "list-of-issues";
        } else if (kind == "QPR") {
            out.type = "list-of-issues";
        } else if (kind == "RQ") {
            out.type = "reply-to-list-of-issues";
        } else {
            out.cycle.clear();
            out.cycle_from = out.cycle_to = 0;
        }
    }
}

bool parse_treaty(const std::vector<std::string>& segs, UnSymbol& out) {
    static constexpr std::array<std::string_view, 8> bodies{"CCPR", "CEDAW", "CRC", "CAT",
                                                            "CERD", "CRPD",  "CMW", "CED"};
    bool known = false;
    for (auto b : bodies) known = known || segs[0] == b;
    if (!known) return false;
    out.body = segs[0];
    if (segs[1] == "C") {
        parse_treaty_rest({segs.begin() + 2, segs.end()}, out);
    } else if (segs[0] == "CAT" && segs[1] == "OP") {
        // The Subcommittee on Prevention of Torture publishes under the CAT series.
        out.body = "SPT";
        out.type = "other";
        if (is_country(segs[2])) out.country = segs[2];
    } else if (segs[0] == "CCPR" && segs[1] == "CO" && segs.size() >= 4 && all_digits(segs[2]) &&
               is_country(segs[3])) {
        // 2002-2008 Human Rights Committee series: CCPR/CO/<session>/<country>.
        out.type = "concluding-observations";
        out.session = segs[2];
        out.country = segs[3];
    } else if (all_of(segs[1], is_upper)) {
        out.type = "other";  // meetings of States parties (CEDAW/SP/...), etc.
    } else {
        return false;
    }
    return true;
}

bool parse_hrc(const std::vector<std::string>& segs, UnSymbol& out) {
    out.body = "HRC";
    out.type = "other";
    const std::string& s2 = segs[2];
    if (s2 == "WG.6") {
        // UPR working group: A/HRC/WG.6/<session>/<country>/<1 national report,
        // 2 UN compilation, 3 stakeholders' summary>.
        if (segs.size() < 6 || !all_digits(segs[3]) || !is_country(segs[4]) || !all_digits(segs[5]))
            return false;
        out.body = "UPR";
        out.session = segs[3];
        out.country = segs[4];
        if (segs[5] == "1") out.type = "state-report";
        return true;
    }
    if (all_digits(s2)) {
        out.session = s2;
    } else if ((s2 == "RES" || s2 == "DEC" || s2 == "PRST") && segs.size() >= 4 &&
               (all_digits(segs[3]) || (segs[3].size() > 2 && segs[3].starts_with("S-") &&
                                        all_digits(std::string_view(segs[3]).substr(2))))) {
        out.session = segs[3];
    } else if (!is_organ(s2)) {
        return false;
    }
    return true;
}

bool parse_ga(const std::vector<std::string>& segs, UnSymbol& out) {
    out.body = "GA";
    out.type = "other";
    const std::string& s1 = segs[1];
    if (s1 == "RES" || s1 == "DEC") {
        const std::string& s2 = segs[2];
        auto open = s2.find('(');
        if (open != std::string::npos) {
            // 217(III) or 217A(III): resolution number, then the session in Roman numerals.
            if (segs.size() != 3 || s2.back() != ')' || open == 0 || !is_digit(s2[0])) return false;
            std::string_view num = std::string_view(s2).substr(0, open);
            if (is_upper(num.back())) num.remove_suffix(1);
            int session = roman_value(std::string_view(s2).substr(open + 1, s2.size() - open - 2));
            if (!all_digits(num) || session == 0) return false;
            out.session = std::to_string(session);
            return true;
        }
        if (!all_digits(s2)) return false;
        out.session = s2;
        return true;
    }
    if (all_digits(s1)) {
        out.session = s1;
        return true;
    }
    if (is_organ(s1)) {
        // A/C.3/74/L.5: Main Committee documents still carry the GA session.
        if (all_digits(segs[2])) out.session = segs[2];
        return true;
    }
    return false;
}

bool parse_ecosoc(const std::vector<std::string>& segs, UnSymbol& out) {
    out.body = "ECOSOC";
    out.type = "other";
    const std::string& s1 = segs[1];
    // ECOSOC sessions are named by year, so the year in the symbol is its session.
    if (all_digits(s1) && s1.size() == 4) {
        out.session = s1;
        return true;
    }
    if ((s1 == "RES" || s1 == "DEC") && all_digits(segs[2]) && segs[2].size() == 4) {
        out.session = segs[2];
        return true;
    }
    return is_organ(s1);  // E/CN.4/..., E/C.19/...
}

}  // namespace

std::optional<UnSymbol> parse_un_symbol(std::string_view text) {
    auto parsed = segments_of(text);
    if (!parsed) return std::nullopt;
    std::vector<std::string>& segs = *parsed;
    // Every real symbol has a series and at least two further parts, and ends in a number
    // (cycle, session document number, suffix): "A/B testing" and "CRC/C/KAZ" are not symbols.
    // The one exception is the 2002-2008 CCPR/CO/<session>/<country> series.
    const bool ccpr_co = segs.size() == 4 && segs[0] == "CCPR" && segs[1] == "CO";
    if (segs.size() < 3 || (!has_digit(segs.back()) && !ccpr_co)) return std::nullopt;
    for (std::size_t i = 1; i < segs.size(); ++i) suffix_kind(segs[i]);  // canonical suffixes

    UnSymbol out;
    bool ok = false;
    if (segs[0] == "E" && segs[1] == "C.12") {
        out.body = "CESCR";
        parse_treaty_rest({segs.begin() + 2, segs.end()}, out);
        ok = true;
    } else if (segs[0] == "E") {
        ok = parse_ecosoc(segs, out);
    } else if (segs[0] == "A" && segs[1] == "HRC") {
        ok = parse_hrc(segs, out);
    } else if (segs[0] == "A") {
        ok = parse_ga(segs, out);
    } else {
        ok = parse_treaty(segs, out);
    }
    if (!ok) return std::nullopt;
    out.text = join(segs);
    return out;
}

namespace {

bool is_symbol_char(char c) {
    return is_alnum(c) || c == '/' || c == '.' || c == '_' || c == '-';
}

// Cheap test run at each word start, so the full parse runs only where a series begins.
bool starts_series(std::string_view s) {
    static constexpr std::array<std::string_view, 10> series{"E",   "A",    "CCPR", "CEDAW", "CRC",
                                                             "CAT", "CERD", "CRPD", "CMW",   "CED"};
    for (auto name : series) {
        if (s.size() > name.size() && s.substr(0, name.size()) == name &&
            (s[name.size()] == '/' || s[name.size()] == '_'))
            return true;
    }
    return false;
}

}  // namespace

std::optional<std::pair<UnSymbol, std::pair<std::size_t, std::size_t>>> find_un_symbol(
    std::string_view text) {
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (c != 'A' && c != 'C' && c != 'E') continue;
        // A symbol starts a word; '/' and '_' may precede it (URL paths, prefixed file names).
        if (i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '-')) continue;
        if (!starts_series(text.substr(i))) continue;

        std::size_t j = i;
        while (j < n && is_symbol_char(text[j])) ++j;
        // "A/RES/217 (III)": take a Roman-numeral session in parentheses, nothing else.
        std::size_t k = j < n && text[j] == ' ' ? j + 1 : j;
        if (k < n && text[k] == '(') {
            std::size_t close = text.find(')', k);
            if (close != std::string_view::npos && close - k <= 8 &&
                roman_value(text.substr(k + 1, close - k - 1)) > 0)
                j = close + 1;
        }
        while (j > i && (text[j - 1] == '.' || text[j - 1] == '-' || text[j - 1] == '_' ||
                         text[j - 1] == '/'))
            --j;
        // A token may run into following text ("E/C.12/KAZ/CO/2/paragraph"); drop trailing
        // segments until what is left parses.
        std::size_t end = j;
        while (end > i) {
            if (auto sym = parse_un_symbol(text.substr(i, end - i)))
                return std::make_pair(std::move(*sym), std::make_pair(i, end));
            std::size_t cut = text.substr(i, end - i).find_last_of("/_");
            if (cut == std::string_view::npos || cut == 0) break;
            end = i + cut;
        }
        i = j > i ? j - 1 : i;  // the rest of this token cannot start a symbol
    }
    return std::nullopt;
}

}  // namespace paragraf::core
