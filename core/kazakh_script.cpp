#include "core/kazakh_script.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace paragraf::core {

namespace {

// ---------------------------------------------------------------------------------------------
// Code points of one word, and UTF-8 output. A hand-written table over code points measured ~8x
// faster per word than an ICU Transliterator with the same rules (docs/kazakh-scripts.md), which
// must also convert to UTF-16 and back; these two helpers keep it free of per-letter calls.

class CodePoints {
  public:
    CodePoints() = default;
    // data_ may point into inline_, so a copy would dangle; nothing needs one.
    CodePoints(const CodePoints&) = delete;
    CodePoints& operator=(const CodePoints&) = delete;

    /// Decodes UTF-8; valid() is false on a malformed sequence, and callers then leave the word
    /// alone rather than guess.
    explicit CodePoints(std::string_view s) {
        const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
        const auto length = static_cast<int32_t>(s.size());
        int32_t i = 0;
        while (i < length) {
            UChar32 c;
            U8_NEXT(bytes, i, length, c);
            if (c < 0) {
                valid_ = false;
                return;
            }
            push(static_cast<char32_t>(c));
        }
    }

    bool valid() const { return valid_; }
    std::size_t size() const { return size_; }
    char32_t operator[](std::size_t i) const { return data_[i]; }
    /// 0 outside the word, so look-behind and look-ahead need no bounds checks.
    char32_t at(std::ptrdiff_t i) const {
        return (i < 0 || static_cast<std::size_t>(i) >= size_) ? 0
                                                               : data_[static_cast<std::size_t>(i)];
    }

    void push(char32_t c) {
        if (size_ < inline_.size()) {
            inline_[size_++] = c;
            return;
        }
        // Words are short; past 48 code points, move to the heap.
        if (heap_.empty()) heap_.assign(inline_.begin(), inline_.end());
        heap_.push_back(c);
        ++size_;
        data_ = heap_.data();
    }

  private:
    std::array<char32_t, 48> inline_;  // not zeroed: only [0, size_) is ever read
    std::vector<char32_t> heap_;
    const char32_t* data_ = inline_.data();
    std::size_t size_ = 0;
    bool valid_ = true;
};

// Case folding turns Kazakh İ into i + U+0307; once lower-cased the dot carries nothing.
void copy_without_dot_after_i(const CodePoints& in, CodePoints& out) {
    for (std::size_t i = 0; i < in.size(); ++i)
        if (!(in[i] == 0x0307 && i > 0 && in[i - 1] == U'i')) out.push(in[i]);
}

/// UTF-8 output sized once for the worst case (4 bytes per input code point covers every
/// replacement here) and trimmed at the end: one allocation, no per-byte push_back.
class Utf8Out {
  public:
    explicit Utf8Out(std::size_t code_points) : s_(code_points * 4, '\0'), p_(s_.data()) {}

