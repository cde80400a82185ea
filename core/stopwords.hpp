#pragma once
// Stopwords of English, Russian and Kazakh: words so frequent that a query is better without
// them. The index keeps every word (phrases need them); only plain query words are dropped.

#include <string_view>

namespace paragraf::core {

/// True when the normalised word is a stopword of `lang` ("en", "ru", "kk").
bool is_stopword(std::string_view term, std::string_view lang);

/// True when the word is a stopword of any language written in its script.
bool is_stopword_any(std::string_view term);

}  // namespace paragraf::core
