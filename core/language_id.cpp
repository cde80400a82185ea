#include "core/language_id.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace paragraf::core {

namespace language_id_detail {
namespace {

// ---------------------------------------------------------------------------------------------
// Symbols. Each script has its own small alphabet so that the trigram tables stay dense and
// small enough to live in cache: Latin (only English uses it here) and Cyrillic (Russian and
// Kazakh). Symbol 0 is the word boundary; the last symbol stands for any other letter of the
// script (é, ї...), which tells little about en/ru/kk but must not be dropped.

constexpr int kLatinSymbols = 28;     // _ a-z *
constexpr int kCyrillicSymbols = 43;  // _ а-я ә ғ қ ң ө ұ ү һ і *
constexpr std::uint8_t kLatinOther = 27;
constexpr std::uint8_t kCyrillicOther = 42;
constexpr int kLatinTrigrams = kLatinSymbols * kLatinSymbols * kLatinSymbols;
constexpr int kCyrillicTrigrams = kCyrillicSymbols * kCyrillicSymbols * kCyrillicSymbols;

// The Kazakh letters after а-я, in symbol order 33..41.
constexpr char32_t kKazakhLetters[] = {U'ә', U'ғ', U'қ', U'ң', U'ө', U'ұ', U'ү', U'һ', U'і'};

enum Kind : std::uint8_t {
    kBreak,        // punctuation and symbols: ends a word
    kSpace,        // ends a word and a chunk (a whitespace-delimited token)
    kDigit,        // ends a word; marks the chunk as possibly a document symbol
    kIgnore,       // inside a word and skipped: combining marks, soft hyphen, joiners
    kLatin,        // letters, by script
    kCyrillic,     //
    kOtherLetter,  //
};

// What the identifier needs to know about a code point.
struct CharInfo {
    Kind kind = kBreak;
    std::uint8_t symbol = 0;  // in its own script's alphabet, case folded
    std::uint8_t alt = 0;     // the look-alike in the other script's alphabet, 0 if none
    bool upper = false;
};

constexpr std::uint8_t cyrillic_symbol(char32_t lower) {
    if (lower >= U'а' && lower <= U'я') return static_cast<std::uint8_t>(lower - U'а' + 1);
    if (lower == U'ё') return cyrillic_symbol(U'е');
    for (int i = 0; i < 9; ++i)
        if (kKazakhLetters[i] == lower) return static_cast<std::uint8_t>(33 + i);
    return kCyrillicOther;
}

constexpr std::uint8_t latin_symbol(char32_t lower) {
    if (lower >= U'a' && lower <= U'z') return static_cast<std::uint8_t>(lower - U'a' + 1);
    return kLatinOther;
}

// Code points with tables: Basic Latin to IPA Extensions, and Cyrillic with its supplement.
constexpr char32_t kLatinEnd = 0x2B0;
constexpr char32_t kCyrillicBegin = 0x400, kCyrillicEnd = 0x530;

struct CharTables {
    std::array<CharInfo, kLatinEnd> latin{};
    std::array<CharInfo, kCyrillicEnd - kCyrillicBegin> cyrillic{};

    CharTables() {
        for (char32_t c = 0; c < kLatinEnd; ++c) latin[c] = classify_slow(c);
        for (char32_t c = kCyrillicBegin; c < kCyrillicEnd; ++c)
            cyrillic[c - kCyrillicBegin] = classify_slow(c);
        // Look-alikes. Kazakh files often carry Latin letters inside Cyrillic words (the Kazakh
        // letters were missing from old fonts and keyboards: ə for ә, i for і, h for һ), and
        // OCR and copy-paste mix the shared shapes both ways. Case matters: Latin h is һ but H is
        // Н.
        const std::pair<char32_t, char32_t> latin_to_cyrillic[] = {
            {U'a', U'а'}, {U'A', U'а'}, {U'B', U'в'}, {U'c', U'с'}, {U'C', U'с'}, {U'e', U'е'},
            {U'E', U'е'}, {U'H', U'н'}, {U'h', U'һ'}, {U'i', U'і'}, {U'I', U'і'}, {U'k', U'к'},
            {U'K', U'к'}, {U'M', U'м'}, {U'o', U'о'}, {U'O', U'о'}, {U'p', U'р'}, {U'P', U'р'},
            {U'T', U'т'}, {U'x', U'х'}, {U'X', U'х'}, {U'y', U'у'}, {U'Y', U'у'}, {U'ə', U'ә'},
            {U'Ə', U'ә'}, {U'ɵ', U'ө'}, {U'Ɵ', U'ө'}, {U'ö', U'ө'}, {U'Ö', U'ө'}, {U'ü', U'ү'},
            {U'Ü', U'ү'}};
        for (auto [from, to] : latin_to_cyrillic) latin[from].alt = cyrillic_symbol(to);
        const std::pair<char32_t, char32_t> cyrillic_to_latin[] = {
            {U'а', U'a'}, {U'А', U'a'}, {U'В', U'b'}, {U'с', U'c'}, {U'С', U'c'}, {U'е', U'e'},
            {U'Е', U'e'}, {U'Н', U'h'}, {U'һ', U'h'}, {U'Һ', U'h'}, {U'і', U'i'}, {U'І', U'i'},
            {U'к', U'k'}, {U'К', U'k'}, {U'М', U'm'}, {U'о', U'o'}, {U'О', U'o'}, {U'р', U'p'},
            {U'Р', U'p'}, {U'Т', U't'}, {U'х', U'x'}, {U'Х', U'x'}, {U'у', U'y'}, {U'У', U'y'},
            {U'ј', U'j'}, {U'Ј', U'j'}, {U'ѕ', U's'}, {U'Ѕ', U's'}};
        for (auto [from, to] : cyrillic_to_latin)
            cyrillic[from - kCyrillicBegin].alt = latin_symbol(to);
    }

    const CharInfo& operator()(char32_t c) const {
        if (c < kLatinEnd) return latin[c];
        return cyrillic[c - kCyrillicBegin];  // callers check the range first
    }

    static CharInfo classify_slow(char32_t c) {
        CharInfo info;
        if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
            u_isUWhiteSpace(static_cast<UChar32>(c))) {
            info.kind = kSpace;
        } else if ((c >= U'0' && c <= U'9') || c == U'/') {
            info.kind = kDigit;
        } else if (c == 0x00AD || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK ||
                   u_charType(static_cast<UChar32>(c)) == U_ENCLOSING_MARK ||
                   u_charType(static_cast<UChar32>(c)) == U_COMBINING_SPACING_MARK ||
                   u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR) {
            info.kind = kIgnore;
        } else if (u_charType(static_cast<UChar32>(c)) == U_MODIFIER_LETTER) {
            info.kind = kBreak;  // ʼ ˈ ʰ: apostrophes and phonetic marks, not letters of a word
        } else if (u_isalpha(static_cast<UChar32>(c))) {
            const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
            info.upper = lower != c;
            if (c < kLatinEnd) {
                info.kind = kLatin;
                info.symbol = latin_symbol(lower);
            } else if (c >= kCyrillicBegin && c < kCyrillicEnd) {
                info.kind = kCyrillic;
                info.symbol = cyrillic_symbol(lower);
            } else {
                info.kind = kOtherLetter;
            }
        }
        return info;
    }
};

const CharInfo& char_info(char32_t c, const CharTables& tables) {
    static const CharInfo outside[] = {CharInfo{kBreak}, CharInfo{kSpace}, CharInfo{kIgnore},
                                       CharInfo{kOtherLetter}};
    if (c < kLatinEnd || (c >= kCyrillicBegin && c < kCyrillicEnd)) return tables(c);
    // Rare in our texts: ask ICU, without building a table for all of Unicode.
    const CharInfo info = CharTables::classify_slow(c);
    switch (info.kind) {
        case kSpace:
            return outside[1];
        case kIgnore:
            return outside[2];
        case kOtherLetter:
        case kLatin:
        case kCyrillic:
            return outside[3];
        default:
            return outside[0];
    }
}

// Decodes one code point of UTF-8 at `p`, advancing it; malformed bytes decode as U+FFFD, which
// counts as punctuation.
char32_t next_code_point(const unsigned char*& p, const unsigned char* end) {
    const unsigned char b = *p++;
    if (b < 0x80) return b;
    int extra;
    char32_t c;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        c = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        c = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        extra = 3;
        c = b & 0x07;
    } else {
        return 0xFFFD;
    }
    if (end - p < extra) {
        p = end;
        return 0xFFFD;
    }
    for (int i = 0; i < extra; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0xFFFD;  // resume at the offending byte
        c = (c << 6) | (p[i] & 0x3F);
    }
    p += extra;
    return c;
}

// ---------------------------------------------------------------------------------------------
// Scanning: text -> chunks (whitespace-delimited) -> words (letter runs) -> symbol sequences.

constexpr int kMaxWord = 64;  // longer letter runs are cut; the cut costs a boundary, no more

// One word after its script was chosen and its letters mapped into that script's alphabet.
struct ScannedWord {
    Script script;
    const std::uint8_t* symbols;
    int length;
    bool acronym;  // all capitals, 2 to 5 letters: UN, CCPR, ООН, ВИЧ
};

struct WordBuffer {
    std::array<const CharInfo*, kMaxWord> letters;
    int length = 0;
    int latin = 0, cyrillic = 0, other = 0;
    int latin_without_alt = 0, cyrillic_without_alt = 0;
    int upper = 0;

    // Resets the counts only: the letters past `length` are never read.
    void clear() {
        length = latin = cyrillic = other = latin_without_alt = cyrillic_without_alt = upper = 0;
    }

    void add(const CharInfo& info) {
        letters[length++] = &info;
        if (info.kind == kLatin) {
            ++latin;
            if (info.alt == 0) ++latin_without_alt;
        } else if (info.kind == kCyrillic) {
            ++cyrillic;
            if (info.alt == 0) ++cyrillic_without_alt;
        } else {
            ++other;
        }
        if (info.upper) ++upper;
    }
};

// Scans UTF-8 text and reports to `sink`:
//   sink.word(const ScannedWord&)        for each Latin or Cyrillic word,
//   sink.other_letters(int n)            for words in other scripts,
//   sink.chunk_end(bool symbolic)        after each whitespace-delimited chunk; `symbolic` when
//                                        it holds digits or '/' and no lower-case letter, as
//                                        document symbols do (E/C.12/KAZ/CO/2, COVID-19): its
//                                        letters are codes, not words of any language.
// Returns whether the text has any lower-case letter: without one (an all-capitals heading)
// acronyms cannot be told from words.
template <class Sink>
bool scan(std::string_view text, const CharTables& tables, Sink& sink) {
    WordBuffer word;
    std::array<std::uint8_t, kMaxWord> symbols;
    bool chunk_has_digit = false, chunk_has_lower = false, text_has_lower = false;

    auto flush_word = [&] {
        if (word.length == 0) return;
        if (word.latin + word.cyrillic == 0) {
            sink.other_letters(word.other);
            word.clear();
            return;
        }
        // A word is in one script. Letters of the other script in it are look-alikes typed by
        // mistake or for want of a font, so the script whose letters all have a look-alike
        // yields; otherwise the majority wins.
        Script script;
        if (word.cyrillic == 0)
            script = Script::latin;
        else if (word.latin == 0)
            script = Script::cyrillic;
        else if (word.latin_without_alt == 0 && word.cyrillic_without_alt > 0)
            script = Script::cyrillic;
        else if (word.cyrillic_without_alt == 0 && word.latin_without_alt > 0)
            script = Script::latin;
        else
            script = word.latin > word.cyrillic ? Script::latin : Script::cyrillic;
        const Kind own = script == Script::latin ? kLatin : kCyrillic;
        const std::uint8_t other = script == Script::latin ? kLatinOther : kCyrillicOther;
        for (int i = 0; i < word.length; ++i) {
            const CharInfo& c = *word.letters[i];
            if (c.kind == own)
                symbols[i] = c.symbol;
            else if (c.kind == kLatin || c.kind == kCyrillic)
                symbols[i] = c.alt != 0 ? c.alt : other;
            else
                symbols[i] = other;
        }
        const bool acronym = word.upper == word.length && word.length >= 2 && word.length <= 5;
        sink.word(ScannedWord{script, symbols.data(), word.length, acronym});
        word.clear();
    };
    auto flush_chunk = [&] {
        flush_word();
        sink.chunk_end(chunk_has_digit && !chunk_has_lower);
        chunk_has_digit = chunk_has_lower = false;
    };

    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const char32_t c = next_code_point(p, end);
        const CharInfo& info = char_info(c, tables);
        switch (info.kind) {
            case kLatin:
            case kCyrillic:
            case kOtherLetter:
                if (word.length == kMaxWord) flush_word();
                word.add(info);
                if (info.kind != kOtherLetter && !info.upper) chunk_has_lower = true;
                break;
            case kIgnore:
                break;
            case kSpace:
                flush_chunk();
                break;
            case kDigit:
                chunk_has_digit = true;
                flush_word();
                break;
            case kBreak:
                flush_word();
                break;
        }
        text_has_lower = text_has_lower || chunk_has_lower;
    }
    flush_chunk();
    return text_has_lower;
}

// Calls visit(a, b, c) for each trigram of a word: every letter and the end of the word is
// predicted from the two symbols before it, with the start padded by boundaries.
template <class Visit>
void for_each_word_trigram(const ScannedWord& w, Visit&& visit) {
    std::uint8_t a = 0, b = 0;
    for (int i = 0; i < w.length; ++i) {
        visit(a, b, w.symbols[i]);
        a = b;
        b = w.symbols[i];
    }
    visit(a, b, std::uint8_t{0});
}

// The index of a Cyrillic word's ending in a kCyrillicSymbols^3 table: its last three symbols,
// with boundaries in front of shorter words.
std::size_t ending_index(const ScannedWord& w) {
    const int n = w.length;
    const int a = n >= 3 ? w.symbols[n - 3] : 0, b = n >= 2 ? w.symbols[n - 2] : 0;
    return (static_cast<std::size_t>(a) * kCyrillicSymbols + b) * kCyrillicSymbols +
           w.symbols[n - 1];
}

// ---------------------------------------------------------------------------------------------
// The model: for each language, log P(symbol | two previous symbols) in its script, smoothed
// from trigram counts (the profile below) by Witten-Bell interpolation with bigram and unigram
// estimates. A word in the other script costs the language a flat kForeign per trigram.

// Log-probabilities are stored in 1/kScale nats as 16-bit integers: the Cyrillic table for both
// languages is then 318 KB and one 32-bit load scores a trigram for ru and kk at once.
constexpr double kScale = 256.0;
// A trigram of a word in a script the language is not written in. About as unlikely as an
// unseen letter (see kUniformShare), so that a foreign word weighs as much as a badly fitting
// native one: names and quotations do not swamp the text around them.
constexpr double kForeign = -8.0;
// Share of the uniform distribution in the unigram estimate: the floor for a letter never seen
// in training (a Kazakh letter for Russian: log(0.01/43) ~ -8.4 nats). Without the floor a
// Kazakh name in a Russian paragraph would outweigh the whole paragraph.
constexpr double kUniformShare = 0.01;

// Word endings: a Cyrillic word's ending adds log((f_kk + e) / (f_ru + e)) to Kazakh's side (half
// to kk, minus half to ru), f being the ending's relative frequency among the words of each
// language's training text. Inflection is where the languages differ most (-лар, -ның, -ды
// against -ого, -ых, -ся, and the short words themselves: и, в, мен, бен), and loanwords that
// the trigrams cannot place (трансгендер, интерсекс) carry Kazakh endings in Kazakh text. The
// same e for both languages keeps endings unseen in both neutral whatever the training sizes.
constexpr double kEndingFloor = 5e-5;
// Caps each word's ending evidence so that one frequent ending does not decide alone.
constexpr double kEndingCap = 4.0;

// Below this many letters nothing is decided: "a", "No", "б)".
constexpr std::size_t kMinLetters = 2;
// The trigram model treats neighbouring letters as independent evidence and so is
// overconfident; confidence is computed from scores scaled down by this factor.
constexpr double kConfidenceScale = 0.5;

// The trained profiles, generated at the end of this file.
std::string_view profile_en();
std::string_view profile_ru();
std::string_view profile_kk();
std::string_view profile_ru_endings();
std::string_view profile_kk_endings();

struct TrigramCounts {
    explicit TrigramCounts(int symbols)
        : n(symbols), tri(static_cast<std::size_t>(symbols) * symbols * symbols) {}
    int n;
    std::vector<double> tri;
    std::size_t index(int a, int b, int c) const {
        return (static_cast<std::size_t>(a) * n + b) * n + c;
    }
};

// Parses a profile: whitespace-separated pairs of a trigram (three UTF-8 symbols) and a count.
TrigramCounts parse_profile(std::string_view profile, Script script, const CharTables& tables) {
    const int n = script == Script::latin ? kLatinSymbols : kCyrillicSymbols;
    TrigramCounts counts(n);
    const auto* p = reinterpret_cast<const unsigned char*>(profile.data());
    const auto* end = p + profile.size();
    auto skip_space = [&] {
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    };
    auto symbol = [&]() -> int {
        const char32_t c = next_code_point(p, end);
        if (c == U'_') return 0;
        if (c == U'*') return n - 1;
        const CharInfo& info = char_info(c, tables);
        if (info.kind != (script == Script::latin ? kLatin : kCyrillic) || info.upper)
            throw std::logic_error("language_id: bad symbol in profile");
        return info.symbol;
    };
    for (skip_space(); p < end; skip_space()) {
        const int a = symbol(), b = symbol(), c = symbol();
        if (p >= end || *p != ' ') throw std::logic_error("language_id: bad profile entry");
        double count = 0;
        for (++p; p < end && *p >= '0' && *p <= '9'; ++p) count = count * 10 + (*p - '0');
        counts.tri[counts.index(a, b, c)] += count;
    }
    return counts;
}

// Witten-Bell: P(c | h) = (C(h c) + T(h) P(c | shorter h)) / (C(h) + T(h)), T(h) being the number
// of distinct symbols seen after h. It trusts contexts seen often with few continuations.
std::vector<double> log_probabilities(const TrigramCounts& counts) {
    const int n = counts.n;
    std::vector<double> uni(n, 0.0), bi(static_cast<std::size_t>(n) * n, 0.0);
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            for (int c = 0; c < n; ++c) {
                const double k = counts.tri[counts.index(a, b, c)];
                bi[static_cast<std::size_t>(b) * n + c] += k;
                uni[c] += k;
            }
    auto witten_bell = [n](const double* row, const double* lower, double* out) {
        double total = 0, types = 0;
        for (int c = 0; c < n; ++c) {
            total += row[c];
            types += row[c] > 0 ? 1 : 0;
        }
        for (int c = 0; c < n; ++c)
            out[c] = total > 0 ? (row[c] + types * lower[c]) / (total + types) : lower[c];
    };
    std::vector<double> uniform(n, 1.0 / n), p1(n), p2(static_cast<std::size_t>(n) * n);
    witten_bell(uni.data(), uniform.data(), p1.data());
    for (int c = 0; c < n; ++c) p1[c] = (1 - kUniformShare) * p1[c] + kUniformShare / n;
    for (int b = 0; b < n; ++b)
        witten_bell(&bi[static_cast<std::size_t>(b) * n], p1.data(),
                    &p2[static_cast<std::size_t>(b) * n]);
    std::vector<double> log_p(counts.tri.size());
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            witten_bell(&counts.tri[counts.index(a, b, 0)], &p2[static_cast<std::size_t>(b) * n],
                        &log_p[counts.index(a, b, 0)]);
    for (double& x : log_p) x = std::log(x);
    return log_p;
}

std::int16_t fixed(double log_p) {
    return static_cast<std::int16_t>(std::lround(std::max(log_p, -100.0) * kScale));
}

const CharTables& char_tables() {
    static const CharTables tables;
    return tables;
}

struct Model {
    const CharTables& chars = char_tables();
    std::vector<std::int16_t> en;                    // Latin trigram -> log P
    std::vector<std::array<std::int16_t, 2>> ru_kk;  // Cyrillic trigram -> log P (ru, kk)
    std::vector<std::int16_t> ending_half_llr;       // Cyrillic ending -> half the evidence

    Model() {
        const std::vector<double> en_p =
            log_probabilities(parse_profile(profile_en(), Script::latin, chars));
        const std::vector<double> ru_p =
            log_probabilities(parse_profile(profile_ru(), Script::cyrillic, chars));
        const std::vector<double> kk_p =
            log_probabilities(parse_profile(profile_kk(), Script::cyrillic, chars));
        en.resize(kLatinTrigrams);
        for (int i = 0; i < kLatinTrigrams; ++i) en[i] = fixed(en_p[i]);
        ru_kk.resize(kCyrillicTrigrams);
        for (int i = 0; i < kCyrillicTrigrams; ++i) ru_kk[i] = {fixed(ru_p[i]), fixed(kk_p[i])};

        const TrigramCounts ru_e = parse_profile(profile_ru_endings(), Script::cyrillic, chars);
        const TrigramCounts kk_e = parse_profile(profile_kk_endings(), Script::cyrillic, chars);
        double ru_words = 0, kk_words = 0;
        for (int i = 0; i < kCyrillicTrigrams; ++i) {
            ru_words += ru_e.tri[i];
            kk_words += kk_e.tri[i];
        }
        ending_half_llr.resize(kCyrillicTrigrams);
        for (int i = 0; i < kCyrillicTrigrams; ++i) {
            const double llr = std::log((kk_e.tri[i] / std::max(kk_words, 1.0) + kEndingFloor) /
                                        (ru_e.tri[i] / std::max(ru_words, 1.0) + kEndingFloor));
            ending_half_llr[i] = fixed(std::clamp(llr, -kEndingCap, kEndingCap) / 2);
        }
    }
};

const Model& model() {
    static const Model m;  // built once, on first use; C++ makes this thread-safe
    return m;
}

// Adds up the scores of one text. Words are held per chunk until the chunk turns out not to be
// a document symbol, and acronyms apart until the text turns out to have lower-case letters.
struct ScoringSink {
    struct Sums {
        std::int64_t en = 0, ru = 0, kk = 0;  // in 1/kScale nats, own-script trigrams only
        std::int64_t latin_trigrams = 0, cyrillic_trigrams = 0;
        std::size_t letters = 0, cyrillic_words = 0;
        void add(const Sums& o) {
            en += o.en;
            ru += o.ru;
            kk += o.kk;
            latin_trigrams += o.latin_trigrams;
            cyrillic_trigrams += o.cyrillic_trigrams;
            letters += o.letters;
            cyrillic_words += o.cyrillic_words;
        }
    };

