#pragma once
// Per-paragraph language identification for the languages Paragraf indexes: en, ru, kk.
// Method, training material and measured accuracy: docs/language-id.md.

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace paragraf::core {

/// The language of a piece of text and how sure the model is of it.
struct LanguageGuess {
    std::string lang;   ///< "en", "ru", "kk" or "und" (or `fallback` as given, see below)
    double confidence;  ///< 0..1, the model's probability for `lang`; 0 when nothing was known
};

/// Identifies the language of a paragraph. Short or ambiguous text (headings, list items,
/// numbers, symbols like "E/C.12/KAZ/CO/2") falls back to `fallback` (the document's language)
/// when given, else "und". A paragraph changes language away from `fallback` only on clear
/// evidence. Text written mostly in other scripts (Arabic, Chinese...) is "und".
/// Thread-safe. The first call builds the tables (about 0.5 MB, a few milliseconds); later calls
/// allocate nothing beyond the returned string.
LanguageGuess identify_language(std::string_view text, std::string_view fallback = {});

/// Internals shared with the trainer and the evaluation tool (tools/eval/language_id_eval.cpp),
/// so that the profile is built from exactly the symbols the identifier scores.
namespace language_id_detail {

enum class Script { latin, cyrillic };

/// What a profile counts: character trigrams (every letter and the word end predicted from the
/// two symbols before), and word endings (the last three symbols of a Cyrillic word, padded
/// with '_' when shorter, so that short words count as themselves: "_и", "мен", "лар").
enum class Feature { trigram, ending };

/// Calls `sink(script, feature, symbols)` for every feature `text` contributes to the
/// identifier's scores, each as three symbols in UTF-8: a lower-case letter, '_' for a word
/// boundary, '*' for another letter of the script (é, ї...). Endings are given for Cyrillic
/// words only: they are what tells Russian from Kazakh.
void for_each_feature(std::string_view text,
                      const std::function<void(Script, Feature, std::string_view)>& sink);

/// The raw evidence behind identify_language: log-likelihoods in nats per language (en, ru,
/// kk) and how many letters were scored.
struct Evidence {
    std::array<double, 3> log_likelihood{};  ///< en, ru, kk
    std::size_t letters = 0;                 ///< Latin + Cyrillic letters scored
    std::size_t other_letters = 0;           ///< letters of other scripts
    std::size_t cyrillic_words = 0;          ///< Cyrillic words scored
};
Evidence evidence(std::string_view text);

/// How many nats one language must beat another by to be chosen. Both were set on held-out
/// fragments of the training text (see docs/language-id.md).
struct Margins {
    /// Without a fallback, over the runner-up; below it the answer is "und".
    double decide = 3.0;
    /// Over the fallback, to leave it. Higher, as a paragraph in another language than its
    /// document's is the exception: about log(50) nats of prior odds, doubled because the
    /// trigram scores are about twice too confident (kConfidenceScale in language_id.cpp). A
    /// single Cyrillic word never leaves the fallback for the other Cyrillic language.
    double leave_fallback = 8.0;
};

/// identify_language's decision from the evidence, with the margins as parameters for tuning.
LanguageGuess decide(const Evidence& evidence, std::string_view fallback, Margins margins = {});

}  // namespace language_id_detail

}  // namespace paragraf::core
