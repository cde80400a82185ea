#include "core/citation_extractor.hpp"
#include "core/citation_suite.hpp"
#include "core/error.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace paragraf::core {
namespace {

using Keys = std::set<std::string>;

Keys keys_of(const std::vector<CitationMatch>& matches) {
    Keys keys;
    for (const auto& m : matches)
        for (auto& k : citation_keys(m.target)) keys.insert(k);
    return keys;
}

CitationContext context(std::string body, std::string country = "KAZ", std::string symbol = "") {
    CitationContext c;
    c.body = std::move(body);
    c.country = std::move(country);
    c.symbol = std::move(symbol);
    return c;
}

// The keys one unit yields for a fresh extractor reading a CESCR document on Kazakhstan.
Keys cescr(std::string_view text) {
    CitationExtractor x(context("CESCR"));
    return keys_of(x.extract(text));
}

Keys with_body(std::string_view body, std::string_view text) {
    CitationExtractor x(context(std::string(body)));
    return keys_of(x.extract(text));
}

// ------------------------------------------------------------------------ symbols, pinpoints

TEST(CitationSymbols, SymbolAloneCitesTheDocument) {
    EXPECT_EQ(cescr("The State party’s report (E/C.12/KAZ/3) is silent."),
              Keys{"doc|E/C.12/KAZ/3"});
    EXPECT_EQ(cescr("(see E/C.12/KAZ/Q/2/Add.1)"), Keys{"doc|E/C.12/KAZ/Q/2/Add.1"});
    EXPECT_EQ(cescr("A/HRC/43/9 and CRC/C/KAZ/5-6"), (Keys{"doc|A/HRC/43/9", "doc|CRC/C/KAZ/5-6"}));
}

TEST(CitationSymbols, SpecialProcedureSeries) {
    // Opinions of the Working Group on Arbitrary Detention: A/HRC/WGAD/<year>/<number>.
    EXPECT_EQ(cescr("A/HRC/WGAD/2023/5, п. 41."), Keys{"para|A/HRC/WGAD/2023/5|41"});
    EXPECT_EQ(cescr("opinion No. 5/2023 (A/HRC/WGAD/2023/5), para. 41"),
              Keys{"para|A/HRC/WGAD/2023/5|41"});
    EXPECT_EQ(cescr("A/HRC/WGAD/2023/5/Corr.1"), Keys{"doc|A/HRC/WGAD/2023/5/Corr.1"});
    EXPECT_EQ(cescr("A/HRC/WGAD/2023/5, 41-тармақ"), Keys{"para|A/HRC/WGAD/2023/5|41"});
    EXPECT_EQ(cescr("A/HRC/WGEID/126/1"), Keys{"doc|A/HRC/WGEID/126/1"});
    // What un_symbol parses keeps its parse; half a series is no symbol.
    EXPECT_EQ(cescr("A/HRC/RES/31/5"), Keys{"doc|A/HRC/RES/31/5"});
    EXPECT_EQ(cescr("A/HRC/WGAD/2023 and XA/HRC/WGAD/2023/5"), Keys{});
    // Ibid. after it refers to it, not to an earlier document.
    CitationExtractor x(context("CAT", "UZB"));
    x.extract("заключительные замечания 2019 года, п. 12.", "1");
    x.extract("См. мнение Рабочей группы по произвольным задержаниям, A/HRC/WGAD/2023/5, п. 41.",
              "2");
    EXPECT_EQ(keys_of(x.extract("Там же, пункты 44, 47 и 52.", "3")),
              (Keys{"para|A/HRC/WGAD/2023/5|44", "para|A/HRC/WGAD/2023/5|47",
                    "para|A/HRC/WGAD/2023/5|52"}));
}

TEST(CitationSymbols, CyrillicLookalikesInSymbols) {
    CitationExtractor x(context("CESCR"));
    const std::string text = "см. Е/С.12/KAZ/СО/2, п. 46.";  // Cyrillic Е, С, С, О
    auto matches = x.extract(text);
    EXPECT_EQ(keys_of(matches), Keys{"para|E/C.12/KAZ/CO/2|46"});
    ASSERT_EQ(matches.size(), 1u);
    EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin),
              "Е/С.12/KAZ/СО/2, п. 46");
}

