#include "core/analyzer.hpp"

#include "core/kazakh_script.hpp"
#include "core/kazakh_stemmer.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace paragraf::core {

namespace {

// Words remembered per language before the stem memo starts again. An entry takes about 100
// bytes (hash node, two strings, a heap block for longer Cyrillic words), so an analyzer holds
// at most about 15 MB; an indexing run has one per worker slot (2 on 2 cores, at most 8).
constexpr std::size_t kRememberedStems = 50000;

const icu::Normalizer2& nfkc_casefold() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || n == nullptr)
        throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") +
                                 u_errorName(status));
    return *n;
}

// Folds applied after NFKC_Casefold, on UTF-16 code units. Quotes: users type ' for ’.
// ё/е: Russian writes ё optionally, so the index must not tell them apart.
void fold_extra(icu::UnicodeString& s) {
    for (int32_t i = 0; i < s.length(); ++i) {
        switch (s.charAt(i)) {
            case 0x2019:  // right single quotation mark
            case 0x2018:  // left single quotation mark
            case 0x02BC:  // modifier letter apostrophe
                s.setCharAt(i, u'\'');
                break;
            case 0x0451:  // ё
                s.setCharAt(i, 0x0435);
                break;
            default:
                break;
        }
    }
}

bool is_ascii(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

enum class Script { latin, cyrillic, other };

// Calls visit(code point, script) for each letter of UTF-8 text until it returns false.
template <typename Visit>
void for_each_letter(std::string_view text, Visit visit) {
    int32_t i = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        if (!visit(c, uscript_getScript(c, &status))) return;
    }
}

// The script of a word's first letter.
Script script_of(std::string_view word) {
    Script found = Script::other;
    for_each_letter(word, [&](UChar32, UScriptCode script) {
        if (script == USCRIPT_CYRILLIC) found = Script::cyrillic;
        if (script == USCRIPT_LATIN) found = Script::latin;
        return false;
    });
    return found;
}

}  // namespace

struct Analyzer::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    Xapian::Stem english{"english"};
    Xapian::Stem russian{"russian"};
    // Stems already computed, per language: words follow Zipf's law, so most tokens of a text
    // (a corpus being indexed, the ten paragraphs of a result page) were stemmed before, and
    // stemming was a tenth of the analysis time (the Kazakh stemmer 6x the tokenizer).
    std::unordered_map<std::string, std::string> remembered[3];

    Impl() {
        UErrorCode status = U_ZERO_ERROR;
        words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status) || !words)
            throw std::runtime_error(std::string("ICU word break iterator unavailable: ") +
                                     u_errorName(status));
    }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::vector<Token> Analyzer::tokenize(std::string_view text) const {
    std::vector<Token> tokens;
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    // Map UTF-16 indices back to byte offsets of the original text, walking both in step.
    std::vector<std::size_t> byte_at(static_cast<std::size_t>(utf16.length()) + 1, text.size());
    {
        const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
        const auto length = static_cast<int32_t>(text.size());
        int32_t b = 0;
        int32_t u = 0;
        while (b < length && u < utf16.length()) {
            byte_at[static_cast<std::size_t>(u)] = static_cast<std::size_t>(b);
            UChar32 c;
            U8_NEXT(bytes, b, length, c);
            u += (c >= 0x10000) ? 2 : 1;
        }
    }

    const icu::Normalizer2& normalizer = nfkc_casefold();
    icu::BreakIterator& it = *impl_->words;
    it.setText(utf16);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        const int32_t status = it.getRuleStatus();
        if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) continue;
        const std::size_t begin = byte_at[static_cast<std::size_t>(start)];
        const std::size_t finish = byte_at[static_cast<std::size_t>(end)];
        const std::string_view raw = text.substr(begin, finish - begin);
        std::string term;
        if (is_ascii(raw)) {
            // NFKC_Casefold leaves ASCII as it is but for case, and fold_extra has no ASCII
            // input: lower-casing the bytes gives the same term without a UTF-16 round trip
            // (most words of English text: BM_Tokenize/en 1.3-1.4x faster).
            term.assign(raw);
            for (char& c : term)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        } else {
            UErrorCode error = U_ZERO_ERROR;
            icu::UnicodeString word =
                normalizer.normalize(utf16.tempSubStringBetween(start, end), error);
            if (U_FAILURE(error) || word.isEmpty()) continue;
            fold_extra(word);
            term = to_utf8(word);
        }
        // Kazakh has two scripts (and files that mix them inside words): one form for both.
        fold_kazakh_script_in_place(term);
        tokens.push_back(Token{std::move(term), begin, finish});
    }
    return tokens;
}

std::string Analyzer::stem(const std::string& term, const std::string& lang) const {
    int which = 0;
    if (lang == "en")
        which = 0;
    else if (lang == "ru")
        which = 1;
    else if (lang == "kk")
        which = 2;
    else
        return term;  // unknown languages are not stemmed
    std::unordered_map<std::string, std::string>& known = impl_->remembered[which];
    if (known.size() >= kRememberedStems) known.clear();  // bounded memory on huge corpora
    if (const auto it = known.find(term); it != known.end()) return it->second;
    std::string stem = which == 0   ? impl_->english(term)
                       : which == 1 ? impl_->russian(term)
                                    : stem_kazakh(term);
    known.emplace(term, stem);
    return stem;
}

std::vector<std::string> Analyzer::query_stems(const std::string& term) const {
    std::vector<std::string> stems;
    switch (script_of(term)) {
        case Script::latin:
            stems.push_back(stem(term, "en"));
            break;
        case Script::cyrillic:
            stems.push_back(stem(term, "ru"));
            stems.push_back(stem(term, "kk"));
            break;
        case Script::other:
            stems.push_back(term);
            break;
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

std::string normalize(std::string_view text) {
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString s =
        nfkc_casefold().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                      text.data(), static_cast<int32_t>(text.size()))),
                                  error);
    if (U_FAILURE(error)) return std::string(text);
    fold_extra(s);
    return to_utf8(s);
}

}  // namespace paragraf::core
