#include "indexer/readers/text_reader.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/date_text.hpp"
#include "core/error.hpp"
#include "core/word_markers.hpp"

namespace paragraf::indexer {
namespace {

using core::Unit;
using core::UnitKind;

constexpr std::size_t npos = std::string_view::npos;

/// Longest line (in characters) that still counts as a heading.
constexpr std::size_t kHeadingMaxChars = 120;
/// Some real headings are longer ("Right to Take Part in Cultural Life and ... (art. 15, a and b)"
/// has 124 characters); a line without final punctuation directly followed by a numbered
/// paragraph is accepted as a heading up to this length.
constexpr std::size_t kLongHeadingMaxChars = 200;
/// A title is looked for among this many leading blocks and must not be longer than this.
constexpr std::size_t kTitleSearchBlocks = 5;
constexpr std::size_t kTitleMaxChars = 200;
constexpr std::size_t kHeaderTitleMaxChars = 300;
/// Paragraph numbers have at most three digits: "2019. " opening a line is a year, not a number.
constexpr std::size_t kMaxParagraphDigits = 3;

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Number of code points; the input is valid UTF-8 by the time this is used.
std::size_t utf8_length(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string join_numbers(const std::vector<int>& numbers) {
    std::string out;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i > 0) out += '.';
        out += std::to_string(numbers[i]);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Input checks

/// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is malformed (overlong,
/// surrogate, beyond U+10FFFF or truncated).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + length > s.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return length;
}

/// Byte length of a blank character at s[i] (ASCII space or control, no-break space, BOM,
/// zero-width space), 0 when s[i] starts something visible.
std::size_t blank_length_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c <= 0x20 || c == 0x7F) return 1;
    for (std::string_view blank : {"\xC2\xA0", "\xEF\xBB\xBF", "\xE2\x80\x8B"})
        if (starts_with(s.substr(i), blank)) return blank.size();
    return 0;
}

/// Byte length of a blank character that ends right before s[end], 0 when there is none.
std::size_t blank_length_before(std::string_view s, std::size_t end) {
    if (end == 0) return 0;
    const auto c = static_cast<unsigned char>(s[end - 1]);
    if (c <= 0x20 || c == 0x7F) return 1;
    for (std::string_view blank : {"\xC2\xA0", "\xEF\xBB\xBF", "\xE2\x80\x8B"})
        if (ends_with(s.substr(0, end), blank)) return blank.size();
    return 0;
}

std::string_view trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        const std::size_t n = blank_length_at(s, begin);
        if (n == 0) break;
        begin += n;
    }
    std::size_t end = s.size();
    while (end > begin) {
        const std::size_t n = blank_length_before(s, end);
        if (n == 0) break;
        end -= n;
    }
    return s.substr(begin, end - begin);
}

/// Rejects what cannot be read as text. Done before anything else so that later stages may
/// assume valid UTF-8.
void check_input(std::string_view content, const std::string& path) {
    if (content.find('\0') != npos) throw InputError("binary file, not text", path);
    int line = 1;
    bool blank = true;
    for (std::size_t i = 0; i < content.size();) {
        const std::size_t length = utf8_sequence_length(content, i);
        if (length == 0)
            throw InputError("invalid UTF-8 at line " + std::to_string(line), path, line);
        if (content[i] == '\n') ++line;
        if (blank && blank_length_at(content, i) == 0) blank = false;
        i += length;
    }
    if (blank) throw InputError("empty document", path);
}

// ---------------------------------------------------------------------------------------------
// Word-export markers

/// A footnote body candidate: `[N:` with the digits right after the bracket.
struct FootnoteBody {
    std::string number;
    std::size_t open;          ///< position of '['
    std::size_t text_begin;    ///< position after ':'
    std::size_t close = npos;  ///< matching ']' or npos
    bool accepted = false;

    /// Where the body text ends and where reading resumes. An unclosed body (a truncated
    /// export) is taken to end with its line rather than swallow the rest of the document.
    std::size_t text_end(std::string_view s) const {
        if (close != npos) return close;
        const std::size_t eol = s.find('\n', text_begin);
        return eol == npos ? s.size() : eol;
    }
    std::size_t resume(std::string_view s) const { return close != npos ? close + 1 : text_end(s); }
};

std::optional<FootnoteBody> footnote_body_candidate(std::string_view s, std::size_t i) {
    auto opening = core::footnote_body_at(s, i);
    if (!opening) return std::nullopt;
    return FootnoteBody{std::move(opening->number), i, opening->text_begin};
}

