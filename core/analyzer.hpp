#pragma once
// The text pipeline shared by indexing and querying: segment -> normalise -> stem.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace paragraf::core {

/// One word of a text, as the index sees it.
struct Token {
    std::string term;   ///< normalised form (NFKC, case-folded, quotes and ё folded)
    std::size_t begin;  ///< byte offset of the word in the analysed text
    std::size_t end;    ///< byte offset one past the word
};

/// Segments text into words with ICU, normalises them and stems them by language.
/// Not thread-safe: use one Analyzer per thread (construction is cheap).
class Analyzer {
  public:
    Analyzer();
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    /// Words of `text` in order, with their byte ranges in `text`.
    std::vector<Token> tokenize(std::string_view text) const;

    /// The stem of a normalised term in `lang` ("en", "ru", "kk"); the term itself when the
    /// language has no stemmer.
    std::string stem(const std::string& term, const std::string& lang) const;

    /// Stems a query word may have in the languages its script is written in, so that a word
    /// typed without naming a language finds every version: Latin -> en; Cyrillic -> ru, kk.
    std::vector<std::string> query_stems(const std::string& term) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// NFKC normalisation with case folding, plus the folds Paragraf adds (typographic quotes to
/// ASCII apostrophe, ё to е). Used for terms and for comparing labels and symbols.
std::string normalize(std::string_view text);

}  // namespace paragraf::core
