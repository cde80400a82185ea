#include "core/date_text.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>

#include "core/utf8.hpp"

namespace paragraf::core {
namespace {

// A document's own date sits on its cover page or in its first paragraphs; further down, dates
// belong to events, laws and documents cited.
constexpr std::size_t kMaxLines = 30;
constexpr std::size_t kMaxBytes = 3000;
// The United Nations was founded in 1945: nothing it issued is older.
constexpr int kFirstYear = 1945;

// Next year is allowed: documents are dated ahead for the session they are issued for.
int last_year() {
    using namespace std::chrono;
    const year_month_day today{floor<days>(system_clock::now())};
    return static_cast<int>(today.year()) + 1;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// Lower case for ASCII and Cyrillic (Russian and the Kazakh letters), enough to compare month
// names and keywords whatever their capitalisation.
std::string fold(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(word[i]);
        if (b0 >= 'A' && b0 <= 'Z') {
            out += static_cast<char>(b0 + ('a' - 'A'));
            continue;
        }
        if (b0 >= 0xD0 && b0 <= 0xD3 && i + 1 < word.size()) {
            const auto b1 = static_cast<unsigned char>(word[i + 1]);
            char32_t c = static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F));
            if (c >= 0x0410 && c <= 0x042F)
                c += 0x20;  // А-Я
            else if (c >= 0x0400 && c <= 0x040F)
                c += 0x50;  // Ё, І and the other letters before А
            else if (((c >= 0x048A && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x04FF)) && c % 2 == 0)
                c += 1;  // Ғ Қ Ң Ү Ұ Һ Ә Ө: capital and small letter side by side
            append_utf8(out, c);
            ++i;
            continue;
        }
        out += static_cast<char>(b0);
    }
    return out;
}

constexpr std::array<std::string_view, 12> kEnglishMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kEnglishAbbreviations = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
// Genitive after a day ("24 марта"), nominative with a year alone ("март 2023 г.").
constexpr std::array<std::string_view, 12> kRussianGenitive = {
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 12> kRussianNominative = {
    "январь", "февраль", "март",     "апрель",  "май",    "июнь",
    "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
constexpr std::array<std::string_view, 12> kKazakhMonths = {
    "қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
    "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

// Words right before a date that make it the date of something else: a document or law cited
// ("resolution 52/1 of 3 April 2023", "Закон от 12 марта 2010 года") or a person's birth.
constexpr std::array<std::string_view, 29> kNotThisDocument = {
    "of",        "dated",   "no",      "nos",   "resolution", "decision", "law",      "act",
    "decree",    "born",    "birth",   "№",     "от",         "закон",    "закона",   "резолюция",
    "резолюции", "решение", "решения", "указ",  "указа",      "родился",  "родилась", "рождения",
    "туған",     "заң",     "заңы",    "қаулы", "қаулысы"};

enum class Kind { number, month, year_word, dash, word, numeric_date };

struct Token {
    Kind kind = Kind::word;
    std::string text;        ///< folded, trailing dots dropped
    std::string_view raw;    ///< as written
    int value = 0;           ///< number: its value; month: 1-12
    std::size_t digits = 0;  ///< number: how many digits
    bool english = false;    ///< month: an English name (may be written "March 24, 2023")
    bool kazakh = false;  ///< year_word: "жылғы", "ж.", which come before the day in Kazakh
    int year = 0, month = 0, day = 0;  ///< numeric_date
    int depth = 0;                     ///< open parentheses before it
};

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;  ///< 0 for a month and year
};

bool is_valid(const Date& d) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < kFirstYear || d.year > last_year() || d.month < 1 || d.month > 12) return false;
    if (d.day == 0) return true;
    if (d.day < 0 || d.day > kDays[static_cast<std::size_t>(d.month - 1)]) return false;
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return !(d.month == 2 && d.day == 29 && !leap);
}

std::string iso(const Date& d) {
    auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
    std::string out = std::to_string(d.year) + "-" + two(d.month);
    if (d.day > 0) out += "-" + two(d.day);
    return out;
}

int month_of(const std::string& folded, std::string_view raw, bool& english) {
    // English month names are capitalised; "may" and "march" in lower case are other words.
    english = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    for (std::size_t m = 0; english && m < 12; ++m)
        if (folded == kEnglishMonths[m] || folded == kEnglishAbbreviations[m] ||
            (m == 8 && folded == "sept"))
            return static_cast<int>(m) + 1;
    english = false;
    for (std::size_t m = 0; m < 12; ++m)
        if (folded == kRussianGenitive[m] || folded == kRussianNominative[m] ||
            folded == kKazakhMonths[m])
            return static_cast<int>(m) + 1;
    return 0;
}