struct MarkerScan {
    std::unordered_set<std::string> cited;  ///< numbers seen in [footnoteRef:N]
    std::vector<FootnoteBody> bodies;       ///< candidates, ordered by `open`
    std::unordered_map<std::size_t, std::size_t> bookmark_open_by_close;
};

/// One pass that finds footnote refs, bookmarks and footnote-body candidates, matching each
/// candidate with its closing bracket. Matching uses a depth counter so that nested brackets
/// ("[3: see [1]]") stay inside the body, and keeps only candidates on a stack, so memory
/// grows with the number of candidates, not with the number of brackets.
MarkerScan scan_markers(std::string_view s) {
    MarkerScan scan;
    std::size_t depth = 0;
    std::vector<std::pair<std::size_t, std::size_t>> open_bodies;  // (body index, its depth)
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ']' && depth > 0) {
            if (!open_bodies.empty() && open_bodies.back().second == depth) {
                scan.bodies[open_bodies.back().first].close = i;
                open_bodies.pop_back();
            }
            --depth;
            continue;
        }
        if (s[i] != '[') continue;
        if (auto end = core::bookmark_end(s, i)) {
            scan.bookmark_open_by_close[*end - 1] = i;
            i = *end - 1;
            continue;
        }
        if (auto ref = core::footnote_ref_at(s, i)) {
            scan.cited.insert(ref->number);
            i = ref->end - 1;
            continue;
        }
        ++depth;
        if (auto body = footnote_body_candidate(s, i)) {
            open_bodies.emplace_back(scan.bodies.size(), depth);
            scan.bodies.push_back(std::move(*body));
        }
    }
    return scan;
}

/// Whether only spaces separate s[pos] from the start of its line.
bool begins_line(std::string_view s, std::size_t pos) {
    while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t' || s[pos - 1] == '\r')) --pos;
    return pos == 0 || s[pos - 1] == '\n';
}

/// Accepts the candidates that form a footnote list at the very end of the document (bodies
/// separated by nothing but blanks and bookmarks, the first one opening a line): exports
/// whose refs were lost still carry their footnotes there.
void accept_trailing_footnote_list(std::string_view s, MarkerScan& scan) {
    std::unordered_map<std::size_t, std::size_t> body_by_close;
    for (std::size_t b = 0; b < scan.bodies.size(); ++b)
        if (scan.bodies[b].close != npos) body_by_close[scan.bodies[b].close] = b;

    std::vector<std::size_t> tail;  // latest first
    std::size_t end = s.size();
    while (true) {
        while (end > 0 && blank_length_before(s, end) > 0) end -= blank_length_before(s, end);
        if (end == 0 || s[end - 1] != ']') break;
        if (auto body = body_by_close.find(end - 1); body != body_by_close.end()) {
            tail.push_back(body->second);
            end = scan.bodies[body->second].open;
        } else if (auto mark = scan.bookmark_open_by_close.find(end - 1);
                   mark != scan.bookmark_open_by_close.end()) {
            end = mark->second;
        } else {
            break;
        }
    }
    bool in_list = false;
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
        in_list = in_list || begins_line(s, scan.bodies[*it].open);
        if (in_list) scan.bodies[*it].accepted = true;
    }
}

/// Decides which `[N:` candidates are footnote bodies: those whose N is cited by a
/// footnoteRef, and a footnote list at the end. Everything else ("[2019: ...]") stays text.
void accept_footnote_bodies(std::string_view s, MarkerScan& scan) {
    for (auto& body : scan.bodies)
        if (scan.cited.count(body.number) > 0) body.accepted = true;
    accept_trailing_footnote_list(s, scan);
}

/// Collapses blanks (tabs, stray controls, runs of spaces) into single spaces and trims. The
/// no-break space inside text is kept: text normalisation belongs to the analyzer.
std::string collapse_spaces(std::string_view s) {
    s = trim(s);
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F) {
            pending_space = true;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

/// Text of a footnote body: markers dropped, line breaks and runs of blanks made single spaces.
std::string clean_footnote_body(std::string_view body) {
    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] == '[') {
            if (auto end = core::bookmark_end(body, i)) {
                i = *end;
                continue;
            }
            if (auto ref = core::footnote_ref_at(body, i)) {
                i = ref->end;
                continue;
            }
        }
        out += body[i++];
    }
    return collapse_spaces(out);
}

