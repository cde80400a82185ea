#pragma once
// Kazakh is written in Cyrillic today and in the 2021 Latin alphabet tomorrow; real Cyrillic files
// also contain Latin look-alike letters (Latin i for і, ə for ә). The index folds every Kazakh
// word to one Cyrillic form so that a query in either script finds text in either script.
// Rules, table and limits: docs/kazakh-scripts.md.
//
// All functions take one word as produced by the analyzer (ICU word segmentation, then
// NFKC_Casefold), in UTF-8, and are pure and thread-safe. Invalid UTF-8 is returned unchanged.

#include <string>
#include <string_view>

namespace paragraf::core {

/// True when a lower-case Latin word is plausibly Kazakh in the 2021 Latin alphabet: every letter
/// belongs to that alphabet (c only in the loan digraph ch; no w, x, é, ...), it has a vowel,
/// and it carries a Kazakh marker: one of ä ğ ñ ŋ ö ş ū ü ı, a dotted capital İ (folded to
/// i + U+0307), or q not followed by u and next to a back vowel (a o u ū y). English words never
/// carry these markers, so they are never converted; Kazakh words without a marker ("adam",
/// "bala") are converted only in a Kazakh context (see fold_kazakh_script).
bool looks_like_latin_kazakh(std::string_view word);

/// Converts a lower-case Latin-Kazakh word to Cyrillic Kazakh (UTF-8), unconditionally; letters
/// outside the alphabet are copied. i is й after a vowel and и elsewhere; ia/iu are я/ю at the
/// start of a word, after a vowel or after i; tsi is ци; ch is ч; h is х.
std::string latin_kazakh_to_cyrillic(std::string_view word);

/// Converts a Cyrillic Kazakh word to the 2021 Latin alphabet (both cases). The inverse of
/// latin_kazakh_to_cyrillic for native words; used by tests and documentation, and by anyone
/// who wants to show a Latin spelling.
std::string cyrillic_kazakh_to_latin(std::string_view word);

/// Repairs words that mix Cyrillic and Latin look-alike letters. When a word has Cyrillic letters
/// and all its Latin letters have a Cyrillic look-alike (a b c e h i ı k m o p t x y ə ǝ ɵ, as
/// lower-cased), and the word has a Cyrillic-only letter or at least as many Cyrillic letters as
/// Latin ones, the Latin letters become Cyrillic (i → і, ə → ә, h → н, ...). The mirror case
/// (a mostly Latin word with Cyrillic look-alikes, "kazakhstаn") becomes Latin. Words that are
/// neither are returned unchanged.
std::string repair_mixed_script(std::string_view word);

/// The fold the analyzer applies to every word after NFKC_Casefold: mixed-script repair; then a
/// Latin word becomes Cyrillic when looks_like_latin_kazakh() or, with `kazakh_context`, when all
/// its letters are in the Kazakh Latin alphabet and it has a vowel (bare Roman numerals such as
/// "ii", "iv" excepted); Cyrillic һ becomes х, because the Latin alphabet writes both as h.
/// Other words come back unchanged. Plain ASCII words without q take a fast path (one byte scan,
/// no ICU call, no decoding).
///
/// Pass `kazakh_context` = true only for text known to be Kazakh written in Latin letters (a
/// query or document whose language is kk and whose letters are mostly Latin); Latin words
/// inside Cyrillic Kazakh documents are English names and acronyms and must stay Latin.
std::string fold_kazakh_script(std::string_view word, bool kazakh_context = false);

/// fold_kazakh_script() on a term held in a std::string, rewriting it only when the fold changes
/// it; saves a copy per word on the indexing hot path.
void fold_kazakh_script_in_place(std::string& word, bool kazakh_context = false);

/// Optional step BEFORE NFKC_Casefold, on the raw word. In Kazakh (as in Turkish) the capital of
/// ı is I, but case folding turns I into i, which reads as и. When the raw word is clearly Latin
/// Kazakh (it has one of Ä Ğ Ñ Ŋ Ö Ş Ū Ü İ ı in either case) or `kazakh_context` holds and the
/// word is in the alphabet, every I becomes ı; otherwise the word is returned unchanged (so
/// "Iraq", "ICCPR" and "I" are untouched). Words without I return at once.
std::string protect_kazakh_capital_i(std::string_view raw_word, bool kazakh_context = false);

}  // namespace paragraf::core
