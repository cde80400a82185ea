#include "query/snippet.hpp"

#include <gtest/gtest.h>

namespace paragraf::query {
namespace {

const core::Analyzer& analyzer() {
    static const core::Analyzer a;
    return a;
}

MatchTerms parse_terms(const std::string& query) {
    QueryParser parser(analyzer());
    return parser.parse(query).terms;
}

TEST(Snippet, MarksWordsByStem) {
    EXPECT_EQ(make_snippet("Programmes of harm reduction; reductions.", "en",
                           parse_terms("reduction programme"), analyzer()),
              "**Programmes** of harm **reduction**; **reductions**.");
}

TEST(Snippet, MarksWholePhrasesOnly) {
    EXPECT_EQ(make_snippet("Opioid substitution therapy, or opioid agonist therapy (OAT).", "en",
                           parse_terms("\"opioid agonist therapy\""), analyzer()),
              "Opioid substitution therapy, or **opioid agonist therapy** (OAT).");
}

TEST(Snippet, NegatedWordsAreNotMarked) {
    EXPECT_EQ(make_snippet("Harm reduction and the registry.", "en", parse_terms("harm -registry"),
                           analyzer()),
              "**Harm** reduction and the registry.");
}

TEST(Snippet, LongTextIsCutAroundTheBestWindowAtWordBoundaries) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "filler words here ";
    text += "the confidentiality of medical records matters ";
    for (int i = 0; i < 60; ++i) text += "more filler text ";
    SnippetOptions options;
    options.max_bytes = 120;
    const std::string snippet =
        make_snippet(text, "en", parse_terms("confidentiality records"), analyzer(), options);
    EXPECT_EQ(snippet.rfind("\u2026", 0), 0u) << snippet;
    EXPECT_NE(snippet.find("**confidentiality** of medical **records**"), std::string::npos)
        << snippet;
    EXPECT_EQ(snippet.substr(snippet.size() - 3), "\u2026");
    // No word cut in half: every word of the snippet is a whole word of the text.
    EXPECT_EQ(snippet.find("iller"), snippet.find("filler") == std::string::npos
                                         ? std::string::npos
                                         : snippet.find("filler") + 1);
}

TEST(Snippet, RussianStemsAreMarked) {
    EXPECT_EQ(make_snippet("Расширить заместительную терапию.", "ru",
                           parse_terms("заместительной терапии"), analyzer()),
              "Расширить **заместительную** **терапию**.");
}

}  // namespace
}  // namespace paragraf::query