/// A line of the document with the markers taken out.
struct TextLine {
    std::string text;
    std::vector<std::string> refs;  ///< footnote numbers cited on the line
};

struct StrippedText {
    std::vector<TextLine> lines;
    std::map<unsigned long, std::pair<std::string, std::string>> footnotes;  // n -> (N, text)
};

/// Removes bookmarks, footnote refs and accepted footnote bodies, splitting into lines. A body
/// spanning lines is cut out with its line breaks, so the text around it joins one line.
StrippedText strip_markers(std::string_view s, const MarkerScan& scan) {
    StrippedText out;
    TextLine line;
    std::size_t next_body = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '\n') {
            out.lines.push_back(std::move(line));
            line = {};
            ++i;
            continue;
        }
        if (s[i] == '[') {
            if (auto end = core::bookmark_end(s, i)) {
                i = *end;
                continue;
            }
            if (auto ref = core::footnote_ref_at(s, i)) {
                line.refs.push_back(std::move(ref->number));
                i = ref->end;
                continue;
            }
            while (next_body < scan.bodies.size() && scan.bodies[next_body].open < i) ++next_body;
            if (next_body < scan.bodies.size() && scan.bodies[next_body].open == i &&
                scan.bodies[next_body].accepted) {
                const FootnoteBody& body = scan.bodies[next_body];
                std::string_view text =
                    s.substr(body.text_begin, body.text_end(s) - body.text_begin);
                // The first body of a number wins; a repeated one is an export duplicate.
                out.footnotes.try_emplace(std::stoul(body.number), body.number,
                                          clean_footnote_body(text));
                i = body.resume(s);
                continue;
            }
        }
        // Copy up to the next place where a marker or a line break may start.
        const std::size_t stop = std::min(s.find_first_of("[\n", i + 1), s.size());
        line.text.append(s.substr(i, stop - i));
        i = stop;
    }
    out.lines.push_back(std::move(line));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Blocks: non-empty lines, classified by their opening marker

enum class BlockKind { numbered, subparagraph, bullet, plain };

struct Block {
    BlockKind kind = BlockKind::plain;
    std::string marker;       ///< "3.1." for numbered, "a" / "ii" for sub-paragraphs
    std::vector<int> number;  ///< components of a numbered block's number
    std::string text;         ///< text after the marker
    std::string line;         ///< the whole line
    std::vector<std::string> refs;
};

/// `N. ` / `N.N. ` / `N.N.N. ` followed by text.
bool parse_numbered(Block& block) {
    std::string_view s = block.line;
    std::vector<int> number;
    std::size_t i = 0;
    while (true) {
        const std::size_t begin = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i == begin || i - begin > kMaxParagraphDigits || i >= s.size() || s[i] != '.')
            return false;
        number.push_back(std::stoi(std::string(s.substr(begin, i - begin))));
        ++i;  // the dot
        if (i < s.size() && s[i] == ' ') break;
    }
    const std::string_view text = trim(s.substr(i));
    if (text.empty()) return false;
    block.kind = BlockKind::numbered;
    block.marker = std::string(s.substr(0, i));
    block.number = std::move(number);
    block.text = std::string(text);
    return true;
}

bool is_roman_token(std::string_view token) {
    return token.find_first_not_of("ivx") == npos;
}

/// `(a) ` / `a) ` / `(iv) ` followed by text: a single lower-case letter or a roman numeral.
bool parse_subparagraph(Block& block) {
    std::string_view s = block.line;
    std::size_t i = s.empty() || s[0] != '(' ? 0 : 1;
    const std::size_t begin = i;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z' && i - begin < 6) ++i;
    const std::string_view token = s.substr(begin, i - begin);
    if (token.empty() || (token.size() > 1 && !is_roman_token(token))) return false;
    if (i + 1 >= s.size() || s[i] != ')' || s[i + 1] != ' ') return false;
    const std::string_view text = trim(s.substr(i + 2));
    if (text.empty()) return false;
    block.kind = BlockKind::subparagraph;
    block.marker = std::string(token);
    block.text = std::string(text);
    return true;
}