    const Model& m;
    Sums chunk_words, chunk_acronyms, words, acronyms;
    std::size_t other = 0;

    void word(const ScannedWord& w) {
        Sums& s = w.acronym ? chunk_acronyms : chunk_words;
        s.letters += static_cast<std::size_t>(w.length);
        if (w.script == Script::latin) {
            s.latin_trigrams += w.length + 1;
            for_each_word_trigram(w, [&](int a, int b, int c) {
                s.en += m.en[(a * kLatinSymbols + b) * kLatinSymbols + c];
            });
        } else {
            s.cyrillic_trigrams += w.length + 1;
            ++s.cyrillic_words;
            for_each_word_trigram(w, [&](int a, int b, int c) {
                const auto& p = m.ru_kk[(a * kCyrillicSymbols + b) * kCyrillicSymbols + c];
                s.ru += p[0];
                s.kk += p[1];
            });
            const std::int16_t half = m.ending_half_llr[ending_index(w)];
            s.ru -= half;
            s.kk += half;
        }
    }
    void other_letters(int n) { other += static_cast<std::size_t>(n); }
    void chunk_end(bool symbolic) {
        if (!symbolic) {
            words.add(chunk_words);
            acronyms.add(chunk_acronyms);
        }
        chunk_words = chunk_acronyms = Sums{};
    }
};

}  // namespace

void for_each_feature(std::string_view text,
                      const std::function<void(Script, Feature, std::string_view)>& sink) {
    // Mirrors ScoringSink's choices (symbolic chunks, acronyms) so that training sees what
    // scoring sees; speed does not matter here.
    struct Word {
        Script script;
        std::vector<std::uint8_t> symbols;
        bool acronym;
    };
    struct TrainingSink {
        std::vector<Word> chunk, kept;
        void word(const ScannedWord& w) {
            chunk.push_back({w.script, {w.symbols, w.symbols + w.length}, w.acronym});
        }
        void other_letters(int) {}
        void chunk_end(bool symbolic) {
            if (!symbolic) kept.insert(kept.end(), chunk.begin(), chunk.end());
            chunk.clear();
        }
    } training;
    const bool has_lower = scan(text, char_tables(), training);
    auto render = [](Script script, std::uint8_t s, std::string& out) {
        if (s == 0) {
            out += '_';
        } else if (script == Script::latin) {
            out += s == kLatinOther ? '*' : static_cast<char>('a' + s - 1);
        } else if (s == kCyrillicOther) {
            out += '*';
        } else {
            const char32_t c = s <= 32 ? U'а' + (s - 1) : kKazakhLetters[s - 33];
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    };
    std::string trigram;
    for (const Word& w : training.kept) {
        if (w.acronym && has_lower) continue;
        const ScannedWord scanned{w.script, w.symbols.data(), static_cast<int>(w.symbols.size()),
                                  w.acronym};
        auto emit = [&](Feature feature, std::uint8_t a, std::uint8_t b, std::uint8_t c) {
            trigram.clear();
            render(w.script, a, trigram);
            render(w.script, b, trigram);
            render(w.script, c, trigram);
            sink(w.script, feature, trigram);
        };
        for_each_word_trigram(scanned, [&](std::uint8_t a, std::uint8_t b, std::uint8_t c) {
            emit(Feature::trigram, a, b, c);
        });
        if (w.script == Script::cyrillic) {
            const std::size_t e = ending_index(scanned);
            emit(Feature::ending,
                 static_cast<std::uint8_t>(e / kCyrillicSymbols / kCyrillicSymbols),
                 static_cast<std::uint8_t>(e / kCyrillicSymbols % kCyrillicSymbols),
                 static_cast<std::uint8_t>(e % kCyrillicSymbols));
        }
    }
}

Evidence evidence(std::string_view text) {
    const Model& m = model();
    ScoringSink sink{m, {}, {}, {}, {}, 0};
    const bool has_lower = scan(text, m.chars, sink);
    ScoringSink::Sums total = sink.words;
    if (!has_lower) total.add(sink.acronyms);
    Evidence e;
    const double foreign = kForeign * kScale;
    e.log_likelihood = {
        (static_cast<double>(total.en) + foreign * static_cast<double>(total.cyrillic_trigrams)) /
            kScale,
        (static_cast<double>(total.ru) + foreign * static_cast<double>(total.latin_trigrams)) /
            kScale,
        (static_cast<double>(total.kk) + foreign * static_cast<double>(total.latin_trigrams)) /
            kScale};
    e.letters = total.letters;
    e.cyrillic_words = total.cyrillic_words;
    e.other_letters = sink.other;
    return e;
}

namespace {
constexpr std::string_view kLanguages[] = {"en", "ru", "kk"};
}  // namespace

LanguageGuess decide(const Evidence& e, std::string_view fallback, Margins margins) {
    auto fall_back = [&](double confidence) {
        return fallback.empty() ? LanguageGuess{"und", 0.0}
                                : LanguageGuess{std::string(fallback), confidence};
    };
    if (e.other_letters > e.letters && e.other_letters >= 4)
        return LanguageGuess{"und", static_cast<double>(e.other_letters) /
                                        static_cast<double>(e.other_letters + e.letters)};
    if (e.letters < kMinLetters) return fall_back(0.0);

    const auto& ll = e.log_likelihood;
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (ll[i] > ll[best]) best = i;
    auto posterior = [&](int i) {
        double sum = 0;
        for (int j = 0; j < 3; ++j) sum += std::exp(kConfidenceScale * (ll[j] - ll[i]));
        return 1.0 / sum;
    };
    int reference = -1;  // the language `best` must beat clearly
    for (int i = 0; i < 3; ++i)
        if (fallback == kLanguages[i]) reference = i;
    if (reference < 0) {
        for (int i = 0; i < 3; ++i)
            if (i != best && (reference < 0 || ll[i] > ll[reference])) reference = i;
        if (ll[best] - ll[reference] < margins.decide) return fall_back(posterior(best));
        return LanguageGuess{std::string(kLanguages[best]), posterior(best)};
    }
    // One Cyrillic word never moves a paragraph between Russian and Kazakh: most single-word
    // paragraphs are headings or terms, often loanwords spelt alike in both (Конституция,
    // Университет), and the model's certainty about them only reflects which training text
    // happened to contain them.
    const bool one_cyrillic_word = best != 0 && reference != 0 && e.cyrillic_words < 2;
    if (best != reference && ll[best] - ll[reference] >= margins.leave_fallback &&
        !one_cyrillic_word)
        return LanguageGuess{std::string(kLanguages[best]), posterior(best)};
    return LanguageGuess{std::string(kLanguages[reference]), posterior(reference)};
}

}  // namespace language_id_detail

LanguageGuess identify_language(std::string_view text, std::string_view fallback) {
    namespace detail = language_id_detail;
    return detail::decide(detail::evidence(text), fallback);
}

}  // namespace paragraf::core