// "2023-03-24" and "24.03.2023" (day and month with one or two digits).
std::optional<Date> numeric_date(std::string_view s) {
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) &&
        all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2)))
        return Date{to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2))};
    const std::size_t first = s.find('.');
    if (first == std::string_view::npos) return std::nullopt;
    const std::size_t second = s.find('.', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const std::string_view d = s.substr(0, first), m = s.substr(first + 1, second - first - 1),
                           y = s.substr(second + 1);
    if (d.size() > 2 || m.size() > 2 || y.size() != 4 || !all_digits(d) || !all_digits(m) ||
        !all_digits(y))
        return std::nullopt;
    return Date{to_int(y), to_int(m), to_int(d)};
}

void add_word(std::string_view raw, int depth, std::vector<Token>& out) {
    Token t;
    t.raw = raw;
    t.depth = depth;
    std::string_view bare = raw;
    while (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (auto date = numeric_date(bare)) {
        t.kind = Kind::numeric_date;
        t.year = date->year;
        t.month = date->month;
        t.day = date->day;
        out.push_back(std::move(t));
        return;
    }
    if (bare.find('-') != std::string_view::npos) {  // "18-29", "2019-2020", "65-й"
        std::size_t start = 0;
        for (std::size_t dash = bare.find('-');; dash = bare.find('-', start)) {
            const std::size_t end = dash == std::string_view::npos ? bare.size() : dash;
            if (end > start) add_word(raw.substr(start, end - start), depth, out);
            if (dash == std::string_view::npos) break;
            Token d;
            d.kind = Kind::dash;
            d.raw = raw.substr(dash, 1);
            d.depth = depth;
            out.push_back(std::move(d));
            start = dash + 1;
        }
        return;
    }
    std::size_t digits = 0;
    while (digits < bare.size() && is_digit(bare[digits])) ++digits;
    if (digits > 0 && digits < 6 && (digits == bare.size() || bare.substr(digits) == "г")) {
        t.kind = Kind::number;
        t.value = to_int(bare.substr(0, digits));
        t.digits = digits;
        t.text = std::string(bare.substr(0, digits));
        out.push_back(t);
        if (digits == bare.size()) return;
        t.kind = Kind::year_word;  // "2023г."
        t.text = "г";
        out.push_back(std::move(t));
        return;
    }
    t.text = fold(bare);
    if ((t.value = month_of(t.text, raw, t.english)) > 0) {
        t.kind = Kind::month;
    } else if (t.text == "г" || t.text == "года" || t.text == "год" || t.text == "гг") {
        t.kind = Kind::year_word;
    } else if (t.text == "ж" || t.text == "жылғы" || t.text == "жылы" || t.text == "жыл") {
        t.kind = Kind::year_word;
        t.kazakh = true;
    }
    out.push_back(std::move(t));
}

// Length of the separator at `i` (white space, punctuation around dates, quotes, dashes), 0 when
// the byte starts a word; `dash` tells whether it is a dash, which joins the ends of a range.
std::size_t separator_at(std::string_view s, std::size_t i, bool& dash) {
    dash = false;
    static constexpr std::string_view kAscii = " \t\r\n\f\v,;:()[]\"'!?*";
    if (kAscii.find(s[i]) != std::string_view::npos) return 1;
    static constexpr std::array<std::string_view, 6> kDashes = {"\xE2\x80\x92", "\xE2\x80\x93",
                                                                "\xE2\x80\x94", "\xE2\x80\x95",
                                                                "\xE2\x88\x92", "\xE2\x80\x90"};
    for (std::string_view d : kDashes)
        if (starts_with(s.substr(i), d)) {
            dash = true;
            return d.size();
        }
    static constexpr std::array<std::string_view, 10> kOthers = {
        "\xC2\xA0",     "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xAF", "\xE2\x80\x89",
        "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x82"};
    for (std::string_view o : kOthers)
        if (starts_with(s.substr(i), o)) return o.size();
    return 0;
}

std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> tokens;
    int depth = 0;
    std::size_t word = std::string_view::npos;
    for (std::size_t i = 0; i <= line.size();) {
        bool dash = false;
        const std::size_t sep = i < line.size() ? separator_at(line, i, dash) : 1;
        if (sep == 0) {
            if (word == std::string_view::npos) word = i;
            ++i;
            continue;
        }
        if (word != std::string_view::npos) {
            add_word(line.substr(word, i - word), depth, tokens);
            word = std::string_view::npos;
        }
        if (i < line.size()) {
            if (line[i] == '(') ++depth;
            if (line[i] == ')' && depth > 0) --depth;
            if (dash) {
                Token t;
                t.kind = Kind::dash;
                t.raw = line.substr(i, sep);
                t.depth = depth;
                tokens.push_back(std::move(t));
            }
        }
        i += sep;
    }
    return tokens;
}