    void put(char32_t c) {
        if (c < 0x80) {
            *p_++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *p_++ = static_cast<char>(0xC0 | (c >> 6));
            *p_++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p_++ = static_cast<char>(0xE0 | (c >> 12));
            *p_++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p_++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            *p_++ = static_cast<char>(0xF0 | (c >> 18));
            *p_++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *p_++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p_++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    void put(std::string_view bytes) {
        for (const char b : bytes) *p_++ = b;
    }
    std::string take() {
        s_.resize(static_cast<std::size_t>(p_ - s_.data()));
        return std::move(s_);
    }

  private:
    std::string s_;
    char* p_;
};

std::string encode(const CodePoints& w) {
    Utf8Out out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) out.put(w[i]);
    return out.take();
}

// ---------------------------------------------------------------------------------------------
// Scripts. Plain range tests: the analyzer calls this on every word, and a uscript lookup per
// letter would cost more than the whole fold.

bool is_latin_letter(char32_t c) {
    if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    return (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool is_cyrillic_letter(char32_t c) {
    return c >= 0x0400 && c <= 0x052F && !(c >= 0x0482 && c <= 0x0489);
}

// Kazakh Latin letters beyond ASCII (2021 alphabet, lower case; ŋ from the 2019-2020 drafts and
// still common in practice for ñ).
constexpr char32_t a_umlaut = 0x00E4;   // ä ә
constexpr char32_t g_breve = 0x011F;    // ğ ғ
constexpr char32_t n_tilde = 0x00F1;    // ñ ң
constexpr char32_t eng = 0x014B;        // ŋ ң
constexpr char32_t o_umlaut = 0x00F6;   // ö ө
constexpr char32_t s_cedilla = 0x015F;  // ş ш
constexpr char32_t u_macron = 0x016B;   // ū ұ
constexpr char32_t u_umlaut = 0x00FC;   // ü ү
constexpr char32_t dotless_i = 0x0131;  // ı і
constexpr char32_t combining_dot = 0x0307;

bool is_kazakh_vowel(char32_t c) {
    switch (c) {
        case U'a':
        case U'e':
        case U'i':
        case U'o':
        case U'u':
        case U'y':
        case dotless_i:
        case a_umlaut:
        case o_umlaut:
        case u_umlaut:
        case u_macron:
            return true;
        default:
            return false;
    }
}

// қ only stands next to back vowels in Kazakh; English q next to one (Iraq, Qatar) is rare.
bool is_back_vowel(char32_t c) {
    return c == U'a' || c == U'o' || c == U'u' || c == U'y' || c == u_macron;
}

// Letters no English word has. German and Turkish names share some of them; converting those is
// harmless because index and query fold them alike.
bool is_kazakh_marker_letter(char32_t c) {
    switch (c) {
        case a_umlaut:
        case g_breve:
        case n_tilde:
        case eng:
        case o_umlaut:
        case s_cedilla:
        case u_macron:
        case u_umlaut:
        case dotless_i:
            return true;
        default:
            return false;
    }
}

struct LatinVerdict {
    bool in_alphabet = true;  ///< every letter belongs to the 2021 alphabet (lower case)
    bool has_letter = false;
    bool has_vowel = false;
    bool has_marker = false;    ///< a special letter or İ
    bool has_q_marker = false;  ///< q not followed by u, next to a back vowel
    bool only_i_v = true;       ///< Roman numeral look (i, ii, iv, vi, ...)
};

LatinVerdict judge_latin(const CodePoints& w) {
    LatinVerdict v;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        const auto pos = static_cast<std::ptrdiff_t>(i);
        if (c < 0x80) {
            if (c >= U'a' && c <= U'z') {
                // No c (except the loan digraph ch), w or x in the alphabet: this keeps most
                // English words out even in a Kazakh context.
                if (c == U'w' || c == U'x' || (c == U'c' && w.at(pos + 1) != U'h')) {
                    v.in_alphabet = false;
                    return v;
                }
                v.has_letter = true;
                if (is_kazakh_vowel(c)) v.has_vowel = true;
                if (c != U'i' && c != U'v') v.only_i_v = false;
                if (c == U'q' && w.at(pos + 1) != U'u' &&
                    (is_back_vowel(w.at(pos - 1)) || is_back_vowel(w.at(pos + 1))))
                    v.has_q_marker = true;
            } else if (c >= U'A' && c <= U'Z') {
                v.in_alphabet = false;  // callers pass case-folded words
                return v;
            }
            continue;  // digits and ASCII punctuation inside a word do not decide anything
        }
        if (is_kazakh_marker_letter(c)) {
            v.has_letter = true;
            v.has_marker = true;
            v.only_i_v = false;
            if (is_kazakh_vowel(c)) v.has_vowel = true;
            continue;
        }
        if (c == combining_dot && w.at(pos - 1) == U'i') {
            v.has_marker = true;  // from İ: Kazakh, Turkish or Azerbaijani, never English
            v.only_i_v = false;
            continue;
        }
        if (c == 0x00B7 || c == 0x2018 || c == 0x2019 || c == 0x2027) continue;  // mid-word marks
        v.in_alphabet = false;
        return v;
    }
    if (!v.has_letter) v.in_alphabet = false;
    return v;
}

bool convert_without_context(const LatinVerdict& v) {
    return v.in_alphabet && v.has_vowel && (v.has_marker || v.has_q_marker);
}

bool convert_in_context(const LatinVerdict& v) {
    return v.in_alphabet && v.has_vowel && !v.only_i_v;
}

// ---------------------------------------------------------------------------------------------
// Latin (2021) -> Cyrillic.

// One-to-one letters; 0 when the letter needs context (i, t, c) or is not Kazakh.
char32_t latin_to_cyrillic_letter(char32_t c) {
    // clang-format off
    switch (c) {
        case U'a': return U'а';
        case a_umlaut: return U'ә';
        case U'b': return U'б';
        case U'd': return U'д';
        case U'e': return U'е';
        case U'f': return U'ф';
        case U'g': return U'г';
        case g_breve: return U'ғ';
        case U'h': return U'х';  // х and һ are both h; һ is folded to х on the Cyrillic side
        case dotless_i: return U'і';
        case U'j': return U'ж';
        case U'k': return U'к';
        case U'l': return U'л';
        case U'm': return U'м';
        case U'n': return U'н';
        case n_tilde:
        case eng: return U'ң';
        case U'o': return U'о';
        case o_umlaut: return U'ө';
        case U'p': return U'п';
        case U'q': return U'қ';
        case U'r': return U'р';
        case U's': return U'с';
        case s_cedilla: return U'ш';  // also щ, which only Russian loans have
        case U't': return U'т';
        case U'u': return U'у';
        case u_macron: return U'ұ';
        case u_umlaut: return U'ү';
        case U'v': return U'в';
        case U'y': return U'ы';
        case U'z': return U'з';
        default: return 0;
    }
    // clang-format on
}

void append_latin_as_cyrillic(const CodePoints& w, Utf8Out& out) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        const auto pos = static_cast<std::ptrdiff_t>(i);
        const char32_t prev = w.at(pos - 1);
        const char32_t next = w.at(pos + 1);
        switch (c) {
            case U'i': {
                // я and ю are written ia, iu. Native words have them at the start, after a vowel
                // (аяқ aiaq, аю aiu) or after и (қиял qiial, кию kiiu); after a consonant ia/iu
                // is a loan's иа/иу (материал, радиус).
                const bool starts = !is_latin_letter(prev);
                if ((next == U'a' || next == U'u') && (starts || is_kazakh_vowel(prev))) {
                    out.put(next == U'a' ? U'я' : U'ю');
                    ++i;
                    break;
                }
                // и and й are both i. Kazakh writes й after a vowel (ай, үй, сөйлеу) and и
                // elsewhere (тиіс, киім); ій/ый are written и, so i after i stays и.
                out.put((is_kazakh_vowel(prev) && prev != U'i') ? U'й' : U'и');
                break;
            }
            case U't':
                // ц is ts; native words have тс only before a, e, y, ı (айтса, кетсе), while
                // loans put ц before i (конституция, полиция, цифр).
                if (next == U's' && w.at(pos + 2) == U'i') {
                    out.put(U'ц');
                    ++i;
                } else {
                    out.put(U'т');
                }
                break;
            case U'c':
                if (next == U'h') {  // ч, loans only
                    out.put(U'ч');
                    ++i;
                } else {
                    out.put(c);
                }
                break;
            default: {
                const char32_t cyr = latin_to_cyrillic_letter(c);
                out.put(cyr != 0 ? cyr : c);
                break;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Mixed-script repair.

// Latin letters (as case-folded) that look like a Cyrillic letter. b, k, m, t, h come from the
// capitals B K M T H typed into upper-case Cyrillic. h is also the look-alike of lower-case һ,
// but н is a common letter and һ a rare one, so h reads as н.
char32_t latin_lookalike_to_cyrillic(char32_t c) {
    // clang-format off
    switch (c) {
        case U'a': return U'а';
        case U'b': return U'в';
        case U'c': return U'с';
        case U'e': return U'е';
        case U'h': return U'н';
        case U'i':
        case dotless_i: return U'і';  // Kazakh files type Latin i for і (constitution)
        case U'k': return U'к';
        case U'm': return U'м';
        case U'o': return U'о';
        case U'p': return U'р';
        case U't': return U'т';
        case U'x': return U'х';
        case U'y': return U'у';
        case 0x0259:  // ə, typed for ә in the constitution
        case 0x01DD: return U'ә';  // ǝ
        case 0x0275: return U'ө';  // ɵ
        default: return 0;
    }
    // clang-format on
}

char32_t cyrillic_lookalike_to_latin(char32_t c) {
    // clang-format off
    switch (c) {
        case U'а': return U'a';
        case U'в': return U'b';
        case U'е': return U'e';
        case U'к': return U'k';
        case U'м': return U'm';
        case U'н': return U'h';
        case U'о': return U'o';
        case U'р': return U'p';
        case U'с': return U'c';
        case U'т': return U't';
        case U'у': return U'y';
        case U'х': return U'x';
        case U'і': return U'i';
        case 0x0458: return U'j';  // ј
        case 0x0455: return U's';  // ѕ
        case U'һ': return U'h';
        case 0x0501: return U'd';  // ԁ
        case 0x051B: return U'q';  // ԛ
        case 0x051D: return U'w';  // ԝ
        default: return 0;
    }
    // clang-format on
}

enum class Script { none, latin, cyrillic, mixed };

struct ScriptCount {
    std::size_t latin = 0, cyrillic = 0;
    std::size_t latin_only = 0, cyrillic_only = 0;  // letters without a look-alike
    bool has_shha = false;                          // һ, folded to х

    Script script() const {
        if (latin > 0 && cyrillic > 0) return Script::mixed;
        if (latin > 0) return Script::latin;
        if (cyrillic > 0) return Script::cyrillic;
        return Script::none;
    }
};

ScriptCount count_scripts(const CodePoints& w) {
    ScriptCount n;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        if (is_latin_letter(c)) {
            ++n.latin;
            if (latin_lookalike_to_cyrillic(c) == 0) ++n.latin_only;
        } else if (is_cyrillic_letter(c)) {
            ++n.cyrillic;
            if (cyrillic_lookalike_to_latin(c) == 0) ++n.cyrillic_only;
            if (c == U'һ' || c == U'Һ') n.has_shha = true;
        }
    }
    return n;
}

/// Rewrites a mixed word into one script; returns the script chosen (mixed when it cannot).
Script repair(const CodePoints& w, const ScriptCount& n, CodePoints& out) {
    const bool can_be_cyrillic = n.latin_only == 0;
    const bool can_be_latin = n.cyrillic_only == 0;
    Script target = Script::mixed;
    if (can_be_cyrillic && can_be_latin)
        target = n.cyrillic >= n.latin ? Script::cyrillic : Script::latin;
    else if (can_be_cyrillic)
        target = Script::cyrillic;
    else if (can_be_latin)
        target = Script::latin;
    if (target == Script::mixed) return target;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        char32_t mapped = 0;
        if (target == Script::cyrillic && is_latin_letter(c))
            mapped = latin_lookalike_to_cyrillic(c);
        if (target == Script::latin && is_cyrillic_letter(c))
            mapped = cyrillic_lookalike_to_latin(c);
        out.push(mapped != 0 ? mapped : c);
    }
    return target;
}

// һ and х are one letter h in the Latin alphabet, so the index cannot keep them apart.
// Only Kazakh has һ, so Russian words are never touched.
void fold_shha(std::string& word) {
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(word[i]);
        const auto b1 = static_cast<unsigned char>(word[i + 1]);
        if (b0 == 0xD2 && b1 == 0xBB) {  // һ U+04BB -> х U+0445
            word[i] = static_cast<char>(0xD1);
            word[i + 1] = static_cast<char>(0x85);
        } else if (b0 == 0xD2 && b1 == 0xBA) {  // Һ U+04BA -> Х U+0425
            word[i] = static_cast<char>(0xD0);
            word[i + 1] = static_cast<char>(0xA5);
        }
    }
}

enum class ByteScan { ascii, cyrillic, other };

// One pass over the bytes: plain ASCII; Cyrillic letters (U+0400-U+04FF, lead bytes D0-D3)
// with no ASCII letter; or anything else. Decides the fast paths without decoding.
ByteScan scan_bytes(std::string_view word, bool& has_q, bool& has_shha) {
    bool ascii = true;
    bool ascii_letter = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto b = static_cast<unsigned char>(word[i]);
        if (b < 0x80) {
            if (b == 'q') has_q = true;
            if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ascii_letter = true;
            continue;
        }
        ascii = false;
        if (b < 0xD0 || b > 0xD3 || i + 1 >= word.size()) return ByteScan::other;
        if (b == 0xD2 && static_cast<unsigned char>(word[i + 1]) == 0xBB) has_shha = true;
        if (b == 0xD2 && static_cast<unsigned char>(word[i + 1]) == 0xBA) has_shha = true;
        ++i;  // the continuation byte
    }
    if (ascii) return ByteScan::ascii;
    return ascii_letter ? ByteScan::other : ByteScan::cyrillic;
}

/// Latin Kazakh to Cyrillic, dropping the dot that case folding leaves after İ.
std::string convert_latin(const CodePoints& w) {
    for (std::size_t i = 1; i < w.size(); ++i) {
        if (w[i] == 0x0307 && w[i - 1] == U'i') {
            CodePoints clean;
            copy_without_dot_after_i(w, clean);
            Utf8Out out(clean.size());
            append_latin_as_cyrillic(clean, out);
            return out.take();
        }
    }
    Utf8Out out(w.size());
    append_latin_as_cyrillic(w, out);
    return out.take();
}

}  // namespace