namespace paragraf::core::language_id_detail {
namespace {

// Trigram counts per language: "trigram count" pairs. Generated by
// `tools/eval-language-id --train` from the material listed in docs/language-id.md; do not edit
// by hand.
// clang-format off
// BEGIN GENERATED PROFILE
std::string_view profile_en() {
    return
        "__a 3928 __b 1221 __c 1897 __d 1033 __e 970 __f 1345 __g 312 __h 923 __i 2078 __j 208 "
        "__k 384 __l 754 __m 949 __n 687 __o 4429 __p 1960 __q 42 __r 1808 __s 2029 __t 5495 "
        "__u 231 __v 167 __w 765 __y 54 __z 9 _a_ 433 _aa 2 _ab 47 _ac 322 _ad 216 _af 59 _ag 60 "
        "_ai 21 _ak 14 _al 125 _am 101 _an 1367 _ap 154 _ar 427 _as 400 _at 109 _au 34 _av 30 "
        "_aw 7 _b_ 15 _ba 94 _be 522 _bi 39 _bl 8 _bm 11 _bo 91 _br 16 _bu 35 _by 390 _c_ 9 "
        "_ca 192 _ce 43 _ch 219 _ci 103 _cl 45 _co 1139 _cr 90 _cu 56 _cy 1 _d_ 11 _da 160 _db 2 "
        "_de 421 _di 276 _do 58 _dr 56 _du 46 _dy 3 _e_ 12 _ea 41 _ec 35 _ed 52 _ef 28 _eh 2 "
        "_ei 6 _el 87 _em 32 _en 235 _ep 7 _eq 37 _es 94 _et 7 _eu 10 _ev 66 _ex 219 _f_ 7 "
        "_fa 131 _fe 27 _fi 101 _fl 5 _fn 1 _fo 695 _fr 291 _fu 87 _g_ 6 _ga 8 _ge 72 _gi 14 "
        "_gl 2 _go 115 _gr 62 _gu 33 _ha 243 _he 432 _hi 86 _ho 83 _hr 1 _ht 13 _hu 62 _hy 3 "
        "_i_ 12 _ic 12 _id 38 _if 42 _ii 2 _il 17 _im 139 _in 1429 _ir 1 _is 155 _it 229 _iv 2 "
        "_ja 20 _jo 22 _ju 166 _ka 362 _ke 2 _ki 2 _kk 1 _kn 3 _kz 14 _l_ 1 _la 342 _le 186 "
        "_lg 43 _li 114 _lo 68 _ma 453 _me 288 _mi 81 _mo 106 _mu 20 _my 1 _na 107 _nc 1 _ne 74 "
        "_ng 1 _ni 2 _nl 1 _no 439 _nu 62 _oa 6 _ob 109 _oc 43 _of 3219 _ol 6 _om 7 _on 432 "
        "_op 36 _or 377 _ot 131 _ou 27 _ov 22 _ow 14 _pa 396 _pd 3 _pe 237 _ph 19 _pi 1 _pl 70 "
        "_pm 1 _po 213 _pr 844 _ps 16 _pu 160 _qu 42 _ra 44 _rd 1 _re 1367 _ri 366 _ro 6 _ru 24 "
        "_s_ 66 _sa 63 _sc 41 _se 434 _sh 506 _si 68 _sk 3 _sm 3 _so 100 _sp 39 _st 402 _su 259 "
        "_sw 4 _sy 41 _ta 100 _te 134 _th 4038 _ti 27 _to 1032 _tr 129 _tu 1 _tw 30 _ty 4 _ul 1 "
        "_un 153 _up 18 _ur 5 _us 53 _ut 1 _v_ 5 _va 20 _ve 15 _vi 79 _vl 2 _vo 28 _vs 1 _vu 17 "
        "_wa 36 _we 114 _wh 212 _wi 305 _wo 95 _wp 1 _wr 2 _ye 38 _yo 16 _z_ 3 _za 4 _zd 1 _zh 1 "
        "aa_ 2 aba 2 abi 52 abl 191 abo 24 abr 2 abs 18 abu 3 aby 1 ac_ 1 aca 4 acc 197 ace 44 "
        "ach 64 aci 46 ack 16 acl 3 acq 7 acr 4 act 192 acy 13 ad_ 31 add 45 ade 32 adh 4 adi 40 "
        "adj 2 adl 3 adm 42 ado 89 ads 6 adu 4 adv 13 adw 1 af_ 2 afe 32 aff 43 afr 1 aft 36 "
        "ag_ 1 aga 44 age 67 agg 10 agi 2 agn 9 ago 10 agr 44 ahs 1 ai_ 2 aid 13 aig 2 ail 59 "
        "aim 17 ain 152 air 62 ais 6 ait 1 aiv 1 ajo 33 ajt 1 aju 1 ake 92 akh 359 aki 30 akn 2 "
        "aks 1 al_ 1262 ala 2 alc 3 ale 11 alf 12 alg 2 ali 146 all 600 alm 6 alo 3 als 102 "
        "alt 347 alu 8 aly 6 am_ 4 ama 5 amb 79 ame 247 ami 30 amm 31 amn 1 amo 13 amp 14 "
        "an_ 613 ana 17 anc 152 and 1314 ane 14 ang 30 ani 79 ank 12 ann 31 ano 5 ans 70 ant 126 "
        "anu 28 anx 1 any 61 aor 5 ap_ 3 apa 3 aph 42 api 11 apo 1 app 141 apr 15 aps 3 apt 1 "
        "apy 10 ar_ 66 ara 84 arb 6 arc 54 ard 76 are 192 arg 29 ari 36 ark 28 arl 158 arm 48 "
        "arn 2 arr 41 ars 32 art 483 ary 114 as_ 396 asc 1 ase 146 asi 52 ask 5 asl 20 aso 16 "
        "asp 5 ass 98 ast 49 asu 57 asy 6 at_ 247 ata 34 atc 1 ate 770 atf 4 ath 19 ati 1296 "
        "atl 1 atm 30 ato 48 atr 5 ats 12 att 52 atu 42 aty 4 aub 1 auc 1 aud 6 aug 7 aun 1 "
        "aus 9 aut 22 ava 25 ave 120 avi 11 avl 1 avo 11 avy 1 aw_ 206 awa 8 awf 8 aws 77 awy 2 "
        "axa 1 axe 2 axi 5 ay_ 150 ayi 1 aym 3 ayo 1 ays 13 az_ 1 aza 364 azh 65 azo 2 bab 1 "
        "bac 3 baf 2 bai 2 bak 1 bal 11 ban 10 bar 15 bas 60 bat 3 bbi 2 be_ 396 bea 2 bec 10 "
        "bed 5 bee 38 bef 11 beg 1 beh 10 bei 15 bel 4 ben 16 ber 251 bes 4 bet 15 bey 4 bi_ 1 "
        "bid 1 big 1 bil 107 bin 12 bio 4 bir 6 bit 31 bje 35 ble 158 bli 793 blo 9 bly 12 "
        "bm_ 11 bmi 31 boa 5 bod 58 bol 8 boo 14 bor 5 bot 10 bou 16 bov 5 boy 1 bpa 6 bra 4 "
        "bre 5 bri 6 bro 10 bru 15 bse 22 bsi 8 bso 2 bst 24 bt_ 2 bta 5 bti 1 btq 42 bud 17 "
        "bui 4 bul 3 bur 6 bus 5 but 17 by_ 392 byl 1 bys 1 cab 6 cac 3 cad 2 cal 212 cam 6 "
        "can 78 cap 13 car 72 cas 73 cat 235 cau 6 cbi 1 cca 1 cce 113 cci 3 cco 75 ccr 1 ccu 23 "
        "ce_ 500 cea 9 ced 49 cee 7 cef 7 cei 13 cel 2 cem 31 cen 56 cep 36 cer 38 ces 294 cet 1 "
        "ceu 1 ch_ 247 cha 168 che 17 chi 74 chm 15 chn 5 cho 25 chr 1 cia 234 cid 13 cie 68 "
        "cif 16 cig 1 cii 1 cil 112 cin 27 cio 5 cip 38 cir 7 cis 89 cit 93 civ 18 ck_ 13 cke 4 "
        "cki 6 ckn 4 cks 2 cla 31 cle 295 cli 16 clo 14 clu 151 cly 2 co_ 3 coa 1 cod 11 coe 2 "
        "cog 34 coh 4 coi 1 col 25 com 284 con 644 coo 13 cop 7 cor 74 cos 3 cot 2 cou 229 "
        "cov 46 cqu 7 cr_ 12 cra 5 cre 67 cri 138 cro 4 cru 2 cs_ 15 ct_ 134 cta 1 cte 70 ctf 3 "
        "cti 396 ctl 15 ctn 1 cto 60 cts 43 ctu 20 cul 77 cum 16 cup 11 cur 47 cus 18 cut 43 "
        "cy_ 51 cyc 1 da_ 11 dab 8 dac 1 dag 2 dai 1 dal 2 dam 4 dan 46 dar 33 dat 168 dau 1 "
        "day 33 db_ 2 dbi 1 dbu 1 dde 1 ddi 31 ddr 14 de_ 122 dea 12 deb 1 dec 106 ded 149 "
        "dee 15 def 28 deg 3 del 16 dem 25 den 263 deo 2 dep 124 deq 21 der 221 des 51 det 58 "
        "dev 41 df_ 3 dge 51 dgm 1 dhe 4 dho 1 dia 38 dic 147 did 15 die 52 dif 11 dig 21 dil 6 "
        "dim 2 din 173 dio 1 dip 4 dir 34 dis 203 dit 94 div 47 diz 1 dju 2 dle 1 dli 4 dlo 1 "
        "dly 4 dme 14 dmi 42 dne 1 dno 1 do_ 10 doc 16 doe 13 doi 1 dol 12 dom 57 don 3 dop 75 "
        "dos 3 dou 3 dow 2 dra 19 dre 52 dri 2 dro 2 dru 37 ds_ 111 dsa 1 dsi 1 dsm 1 dsp 1 "
        "dth 1 dua 43 duc 110 due 11 dul 6 dum 21 dur 48 dus 4 dut 19 dva 3 dve 3 dvi 2 dvo 5 "
        "dwi 1 dy_ 14 dyi 1 dyn 1 dys 2 ea_ 2 eab 3 eac 50 ead 27 eaf 3 eak 4 eal 396 eam 1 "
        "ean 20 eap 1 ear 88 eas 169 eat 93 eau 1 eav 6 eba 1 ebr 15 ebs 8 eby 2 eca 9 ece 58 "
        "ech 20 eci 92 eck 2 ecl 17 eco 111 ecr 25 ect 361 ecu 67 ecy 1 ed_ 1073 eda 2 edb 1 "
        "edd 1 ede 3 edg 3 edi 108 edn 1 edo 45 eds 6 edu 108 edy 1 ee_ 146 eed 78 eei 2 eek 13 "
        "eel 3 eem 21 een 52 eer 2 ees 29 eet 14 ef_ 37 efe 47 eff 28 efi 25 efl 1 efo 14 efr 7 "
        "eft 1 efu 25 ega 101 ege 3 egi 100 egn 1 ego 5 egr 21 egu 33 egy 12 eha 14 ehe 6 eho 3 "
        "ehr 2 eig 20 eil 2 ein 18 eir 127 eis 1 eit 4 eiv 13 eiz 1 eje 8 ek_ 3 eke 5 eki 4 "
        "eks 1 el_ 23 ela 62 eld 26 ele 101 elf 25 eli 37 ell 72 elo 44 elp 3 els 11 elt 3 elv 3 "
        "ely 53 em_ 45 ema 26 emb 106 eme 179 emi 31 emn 2 emo 24 emp 26 ems 9 emu 2 en_ 256 "
        "ena 104 enc 152 end 242 ene 62 enf 12 eng 13 enh 3 eni 10 enj 25 enl 6 enm 6 enn 1 "
        "eno 12 enr 5 ens 145 ent 1207 enu 5 env 23 eny 3 eog 2 eol 2 eop 85 eor 1 eot 1 eou 1 "
        "eov 8 epa 16 epe 28 eph 1 epi 7 epl 2 epo 38 epr 57 eps 19 ept 44 epu 589 equ 127 "
        "er_ 721 era 115 erb 4 erc 45 ere 186 erf 22 erg 16 erh 1 eri 76 erl 10 erm 120 ern 205 "
        "ero 5 erp 8 err 61 ers 378 ert 43 erv 103 erw 5 ery 42 es_ 1136 esa 1 esc 34 esd 1 "
        "ese 68 esh 1 esi 176 eso 101 esp 75 ess 273 est 246 esu 27 et_ 44 eta 19 etc 1 ete 72 "
        "eth 29 eti 17 eto 1 etr 8 ets 9 ett 28 etu 5 etw 14 ety 24 eu_ 2 eur 16 eut 1 eva 15 "
        "eve 191 evi 30 ew_ 30 ewe 4 ewl 3 ewo 10 ews 1 ex_ 18 exa 22 exc 45 exe 64 exh 2 exi 13 "
        "exp 54 ext 32 exu 45 ey_ 26 eyo 4 fac 73 fai 39 fal 1 fam 20 fan 4 far 7 fau 1 fav 5 "
        "fci 1 fe_ 50 fea 6 feb 15 fec 46 fee 4 feg 3 fem 2 fen 16 fer 65 fes 18 fet 4 ff_ 4 "
        "ffa 9 ffe 54 ffi 163 ffo 10 ffr 4 fic 221 fid 24 fie 30 fif 6 fil 21 fin 41 fir 61 "
        "fit 9 fiv 12 fix 1 fla 1 fle 3 fli 2 flo 1 flu 6 fn_ 1 foc 3 fol 21 foo 150 for 682 "
        "fos 5 fou 7 fra 26 fre 60 fri 5 fro 217 ft_ 10 fta 6 fte 34 fth 4 fti 4 fto 1 fty 1 "
        "fug 6 ful 73 fun 35 fur 17 fus 13 fut 1 fy_ 14 fyi 9 gab 1 gag 6 gai 31 gal 70 gan 58 "
        "gap 6 gar 15 gas 1 gat 101 gav 1 gbt 43 ge_ 72 ged 29 gee 6 gel 1 gem 8 gen 113 geo 2 "
        "ger 3 ges 44 get 24 gfu 3 gge 10 ggr 10 gh_ 27 ghb 1 ghe 24 ghl 2 gho 11 ght 371 gia 1 "
        "gib 2 gic 22 gid 1 gie 11 gim 2 gin 24 gio 35 gir 2 gis 61 git 8 giv 13 giz 1 gle 4 "
        "glo 2 gly 5 gma 7 gme 1 gn_ 22 gna 16 gne 14 gni 54 gnm 1 gno 8 gns 3 gnt 2 go_ 5 goa 4 "
        "gob 1 goe 1 gog 2 goi 4 gon 9 goo 22 gor 5 got 2 gov 88 gra 89 gre 38 gri 8 gro 56 "
        "gru 3 gs_ 38 gth 4 gua 42 gue 3 gui 10 gul 30 gur 1 gus 5 gvt 1 gy_ 13 hab 6 had 13 "
        "hai 47 hal 455 ham 78 han 55 hap 1 har 58 has 65 hat 176 hau 2 hav 120 haz 4 hbo 1 "
        "hca 12 hco 1 hdr 1 he_ 3474 hea 359 hec 3 hed 52 hei 129 hel 26 hem 24 hen 29 hep 1 "
        "her 289 hes 56 het 10 hey 24 hfu 1 hho 2 hia 3 hib 25 hic 103 hie 12 hig 32 hil 129 "
        "him 5 hin 61 hip 25 hir 24 his 115 hiv 1 hli 1 hly 2 hm_ 1 hma 10 hme 19 hni 7 hno 1 "
        "ho_ 48 hod 7 hoi 4 hol 44 hom 6 hon 8 hoo 11 hop 1 hor 22 hos 36 hou 122 how 16 hra 3 "
        "hre 21 hri 5 hro 31 hs_ 18 hst 355 ht_ 226 hte 9 htm 1 hts 136 htt 12 hum 60 hun 2 "
        "hus 3 hy_ 12 hyg 3 hys 17 ia_ 78 iab 13 iag 13 ial 299 iam 128 ian 27 iar 2 iat 81 "
        "iba 1 ibe 13 ibi 57 ibl 38 ibr 1 ibu 11 ic_ 635 ica 376 ice 187 ich 96 ici 193 ick 3 "
        "icl 280 ico 1 ics 12 ict 67 icu 36 icy 22 id_ 32 ida 23 ide 426 idi 9 idu 43 ie_ 1 "
        "ied 46 ief 5 iel 6 ien 97 ier 16 ies 356 iet 19 iev 10 iew 16 if_ 42 ife 28 iff 10 "
        "ifi 88 ifo 4 ift 6 ify 22 ig_ 1 iga 76 ige 19 igh 399 igi 20 igm 7 ign 74 igr 6 ih_ 1 "
        "ii_ 3 iii 1 ike 4 ikh 20 il_ 129 ila 34 ild 59 ile 19 ili 210 ill 79 ilm 4 ilo 1 ils 4 "
        "ilt 2 ilu 23 ily 23 im_ 12 ima 21 ime 82 imi 151 imm 16 imo 2 imp 125 ims 17 imu 11 "
        "in_ 804 ina 227 inc 173 ind 120 ine 107 inf 126 ing 720 inh 4 ini 152 inj 3 ink 4 inn 3 "
        "ino 3 inp 1 inq 2 ins 94 int 306 inu 10 inv 22 iny 1 io_ 5 iod 16 ioi 11 iol 72 "
        "ion 2193 ior 10 iot 2 iou 41 ip_ 24 ipa 22 ipl 20 ipm 3 ips 1 ipt 2 iqi 1 ir_ 132 ira 1 "
        "irc 7 ird 20 ire 77 iri 6 irl 2 irm 58 irn 1 iro 25 irr 1 irs 59 irt 10 iru 1 iry 3 "
        "is_ 329 isa 56 isc 88 isd 6 ise 99 isf 3 ish 84 isi 104 isk 13 isl 39 ism 39 iso 19 "
        "isp 14 isq 1 isr 3 iss 126 ist 204 it_ 81 ita 75 ite 56 ith 278 iti 368 itl 21 itm 1 "
        "ito 51 itr 6 its 201 itt 108 itu 305 ity 273 ium 4 iv_ 2 iva 32 ive 292 ivi 124 ix_ 4 "
        "ixe 2 ixi 1 ixt 2 iza 70 ize 100 izi 4 izu 1 jan 20 jec 45 joi 22 jor 33 joy 25 jt_ 1 "
        "jud 60 jul 11 jun 75 jur 9 jus 19 kam 1 kar 1 kaz 360 ke_ 53 ked 8 kel 2 ken 36 ker 11 "
        "kes 5 ket 4 key 2 kh_ 5 kha 20 khs 354 kil 3 kim 14 kin 45 kir 2 kk_ 1 kma 14 kne 4 "
        "kno 6 ko_ 1 ks_ 27 ky_ 1 kz_ 14 la_ 1 lab 38 lac 32 lad 1 lag 1 lai 13 lam 3 lan 49 "
        "lap 1 lar 64 las 14 lat 224 lau 1 law 290 lay 3 lbi 1 lco 2 lcu 1 ld_ 130 ldb 1 lde 6 "
        "ldh 1 ldi 10 ldn 1 ldr 37 lds 3 le_ 549 lea 75 lec 91 led 29 lef 1 leg 121 lel 6 lem 72 "
        "len 24 lep 1 les 82 let 26 lev 27 lex 2 lf_ 30 lfa 1 lfi 13 lft 6 lga 2 lgb 43 lgo 1 "
        "lia 166 lib 6 lic 708 lid 7 lie 35 lif 33 lig 100 lik 23 lim 39 lin 54 lio 3 lis 169 "
        "lit 200 liv 17 liz 62 ll_ 632 lla 3 llb 1 lle 32 lli 18 lln 5 llo 33 lls 12 llu 9 "
        "lly 80 lm_ 2 lma 6 lme 3 lms 2 lne 22 loa 3 lob 1 loc 55 lod 5 log 24 loi 8 lok 1 lom 4 "
        "lon 3 lop 39 lor 3 los 17 lot 9 lou 1 low 32 loy 15 lp_ 3 ls_ 104 lsi 1 lso 36 lt_ 18 "
        "lta 5 lte 5 lth 340 lti 13 lto 1 lts 13 ltu 38 lty 2 lua 2 lud 136 lue 12 lum 6 lun 2 "
        "lur 23 lus 20 lut 70 lve 9 lvi 7 ly_ 325 lyi 12 lys 5 lyw 1 lyz 1 ma_ 8 mac 3 mad 2 "
        "mag 1 mai 30 maj 33 mak 16 mal 20 man 163 mar 101 mas 30 mat 189 max 5 may 120 maz 67 "
        "mba 1 mbe 222 mbi 2 mbl 9 mbo 4 mbr 2 mbu 2 mby 1 mc_ 1 me_ 119 mea 76 mec 15 med 133 "
        "mee 13 mef 1 mel 7 mem 57 men 712 mer 29 mes 62 met 11 mew 10 mfu 18 mi_ 1 mic 48 mid 1 "
        "mig 6 mil 39 min 304 mio 3 mir 1 mis 76 mit 159 mix 2 miz 2 ml_ 1 mma 2 mme 70 mmi 113 "
        "mmo 4 mmu 32 mn_ 1 mne 1 mnl 1 mob 3 moc 4 mod 7 mog 1 mom 3 mon 54 mor 39 mos 13 "
        "mot 32 mou 1 mov 20 mpa 29 mpe 30 mph 3 mpi 1 mpl 109 mpo 57 mpr 19 mpt 6 mpu 3 mre 2 "
        "ms_ 111 mse 4 mst 5 mul 14 mum 10 mun 35 mus 15 mut 2 my_ 5 na_ 4 nab 24 nac 6 nad 3 "
        "nag 5 nal 483 nam 5 nan 65 nap 1 nar 13 nat 370 nau 1 naw 2 nca 3 ncb 1 nce 291 nch 12 "
        "nci 115 ncl 125 nco 30 ncr 7 nct 33 ncu 1 ncy 15 nd_ 1274 nda 75 nde 240 ndi 153 ndl 6 "
        "ndm 14 ndo 1 ndr 3 nds 38 ndt 1 ndu 34 ne_ 192 nec 23 ned 87 nee 18 nef 5 neg 7 nei 2 "
        "nel 8 nem 2 nen 16 neo 1 neq 3 ner 82 nes 32 net 8 neu 8 nev 2 new 21 nex 6 nfa 5 "
        "nfe 12 nfi 32 nfl 7 nfo 128 nfr 5 ng_ 700 nga 6 nge 20 ngf 3 ngi 7 ngl 9 ngn 2 ngo 5 "
        "ngr 3 ngs 18 ngt 4 ngu 17 ngv 1 nha 3 nhe 5 ni_ 1 nia 3 nic 29 nie 2 nif 18 nih 1 nim 9 "
        "nin 69 nio 10 nis 146 nit 123 niv 5 niz 37 nje 2 njo 25 nju 5 nk_ 6 nke 2 nki 2 nkn 1 "
        "nks 6 nla 6 nle 6 nli 11 nlm 1 nly 36 nme 107 nmi 1 nna 1 nne 26 nni 4 nno 8 nnu 3 "
        "no_ 240 noc 2 nod 2 nof 1 nog 2 noj 1 nol 1 nom 39 non 33 nop 1 nor 32 nos 8 not 276 "
        "nou 18 nov 12 now 6 npa 1 nqu 2 nro 5 ns_ 572 nsa 7 nsc 4 nse 30 nsf 7 nsg 18 nsh 18 "
        "nsi 101 nsm 3 nso 4 nsp 7 nss 1 nst 347 nsu 85 nsw 1 nt_ 804 nta 166 nte 262 nth 17 "
        "nti 212 ntl 17 ntm 4 nto 62 ntr 102 nts 144 nty 5 nu_ 6 nua 24 nuc 1 nue 8 nuf 2 nui 2 "
        "nul 1 num 55 nun 1 nut 9 nve 21 nvi 36 nvo 14 nwi 4 nxi 1 ny_ 65 nyi 2 nyo 2 oac 12 "
        "oad 7 oal 5 oan 1 oar 5 oat 6 oba 4 obb 2 obe 25 obi 1 obj 16 obl 81 obs 10 obt 5 "
        "oca 58 occ 18 oce 48 oci 89 ock 8 ocl 5 oco 7 ocr 4 ocs 3 oct 28 ocu 17 od_ 31 oda 3 "
        "ode 18 odg 4 odi 56 ods 24 odu 27 ody 13 oer 2 oes 14 oev 1 of_ 3055 ofc 1 ofe 13 "
        "off 152 ofi 4 oft 11 oga 5 oge 4 ogi 23 ogn 34 ogo 1 ogr 48 ogu 2 ogy 1 ohe 2 ohi 25 "
        "oho 2 ohr 1 oi_ 9 oic 4 oid 15 oil 5 oin 59 oj_ 1 oke 2 oki 1 okm 14 ol_ 28 ola 55 "
        "old 27 ole 46 oli 67 oll 44 olm 2 olo 21 ols 6 olu 68 olv 13 om_ 232 oma 9 omb 3 ome 60 "
        "omi 45 omm 174 omo 20 omp 87 oms 33 omu 1 omy 4 on_ 1751 ona 412 onc 47 ond 53 one 98 "
        "onf 49 ong 25 oni 32 onj 1 onl 40 onm 24 onn 6 ono 46 ons 882 ont 97 onu 1 onv 26 onw 2 "
        "ony 4 ood 40 ooh 1 ook 14 ool 7 oon 1 oop 8 oor 8 oos 3 oot 139 op_ 3 opa 12 ope 49 "
        "opi 23 opl 85 opm 29 opo 26 opp 7 opr 26 ops 1 opt 78 opu 25 or_ 599 ora 28 orb 1 "
        "orc 174 ord 123 ore 65 org 50 ori 118 ork 60 orl 13 orm 207 orn 1 oro 1 orp 5 orr 5 "
        "ors 36 ort 107 oru 1 orw 1 ory 62 osa 12 osc 1 ose 94 osi 27 oso 2 osp 8 oss 23 ost 29 "
        "osu 5 ot_ 128 ota 47 ote 248 oth 152 oti 31 otk 1 otn 138 oto 7 oty 1 ou_ 9 oub 2 "
        "oug 36 oul 64 oun 167 oup 26 our 173 ous 79 out 67 ov_ 2 ova 11 ove 223 ovi 160 ovo 1 "
        "ow_ 13 owa 10 owe 90 owi 19 owl 3 own 19 ows 3 owt 1 oxi 4 oy_ 7 oye 5 oym 28 oys 1 "
        "pab 1 pac 15 pag 12 pai 12 pal 2 pan 11 par 380 pas 7 pat 62 pav 1 pay 7 pbr 4 pco 1 "
        "pda 1 pdf 3 pe_ 9 pea 34 pec 80 ped 9 pee 1 pel 3 pen 50 peo 85 per 190 pes 3 pet 20 "
        "ph_ 25 pha 6 phe 3 phi 5 pho 3 phs 11 phy 18 pic 4 pid 8 pil 1 pin 13 pio 11 pir 5 "
        "pit 19 pla 58 ple 200 pli 50 plo 21 ply 20 pmc 1 pme 32 poi 32 pol 64 pon 40 poo 2 "
        "pop 25 por 98 pos 86 pot 10 pou 2 pov 2 pow 76 ppe 15 ppi 2 ppl 45 ppo 54 ppr 65 pra 34 "
        "pre 337 pri 146 pro 561 ps_ 54 psy 16 pt_ 35 pta 12 pte 40 pti 42 ptl 1 pts 1 ptu 1 "
        "pub 645 pul 29 pun 11 pur 11 put 86 py_ 10 qia 43 qua 71 que 55 qui 52 quo 1 ra_ 4 "
        "rab 22 rac 52 rad 39 raf 14 rag 53 rai 24 raj 1 ral 106 ram 46 ran 81 rao 5 rap 53 "
        "rar 18 ras 14 rat 186 rav 4 raw 2 raz 1 rba 4 rbi 7 rce 210 rch 50 rci 47 rcl 2 rco 2 "
        "rcu 5 rd_ 49 rda 45 rde 46 rdi 46 rdl 1 rdo 2 rds 36 re_ 398 rea 177 reb 2 rec 121 "
        "red 121 ree 93 ref 97 reg 104 reh 9 rei 16 rej 8 rel 99 rem 86 ren 114 reo 10 rep 595 "
        "req 57 rer 5 res 597 ret 32 rev 67 rew 1 rfe 10 rfo 12 rg_ 2 rga 48 rge 32 rgi 14 rgo 6 "
        "rho 1 ri_ 1 ria 72 rib 20 ric 48 rie 71 rif 10 rig 356 rik 1 ril 21 rim 157 rin 88 "
        "rio 43 rip 2 ris 39 rit 143 riu 4 riv 43 rk_ 50 rke 9 rki 16 rks 13 rla 3 rld 13 "
        "rli 129 rlo 1 rls 2 rly 36 rm_ 63 rma 171 rme 30 rmf 18 rmi 94 rmo 6 rmr 2 rms 39 "
        "rmu 10 rn_ 11 rna 89 rne 9 rni 21 rnm 77 rno 5 rns 4 roa 17 rob 3 roc 55 rod 27 rof 16 "
        "rog 48 roh 25 rol 25 rom 240 ron 27 roo 1 rop 86 ror 1 ros 26 rot 77 rou 93 rov 191 "
        "row 1 rox 4 rpe 1 rph 1 rpo 8 rpr 7 rre 40 rri 69 rro 3 rru 4 rry 1 rs_ 332 rsa 6 rsc 1 "
        "rse 12 rsh 13 rsi 8 rsk 1 rso 85 rsp 1 rst 54 rsu 7 rt_ 145 rta 38 rtc 1 rte 14 rth 26 "
        "rti 414 rtn 3 rts 40 rtu 12 rty 63 ru_ 1 rua 15 ruc 20 rue 5 rug 37 rul 17 rum 12 run 1 "
        "rup 1 rur 3 rus 12 rva 4 rve 13 rvi 88 rwa 1 rwi 5 ry_ 231 ryo 29 sab 11 sac 1 sad 2 "
        "saf 32 sag 12 saj 1 sal 32 sam 11 san 17 sar 22 sas 3 sat 38 sav 2 sca 2 sce 19 sch 8 "
        "sci 26 scl 4 sco 10 scr 96 scu 6 sda 1 sdi 6 se_ 241 sea 21 sec 89 sed 104 see 62 sef 2 "
        "seh 2 sei 1 sel 37 sem 20 sen 132 sep 18 seq 9 ser 102 ses 121 set 17 sev 13 sex 61 "
        "sfa 2 sfe 6 sfo 1 sfy 1 sge 18 sh_ 16 sha 444 she 54 shi 29 shm 14 sho 61 shr 4 sia 12 "
        "sib 57 sic 26 sid 212 sif 5 sig 49 sil 1 sim 8 sin 73 sio 216 sir 1 sis 72 sit 48 "
        "siv 24 six 6 siz 3 sk_ 13 ske 1 ski 3 sks 4 sky 1 sla 39 sli 20 sly 7 sm_ 5 sma 4 "
        "sme 10 smi 22 sms 14 sne 2 so_ 40 soc 89 soe 1 soi 4 sol 83 som 6 son 107 soo 1 sor 20 "
        "sou 36 sov 3 spa 7 spe 92 sph 5 spi 11 spl 3 spo 33 spr 6 spu 4 squ 1 sre 2 sru 1 "
        "ss_ 148 ssa 28 sse 72 ssi 193 ssl 2 ssm 9 ssn 2 sso 24 ssu 52 st_ 243 sta 792 ste 139 "
        "sti 401 stl 1 stm 2 sto 18 str 187 sts 17 stt 1 stu 7 sty 3 sua 1 sub 81 suc 67 sue 44 "
        "suf 11 sug 10 sui 7 sul 30 sum 16 sun 2 sup 72 sur 140 sus 11 swe 5 syc 16 syl 6 sym 5 "
        "syn 1 sys 35 ta_ 28 tab 111 tac 5 taf 4 tag 6 tai 67 tak 90 tal 122 tan 462 tar 31 "
        "tas 3 tat 382 tax 3 tc_ 1 tch 1 tco 4 te_ 623 tea 7 tec 76 ted 337 tee 87 teg 37 teh 1 "
        "tel 21 tem 50 ten 110 tep 19 ter 507 tes 160 tet 1 tev 1 tex 7 tfo 4 tfu 3 th_ 555 "
        "tha 171 thc 13 thd 1 the 3894 thf 1 thh 2 thi 147 thl 1 thm 1 thn 3 tho 68 thr 51 ths 7 "
        "thu 3 thy 11 ti_ 8 tia 69 tib 9 tic 440 tie 273 tif 59 tig 14 til 17 tim 36 tin 147 "
        "tio 1943 tiq 1 tir 3 tis 15 tit 337 tiv 254 tiz 68 tko 1 tle 22 tli 3 tly 43 tme 35 "
        "tml 1 tmo 2 tne 4 tno 138 to_ 1042 tob 27 toc 7 tod 3 tog 5 toi 1 tom 2 ton 5 too 6 "
        "top 1 tor 158 tot 34 tow 11 tp_ 2 tps 10 tqi 42 tra 203 tre 67 tri 81 tro 31 tru 36 "
        "try 37 ts_ 613 tse 2 tsi 3 tso 1 tta 14 tte 161 tti 7 ttl 6 tto 1 ttp 12 tua 13 tud 8 "
        "tue 5 tun 5 tur 91 tus 18 tut 292 twe 14 twi 2 two 28 ty_ 404 tyl 2 typ 5 uag 15 uai 1 "
        "ual 140 uan 2 uar 66 uat 32 ub_ 3 uba 1 ubj 19 ubl 645 ubm 31 ubo 2 ubp 6 ubs 20 ubt 2 "
        "uca 49 ucc 1 uce 12 uch 66 uci 7 ucl 1 ucr 1 uct 62 ude 65 udg 45 udi 114 uds 2 udy 1 "
        "ue_ 29 ued 11 uee 1 uel 2 uen 24 ues 76 ufa 2 uff 11 ug_ 17 uge 6 ugg 10 ugh 37 ugs 20 "
        "ugu 6 uic 3 uid 7 uil 6 uin 4 uip 3 uir 41 uis 3 uit 8 ul_ 34 ula 97 uld 64 ule 17 "
        "ulf 13 ulg 1 uli 1 ull 30 uln 17 uls 4 ult 83 uly 12 um_ 41 uma 60 umb 50 ume 37 umi 1 "
        "ump 5 ums 6 un_ 1 una 8 unc 108 und 109 une 78 unf 2 ung 6 unh 1 uni 92 unj 3 unk 1 "
        "unl 12 unn 1 uno 2 uns 7 unt 57 unw 2 uot 1 up_ 10 upa 11 upb 4 upc 1 upd 1 upe 10 "
        "upl 2 upo 5 upp 33 upr 30 ups 20 upt 1 ur_ 29 ura 70 urc 36 urd 5 ure 231 urg 7 uri 56 "
        "url 1 urn 7 uro 5 urp 4 urr 9 urs 15 urt 113 urv 2 ury 1 us_ 73 usa 10 usc 1 use 68 "
        "usi 49 usl 5 usp 9 uss 9 ust 60 ut_ 59 utc 3 ute 19 uth 19 uti 464 utl 6 uto 19 utr 8 "
        "uts 3 utu 1 uty 29 vac 10 vai 26 val 28 van 14 var 6 vat 26 ve_ 392 ved 26 veh 1 vei 2 "
        "vel 67 vem 19 ven 130 ver 217 ves 33 vic 91 vid 169 vie 17 vil 16 vin 39 vio 76 vir 26 "
        "vis 57 vit 46 vla 2 vlo 1 voc 11 voi 4 vok 2 vol 7 voo 1 vos 1 vot 27 vou 6 vse 1 vth 1 "
        "vul 17 vy_ 1 wag 1 wai 1 wal 1 war 21 was 12 wat 14 way 5 we_ 23 wea 7 web 8 wed 7 "
        "wee 13 wel 66 wen 2 wer 93 wev 8 wfu 8 wha 8 whe 35 whi 104 who 65 wic 2 wid 9 wil 25 "
        "win 20 wis 9 wit 272 wle 3 wly 3 wn_ 12 wne 7 wo_ 26 wom 20 wor 83 wou 4 wp_ 1 wri 1 "
        "wro 1 ws_ 81 wth 1 wye 2 xac 2 xam 20 xat 1 xce 19 xcl 26 xec 23 xed 2 xem 1 xer 39 "
        "xes 3 xha 2 xib 2 xie 1 xim 9 xin 1 xis 11 xpa 7 xpe 19 xpi 3 xpl 13 xpo 2 xpr 9 xpu 1 "
        "xt_ 10 xte 11 xto 1 xtr 10 xty 2 xua 45 ych 16 ycl 1 yea 38 yed 1 yee 2 yer 4 ygi 3 "
        "yin 25 yl_ 1 yle 2 ylu 6 ymb 5 yme 31 yna 1 ynd 1 yon 35 yor 1 you 16 ype 3 ypi 2 "
        "ys_ 14 ysi 22 ysp 2 yst 36 ywi 1 yze 1 zab 1 zac 1 zah 1 zak 359 zan 3 zar 4 zat 69 "
        "zdr 1 ze_ 14 zed 17 zen 65 zes 5 zha 1 zhi 65 zin 4 zon 2 zur 1 ";
}
std::string_view profile_ru() {
    return
        "__а 47 __б 100 __в 314 __г 94 __д 189 __е 32 __ж 46 __з 165 __и 263 __к 138 __л 69 "
        "__м 154 __н 317 __о 286 __п 517 __р 158 __с 368 __т 91 __у 115 __ф 15 __х 23 __ц 10 "
        "__ч 77 __ш 15 __э 30 __ю 4 __я 20 _а_ 19 _ав 6 _ад 6 _ак 1 _ал 2 _ам 1 _ан 4 _ап 4 "
        "_ар 2 _ас 2 _ба 5 _бе 27 _би 4 _бл 5 _бо 13 _бр 6 _бу 5 _бы 28 _бь 1 _бю 6 _в_ 126 "
        "_ва 5 _вд 1 _ве 13 _вз 3 _ви 2 _вк 4 _вл 10 _вм 3 _вн 9 _во 42 _вп 5 _вр 24 _вс 25 "
        "_вт 1 _ву 1 _вч 1 _вы 39 _га 5 _гд 3 _ге 3 _гл 4 _го 55 _гр 23 _гу 1 _да 13 _дв 17 "
        "_де 47 _ди 6 _дл 18 _дн 3 _до 82 _др 2 _ды 1 _ег 13 _ед 4 _ее 3 _еж 4 _ез 2 _ем 1 _ес 4 "
        "_ещ 1 _жа 9 _жд 2 _же 8 _жи 26 _жу 1 _за 142 _зд 13 _зе 3 _зи 3 _зн 3 _зр 1 _и_ 138 "
        "_иг 2 _ид 1 _из 31 _ил 6 _им 10 _ин 33 _ип 1 _ис 20 _их 21 _к_ 20 _ка 21 _кв 2 _кл 4 "
        "_кн 3 _ко 72 _кр 11 _кт 1 _ку 4 _ле 21 _ли 22 _ло 1 _лу 1 _ль 3 _лю 21 _ма 12 _ме 57 "
        "_ми 16 _мн 20 _мо 33 _му 3 _мы 13 _на 169 _не 111 _ни 15 _но 20 _ну 2 _о_ 32 _об 70 "
        "_ов 2 _ог 8 _од 9 _ож 1 _оз 3 _ок 6 _ом 1 _он 10 _оп 10 _ор 24 _ос 37 _от 56 _оф 3 "
        "_ох 7 _оц 1 _оч 6 _па 20 _пе 27 _пи 6 _пл 5 _по 219 _пр 218 _пс 4 _пу 8 _пы 3 _пь 1 "
        "_пя 6 _ра 76 _ре 60 _ро 14 _ру 3 _ры 2 _ря 3 _с_ 43 _са 8 _сб 2 _св 28 _сд 1 _се 39 "
        "_си 15 _ск 3 _сл 23 _см 4 _сн 4 _со 101 _сп 13 _ср 14 _сс 1 _ст 41 _су 17 _сф 3 _сч 7 "
        "_сы 1 _та 13 _те 17 _то 19 _тр 33 _ту 3 _ты 6 _у_ 2 _уб 2 _ув 11 _уг 4 _уд 5 _уе 1 "
        "_уж 5 _уз 1 _ук 2 _ул 3 _ун 4 _уп 6 _ур 3 _ус 23 _ут 6 _ух 1 _уч 35 _уя 1 _фа 4 _фе 3 "
        "_фи 6 _фо 1 _фр 1 _ха 1 _хв 4 _хи 2 _хл 2 _хо 11 _хр 3 _це 9 _ци 1 _ча 9 _че 11 _чи 13 "
        "_чл 2 _чт 42 _ша 1 _ше 1 _ши 2 _шк 6 _шп 1 _шр 1 _шт 3 _эк 13 _эл 1 _эп 1 _эт 12 _эф 3 "
        "_юб 1 _юр 2 _юс 1 _я_ 5 _яб 1 _яв 2 _яз 11 _ян 1 аба 2 аби 1 абл 4 або 37 абр 1 абу 2 "
        "ав_ 5 ава 15 аве 6 ави 32 авк 3 авл 24 авн 5 аво 21 авт 7 авш 5 ага 3 аги 2 агн 3 аго 3 "
        "агр 4 ад_ 2 ада 7 адв 3 аде 9 адз 1 ади 1 адл 2 адм 3 адр 1 аду 2 адц 9 адч 1 аев 2 "
        "аед 1 аем 3 ает 62 аж_ 1 ажа 2 ажд 19 аже 4 ажи 2 ажн 1 аз_ 3 аза 20 азб 1 азв 3 азг 2 "
        "азд 2 ази 1 азл 1 азм 3 азн 4 азо 7 азр 5 азу 1 азы 4 аи_ 2 аиб 1 аив 1 аин 1 айл 1 "
        "айн 3 айо 6 айт 4 айш 2 ак_ 6 ака 7 акж 3 аки 7 акл 7 ако 41 акр 4 акт 11 аку 3 акц 3 "
        "ал_ 15 ала 11 але 4 али 33 алк 1 алл 1 ало 16 алу 5 алы 2 аль 38 аля 1 ам_ 24 аме 13 "
        "ами 28 амм 6 амн 1 амо 6 амы 1 ан_ 5 ана 11 анд 5 ане 10 ани 101 анк 2 анн 22 ано 26 "
        "анс 17 ант 11 ану 2 анц 3 аны 6 аня 6 апа 1 апе 2 апи 3 апл 1 апо 1 апп 1 апр 8 апт 2 "
        "ара 10 арг 1 аре 3 ари 5 арк 2 арл 5 арм 1 арн 2 аро 8 арс 30 арт 2 ару 10 ары 1 аря 2 "
        "ас_ 3 аса 3 асе 6 аси 10 асл 2 асн 6 асо 2 асп 5 асс 16 аст 56 асх 3 асч 1 асш 2 асы 1 "
        "ась 6 ат_ 7 ата 11 ате 25 ати 21 атк 1 атн 3 ато 8 атр 8 ату 3 аты 10 ать 48 аук 1 "
        "афа 1 афе 1 афи 2 афы 2 ах_ 32 аха 2 ахо 6 ахс 2 аце 1 аци 52 ач_ 1 ача 6 аче 9 ачи 7 "
        "ачн 2 ачу 2 аша 1 аше 3 ашн 1 аща 6 аще 7 ащи 13 ащу 1 ают 40 ающ 11 ая_ 26 аяв 2 аях 2 "
        "ба_ 2 баб 2 баз 1 бак 1 бан 2 бас 1 бат 1 бая 1 бви 2 бе_ 2 бед 2 беж 3 без 18 бел 1 "
        "бен 8 бер 3 бес 15 бжа 2 бзо 1 биб 1 бив 2 бие 1 биз 1 бил 4 бир 4 бис 1 бит 3 бия 4 "
        "бла 5 бли 11 бло 2 блу 1 блю 6 бля 2 бме 1 бни 2 бно 4 бну 1 бны 7 бо_ 1 бов 3 бод 7 "
        "бое 1 бои 1 бок 1 бол 23 бор 3 бот 27 боч 5 боя 1 бра 25 бре 1 бри 1 бро 3 бсл 1 бст 3 "
        "бсу 5 буд 6 буе 4 буж 2 бус 1 буч 3 буш 2 бую 1 бхо 5 бща 2 бще 15 бщи 6 бъе 4 бъя 1 "
        "бы_ 11 быв 1 бые 1 был 18 быс 2 быт 7 быч 1 бью 1 бюд 6 бя_ 1 бяз 8 ва_ 37 вад 3 вае 19 "
        "важ 1 вай 1 вак 1 вал 22 вам 9 ван 40 вар 4 вас 2 ват 22 вах 3 вач 1 ваю 12 вая 2 вдв 1 "
        "ве_ 13 вед 15 век 5 вел 10 вен 41 вер 29 вес 4 вет 18 веч 3 вещ 1 взя 3 виа 1 вив 2 "
        "виг 1 вид 7 вие 8 виж 1 виз 1 вии 2 вий 2 вил 9 вим 1 вин 5 вис 9 вит 22 вия 8 вка 3 "
        "вке 1 вки 1 вкл 4 вку 3 вла 6 вле 33 вли 3 влю 1 вля 20 вме 4 вна 1 вне 7 вни 3 вно 10 "
        "вну 5 вны 12 вню 1 во_ 46 воб 7 вов 8 вог 7 вод 19 вое 8 воз 13 вои 2 вой 9 вок 4 вол 8 "
        "вом 2 вон 2 воо 4 воп 8 вор 9 вос 10 вот 2 вощ 2 вою 2 воя 1 впе 2 впр 3 вра 10 вре 20 "
        "вру 1 все 18 всл 1 всп 1 вст 6 вто 6 втр 2 ву_ 3 вуе 2 вуз 1 вус 1 вут 1 вух 3 вущ 3 "
        "вую 5 вче 1 вше 1 вши 7 вы_ 2 выб 1 выв 1 выд 6 вые 9 выз 2 вый 1 вым 2 вын 1 вып 8 "
        "выр 5 выс 9 выу 1 вых 3 выш 5 выя 2 вью 1 вья 7 вяз 2 вят 2 вящ 1 гае 2 газ 1 гам 3 "
        "ган 24 гар 4 гат 1 гац 3 гаю 5 гда 10 где 3 ге_ 1 геи 1 гек 1 ген 3 ги_ 9 гив 3 гие 6 "
        "гии 1 гин 1 гио 6 гир 1 гис 5 гих 2 гич 6 гко 1 гл_ 1 гла 14 гли 4 глу 2 гма 1 гни 1 "
        "гно 5 го_ 73 гов 8 гог 1 год 24 гол 4 гом 3 гоп 1 гор 13 гос 29 гот 6 гоэ 1 гра 37 "
        "гре 2 гри 2 гру 4 гря 2 гу_ 3 гул 4 гут 10 да_ 29 дав 11 даг 1 дае 6 дак 1 дал 7 дам 3 "
        "дан 28 дар 30 дас 1 дат 9 дах 3 дац 2 дач 1 даю 6 два 8 две 8 дви 2 дво 6 дву 4 дго 3 "
        "дде 3 де_ 12 деб 4 дев 1 дед 1 дее 1 деж 4 дез 1 дей 14 дек 2 дел 27 дем 5 ден 34 део 1 "
        "деп 3 дер 19 дес 2 дет 26 дея 2 дже 6 дза 1 дзо 1 ди_ 13 диа 3 див 1 дие 1 дии 1 дик 1 "
        "дил 6 дим 8 дин 9 дис 2 дит 22 диц 11 дич 4 дия 2 дка 1 дке 2 дко 8 дла 2 дле 7 дло 1 "
        "для 18 дми 3 дна 5 дне 4 дни 10 дно 18 дны 8 дня 6 до_ 7 доб 4 дов 16 дог 3 дое 1 дож 1 "
        "доз 1 док 14 дол 16 дом 21 доп 11 дор 14 дос 20 дот 1 доу 1 дох 1 доч 1 дош 2 дпи 4 "
        "дпр 2 дра 5 дро 5 дру 2 дры 1 дсе 1 дск 2 дсм 1 дст 29 дсу 1 ду_ 13 дуа 1 дуе 9 дук 3 "
        "дум 1 дун 5 дуп 2 дур 1 дус 7 дут 1 дух 1 душ 1 дущ 1 дую 7 дца 10 дчи 3 дше 1 дъе 1 "
        "ды_ 14 дыд 1 дые 1 дый 1 дым 1 дых 1 дь_ 3 дьи 1 дьм 2 дяж 1 дям 3 дят 3 дящ 3 еат 1 "
        "еб_ 2 ебе 6 ебл 2 ебн 11 ебо 8 ебу 5 ебя 1 ев_ 5 ева 7 еве 4 еви 1 евн 1 ево 6 евр 2 "
        "евы 1 евя 1 ега 4 егд 3 еги 9 егк 1 его 28 егу 3 еда 8 едв 3 еде 15 еди 24 едк 8 едл 4 "
        "едн 7 едо 20 едп 3 едр 1 едс 26 еду 20 еды 1 едь 3 едя 1 ее_ 13 еез 1 еем 3 еет 2 еех 1 "
        "ежа 4 ежв 1 ежд 14 еже 5 ежи 4 ежн 8 ежь 1 ез_ 16 еза 9 езд 5 езж 2 ези 2 езн 4 езо 4 "
        "езр 1 езу 4 еи_ 1 ей_ 53 ейс 8 ейт 1 ек_ 3 ека 9 еке 2 еки 2 еко 8 екс 6 ект 14 еку 1 "
        "ел_ 12 ела 7 еле 20 ели 19 елк 1 елл 1 ело 9 елу 1 ель 69 еля 11 ем_ 31 ема 2 еме 17 "
        "еми 4 емл 4 емн 3 емо 7 емп 2 емс 4 ему 13 емы 2 емь 10 емя 10 ен_ 12 ена 10 енд 10 "
        "ене 7 ени 155 енк 2 енн 98 ено 8 енс 3 ент 29 ену 1 енц 7 енщ 4 ены 18 ень 15 еня 2 "
        "еоб 5 еон 1 еот 1 епе 4 епл 1 епо 3 епр 4 епт 1 епу 3 епц 1 епя 2 ер_ 7 ера 8 ерв 6 "
        "ерг 3 ерд 2 ере 34 ерж 16 ери 9 ерк 2 ерм 1 ерн 14 еро 5 ерп 1 ерр 3 ерс 14 ерт 9 еру 2 "
        "ерш 5 еры 5 ерь 4 еря 1 ес_ 1 еса 1 есб 1 есе 2 еск 23 есл 6 есм 3 есн 3 есо 2 есп 18 "
        "есс 4 ест 63 есу 5 есь 1 еся 5 ет_ 114 ета 12 етв 2 ете 13 ети 9 етн 8 ето 8 етр 1 "
        "етс 49 ету 1 етч 1 еты 3 еть 7 етя 2 ефе 1 ефо 2 ефт 1 ех_ 9 еха 4 ехв 1 еце 1 еци 4 "
        "еча 9 ече 20 ечи 8 ечк 1 ечт 1 ечь 1 еша 2 еше 9 еши 1 ешк 1 ешн 1 еща 5 еще 3 еют 4 "
        "еят 2 жае 1 жай 2 жал 14 жан 6 жар 1 жат 4 жащ 3 жаю 3 жбы 1 жве 1 жда 19 жде 11 ждо 3 "
        "жду 11 жды 1 ждь 1 же_ 12 жег 4 жей 2 жек 2 жен 17 жер 2 жес 1 жет 11 жи_ 2 жив 9 жид 1 "
        "жиз 4 жил 17 жим 1 жин 1 жит 12 жищ 1 жка 1 жки 1 жне 7 жни 1 жно 19 жны 5 жур 1 жчи 1 "
        "жь_ 1 за_ 39 заб 8 зав 16 заг 3 зад 4 зак 44 зал 7 зам 8 зан 18 зап 6 зар 3 зас 3 "
        "зат 11 заф 1 зах 2 зац 10 защ 11 зая 2 зби 3 збу 2 зва 1 зве 1 зви 4 зво 8 згл 2 зго 1 "
        "зд_ 2 зда 9 зде 4 зди 2 здн 2 здо 8 здр 2 зду 1 зе_ 1 зее 1 зем 3 зжа 2 зже 1 зи_ 2 "
        "зив 1 зид 2 зил 2 зим 3 зир 2 зис 2 зки 1 зку 1 зли 2 зм_ 1 зма 1 зме 7 змо 2 змы 1 "
        "зна 16 зне 4 зни 3 зно 2 зны 4 знь 1 зов 11 зол 2 зом 1 зон 1 зоп 3 зор 2 зра 8 зре 3 "
        "зри 1 зры 1 зу_ 2 зуе 1 зул 4 зуч 1 зую 2 зъя 1 зы_ 1 зыв 8 зык 12 зья 1 зя_ 1 зяй 1 "
        "зял 1 зят 2 иаг 2 иал 22 иан 1 иар 1 иат 1 иац 2 ибл 1 ибо 2 ибы 1 ив_ 3 ива 23 иве 7 "
        "иви 2 ивк 2 ивл 3 ивн 15 иво 6 иву 4 ивш 1 ивы 3 ига 1 иги 6 игл 3 игм 1 игн 1 иго 2 "
        "игр 4 игу 1 ида 2 иде 12 иди 2 идн 3 идо 3 иду 1 идц 1 ие_ 116 ией 3 ием 18 иен 7 иех 1 "
        "ижа 2 иже 6 ижи 1 ижн 1 из_ 18 иза 11 изб 2 изв 4 изд 1 изи 4 изк 1 изл 1 изм 7 изн 11 "
        "изо 4 изу 2 изъ 1 изы 2 ии_ 70 ий_ 43 ийс 1 ийт 1 ик_ 8 ика 19 ике 7 ики 13 икл 1 "
        "ико 14 икс 1 ику 4 ил_ 11 ила 10 иле 3 или 25 ило 11 илс 5 илу 1 илы 7 иль 13 им_ 17 "
        "има 10 име 12 ими 6 имн 1 имо 11 иму 2 имы 6 ин_ 1 ина 17 инв 6 инд 1 ине 5 ини 19 "
        "инк 1 ино 12 инс 20 инт 4 ину 5 инф 9 ины 5 иня 16 иод 4 иоз 3 иол 1 ион 14 иот 1 ипе 2 "
        "ипо 1 ипп 1 ипы 1 ир_ 1 ира 5 ири 2 ирн 2 иро 17 иру 6 иры 1 иса 5 исе 1 иси 9 иск 5 "
        "исл 9 исн 2 исо 1 исп 11 исс 2 ист 28 ису 1 исх 1 исч 1 исш 2 ись 15 ися 1 ит_ 14 "
        "ита 14 ите 82 ити 4 итн 5 ито 4 итс 7 иту 10 иты 7 ить 44 ифи 1 ифр 1 ифт 3 ифы 1 "
        "их_ 49 ихи 2 ихо 4 ихс 4 иц_ 2 ица 7 ице 7 ици 22 ицу 3 ицы 3 иче 29 ичи 7 ичн 4 ичт 1 "
        "иша 1 ише 6 ишк 1 ишл 2 ишн 1 ишь 3 ища 2 ище 1 ищн 1 ию_ 21 ия_ 125 иям 9 иян 3 ият 2 "
        "иях 11 йля 1 йне 1 йно 1 йну 1 йны 1 йон 6 йск 1 йст 11 йся 1 йте 1 йти 7 йто 1 йчи 1 "
        "йша 1 йши 1 ка_ 33 кад 1 кае 3 каж 6 каз 25 как 6 кал 1 кам 9 кан 2 кап 1 кар 3 кас 2 "
        "кат 3 каф 1 ках 5 кац 1 кач 2 кая 5 ква 1 кво 1 ке_ 17 кже 3 кза 2 ки_ 32 кив 1 кие 10 "
        "кий 8 ким 7 кир 1 ких 6 кла 8 кли 3 клю 15 кля 1 кни 5 ко_ 29 ков 14 ког 13 код 2 кое 5 "
        "кой 9 кол 23 ком 39 кон 56 кор 6 кос 1 кот 12 коф 1 коч 1 кош 1 кра 9 кре 3 кри 4 кро 3 "
        "кру 3 кры 6 кс_ 2 кса 1 кси 1 ксо 1 ксп 5 кст 2 ксу 2 кт_ 4 кта 8 кте 2 кти 14 кто 3 "
        "ктр 1 кты 3 ку_ 15 куд 1 кул 3 кум 4 куп 4 кур 2 кую 6 кци 3 ла_ 16 лав 3 лаг 4 лад 7 "
        "лак 2 лам 9 лан 2 лас 25 лат 11 лах 2 лач 2 лаш 2 лаю 1 лго 2 ле_ 10 леб 2 лев 4 лег 5 "
        "лед 27 лее 4 леж 5 лез 1 лей 10 лек 5 лел 2 лем 2 лен 49 лес 3 лет 15 леч 7 лже 1 "
        "лжн 11 ли_ 57 лив 4 лиг 4 лид 6 лие 1 лиж 2 лиз 2 лик 8 лил 3 лим 1 лин 1 лио 1 лир 2 "
        "лис 15 лит 4 лиф 2 лиц 21 лич 9 лиш 12 лищ 1 лию 1 лия 6 лке 1 лки 1 лко 1 лку 1 лле 1 "
        "лло 1 лля 1 лне 5 лни 8 лно 7 ло_ 22 лоб 5 лов 19 лог 11 лод 8 лое 1 лож 9 лой 1 лок 3 "
        "лом 5 лон 1 лоо 1 лос 5 лох 2 лся 6 лу_ 5 луб 1 луг 4 луд 1 луж 1 луй 1 лух 1 луч 24 "
        "лую 3 лы_ 5 лые 2 лый 1 лым 2 лых 1 ль_ 8 льг 3 льд 1 лье 3 льз 6 льк 15 льм 1 льн 84 "
        "льс 27 льт 11 льц 2 льш 12 лья 4 лю_ 2 люб 3 люд 24 люз 1 люч 14 ля_ 26 ляе 14 лям 4 "
        "ляр 1 ляс 1 лят 9 ляц 3 ляю 7 ляя 1 ма_ 3 маг 1 мае 1 маж 1 мал 5 мам 2 ман 4 мар 2 "
        "мас 2 мат 12 мац 7 маш 1 маю 3 мбу 1 ме_ 5 меб 1 мед 13 мее 2 меж 9 мей 4 мен 47 мер 14 "
        "мес 22 мет 5 мех 2 меч 8 меш 1 мею 4 ми_ 60 миг 3 миз 1 мии 2 мик 3 мин 14 мио 1 мир 5 "
        "мис 1 мит 20 мич 1 мле 4 мля 3 мм_ 1 мма 1 мму 2 ммы 3 мна 2 мне 11 мни 1 мно 13 мны 1 "
        "мо_ 5 моб 1 мов 2 мог 19 мое 3 мож 11 мой 8 мол 7 мом 2 мон 4 мор 1 мос 4 мот 10 моу 1 "
        "мох 1 моч 4 мощ 13 мпа 1 мпе 4 мпи 1 мпь 2 мст 2 мся 4 му_ 27 муж 1 муз 2 мул 1 мум 1 "
        "мун 1 мущ 1 мую 1 мы_ 20 мые 1 мый 2 мым 1 мых 3 мыш 1 мье 4 мьи 2 мья 4 мя_ 10 на_ 105 "
        "наб 2 нав 2 наг 1 над 11 нае 3 наз 4 наи 2 най 2 нак 14 нал 14 нам 12 нан 6 нап 6 "
        "нар 20 нас 18 нат 12 нау 1 нах 11 нац 7 нач 12 наш 2 нащ 1 наю 2 ная 12 нва 7 нве 1 "
        "нво 1 нда 2 нде 5 нди 2 нду 7 не_ 71 неб 5 нев 3 нег 4 нед 3 нее 4 нез 8 ней 5 нек 3 "
        "нел 1 нем 10 нен 31 нео 5 неп 5 нер 3 нес 16 нет 3 неф 2 нех 1 неш 1 ни_ 13 нив 4 ниг 3 "
        "ние 81 ниж 6 низ 14 нии 21 ний 21 ник 37 нил 4 ним 13 нин 1 нир 1 нис 10 нит 19 них 6 "
        "ниц 5 нич 14 нию 8 ния 97 нк_ 1 нка 2 нке 1 нки 1 нкл 1 нко 1 нкт 4 нку 1 нна 3 нне 3 "
        "нни 7 нно 55 нну 2 нны 64 но_ 65 нов 48 ног 37 нод 4 ное 14 ноз 3 ной 35 нок 1 нол 2 "
        "ном 28 нон 1 ноп 4 нор 1 нос 46 ноц 1 ноч 2 нош 3 нра 1 нса 2 нсг 2 нси 5 нск 16 нсн 1 "
        "нсо 1 нсп 2 нст 16 нсу 3 нт_ 7 нта 9 нте 6 нти 5 нтн 1 нто 10 нтр 8 нты 5 ну_ 6 нуд 3 "
        "нуж 3 нул 3 нут 5 ную 8 нфе 1 нфи 2 нфл 1 нфо 8 нца 1 нци 8 нцы 2 нча 1 нчи 2 нщи 4 "
        "ны_ 34 ные 49 ный 22 ным 35 ных 68 нь_ 9 ньг 1 ньш 5 нью 1 ню_ 1 нюю 1 ня_ 4 няе 4 "
        "нял 4 нят 14 няю 6 об_ 3 оба 1 обв 2 обе 16 обж 2 обз 1 оби 10 обл 7 обм 1 обн 3 обо 10 "
        "обр 22 обс 9 обу 4 обх 5 общ 23 объ 5 обы 9 обя 8 ов_ 55 ова 52 ове 24 ови 10 овк 3 "
        "овл 13 овм 1 овн 9 ово 24 овр 4 овс 1 овы 13 овь 8 овя 1 ог_ 3 ога 2 огд 7 оге 1 оги 16 "
        "огл 12 огн 2 ого 59 огр 16 огу 12 од_ 11 ода 27 одв 4 одг 3 одд 3 оде 18 одз 1 оди 26 "
        "одл 4 одн 25 одо 8 одп 3 одр 7 одс 7 оду 10 одч 2 одъ 1 оды 14 одя 6 ое_ 27 оев 3 оед 2 "
        "оез 2 оей 2 оек 4 оем 1 оен 3 ожа 3 ожд 2 оже 12 ожи 11 ожн 9 оз_ 1 оза 3 озб 2 озв 6 "
        "озг 1 озд 9 озе 1 озж 1 ози 1 озм 2 озн 5 озр 6 озя 1 ои_ 1 оиз 3 оим 1 оис 4 оит 6 "
        "оих 1 ой_ 66 ойн 1 ойс 2 ойт 3 ойч 1 ок_ 7 ока 15 окз 1 оки 3 окл 6 око 8 окр 9 оку 9 "
        "ол_ 2 ола 1 олг 2 оле 12 олж 12 оли 17 олк 1 олл 1 олн 20 оло 26 олу 18 олы 2 оль 44 "
        "олю 1 оля 5 ом_ 61 ома 3 омб 1 оме 8 оми 25 омл 3 омм 1 омн 3 омо 25 омп 6 омс 2 ому 14 "
        "омы 1 он_ 13 она 24 онв 2 оне 1 они 6 онн 13 оно 20 онр 1 онс 8 онт 7 ону 2 онф 3 онц 1 "
        "онч 3 оня 2 ооб 11 оот 5 оох 4 опа 6 опе 3 опл 5 опо 6 опр 18 опт 1 опу 5 ор_ 6 ора 8 "
        "орг 25 оре 5 ори 8 орм 13 орн 2 оро 35 орр 2 орт 8 ору 3 оры 12 оря 7 ос_ 3 оса 4 осв 2 "
        "осе 8 оси 4 оск 1 осл 11 осн 8 осо 16 осп 3 оср 1 осс 3 ост 109 осу 43 осы 1 ось 6 "
        "ося 1 от_ 15 ота 9 отб 1 отв 16 отд 4 оте 5 оти 8 отк 10 отм 6 отн 12 ото 22 отп 2 "
        "отр 18 отс 3 оту 5 отх 1 отч 4 оты 5 отя 2 оуп 1 оус 1 офе 1 офи 5 офс 1 охв 4 охо 6 "
        "охр 9 оце 7 оци 12 оча 1 оче 14 очи 5 очк 1 очн 5 очт 5 очь 2 оша 1 оше 5 ошк 2 ошл 5 "
        "ошо 1 ощи 6 ощь 9 оэт 5 ою_ 2 оюз 1 оя_ 1 ояв 2 оян 4 ояс 1 оят 3 оящ 10 па_ 3 паг 1 "
        "пад 2 пак 2 пал 5 пам 1 пан 5 пар 7 пас 6 пат 2 пац 5 паю 1 пев 1 пед 2 пее 1 пек 2 "
        "пел 1 пен 8 пер 32 пет 1 пец 4 печ 12 пеш 1 пи_ 1 пив 1 пид 1 пил 1 пио 1 пир 1 пис 7 "
        "пит 8 пия 1 пла 10 пле 4 пли 2 пло 2 пна 1 пны 3 по_ 35 поб 1 пов 2 пог 2 под 34 пое 3 "
        "пож 7 поз 11 пои 1 пой 2 пок 11 пол 58 пом 16 пон 3 поп 2 пор 14 пос 34 пот 8 пох 1 "
        "поч 6 поэ 4 поя 1 пп_ 1 ппа 3 ппо 1 пра 54 пре 63 при 63 про 87 пря 1 пси 4 пте 2 пти 1 "
        "пту 1 пуб 7 пун 4 пус 8 пут 4 пци 3 пы_ 1 пыт 4 пыш 1 пье 1 пью 2 пят 9 ра_ 12 раб 32 "
        "рав 59 раг 1 рад 7 рае 2 раж 19 раз 26 раи 1 рай 8 рак 6 рал 3 рам 8 ран 54 рап 1 "
        "рас 34 рат 13 раф 4 рах 8 рац 7 рач 9 ращ 11 раю 1 рве 1 рво 3 рвы 2 рга 26 рги 2 рго 3 "
        "рди 2 рдо 1 ре_ 3 реб 13 рев 9 рег 12 ред 66 рее 3 реж 11 рез 9 рей 1 рек 8 рел 4 "
        "рем 28 рен 19 рео 1 реп 5 рер 1 рес 14 рет 8 реф 2 рех 3 рец 1 реч 4 реш 11 рещ 5 ржа 9 "
        "ржд 1 рже 1 ржи 3 ржк 2 ри_ 5 риа 2 риб 1 рив 13 риг 3 рид 3 рие 4 риз 10 рии 6 рий 1 "
        "рик 1 рил 3 рим 6 рин 22 рио 4 рип 1 рир 1 рис 3 рит 9 риф 2 рих 2 риц 1 рич 1 риш 2 "
        "рия 2 рки 1 рко 2 рку 1 рла 5 рма 10 рме 2 рми 1 рму 1 рмы 1 рна 4 рне 3 рно 3 рну 3 "
        "рны 9 ро_ 3 роб 1 ров 43 рог 15 род 35 рое 6 рож 5 роз 1 рои 10 рой 5 рок 8 рол 3 "
        "ром 10 рон 5 роп 2 рор 1 рос 27 рот 8 роф 3 рох 1 роц 5 роч 1 рош 8 рпа 1 рри 3 рру 2 "
        "рса 1 рсе 1 рси 2 рск 2 рсо 2 рсп 1 рст 36 рсы 1 рт_ 1 рта 3 ртв 2 рти 4 ртн 3 рто 2 "
        "ртс 1 ртф 1 рты 2 ру_ 2 руг 1 руд 17 руе 1 руж 1 руз 2 рук 4 руп 7 рур 2 рус 1 руч 2 "
        "руш 10 рую 4 рше 4 рши 1 ры_ 12 рыв 5 рые 4 рый 2 рыл 2 рын 2 рыт 2 рых 3 рь_ 1 рье 3 "
        "ря_ 5 ряд 8 ряз 2 рял 1 рям 1 ряч 1 са_ 6 сае 1 сай 1 сал 3 сам 9 сан 2 сат 2 сах 2 "
        "сац 2 сби 1 сбо 2 све 7 сви 4 сво 16 свя 3 сге 2 сде 1 се_ 8 себ 2 сев 1 сег 5 сед 5 "
        "сей 1 сек 5 сел 12 сем 14 сен 6 сер 4 сес 3 сет 4 сех 6 сеч 1 сещ 1 си_ 1 сиб 1 сиг 1 "
        "сид 1 сие 1 сии 4 сил 13 сим 6 син 1 сип 1 сир 5 сис 4 сит 11 сих 4 сич 1 сия 4 ска 16 "
        "ски 23 скл 3 скн 2 ско 25 скр 1 ску 4 сла 2 сле 35 сли 5 сло 12 слу 11 сль 1 сма 3 "
        "сме 4 смо 9 сна 1 сне 3 сни 4 сно 15 сны 3 со_ 4 соб 29 сов 18 сог 9 сод 6 сое 1 сож 1 "
        "соз 3 сок 7 сол 1 сом 4 сон 1 соо 15 сор 1 сос 11 сот 6 сох 2 соц 12 сою 1 спа 3 спе 21 "
        "спи 2 спл 3 спо 17 спр 8 спу 4 спы 2 сра 2 сре 9 сро 4 сс_ 1 сса 1 ссе 1 сси 6 сск 3 "
        "ссл 5 ссм 3 ссо 2 сст 4 ссы 1 ст_ 4 ста 69 ств 144 сте 24 сти 57 стк 4 стн 28 сто 40 "
        "стр 50 стс 1 сту 20 сты 2 сть 19 стя 3 суа 2 суд 51 суж 4 сул 3 сур 3 сут 6 сущ 11 "
        "сфа 1 сфе 1 сфо 1 схо 4 сче 6 счи 3 сше 2 сши 5 сы_ 4 сыл 1 сын 2 сых 1 сь_ 24 сьб 2 "
        "сьм 2 ся_ 115 сят 3 сяц 4 сяч 5 та_ 34 таб 2 тав 26 тае 14 таж 2 тай 2 так 10 тал 11 "
        "там 4 тан 20 тап 1 тар 4 тат 23 тах 5 тац 3 таю 3 тбы 1 тв_ 5 тва 30 тве 57 тви 17 "
        "твл 10 тво 37 твр 1 тву 10 тда 1 тде 3 те_ 16 теа 1 тей 9 тек 4 тел 82 тем 11 тен 3 "
        "теп 4 тер 26 тес 4 тет 24 теч 5 ти_ 59 тив 21 тиг 2 тие 5 тиж 1 тиз 2 тии 3 тий 2 "
        "тик 13 тил 6 тип 2 тир 4 тис 2 тит 11 тиф 1 тих 1 тиц 2 тич 4 тию 1 тия 7 тка 4 тки 7 "
        "ткл 1 тко 1 ткр 3 тку 2 тме 6 тна 6 тни 23 тно 16 тну 2 тны 17 то_ 45 тоб 7 тов 22 "
        "тог 5 тод 4 тож 1 тои 2 той 4 ток 3 тол 12 том 19 топ 3 тор 31 тот 2 точ 6 тоя 18 тпр 2 "
        "тр_ 3 тра 50 тре 34 три 6 тро 17 тру 17 тры 1 тря 2 тск 2 тсм 1 тст 19 тсу 3 тся 82 "
        "ту_ 11 туа 4 туб 1 туд 3 туп 14 тур 5 тут 2 туц 4 туш 1 тфо 1 тхо 1 тче 3 тчи 2 ты_ 34 "
        "тыв 6 тые 1 тый 1 тым 1 тыр 1 тыс 5 тых 4 ть_ 102 тье 2 тьи 4 тьм 1 тьс 18 тью 4 тья 2 "
        "тя_ 3 тяг 2 тям 1 тях 1 уал 3 уац 4 убе 3 убл 7 убо 1 ува 1 уве 9 уво 1 уг_ 1 уга 2 "
        "уги 2 уго 4 уд_ 5 уда 34 уде 15 уди 11 удн 11 удо 7 удс 1 уды 2 удь 1 уез 1 ует 17 "
        "ужа 1 ужб 1 ужд 8 уже 4 ужи 1 ужн 1 ужч 1 узе 1 узк 1 узн 1 узо 1 узы 1 узь 1 уйс 1 "
        "ука 3 уко 2 укт 5 уле 1 ули 6 улк 1 улс 1 улу 1 уль 9 уля 2 ума 1 уме 4 умо 1 уна 6 "
        "уни 4 унк 4 уп_ 4 упа 5 упи 5 упл 1 упн 4 упо 5 упп 3 упр 4 упц 2 упя 1 ура 4 ург 2 "
        "урд 1 ури 1 урн 1 уро 4 урс 2 уры 2 уса 2 уси 2 уск 7 усл 8 усм 4 усо 1 усп 1 усс 1 "
        "уст 14 усы 2 ут_ 16 ута 3 утв 3 уте 2 уто 1 утр 6 утс 4 ух_ 2 уха 1 ухи 1 ухо 1 ухс 1 "
        "уци 4 уча 32 уче 16 учи 13 учр 3 учш 2 уша 3 уше 7 уши 1 ушк 3 уще 12 ущи 4 ую_ 18 "
        "уют 12 ующ 10 уяз 1 фаб 1 фак 4 фах 1 фе_ 2 фек 3 фел 1 фер 4 фес 1 фид 2 фии 1 фик 1 "
        "фил 3 фин 5 фиц 4 фля 1 фон 1 фор 12 фро 1 фру 1 фсо 1 фти 1 фто 2 фты 1 ффе 3 фы_ 3 "
        "ха_ 3 хал 2 хан 4 хар 1 хва 9 хиа 1 хие 1 хир 2 хич 1 хле 2 хо_ 1 хов 1 ход 24 хое 1 "
        "хож 1 хоз 1 хол 4 хор 2 хот 3 хоч 1 хра 11 хро 1 хск 2 хсо 1 хся 4 ца_ 8 цам 1 цат 10 "
        "це_ 5 цев 2 цед 1 цей 1 цел 2 цен 12 цеп 2 цес 1 циа 22 цие 8 ции 29 ций 3 цин 11 "
        "цио 10 цир 1 циф 1 цию 11 ция 16 цов 1 цу_ 3 цы_ 8 ча_ 1 чае 7 чаи 2 чал 5 чан 4 час 26 "
        "чат 2 чащ 1 чаю 9 чая 5 че_ 1 чеб 8 чев 1 чей 3 чел 5 чем 3 чен 45 чер 11 чес 24 чет 16 "
        "чи_ 5 чив 6 чие 1 чий 1 чик 3 чил 6 чин 4 чис 9 чит 32 чих 2 чия 3 чка 1 чки 1 чле 2 "
        "чни 1 чно 3 чны 8 чре 3 чта 1 чте 1 чти 5 что 42 чу_ 2 чше 2 чь_ 1 чьт 1 чью 1 ша_ 1 "
        "шаг 1 шае 4 шал 1 шат 1 шаю 1 шая 2 ше_ 7 шей 1 шел 2 шем 2 шен 33 шер 1 шес 4 шие 3 "
        "ший 4 шил 1 шим 3 шин 6 шир 4 шит 2 ших 4 шка 4 шке 1 шко 9 шле 1 шли 1 шло 6 шне 1 "
        "шни 1 шню 1 шо_ 1 шом 2 шпр 1 шри 1 штр 3 шую 1 шь_ 3 ща_ 1 щае 5 щан 1 щат 4 щаю 4 "
        "щая 1 ще_ 1 щег 5 щее 1 щеж 1 щей 5 щем 2 щен 15 щес 20 щи_ 6 щие 14 щий 3 щил 2 щим 4 "
        "щин 6 щит 10 щих 10 щищ 2 щны 1 щую 2 щь_ 7 щью 2 ъед 2 ъез 1 ъек 1 ъем 1 ъяс 1 ъят 1 "
        "ыбр 1 ыва 20 ыво 1 ыда 3 ыде 3 ыду 1 ые_ 68 ызы 2 ый_ 30 ык_ 4 ыка 3 ыке 2 ыки 2 ыко 1 "
        "ыл_ 5 ыла 3 ыли 8 ыло 5 ым_ 26 ыми 16 ын_ 1 ынк 2 ыно 2 ыпл 2 ыпо 3 ыпу 3 ыра 3 ыре 1 "
        "ыро 2 ысе 1 ыси 1 ыск 1 ысо 1 ыст 3 ысш 3 ысы 1 ыся 5 ытк 1 ыто 3 ыты 3 ыть 6 ыуч 1 "
        "ых_ 81 ыха 2 ыхо 1 ычн 1 ыша 1 ыше 4 ышк 1 ышл 1 ыяв 2 ьба 2 ьги 1 ьго 3 ьдш 1 ье_ 4 "
        "ьев 1 ьез 3 ьей 1 ьем 1 ьер 2 ьет 1 ьзо 2 ьзу 3 ьзя 1 ьи_ 6 ьим 1 ьки 1 ько 13 ьку 1 "
        "ьм_ 1 ьме 2 ьми 2 ьмо 1 ьна 6 ьне 1 ьни 3 ьно 36 ьну 2 ьны 36 ьск 5 ьст 22 ься 18 ьта 8 "
        "ьте 3 ьту 1 ьцо 1 ьцы 1 ьше 5 ьши 9 ьшо 2 ьшу 1 ью_ 9 ьют 3 ья_ 14 ьям 4 экз 1 эко 5 "
        "экс 7 эле 1 эпи 1 эта 2 эти 2 это 12 эту 1 эфф 3 юба 1 юби 2 юбы 1 юда 3 юде 9 юдж 6 "
        "юди 8 юдь 1 юдя 3 юзи 1 юзы 1 юри 2 юст 1 ют_ 33 юте 2 ютс 34 юча 4 юче 7 ючи 3 юща 1 "
        "юще 4 ющи 18 ющу 1 юю_ 1 ябл 1 яви 3 явл 3 явш 2 яги 2 яд_ 1 яде 1 ядк 3 ядо 3 яем 1 "
        "яет 17 яжн 1 яза 8 язв 1 язи 2 язн 2 язы 11 яйс 1 ял_ 1 яла 2 яли 2 яло 1 ям_ 11 ями 10 "
        "ямо 1 янв 1 яни 5 янк 1 янн 1 ярн 1 яск 1 ясн 2 ят_ 3 ята 2 яте 4 яти 11 ятк 2 ятн 4 "
        "ято 1 ятс 8 яты 6 ять 9 ях_ 14 яца 1 яце 1 яци 3 яцы 2 яч_ 1 яче 1 ячи 4 яще 8 ящи 6 "
        "яют 10 яющ 3 яя_ 1 ";
}
std::string_view profile_kk() {
    return
        "__а 1665 __б 2358 __в 10 __г 43 __д 724 __е 608 __ж 2048 __з 524 __и 128 __к 2692 "
        "__л 30 __м 1506 __н 372 __о 1234 __п 986 __р 950 __с 1288 __т 1546 __у 296 __ф 14 "
        "__х 150 __ц 4 __ч 2 __ш 362 __ы 6 __э 36 __і 80 __ғ 25 __қ 1124 __ү 144 __ұ 114 __ә 181 "
        "__ө 356 _аб 8 _ав 4 _аг 5 _ад 144 _аж 2 _аз 180 _ай 134 _ак 138 _ал 308 _ан 43 _ап 6 "
        "_ар 169 _ас 175 _ат 118 _ау 153 _аш 16 _ая 10 _ағ 1 _ақ 51 _ба 846 _бе 430 _би 191 "
        "_бо 516 _бр 2 _бу 71 _бы 2 _бю 30 _бі 165 _бү 15 _бұ 56 _бә 6 _бө 28 _ва 2 _ве 4 _ви 2 "
        "_во 2 _га 24 _ге 4 _ги 3 _гр 8 _гы 4 _да 185 _де 486 _ди 20 _до 2 _ду 4 _ді 10 _дү 3 "
        "_дұ 1 _дә 13 _ег 56 _ед 4 _ек 80 _ел 26 _ем 28 _ен 108 _ер 78 _ес 88 _ет 84 _еш 32 "
        "_ең 24 _жа 825 _же 202 _жи 30 _жо 250 _жу 149 _жы 126 _жі 4 _жү 107 _жұ 36 _жә 291 "
        "_жө 28 _за 498 _зе 8 _зи 2 _зо 16 _иг 4 _ид 2 _ие 16 _из 3 _ил 1 _им 4 _ин 16 _ип 2 "
        "_ир 1 _ис 38 _ит 2 _иш 39 _ка 585 _кв 2 _ке 506 _ки 32 _кл 4 _ко 813 _ку 320 _кы 157 "
        "_кі 25 _кү 100 _кә 18 _кө 130 _ла 26 _ли 2 _ло 2 _ма 220 _ме 718 _ми 117 _мо 15 _му 95 "
        "_мы 16 _мі 49 _мү 79 _мұ 16 _мә 178 _мө 3 _на 50 _не 244 _ни 2 _но 42 _ну 6 _ны 14 "
        "_нұ 6 _нә 8 _об 18 _ог 15 _од 12 _ож 4 _оз 196 _ой 2 _ок 124 _ол 189 _ом 11 _он 172 "
        "_оп 6 _ор 229 _ос 54 _от 161 _оғ 15 _оқ 23 _оң 3 _па 513 _пе 54 _пи 1 _по 14 _пр 394 "
        "_пс 4 _пу 2 _пы 2 _пі 1 _пә 1 _ра 16 _ре 916 _ро 3 _ру 5 _рұ 1 _рә 8 _рө 1 _са 484 "
        "_се 162 _си 15 _см 2 _со 417 _сп 6 _ст 18 _су 87 _сы 34 _сі 3 _сү 4 _сұ 7 _сә 42 _сө 7 "
        "_та 435 _те 116 _ти 150 _то 220 _ту 247 _ты 52 _ті 34 _тү 35 _тұ 82 _тә 75 _тө 100 "
        "_уа 16 _уг 3 _уж 2 _уз 3 _уй 50 _ук 65 _ул 21 _ум 1 _ун 5 _ур 3 _ус 49 _уч 2 _уш 60 "
        "_уә 16 _фе 4 _фи 2 _фр 2 _фу 6 _ха 148 _хи 2 _це 2 _ци 2 _че 2 _ша 114 _ше 170 _шу 3 "
        "_шы 72 _шұ 3 _ык 1 _ым 2 _ын 2 _ық 1 _эк 32 _эл 2 _эн 2 _із 1 _іл 1 _ір 1 _іс 38 _іш 39 "
        "_ға 20 _ғи 1 _ғы 4 _қа 541 _қи 7 _қо 201 _қу 3 _қы 157 _құ 215 _үг 1 _үй 16 _үк 63 "
        "_үл 2 _үм 1 _үс 4 _үш 57 _ұж 2 _ұз 3 _ұй 34 _ұл 19 _ұн 1 _ұр 3 _ұс 45 _ұш 3 _ұғ 2 _ұқ 2 "
        "_әд 6 _әж 2 _әз 8 _әй 4 _әк 59 _әл 18 _әр 67 _әс 13 _әу 3 _әң 1 _өз 196 _өк 95 _өл 1 "
        "_өм 11 _өн 1 _өр 1 _өс 4 _өт 45 _өң 2 аба 22 абд 4 аби 15 абс 2 абу 2 абы 250 абі 6 "
        "авт 4 ага 157 агд 64 аге 5 аги 1 агн 4 агр 6 агу 2 агы 116 ада 206 адв 2 аде 7 ади 7 "
        "адр 2 аду 2 ады 518 аді 4 аем 2 аж_ 2 ажа 6 ажб 1 ажд 2 аже 24 ажи 42 ажы 4 аз_ 8 "
        "аза 496 азг 1 азд 6 азе 2 ази 14 азм 2 азш 2 азы 34 азі 6 азғ 1 ай_ 210 айг 2 айд 332 "
        "айе 4 айк 40 айл 230 айм 6 айн 10 айс 6 айт 78 айш 14 айы 182 айғ 2 айқ 14 ак_ 49 ака 1 "
        "аке 10 аки 23 акк 3 акл 2 акп 6 акс 158 акт 138 аку 5 акх 1 акц 22 акш 8 акы 66 ал_ 24 "
        "ала 742 алг 47 алд 92 але 18 али 16 алк 22 алл 2 алм 32 алп 94 алс 2 алт 14 алу 112 "
        "алш 4 алы 484 аль 2 алі 3 алғ 47 алқ 22 ам_ 72 ама 298 амб 4 амг 2 амд 82 аме 286 ами 3 "
        "амк 5 амн 30 амо 6 амс 8 амт 50 аму 4 амш 2 амы 52 амғ 2 амқ 5 ан_ 989 ана 182 анб 18 "
        "анг 66 анд 448 ане 236 ани 5 анк 14 анм 37 анн 41 анс 5 ант 27 ану 76 анш 4 аны 498 "
        "анғ 49 ап_ 304 апа 4 апе 2 апи 2 апк 25 апп 2 апс 10 апт 64 апх 4 апш 4 апы 2 апқ 5 "
        "ар_ 442 ара 294 арб 9 арг 57 ард 487 аре 9 арж 12 ари 58 арк 44 арл 342 арм 82 арн 16 "
        "арс 38 арт 172 ару 124 ары 906 арғ 57 арқ 21 ас_ 48 аса 108 асе 48 аси 38 аск 60 асл 16 "
        "асо 1 асп 12 асс 6 аст 265 асу 8 асш 40 асы 664 асқ 52 асө 1 ат_ 112 ата 250 ате 12 "
        "ати 59 атк 51 атп 10 атр 4 атт 381 ату 70 аты 334 атқ 51 ау_ 178 ауа 76 ауг 47 ауд 54 "
        "ауе 8 ауи 19 аук 4 аул 72 аум 82 аур 18 аус 52 ауш 22 ауы 190 ауі 17 ауғ 47 ауқ 4 аф_ 2 "
        "афи 2 ахм 2 аци 28 аш_ 2 аша 12 ашк 1 ашы 34 ашқ 1 аяк 5 аян 16 аяр 2 аяс 42 аят 6 "
        "аяу 2 аяқ 5 аға 157 ағд 64 ағи 1 ағу 2 ағы 116 ақ_ 49 ақа 1 ақп 6 ақс 158 ақт 76 ақх 1 "
        "ақш 8 ақы 66 аққ 3 ақұ 5 аң_ 46 аңа 18 аңб 2 аңд 115 аңе 2 аңм 37 аңн 11 аңс 3 аңт 3 "
        "аңы 34 аңғ 16 баб 40 баг 22 бад 8 баз 2 бай 50 бак 6 бал 55 бан 12 бап 236 бар 166 "
        "бас 311 бат 6 бау 6 бая 16 бағ 22 бақ 6 бды 4 бе_ 2 бег 8 бей 16 бек 52 бел 138 бен 4 "
        "беп 6 бер 212 бес 60 бет 2 беу 2 би_ 11 биг 3 бие 4 биз 6 бил 74 бим 9 бин 12 бир 129 "
        "бис 3 бит 8 биғ 3 бле 4 бли 738 блы 16 бой 144 бол 254 бор 2 бос 116 бри 2 бсо 2 бу_ 2 "
        "буг 1 буз 11 бук 16 бул 25 бур 19 бус 2 бъе 10 бы_ 6 бык 1 был 210 бын 40 быр 8 бық 1 "
        "бюд 30 бі_ 11 біз 8 біл 38 бім 9 бін 10 бір 133 біс 3 біт 8 бүг 1 бүк 14 бүр 1 бұз 11 "
        "бұл 25 бұр 18 бұқ 2 бәл 1 бәр 4 бәс 1 бөл 28 ваз 2 вак 2 вед 2 вел 2 вер 6 вес 2 виц 2 "
        "воа 2 вок 4 вти 17 вто 4 вті 17 га_ 289 гад 8 газ 4 гай 46 гак 2 гал 34 гам 26 ган 371 "
        "гар 74 гас 38 гат 6 гау 20 гац 2 гаш 1 гда 63 гды 1 ге_ 462 гед 4 гез 4 гей 8 гек 2 "
        "гем 6 ген 324 гер 112 гет 2 геу 8 геш 8 гже 4 ги_ 98 гид 1 гиз 85 гил 109 гим 10 "
        "гин 100 гис 4 гит 1 гия 6 гла 10 гни 2 гно 2 гра 20 гре 2 гта 2 гте 4 гу_ 2 гуд 1 гуш 1 "
        "гы_ 149 гыз 4 гыл 20 гым 10 гын 108 гыс 7 гыт 6 гыш 1 гі_ 101 гіз 87 гіл 117 гім 7 "
        "гін 103 гіс 2 гіт 1 гің 1 да_ 532 даб 2 даг 63 дад 4 дай 298 дак 22 дал 84 дам 172 "
        "дан 272 дап 16 дар 352 дас 59 дат 44 дау 189 дая 8 дағ 63 дақ 4 дво 2 дде 20 де_ 460 "
        "дег 70 дед 2 дей 58 дек 4 дел 88 дем 28 ден 358 део 2 деп 278 дер 198 дес 14 дет 104 "
        "деу 12 дең 2 дже 30 ди_ 300 диа 4 диг 23 дид 26 дик 46 дил 5 дин 63 дио 2 дип 8 дир 24 "
        "дис 2 дит 14 диц 16 дия 2 дог 1 дом 2 доғ 1 др_ 2 дук 2 дум 38 дун 3 дур 1 дус 6 дше 2 "
        "ды_ 1124 дыг 10 дык 67 дыл 24 дым 2 дын 182 дыр 28 дыс 20 дығ 10 дық 67 дың 152 дья 54 "
        "ді_ 310 діг 25 дік 50 діл 5 дін 11 дір 28 діс 2 дің 54 дүн 3 дұр 1 дәл 2 дәр 10 дәс 1 "
        "дәу 1 еат 2 ебе 14 еби 5 ебі 5 ега 2 еге 204 егж 4 еги 95 егл 10 егр 2 егі 97 ед_ 2 "
        "еда 21 еде 16 еди 186 едо 2 еді 172 едә 1 еже 30 ежи 4 ежу 1 ежү 1 ез_ 22 езг 8 езд 42 "
        "езе 50 ези 298 езо 2 езі 8 ей_ 46 ейб 10 ейд 70 ейи 36 ейл 6 ейн 4 ейр 2 ейс 2 ейт 46 "
        "ейі 36 ек_ 54 ека 2 еке 296 еки 52 екк 14 екп 2 екс 10 ект 118 екш 12 екі 52 ел_ 6 "
        "елг 238 елд 36 еле 398 ели 52 елл 2 елм 28 ело 6 елс 16 елт 32 елу 20 ель 2 елі 56 "
        "ем_ 6 ема 10 емд 16 еме 190 еми 31 емк 1 емл 204 емо 10 емп 4 емс 6 емх 2 емь 48 емі 27 "
        "емқ 1 ен_ 1413 ена 90 енб 18 енг 165 енд 91 ене 84 енз 2 ени 40 енн 6 енс 26 ент 584 "
        "ену 8 енц 4 енш 36 ені 24 еол 2 еот 2 еп_ 126 епе 4 епи 15 епр 2 епт 66 епу 198 епш 2 "
        "епі 15 ер_ 304 ера 8 ерб 12 ерв 2 ерг 130 ерд 202 ере 164 ерз 106 ери 242 ерк 32 ерл 54 "
        "ерм 32 ерн 4 ерр 2 ерс 14 ерт 36 еру 86 ерц 8 ерш 20 ері 236 ес_ 114 есе 244 еси 55 "
        "еск 48 есм 16 есп 738 есс 32 ест 68 есу 6 есш 4 есі 55 ет_ 184 ета 6 ете 56 ети 166 "
        "етк 84 етп 6 етс 6 етт 636 ету 52 етш 8 еті 166 еу_ 40 еуг 52 еуд 4 еуи 9 еул 6 еум 30 "
        "еун 2 еуш 2 еуі 9 ефе 38 ефо 6 ехн 2 еце 2 ешб 2 еше 32 еши 40 ешк 33 ешт 2 ешу 18 "
        "еші 40 ешқ 1 еяс 4 ең_ 27 еңб 10 еңг 5 еңд 5 еңе 26 еңс 4 еңі 8 жаб 9 жаг 60 жаз 32 "
        "жай 8 жак 10 жал 92 жам 2 жан 264 жар 52 жас 114 жат 54 жау 52 жая 2 жағ 60 жақ 10 "
        "жаң 18 жбу 1 жбү 1 жда 4 жды 2 жед 2 жей 4 жек 56 жел 48 жем 10 жен 5 жер 100 жес 4 "
        "жет 78 жең 3 жиб 4 жии 1 жил 63 жим 4 жин 16 жих 1 жиы 6 жиі 1 жиһ 1 жоб 34 жог 44 "
        "жой 12 жок 12 жол 44 жон 28 жос 10 жою 6 жоя 4 жоғ 44 жоқ 12 жуб 1 жуг 6 жуз 52 жуй 8 "
        "жук 13 жум 34 жур 34 жуы 2 жы_ 8 жыл 130 жым 4 жын 4 жыр 4 жіб 4 жіл 63 жүг 6 жүз 52 "
        "жүй 8 жүк 13 жүр 29 жұб 1 жұм 34 жұр 1 жәб 1 жән 286 жәр 4 жөн 28 зад 4 зае 2 зай 8 "
        "зак 153 зал 22 зам 156 зан 247 зап 4 зар 14 зас 4 зат 2 зау 2 зац 2 зақ 153 заң 239 "
        "зба 2 збе 6 зга 7 зге 158 зги 9 згы 2 згі 11 зда 22 зде 166 зди 39 зды 22 зді 43 зе_ 2 "
        "зег 104 зед 28 зей 4 зек 34 зен 13 зер 4 зет 8 зең 5 зи_ 18 зив 2 зид 290 зил 32 зим 60 "
        "зин 69 зип 1 зир 12 зия 2 зка 1 зм_ 8 зме 236 зму 1 змұ 1 зол 2 зом 8 зон 2 зор 8 "
        "зу_ 18 зуг 6 зуд 12 зуи 1 зур 2 зуш 6 зуі 1 зуғ 2 зшы 2 зы_ 22 зыг 1 зык 1 зыл 22 "
        "зым 24 зын 2 зыр 22 зыс 2 зығ 1 зық 1 зі_ 20 зіл 34 зім 60 зін 71 зіп 1 зір 14 зға 7 "
        "зғы 2 зқа 1 иаг 2 иал 2 иац 2 ибе 4 иби 22 иве 4 ивт 34 ига 3 иге 6 иги 125 игр 4 игі 4 "
        "ида 28 иде 294 иди 1 иды 12 ие_ 10 иег 4 иеж 2 иел 6 ием 4 иен 4 иес 6 иет 18 иже 10 "
        "из_ 35 иза 2 изб 3 изг 10 изд 54 изе 15 изи 50 изм 8 изо 2 изу 17 ии_ 1 иим 1 иис 53 "
        "ик_ 231 ика 780 ике 10 икк 4 икп 2 икс 1 икт 106 ил_ 22 илг 29 илд 63 иле 226 или 216 "
        "илл 2 илм 19 илс 1 илу 11 иль 4 илі 17 им_ 56 има 8 имг 17 имд 57 име 98 ими 64 имн 27 "
        "имс 6 имш 17 имы 4 имі 1 ин_ 670 ина 39 инб 1 инв 2 инг 10 инд 199 ине 170 ини 259 "
        "инк 2 ино 2 инс 15 инт 5 ину 4 инф 2 инц 14 инш 30 инә 1 иол 2 ион 6 иот 2 ип_ 32 ипа 4 "
        "ипе 4 ипи 1 ипк 7 ипл 8 ипо 4 ипп 13 ипс 15 ипт 19 ипі 1 ир_ 51 ира 5 ирг 7 ирд 14 "
        "ире 24 ири 50 ирк 5 ирл 41 ирм 4 ирн 3 ирс 1 ирт 6 иру 20 иры 6 ис_ 67 исе 2 иси 72 "
        "иск 11 исп 7 исс 36 ист 133 ису 6 ит_ 5 ита 6 ите 32 ити 8 итк 2 ито 14 итп 1 итр 2 "
        "итс 1 итт 6 иту 399 итш 1 иты 2 ифи 4 ифр 2 ифт 2 их_ 2 иха 44 ихи 4 ихо 4 ихы 2 ице 2 "
        "ици 22 иш_ 7 иши 36 ишк 5 ишт 6 иын 8 иыр 6 июг 1 июғ 1 ия_ 66 ияа 2 ияг 15 ияд 50 "
        "ияк 1 иял 308 иям 14 иян 52 ияс 100 ияғ 15 ияқ 1 иі_ 1 иім 1 иіс 53 иға 3 иғи 1 иһа 1 "
        "йак 1 йақ 1 йби 4 йбі 6 йга 7 йге 8 йда 94 йде 6 йди 34 йды 242 йді 36 йе_ 2 йек 2 "
        "йел 8 йес 14 йи_ 2 йин 36 йка 4 йке 62 йкы 10 йла 226 йле 14 йли 3 йлы 6 йлі 3 йме 4 "
        "ймы 6 йна 14 йне 4 йре 4 йси 1 йсы 6 йсі 1 йта 38 йте 4 йти 18 йтк 1 йто 2 йтт 2 йту 10 "
        "йты 30 йті 18 йтқ 1 йша 2 йшы 12 йы_ 16 йыб 2 йыз 6 йык 4 йыл 24 йым 72 йын 246 йып 28 "
        "йыр 38 йыс 4 йық 4 йі_ 2 йін 36 йға 7 йқа 4 йқы 10 ка_ 351 каб 90 каг 3 кад 20 каж 11 "
        "каз 159 кай 37 кал 125 кам 38 кан 198 кар 167 кас 277 кат 50 кау 36 кац 2 каш 1 кағ 2 "
        "ква 2 ке_ 150 кег 2 кед 8 кез 118 кей 34 кел 206 кем 50 кен 114 кеп 42 кер 84 кес 62 "
        "кет 242 кеу 6 кеш 22 кең 28 кза 2 ки_ 32 киг 1 кид 5 киз 24 кил 113 ким 141 кин 58 "
        "кир 15 кис 5 кит 22 киш 2 киы 4 кию 1 кка 16 кке 22 кла 2 кли 2 кль 2 клю 2 коб 5 "
        "ког 24 коз 43 кой 12 кок 3 кол 76 ком 87 кон 428 коп 34 кор 80 кос 19 кот 4 коф 2 кош 8 "
        "кою 8 коя 11 кпа 9 кпе 7 кра 8 кру 6 кс_ 6 кса 20 ксе 10 кси 1 ксп 2 кст 149 ксы 5 "
        "ксі 1 кт_ 4 кта 196 кте 176 кти 120 кто 6 ктр 2 кты 85 кті 118 ку_ 7 куа 1 куд 5 куж 2 "
        "куз 13 куй 3 кук 135 кул 9 кум 1 кун 33 куп 5 кур 97 кут 4 куш 56 куә 1 кха 1 кци 32 "
        "кша 8 кше 12 кы_ 19 кыг 51 кыд 1 кыз 122 кык 80 кыл 82 кым 4 кын 30 кып 3 кыр 16 кыс 11 "
        "кыт 12 кыш 2 кі_ 32 кід 1 кіз 24 кіл 115 кім 141 кін 60 кір 15 кіс 5 кіт 22 кіш 2 күд 2 "
        "күз 2 күй 3 күм 1 күн 32 күр 2 күт 4 күш 55 кәм 2 кәс 17 көб 5 көз 39 көк 3 көл 3 "
        "көм 13 көн 2 көп 34 көр 22 көт 4 көш 8 ла_ 54 лаб 2 лаг 4 лад 236 лай 40 лак 4 лал 40 "
        "лам 300 лан 146 лап 30 лар 676 лас 30 лат 212 лау 150 лаш 2 лағ 4 лақ 4 лаң 2 лба 4 "
        "лга 113 лге 164 лги 65 лгы 21 лгі 71 лда 300 лде 44 лди 60 лды 96 лді 66 ле_ 24 лег 24 "
        "лед 130 лез 2 лей 46 лек 216 лел 76 лем 12 лен 138 лер 290 лес 70 лет 180 леу 56 леф 4 "
        "лея 4 лжа 4 лже 8 ли_ 26 лиг 41 лиз 2 лик 869 лил 1 лим 32 лин 9 лио 2 лип 2 лис 99 "
        "лиф 2 лих 40 лиц 6 лиш 1 лка 4 лке 2 лки 4 лкы 18 лкі 4 лл_ 2 лли 2 лля 2 лма 102 "
        "лме 68 лмы 52 лог 12 лом 8 лон 1 лор 4 лос 2 лпы 94 лса 6 лсе 2 лси 8 лсы 4 лсі 8 лта 8 "
        "лти 11 лтк 2 лто 8 лтт 28 лту 1 лты 10 лті 11 лтқ 2 лтү 1 лу_ 24 луа 2 луг 51 луд 14 "
        "луи 10 луш 8 луы 102 луі 10 луғ 33 лша 2 лше 6 лшы 2 лы_ 226 лыг 22 лык 360 лыл 30 "
        "лым 26 лын 40 лып 128 лыс 60 лыт 2 лығ 22 лық 360 ль_ 2 льд 6 льм 2 льт 12 люз 2 лют 2 "
        "лят 2 ляц 4 лі_ 28 ліг 43 лік 137 ліл 1 лім 30 лін 9 ліп 2 ліс 95 ліш 1 лға 113 лғы 21 "
        "лқа 4 лқы 18 лөн 1 ма_ 18 маг 49 мад 12 маж 43 маз 2 май 76 мак 46 мал 39 мам 12 ман 54 "
        "мар 9 мас 148 мат 198 мау 30 маш 24 мағ 47 мақ 46 маң 16 мба 4 мбл 4 мбы 8 мга 11 "
        "мге 34 мда 138 мде 104 мди 12 мды 66 мді 12 ме_ 6 мег 14 мед 20 мез 8 мей 54 мек 38 "
        "мел 22 мем 204 мен 1015 мер 122 мес 176 мет 406 меу 16 мең 3 ми_ 49 миг 4 миз 10 мик 20 "
        "мил 2 мим 11 мин 158 мир 11 мис 35 мит 27 мия 2 мки 31 мко 6 мкі 31 мле 204 мме 8 мму 2 "
        "мна 4 мни 26 мны 40 мні 26 моб 4 мог 2 мой 6 мок 8 мол 3 мон 4 мот 6 мпа 2 мпе 2 мпи 2 "
        "мпь 2 мси 9 мст 2 мсы 8 мсі 9 мта 40 мти 6 мты 4 му_ 4 муг 5 муд 10 мук 2 мул 8 мум 31 "
        "мун 10 мур 4 муш 28 мха 2 мша 16 мши 17 мшы 6 мші 17 мы_ 14 мыз 22 мыл 4 мын 33 мып 2 "
        "мыр 10 мыс 128 мыт 6 мың 1 мье 48 мі_ 25 міз 10 мім 11 мін 98 мір 11 міс 1 міт 1 мға 11 "
        "мқо 6 мүг 2 мүд 10 мүл 8 мүм 31 мүш 28 мұн 8 мұр 4 мұғ 3 мұқ 2 мәд 4 мәж 85 мәл 5 мән 2 "
        "мәр 5 мәс 78 мөл 3 на_ 411 наг 7 над 80 наз 2 най 7 нак 3 нал 60 нам 16 нан 124 нар 7 "
        "нас 28 нат 109 нау 32 нац 2 наш 4 нағ 3 нақ 3 нба 27 нбе 14 нби 3 нбы 1 нбі 3 нве 2 "
        "нга 87 нге 117 нги 34 нгт 2 нгы 10 нгі 33 нда 750 нде 430 нди 47 нду 42 нды 198 нді 20 "
        "не_ 806 нег 74 нед 34 ней 1 нек 2 нем 136 нен 110 нер 10 нес 33 нет 28 неу 2 неш 6 "
        "нзу 2 ни_ 33 нив 4 ние 14 низ 4 ник 3 нил 2 ним 10 нин 237 нип 6 нир 2 нис 65 нит 4 "
        "ниш 12 ния 2 нк_ 4 нки 2 нкл 2 нко 1 нкт 4 нку 2 нкц 10 нкі 2 нкө 1 нме 39 нна 18 "
        "нне 34 нни 5 нны 25 нні 5 ном 20 ноп 4 нор 42 нос 2 нса 22 нсе 4 нси 9 нст 396 нсу 12 "
        "нсы 7 нсі 9 нт_ 216 нта 5 нте 4 нти 123 нтк 12 нтт 124 нту 2 нты 6 нті 127 ну_ 28 нуа 2 "
        "нуг 27 нуд 6 нуи 2 нук 6 нум 2 нуы 20 нуі 2 нуғ 23 нфе 6 нфл 2 нци 18 нша 146 нше 28 "
        "нши 34 ншы 2 нші 34 ны_ 90 ныг 2 ныз 16 нык 5 ныл 72 ным 26 нын 647 нып 20 ныр 1 ныс 80 "
        "ныт 2 ныш 2 нығ 2 нық 5 ның 508 ні_ 15 нік 3 нім 10 нін 35 ніп 5 ніс 5 ніш 16 нің 202 "
        "нға 65 нғы 4 нұқ 6 нәл 5 нәс 4 нәт 5 оар 2 оба 34 обе 1 оби 8 обл 16 обу 2 объ 2 обы 2 "
        "ог_ 2 ога 92 оги 8 огр 2 огт 2 огы 5 ода 18 оду 2 ожд 4 оз_ 44 оза 1 озг 77 озд 49 "
        "озе 4 ози 66 озк 1 озы 6 озі 3 озғ 3 ойг 3 ойд 4 ойл 5 ойн 4 ойы 184 ойғ 3 ок_ 12 ока 2 "
        "окз 2 оки 99 око 2 окп 1 окр 14 окс 5 окт 27 оку 41 окы 9 окі 1 ол_ 137 ола 188 олб 4 "
        "олг 19 олд 96 оле 16 олж 12 оли 33 олм 52 оло 11 олс 8 олт 2 олу 21 олш 3 олы 104 олю 2 "
        "оля 2 олғ 19 олө 1 ома 12 омб 8 оме 21 оми 89 омм 10 омо 2 омп 4 омс 2 он_ 31 она 7 "
        "онг 7 онд 87 оне 2 они 31 онк 2 онм 2 онн 2 оно 22 онс 400 онф 6 оны 133 оп_ 6 опа 4 "
        "опе 2 опо 4 опт 13 опш 27 ор_ 6 ора 62 орг 144 орд 6 оре 11 ори 3 орл 50 орм 49 орн 30 "
        "орс 17 орт 50 орц 2 орш 2 оры 100 орғ 30 ос_ 4 оса 52 оси 3 оск 1 осп 23 ост 75 осы 70 "
        "осқ 1 от_ 128 ота 6 отб 20 оте 15 оти 16 отк 33 отп 1 отт 100 оту 1 оты 126 оті 2 отқ 6 "
        "офе 4 оце 2 очт 2 оше 4 оши 1 ошп 1 ошт 1 ошу 1 ою_ 6 оюг 2 оюы 12 оюғ 2 ояд 24 оят 2 "
        "оға 92 оғы 5 оқ_ 12 оқи 5 оқп 1 оқс 5 оқт 26 оқу 9 оқы 9 оң_ 3 оңа 1 оңы 1 оңғ 5 па_ 2 "
        "паг 7 пад 2 пай 42 пак 3 пал 170 пан 15 пар 326 пас 6 пат 8 пау 4 пац 4 пағ 7 пақ 1 "
        "пе_ 6 пед 2 пей 4 пек 2 пел 8 пен 100 пер 4 пеу 12 пил 15 пин 1 пио 2 пир 1 пис 2 "
        "пия 10 пка 5 пке 34 пки 3 пкі 3 пло 8 под 2 пой 4 пол 8 пор 12 пот 2 поч 2 ппа 2 ппе 26 "
        "ппу 1 ппұ 1 пра 4 пре 338 при 14 про 40 пса 2 пси 19 псы 8 псі 17 пта 66 пте 76 пти 10 "
        "пты 42 пті 10 пуб 738 пул 1 пун 2 пут 198 пха 4 пши 28 пшы 4 пші 28 пы_ 74 пыг 5 пым 2 "
        "пын 4 пыс 6 пыу 1 пығ 5 пыұ 1 пью 2 піл 15 пін 1 пір 1 піс 2 пқа 5 пұл 1 пән 1 ра_ 26 "
        "раб 2 раг 59 рад 140 раж 8 раз 4 рай 40 рак 22 рал 214 рам 37 ран 8 рап 14 рас 31 "
        "рат 74 рау 46 раф 4 рах 2 рац 4 рағ 57 рақ 16 рбе 12 рби 13 рбі 7 рве 2 рг_ 2 рга 198 "
        "рге 68 рги 64 ргы 28 ргі 66 рда 110 рде 88 рди 94 рды 394 рді 92 ре_ 4 рег 10 ред 92 "
        "реж 32 рез 294 рей 2 рек 44 рел 20 рем 52 рен 45 рео 2 реп 2 рес 768 рет 120 реу 10 "
        "реф 40 рец 2 рең 1 ржы 12 рзи 53 рзі 53 ри_ 103 риа 2 риг 6 риз 5 рик 2 рил 51 рим 6 "
        "рин 153 рио 2 рип 2 рис 19 риф 2 рих 9 рия 24 рка 5 рке 10 рки 34 рку 3 ркы 20 ркі 36 "
        "ркү 1 ркә 1 рла 324 рле 116 рли 20 рлы 74 рлі 20 рма 132 рме 66 рна 24 рне 10 рны 26 "
        "род 2 рой 6 рок 32 рол 1 ром 2 рон 2 роп 2 рор 26 роф 2 роц 2 рпа 2 рро 2 рса 2 рсе 46 "
        "рси 5 рст 6 рсы 36 рсі 1 рт_ 12 рта 40 рте 18 рти 79 ртк 8 ртп 2 ртс 2 ртт 56 рту 38 "
        "ртф 2 ртш 2 рты 38 рті 53 ртқ 4 ртұ 4 ру_ 172 руг 86 руд 28 руе 2 руи 6 рук 1 рул 40 "
        "рум 10 рур 2 рус 2 рух 2 руш 44 руы 10 руі 6 руғ 32 рци 10 рши 12 рші 12 ры_ 378 рыз 16 "
        "рык 3 рыл 134 рым 30 рын 576 рып 44 рыс 48 рыт 38 рыш 2 рық 3 рың 6 рі_ 93 ріг 6 різ 1 "
        "рік 4 ріл 51 рім 6 рін 144 ріп 2 ріс 17 ріх 1 рің 1 рға 84 рғы 28 рқа 4 рқы 20 рұқ 1 "
        "рәм 3 рәс 5 рөл 1 са_ 42 саб 2 саг 12 сад 6 сай 226 сак 28 сал 74 сам 4 сан 124 сап 2 "
        "сар 6 сас 2 сат 79 сау 59 сая 42 сағ 12 сақ 28 саң 2 се_ 178 себ 16 сег 10 сед 10 сез 2 "
        "сек 8 сел 100 сем 2 сен 116 сеп 62 сер 20 сес 26 сет 38 сеу 2 си_ 57 сие 12 сиз 51 "
        "сик 3 сил 9 сим 25 син 70 сип 23 сир 10 сис 1 сит 7 сих 6 сия 66 ска 79 ске 86 ски 1 "
        "скі 1 сли 40 сма 2 сми 16 сог 13 сод 4 соз 11 сой 3 сок 1 сол 14 сон 79 сор 2 сос 5 "
        "сот 270 соғ 13 соқ 1 соң 7 спа 42 спе 20 спи 1 спо 6 спу 738 спі 1 сса 6 ссе 2 сси 66 "
        "ссо 3 ссы 2 ссө 1 ста 650 ств 2 сте 82 сти 468 сто 2 стр 64 сту 5 сты 186 сті 66 стү 1 "
        "су_ 16 суа 2 суб 8 суг 16 суд 64 суи 4 сул 12 сум 2 сур 10 сут 1 суш 18 суы 14 суі 4 "
        "суғ 8 сши 2 сшы 40 сші 2 сы_ 292 сыб 2 сыг 1 сыз 74 сый 6 сык 3 сыл 30 сым 94 сын 574 "
        "сып 4 сыр 144 сыс 6 сығ 1 сық 3 сі_ 29 сіз 53 сік 1 сіл 9 сім 25 сін 72 сіп 17 сір 6 "
        "сіс 1 сіт 3 сқа 79 сүр 3 сүт 1 сұр 3 сұғ 4 сәй 36 сәр 2 сәт 3 сәу 1 сөз 5 сөй 3 сөс 1 "
        "та_ 88 таб 44 таг 49 тад 62 таж 6 таз 2 тай 32 так 9 тал 286 там 84 тан 509 тап 70 "
        "тар 840 тас 86 тат 274 тау 55 тац 10 тағ 49 тақ 7 таң 7 тба 20 тво 2 те_ 62 теа 2 теб 8 "
        "тег 28 тед 44 теж 2 тез 2 тей 22 тек 28 тел 84 тем 20 тен 125 теп 36 тер 350 тес 6 "
        "тет 42 теу 28 тех 2 тең 19 ти_ 234 тиб 22 тив 32 тиг 59 тид 6 тие 4 тиж 10 тиз 6 тии 54 "
        "тик 172 тил 66 тим 6 тин 300 тип 33 тир 26 тис 7 тит 394 тиф 2 тия 46 тиі 54 тка 57 "
        "тке 102 тки 28 ткы 16 ткі 28 тоб 4 той 2 ток 31 тол 60 том 10 тон 4 топ 10 тор 97 тос 2 "
        "тот 7 тоқ 31 тпа 6 тпе 14 тпи 1 тпі 1 тр_ 12 тра 4 трд 14 тре 2 три 11 трл 12 трм 6 "
        "тро 2 трі 9 тсе 2 тси 3 тсы 2 тсі 3 тта 380 тте 238 тти 270 тты 198 тті 280 ту_ 64 "
        "туб 4 туг 41 туд 30 туж 2 туз 1 туи 5 тул 21 тум 5 тун 1 туп 3 тур 193 тус 20 тут 29 "
        "туц 386 туш 12 туы 8 туі 5 туғ 19 тфо 2 тша 8 тши 5 тшы 2 тші 7 ты_ 208 тыг 26 тыз 6 "
        "тый 10 тык 88 тыл 68 тым 8 тын 342 тып 12 тыр 184 тыс 108 тығ 22 тық 88 тың 78 ті_ 238 "
        "тіб 22 тіг 57 тід 2 тіз 4 тік 158 тіл 68 тім 6 тін 221 тіп 31 тір 28 тіс 3 тің 91 "
        "тқа 57 тқы 16 түб 2 түз 1 түл 1 түп 3 түр 14 түс 16 тұж 2 тұл 6 тұм 1 тұр 51 тұс 2 "
        "тұт 23 тұң 1 тәр 60 тәс 4 тәу 11 төл 10 төм 8 төн 4 төр 71 төт 7 уа_ 4 уаг 1 уаз 22 "
        "уак 9 уан 2 уап 50 уар 4 уақ 7 уба 1 убе 4 убл 738 убъ 8 уга 163 уге 154 уги 10 угт 2 "
        "угы 13 угі 2 уда 36 удд 10 уде 6 уди 33 уды 74 удь 54 уді 19 уел 22 уен 2 ужа 2 ужы 4 "
        "уз_ 1 уза 5 узб 1 узе 52 узи 1 узу 5 узы 14 узі 1 уи_ 29 уил 1 уин 10 уип 15 уир 2 "
        "уй_ 2 уйг 6 уйд 3 уйе 9 уйи 2 уйл 4 уйм 2 уйр 1 уйы 32 ука 5 уки 76 укс 8 укт 17 уку 1 "
        "укы 136 укі 1 ул_ 25 ула 38 улг 9 улд 6 уле 12 ули 7 улк 5 улт 17 улы 83 уль 12 улі 3 "
        "ум_ 12 ума 80 умг 8 умд 8 уме 48 уми 1 умк 31 умн 2 умы 38 умғ 8 ун_ 4 уна 4 унг 1 "
        "унд 9 уни 13 унк 9 унн 19 уны 2 уні 1 упи 4 упк 3 упт 1 ур_ 1 ура 193 ург 50 урд 11 "
        "уре 2 ури 6 урл 3 урм 6 урн 4 уро 24 урп 1 урс 6 урт 1 уру 20 уры 55 ус_ 1 усе 3 уси 4 "
        "уск 1 усп 1 уст 25 усу 6 усы 88 усі 2 ут_ 1 ута 211 ути 3 утк 9 утт 5 уты 3 уха 2 "
        "уци 386 уча 2 уш_ 9 уше 30 уши 84 ушк 1 ушт 23 ушы 107 уші 5 уы_ 98 уыз 2 уык 3 уыл 18 "
        "уым 22 уын 110 уып 2 уыр 18 уыс 66 уыт 2 уыш 2 уық 3 уі_ 27 уіл 1 уін 9 уіп 17 уір 2 "
        "уің 1 уға 160 уғы 4 уқа 3 уқұ 1 уәг 1 уәк 16 фе_ 2 фел 2 фер 44 фес 4 фик 2 фил 2 фин 2 "
        "фия 2 фля 2 фон 6 фор 2 фра 2 фрл 2 фти 1 фті 1 фун 6 хаб 14 хаз 1 хак 19 хал 94 хан 12 "
        "хат 44 хақ 19 хи_ 4 хир 2 хме 2 хни 2 хол 4 хын 2 це_ 2 цен 4 цеп 2 цие 4 цин 18 цио 2 "
        "цип 14 циф 2 ция 462 час 2 чем 2 чта 2 ша_ 170 шаг 12 шад 4 шак 15 шал 8 шам 4 шан 4 "
        "шар 64 шас 10 шағ 12 шақ 15 шби 1 шбі 1 ше_ 60 шег 10 шед 18 шей 4 шек 34 шел 36 шен 6 "
        "шер 10 шес 22 шет 18 шеш 100 ши_ 42 шиг 1 шик 17 шил 64 шим 33 шин 97 шип 2 шир 2 шис 1 "
        "шка 2 шке 4 шки 19 шкы 1 шкі 19 шпе 2 шта 2 ште 58 шти 3 шті 3 шу_ 18 шуг 3 шуи 1 шуі 1 "
        "шы_ 82 шыг 33 шык 7 шыл 108 шын 4 шыр 2 шыс 10 шығ 33 шық 7 ші_ 42 шіг 1 шік 17 шіл 66 "
        "шім 33 шін 97 шіп 2 шір 2 шіс 1 шқа 2 шқы 1 шұғ 3 ъек 10 ыба 2 ыбы 2 ыга 39 ыге 4 ыгу 2 "
        "ыгы 106 ыды 2 ыз_ 94 ыза 2 ызг 5 ызд 36 ызм 236 ызу 2 ызы 30 ызғ 5 ыйа 2 ыйы 14 ык_ 420 "
        "ыка 19 ыкк 13 ыкп 3 ыкс 1 ыкт 167 ыл_ 64 ыла 272 ылг 60 ылд 198 ылм 72 ылу 78 ылы 274 "
        "ылғ 60 ым_ 28 ыма 4 ымб 4 ымг 1 ымд 112 ыме 148 ыми 8 ымн 12 ымш 20 ымы 18 ымғ 1 "
        "ын_ 1322 ына 457 ынб 10 ынг 26 ынд 421 ынс 4 ынт 2 ыну 20 ынш 144 ыны 677 ынғ 20 "
        "ып_ 212 ыпп 2 ыпт 32 ыр_ 38 ыра 76 ырг 3 ырд 14 ыре 22 ырк 2 ырл 2 ырм 8 ыро 6 ырт 12 "
        "ыру 150 ыры 162 ырғ 3 ыс_ 148 ыса 14 ыск 26 ысп 10 ысс 4 ыст 160 ысу 42 ысы 144 ысқ 26 "
        "ыт_ 4 ыта 2 ытт 12 ыту 16 ытш 8 ыты 44 ыул 1 ыш_ 8 ыша 2 ышы 2 ыға 39 ығу 2 ығы 106 "
        "ық_ 420 ықа 19 ықп 3 ықс 1 ықт 167 ыққ 13 ың_ 728 ыңа 1 ыңд 9 ыңы 1 ыңғ 6 ыұл 1 ьди 2 "
        "ьдш 2 ьді 2 ьер 48 ьм_ 2 ьта 12 ьют 2 ья_ 4 ьяд 2 ьял 32 ьян 6 ьяс 10 эко 22 экс 10 "
        "эле 2 эне 2 юга 3 юдж 30 юзи 2 юте 2 ютт 2 юы_ 4 юын 8 юға 3 яар 2 яга 15 яда 52 яды 24 "
        "якт 6 яла 106 ялы 234 яме 14 ян_ 2 яна 2 янд 16 яны 54 ярл 2 яса 14 яси 28 ясы 114 "
        "ято 2 ятт 6 яты 2 яу_ 2 яци 4 яға 15 яқт 6 ібе 4 ібі 22 іге 6 ігі 126 іде 2 іді 1 "
        "із_ 37 ізб 3 ізг 12 ізд 58 ізе 15 ізу 17 ізі 50 ік_ 243 іке 10 ікк 4 ікп 2 ікс 1 "
        "ікт 110 іл_ 24 ілг 31 ілд 69 іле 228 ілм 19 ілс 1 ілу 11 ілі 203 ім_ 54 імг 17 імд 57 "
        "іме 98 імн 25 імс 6 імш 17 імі 65 ін_ 343 іна 1 інб 1 інг 6 інд 203 іне 168 іни 10 "
        "інс 9 інт 1 іну 4 інш 30 іні 200 інә 5 іп_ 32 іпк 7 іпо 2 іпп 13 іпс 17 іпт 7 ір_ 51 "
        "іра 5 ірг 9 ірд 14 іре 24 ірк 5 ірл 43 ірм 4 ірн 3 ірс 1 ірт 8 іру 18 іры 6 ірі 52 "
        "іс_ 67 ісе 2 іск 11 ісп 7 ісс 2 іст 61 ісу 6 ісі 72 іт_ 3 іта 4 іте 4 ітк 2 ітп 1 ітс 1 "
        "ітт 4 іту 7 ітш 3 іті 6 іха 1 іш_ 7 ішк 5 ішт 10 іші 36 ің_ 347 іңі 3 ға_ 289 ғад 8 "
        "ғай 46 ғал 34 ғам 26 ған 257 ғар 74 ғас 38 ғат 6 ғау 20 ғаш 1 ғақ 2 ғда 63 ғды 1 ғи_ 1 "
        "ғид 1 ғим 1 ғу_ 2 ғуд 1 ғуш 1 ғы_ 149 ғыз 4 ғыл 20 ғым 10 ғын 108 ғыс 7 ғыт 6 ғыш 1 "
        "қа_ 71 қаб 88 қад 6 қаж 11 қаз 159 қай 37 қал 37 қам 34 қан 33 қар 165 қас 8 қат 48 "
        "қау 36 қаш 1 қағ 1 қаң 3 қид 4 қим 2 қиы 4 қию 1 қиғ 1 қоз 4 қой 12 қол 71 қор 58 "
        "қос 19 қою 8 қоя 11 қоғ 24 қпа 9 қпе 1 қса 20 қст 147 қсы 5 қта 192 қты 85 қу_ 7 қуд 3 "
        "қул 1 қуш 1 қха 1 қша 8 қы_ 19 қыд 1 қыз 122 қыл 82 қым 4 қын 30 қып 3 қыр 16 қыс 11 "
        "қыт 12 қыш 2 қығ 51 қық 80 ққа 16 құж 2 құз 11 құл 6 құн 1 құп 5 құр 61 құқ 135 ңа_ 11 "
        "ңад 4 ңай 3 ңал 1 ңар 1 ңба 1 ңбе 10 ңбы 1 ңге 5 ңгі 1 ңда 94 ңде 2 ңды 30 ңді 3 ңей 1 "
        "ңер 2 ңес 25 ңме 37 ңна 4 ңны 7 ңсе 4 ңсы 3 ңта 3 ңыз 16 ңым 16 ңын 3 ңыр 1 ңіз 4 ңіл 2 "
        "ңін 4 ңіп 1 ңір 2 ңға 22 ңғы 6 үбе 2 үге 2 үгі 8 үдд 10 үді 2 үз_ 1 үзе 52 үзі 2 үй_ 2 "
        "үйг 4 үйд 3 үйе 9 үйл 4 үйм 2 үйр 1 үйі 2 үкт 13 үкі 77 үлг 1 үлд 1 үлк 5 үлі 4 үмк 31 "
        "үмі 1 үмә 1 үн_ 4 үнд 3 үни 3 үнк 1 үнн 19 үні 5 үпк 3 үр_ 1 үрг 26 үрд 11 үре 2 үрл 3 "
        "үру 2 үрі 4 үсе 3 үск 1 үст 6 үсу 6 үсі 4 үт_ 1 үтт 1 үті 3 үш_ 9 үше 30 үшт 22 үші 79 "
        "ұба 1 ұжа 2 ұжы 4 ұза 5 ұзб 1 ұзу 5 ұзы 14 ұйы 32 ұйғ 2 ұл_ 25 ұла 2 ұлд 5 ұлт 17 ұлы 1 "
        "ұлғ 8 ұма 1 ұмы 34 ұна 2 ұнд 6 ұны 2 ұпи 4 ұпт 1 ұра 57 ұрм 6 ұрп 1 ұрт 1 ұру 12 ұры 43 "
        "ұрғ 22 ұс_ 1 ұсп 1 ұст 11 ұсы 34 ұта 13 ұты 1 ұтқ 9 ұшт 1 ұшы 1 ұшқ 1 ұға 3 ұғы 9 ұқа 2 "
        "ұқс 8 ұқт 2 ұқы 136 ұңғ 1 һаз 1 әбі 1 әге 1 әде 7 әді 3 әжб 1 әже 2 әжи 21 әжі 63 әзі 8 "
        "әйе 4 әйк 36 әке 14 әки 19 әкі 42 әле 18 әли 1 әлі 12 әме 2 әмі 3 ән_ 1 әнд 1 әне 286 "
        "әні 1 әр_ 12 әрб 11 әрд 5 әре 9 әрк 22 әрс 2 әрт 64 әрі 24 әрқ 3 әсе 56 әси 4 әск 8 "
        "әсл 24 әст 1 әсі 30 әти 5 әтт 3 әуе 14 әуі 2 әңг 1 өбе 1 өбі 4 өз_ 44 өза 1 өзг 74 "
        "өзд 47 өзе 4 өзі 69 өзқ 1 өйл 3 өкт 1 өкі 95 өкө 2 өл_ 1 өле 16 өлу 1 өлш 3 өлі 25 "
        "өме 21 өмі 11 өнг 2 өнд 3 өне 2 өні 29 өп_ 6 өпт 1 өпш 27 өра 54 өре 11 өрм 1 өрс 17 "
        "өрт 8 өрш 2 өрі 1 өсп 1 өст 3 өсі 1 өте 13 өтк 27 өтп 1 өту 1 өті 14 өше 4 өшп 1 өшт 1 "
        "өшу 1 өші 1 өңі 2 ";
}
std::string_view profile_ru_endings() {
    return
        "__а 19 __в 126 __и 138 __к 20 __о 32 __с 43 __у 2 __я 5 _бы 1 _во 10 _вы 1 _до 7 _ее 3 "
        "_же 2 _за 37 _из 18 _им 1 _их 21 _ко 1 _мы 13 _на 85 _не 54 _ни 2 _но 7 _он 5 _от 12 "
        "_по 35 _со 4 _то 3 _ты 1 ава 6 аве 4 аво 4 аги 1 ада 2 аде 1 аду 1 аев 2 ает 38 ажи 1 "
        "аза 1 азу 1 ака 1 аки 2 ако 5 аку 2 ала 5 але 1 али 16 ало 2 алу 1 алы 1 аль 1 ами 27 "
        "амм 1 ана 3 ане 7 анк 1 ано 4 ану 2 аны 6 ары 1 аря 2 аса 1 асс 1 аст 1 асы 1 ась 6 "
        "ата 5 ате 4 ати 5 атр 1 аты 8 ать 34 афе 1 афы 2 аха 2 ача 1 аче 1 ачи 1 ачу 2 аша 1 "
        "ают 21 аях 2 бая 1 без 14 бие 1 бит 2 бия 3 бое 1 бои 1 бор 1 бые 1 был 4 вал 4 вам 4 "
        "вас 2 ват 1 вах 3 вая 2 вел 1 вен 1 вет 2 вие 7 вии 2 вий 2 вил 2 вия 5 вка 3 вке 1 "
        "вки 1 вку 3 вле 1 влю 1 вне 2 вно 1 вню 1 вод 1 вое 4 вой 9 вом 2 вор 1 вою 2 воя 1 "
        "все 7 вут 1 вух 2 вые 9 вый 1 вым 1 вых 2 вью 1 вья 7 гам 2 ган 1 гда 10 где 3 геи 1 "
        "гие 6 гии 1 гих 2 гли 4 год 2 гом 3 гут 10 дал 2 дан 3 дах 3 два 4 две 3 дей 7 дел 5 "
        "дем 2 дет 5 дии 1 дил 1 дим 2 дит 3 дия 2 дка 1 дке 2 дко 7 для 18 дни 1 дно 6 дня 4 "
        "дов 4 дое 1 док 2 дом 5 дра 1 дут 1 дую 1 дые 1 дый 1 дым 1 дьи 1 дям 3 ебе 2 ебя 1 "
        "его 21 егу 1 еда 1 еди 5 едь 2 еем 2 еет 2 ежи 1 ежь 1 еза 1 езд 2 ека 6 еке 2 еки 2 "
        "екс 2 ект 4 еку 1 ела 1 ели 9 ело 2 елу 1 ель 3 еля 3 еме 1 ему 12 емы 1 емя 10 ена 7 "
        "ени 5 ено 5 ент 5 ену 1 ены 18 ень 8 ера 2 ере 1 ери 1 еру 1 еры 4 ерь 1 еса 1 ест 3 "
        "есь 1 ета 10 ете 1 ети 4 ету 1 еты 2 еть 4 еще 1 еют 4 жат 2 жбы 1 жду 4 ждь 1 жей 2 "
        "жек 2 жен 1 жет 5 жит 2 жка 1 жки 1 жно 12 жны 3 зав 1 зал 2 зве 1 зда 1 зее 1 зже 1 "
        "зил 1 зку 1 зма 1 змы 1 зни 3 знь 1 зов 2 зом 1 зор 1 зык 4 ибо 1 ибы 1 ива 1 иво 1 "
        "ивы 1 иги 2 игл 1 игу 1 иде 1 ией 3 ием 16 иже 3 изм 1 изу 1 ика 9 ике 7 ики 13 ику 3 "
        "ила 5 или 12 ило 7 илу 1 илы 2 ими 5 имо 4 имы 1 ина 1 ине 2 ину 1 ины 3 иод 2 ипы 1 "
        "ира 1 иры 1 иса 1 иси 1 ись 13 ита 1 ите 2 иты 4 ить 34 ифы 1 ица 6 ице 5 ицу 3 ицы 3 "
        "ишь 3 ища 1 иям 3 иях 11 йля 1 йне 1 йно 1 йну 1 йны 1 йся 1 йте 1 йти 7 каз 2 как 5 "
        "кам 4 кат 1 ках 5 кая 5 кже 3 кие 10 кий 8 ким 5 ких 6 кля 1 ков 8 кое 3 кой 9 кол 1 "
        "ком 5 кон 7 кса 1 кта 3 кте 1 кто 1 кты 3 кую 5 лад 2 лам 3 лан 1 лат 1 лах 2 лго 2 "
        "леб 2 лее 3 лей 10 лел 2 лем 1 лен 2 лет 9 лик 1 лиц 2 лию 1 лия 3 лке 1 лку 1 лоб 3 "
        "лов 1 лог 2 лой 1 лом 5 лся 6 луг 1 лые 2 лый 1 лым 1 лых 1 лье 3 льм 1 лья 4 лям 1 "
        "лят 1 ляя 1 мам 1 мей 4 мен 3 мер 4 мии 2 мир 1 мле 1 мля 2 мма 1 мму 1 ммы 3 мне 4 "
        "мно 1 мов 2 мог 1 мое 2 мой 8 мом 1 мся 4 мую 1 мые 1 мый 2 мым 1 мых 3 мье 1 мьи 2 "
        "мья 1 нал 1 нам 3 нас 1 нах 6 ная 12 нду 1 нее 4 ней 5 нес 1 нет 1 ние 67 нии 21 ний 21 "
        "ник 6 нил 1 ним 2 них 6 нию 8 ния 85 нка 2 нке 1 нки 1 нку 1 нно 14 нны 1 нов 11 ное 14 "
        "ноз 1 ной 35 нок 1 ном 17 нта 5 нте 2 нтр 1 нты 5 нут 1 ную 8 нца 1 нцы 2 ные 49 ный 22 "
        "ным 21 ных 68 нью 1 нюю 1 нял 1 обы 8 ове 1 оге 1 оги 4 ого 50 огу 1 ода 10 оде 6 оду 7 "
        "оды 12 оев 1 оей 2 оем 1 оен 1 озе 1 оит 2 оих 1 ока 3 оки 1 око 3 ола 1 оле 2 олу 2 "
        "олы 2 оль 3 олю 1 оля 1 оме 3 ому 14 она 8 оне 1 они 2 онт 2 ону 1 ора 2 оре 2 ори 1 "
        "оро 1 орт 1 ору 1 оры 3 оря 1 оса 1 осы 1 ось 4 ота 1 оту 5 оты 5 отя 2 офе 1 охо 1 "
        "очь 1 ошо 1 ощи 6 ощь 7 пал 1 пам 1 пил 1 пит 1 пия 1 пна 1 под 3 пой 1 ппа 1 при 2 "
        "пту 1 пят 1 рав 4 раз 1 рат 2 рах 5 рач 1 рее 1 рез 2 рек 1 рен 1 рех 3 рии 6 рим 1 "
        "рки 1 рме 1 рмы 1 рно 1 ров 4 род 2 рое 1 рой 1 рок 2 ром 5 рон 1 рор 1 рос 3 рсы 1 "
        "рта 2 рты 1 руд 1 рые 4 рый 2 рыл 1 рых 3 ряд 1 сал 1 сам 2 сах 2 сей 1 сел 1 сем 1 "
        "сен 1 сех 6 сие 1 сии 4 сит 4 сия 4 ска 1 ски 2 сла 1 сле 5 сли 4 сло 5 сль 1 сно 2 "
        "сов 6 сол 1 сом 2 сот 1 ссе 1 ста 5 ств 5 сте 4 сти 35 сто 4 стр 1 сту 3 сты 2 сть 15 "
        "стя 1 суд 4 сут 2 сын 1 сят 1 сяч 1 таж 1 так 1 тал 2 там 3 тах 5 тва 25 тве 4 тво 31 "
        "тву 3 тей 9 тел 1 тем 5 тер 2 тет 19 тив 2 тие 5 тии 3 тий 2 тил 1 тих 1 тию 1 тия 4 "
        "тка 1 тки 5 тку 2 тно 3 тов 16 той 2 ток 2 том 13 тор 2 тот 2 тра 3 три 1 тро 2 тры 1 "
        "тря 2 тся 82 туп 4 тут 1 тые 1 тый 1 тым 1 тых 4 тьи 3 тью 4 тья 2 тям 1 тях 1 уги 1 "
        "уда 5 уды 2 ует 16 уже 3 ули 1 ума 1 упа 2 упи 1 упп 1 ура 3 уры 2 уса 1 усы 1 уха 1 "
        "уют 5 фах 1 фии 1 фти 1 фты 1 хал 1 хие 1 ход 1 хое 1 хся 4 цам 1 цев 2 ции 29 ций 3 "
        "цию 11 ция 15 цов 1 чаи 2 чал 1 чая 3 чей 3 чем 1 чен 2 чет 8 чив 1 чие 1 чий 1 чик 1 "
        "чил 3 чих 2 чия 3 чка 1 чки 1 чно 2 чны 1 чти 5 что 35 чью 1 шая 2 шей 1 шел 2 шие 3 "
        "ший 3 шим 3 ших 3 шка 3 шке 1 шли 1 шом 2 шую 1 щая 1 щее 1 щей 5 щем 1 щие 14 щий 3 "
        "щил 1 щим 2 щин 1 щих 7 щую 2 щью 2 ыва 1 ыка 1 ыке 2 ыки 2 ыла 1 ыли 8 ыло 5 ыми 16 "
        "ыты 1 ыть 6 ыше 2 ьба 2 ьги 1 ьей 1 ьем 1 ьер 1 ьет 1 ьзя 1 ьим 1 ько 13 ьку 1 ьми 2 "
        "ьно 6 ьны 1 ься 18 ьте 1 ьцы 1 ьше 5 ьют 1 ьям 3 эти 1 это 2 эту 1 юди 8 юзы 1 яде 1 "
        "яет 8 язи 2 яла 2 яли 2 яло 1 ями 10 ямо 1 ята 2 яти 1 яты 1 ять 9 яца 1 яцы 2 ячи 4 "
        "яют 2 ";
}
std::string_view profile_kk_endings() {
    return
        "_аз 6 _ай 24 _ак 35 _ал 12 _ар 18 _ақ 35 _бе 2 _да 38 _де 104 _ел 2 _ен 10 _ең 10 _ие 8 "
        "_ис 9 _ит 2 _не 30 _оз 42 _ол 54 _он 26 _оң 2 _су 4 _те 2 _уй 2 _уш 9 _іс 9 _үй 2 _үш 9 "
        "_әр 12 _өз 42 абу 2 абы 4 ага 9 агу 1 агы 52 ада 24 адр 2 ады 516 ажы 4 айы 10 аке 1 "
        "акт 2 акы 10 ала 40 али 5 алл 2 алу 16 алы 110 аль 2 ама 10 аму 4 амы 8 ана 95 ане 234 "
        "ани 1 анк 4 ант 14 ану 18 аны 46 апы 2 ара 10 ари 14 арт 6 ару 44 ары 376 аса 22 "
        "асы 130 ата 46 атр 2 ату 22 аты 38 ауа 4 ауи 2 ауы 30 ашы 2 аяу 2 аға 9 ағу 1 ағы 52 "
        "ақы 10 аңа 11 бай 2 бап 206 бар 104 бас 32 бат 2 бек 10 бен 4 бес 32 бие 2 биз 5 бин 3 "
        "бир 42 бит 3 бос 4 бул 24 бык 1 бын 4 быр 2 бық 1 біз 7 бін 3 бір 42 біт 3 бұл 24 вти 1 "
        "вті 1 газ 2 гай 7 гак 1 гам 5 ган 190 гат 2 гау 9 гаш 1 ген 306 гер 52 геу 8 гиз 4 "
        "гил 2 гин 52 гия 2 гте 2 гыл 1 гым 1 гын 34 гыс 3 гыш 1 гіз 4 гіл 2 гін 54 дай 106 "
        "дал 4 дам 56 дан 96 дап 16 дар 88 дат 8 дау 40 дей 16 дек 2 дел 2 дем 2 ден 26 деп 80 "
        "дер 34 дет 2 деу 2 дик 38 дин 53 дир 4 дум 12 дык 34 дым 2 дын 157 дыр 2 дық 34 дың 151 "
        "дья 4 дік 42 дін 1 дір 4 дің 54 еге 112 еги 36 егі 36 еде 2 еди 167 еді 171 езе 2 ейи 1 "
        "ейі 1 ека 2 еке 40 еки 25 екі 25 еле 24 ели 6 елу 2 елі 8 еми 1 емі 1 ене 2 ени 6 "
        "ент 202 ену 4 ені 4 епе 4 ере 4 ери 79 еру 40 ері 69 есе 162 еси 18 есу 2 есі 18 ете 2 "
        "ети 33 ету 24 еті 33 еуи 5 еуі 5 еше 18 ешу 16 жай 4 жас 2 жей 2 жел 2 жем 2 жер 4 "
        "жет 20 жии 1 жим 2 жиі 1 жок 12 жол 26 жою 2 жоқ 12 жур 1 жыл 52 жүр 1 зак 4 зан 45 "
        "зар 2 зақ 4 заң 45 зга 2 зге 106 зги 5 згы 1 згі 7 зда 2 зде 32 зди 5 зды 12 зді 7 "
        "зен 2 зет 2 зим 5 зин 14 зип 1 зир 1 зуи 1 зуі 1 зык 1 зым 2 зық 1 зім 5 зін 16 зіп 1 "
        "зір 1 зға 2 зғы 1 иби 11 иге 1 иги 44 иде 1 иды 12 иет 4 изм 8 изу 9 иис 25 ика 278 "
        "или 8 име 1 ими 24 ина 4 ине 127 ини 15 ину 2 ири 7 иру 4 иси 11 ису 4 иту 3 ихи 4 "
        "ице 2 иши 2 иын 2 иян 2 иіс 25 иғи 1 йге 8 йда 64 йде 4 йди 34 йды 240 йді 36 йин 30 "
        "йли 2 йлы 4 йлі 2 йта 10 йту 2 йша 2 йшы 12 йыз 4 йык 1 йым 12 йын 10 йып 12 йық 1 "
        "йін 30 кай 5 кан 19 кез 20 кен 65 кеп 12 кес 48 кет 44 кеу 6 кең 1 кил 18 ким 11 кин 41 "
        "кка 11 кке 16 кол 23 коп 6 кою 2 кпе 2 ксы 4 кта 1 кте 4 кти 64 кты 23 кті 66 куз 1 "
        "кун 4 кше 12 кык 8 кын 3 кып 2 кыт 1 кыш 2 кіл 18 кім 11 кін 41 күз 1 күн 4 көп 6 лай 4 "
        "лак 1 лам 2 лап 16 лар 140 лас 4 лау 78 лақ 1 лга 5 лге 2 лгы 20 лда 6 лде 6 лди 19 "
        "лды 50 лді 21 лей 22 лек 10 лем 2 лер 74 лес 2 лет 4 леу 12 лик 67 лим 19 лин 2 лип 2 "
        "лис 28 лиш 1 лкы 4 лма 2 лог 2 лпы 72 лса 6 лсе 2 лты 8 луи 10 луы 56 луі 10 лшы 2 "
        "лык 285 лым 4 лып 122 лыс 8 лық 285 льм 2 лік 71 лім 19 лін 2 ліп 2 ліс 28 ліш 1 лға 5 "
        "лғы 20 лқы 4 май 10 ман 5 мат 4 мау 4 мга 11 мге 34 мда 8 мде 14 мди 7 мды 12 мді 7 "
        "мей 6 мек 6 мен 684 мес 26 мет 88 миз 2 мин 6 мир 3 мис 1 мни 1 мні 1 мша 14 мыз 18 "
        "мыл 4 мын 6 мып 2 мыс 56 міз 2 мін 6 мір 3 міс 1 мға 11 мән 1 най 3 нам 2 нан 106 нас 4 "
        "нат 56 нга 31 нге 12 нги 8 нгы 9 нгі 8 нда 259 нде 238 нди 2 нды 58 нді 2 нен 108 нес 3 "
        "низ 1 ним 3 нин 203 нип 6 нис 2 ниш 6 ния 2 нкт 2 нти 57 нті 57 нуи 2 нуы 4 нуі 2 "
        "нша 146 нше 28 нши 20 нші 20 ныз 2 нын 536 нып 10 ныс 8 ның 508 нім 3 нін 5 ніп 5 ніс 2 "
        "ніш 6 нің 202 нға 15 нғы 4 обы 2 ози 18 озі 1 ойы 6 оку 7 ола 10 оны 30 орт 4 оры 2 "
        "оса 8 осы 44 оте 4 оты 8 офе 2 ошу 1 оюы 4 оқу 7 пай 2 пал 2 пау 2 пед 2 пен 98 пис 1 "
        "пия 2 пка 5 пса 2 пта 2 пте 2 пти 5 пты 14 пті 7 пул 1 пши 1 пші 1 пыс 4 піс 1 пқа 5 "
        "пұл 1 рай 8 рак 5 рал 2 рап 4 рат 12 рау 10 раф 2 рақ 5 рга 45 рге 34 рги 4 ргы 13 "
        "ргі 4 рда 52 рде 54 рди 52 рды 116 рді 52 рек 10 рен 1 рет 6 реу 6 рең 1 ржы 4 рим 1 "
        "рин 50 рип 2 рис 1 рих 2 рия 2 ркы 1 рли 1 рлы 2 рлі 1 рма 6 рме 4 рор 4 рса 2 рсе 10 "
        "рсы 12 рта 6 рте 2 рту 4 рты 4 руи 5 руы 6 руі 5 рык 2 рым 4 рын 230 рып 44 рыс 2 рық 2 "
        "рім 1 рін 54 ріп 2 ріс 1 рға 45 рғы 13 рқы 1 сай 8 сал 2 сан 14 сат 6 сау 14 сеп 12 "
        "сиз 23 сик 1 сим 3 син 19 сип 5 сия 8 ска 41 ске 16 ски 1 скі 1 сми 16 соз 2 сол 10 "
        "сон 1 сот 128 соң 1 спа 2 сса 2 ссе 2 ста 8 сте 6 сти 23 стр 10 сты 68 сті 23 суи 2 "
        "сут 1 суі 2 сши 1 сшы 8 сші 1 сыз 62 сык 1 сын 100 сып 4 сық 1 сіз 23 сік 1 сім 3 "
        "сін 21 сіп 5 сқа 41 сүт 1 сөз 2 таж 2 тай 14 так 2 тал 2 там 2 тан 305 тап 52 тар 88 "
        "тас 6 тат 4 тау 12 тақ 2 таң 1 тез 2 тек 16 тен 109 теп 22 тер 94 тет 8 теу 6 тең 15 "
        "тик 115 тил 1 тим 1 тин 153 тип 14 тия 6 тка 14 тке 72 тки 1 ткы 4 ткі 1 тол 1 тор 2 "
        "три 3 трі 3 тсе 2 тта 12 тте 34 тти 49 тты 22 тті 49 туи 2 тус 1 туы 2 туі 2 тша 8 "
        "тши 1 тші 1 тыз 4 тык 83 тым 2 тын 175 тып 12 тыр 20 тыс 26 тық 83 тың 69 тік 119 тіл 1 "
        "тім 1 тін 66 тіп 14 тің 91 тқа 14 тқы 4 тұс 1 төл 1 уап 10 уга 159 уге 152 уги 1 угі 1 "
        "уда 10 уде 2 уди 13 уды 58 уді 13 уил 1 уин 5 уир 1 уйе 1 уйи 1 ули 3 улы 20 улі 3 "
        "уни 2 уны 2 ура 7 ург 2 уру 4 уше 1 уши 17 ушы 56 уші 1 уыз 2 уык 3 уыл 6 уын 28 уып 2 "
        "уыр 14 уыс 38 уыт 2 уыш 2 уық 3 уіл 1 уін 5 уір 1 уға 159 фия 2 фон 4 хат 16 ция 42 "
        "чта 2 шак 1 шан 2 шар 2 шақ 1 шет 6 шик 10 шим 11 шин 39 шип 2 шке 4 шки 5 шкі 5 шти 2 "
        "шті 2 шык 1 шық 1 шік 10 шіл 2 шім 11 шін 39 шіп 2 ыга 9 ыгу 1 ыгы 54 ызы 22 ыла 4 "
        "ылу 6 ылы 90 ыми 8 ымы 6 ына 312 ыну 2 ыны 2 ыра 8 ыру 74 ысу 2 ысы 62 ыту 6 ышы 2 "
        "ыға 9 ығу 1 ығы 54 ьди 1 ьді 1 ьер 46 экс 6 юга 3 юға 3 яга 15 яда 42 яды 24 яны 8 "
        "яси 28 ясы 36 яға 15 ібі 11 іге 1 ігі 45 іде 1 ізу 9 ілі 8 іме 1 імі 24 іне 127 іни 8 "
        "іну 2 іні 7 іру 4 ірі 7 ісу 4 ісі 11 іту 3 іші 2 ғай 7 ғам 5 ған 188 ғат 2 ғау 9 ғаш 1 "
        "ғақ 1 ғыл 1 ғым 1 ғын 34 ғыс 3 ғыш 1 қай 5 қан 19 қол 23 қою 2 қсы 4 қта 1 қты 23 қын 3 "
        "қып 2 қыт 1 қыш 2 қық 8 ққа 11 ңай 1 ңда 27 ңде 2 ңды 26 ңес 3 ңыз 2 ңіз 1 ңіп 1 ңға 16 "
        "ңғы 5 үйе 1 үйі 1 үні 2 үше 1 үші 16 ұны 2 ұра 1 ұру 2 әке 1 әли 1 әлі 6 әне 286 әні 1 "
        "әрі 14 өзі 19 өрт 2 өте 4 өшу 1 ";
}
// END GENERATED PROFILE
// clang-format on

}  // namespace

}  // namespace paragraf::core::language_id_detail
