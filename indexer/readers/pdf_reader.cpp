// Compiled into the formats module only (formats_module.hpp); the public read_pdf_document
// in pdf_reader.hpp forwards here.
#include "indexer/readers/formats_module.hpp"

#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "indexer/readers/text_reader.hpp"

namespace paragraf::indexer {
namespace {

/// Lines whose top lies within this fraction of the page height from the top or bottom edge
/// may be running headers or footers.
constexpr double kMarginBand = 0.10;
/// A horizontal gap wider than this many line heights splits a row into separate segments
/// (columns, or a footer's job number and page number).
constexpr double kSegmentGap = 2.0;
/// A vertical gap between lines wider than this many line heights separates paragraphs.
constexpr double kParagraphGap = 0.8;
/// A line ending this far (fraction of the column width) before the column's right edge is
/// "short": the last line of a paragraph or a heading.
constexpr double kShortLine = 0.15;
/// Largest fraction of body segments that may cross a column gutter.
constexpr double kMaxCrossing = 0.15;
constexpr std::size_t kMinColumnLines = 3;

struct Word {
    std::string text;
    double x0, y0, x1, y1;  // y grows downwards
    bool space_after;
};

struct Line {
    std::string text;
    double x0 = 0, x1 = 0, top = 0, bottom = 0;
    int page = 0;
    double right = 0;  ///< right edge of the column the line belongs to
    double width = 0;  ///< width of that column
};

std::string to_utf8(const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

/// Replaces typographic ligatures by their letters.
std::string expand_ligatures(std::string s) {
    static const std::pair<std::string_view, std::string_view> kLigatures[] = {
        {"\xEF\xAC\x80", "ff"},  {"\xEF\xAC\x81", "fi"},  {"\xEF\xAC\x82", "fl"},
        {"\xEF\xAC\x83", "ffi"}, {"\xEF\xAC\x84", "ffl"},
    };
    if (s.find('\xEF') == std::string::npos) return s;
    for (const auto& [from, to] : kLigatures) {
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, from.size(), to), at += to.size();
    }
    return s;
}

/// Words of a page in rows (by vertical position), each row split at wide gaps.
std::vector<Line> page_segments(const poppler::page& page, int index) {
    std::vector<Word> words;
    for (const poppler::text_box& box : page.text_list()) {
        std::string text = expand_ligatures(to_utf8(box.text()));
        for (char& c : text)  // NUL and other controls would make the text reader balk
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
        const poppler::rectf r = box.bbox();
        words.push_back(
            {std::move(text), r.left(), r.top(), r.right(), r.bottom(), box.has_space_after()});
    }
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
        return a.y0 + a.y1 < b.y0 + b.y1 || (a.y0 + a.y1 == b.y0 + b.y1 && a.x0 < b.x0);
    });
    std::vector<std::vector<Word>> rows;
    // A word joins the current row when it overlaps it vertically by half its own height or
    // half the row's, so that raised footnote numbers stay on their line.
    double row_top = 0, row_bottom = 0;
    for (Word& word : words) {
        const double height = word.y1 - word.y0;
        const double overlap = std::min(word.y1, row_bottom) - std::max(word.y0, row_top);
        if (rows.empty() || overlap < 0.5 * std::min(height, row_bottom - row_top)) {
            rows.emplace_back();
            row_top = word.y0;
            row_bottom = word.y1;
        } else {
            row_top = std::min(row_top, word.y0);
            row_bottom = std::max(row_bottom, word.y1);
        }
        rows.back().push_back(std::move(word));
    }
    std::vector<Line> segments;
    for (auto& row : rows) {
        std::sort(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
        Line line;
        const Word* prev = nullptr;
        for (const Word& word : row) {
            const double height = word.y1 - word.y0;
            if (prev && word.x0 - prev->x1 > kSegmentGap * height) {
                segments.push_back(std::move(line));
                line = Line{};
                prev = nullptr;
            }
            if (!prev) {
                line.x0 = word.x0, line.top = word.y0, line.bottom = word.y1;
            } else if (prev->space_after || word.x0 - prev->x1 > 0.1 * height) {
                line.text += ' ';
            }
            line.text += word.text;
            line.x1 = std::max(line.x1, word.x1);
            line.top = std::min(line.top, word.y0);
            line.bottom = std::max(line.bottom, word.y1);
            line.page = index;
            prev = &word;
        }
        if (prev) segments.push_back(std::move(line));
    }
    return segments;
}

// ---------------------------------------------------------------------------------------------
// Running headers and footers

bool is_page_number(const std::string& s) {
    static const std::regex re(
        "(?:page\\s+)?(?:-|\xE2\x80\x93|\xE2\x80\x94)?\\s*\\d{1,4}\\s*"
        "(?:-|\xE2\x80\x93|\xE2\x80\x94)?(?:\\s*(?:/|of)\\s*\\d{1,4})?",
        std::regex::icase);
    return std::regex_match(s, re);
}

/// Footer material: job numbers ("GE.24-01234(E)", "GE.19-12345 (F)"), page numbers, and
/// barcode digits, possibly several of them on one line.
bool is_footer_material(const std::string& s) {
    if (s.size() > 80) return false;  // footers are short; also bounds regex backtracking
    static const std::regex re(
        R"((?:\s*(?:GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?|\d{1,4}|\d{7,}|\*\d{7,}\*|page\s+\d+(?:\s+of\s+\d+)?))+\s*)",
        std::regex::icase);
    return std::regex_match(s, re);
}

bool looks_like_symbol(const std::string& s) {
    static const std::regex re(R"([A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){2,})");
    return std::regex_match(s, re);
}

/// Text with digits replaced, so that "Page 3" and "Page 4" compare equal.
std::string repeat_key(const std::string& s) {
    std::string key = s;
    for (char& c : key)
        if (c >= '0' && c <= '9') c = '#';
    return key;
}

/// Drops running headers and footers from every page; returns a symbol-like running header.
std::string drop_running_lines(std::vector<std::vector<Line>>& pages,
                               const std::vector<double>& heights) {
    auto in_band = [&](const Line& line) {
        const double h = heights[static_cast<std::size_t>(line.page)];
        return line.top < kMarginBand * h || line.top > (1 - kMarginBand) * h;
    };
    std::map<std::string, std::size_t> page_count;
    for (const auto& page : pages) {
        std::set<std::string> keys;
        for (const Line& line : page)
            if (in_band(line)) keys.insert(repeat_key(line.text));
        for (const std::string& key : keys) ++page_count[key];
    }
    const std::size_t repeated = std::max<std::size_t>(2, (pages.size() + 1) / 2);
    std::string symbol;
    for (auto& page : pages) {
        std::erase_if(page, [&](const Line& line) {
            if (!in_band(line)) return false;
            if (is_page_number(line.text) || is_footer_material(line.text)) return true;
            if (page_count[repeat_key(line.text)] < repeated) return false;
            if (symbol.empty() && looks_like_symbol(line.text)) symbol = line.text;
            return true;
        });
    }
    return symbol;
}

// ---------------------------------------------------------------------------------------------
// Columns

/// Orders a page's segments for reading: top to bottom, and on two-column pages the left
/// column before the right one between lines spanning both. Sets each line's column edges.
std::vector<Line> reading_order(std::vector<Line> lines) {
    if (lines.empty()) return lines;
    auto by_top = [](const Line& a, const Line& b) {
        return a.top < b.top || (a.top == b.top && a.x0 < b.x0);
    };
    std::sort(lines.begin(), lines.end(), by_top);
    double left = lines[0].x0, right = lines[0].x1;
    for (const Line& line : lines) left = std::min(left, line.x0), right = std::max(right, line.x1);
    auto set_edges = [](std::vector<Line>& group, double l, double r) {
        for (Line& line : group) line.right = r, line.width = r - l;
    };

    // The gutter: the position in the middle of the text area crossed by the fewest lines.
    const double span = right - left;
    double gutter = 0;
    std::size_t fewest = lines.size() + 1;
    for (double x = left + 0.3 * span; x <= left + 0.7 * span; x += 1.0) {
        const auto crossing = static_cast<std::size_t>(std::count_if(
            lines.begin(), lines.end(), [&](const Line& l) { return l.x0 < x && l.x1 > x; }));
        if (crossing < fewest) fewest = crossing, gutter = x;
    }
    std::size_t n_left = 0, n_right = 0;
    for (const Line& line : lines) {
        if (line.x1 <= gutter) ++n_left;
        if (line.x0 >= gutter) ++n_right;
    }
    const bool two_columns = fewest <= kMaxCrossing * static_cast<double>(lines.size()) &&
                             n_left >= kMinColumnLines && n_right >= kMinColumnLines;
    if (!two_columns) {
        set_edges(lines, left, right);
        return lines;
    }
    std::vector<Line> ordered, left_col, right_col;
    auto flush = [&] {
        double l_right = left, r_left = right, r_right = gutter;
        for (const Line& line : left_col) l_right = std::max(l_right, line.x1);
        for (const Line& line : right_col)
            r_left = std::min(r_left, line.x0), r_right = std::max(r_right, line.x1);
        set_edges(left_col, left, l_right);
        set_edges(right_col, r_left, r_right);
        ordered.insert(ordered.end(), left_col.begin(), left_col.end());
        ordered.insert(ordered.end(), right_col.begin(), right_col.end());
        left_col.clear();
        right_col.clear();
    };
    for (Line& line : lines) {
        if (line.x1 <= gutter) {
            left_col.push_back(std::move(line));
        } else if (line.x0 >= gutter) {
            right_col.push_back(std::move(line));
        } else {
            flush();
            line.right = right, line.width = span;
            ordered.push_back(std::move(line));
        }
    }
    flush();
    return ordered;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

bool starts_unit(const std::string& s) {
    static const std::regex re(
        R"((?:\d{1,3}\.(?:\d{1,3}\.?)*|\([a-z]{1,4}\)|\([ivx]+\)|[IVXL]+\.|[A-Z]\.)\s.*)"
        "|(?:\xC2\xB7|\xE2\x80\xA2|\xE2\x97\xA6|\xE2\x96\xAA|\xEF\x82\xB7|\xE2\x80\x93|-)"
        R"(\s.*)");
    return std::regex_match(s, re);
}

bool is_lower_start(const std::string& s) {
    return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// Lower-cased words of the text with surrounding punctuation removed.
void collect_words(const std::string& text, std::unordered_set<std::string>& words) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        std::string word = text.substr(i, end - i);
        const auto first = std::find_if(word.begin(), word.end(), is_letter);
        const auto last = std::find_if(word.rbegin(), word.rend(), is_letter).base();
        if (first < last) words.insert(lower(std::string(first, last)));
        i = end + 1;
    }
}

/// Whether "head-" at a line end followed by "tail" is a real hyphen ("anti-discrimination",
/// "follow-up") rather than a word broken across lines ("imple-mentation"). The document's
/// own spelling decides first, then common compound prefixes and second parts.
bool keeps_hyphen(const std::string& head, const std::string& tail,
                  const std::unordered_set<std::string>& vocabulary) {
    const std::string h = lower(head), t = lower(tail);
    if (vocabulary.count(h + "-" + t)) return true;
    if (vocabulary.count(h + t)) return false;
    static const std::unordered_set<std::string> kPrefixes = {
        "anti",  "non",   "self",  "co",     "ex",    "pre",   "post",    "multi",
        "inter", "cross", "well",  "socio",  "semi",  "quasi", "counter", "pro",
        "extra", "intra", "ultra", "mid",    "long",  "short", "full",    "part",
        "high",  "low",   "cost",  "gender", "human", "state", "rights",  "child"};
    static const std::unordered_set<std::string> kTails = {
        "up",      "based",   "related", "making", "term",  "specific", "sensitive",
        "led",     "free",    "wide",    "level",  "owned", "run",      "up",
        "off",     "out",     "in",      "on",     "down",  "friendly", "oriented",
        "bearers", "holders", "depth",   "scale",  "time",  "year",     "old"};
    return kPrefixes.count(h) > 0 || kTails.count(t) > 0;
}

/// Joins `next` to the paragraph text `text`, undoing end-of-line hyphenation.
void append_line(std::string& text, const std::string& next,
                 const std::unordered_set<std::string>& vocabulary) {
    if (text.empty()) {
        text = next;
        return;
    }
    if (ends_with(text, "\xC2\xAD")) {  // soft hyphen
        text.resize(text.size() - 2);
        text += next;
        return;
    }
    std::size_t hyphen = 0;
    if (ends_with(text, "-")) hyphen = 1;
    if (ends_with(text, "\xE2\x80\x90")) hyphen = 3;  // U+2010 HYPHEN
    const bool after_letter =
        hyphen > 0 && text.size() > hyphen && is_letter(text[text.size() - hyphen - 1]);
    if (after_letter && !is_lower_start(next) && !next.empty() && next[0] != ' ' &&
        (is_letter(next[0]) || (next[0] >= '0' && next[0] <= '9'))) {
        text += next;  // "COVID-" + "19", "South-" + "East": a hyphen before a capital or digit
        return;
    }
    if (after_letter && is_lower_start(next)) {
        const std::size_t start = text.find_last_of(' ', text.size() - hyphen - 1);
        const std::size_t head_begin = start == std::string::npos ? 0 : start + 1;
        std::string head = text.substr(head_begin, text.size() - hyphen - head_begin);
        head.erase(head.begin(), std::find_if(head.begin(), head.end(), is_letter));
        const std::string tail(next.begin(), std::find_if(next.begin(), next.end(), [](char c) {
                                   return !is_letter(c) && c != '-';
                               }));
        // A head that already holds a hyphen ("follow-") keeps it; so does a known compound.
        if (head.find('-') != std::string::npos || keeps_hyphen(head, tail, vocabulary)) {
            text += next;
        } else {
            text.resize(text.size() - hyphen);
            text += next;
        }
        return;
    }
    text += ' ';
    text += next;
}

bool ends_sentence(const std::string& s) {
    return !s.empty() && std::string_view(".:;!?").find(s.back()) != std::string_view::npos;
}

bool ends_hyphen(const std::string& s) {
    return ends_with(s, "-") || ends_with(s, "\xC2\xAD") || ends_with(s, "\xE2\x80\x90");
}

/// Whether the line ends in a letter followed by a hyphen ("imple-", "COVID-").
bool ends_with_broken_word(const std::string& s) {
    if (!ends_hyphen(s)) return false;
    const std::size_t last = s.find_last_not_of("-\xC2\xAD\xE2\x80\x90");
    return last != std::string::npos && is_letter(s[last]);
}

std::vector<std::string> paragraphs(const std::vector<Line>& lines) {
    std::unordered_set<std::string> vocabulary;
    for (const Line& line : lines) collect_words(line.text, vocabulary);
    std::vector<std::string> out;
    const Line* prev = nullptr;
    for (const Line& line : lines) {
        // A word broken at the line end continues, even into "19" after "COVID-".
        const bool broken = prev != nullptr && ends_with_broken_word(prev->text);
        bool new_paragraph = prev == nullptr || (starts_unit(line.text) && !broken);
        if (!new_paragraph && !is_lower_start(line.text)) {
            const bool short_prev = prev->x1 < prev->right - kShortLine * prev->width;
            const bool below = line.page == prev->page && line.top > prev->top;
            if (below && line.top - prev->bottom > kParagraphGap * (prev->bottom - prev->top))
                new_paragraph = true;
            else if (short_prev && !ends_hyphen(prev->text) &&
                     (ends_sentence(prev->text) || !below))
                new_paragraph = true;
        }
        if (new_paragraph)
            out.push_back(line.text);
        else
            append_line(out.back(), line.text, vocabulary);
        prev = &line;
    }
    return out;
}

}  // namespace

