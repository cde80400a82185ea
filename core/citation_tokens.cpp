#include "core/citation_tokens.hpp"

#include "core/un_symbol.hpp"
#include "core/utf8.hpp"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace paragraf::core {
namespace {

// Decodes the code point at `i` and its length; ill-formed bytes read as U+FFFD, length 1.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        len = 1;
        return b;
    }
    std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) {
        len = 1;
        return 0xFFFD;
    }
    char32_t c = b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        const auto cb = static_cast<unsigned char>(s[i + k]);
        if ((cb & 0xC0) != 0x80) {
            len = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (cb & 0x3F);
    }
    len = n;
    return c;
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x200B || c == 0x2002 ||
           c == 0x2003 || c == 0xFEFF;
}

bool is_ascii_alpha(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Latin with diacritics and Cyrillic (Kazakh letters included) are the letters met here.
bool is_letter(char32_t c) {
    return is_ascii_alpha(c) || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
           (c >= 0x0400 && c <= 0x04FF);
}

bool is_upper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0x0410 && c <= 0x042F) || (c >= 0x0400 && c <= 0x040F) ||
           (c >= 0x0460 && c <= 0x04FF && c % 2 == 0 && c != 0x04C0) ||
           (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7);
}

char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x0410 && c <= 0x042F) return c + 32;
    if (c >= 0x0400 && c <= 0x040F) return c + 80;
    if (c >= 0x0460 && c <= 0x04FF && c % 2 == 0 && c != 0x04C0) return c + 1;
    if (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7) return c + 32;
    return c;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != prefix[i]) return false;
    }
    return true;
}

// The series a UN symbol starts with, tested before the (costlier) symbol parser runs.
bool may_start_symbol(std::string_view s) {
    static constexpr std::array<std::string_view, 10> series{
        "E/", "A/", "CCPR/", "CEDAW/", "CRC/", "CAT/", "CERD/", "CRPD/", "CMW/", "CED/"};
    for (auto p : series)
        if (s.substr(0, p.size()) == p) return true;
    return false;
}

// Characters that end a URL however it continues: spaces are handled by the caller.
bool ends_url(char32_t c) {
    return c == '<' || c == '>' || c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB ||
           c == 0x00BB || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '\\' ||
           c == '^' || c == '`';
}

// Cuts what follows a URL in prose rather than belonging to it: final punctuation, and a
// closing parenthesis the URL did not open.
std::size_t trim_url(std::string_view s, std::size_t begin, std::size_t end) {
    for (;;) {
        if (end <= begin) return end;
        const char last = s[end - 1];
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
            last == '?' || last == '\'' || last == '*') {
            --end;
            continue;
        }
        if (last == ')') {
            int depth = 0;
            for (std::size_t k = begin; k < end; ++k)
                depth += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
            if (depth < 0) {
                --end;
                continue;
            }
            return end;
        }
        // Multi-byte closing quotes and dashes: ’ ” » – —
        if (end - begin >= 2 && static_cast<unsigned char>(last) >= 0x80) {
            std::size_t k = end - 1;
            while (k > begin && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
            std::size_t len = 0;
            const char32_t c = decode(s, k, len);
            if (c == 0x2019 || c == 0x201D || c == 0x00BB || c == 0x2013 || c == 0x2014 ||
                c == 0x2026) {
                end = k;
                continue;
            }
        }
        return end;
    }
}

std::string fold_punct(char32_t c) {
    switch (c) {
        case '-':
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
            return "-";
        case '"':
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x00AB:
        case 0x00BB:
            return "\"";
        case '\'':
        case 0x2018:
        case 0x2019:
        case 0x02BC:
            return "'";
        default: {
            std::string out;
            append_utf8(out, c);
            return out;
        }
    }
}

// The Latin capital a Cyrillic capital looks like, or 0.
char latin_lookalike(char32_t c) {
    switch (c) {
        case 0x0410:
            return 'A';
        case 0x0412:
            return 'B';
        case 0x0415:
            return 'E';
        case 0x041A:
            return 'K';
        case 0x041C:
            return 'M';
        case 0x041D:
            return 'H';
        case 0x041E:
            return 'O';
        case 0x0420:
            return 'P';
        case 0x0421:
            return 'C';
        case 0x0422:
            return 'T';
        case 0x0425:
            return 'X';
        default:
            return 0;
    }
}

// A symbol written with Cyrillic look-alikes at `i`: its canonical text and end offset.
std::optional<std::pair<std::string, std::size_t>> cyrillic_symbol(std::string_view text,
                                                                   std::size_t i) {
    std::string folded;
    std::vector<std::size_t> offsets;  // byte offset in `text` of each byte of `folded`
    std::size_t j = i;
    while (j < text.size() && folded.size() < 100) {
        std::size_t len = 0;
        const char32_t c = decode(text, j, len);
        char ascii = 0;
        if (c > ' ' && c < 0x7F)
            ascii = static_cast<char>(c);
        else
            ascii = latin_lookalike(c);
        if (ascii == 0) break;
        folded += ascii;
        offsets.push_back(j);
        j += len;
    }
    offsets.push_back(j);
    if (!may_start_symbol(folded)) return std::nullopt;
    auto found = find_un_symbol(folded);
    if (!found || found->second.first != 0) return std::nullopt;
    return std::make_pair(found->first.text, offsets[found->second.second]);
}

