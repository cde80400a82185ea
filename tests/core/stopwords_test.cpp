#include "core/stopwords.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

TEST(Stopwords, FunctionWordsInEachLanguage) {
    EXPECT_TRUE(is_stopword("the", "en"));
    EXPECT_TRUE(is_stopword("которые", "ru"));
    EXPECT_TRUE(is_stopword("және", "kk"));
    EXPECT_FALSE(is_stopword("the", "ru"));
    EXPECT_FALSE(is_stopword("және", "ru"));
}

TEST(Stopwords, ContentWordsOfTreatyBodyTextsAreNotStopwords) {
    for (const char* word : {"state", "party", "committee", "health", "rights", "not_a_word"})
        EXPECT_FALSE(is_stopword_any(word)) << word;
    for (const char* word : {"государство", "комитет", "права", "құқық", "мемлекет"})
        EXPECT_FALSE(is_stopword_any(word)) << word;
}

TEST(Stopwords, AnyLanguageOfTheWordsScript) {
    EXPECT_TRUE(is_stopword_any("and"));
    EXPECT_TRUE(is_stopword_any("для"));
    EXPECT_TRUE(is_stopword_any("үшін"));
}

}  // namespace
}  // namespace paragraf::core