/// A bullet character followed by a space. Word's Symbol-font bullets (U+F0B7, U+F0A7) show
/// up in exports as private-use characters.
bool parse_bullet(Block& block) {
    static constexpr std::array<std::string_view, 11> kBullets = {
        "\xC2\xB7",      // middle dot
        "\xE2\x80\xA2",  // bullet
        "\xE2\x80\xA3",  // triangular bullet
        "\xE2\x97\xA6",  // white bullet
        "\xE2\x96\xAA",  // small black square
        "\xEF\x82\xB7",  // Symbol-font bullet
        "\xEF\x82\xA7",  // Symbol-font square
        "\xE2\x80\x93",  // en dash
        "-",
        "*",
        "o",
    };
    std::string_view s = block.line;
    for (std::string_view bullet : kBullets) {
        if (!starts_with(s, bullet) || s.size() <= bullet.size() || s[bullet.size()] != ' ')
            continue;
        const std::string_view text = trim(s.substr(bullet.size()));
        if (text.empty()) return false;
        block.kind = BlockKind::bullet;
        block.text = std::string(text);
        return true;
    }
    return false;
}

Block classify(std::string line, std::vector<std::string> refs) {
    Block block;
    block.line = std::move(line);
    block.refs = std::move(refs);
    if (!parse_numbered(block) && !parse_subparagraph(block) && !parse_bullet(block))
        block.text = block.line;
    return block;
}

/// Non-empty lines as blocks. Refs on lines left empty by marker removal move to the next
/// block (or the last one) so that no citation is lost.
std::vector<Block> to_blocks(std::vector<TextLine> lines) {
    std::vector<Block> blocks;
    std::vector<std::string> orphan_refs;
    for (TextLine& line : lines) {
        std::string text = collapse_spaces(line.text);
        if (text.empty()) {
            orphan_refs.insert(orphan_refs.end(), line.refs.begin(), line.refs.end());
            continue;
        }
        orphan_refs.insert(orphan_refs.end(), line.refs.begin(), line.refs.end());
        blocks.push_back(classify(std::move(text), std::move(orphan_refs)));
        orphan_refs.clear();
    }
    if (!blocks.empty())
        blocks.back().refs.insert(blocks.back().refs.end(), orphan_refs.begin(), orphan_refs.end());
    return blocks;
}

/// Whether the text ends a sentence (or introduces a list), looking through closing quotes
/// and brackets: "(para. 5.)" ends with a period, "(Article 10)" does not.
bool ends_with_sentence_punctuation(std::string_view s) {
    static constexpr std::array<std::string_view, 7> kClosers = {
        ")", "]", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"};
    for (bool stripped = true; stripped && !s.empty();) {
        stripped = false;
        for (std::string_view closer : kClosers) {
            if (ends_with(s, closer)) {
                s.remove_suffix(closer.size());
                stripped = true;
            }
        }
    }
    for (std::string_view mark : {".", ":", ";", "?", "!", "\xE2\x80\xA6"})
        if (ends_with(s, mark)) return true;
    return false;
}

/// Short, not a sentence, and not a fragment of a broken line (those end with a comma or start
/// in lower case).
bool heading_shaped(std::string_view text, std::size_t max_chars) {
    if (text.empty() || (text.front() >= 'a' && text.front() <= 'z') || text.back() == ',')
        return false;
    return utf8_length(text) <= max_chars && !ends_with_sentence_punctuation(text);
}

// ---------------------------------------------------------------------------------------------
// Header and title

/// A UN document symbol such as "E/C.12/2000/4" or "A/HRC/WG.6/34/KAZ/1".
bool looks_like_symbol(std::string_view s) {
    if (s.size() < 3 || s.size() > 60 || s[0] < 'A' || s[0] > 'Z') return false;
    if (s.find('/') == npos || s.back() == '/') return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '/' ||
               c == '.' || c == '-' || c == '(' || c == ')';
    });
}

/// "Distr.: General", "Original: English": distribution lines of UN headers, not the author.
bool is_distribution_line(std::string_view text) {
    return starts_with(text, "Distr.") || starts_with(text, "Original:");
}

