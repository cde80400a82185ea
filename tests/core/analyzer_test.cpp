#include "core/analyzer.hpp"
#include "core/kazakh_script.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

std::vector<std::string> terms(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : Analyzer().tokenize(text)) out.push_back(t.term);
    return out;
}

TEST(Analyzer, SegmentsAndFoldsEnglish) {
    EXPECT_EQ(terms("The State party’s Report, (2019)!"),
              (std::vector<std::string>{"the", "state", "party's", "report", "2019"}));
}

TEST(Analyzer, OffsetsPointIntoOriginalText) {
    const std::string text = "Ёлка — «Право на здоровье»";
    for (const Token& t : Analyzer().tokenize(text)) {
        ASSERT_LE(t.end, text.size());
        EXPECT_EQ(normalize(text.substr(t.begin, t.end - t.begin)), t.term);
    }
}

TEST(Analyzer, AsciiWordsFoldAsIcuFoldsThem) {
    // ASCII words skip ICU's normaliser; the terms must be those it would give. Every
    // printable ASCII character, inside words of mixed case and between them.
    std::string text = "The STATE Party's e-mail E/C.12/KAZ/CO/2 x86_64 O'Neill 2019a IIi ";
    for (char c = 0x21; c < 0x7f; ++c) text += std::string("Ab") + c + "Cd" + c + " ";
    // Control characters, and words that are ASCII but for a soft hyphen, a zero-width joiner,
    // a no-break space, a right single quotation mark or an invalid byte (these take ICU's path).
    for (char c = 0x01; c < 0x20; ++c) text += std::string("Ef") + c + "Gh ";
    text += "Ab\u00ADcd Ef\u200Dgh Ij\u00A0kl State\u2019s Mn\xFFop \x7F Qr";
    const std::vector<Token> tokens = Analyzer().tokenize(text);
    ASSERT_GT(tokens.size(), 100u);
    for (const Token& t : tokens) {
        const std::string raw = text.substr(t.begin, t.end - t.begin);
        EXPECT_EQ(t.term, fold_kazakh_script(normalize(raw))) << raw;
    }
}

TEST(Analyzer, FoldsYoToYeAndCase) {
    EXPECT_EQ(terms("ЁЛКА Её"), (std::vector<std::string>{"елка", "ее"}));
}

TEST(Analyzer, NfkcFoldsCompatibilityForms) {
    // Full-width digits and the "ﬁ" ligature become plain ASCII.
    EXPECT_EQ(terms("ﬁnance ２０１９"), (std::vector<std::string>{"finance", "2019"}));
}

TEST(Analyzer, KeepsKazakhLetters) {
    EXPECT_EQ(terms("Әрбір адамның ҚҰҚЫҒЫ"),
              (std::vector<std::string>{"әрбір", "адамның", "құқығы"}));
}

TEST(Analyzer, FoldsLatinKazakhAndMixedScriptsToCyrillic) {
    // The 2021 Latin alphabet, and Latin look-alikes inside Cyrillic words (ə, i) as real
    // Kazakh files have them.
    EXPECT_EQ(terms("Qazaqstan densaulyq"), terms("Қазақстан денсаулық"));
    EXPECT_EQ(terms("жəне Бiз"), (std::vector<std::string>{"және", "біз"}));
    EXPECT_EQ(terms("report on health"), (std::vector<std::string>{"report", "on", "health"}));
}

TEST(Analyzer, StemsByLanguage) {
    const Analyzer a;
    EXPECT_EQ(a.stem("recommendations", "en"), a.stem("recommendation", "en"));
    EXPECT_EQ(a.stem("рекомендации", "ru"), a.stem("рекомендация", "ru"));
    EXPECT_EQ(a.stem("құқығы", "kk"), a.stem("құқықтарын", "kk"));
    EXPECT_EQ(a.stem("адамдардың", "kk"), "адам");
}

TEST(Analyzer, QueryStemsFollowTheScript) {
    const Analyzer a;
    EXPECT_EQ(a.query_stems("therapies"), (std::vector<std::string>{a.stem("therapies", "en")}));
    const auto cyrillic = a.query_stems("терапии");
    EXPECT_EQ(cyrillic.size(), 2u);  // Russian stem and Kazakh form
}

}  // namespace
}  // namespace paragraf::core
