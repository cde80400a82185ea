#include "core/article_heading.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

TEST(ArticleOfHeading, TheFormsTreatiesAndReportsUse) {
    EXPECT_EQ(article_of_heading("Article 25"), "25");
    EXPECT_EQ(article_of_heading("ARTICLE 25"), "25");
    EXPECT_EQ(article_of_heading("Art. 6. Right to work"), "6");
    EXPECT_EQ(article_of_heading("Articles 13 and 14"), "13");
    EXPECT_EQ(article_of_heading("  Article 12: right to health"), "12");
    EXPECT_EQ(article_of_heading("Статья 12"), "12");
    EXPECT_EQ(article_of_heading("Статьи 13 и 14"), "13");
    EXPECT_EQ(article_of_heading("СТАТЬЯ 3"), "3");
    EXPECT_EQ(article_of_heading("12-бап"), "12");
    EXPECT_EQ(article_of_heading("12 бап. Денсаулық"), "12");
    EXPECT_EQ(article_of_heading("12\u2011бап"), "12");
}

TEST(ArticleOfHeading, OtherHeadingsAreNot) {
    EXPECT_EQ(article_of_heading("Introduction"), "");
    EXPECT_EQ(article_of_heading("The right to health (art. 12)"), "");
    EXPECT_EQ(article_of_heading("Article"), "");
    EXPECT_EQ(article_of_heading("Articles of association"), "");
}

}  // namespace
}  // namespace paragraf::core
