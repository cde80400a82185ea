#include "core/kazakh_stemmer.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace paragraf::core {
namespace {

struct Case {
    const char* word;
    const char* stem;
};

void expect_stems(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(stem_kazakh(c.word), c.stem) << c.word;
}

// All forms of a paradigm share one key.
void expect_one_key(const std::string& lemma, const std::vector<std::string>& forms) {
    const std::string key = stem_kazakh(lemma);
    for (const std::string& f : forms) EXPECT_EQ(stem_kazakh(f), key) << lemma << " / " << f;
}

TEST(KazakhStemmer, StripsPluralPossessiveAndCase) {
    expect_stems({
        {"адамдардың", "адам"},       // plural + genitive
        {"құқықтарын", "құқық"},      // plural + 3rd person possessive + accusative
        {"мемлекеттің", "мемлекет"},  // genitive
        {"балаларымызға", "бала"},    // plural + 1st person plural + dative
        {"үйлерінде", "үй"},          // plural + possessive + locative
        {"кітаппен", "кітап"},        // instrumental
        {"адамдар", "адам"},
        {"мемлекеттерден", "мемлекет"},  // plural + ablative
        {"республикасының", "республика"},
        {"бостандықтары", "бостандық"},
        {"заңмен", "заң"},
        {"үйіңе", "үй"},  // 2nd person singular + dative
    });
}

TEST(KazakhStemmer, RestoresVoicelessStemEnd) {
    // қ/к/п at a stem's end voice before a vowel: the key keeps the voiceless letter.
    expect_stems({
        {"денсаулығын", "денсаулық"},
        {"денсаулығы", "денсаулық"},
        {"денсаулыққа", "денсаулық"},
        {"құқығы", "құқық"},
        {"кітабы", "кітап"},
        {"жүрегі", "жүрек"},
    });
}

TEST(KazakhStemmer, RestoresElidedVowel) {
    expect_stems({{"халқы", "халық"}, {"халқының", "халық"}, {"орны", "орын"}, {"аузы", "ауыз"}});
}

TEST(KazakhStemmer, KeepsDerivationalSuffixes) {
    // -лық/-лік, -шы, -сыз make new words: бостандық "freedom" is not бостан, құқықтық "legal"
    // not құқық.
    expect_stems({
        {"бостандық", "бостандық"},
        {"құқықтық", "құқықтық"},
        {"мемлекеттік", "мемлекеттік"},
        {"теңдік", "теңдік"},
        {"кемсітусіз", "кемсітусіз"},
    });
    EXPECT_NE(stem_kazakh("құқықтық"), stem_kazakh("құқық"));
}

TEST(KazakhStemmer, StripsVerbEndings) {
    expect_stems({
        {"болады", "бол"},  // present
        {"болып", "бол"},   // converb
        {"болса", "бол"},   // conditional
        {"болу", "бол"},    // verbal noun
        {"болуы", "бол"},   // verbal noun + possessive
        {"жаздым", "жаз"},  // past, 1st person
        {"қабылдаймыз", "қабылда"},
        {"белгіленген", "белгілен"},  // past participle (the passive -н stays)
        {"қорғалуына", "қорғал"},
        {"сайлау", "сайла"},
        {"сайлауға", "сайла"},
    });
}

TEST(KazakhStemmer, StripsFirstPersonAfterVowelFromLongStems) {
    // -м "my" after a vowel, when five letters or more are left
    expect_stems({
        {"мәртебем", "мәртебе"},
        {"мәртебемнің", "мәртебе"},
        {"республикам", "республика"},
        {"отанымыз", "отан"},
    });
    // ...not from short stems, whose nouns end so, nor after у/ю/и/ы/і (loans, and -ым)
    expect_stems({
        {"адам", "адам"},
        {"әлем", "әлем"},
        {"қоғам", "қоғам"},
        {"қоғамның", "қоғам"},
        {"төлем", "төлем"},
        {"құрамы", "құрам"},
        {"форум", "форум"},
        {"минимум", "минимум"},
        {"режим", "режим"},
    });
}

TEST(KazakhStemmer, StripsFirstPersonAfterConsonantFromStemsOfThreeLetters) {
    expect_stems({
        {"жерім", "жер"},
        {"үкімі", "үкім"},  // not үк+ім
        {"өкімдері", "өкім"},
        {"сұрғылтым", "сұрғылтым"},  // -ылтым makes adjectives
    });
}

TEST(KazakhStemmer, TakesDativeAfterSecondPersonOnly) {
    // -а/-е after -ң is the dative of үйің; after -м it ends nouns in -ма/-ме, -ыма/-іме
    expect_stems({
        {"үйіңе", "үй"},
        {"дәлелдеме", "дәлелдеме"},
        {"мәлімдеме", "мәлімдеме"},
        {"мәлімдемесі", "мәлімдеме"},
        {"әңгіме", "әңгіме"},
    });
}

TEST(KazakhStemmer, VerbsInЮMeetTheirRootInЙ) {
    expect_one_key("қартаю", {"қартайған", "қартаюға", "қартаюы"});
    expect_stems({{"қартаю", "қартай"}, {"жою", "жой"}, {"жоюға", "жой"}});
}

TEST(KazakhStemmer, StripsConverbПAfterЛаRootsOnly) {
    expect_stems({
        {"сайлап", "сайла"},
        {"жариялап", "жарияла"},
        {"талқылап", "талқыла"},
        {"қорап", "қорап"},  // a noun, whose forms voice the п:
        {"қорабы", "қорап"},
        {"шарап", "шарап"},
    });
}

TEST(KazakhStemmer, StripsConditionalNotNounsInСаСе) {
    expect_stems({
        {"болса", "бол"},
        {"қатысса", "қатыс"},  // reciprocal -ыс + -са
        {"келіссе", "келіс"},
        {"масса", "масса"},
        {"пресса", "пресса"},
    });
}

TEST(KazakhStemmer, KeepsFullFormsOfElidedStems) {
    expect_stems({{"орын", "орын"}, {"орны", "орын"}, {"мұрын", "мұрын"}, {"мұрны", "мұрын"}});
}

TEST(KazakhStemmer, LeavesShortWordsAlone) {
    expect_stems({{"ол", "ол"}, {"бар", "бар"}, {"үй", "үй"}, {"заң", "заң"}, {"ақы", "ақы"}});
}

TEST(KazakhStemmer, KeepsWordsThatOnlyLookInflected) {
    expect_stems({
        {"адам", "адам"},            // not ада+м "my ада"
        {"қазақстан", "қазақстан"},  // not an ablative
        {"қазақстанның", "қазақстан"},
        {"тұлға", "тұлға"},  // not тұл+ға
        {"тұлғасы", "тұлға"},
        {"жағдайды", "жағдай"},  // not a verb in -йды
        {"шешімі", "шешім"},
        {"ұйымының", "ұйым"},
        {"басқа", "басқа"},
        {"мекеме", "мекеме"},
        {"теңіз", "теңіз"},  // not те+ңіз
    });
}

TEST(KazakhStemmer, PronounsMeetTheirStem) {
    expect_stems({{"оның", "ол"}, {"оған", "ол"}, {"мұны", "бұл"}, {"өзінің", "өз"}});
}

TEST(KazakhStemmer, ReturnsOtherScriptsAsIs) {
    for (const char* w : {"human", "rights", "2019", "iii", "право", "человека", "государство",
                          "объявление", "всеобщая", "Адам", "қадір-қасиет", ""})
        EXPECT_EQ(stem_kazakh(w), w) << w;
}

TEST(KazakhStemmer, ReadsLatinIInsideCyrillicAsІ) {
    // The Constitution's Kazakh text has Latin i for і in places.
    EXPECT_EQ(stem_kazakh("жерiнде"), stem_kazakh("жерінде"));
    EXPECT_EQ(stem_kazakh("жерiнде"), "жер");
}

TEST(KazakhStemmer, SurvivesBrokenInput) {
    EXPECT_EQ(stem_kazakh("\xD0"), "\xD0");          // truncated UTF-8
    EXPECT_EQ(stem_kazakh("\xFF\xFE"), "\xFF\xFE");  // not UTF-8
    const std::string long_word(200, 'a');
    EXPECT_EQ(stem_kazakh(long_word), long_word);
    std::string long_cyrillic;
    for (int i = 0; i < 60; ++i) long_cyrillic += "а";
    EXPECT_EQ(stem_kazakh(long_cyrillic), long_cyrillic);
}

TEST(KazakhStemmer, XapianStemGivesTheSameResults) {
    Xapian::Stem stem = make_kazakh_stem();
    EXPECT_FALSE(stem.is_none());
    EXPECT_EQ(stem.get_description(), "Xapian::Stem(paragraf.kazakh)");
    for (const char* w :
         {"адамдардың", "құқықтарын", "денсаулығын", "болады", "human", "ол", "жерiнде"})
        EXPECT_EQ(stem(w), stem_kazakh(w)) << w;
}

TEST(KazakhStemmer, WorksInATermGenerator) {
    Xapian::Document doc;
    Xapian::TermGenerator gen;
    gen.set_stemmer(make_kazakh_stem());
    gen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
    gen.set_document(doc);
    gen.index_text("адамдардың құқықтарын");
    std::vector<std::string> terms(doc.termlist_begin(), doc.termlist_end());
    EXPECT_EQ(terms, (std::vector<std::string>{"адам", "құқық"}));
}

TEST(KazakhStemmer, ParadigmsShareOneKey) {
    expect_one_key("адам", {"адамның",   "адамға",      "адамды",     "адамда",    "адамнан",
                            "адаммен",   "адамдар",     "адамдардың", "адамдарға", "адамдарды",
                            "адамдарда", "адамдардан",  "адамдармен", "адамы",     "адамының",
                            "адамына",   "адамын",      "адамында",   "адамынан",  "адамымен",
                            "адамдары",  "адамдарының", "адамымыз",   "адамыңыз",  "адамың"});
    expect_one_key(
        "құқық",
        {"құқықтың",    "құқыққа",     "құқықты",      "құқықта",   "құқықтан",    "құқықпен",
         "құқықтар",    "құқықтардың", "құқықтарға",   "құқығы",    "құқығының",   "құқығына",
         "құқығын",     "құқығында",   "құқығынан",    "құқығымен", "құқықтары",   "құқықтарының",
         "құқықтарына", "құқықтарын",  "құқықтарында", "құқығымыз", "құқықтарымыз"});
    expect_one_key("бала", {"баланың",   "балаға",    "баланы",      "балада",    "баладан",
                            "баламен",   "балалар",   "балалардың",  "балаларға", "балаларды",
                            "баласы",    "баласының", "баласына",    "баласын",   "баласында",
                            "баласынан", "балалары",  "балаларының", "баламыз",   "балаларымызға"});
    expect_one_key("мемлекет", {"мемлекеттің", "мемлекетке", "мемлекетті", "мемлекетте",
                                "мемлекеттен", "мемлекетпен", "мемлекеттер", "мемлекеттердің",
                                "мемлекеттерге", "мемлекеті", "мемлекетінің", "мемлекетіне",
                                "мемлекетін", "мемлекетінде", "мемлекеттері", "мемлекеттерінің"});
    expect_one_key("үй", {"үйдің", "үйге", "үйді", "үйде", "үйден", "үймен", "үйлер", "үйлердің",
                          "үйлері", "үйлерінде", "үйіне", "үйінде", "үйінен"});
}

TEST(KazakhStemmer, IsThreadSafe) {
    // Stateless: one stemmer shared by threads gives what it gives alone.
    Xapian::Stem stem = make_kazakh_stem();
    const std::vector<std::string> words{"адамдардың", "құқықтарын", "денсаулығын", "болады"};
    std::vector<std::string> expected;
    for (const auto& w : words) expected.push_back(stem(w));
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i)
                for (std::size_t k = 0; k < words.size(); ++k)
                    if (stem(words[k]) != expected[k]) ++mismatches;
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace paragraf::core