bool looks_like_latin_kazakh(std::string_view word) {
    const CodePoints w(word);
    return w.valid() && convert_without_context(judge_latin(w));
}

std::string latin_kazakh_to_cyrillic(std::string_view word) {
    const CodePoints w(word);
    if (!w.valid()) return std::string(word);
    return convert_latin(w);
}

std::string cyrillic_kazakh_to_latin(std::string_view word) {
    const CodePoints w(word);
    if (!w.valid()) return std::string(word);
    Utf8Out out(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        const char* latin = nullptr;
        switch (c) {
            // clang-format off
            case U'а': latin = "a"; break;   case U'А': latin = "A"; break;
            case U'ә': latin = "ä"; break;   case U'Ә': latin = "Ä"; break;
            case U'б': latin = "b"; break;   case U'Б': latin = "B"; break;
            case U'в': latin = "v"; break;   case U'В': latin = "V"; break;
            case U'г': latin = "g"; break;   case U'Г': latin = "G"; break;
            case U'ғ': latin = "ğ"; break;   case U'Ғ': latin = "Ğ"; break;
            case U'д': latin = "d"; break;   case U'Д': latin = "D"; break;
            case U'е': latin = "e"; break;   case U'Е': latin = "E"; break;
            case U'ё': latin = "io"; break;  case U'Ё': latin = "İo"; break;
            case U'ж': latin = "j"; break;   case U'Ж': latin = "J"; break;
            case U'з': latin = "z"; break;   case U'З': latin = "Z"; break;
            case U'и': latin = "i"; break;   case U'И': latin = "İ"; break;
            case U'й': latin = "i"; break;   case U'Й': latin = "İ"; break;
            case U'і': latin = "ı"; break;   case U'І': latin = "I"; break;
            case U'к': latin = "k"; break;   case U'К': latin = "K"; break;
            case U'қ': latin = "q"; break;   case U'Қ': latin = "Q"; break;
            case U'л': latin = "l"; break;   case U'Л': latin = "L"; break;
            case U'м': latin = "m"; break;   case U'М': latin = "M"; break;
            case U'н': latin = "n"; break;   case U'Н': latin = "N"; break;
            case U'ң': latin = "ñ"; break;   case U'Ң': latin = "Ñ"; break;
            case U'о': latin = "o"; break;   case U'О': latin = "O"; break;
            case U'ө': latin = "ö"; break;   case U'Ө': latin = "Ö"; break;
            case U'п': latin = "p"; break;   case U'П': latin = "P"; break;
            case U'р': latin = "r"; break;   case U'Р': latin = "R"; break;
            case U'с': latin = "s"; break;   case U'С': latin = "S"; break;
            case U'т': latin = "t"; break;   case U'Т': latin = "T"; break;
            case U'у': latin = "u"; break;   case U'У': latin = "U"; break;
            case U'ұ': latin = "ū"; break;   case U'Ұ': latin = "Ū"; break;
            case U'ү': latin = "ü"; break;   case U'Ү': latin = "Ü"; break;
            case U'ф': latin = "f"; break;   case U'Ф': latin = "F"; break;
            case U'х': latin = "h"; break;   case U'Х': latin = "H"; break;
            case U'һ': latin = "h"; break;   case U'Һ': latin = "H"; break;
            case U'ц': latin = "ts"; break;  case U'Ц': latin = "Ts"; break;
            case U'ч': latin = "ch"; break;  case U'Ч': latin = "Ch"; break;
            case U'ш': latin = "ş"; break;   case U'Ш': latin = "Ş"; break;
            case U'щ': latin = "ş"; break;   case U'Щ': latin = "Ş"; break;
            case U'ъ': latin = ""; break;    case U'Ъ': latin = ""; break;
            case U'ы': latin = "y"; break;   case U'Ы': latin = "Y"; break;
            case U'ь': latin = ""; break;    case U'Ь': latin = ""; break;
            case U'э': latin = "e"; break;   case U'Э': latin = "E"; break;
            case U'ю': latin = "iu"; break;  case U'Ю': latin = "İu"; break;
            case U'я': latin = "ia"; break;  case U'Я': latin = "İa"; break;
            // clang-format on
            default:
                break;
        }
        if (latin != nullptr)
            out.put(std::string_view(latin));
        else
            out.put(c);
    }
    return out.take();
}

