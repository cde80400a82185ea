#include "core/date_text.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace paragraf::core {
namespace {

std::string date_of(const std::vector<std::string_view>& lines) {
    return find_document_date(lines);
}

int this_year() {
    using namespace std::chrono;
    return static_cast<int>(year_month_day{floor<days>(system_clock::now())}.year());
}

TEST(ParseDate, EnglishRussianKazakhAndNumericForms) {
    EXPECT_EQ(parse_date("24 March 2023"), "2023-03-24");
    EXPECT_EQ(parse_date("March 24, 2023"), "2023-03-24");
    EXPECT_EQ(parse_date("2 Sept. 2021"), "2021-09-02");
    EXPECT_EQ(parse_date("24 марта 2023 года"), "2023-03-24");
    EXPECT_EQ(parse_date("24 марта 2023 г."), "2023-03-24");
    EXPECT_EQ(parse_date("1 Декабря 2020 г."), "2020-12-01");
    EXPECT_EQ(parse_date("2023 жылғы 24 наурыз"), "2023-03-24");
    EXPECT_EQ(parse_date("24 наурыз 2023 ж."), "2023-03-24");
    EXPECT_EQ(parse_date("2019 жылғы 7 Желтоқсан"), "2019-12-07");
    EXPECT_EQ(parse_date("2023-03-24"), "2023-03-24");
    EXPECT_EQ(parse_date("24.03.2023"), "2023-03-24");
    EXPECT_EQ(parse_date("4.3.2023"), "2023-03-04");
    EXPECT_EQ(parse_date("\xC2\xA0"
                         "24\xC2\xA0March 2023 "),
              "2023-03-24");
}

TEST(ParseDate, MonthAndYear) {
    EXPECT_EQ(parse_date("March 2023"), "2023-03");
    EXPECT_EQ(parse_date("март 2023 г."), "2023-03");
    EXPECT_EQ(parse_date("наурыз 2023 ж."), "2023-03");
    EXPECT_EQ(parse_date("2023 жылғы наурыз"), "2023-03");
}

TEST(ParseDate, ImpossibleDatesAreNoDates) {
    EXPECT_EQ(parse_date("32 March 2023"), "");
    EXPECT_EQ(parse_date("31 April 2023"), "");
    EXPECT_EQ(parse_date("29 February 2023"), "");
    EXPECT_EQ(parse_date("29 February 2024"), "2024-02-29");
    EXPECT_EQ(parse_date("2023-13-01"), "");
    EXPECT_EQ(parse_date("24.13.2023"), "");
    EXPECT_EQ(parse_date("0 March 2023"), "");
    EXPECT_EQ(parse_date("10 December 1944"), "");  // before the United Nations
    EXPECT_EQ(parse_date("10 December 1948"), "1948-12-10");
    EXPECT_EQ(parse_date("1 January " + std::to_string(this_year() + 1)),
              std::to_string(this_year() + 1) + "-01-01");
    EXPECT_EQ(parse_date("1 January " + std::to_string(this_year() + 2)), "");
}

TEST(ParseDate, OnlyAWholeDate) {
    EXPECT_EQ(parse_date(""), "");
    EXPECT_EQ(parse_date("Geneva, 24 March 2023"), "");
    EXPECT_EQ(parse_date("24 March 2023 and later"), "");
    EXPECT_EQ(parse_date("24 March"), "");
    EXPECT_EQ(parse_date("2023"), "");
    EXPECT_EQ(parse_date("may 2023"), "");  // English months are capitalised
    EXPECT_EQ(parse_date("1.2.3"), "");
}

TEST(FindDocumentDate, CoverPageDateUnderDistribution) {
    EXPECT_EQ(date_of({"E/C.12/XAR/CO/2", "Distr.: General", "24 March 2023", "Original: English"}),
              "2023-03-24");
    // One text with a line break, as a title or a cell may hold.
    EXPECT_EQ(date_of({"Distr.: General\n24 March 2023"}), "2023-03-24");
}

TEST(FindDocumentDate, DistributionLineWithTheDate) {
    EXPECT_EQ(date_of({"E/C.12/XAR/CO/2", "Distr.: General 24 March 2023", "Russian"}),
              "2023-03-24");
    EXPECT_EQ(date_of({"Distr.: General", "24 марта 2023 года", "Russian", "Original: English"}),
              "2023-03-24");
}

TEST(FindDocumentDate, DateLine) {
    EXPECT_EQ(date_of({"Submission of the Coalition", "Date: 12 May 2024"}), "2024-05-12");
    EXPECT_EQ(date_of({"Дата: 12 мая 2024 г."}), "2024-05-12");
    EXPECT_EQ(date_of({"Күні: 2024 жылғы 12 мамыр"}), "2024-05-12");
}

TEST(FindDocumentDate, KazakhCoverPage) {
    EXPECT_EQ(date_of({"E/C.12/XAR/CO/2", "Жалпы таратылым", "2023 жылғы 24 наурыз"}),
              "2023-03-24");
    EXPECT_EQ(date_of({"Жалпы таратылым", "24 наурыз 2023 ж."}), "2023-03-24");
}

TEST(FindDocumentDate, AdoptionRangeGivesItsEnd) {
    EXPECT_EQ(date_of({"Concluding observations on the second periodic report of Aralia",
                       "Adopted by the Committee at its 65th session (18 February–7 March 2019)"}),
              "2019-03-07");
    EXPECT_EQ(date_of({"Adopted by the Committee at its 65th session (18–29 March 2019)"}),
              "2019-03-29");
    EXPECT_EQ(date_of({"Adopted at its session (18 December 2018 – 7 January 2019)"}),
              "2019-01-07");
    EXPECT_EQ(date_of({"Приняты Комитетом на его шестьдесят пятой сессии "
                       "(18 февраля – 7 марта 2019 года)"}),
              "2019-03-07");
    EXPECT_EQ(date_of({"Комитет 2019 жылғы 18 ақпан – 7 наурыз аралығында өткен 65-сессиясында "
                       "қабылдаған"}),
              "2019-03-07");
    EXPECT_EQ(date_of({"Комитет 2019 жылғы 18–29 наурыз аралығында өткен сессиясында қабылдаған"}),
              "2019-03-29");
}

TEST(FindDocumentDate, AdoptedLineWinsOverAnEarlierDateInText) {
    EXPECT_EQ(date_of({"1. The report was received on 3 January 2018.",
                       "Adopted by the Committee at its 65th session (18 February–7 March 2019)"}),
              "2019-03-07");
}

TEST(FindDocumentDate, DateAfterAdoptedInASentence) {
    EXPECT_EQ(date_of({"1. The Committee considered the report at its meetings, held on 18 and 19 "
                       "February 2019, and adopted the present concluding observations at its "
                       "24th meeting, held on 7 March 2019."}),
              "2019-03-07");
}

TEST(FindDocumentDate, AdoptionOfAnotherTextIsNoLabel) {
    EXPECT_EQ(date_of({"Parallel report", "24 March 2023",
                       "1. The Committee adopted its previous concluding observations on 7 March "
                       "2019, and the Government has not acted on them since."}),
              "2023-03-24");
}

TEST(FindDocumentDate, MonthAndYearOnALineOfItsOwn) {
    EXPECT_EQ(date_of({"Parallel report on the right to health", "March 2023"}), "2023-03");
    EXPECT_EQ(date_of({"Альтернативный доклад", "март 2023 г."}), "2023-03");
}

TEST(FindDocumentDate, FirstFullDateInRunningText) {
    EXPECT_EQ(date_of({"Joint submission", "Geneva, 24 March 2023"}), "2023-03-24");
    EXPECT_EQ(date_of({"Report", "1. This report, completed on 24 March 2023, covers 2022."}),
              "2023-03-24");
}

TEST(FindDocumentDate, NotADateOfADocumentCited) {
    EXPECT_EQ(date_of({"Submission", "1. See resolution 52/1 of 3 April 2023 on the matter."}), "");
    EXPECT_EQ(date_of({"1. The report (E/C.12/XAR/CO/2, 29 March 2019) says nothing."}), "");
    EXPECT_EQ(date_of({"1. As the Committee said (E/C.12/XAR/CO/2 29 March 2019)."}), "");
    EXPECT_EQ(date_of({"1. Закон от 12 марта 2010 года № 5 не применяется."}), "");
    EXPECT_EQ(date_of({"1. Law No. 5 dated 12 March 2010 still applies."}), "");
    EXPECT_EQ(date_of({"1. Заңның 2010 жылғы 12 наурыздағы редакциясы."}), "");
    EXPECT_EQ(
        date_of({"The concluding observations adopted in 2019 (E/C.12/XAR/CO/2, 29 March 2019)"}),
        "");
}

TEST(FindDocumentDate, NotADateOfBirth) {
    EXPECT_EQ(
        date_of({"Case of A.", "1. The author, born on 3 May 1990, is a national of Aralia."}), "");
    EXPECT_EQ(date_of({"1. Автор, родился 3 мая 1990 года, гражданин Аралии."}), "");
}

TEST(FindDocumentDate, MonthAndYearInASentenceIsNotTheDocumentDate) {
    EXPECT_EQ(date_of({"1. Interviews were held in March 2024 in three facilities."}), "");
}

TEST(FindDocumentDate, OnlyTheFirstLines) {
    std::vector<std::string> body(40, "1. A paragraph without any date.");
    body.push_back("2. Adopted on 24 March 2023.");
    const std::vector<std::string_view> lines(body.begin(), body.end());
    EXPECT_EQ(find_document_date(lines), "");
    const std::string long_line(4000, 'x');
    EXPECT_EQ(date_of({long_line, "24 March 2023"}), "");
    EXPECT_EQ(date_of({std::string_view(long_line).substr(0, 100), "24 March 2023"}), "2023-03-24");
}

TEST(FindDocumentDate, ImpossibleDatesAreSkipped) {
    EXPECT_EQ(date_of({"Distr.: General", "32 March 2023"}), "");
    EXPECT_EQ(date_of({"Date: 2023-13-24"}), "");
    EXPECT_EQ(date_of({"Date: 24 March 2999"}), "");
    EXPECT_EQ(date_of({"Date: 24 March 1900", "Geneva, 2 May 2020"}), "2020-05-02");
}

TEST(FindDocumentDate, NothingToFind) {
    EXPECT_EQ(date_of({}), "");
    EXPECT_EQ(date_of({"", "Introduction", "1. The State party has 2023 schools."}), "");
    EXPECT_EQ(date_of({"1. Please provide data for 2019-2023."}), "");
}

}  // namespace
}  // namespace paragraf::core
