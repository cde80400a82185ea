#include "core/language_id.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "support/test_support.hpp"

namespace paragraf::core {
namespace {

std::string lang(std::string_view text, std::string_view fallback = {}) {
    return identify_language(text, fallback).lang;
}

// The sentences below were written for these tests; none is in the training material.

TEST(LanguageId, ThreadSafeFromFirstUse) {
    // First in the file, so that the threads race to build the tables; each must see them
    // complete.
    const std::string text = "Олар кеше ауылдан келе жатыр, ал біз қалада қалдық.";
    std::vector<std::string> results(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&, i] { results[i] = lang(text); });
    for (std::thread& t : threads) t.join();
    for (const std::string& r : results) EXPECT_EQ(r, "kk");
}

TEST(LanguageId, English) {
    EXPECT_EQ(lang("The Committee is concerned that access to opioid agonist therapy remains "
                   "limited outside the capital."),
              "en");
    EXPECT_EQ(lang("Please provide information on the measures taken to reduce the gender pay "
                   "gap."),
              "en");
}

TEST(LanguageId, Russian) {
    EXPECT_EQ(lang("Комитет обеспокоен тем, что доступ к заместительной терапии за пределами "
                   "столицы остается ограниченным."),
              "ru");
    EXPECT_EQ(lang("Просьба представить информацию о мерах по сокращению разрыва в оплате труда."),
              "ru");
    EXPECT_EQ(lang("Мы вчера долго гуляли по набережной и разговаривали о книгах."), "ru");
}

TEST(LanguageId, Kazakh) {
    EXPECT_EQ(lang("Комитет астанадан тыс жерлерде орынбасушы терапияның қолжетімділігі шектеулі "
                   "болып қалатынына алаңдаушылық білдіреді."),
              "kk");
    EXPECT_EQ(lang("Әрбір азаматтың өз ана тілін пайдалануға құқығы бар."), "kk");
}

TEST(LanguageId, KazakhWithoutKazakhLetters) {
    // No ә ғ қ ң ө ұ ү һ і: the endings (-ке, -ды, -дан) and the words (ол, бала) tell.
    EXPECT_EQ(lang("Ол бала мектепке барады."), "kk");
    EXPECT_EQ(lang("Олар кеше ауылдан келе жатыр."), "kk");
    const LanguageGuess g = identify_language("Ол бала мектепке барады.");
    EXPECT_GT(g.confidence, 0.9);
}

TEST(LanguageId, KazakhTypedWithoutItsLetters) {
    // Where a keyboard or font lacks them, қ ң ә і... are typed as к н а и.
    EXPECT_EQ(lang("Барлык азаматтар зан алдында тен жане олардын кукыктары коргалады."), "kk");
    EXPECT_EQ(lang("Бул мэселе бойынша комитет усыныстар берди."), "kk");
}

TEST(LanguageId, KazakhWithLatinLookAlikes) {
    // As in real files: ə (U+0259) for ә, Latin i for і, Latin o, a, e, c, p inside words.
    EXPECT_EQ(lang("Мəжiлiс депутаттары жаңа заң жобасын бiрiншi оқылымда мақұлдады."), "kk");
    EXPECT_EQ(lang("Азаматтардың құқықтары мен бостандықтары Конституциямен кепiлдiк берiледi."),
              "kk");
    EXPECT_EQ(lang("Баласы мен ата-анаcы ауылда тұрады, ал өзi қалада oқиды."), "kk");
}

TEST(LanguageId, RussianWithLatinLookAlikes) {
    // OCR and copy-paste put Latin o, a, e, c, p into Russian words; that makes them neither
    // English nor Kazakh.
    EXPECT_EQ(lang("Кoмитет рекoмендует гocударству-участнику пересмoтреть закoнoдательствo."),
              "ru");
}

TEST(LanguageId, MixedRussianAndKazakh) {
    // A Kazakh law title quoted in a Russian paragraph, and the other way round.
    EXPECT_EQ(lang("В соответствии с Законом «Қазақстан Республикасындағы тіл туралы» государство "
                   "создает условия для изучения государственного языка всеми гражданами."),
              "ru");
    EXPECT_EQ(lang("Бұл мәселе «О языках в Республике Казахстан» Заңында реттелген және оны "
                   "жергілікті атқарушы органдар іске асырады."),
              "kk");
}

TEST(LanguageId, EnglishWithRussianAndKazakhNames) {
    EXPECT_EQ(lang("The Committee met Ms. Айгерим Сәрсенова and Mr. Олег Иванов of the Ministry of "
                   "Justice during the visit."),
              "en");
    EXPECT_EQ(lang("Ivanov v. Russian Federation concerned the detention of Mr. Sergei Ivanov in "
                   "Nizhny Novgorod."),
              "en");
}

TEST(LanguageId, ShortTextFallsBackToTheDocumentLanguage) {
    EXPECT_EQ(lang("1-бап", "kk"), "kk");
    EXPECT_EQ(lang("Статья 5", "ru"), "ru");
    // Loanwords spelt alike in both languages stay in the document's language.
    EXPECT_EQ(lang("Конституция", "kk"), "kk");
    EXPECT_EQ(lang("Конституция", "ru"), "ru");
    EXPECT_EQ(lang("Преамбула", "kk"), "kk");
    // A clearly different script is evidence enough even when short.
    EXPECT_EQ(lang("Introduction", "ru"), "en");
    EXPECT_EQ(lang("Введение", "en"), "ru");
}

TEST(LanguageId, NumbersAndSymbolsAreUndeterminedOrFallBack) {
    for (const char* text : {"E/C.12/KAZ/CO/2", "CCPR/C/XAR/CO/1", "2019", "(a)", "12.3", "—", "",
                             "   ", "HIV/AIDS", "§ 5", "COVID-19"}) {
        EXPECT_EQ(lang(text), "und") << text;
        EXPECT_EQ(lang(text, "kk"), "kk") << text;
        EXPECT_EQ(identify_language(text).confidence, 0.0) << text;
    }
}

TEST(LanguageId, OtherScriptsAreUndetermined) {
    EXPECT_EQ(lang("人人生而自由，在尊严和权利上一律平等。", "en"), "und");
    EXPECT_EQ(lang("يولد جميع الناس أحرارا متساوين في الكرامة والحقوق", "ru"), "und");
}

TEST(LanguageId, ConfidenceIsAProbability) {
    const LanguageGuess g =
        identify_language("Государству-участнику следует расширить программы снижения вреда.");
    EXPECT_EQ(g.lang, "ru");
    EXPECT_GT(g.confidence, 0.99);
    EXPECT_LE(g.confidence, 1.0);
}

TEST(LanguageId, MalformedUtf8DoesNotCrash) {
    const std::string bad = "Комитет \xD0 отмечает \xFF\xFE с удовлетворением, что \xE2\x82";
    EXPECT_EQ(lang(bad), "ru");
}

// ---------------------------------------------------------------------------------------------
// The UDHR in the three languages (shared/corpus/udhr, not used in training): every paragraph
// of 40 characters or more must be identified, with and without the document's language.

std::string strip_tags(std::string_view html) {
    std::string out;
    bool in_tag = false, space = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        if (in_tag) {
            if (c == '>') in_tag = false;
            space = true;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> udhr_paragraphs(const std::string& file) {
    const std::string html = test::read_file(test::shared_dir() / "corpus" / "udhr" / file);
    std::vector<std::string> out;
    for (const char* tag : {"p", "h1", "h2"}) {
        const std::string open = std::string("<") + tag + ">",
                          close = "</" + std::string(tag) + ">";
        for (std::size_t b = html.find(open); b != std::string::npos; b = html.find(open, b)) {
            b += open.size();
            const std::size_t e = html.find(close, b);
            if (e == std::string::npos) break;
            out.push_back(strip_tags(std::string_view(html).substr(b, e - b)));
        }
    }
    return out;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

TEST(LanguageId, UdhrParagraphsOfFortyCharactersOrMoreAreAllRight) {
    for (auto [file, expected] :
         {std::pair{"eng.html", "en"}, {"rus.html", "ru"}, {"kaz.html", "kk"}}) {
        const std::vector<std::string> paragraphs = udhr_paragraphs(file);
        ASSERT_GT(paragraphs.size(), 80u) << file;
        std::size_t long_ones = 0;
        for (const std::string& p : paragraphs) {
            // Short ones (headings: "Article 1", "1-бап") must at least keep the fallback.
            EXPECT_EQ(lang(p, expected), expected) << file << ": " << p;
            if (code_points(p) < 40) continue;
            ++long_ones;
            EXPECT_EQ(lang(p), expected) << file << ": " << p;
        }
        EXPECT_GT(long_ones, 50u) << file;
    }
}

}  // namespace
}  // namespace paragraf::core