/// Reads a UN-style header (symbol line, committee line, date line, title line) into `meta`.
/// Returns how many leading blocks it used; 0 when the document has no such header.
std::size_t read_header(const std::vector<Block>& blocks, core::DocumentMeta& meta) {
    if (blocks.empty() || blocks[0].kind != BlockKind::plain || !looks_like_symbol(blocks[0].text))
        return 0;
    std::string author;
    std::string date;
    std::size_t next = 1;
    for (; next < blocks.size() && next <= 5 && blocks[next].kind == BlockKind::plain; ++next) {
        const std::string& text = blocks[next].text;
        if (is_distribution_line(text)) {
            // Russian covers put the date on the same line: "Distr.: General 24 March 2023".
            if (date.empty()) date = core::find_document_date({text});
            continue;
        }
        if (date.empty()) {
            std::string parsed = core::parse_date(text);
            if (!parsed.empty()) {
                date = std::move(parsed);
                continue;
            }
        }
        // The committee line comes before the date and is a name, not a number.
        if (!author.empty() || !date.empty() || is_digit(text.front()) ||
            !heading_shaped(text, kHeadingMaxChars))
            break;
        author = text;
    }
    if (author.empty() && date.empty()) return 0;
    meta.symbol = blocks[0].text;
    meta.author = std::move(author);
    meta.date = std::move(date);
    // The title follows the header unless the body starts right away.
    if (next + 1 < blocks.size() && blocks[next].kind == BlockKind::plain &&
        utf8_length(blocks[next].text) <= kHeaderTitleMaxChars) {
        meta.title = blocks[next].text;
        ++next;
    }
    return next;
}

/// Lines that open many submissions but do not name them: the committee addressed, and
/// generic first headings. Taking one as the title would make citations misleading
/// ("Committee on Economic, Social and Cultural Rights, para. 3" for an NGO's text).
bool is_addressee_or_generic_heading(std::string_view text) {
    static constexpr std::array<std::string_view, 6> kAddressees{
        "Committee on", "Committee against", "Human Rights Committee",
        "Комитет по",   "Комитет против",    "Комитет по правам"};
    for (std::string_view a : kAddressees)
        if (starts_with(text, a)) return true;
    static constexpr std::array<std::string_view, 10> kGeneric{
        "Introduction", "Contents", "Table of contents", "Summary", "Executive summary", "Введение",
        "Содержание",   "Резюме",   "Кіріспе",           "Мазмұны"};
    for (std::string_view g : kGeneric)
        if (text == g) return true;
    return false;
}

/// The first short unmarked line near the top that names the document, else the file name.
std::string find_title(const std::vector<Block>& blocks, std::size_t first,
                       const std::string& fallback) {
    const std::size_t last = std::min(blocks.size(), first + kTitleSearchBlocks);
    for (std::size_t b = first; b < last; ++b)
        if (blocks[b].kind == BlockKind::plain && utf8_length(blocks[b].text) <= kTitleMaxChars &&
            !is_addressee_or_generic_heading(blocks[b].text) &&
            !is_distribution_line(blocks[b].text) && core::parse_date(blocks[b].text).empty())
            return blocks[b].text;
    return fallback;
}

// ---------------------------------------------------------------------------------------------
// Structure: headings, sections and pinpoint labels

struct SectionHeading {
    std::string text;         ///< as shown in section_path, with its number
    std::vector<int> number;  ///< empty for an unnumbered heading
};

/// Whether `prefix` is a proper prefix of `number` (3 of 3.1), i.e. an enclosing section.
bool encloses(const std::vector<int>& prefix, const std::vector<int>& number) {
    return prefix.size() < number.size() &&
           std::equal(prefix.begin(), prefix.end(), number.begin());
}

/// Turns the classified blocks into units, tracking the section path and the state needed to
/// label each unit the way it is cited.
class StructureBuilder {
  public:
    /// `reserved`: labels the counted labels ("S/K") must not take.
    StructureBuilder(std::vector<std::string> pending_refs,
                     std::unordered_set<std::string> reserved)
        : pending_refs_(std::move(pending_refs)), used_labels_(std::move(reserved)) {}

    void add(const Block& block, const Block* next) {
        switch (block.kind) {
            case BlockKind::numbered:
                if (is_numbered_heading(block))
                    open_numbered_heading(block);
                else
                    add_numbered_paragraph(block);
                break;
            case BlockKind::subparagraph:
                if (paragraph_label_.empty())
                    add_paragraph(block.line, block.refs);  // nothing to hang it on
                else
                    add_subparagraph(block);
                break;
            case BlockKind::bullet:
                add_item(block);
                break;
            case BlockKind::plain:
                if (is_unnumbered_heading(block, next))
                    open_unnumbered_heading(block);
                else
                    add_paragraph(block.text, block.refs);
                break;
        }
    }

