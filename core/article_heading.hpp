#pragma once
// Headings that name an article: how treaties, the UDHR and State reports arranged by
// Covenant article title their parts. Shared by the HTML reader (which labels units "art. N")
// and crossref (which groups claims by the article of their section).

#include <string>
#include <string_view>

namespace paragraf::core {

/// The number of the article a heading names: "Article 25", "ARTICLE 25", "Art. 25",
/// "Articles 13 and 14" (the first), "Статья 12", "Статьи 13 и 14", "Ст. 12", "12-бап",
/// "12 бап". "" for any other heading.
std::string article_of_heading(std::string_view heading);

}  // namespace paragraf::core