bool is(const std::vector<Token>& t, std::size_t i, Kind kind) {
    return i < t.size() && t[i].kind == kind;
}
bool is_short_number(const std::vector<Token>& t, std::size_t i) {
    return is(t, i, Kind::number) && t[i].digits <= 2;
}
bool is_day(const std::vector<Token>& t, std::size_t i) {
    return is_short_number(t, i) && t[i].value >= 1;
}
bool is_year(const std::vector<Token>& t, std::size_t i) {
    return is(t, i, Kind::number) && t[i].digits == 4;
}

struct Match {
    Date date;
    std::size_t end = 0;  ///< token after the date
};

// A day and month without a year: the start of "18 February–7 March 2019".
std::optional<Match> day_month_at(const std::vector<Token>& t, std::size_t i) {
    if (is_day(t, i) && is(t, i + 1, Kind::month))
        return Match{Date{0, t[i + 1].value, t[i].value}, i + 2};
    return std::nullopt;
}

// The date written from token i on, valid or not, without looking at ranges.
std::optional<Match> date_at(const std::vector<Token>& t, std::size_t i) {
    if (is(t, i, Kind::numeric_date)) return Match{Date{t[i].year, t[i].month, t[i].day}, i + 1};
    // 24 March 2023 / 24 марта 2023 года / 24 наурыз 2023 ж.
    if (is_day(t, i) && is(t, i + 1, Kind::month) && is_year(t, i + 2)) {
        const std::size_t end = is(t, i + 3, Kind::year_word) ? i + 4 : i + 3;
        return Match{Date{t[i + 2].value, t[i + 1].value, t[i].value}, end};
    }
    // March 24, 2023
    if (is(t, i, Kind::month) && t[i].english && is_day(t, i + 1) && is_year(t, i + 2))
        return Match{Date{t[i + 2].value, t[i].value, t[i + 1].value}, i + 3};
    // 2023 жылғы 24 наурыз / 2023 жылғы 18–29 наурыз / 2023 жылғы наурыз
    if (is_year(t, i) && is(t, i + 1, Kind::year_word) && t[i + 1].kazakh) {
        if (is_day(t, i + 2) && is(t, i + 3, Kind::month))
            return Match{Date{t[i].value, t[i + 3].value, t[i + 2].value}, i + 4};
        if (is_day(t, i + 2) && is(t, i + 3, Kind::dash) && is_day(t, i + 4) &&
            is(t, i + 5, Kind::month))
            return Match{Date{t[i].value, t[i + 5].value, t[i + 4].value}, i + 6};
        if (is(t, i + 2, Kind::month)) return Match{Date{t[i].value, t[i + 2].value, 0}, i + 3};
    }
    // March 2023 / март 2023 г. — unless a day comes before, which made it an invalid day.
    if (is(t, i, Kind::month) && is_year(t, i + 1) && !(i > 0 && is_short_number(t, i - 1))) {
        const std::size_t end = is(t, i + 2, Kind::year_word) ? i + 3 : i + 2;
        return Match{Date{t[i + 1].value, t[i].value, 0}, end};
    }
    return std::nullopt;
}

// A valid date from token i on; of a range ("18 December 2018 – 7 January 2019",
// "2019 жылғы 18 ақпан – 7 наурыз"), the end.
std::optional<Match> valid_date_at(const std::vector<Token>& t, std::size_t i) {
    auto m = date_at(t, i);
    if (!m || !is_valid(m->date)) return std::nullopt;
    if (is(t, m->end, Kind::dash)) {
        if (auto end = date_at(t, m->end + 1); end && is_valid(end->date)) return end;
        if (auto end = day_month_at(t, m->end + 1)) {
            end->date.year = m->date.year;
            if (is_valid(end->date)) return end;
        }
    }
    return m;
}

struct Found {
    Date date;
    std::size_t token = 0;  ///< index of its first token
    bool cited = false;     ///< follows a symbol, "of", "born" ...: not this document's date
    bool bracketed = false;
};

bool symbol_like(std::string_view raw) {
    if (raw.find('/') == std::string_view::npos) return false;
    for (char c : raw)
        if (c >= 'A' && c <= 'Z') return true;
    return false;
}