    /// The units; refs of trailing headings go to the last unit rather than be dropped.
    std::vector<Unit> finish() {
        if (!units_.empty())
            units_.back().footnote_refs.insert(units_.back().footnote_refs.end(),
                                               pending_refs_.begin(), pending_refs_.end());
        return std::move(units_);
    }

    const std::unordered_set<std::string>& numbered_labels() const { return numbered_labels_; }

  private:
    struct SubLevel {
        std::string label;  ///< "12 (a)"
        std::string token;  ///< "a"
        bool roman = false;
    };
    struct BulletOwner {
        std::string label;
        int count = 0;
    };

    const std::vector<int>& current_section_number() const {
        static const std::vector<int> kNone;
        for (auto it = path_.rbegin(); it != path_.rend(); ++it)
            if (!it->number.empty()) return it->number;
        return kNone;
    }

    bool is_numbered_heading(const Block& block) const {
        if (!heading_shaped(block.text, kHeadingMaxChars)) return false;
        // Outline numbers only move forward: "1." inside section 7.1 is a list entry.
        if (!(block.number > current_section_number())) return false;
        // Documents numbering paragraphs only: "12. Short line" after paragraph 11 is paragraph
        // 12 even without a final period.
        return seen_numbered_heading_ || block.number.size() > 1 || last_numbered_paragraph_ == 0 ||
               block.number[0] != last_numbered_paragraph_ + 1;
    }

    bool is_unnumbered_heading(const Block& block, const Block* next) const {
        if (next == nullptr) return false;
        return heading_shaped(block.text, kHeadingMaxChars) ||
               (next->kind == BlockKind::numbered &&
                heading_shaped(block.text, kLongHeadingMaxChars));
    }

    void open_numbered_heading(const Block& block) {
        while (!path_.empty() &&
               (path_.back().number.empty() || !encloses(path_.back().number, block.number)))
            path_.pop_back();
        path_.push_back({block.marker + " " + block.text, block.number});
        seen_numbered_heading_ = true;
        section_label_ = join_numbers(block.number);
        counter_ = 0;
        enter_heading(block);
    }

    void open_unnumbered_heading(const Block& block) {
        if (!path_.empty() && path_.back().number.empty()) path_.pop_back();
        path_.push_back({block.text, {}});
        enter_heading(block);
    }

    /// A heading ends the scope of paragraphs, sub-paragraphs and bullets; its footnote refs
    /// go to the first unit of the section.
    void enter_heading(const Block& block) {
        section_path_.clear();
        for (const auto& heading : path_) section_path_.push_back(heading.text);
        paragraph_label_.clear();
        sub_level_.reset();
        bullet_owner_.reset();
        pending_refs_.insert(pending_refs_.end(), block.refs.begin(), block.refs.end());
    }

    void add_numbered_paragraph(const Block& block) {
        const std::string number = join_numbers(block.number);
        std::string label = number;
        if (!section_label_.empty()) {
            // Paragraph numbers restart inside numbered sections, so they are cited with it;
            // multilevel numbers ("3.1") are unambiguous by themselves.
            if (block.number.size() == 1) label = section_label_ + "/" + number;
            ++counter_;
        } else if (block.number.size() == 1) {
            last_numbered_paragraph_ = block.number[0];
        }
        emit(UnitKind::paragraph, label, block.text, block.refs);
        numbered_labels_.insert(label);
        start_paragraph(label);
        bullet_owner_ = BulletOwner{label};
    }

    void add_paragraph(const std::string& text, const std::vector<std::string>& refs) {
        const std::string label = next_counted_label();
        emit(UnitKind::paragraph, label, text, refs);
        start_paragraph(label);
    }

    void start_paragraph(const std::string& label) {
        paragraph_label_ = label;
        sub_level_.reset();
        bullet_owner_.reset();
    }

    /// "(i)" is ambiguous: the letter after "(h)", or a roman numeral nested in "(a)", or the
    /// first of a roman list.
    void add_subparagraph(const Block& block) {
        const std::string& token = block.marker;
        const bool letter_level = sub_level_.has_value() && !sub_level_->roman;
        const bool next_letter = letter_level && token.size() == 1 &&
                                 sub_level_->token.size() == 1 &&
                                 token[0] == sub_level_->token[0] + 1;
        std::string label;
        if (!is_roman_token(token) || next_letter) {
            label = paragraph_label_ + " (" + token + ")";
            sub_level_ = SubLevel{label, token, false};
        } else if (letter_level) {
            label = sub_level_->label + " (" + token + ")";  // nested, sub_level_ stays
        } else {
            const bool roman = token.size() > 1 || token == "i" || sub_level_.has_value();
            label = paragraph_label_ + " (" + token + ")";
            sub_level_ = SubLevel{label, token, roman};
        }
        emit(UnitKind::subparagraph, label, block.text, block.refs);
        bullet_owner_ = BulletOwner{label};
    }

