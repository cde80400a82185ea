#pragma once
// The tokens the citation grammar reads: words (lower-cased, Latin and Cyrillic), numbers,
// punctuation with its typographic variants folded (every dash is "-", every double quote or
// guillemet is "\"", every apostrophe is "'"), UN symbols and URLs as single tokens. Spaces,
// including non-breaking ones, only set a flag on the next token.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace paragraf::core {

enum class TokenKind { word, number, punct, symbol, url };

struct CitationToken {
    TokenKind kind = TokenKind::punct;
    std::size_t begin = 0;  ///< byte range in the text
    std::size_t end = 0;
    std::string text;       ///< word: lower-cased; symbol: canonical; url: trailing punctuation cut
    bool capital = false;   ///< word: starts with a capital letter
    bool all_caps = false;  ///< word: every letter a capital (acronyms: CAT, CRC)
};

/// Splits `text` into citation tokens.
std::vector<CitationToken> tokenize_for_citations(std::string_view text);

}  // namespace paragraf::core