std::string repair_mixed_script(std::string_view word) {
    bool has_q = false, has_shha = false;
    if (scan_bytes(word, has_q, has_shha) != ByteScan::other) return std::string(word);
    const CodePoints w(word);
    if (!w.valid()) return std::string(word);
    const ScriptCount n = count_scripts(w);
    if (n.script() != Script::mixed) return std::string(word);
    CodePoints repaired;
    if (repair(w, n, repaired) == Script::mixed) return std::string(word);
    return encode(repaired);
}

void fold_kazakh_script_in_place(std::string& word, bool kazakh_context) {
    bool has_q = false, has_shha = false;
    switch (scan_bytes(word, has_q, has_shha)) {
        case ByteScan::ascii: {
            // The hot path: English words. Without q no ASCII word can be Latin Kazakh.
            if (!has_q && !kazakh_context) return;
            const CodePoints w(word);
            const LatinVerdict v = judge_latin(w);
            if (kazakh_context ? convert_in_context(v) : convert_without_context(v))
                word = convert_latin(w);
            return;
        }
        case ByteScan::cyrillic:
            // Russian and Kazakh words: only һ changes, in place (same byte length).
            if (has_shha) fold_shha(word);
            return;
        case ByteScan::other:
            break;
    }

    const CodePoints w(word);
    if (!w.valid()) return;
    const ScriptCount n = count_scripts(w);
    const CodePoints* latin = &w;
    CodePoints repaired;
    switch (n.script()) {
        case Script::cyrillic:
            if (n.has_shha) fold_shha(word);
            return;
        case Script::latin:
            break;
        case Script::mixed:
            switch (repair(w, n, repaired)) {
                case Script::cyrillic:
                    word = encode(repaired);
                    fold_shha(word);
                    return;
                case Script::latin:
                    // Repaired to Latin: may still be Latin Kazakh, judged like any Latin word.
                    word = encode(repaired);
                    latin = &repaired;
                    break;
                default:
                    return;  // genuinely mixed (qазақ): no safe reading
            }
            break;
        case Script::none:
            return;  // digits, other scripts
    }
    const LatinVerdict v = judge_latin(*latin);
    if (kazakh_context ? convert_in_context(v) : convert_without_context(v))
        word = convert_latin(*latin);
}