    void add_item(const Block& block) {
        if (bullet_owner_) {
            const std::string label =
                bullet_owner_->label + ", bullet " + std::to_string(++bullet_owner_->count);
            emit(UnitKind::item, label, block.text, block.refs);
        } else {
            emit(UnitKind::item, next_counted_label(), block.text, block.refs);
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

    void emit(UnitKind kind, const std::string& label, const std::string& text,
              const std::vector<std::string>& refs) {
        Unit unit;
        unit.kind = kind;
        unit.label = label;
        unit.section_path = section_path_;
        unit.text = text;
        unit.footnote_refs = std::move(pending_refs_);
        pending_refs_.clear();
        unit.footnote_refs.insert(unit.footnote_refs.end(), refs.begin(), refs.end());
        used_labels_.insert(label);
        units_.push_back(std::move(unit));
    }

    std::vector<SectionHeading> path_;
    std::vector<std::string> section_path_;
    std::string section_label_;  ///< number of the innermost numbered section, "" before any
    bool seen_numbered_heading_ = false;
    int last_numbered_paragraph_ = 0;  ///< outside numbered sections
    int counter_ = 0;                  ///< K of "S/K" and "¶K"
    std::string paragraph_label_;      ///< parent of sub-paragraphs
    std::optional<SubLevel> sub_level_;
    std::optional<BulletOwner> bullet_owner_;
    std::vector<std::string> pending_refs_;
    std::unordered_set<std::string> used_labels_;
    std::unordered_set<std::string> numbered_labels_;
    std::vector<Unit> units_;
};

void add_blocks(StructureBuilder& builder, const std::vector<Block>& blocks, std::size_t first) {
    for (std::size_t b = first; b < blocks.size(); ++b)
        builder.add(blocks[b], b + 1 < blocks.size() ? &blocks[b + 1] : nullptr);
}

/// Units of the blocks from `first` on. Numbered paragraph labels come from the text, so a
/// counted label must not take one of them even when the numbered paragraph comes later in the
/// section ("2.1/1" for an intro paragraph, then "1. Please ..."): a first pass collects them.
std::vector<Unit> build_units(const std::vector<Block>& blocks, std::size_t first,
                              const std::vector<std::string>& header_refs) {
    StructureBuilder probe(header_refs, {});
    add_blocks(probe, blocks, first);
    StructureBuilder builder(header_refs, probe.numbered_labels());
    add_blocks(builder, blocks, first);
    return builder.finish();
}

std::vector<Unit> footnote_units(
    const std::map<unsigned long, std::pair<std::string, std::string>>& footnotes) {
    std::vector<Unit> units;
    for (const auto& [key, footnote] : footnotes) {
        if (footnote.second.empty()) continue;
        Unit unit;
        unit.kind = UnitKind::footnote;
        unit.label = "fn. " + footnote.first;
        unit.text = footnote.second;
        units.push_back(std::move(unit));
    }
    return units;
}

}  // namespace

core::Document read_text_document(std::string_view content, const std::string& path) {
    check_input(content, path);
    if (starts_with(content, "\xEF\xBB\xBF")) content.remove_prefix(3);

    MarkerScan scan = scan_markers(content);
    accept_footnote_bodies(content, scan);
    StrippedText stripped = strip_markers(content, scan);
    const std::vector<Block> blocks = to_blocks(std::move(stripped.lines));

    core::Document doc;
    doc.meta.source_path = path;
    doc.meta.id = std::filesystem::path(path).stem().string();
    const std::size_t first = read_header(blocks, doc.meta);
    if (doc.meta.title.empty()) doc.meta.title = find_title(blocks, first, doc.meta.id);

    std::vector<std::string> header_refs;
    for (std::size_t b = 0; b < first; ++b)
        header_refs.insert(header_refs.end(), blocks[b].refs.begin(), blocks[b].refs.end());
    doc.units = build_units(blocks, first, header_refs);
    for (Unit& unit : footnote_units(stripped.footnotes)) doc.units.push_back(std::move(unit));
    return doc;
}

}  // namespace paragraf::indexer
