#include "indexer/readers/text_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "indexer/expect_units.hpp"
#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

using core::Document;
using core::Unit;
using core::UnitKind;
using Strings = std::vector<std::string>;

/// "¶" spelled out, so that the test does not depend on the source encoding.
const std::string kPilcrow = "\xC2\xB6";

using test::expect_units;

const Unit* find_unit(const Document& doc, const std::string& label) {
    auto it = std::find_if(doc.units.begin(), doc.units.end(),
                           [&](const Unit& unit) { return unit.label == label; });
    return it == doc.units.end() ? nullptr : &*it;
}

Document read_fixture(const std::string& name) {
    const auto path = test::fixtures_dir() / "text" / name;
    return read_text_document(test::read_file(path), path.string());
}

Document read_shared(const std::string& relative) {
    const auto path = test::shared_dir() / relative;
    return read_text_document(test::read_file(path), path.string());
}

Document read_string(const std::string& content, const std::string& path = "doc.txt") {
    return read_text_document(content, path);
}

/// The InputError thrown for `content`; fails the test when nothing is thrown.
InputError error_for(const std::string& content) {
    try {
        read_string(content, "bad.txt");
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "no InputError thrown";
    return InputError("none");
}

// --- Fixtures: every structural rule -----------------------------------------------------------

TEST(TextReader, NumberedSectionsLabelsAndPaths) {
    const Document doc = read_fixture("numbered_sections.txt");
    EXPECT_EQ(doc.meta.id, "numbered_sections");
    EXPECT_EQ(doc.meta.title, "Submission on the right to water");
    const Strings title = {"Submission on the right to water"};
    const Strings scope = {"1. Introduction", "1.1. Scope of the submission"};
    const Strings questions = {"2. Questions for the List of Issues"};
    const Strings water = {"2. Questions for the List of Issues", "2.1. Access to water"};
    expect_units(
        doc, {
                 // Refs of a heading go to the first unit of its section.
                 {UnitKind::paragraph,
                  kPilcrow + "1",
                  "This opening paragraph comes before any numbered heading.",
                  {"1"},
                  title},
                 {UnitKind::item, kPilcrow + "2", "A bullet before any heading.", {}, title},
                 {UnitKind::paragraph,
                  kPilcrow + "3",
                  "A paragraph under an unnumbered heading.",
                  {},
                  {"Background"}},
                 {UnitKind::paragraph,
                  "1.1/1",
                  "The submission covers rural areas [sic] and the years [2019] to 2024.",
                  {"2"},
                  scope},
                 {UnitKind::paragraph, "1.1/2", "It relies on three sources:", {}, scope},
                 {UnitKind::item, "1.1/3", "field interviews;", {}, scope},
                 {UnitKind::item, "1.1/4", "official statistics;", {"3"}, scope},
                 {UnitKind::item, "1.1/5", "media reports.", {}, scope},
                 {UnitKind::paragraph, "2/1", "Please answer the following.", {}, questions},
                 {UnitKind::paragraph,
                  "2.1/1",
                  "Please indicate the number of households without piped water:",
                  {},
                  water},
                 {UnitKind::subparagraph, "2.1/1 (a)", "in rural areas;", {}, water},
                 {UnitKind::subparagraph, "2.1/1 (b)", "in informal settlements.", {}, water},
                 {UnitKind::paragraph,
                  "2.1/2",
                  "Please describe the measures taken since 2019.",
                  {},
                  water},
                 {UnitKind::item, "2.1/2, bullet 1", "Budget allocations.", {}, water},
                 {UnitKind::paragraph, "2.1/3", "A closing paragraph of the section.", {}, water},
                 {UnitKind::footnote, "fn. 1", "Prepared by the Water Rights Coalition.", {}, {}},
                 {UnitKind::footnote, "fn. 2", "See the annex.", {}, {}},
                 {UnitKind::footnote,
                  "fn. 3",
                  "National Statistics Office, water survey [2023 edition], table 4.",
                  {},
                  {}},
             });
}

TEST(TextReader, UnnumberedHeadingsSubparagraphsAndBullets) {
    const Document doc = read_fixture("unnumbered_headings.txt");
    // "Introduction" names no document: the file name is the better title.
    EXPECT_EQ(doc.meta.title, "unnumbered_headings");
    const Strings intro = {"Introduction"};
    const Strings health = {"Right to Health (art. 12)"};
    // 124 characters, accepted as a heading because a numbered paragraph follows.
    const Strings culture = {
        "Right to Take Part in Cultural Life and to Enjoy the Benefits of Scientific Progress "
        "and Its Applications (art. 15, a and b)"};
    expect_units(
        doc,
        {
            {UnitKind::paragraph,
             "1",
             "We submit this report on behalf of three organisations.",
             {},
             intro},
            // Short, but ends with ':' -> a numbered paragraph, not a heading.
            {UnitKind::paragraph,
             "2",
             "Suggested Questions to the State party for the LoI:",
             {},
             intro},
            {UnitKind::item, "2, bullet 1", "Please explain the delay.", {"1"}, intro},
            {UnitKind::item, "2, bullet 2", "Please provide statistics.", {}, intro},
            {UnitKind::paragraph, "3", "The law provides that:", {}, health},
            {UnitKind::subparagraph, "3 (a)", "clinics must be accessible;", {}, health},
            {UnitKind::subparagraph,
             "3 (b)",
             "care must be affordable, in particular:",
             {},
             health},
            {UnitKind::subparagraph, "3 (b) (i)", "for older persons;", {}, health},
            {UnitKind::subparagraph, "3 (b) (ii)", "for persons with disabilities;", {}, health},
            {UnitKind::item,
             "3 (b) (ii), bullet 1",
             "including access to assistive devices;",
             {},
             health},
            {UnitKind::subparagraph, "3 (c)", "records must stay confidential.", {}, health},
            // Heading-shaped, but it continues the paragraph numbering 1, 2, 3.
            {UnitKind::paragraph,
             "4",
             "Short numbered paragraph without a final period",
             {},
             health},
            {UnitKind::paragraph,
             kPilcrow + "1",
             "This unnumbered paragraph follows paragraph 4.",
             {},
             health},
            {UnitKind::item, kPilcrow + "2", "A dash item after it.", {}, health},
            {UnitKind::paragraph,
             "5",
             "We thank the Committee [sic] for its attention.",
             {},
             culture},
            {UnitKind::footnote, "fn. 1", "Report of 2021, para. 4.", {}, {}},
        });
}

TEST(TextReader, FootnoteBodiesAndBookmarks) {
    const Document doc = read_fixture("footnotes.txt");
    const Strings path = {"Report on detention conditions"};
    expect_units(
        doc,
        {
            // The body of fn. 1 spans three lines; the text around it joins up.
            {UnitKind::paragraph,
             "1",
             "Detainees reported overcrowding and poor food.",
             {"1", "2"},
             path},
            // [4: ...] is not cited and not in the final list: ordinary text.
            {UnitKind::paragraph,
             "2",
             "The authorities replied [sic] that cells hold \"[4: persons]\" only.",
             {},
             path},
            {UnitKind::paragraph,
             "3",
             "A footnote body may contain brackets and still end.",
             {"3"},
             path},
            {UnitKind::paragraph,
             "4",
             "Bodies also stand elsewhere, like the second one below.",
             {},
             path},
            {UnitKind::paragraph,
             kPilcrow + "1",
             "[7: not a footnote] because text follows it.",
             {},
             path},
            {UnitKind::footnote,
             "fn. 1",
             "Interviews held in March 2024 in three facilities.",
             {},
             {}},
            {UnitKind::footnote, "fn. 2", "Statement of the prison authority, 2024.", {}, {}},
            {UnitKind::footnote, "fn. 3", "See [annex 2], section [b].", {}, {}},
            // Never cited, but part of the footnote list closing the document.
            {UnitKind::footnote, "fn. 5", "A trailing footnote with no reference.", {}, {}},
            {UnitKind::footnote, "fn. 6", "Another trailing footnote, spanning two lines.", {}, {}},
        });
}

TEST(TextReader, GeneralCommentHeader) {
    const Document doc = read_fixture("general_comment.txt");
    EXPECT_EQ(doc.meta.symbol, "E/C.12/GC/99");
    EXPECT_EQ(doc.meta.author, "Committee on Economic, Social and Cultural Rights");
    EXPECT_EQ(doc.meta.date, "2021-03-02");
    EXPECT_EQ(doc.meta.title, "General comment No. 99 (2021) on the right to water in fixtures");
    EXPECT_TRUE(doc.meta.body.empty());
    EXPECT_TRUE(doc.meta.lang.empty());
    expect_units(
        doc,
        {
            {UnitKind::paragraph,
             "1",
             "Water is indispensable for leading a life in human dignity.",
             {},
             {}},
            {UnitKind::paragraph, "2", "The elements of the right to water are:", {}, {}},
            {UnitKind::subparagraph,
             "2 (a)",
             "Availability. The supply must be sufficient.",
             {},
             {}},
            {UnitKind::subparagraph,
             "2 (b)",
             "Accessibility. Water must be accessible to everyone:",
             {},
             {}},
            {UnitKind::item,
             "2 (b), bullet 1",
             "Physical accessibility: within safe reach.",
             {},
             {}},
            {UnitKind::item,
             "2 (b), bullet 2",
             "Economic accessibility: affordable for all.",
             {},
             {}},
            {UnitKind::subparagraph, "2 (c)", "Quality. Water must be safe.", {}, {}},
            {UnitKind::paragraph, "3", "States parties should adopt national strategies.", {}, {}},
        });
}

TEST(TextReader, CollapsesTabsSpacesAndCarriageReturns) {
    const Document doc = read_fixture("crlf_tabs.txt");
    EXPECT_EQ(doc.meta.title, "Heading with Windows line ends");
    expect_units(doc, {{UnitKind::paragraph,
                        "1",
                        "Text with tabs and runs of spaces.",
                        {},
                        {"Heading with Windows line ends"}}});
}

// --- Smaller rules, on inline text ---------------------------------------------------------

TEST(TextReader, MetaComesFromThePath) {
    const Document doc = read_string("1. Only a numbered paragraph.\n", "/data/in/E_C.12_1.en.txt");
    EXPECT_EQ(doc.meta.id, "E_C.12_1.en");
    EXPECT_EQ(doc.meta.source_path, "/data/in/E_C.12_1.en.txt");
    // No unmarked line near the top: the title is the file name.
    EXPECT_EQ(doc.meta.title, "E_C.12_1.en");
    EXPECT_TRUE(doc.meta.symbol.empty());
    EXPECT_TRUE(doc.meta.date.empty());
}

TEST(TextReader, RomanNumeralOrLetterI) {
    const Document doc = read_string(
        "4. Obligations:\n(g) seventh;\n(h) eighth;\n(i) ninth, a letter after (h);\n"
        "5. Grounds:\n(i) first roman;\n(ii) second roman;\n(iii) third roman.\n");
    std::vector<std::string> labels;
    for (const Unit& unit : doc.units) labels.push_back(unit.label);
    EXPECT_EQ(labels, (Strings{"4", "4 (g)", "4 (h)", "4 (i)", "5", "5 (i)", "5 (ii)", "5 (iii)"}));
}

TEST(TextReader, BulletsBelongToTheLastNumberedParagraphUntilAnUnnumberedOne) {
    const Document doc = read_string(
        "Heading\n1. Questions:\n* first\n\xE2\x80\x93 second\no third\nA plain paragraph.\n"
        "\xE2\x80\xA2 free item\n");
    std::vector<std::string> labels;
    for (const Unit& unit : doc.units) labels.push_back(unit.label);
    EXPECT_EQ(labels, (Strings{"1", "1, bullet 1", "1, bullet 2", "1, bullet 3", kPilcrow + "1",
                               kPilcrow + "2"}));
    EXPECT_EQ(doc.units[3].text, "third");
    EXPECT_EQ(doc.units[5].kind, UnitKind::item);
}

TEST(TextReader, CountedLabelsNeverTakeALaterNumberedParagraphLabel) {
    const Document doc = read_string(
        "1. Questions\nIntroductory sentence of the section.\n1. Please explain.\n"
        "2. Please describe.\n");
    std::vector<std::string> labels;
    for (const Unit& unit : doc.units) labels.push_back(unit.label);
    EXPECT_EQ(labels, (Strings{"1/3", "1/1", "1/2"}));
}

TEST(TextReader, HeadingsNestAndClose) {
    const Document doc = read_string(
        "1. First\nA.\n1.1. Sub\nB.\nAside heading\nC.\n2. Second\nD.\n2.1. Other sub\n"
        "Another aside\nE.\n");
    ASSERT_EQ(doc.units.size(), 5u);
    EXPECT_EQ(doc.units[0].section_path, (Strings{"1. First"}));
    EXPECT_EQ(doc.units[1].section_path, (Strings{"1. First", "1.1. Sub"}));
    EXPECT_EQ(doc.units[2].section_path, (Strings{"1. First", "1.1. Sub", "Aside heading"}));
    EXPECT_EQ(doc.units[2].label, "1.1/2");  // unnumbered headings do not restart numbering
    EXPECT_EQ(doc.units[3].section_path, (Strings{"2. Second"}));
    EXPECT_EQ(doc.units[4].section_path, (Strings{"2. Second", "2.1. Other sub", "Another aside"}));
}

TEST(TextReader, RefsOfATrailingHeadingGoToTheLastUnit) {
    // "Annex" is the last block, hence a paragraph that keeps its ref.
    const Document doc = read_string("1. A paragraph.\nAnnex[footnoteRef:9]\n[9: The annex.]\n");
    ASSERT_EQ(doc.units.size(), 3u);
    EXPECT_EQ(doc.units[0].footnote_refs, Strings{});
    EXPECT_EQ(doc.units[1].label, kPilcrow + "1");
    EXPECT_EQ(doc.units[1].footnote_refs, Strings{"9"});
    EXPECT_EQ(doc.units[2].label, "fn. 9");

    // A numbered heading at the end has no unit after it.
    const Document heading_last = read_string("1. A paragraph.\n7. Annex[footnoteRef:9]\n");
    ASSERT_EQ(heading_last.units.size(), 1u);
    EXPECT_EQ(heading_last.units[0].footnote_refs, Strings{"9"});
}

TEST(TextReader, UnclosedFootnoteBodyEndsWithItsLine) {
    const Document doc =
        read_string("1. Some text.[footnoteRef:1] [1: body without end\n2. Next paragraph.\n");
    ASSERT_EQ(doc.units.size(), 3u);
    EXPECT_EQ(doc.units[0].text, "Some text.");
    EXPECT_EQ(doc.units[1].text, "Next paragraph.");
    EXPECT_EQ(doc.units[2].label, "fn. 1");
    EXPECT_EQ(doc.units[2].text, "body without end");
}

TEST(TextReader, HeaderDatesInOtherSpellings) {
    EXPECT_EQ(read_string("CCPR/C/GC/36\nHuman Rights Committee\nSeptember 3, 2019\nTitle\n1. A.\n")
                  .meta.date,
              "2019-09-03");
    EXPECT_EQ(read_string("E/C.12/KAZ/CO/2\n29 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2019 "
                          "\xD0\xB3.\nTitle\n1. A.\n")
                  .meta.date,
              "2019-03-29");
    const Document distributed = read_string(
        "E/C.12/GC/25\nDistr.: General\nCommittee on Economic, Social and Cultural Rights\n"
        "30 April 2020\nOriginal: English\nGeneral comment No. 25\n1. A.\n");
    EXPECT_EQ(distributed.meta.author, "Committee on Economic, Social and Cultural Rights");
    EXPECT_EQ(distributed.meta.date, "2020-04-30");
    EXPECT_EQ(distributed.meta.title, "General comment No. 25");
    ASSERT_EQ(distributed.units.size(), 1u);
    EXPECT_EQ(distributed.units[0].section_path, Strings{});
    // An impossible date is neither a date nor a committee.
    EXPECT_TRUE(read_string("E/C.12/1\n2000-02-30\n1. A.\n").meta.author.empty());
    // A symbol alone is no header: the line stays a heading of the body.
    const Document no_header = read_string("E/C.12/2000/4\n1. Text.\n");
    EXPECT_TRUE(no_header.meta.symbol.empty());
    EXPECT_EQ(no_header.units[0].section_path, Strings{"E/C.12/2000/4"});
}

// --- The real corpus -----------------------------------------------------------------------

TEST(TextReader, Submission004) {
    const Document doc = read_shared("corpus/submissions/004_e6ef954f37660984.txt");
    EXPECT_EQ(doc.meta.id, "004_e6ef954f37660984");
    EXPECT_EQ(doc.meta.title, "004_e6ef954f37660984");  // opens with "Introduction"
    for (int n = 1; n <= 57; ++n) {
        const Unit* unit = find_unit(doc, std::to_string(n));
        ASSERT_NE(unit, nullptr) << "paragraph " << n;
        EXPECT_EQ(unit->kind, UnitKind::paragraph) << "paragraph " << n;
    }
    const Unit* p12 = find_unit(doc, "12");
    EXPECT_NE(p12->text.find("Third Periodic Report"), std::string::npos);
    EXPECT_EQ(p12->footnote_refs, Strings{"2"});
    const Unit* bullet = find_unit(doc, "7, bullet 1");
    ASSERT_NE(bullet, nullptr);
    EXPECT_EQ(bullet->kind, UnitKind::item);
    const Unit* fn4 = find_unit(doc, "fn. 4");
    ASSERT_NE(fn4, nullptr);
    EXPECT_EQ(fn4->kind, UnitKind::footnote);
    EXPECT_NE(fn4->text.find("National Report on Violations"), std::string::npos);
    ASSERT_FALSE(find_unit(doc, "35")->section_path.empty());
    EXPECT_EQ(find_unit(doc, "35")->section_path.back(), "Right to Health (art. 12)");
    EXPECT_EQ(find_unit(doc, "48")->section_path.back().substr(0, 34),
              "Right to Take Part in Cultural Lif");
    EXPECT_EQ(find_unit(doc, "fn. 23")->kind, UnitKind::footnote);
    EXPECT_EQ(doc.units.back().label, "fn. 23");
}

TEST(TextReader, Submission000) {
    const Document doc = read_shared("corpus/submissions/000_d03678d89be8b2e6.txt");
    // Line 1 is the committee addressed, not the title.
    EXPECT_EQ(doc.meta.title,
              "Parallel Submission for 79 Session, with respect to the adoption of the List of "
              "Issues for Kazakhstan");
    const Unit* moratorium = find_unit(doc, "3.1/1");
    ASSERT_NE(moratorium, nullptr);
    EXPECT_NE(moratorium->text.find("de facto moratorium"), std::string::npos);
    // The ref on heading 3 moves to the first unit of the section.
    EXPECT_EQ(moratorium->footnote_refs, Strings{"3"});
    EXPECT_EQ(moratorium->section_path, (Strings{"3. Opioid agonist therapy: ongoing access crisis",
                                                 "3.1. De facto moratorium on new enrolments"}));
    const Unit* ban = find_unit(doc, "2/2");
    ASSERT_NE(ban, nullptr);
    EXPECT_EQ(ban->kind, UnitKind::item);
    EXPECT_NE(ban->text.find("de facto ban"), std::string::npos);
    const Unit* fn2 = find_unit(doc, "fn. 2");
    ASSERT_NE(fn2, nullptr);
    EXPECT_EQ(fn2->text, "https://hri.global/wp-content/uploads/2024/10/GS24_Eurasia_AW.pdf");
    EXPECT_NE(find_unit(doc, "7.1/1 (a)"), nullptr);
    EXPECT_NE(find_unit(doc, "7.3/2 (d)"), nullptr);
    // fn. 1 (spanning two lines) is cited from the title line and lands on the first unit.
    EXPECT_EQ(find_unit(doc, "1/1")->footnote_refs, Strings{"1"});
    EXPECT_NE(find_unit(doc, "fn. 1")->text.find("Eurasian Harm Reduction Association"),
              std::string::npos);
    for (const Unit& unit : doc.units) {
        EXPECT_EQ(unit.text.find("[bookmark"), std::string::npos) << unit.label;
        EXPECT_EQ(unit.text.find("footnoteRef"), std::string::npos) << unit.label;
        EXPECT_EQ(unit.text.find('\t'), std::string::npos) << unit.label;
    }
}

TEST(TextReader, GeneralComment14) {
    const Document doc = read_shared("corpus/general-comments/E_C.12_2000_4.txt");
    EXPECT_EQ(doc.meta.symbol, "E/C.12/2000/4");
    EXPECT_EQ(doc.meta.author, "Committee on Economic, Social and Cultural Rights");
    EXPECT_EQ(doc.meta.date, "2000-08-11");
    EXPECT_EQ(doc.meta.title.substr(0, 26), "General Comment No. 14 (20");
    EXPECT_EQ(doc.units.front().label, "1");
    ASSERT_NE(find_unit(doc, "12 (b)"), nullptr);
    const Unit* bullet = find_unit(doc, "12 (b), bullet 1");
    ASSERT_NE(bullet, nullptr);
    EXPECT_EQ(bullet->kind, UnitKind::item);
    EXPECT_EQ(bullet->text.substr(0, 19), "Non-discrimination:");
    EXPECT_NE(find_unit(doc, "12 (b), bullet 4"), nullptr);
    EXPECT_NE(find_unit(doc, "43 (f)"), nullptr);
    EXPECT_EQ(doc.units.back().label, "65");
}

// --- Errors --------------------------------------------------------------------------------

TEST(TextReader, RejectsBinaryContent) {
    const InputError error = error_for(std::string("PK\x03\x04\0\0binary", 12));
    EXPECT_EQ(error.reason(), "binary file, not text");
    EXPECT_EQ(error.path(), "bad.txt");
}

TEST(TextReader, RejectsInvalidUtf8WithItsLine) {
    const InputError error = error_for("first line\nsecond line\nthird \xC3\x28 line\n");
    EXPECT_EQ(error.reason(), "invalid UTF-8 at line 3");
    EXPECT_EQ(error.line(), 3);
    EXPECT_EQ(error.path(), "bad.txt");
    // Overlong encodings and surrogates are invalid too.
    EXPECT_EQ(error_for("\xC0\xAF").line(), 1);
    EXPECT_EQ(error_for("a\n\xED\xA0\x80").line(), 2);
    // A sequence cut off at the end of the content.
    EXPECT_EQ(error_for("a\nb\n\xE2\x80").line(), 3);
}

TEST(TextReader, RejectsEmptyDocument) {
    EXPECT_EQ(error_for("").reason(), "empty document");
    EXPECT_EQ(error_for(" \n\t\r\n\xEF\xBB\xBF \xC2\xA0\n").reason(), "empty document");
}

// --- Size ----------------------------------------------------------------------------------

double seconds_to_read(const std::string& content, std::size_t* units) {
    const auto start = std::chrono::steady_clock::now();
    const Document doc = read_string(content);
    *units = doc.units.size();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(TextReader, ReadsTenMegabytesInLinearTime) {
    std::string content = "Big document\n";
    int section = 0;
    while (content.size() < 10'000'000) {
        ++section;
        // Two-level numbers keep each component within the three digits of paragraph numbers.
        const std::string s =
            std::to_string(section / 500 + 1) + "." + std::to_string(section % 500 + 1);
        const std::string n = std::to_string(section);
        content += s + ". Section " + s + "[footnoteRef:" + n + "] [" + n + ": Body of " + n +
                   "\nspanning lines.]\n";
        content += "1. A numbered paragraph with [sic] and [2019] in it, long enough to count.\n";
        content += "(a) A sub-paragraph;\n- a bullet;\n";
        content += "An unnumbered paragraph of the section that ends with a period.\n\n";
    }
    std::size_t units = 0;
    const double seconds = seconds_to_read(content, &units);
    EXPECT_EQ(units, static_cast<std::size_t>(section) * 5);
    EXPECT_LT(seconds, 20.0);

    // Brackets that never close and refs for all of them must not make it quadratic.
    std::string brackets = "Title\n[footnoteRef:1]";
    while (brackets.size() < 10'000'000) brackets += "[1: [ [bookmark: x [footnoteRef:1 [\n";
    EXPECT_LT(seconds_to_read(brackets, &units), 20.0);
}

}  // namespace
}  // namespace paragraf::indexer
