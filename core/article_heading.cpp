#include "core/article_heading.hpp"

#include <regex>

namespace paragraf::core {

std::string article_of_heading(std::string_view heading) {
    // std::regex works on bytes: Cyrillic capitals and dashes are spelled as alternatives.
    static const std::regex pattern(
        "^\\s*(?:Articles?|ARTICLES?|Art\\.|Статьи|Статья|СТАТЬИ|СТАТЬЯ|Ст\\.) +([0-9]+)"
        "(?:[^0-9].*)?$"
        "|^\\s*([0-9]+) *(?:-|\u2010|\u2011)? *(?:бап|БАП)(?:[^0-9].*)?$");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(heading.begin(), heading.end(), m, pattern)) return {};
    return m[1].matched ? m[1].str() : m[2].str();
}

}  // namespace paragraf::core