std::string fold_kazakh_script(std::string_view word, bool kazakh_context) {
    std::string out(word);
    fold_kazakh_script_in_place(out, kazakh_context);
    return out;
}

std::string protect_kazakh_capital_i(std::string_view raw_word, bool kazakh_context) {
    if (raw_word.find('I') == std::string_view::npos) return std::string(raw_word);
    // Without context only a special letter (never ASCII) makes a word Kazakh, so capitalised
    // English words ("International") return after one scan.
    if (!kazakh_context && std::all_of(raw_word.begin(), raw_word.end(), [](char ch) {
            return static_cast<unsigned char>(ch) < 0x80;
        }))
        return std::string(raw_word);
    const CodePoints raw(raw_word);
    if (!raw.valid()) return std::string(raw_word);
    // Lower-case just the letters the decision looks at; I reads as i here, so that an I alone
    // never makes a word Kazakh.
    CodePoints lower;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char32_t c = raw[i];
        if (c >= U'A' && c <= U'Z') {
            c += U'a' - U'A';
        } else if (c == 0x0130) {  // İ, as case folding gives it
            lower.push(U'i');
            c = combining_dot;
        } else if (c == 0x00C4 || c == 0x00D1 || c == 0x00D6 || c == 0x00DC) {  // Ä Ñ Ö Ü
            c += 0x20;
        } else if (c == 0x011E || c == 0x014A || c == 0x015E || c == 0x016A) {  // Ğ Ŋ Ş Ū
            c += 1;
        }
        lower.push(c);
    }
    const LatinVerdict v = judge_latin(lower);
    // Without context only a special letter counts, not q: "Iraq" must fold like "iraq".
    const bool kazakh =
        kazakh_context ? convert_in_context(v) : (v.in_alphabet && v.has_vowel && v.has_marker);
    if (!kazakh) return std::string(raw_word);
    std::string out;
    out.reserve(raw_word.size() + 4);
    for (char ch : raw_word) {
        if (ch == 'I')
            out += "ı";
        else
            out.push_back(ch);
    }
    return out;
}

}  // namespace paragraf::core