std::vector<Found> dates_in(const std::vector<Token>& t) {
    std::vector<Found> found;
    for (std::size_t i = 0; i < t.size();) {
        const auto m = valid_date_at(t, i);
        if (!m) {
            ++i;
            continue;
        }
        Found f{m->date, i, false, t[i].depth > 0};
        for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
            const Token& before = t[i - back];
            for (std::string_view w : kNotThisDocument)
                if (before.text == w) f.cited = true;
            if (symbol_like(before.raw)) f.cited = true;
        }
        found.push_back(f);
        i = m->end;
    }
    return found;
}

// The lines to look at: split at line breaks, at most kMaxLines and kMaxBytes.
std::vector<std::string_view> window(const std::vector<std::string_view>& lines) {
    std::vector<std::string_view> out;
    std::size_t bytes = 0;
    for (std::string_view text : lines) {
        while (out.size() < kMaxLines && bytes < kMaxBytes) {
            const std::size_t nl = text.find('\n');
            std::string_view line = text.substr(0, nl);
            if (line.size() > kMaxBytes - bytes) {
                line = line.substr(0, kMaxBytes - bytes);
                // Cut at a character boundary.
                while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
                    line.remove_suffix(1);
                if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0)
                    line.remove_suffix(1);
            }
            bytes += line.size() + 1;
            out.push_back(line);
            if (nl == std::string_view::npos) break;
            text.remove_prefix(nl + 1);
        }
    }
    return out;
}

enum class Label { none, distribution, date, adopted };

// Whether the "adopted" at t[k] is said of this document: "Adopted by the Committee at its ...
// session" opens its line, "adopted the present concluding observations", "приняты настоящие",
// and in Kazakh the verb ends the line ("... сессиясында қабылдаған"). Elsewhere a sentence may
// tell when some other text was adopted.
bool adoption_of_this_document(const std::vector<Token>& t, std::size_t k) {
    if (k < 2 || k + 2 >= t.size()) return true;
    for (std::size_t i = k + 1; i < t.size() && i <= k + 3; ++i)
        if (t[i].text == "present" || starts_with(t[i].text, "настоящ") || t[i].text == "осы")
            return true;
    return false;
}

// What the line says its date is, and for "adopted", where the word is: in English and Russian
// the date follows it, in Kazakh (verb last) it comes before.
Label label_of(const std::vector<Token>& t, std::size_t& keyword) {
    if (t.empty()) return Label::none;
    if (starts_with(t[0].text, "distr") || starts_with(t[0].text, "распр"))
        return Label::distribution;
    if (t[0].text == "date" || t[0].text == "дата" || t[0].text == "күні") return Label::date;
    for (keyword = 0; keyword < t.size(); ++keyword) {
        const std::string& w = t[keyword].text;
        if ((starts_with(w, "adopted") || starts_with(w, "принят") || starts_with(w, "қабылда")) &&
            adoption_of_this_document(t, keyword))
            return Label::adopted;
    }
    return Label::none;
}

std::string from_labelled_line(std::string_view line) {
    const std::vector<Token> t = tokenize(line);
    std::size_t keyword = 0;
    const Label label = label_of(t, keyword);
    if (label == Label::none) return {};
    std::optional<Date> first;
    for (const Found& f : dates_in(t)) {
        if (f.cited) continue;
        if (label == Label::adopted && f.token > keyword) return iso(f.date);
        if (!first) first = f.date;
        if (label != Label::adopted) break;
    }
    return first ? iso(*first) : std::string();
}

}  // namespace

std::string parse_date(std::string_view text) {
    const std::vector<Token> t = tokenize(text);
    const auto m = date_at(t, 0);
    if (!m || m->end != t.size() || !is_valid(m->date)) return {};
    return iso(m->date);
}

std::string find_document_date(const std::vector<std::string_view>& lines) {
    const std::vector<std::string_view> top = window(lines);
    for (std::string_view line : top)
        if (std::string date = from_labelled_line(line); !date.empty()) return date;
    for (std::string_view line : top)
        if (std::string date = parse_date(line); !date.empty()) return date;
    // In running text only a full date, outside brackets and citations: "in March 2023" is
    // when something happened, "(E/C.12/XAR/CO/2, 29 March 2019)" the date of another text.
    for (std::string_view line : top)
        for (const Found& f : dates_in(tokenize(line)))
            if (f.date.day > 0 && !f.cited && !f.bracketed) return iso(f.date);
    return {};
}

}  // namespace paragraf::core