core::Document formats::read_pdf(std::string_view content, const std::string& path) {
    if (content.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        throw InputError("corrupt PDF: not a PDF file (no %PDF- header)", path);
    if (content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw InputError("corrupt PDF: file too large", path);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(content.data(), static_cast<int>(content.size())));
    if (!doc) throw InputError("corrupt PDF: poppler cannot parse the file", path);
    if (doc->is_locked())
        throw InputError("encrypted PDF: a password is required to open it", path);
    const int n_pages = doc->pages();
    if (n_pages <= 0) throw InputError("corrupt PDF: the document has no pages", path);

    std::vector<std::vector<Line>> pages;
    std::vector<double> heights;
    bool any_text = false;
    for (int i = 0; i < n_pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) throw InputError("corrupt PDF: cannot read page " + std::to_string(i + 1), path);
        heights.push_back(page->page_rect().height());
        pages.push_back(page_segments(*page, i));
        any_text = any_text || !pages.back().empty();
    }
    if (!any_text) throw InputError("no text layer: the PDF is scanned images and needs OCR", path);

    const std::string running_symbol = drop_running_lines(pages, heights);
    std::vector<Line> lines;
    for (auto& page : pages) {
        std::vector<Line> ordered = reading_order(std::move(page));
        lines.insert(lines.end(), std::make_move_iterator(ordered.begin()),
                     std::make_move_iterator(ordered.end()));
    }
    std::string text;
    for (const std::string& paragraph : paragraphs(lines)) {
        text += paragraph;
        text += '\n';
    }
    core::Document document = read_text_document(text, path);
    if (document.meta.symbol.empty()) document.meta.symbol = running_symbol;
    return document;
}

}  // namespace paragraf::indexer