// The end of a Human Rights Council special-procedure symbol at `i`, or 0. un_symbol refuses
// A/HRC/<series>/<year or session>/<number> ("A/HRC/WGAD/2023/5", the Working Group on
// Arbitrary Detention's opinions): a series of 2-8 capitals, then two numbers, then any
// /Add.N, /Corr.N or /Rev.N suffixes.
std::size_t special_procedure_symbol(std::string_view text, std::size_t i) {
    if (text.substr(i, 6) != "A/HRC/") return 0;
    const std::size_t n = text.size();
    std::size_t j = i + 6;
    const std::size_t series = j;
    while (j < n && text[j] >= 'A' && text[j] <= 'Z') ++j;
    if (j - series < 2 || j - series > 8 || j >= n || text[j] != '/') return 0;
    for (int part = 0; part < 2; ++part) {
        if (j >= n || text[j] != '/') return 0;
        const std::size_t digits = ++j;
        while (j < n && is_digit(text[j])) ++j;
        if (j == digits || j - digits > 4) return 0;
    }
    for (;;) {
        std::size_t k = j;
        if (k >= n || text[k] != '/') break;
        ++k;
        const std::string_view rest = text.substr(k, 5);
        if (rest.substr(0, 4) == "Add." || rest.substr(0, 4) == "Rev.")
            k += 4;
        else if (rest == "Corr.")
            k += 5;
        else
            break;
        const std::size_t digits = k;
        while (k < n && is_digit(text[k])) ++k;
        if (k == digits) break;
        j = k;
    }
    // "A/HRC/WGAD/2023/5a" or "A/HRC/WGAD/2023/5/x" is something else.
    if (j < n && (is_ascii_alpha(static_cast<unsigned char>(text[j])) || text[j] == '/')) return 0;
    return j;
}

}  // namespace

std::vector<CitationToken> tokenize_for_citations(std::string_view text) {
    std::vector<CitationToken> tokens;
    tokens.reserve(text.size() / 4);
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t len = 0;
        const char32_t c = decode(text, i, len);
        if (is_space(c)) {
            i += len;
            continue;
        }
        const bool word_start = i == 0 || tokens.empty() || tokens.back().end < i ||
                                tokens.back().kind == TokenKind::punct;
        if (word_start && (c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
            (starts_with_ci(text.substr(i), "http://") ||
             starts_with_ci(text.substr(i), "https://") ||
             starts_with_ci(text.substr(i), "www."))) {
            std::size_t j = i;
            while (j < n) {
                std::size_t l = 0;
                const char32_t d = decode(text, j, l);
                if (is_space(d) || ends_url(d)) break;
                j += l;
            }
            const std::size_t end = trim_url(text, i, j);
            if (end > i + 4) {
                tokens.push_back({TokenKind::url, i, end, std::string(text.substr(i, end - i))});
                i = end;
                continue;
            }
        }
        if ((c == 'A' || c == 'C' || c == 'E') && may_start_symbol(text.substr(i, 7)) &&
            (i == 0 || !is_ascii_alpha(static_cast<unsigned char>(text[i - 1])))) {
            if (auto found = find_un_symbol(text.substr(i, 100));
                found && found->second.first == 0) {
                const std::size_t end = i + found->second.second;
                tokens.push_back({TokenKind::symbol, i, end, found->first.text});
                i = end;
                continue;
            }
        }
        if (c == 'A' && (i == 0 || !is_ascii_alpha(static_cast<unsigned char>(text[i - 1])))) {
            if (const std::size_t end = special_procedure_symbol(text, i); end > 0) {
                tokens.push_back({TokenKind::symbol, i, end, std::string(text.substr(i, end - i))});
                i = end;
                continue;
            }
        }
        // Russian texts sometimes type a symbol's letters in Cyrillic: "Е/С.12/KAZ/CO/2".
        if (c >= 0x0410 && c <= 0x0425 && latin_lookalike(c) != 0 &&
            (i == 0 || tokens.empty() || tokens.back().end < i ||
             tokens.back().kind == TokenKind::punct)) {
            if (auto sym = cyrillic_symbol(text, i)) {
                tokens.push_back({TokenKind::symbol, i, sym->second, sym->first});
                i = sym->second;
                continue;
            }
        }
        // HRI/CORE/... (common core documents) is a series un_symbol does not parse.
        if (c == 'H' && text.substr(i, 4) == "HRI/" &&
            (i == 0 || !is_ascii_alpha(static_cast<unsigned char>(text[i - 1])))) {
            std::size_t j = i + 4;
            int slashes = 1;
            while (j < n &&
                   (is_ascii_alpha(static_cast<unsigned char>(text[j])) || is_digit(text[j]) ||
                    text[j] == '/' || text[j] == '.' || text[j] == '-')) {
                slashes += text[j] == '/';
                ++j;
            }
            while (j > i && (text[j - 1] == '.' || text[j - 1] == '/' || text[j - 1] == '-')) --j;
            if (slashes >= 3 && is_digit(text[j - 1])) {
                tokens.push_back({TokenKind::symbol, i, j, std::string(text.substr(i, j - i))});
                i = j;
                continue;
            }
        }
        if (c < 0x80 && is_digit(static_cast<char>(c))) {
            std::size_t j = i;
            while (j < n && is_digit(text[j])) ++j;
            tokens.push_back({TokenKind::number, i, j, std::string(text.substr(i, j - i))});
            i = j;
            continue;
        }
        if (is_letter(c)) {
            CitationToken t{TokenKind::word, i, i, {}};
            t.capital = is_upper(c);
            t.all_caps = true;
            std::size_t j = i;
            while (j < n) {
                std::size_t l = 0;
                const char32_t d = decode(text, j, l);
                if (!is_letter(d)) break;
                if (!is_upper(d)) t.all_caps = false;
                append_utf8(t.text, to_lower(d));
                j += l;
            }
            t.end = j;
            tokens.push_back(std::move(t));
            i = j;
            continue;
        }
        tokens.push_back({TokenKind::punct, i, i + len, fold_punct(c)});
        i += len;
    }
    return tokens;
}

}  // namespace paragraf::core