TEST(CitationSymbols, PinpointsAfterTheSymbol) {
    EXPECT_EQ(cescr("(E/C.12/KAZ/3, para. 9)"), Keys{"para|E/C.12/KAZ/3|9"});
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, paras. 46–47."),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(
        cescr("E/C.12/KAZ/CO/2, paras. 46 to 48"),
        (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47", "para|E/C.12/KAZ/CO/2|48"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, paragraphs 12 (b) and 14"),
              (Keys{"para|E/C.12/KAZ/CO/2|12 (b)", "para|E/C.12/KAZ/CO/2|14"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, para. 12(b)"), Keys{"para|E/C.12/KAZ/CO/2|12 (b)"});
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, ¶46"), Keys{"para|E/C.12/KAZ/CO/2|46"});
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, paras. 7, 9, 19 and 24"),
              (Keys{"para|E/C.12/KAZ/CO/2|7", "para|E/C.12/KAZ/CO/2|9", "para|E/C.12/KAZ/CO/2|19",
                    "para|E/C.12/KAZ/CO/2|24"}));
}

// Footnotes of a document are pinpoints with the label the readers give footnotes.
TEST(CitationSymbols, FootnotePinpointsAfterTheSymbol) {
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, fn. 3"), Keys{"para|E/C.12/KAZ/CO/2|fn. 3"});
    EXPECT_EQ(cescr("(E/C.12/KAZ/3, footnotes 3 and 4)"),
              (Keys{"para|E/C.12/KAZ/3|fn. 3", "para|E/C.12/KAZ/3|fn. 4"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, сноска 5"), Keys{"para|E/C.12/KAZ/CO/2|fn. 5"});
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, сн. 5."), Keys{"para|E/C.12/KAZ/CO/2|fn. 5"});
    // A footnote number elsewhere in the sentence is not the document's.
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2 was adopted; see also the fn. 3 above."),
              Keys{"doc|E/C.12/KAZ/CO/2"});
}

TEST(CitationSymbols, RussianAndKazakhPinpoints) {
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, п. 46"), Keys{"para|E/C.12/KAZ/CO/2|46"});
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, пункты 46-47"),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, пп. 46 и 47"),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, 46-тармақ"), Keys{"para|E/C.12/KAZ/CO/2|46"});
    EXPECT_EQ(
        cescr("E/C.12/KAZ/CO/2, 46–48-тармақтар"),
        (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47", "para|E/C.12/KAZ/CO/2|48"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, 46 және 47-тармақтары"),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2 құжатының 46-тармағы"), Keys{"para|E/C.12/KAZ/CO/2|46"});
}

TEST(CitationSymbols, PinpointBeforeTheSymbol) {
    EXPECT_EQ(cescr("as paragraph 46 of E/C.12/KAZ/CO/2 asked"), Keys{"para|E/C.12/KAZ/CO/2|46"});
    EXPECT_EQ(cescr("см. п. 46 E/C.12/KAZ/CO/2"), Keys{"para|E/C.12/KAZ/CO/2|46"});
    EXPECT_EQ(cescr("paragraph 6 of the concluding observations (E/C.12/KAZ/CO/2)"),
              Keys{"para|E/C.12/KAZ/CO/2|6"});
    // A longer description between the pinpoint and the bracketed symbol.
    EXPECT_EQ(with_body("CRC",
                        "The replies to paragraph 7 of the list of issues prior to "
                        "reporting (CRC/C/KAZ/QPR/7) are set out below."),
              Keys{"para|CRC/C/KAZ/QPR/7|7"});
    EXPECT_EQ(cescr("ответы на пункт 7 перечня вопросов до представления доклада "
                    "(E/C.12/KAZ/QPR/3)"),
              Keys{"para|E/C.12/KAZ/QPR/3|7"});
    // Not across a comma or a number.
    EXPECT_EQ(cescr("paragraph 7 of the list of issues, adopted in 2020 (E/C.12/KAZ/QPR/3)"),
              Keys{"doc|E/C.12/KAZ/QPR/3"});
}

TEST(CitationSymbols, PinpointLaterInTheSentence) {
    EXPECT_EQ(cescr("The Committee’s 2019 concluding observations, in paragraph 46, urged it."),
              Keys{"para|CESCR/KAZ/concluding-observations/2019|46"});
    EXPECT_EQ(cescr("Report (A/74/40), chap. IV, para. 12."), Keys{"para|A/74/40|12"});
    // A later pinpoint that is "of" something else is not the symbol's.
    EXPECT_EQ(cescr("In its replies (E/C.12/KAZ/Q/2/Add.1) the Government agreed, and "
                    "paragraph 46 of E/C.12/KAZ/CO/2 asked for it."),
              (Keys{"doc|E/C.12/KAZ/Q/2/Add.1", "para|E/C.12/KAZ/CO/2|46"}));
    EXPECT_EQ(cescr("заявление (E/C.12/2001/10) и пункт 7 заключительных замечаний"),
              Keys{"doc|E/C.12/2001/10"});
    EXPECT_EQ(cescr("(E/C.12/KAZ/Q/2) 12-тармағында сұралған ақпарат"),
              Keys{"para|E/C.12/KAZ/Q/2|12"});
    // A pinpoint after a general comment is the comment's, not the earlier symbol's.
    EXPECT_EQ(cescr("its statement (E/C.12/2017/1) and to GC 19, paras. 59–61."),
              (Keys{"doc|E/C.12/2017/1", "para|E/C.12/GC/19|59", "para|E/C.12/GC/19|60",
                    "para|E/C.12/GC/19|61"}));
    EXPECT_EQ(cescr("its statement (E/C.12/2017/1) and general comment No. 19, para. 59."),
              (Keys{"doc|E/C.12/2017/1", "para|E/C.12/GC/19|59"}));
    EXPECT_EQ(cescr("заявление (E/C.12/2017/1) и замечание общего порядка № 19, п. 59."),
              (Keys{"doc|E/C.12/2017/1", "para|E/C.12/GC/19|59"}));
    EXPECT_EQ(cescr("мәлімдеме (E/C.12/2017/1) және № 19 жалпы тәртіптегі ескерту, 59-тармақ."),
              (Keys{"doc|E/C.12/2017/1", "para|E/C.12/GC/19|59"}));
}

TEST(CitationSymbols, RangesExpandAndAbsurdRangesDoNot) {
    Keys k = cescr("E/C.12/KAZ/CO/2, paras. 46–49");
    EXPECT_EQ(k.size(), 4u);
    EXPECT_TRUE(k.count("para|E/C.12/KAZ/CO/2|48"));
    EXPECT_EQ(cescr("E/C.12/KAZ/CO/2, paras. 1–5000"),
              (Keys{"para|E/C.12/KAZ/CO/2|1", "para|E/C.12/KAZ/CO/2|5000"}));
}

TEST(CitationSymbols, OffsetsAreBytesOfTheText) {
    CitationExtractor x(context("CESCR"));
    const std::string text = "Как указано «в документе» (E/C.12/KAZ/3, п. 9), это так.";
    auto matches = x.extract(text);
    ASSERT_EQ(matches.size(), 1u);
    EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin),
              "E/C.12/KAZ/3, п. 9");
    EXPECT_FALSE(matches[0].short_form);
}

// ------------------------------------------------------------------------ articles

TEST(CitationArticles, EnglishForms) {
    EXPECT_EQ(cescr("article 12"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("art. 12"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("arts. 6 and 7"), (Keys{"art|ICESCR|6", "art|ICESCR|7"}));
    EXPECT_EQ(cescr("articles 6, 7 and 9"), (Keys{"art|ICESCR|6", "art|ICESCR|7", "art|ICESCR|9"}));
    EXPECT_EQ(cescr("articles 6-9"),
              (Keys{"art|ICESCR|6", "art|ICESCR|7", "art|ICESCR|8", "art|ICESCR|9"}));
    EXPECT_EQ(cescr("article 2 (2) of the Covenant"), Keys{"art|ICESCR|2 (2)"});
    EXPECT_EQ(cescr("Articles 2(2), 6 and 12 of the Covenant"),
              (Keys{"art|ICESCR|2 (2)", "art|ICESCR|6", "art|ICESCR|12"}));
    EXPECT_EQ(cescr("under Article 12 ICESCR (right to health)"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("Article 15 of the ICESCR"), Keys{"art|ICESCR|15"});
    EXPECT_EQ(cescr("Article 11 of the Optional Protocol to the ICESCR"), Keys{"art|OP-ICESCR|11"});
    EXPECT_EQ(cescr("Article 17 of the Convention on the Rights of the Child"), Keys{"art|CRC|17"});
    EXPECT_EQ(cescr("article 19 of the International Covenant on Civil and Political Rights"),
              Keys{"art|ICCPR|19"});
}

TEST(CitationArticles, TheCovenantResolvesFromTheBody) {
    EXPECT_EQ(with_body("CCPR", "article 19 of the Covenant"), Keys{"art|ICCPR|19"});
    EXPECT_EQ(with_body("CRC", "article 3 of the Convention"), Keys{"art|CRC|3"});
    EXPECT_EQ(with_body("CMW", "article 3 of the Convention"), Keys{"art|ICMW|3"});
    EXPECT_EQ(with_body("", "article 12 of the Covenant"), Keys{"art||12"});
    EXPECT_EQ(with_body("", "article 12"), Keys{"art||12"});
}

TEST(CitationArticles, RussianForms) {
    EXPECT_EQ(cescr("статья 12 Пакта"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("статьи 2 и 12 Пакта"), (Keys{"art|ICESCR|2", "art|ICESCR|12"}));
    EXPECT_EQ(cescr("в соответствии со статьей 12 Международного пакта об экономических, "
                    "социальных и культурных правах"),
              Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("статья 24 Конвенции о правах ребенка"), Keys{"art|CRC|24"});
}

TEST(CitationArticles, KazakhForms) {
    EXPECT_EQ(cescr("Пактінің 12-бабы"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("12-бап"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("Пактінің 2 және 12-баптары"), (Keys{"art|ICESCR|2", "art|ICESCR|12"}));
    EXPECT_EQ(with_body("CRC", "Конвенцияның 3-бабы"), Keys{"art|CRC|3"});
    EXPECT_EQ(cescr("Бала құқықтары туралы конвенцияның 3-бабы"), Keys{"art|CRC|3"});
}

TEST(CitationArticles, OwnerNamedBeforeTheArticle) {
    EXPECT_EQ(cescr("ICCPR, art. 19(3)."), Keys{"art|ICCPR|19 (3)"});
    EXPECT_EQ(cescr("Трудовой кодекс Республики Казахстан, статья 54."),
              Keys{"act|labour-code|54"});
    EXPECT_EQ(cescr("Уголовный кодекс Республики Казахстан (статья 174) предусматривает"),
              Keys{"act|criminal-code|174"});
    EXPECT_EQ(cescr("article 2, paragraph 1, of the Covenant"), Keys{"art|ICESCR|2 (1)"});
    EXPECT_EQ(cescr("Статья 19 Всеобщей декларации прав человека"), Keys{"art|UDHR|19"});
    EXPECT_EQ(cescr("Жалпыға бірдей адам құқықтары декларациясының 19-бабы"), Keys{"art|UDHR|19"});
}

TEST(CitationArticles, DecimalPartsAndRegionalTreaties) {
    EXPECT_EQ(cescr("Article 25.1 of the Universal Declaration of Human Rights"),
              Keys{"art|UDHR|25 (1)"});
    EXPECT_EQ(cescr("article 5 (e) (iv) of the International Convention on the Elimination of "
                    "All Forms of Racial Discrimination"),
              Keys{"art|CERD|5 (e) (iv)"});
    EXPECT_EQ(cescr("the Covenant (articles 12, 2.1, 22 and 23)"),
              (Keys{"art|ICESCR|12", "art|ICESCR|2 (1)", "art|ICESCR|22", "art|ICESCR|23"}));
    EXPECT_EQ(cescr("the European Social Charter of 1961 as revised (art. 11), the Additional "
                    "Protocol to the American Convention on Human Rights in the Area of Economic, "
                    "Social and Cultural Rights of 1988 (art. 10)"),
              Keys{});
    EXPECT_EQ(cescr("the preamble to the Constitution of WHO"), Keys{});
}

TEST(CitationArticles, AnOrganisationsOwnRulesCiteNothing) {
    EXPECT_EQ(with_body("CCPR", "under article 5 of our statute it was approved"), Keys{});
    EXPECT_EQ(with_body("CCPR", "article 5 of its charter"), Keys{});
    EXPECT_EQ(with_body("CCPR", "article 5 of the statute"), Keys{});
    EXPECT_EQ(with_body("CCPR", "rule 12 and article 3 of the rules of procedure"), Keys{});
    EXPECT_EQ(with_body("CCPR", "статья 5 нашего устава"), Keys{});
    EXPECT_EQ(with_body("CCPR", "статьи 55 Устава ООН"), Keys{});
    EXPECT_EQ(with_body("CCPR", "Жарғымыздың 5-бабы"), Keys{});
    // The instruments and national acts are still theirs.
    EXPECT_EQ(with_body("CCPR", "article 5 of the Covenant"), Keys{"art|ICCPR|5"});
    EXPECT_EQ(with_body("CCPR", "article 14 of our Constitution"), Keys{"act|constitution|14"});
    EXPECT_EQ(with_body("CCPR", "статья 14 своей Конституции"), Keys{"act|constitution|14"});
    EXPECT_EQ(with_body("CCPR", "в нарушение статьи 14 его права были ограничены"),
              Keys{"art|ICCPR|14"});
    EXPECT_EQ(with_body("CCPR", "article 5"), Keys{"art|ICCPR|5"});
    EXPECT_EQ(with_body("CCPR", "Article 4 rules out any derogation."), Keys{"art|ICCPR|4"});
}

TEST(CitationArticles, Article19TheOrganisation) {
    EXPECT_EQ(with_body("CEDAW",
                        "Article 19, a London-based freedom of expression "
                        "organisation, reported that 11 journalists were harassed."),
              Keys{});
    EXPECT_EQ(with_body("CEDAW", "Article 19 reported that 11 journalists were harassed."), Keys{});
    EXPECT_EQ(with_body("CEDAW", "Article 19 has documented 11 cases."), Keys{});
    EXPECT_EQ(with_body("CEDAW", "According to ARTICLE 19, 11 journalists were harassed."), Keys{});
    EXPECT_EQ(with_body("CEDAW",
                        "Статья 19, международная правозащитная организация, "
                        "сообщила о 11 случаях."),
              Keys{});
    EXPECT_EQ(with_body("CEDAW", "Статья 19 сообщила о 11 случаях."), Keys{});
    // The treaty's article 19 is still cited.
    EXPECT_EQ(with_body("CEDAW", "Article 19, paragraph 2, guarantees it."),
              Keys{"art|CEDAW|19 (2)"});
    EXPECT_EQ(with_body("CEDAW", "Article 19, which protects the right, applies."),
              Keys{"art|CEDAW|19"});
    EXPECT_EQ(with_body("CEDAW", "Article 19 requires protection from violence."),
              Keys{"art|CEDAW|19"});
    EXPECT_EQ(with_body("CEDAW", "ARTICLE 19 OF THE COVENANT"), Keys{"art||19"});
    EXPECT_EQ(with_body("CEDAW", "ARTICLE 5 Everyone has the right to life."), Keys{"art|CEDAW|5"});
    EXPECT_EQ(with_body("CEDAW", "Статья 19 обязывает государства."), Keys{"art|CEDAW|19"});
    EXPECT_EQ(with_body("CEDAW",
                        "Article 2, an obligation shared with civil society "
                        "organisations, matters."),
              Keys{"art|CEDAW|2"});
}

TEST(CitationArticles, NationalLawQuotationsDoNotTakeTheCovenant) {
    EXPECT_EQ(cescr("(sub-paragraph 3) paragraph 1 of article 1)"), Keys{"art||1 (1)"});
    EXPECT_EQ(cescr("пункт 3 статьи 5 настоящего Закона"), Keys{});
}

// ------------------------------------------------------------------------ national acts

TEST(CitationActs, English) {
    EXPECT_EQ(cescr("Part 1 of Article 118 of the Criminal Code"),
              Keys{"act|criminal-code|118 (1)"});
    EXPECT_EQ(cescr("article 145 of the Criminal Code of the Republic of Kazakhstan"),
              Keys{"act|criminal-code|145"});
    EXPECT_EQ(cescr("Article 28-2 of the Law “On the Rights of the Child”"),
              Keys{"act|law:on the rights of the child|28-2"});
    EXPECT_EQ(cescr("sub-paragraphs 4 and 5 of Article 1 of the Law “On Mass Media”"),
              Keys{"act|law:on mass media|1"});
    EXPECT_EQ(cescr("article 14 of its Constitution"), Keys{"act|constitution|14"});
    EXPECT_EQ(cescr("the Criminal Code and the Law “On Mass Media”"),
              (Keys{"act|criminal-code|", "act|law:on mass media|"}));
    EXPECT_EQ(cescr("the Code of the Republic of Kazakhstan on Administrative Offences"),
              Keys{"act|administrative-code|"});
    EXPECT_EQ(cescr("article 10 of the Law of the Republic of Kazakhstan “On Public "
                    "Associations”"),
              Keys{"act|law:on public associations|10"});
}

TEST(CitationActs, Russian) {
    EXPECT_EQ(cescr("части 1 статьи 118 Уголовного кодекса"), Keys{"act|criminal-code|118 (1)"});
    EXPECT_EQ(cescr("Закон «О средствах массовой информации»"),
              Keys{"act|law:о средствах массовой информации|"});
    EXPECT_EQ(cescr("статья 17 Конституции"), Keys{"act|constitution|17"});
    EXPECT_EQ(cescr("части 1 статьи 112 Уголовно-процессуального кодекса"),
              Keys{"act|criminal-procedure-code|112 (1)"});
    EXPECT_EQ(cescr("статьи 10 Закона Республики Казахстан «Об общественных объединениях»"),
              Keys{"act|law:об общественных объединениях|10"});
}

TEST(CitationActs, RussianAndKazakhAbbreviations) {
    EXPECT_EQ(cescr("по статье 400 УК РК были осуждены"), Keys{"act|criminal-code|400"});
    EXPECT_EQ(cescr("ст. 174 УК"), Keys{"act|criminal-code|174"});
    EXPECT_EQ(cescr("статьи 112 УПК"), Keys{"act|criminal-procedure-code|112"});
    EXPECT_EQ(cescr("статья 462 КоАП РК"), Keys{"act|administrative-code|462"});
    EXPECT_EQ(cescr("статьи 54 ТК Республики Казахстан"), Keys{"act|labour-code|54"});
    EXPECT_EQ(cescr("статья 9 ГК"), Keys{"act|civil-code|9"});
    EXPECT_EQ(cescr("статья 9 НК РК"), Keys{"act|tax-code|9"});
    EXPECT_EQ(cescr("ҚК 174-бабы"), Keys{"act|criminal-code|174"});
    EXPECT_EQ(cescr("ҚР ҚК-нің 174-бабы"), Keys{"act|criminal-code|174"});
    EXPECT_EQ(cescr("ӘҚБтК-нің 462-бабы"), Keys{"act|administrative-code|462"});
    EXPECT_EQ(cescr("КоАП РК, ст. 462"), Keys{"act|administrative-code|462"});
    EXPECT_EQ(cescr("по УК РК и КоАП"), (Keys{"act|criminal-code|", "act|administrative-code|"}));
    // Whole words only, and the short ones alone are too ambiguous to cite.
    EXPECT_EQ(cescr("статья 12 УКАЗА"), Keys{"art|ICESCR|12"});
    EXPECT_EQ(cescr("ГК «Самрук», ТК «Хабар» и УК «Жилсервис»"), Keys{});
}

TEST(CitationActs, Kazakh) {
    EXPECT_EQ(cescr("Қылмыстық кодекстің 118-бабының 1-бөлігі"), Keys{"act|criminal-code|118 (1)"});
    EXPECT_EQ(cescr("Конституцияның 17-бабы"), Keys{"act|constitution|17"});
    EXPECT_EQ(cescr("«Бұқаралық ақпарат құралдары туралы» Заңның 1-бабы"),
              Keys{"act|law:бұқаралық ақпарат құралдары туралы|1"});
    // The republic named between the title and "Заң".
    EXPECT_EQ(cescr("«Қоғамдық бірлестіктер туралы» Қазақстан Республикасы Заңының 10-бабы"),
              Keys{"act|law:қоғамдық бірлестіктер туралы|10"});
    EXPECT_EQ(cescr("«Қоғамдық бірлестіктер туралы» ҚР Заңының 10-бабы"),
              Keys{"act|law:қоғамдық бірлестіктер туралы|10"});
    EXPECT_EQ(cescr("«Қоғамдық бірлестіктер туралы» Қазақстан Республикасының Заңы"),
              Keys{"act|law:қоғамдық бірлестіктер туралы|"});
}

// ------------------------------------------------------------------------ general comments

TEST(CitationGeneralComments, Symbols) {
    EXPECT_EQ(general_comment_symbol("CESCR", 14), "E/C.12/2000/4");
    EXPECT_EQ(general_comment_symbol("CESCR", 1), "E/1989/22");
    EXPECT_EQ(general_comment_symbol("CESCR", 22), "E/C.12/GC/22");
    EXPECT_EQ(general_comment_symbol("CCPR", 31), "CCPR/C/21/Rev.1/Add.13");
    EXPECT_EQ(general_comment_symbol("CCPR", 36), "CCPR/C/GC/36");
    EXPECT_EQ(general_comment_symbol("CEDAW", 35), "CEDAW/C/GC/35");
    EXPECT_EQ(general_comment_symbol("CESCR", 99), "");
    EXPECT_EQ(general_comment_symbol("CCPR", 20), "");
}

TEST(CitationGeneralComments, AllLanguages) {
    EXPECT_EQ(cescr("General Comment No. 14"), Keys{"doc|E/C.12/2000/4"});
    EXPECT_EQ(cescr("general comment No. 14 (2000), para. 12"), Keys{"para|E/C.12/2000/4|12"});
    EXPECT_EQ(cescr("GC 14"), Keys{"doc|E/C.12/2000/4"});
    EXPECT_EQ(cescr("замечание общего порядка № 14"), Keys{"doc|E/C.12/2000/4"});
    EXPECT_EQ(cescr("жалпы тәртіптегі № 14 ескерту"), Keys{"doc|E/C.12/2000/4"});
    EXPECT_EQ(cescr("№ 14 (2000) жалпы тәртіптегі ескертпесінің 12-тармағы"),
              Keys{"para|E/C.12/2000/4|12"});
    EXPECT_EQ(cescr("Human Rights Committee general comment No. 34"), Keys{"doc|CCPR/C/GC/34"});
    EXPECT_EQ(cescr("CEDAW general recommendation No. 35"), Keys{"doc|CEDAW/C/GC/35"});
    EXPECT_EQ(with_body("CCPR", "CESCR General Comment No. 14"), Keys{"doc|E/C.12/2000/4"});
    EXPECT_EQ(cescr("general comment No. 99"), Keys{});
}

// ------------------------------------------------------------------------ earlier observations

TEST(CitationEarlierObservations, ResolvedOrDescribed) {
    CitationContext c = context("CESCR");
    EXPECT_EQ(keys_of(CitationExtractor(c).extract(
                  "in light of CESCR’s 2019 concluding observations (paras. 46–47)")),
              (Keys{"para|CESCR/KAZ/concluding-observations/2019|46",
                    "para|CESCR/KAZ/concluding-observations/2019|47"}));
    c.resolve = [](const DocumentDescription& d) {
        return d.body == "CESCR" && d.country == "KAZ" && d.year == 2019 ? "E/C.12/KAZ/CO/2" : "";
    };
    EXPECT_EQ(keys_of(CitationExtractor(c).extract(
                  "in light of CESCR’s 2019 concluding observations (paras. 46–47)")),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(keys_of(CitationExtractor(c).extract("the 2019 recommendations")),
              Keys{"doc|E/C.12/KAZ/CO/2"});
    EXPECT_EQ(keys_of(CitationExtractor(c).extract(
                  "в заключительных замечаниях Комитета 2019 года (пп. 46–47)")),
              (Keys{"para|E/C.12/KAZ/CO/2|46", "para|E/C.12/KAZ/CO/2|47"}));
    EXPECT_EQ(keys_of(CitationExtractor(c).extract("2019 жылғы қорытынды ескертпелер")),
              Keys{"doc|E/C.12/KAZ/CO/2"});
    EXPECT_EQ(keys_of(CitationExtractor(c).extract("the State party’s report")), Keys{});
}

// ------------------------------------------------------------------------ URLs

TEST(CitationUrls, TrailingPunctuationIsCut) {
    EXPECT_EQ(cescr("Available at: https://example.org/a/b.pdf."),
              Keys{"url|https://example.org/a/b.pdf"});
    EXPECT_EQ(cescr("(see https://en.wikipedia.org/wiki/Foo_(bar)), and www.example.kz;"),
              (Keys{"url|https://en.wikipedia.org/wiki/Foo_(bar)", "url|www.example.kz"}));
    EXPECT_EQ(cescr("«https://adilet.zan.kz/rus/docs/Z020000345_»"),
              Keys{"url|https://adilet.zan.kz/rus/docs/Z020000345_"});
}

// ------------------------------------------------------------------------ short forms

TEST(CitationShortForms, IbidFollowsTheLastCitation) {
    CitationExtractor x(context("CESCR"));
    EXPECT_EQ(keys_of(x.extract("See E/C.12/KAZ/CO/2, para. 46.", "1")),
              Keys{"para|E/C.12/KAZ/CO/2|46"});
    auto m = x.extract("Ibid., paras. 47-48.", "2");
    EXPECT_EQ(keys_of(m), (Keys{"para|E/C.12/KAZ/CO/2|47", "para|E/C.12/KAZ/CO/2|48"}));
    ASSERT_EQ(m.size(), 1u);
    EXPECT_TRUE(m[0].short_form);
    EXPECT_EQ(keys_of(x.extract("Ibid.", "3")),
              (Keys{"para|E/C.12/KAZ/CO/2|47", "para|E/C.12/KAZ/CO/2|48"}));
    EXPECT_EQ(keys_of(x.extract("Там же, п. 12.")), Keys{"para|E/C.12/KAZ/CO/2|12"});
    EXPECT_EQ(keys_of(x.extract("Сонда, 13-тармақ.")), Keys{"para|E/C.12/KAZ/CO/2|13"});
    EXPECT_EQ(keys_of(x.extract("Id.")), Keys{"para|E/C.12/KAZ/CO/2|13"});
    EXPECT_EQ(keys_of(x.extract("https://example.org")), Keys{"url|https://example.org"});
    EXPECT_EQ(keys_of(x.extract("Там же.")), Keys{"url|https://example.org"});
}

TEST(CitationShortForms, SupraNoteAndOpCit) {
    CitationExtractor x(context("CESCR"));
    x.extract("E/C.12/KAZ/CO/2, para. 47.", "3");
    x.extract("Article 12 ICESCR.", "4");
    EXPECT_EQ(keys_of(x.extract("See supra note 3.")), Keys{"para|E/C.12/KAZ/CO/2|47"});
    EXPECT_EQ(keys_of(x.extract("See note 3 above, para. 12.")), Keys{"para|E/C.12/KAZ/CO/2|12"});
    EXPECT_EQ(keys_of(x.extract("См. сноску 3.")), Keys{"para|E/C.12/KAZ/CO/2|47"});
    EXPECT_EQ(keys_of(x.extract("Smith, op. cit.")), Keys{"para|E/C.12/KAZ/CO/2|47"});
    EXPECT_EQ(keys_of(x.extract("See supra note 9.")), Keys{});
}

TEST(CitationShortForms, AboveCitesTheCitingDocument) {
    CitationExtractor x(context("CESCR", "KAZ", "E/C.12/KAZ/CO/3"));
    EXPECT_EQ(keys_of(x.extract("see above, para. 46")), Keys{"para|E/C.12/KAZ/CO/3|46"});
    EXPECT_EQ(keys_of(x.extract("see para. 46 above")), Keys{"para|E/C.12/KAZ/CO/3|46"});
    EXPECT_EQ(keys_of(x.extract("выше, п. 46")), Keys{"para|E/C.12/KAZ/CO/3|46"});
    EXPECT_EQ(keys_of(x.extract("жоғарыда, 46-тармақ")), Keys{"para|E/C.12/KAZ/CO/3|46"});
    CitationExtractor none(context("CESCR"));
    EXPECT_EQ(keys_of(none.extract("see para. 46 above")), Keys{});
}

// ------------------------------------------------------------------------ not citations

TEST(CitationNegatives, NumbersDatesAndCounts) {
    EXPECT_EQ(cescr("On 29 March 2019 the report had 12 paragraphs and 7.6% of 79,900 people."),
              Keys{});
    EXPECT_EQ(cescr("Job number GE.24-01234, ISBN 978-92-1-154239-1."), Keys{});
    EXPECT_EQ(cescr("As stated in para. 46, the State must act."), Keys{});
    EXPECT_EQ(cescr("46-тармақта айтылғандай"), Keys{});
    EXPECT_EQ(cescr("The NGO Article 19 reported it."), Keys{});
    EXPECT_EQ(cescr("«Article 19» халықаралық ұйымы"), Keys{});
    EXPECT_EQ(cescr("paragraph 3 of this article"), Keys{});
}

// ------------------------------------------------------------------------ real submissions

std::string submission(const std::string& prefix) {
    for (const auto& e :
         std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "submissions"))
        if (e.path().filename().string().rfind(prefix, 0) == 0) return test::read_file(e.path());
    return {};
}

Keys keys_of_file(const std::string& content) {
    CitationExtractor x(context("CESCR"));
    Keys keys;
    std::istringstream in(content);
    std::string line;
    while (std::getline(in, line))
        for (auto& k : keys_of(x.extract(line))) keys.insert(k);
    return keys;
}

TEST(CitationSubmissions, FindsWhatTheIssueNames) {
    const std::string first = submission("000_");
    const std::string second = submission("004_");
    if (first.empty() || second.empty()) GTEST_SKIP() << "shared submissions not available";
    const Keys a = keys_of_file(first);
    for (const char* k : {"para|CESCR/KAZ/concluding-observations/2019|46",
                          "para|CESCR/KAZ/concluding-observations/2019|47", "art|ICESCR|12",
                          "art|ICESCR|2 (2)", "art|ICESCR|6", "doc|E/C.12/2000/4",
                          "url|https://hri.global/wp-content/uploads/2024/10/GS24_Eurasia_AW.pdf"})
        EXPECT_TRUE(a.count(k)) << k;
    const Keys b = keys_of_file(second);
    for (const char* k : {"doc|E/C.12/KAZ/3", "art|ICESCR|15", "art|ICESCR|12", "art|OP-ICESCR|11",
                          "art|CRC|17", "act|criminal-code|118 (1)", "act|criminal-code|145",
                          "act|law:on the rights of the child|28-2", "act|law:on mass media|1",
                          "url|https://adilet.zan.kz/rus/docs/V1600014067"})
        EXPECT_TRUE(b.count(k)) << k;
}

// ------------------------------------------------------------------------ labelled suite

TEST(CitationSuite, ParsesTheFormat) {
    auto groups = parse_citation_suite(
        "# c\n== lang=en body=CESCR country=KAZ symbol= known=E/C.12/KAZ/CO/2@2019\n"
        "> fn 1: See E/C.12/KAZ/CO/2, para. 46.\n= para|E/C.12/KAZ/CO/2|46\n"
        "> The State has not complied since 2019.\n= none\n",
        "inline");
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].lang, "en");
    ASSERT_EQ(groups[0].known.size(), 1u);
    EXPECT_EQ(groups[0].known[0].second, 2019);
    ASSERT_EQ(groups[0].examples.size(), 2u);
    EXPECT_EQ(groups[0].examples[0].footnote, "1");
    EXPECT_EQ(groups[0].examples[0].text, "See E/C.12/KAZ/CO/2, para. 46.");
    EXPECT_TRUE(groups[0].examples[1].expected.empty());
    const SuiteReport r = score_citation_suite(groups);
    EXPECT_EQ(r.overall.true_positives, 1u);
    EXPECT_EQ(r.overall.extracted, 1u);
    EXPECT_THROW(parse_citation_suite("> text before a group\n", "inline"), Error);
}

TEST(CitationSuite, PrecisionAndRecallAtLeast95Percent) {
    const auto dir = test::fixtures_dir() / "citations";
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no labelled suite";
    const SuiteReport r = score_citation_suite(load_citation_suite(dir));
    ASSERT_GT(r.examples, 0u);
    EXPECT_GE(r.overall.precision(), 0.95) << "run tools/eval-citations --verbose";
    EXPECT_GE(r.overall.recall(), 0.95) << "run tools/eval-citations --verbose";
}

// Every cut of every suite sentence (a unit can end anywhere in a broken file): no crash, and
// every match is a non-empty range inside the text.
TEST(CitationSuite, FragmentsAreSafe) {
    const auto dir = test::fixtures_dir() / "citations";
    if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no labelled suite";
    for (const auto& group : load_citation_suite(dir)) {
        CitationExtractor x(suite_context(group));
        for (const auto& ex : group.examples) {
            for (std::size_t cut = 0; cut <= ex.text.size(); cut += 5) {
                for (const std::string_view text : {std::string_view(ex.text).substr(0, cut),
                                                    std::string_view(ex.text).substr(cut)}) {
                    for (const auto& m : x.extract(text, "1")) {
                        EXPECT_LT(m.begin, m.end) << text;
                        EXPECT_LE(m.end, text.size()) << text;
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace paragraf::core
