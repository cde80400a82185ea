#include "indexer/readers/pdf_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "indexer/expect_units.hpp"
#include "support/test_support.hpp"

// Fixtures are written by tests/fixtures/pdf/make_fixtures.py.

namespace paragraf::indexer {
namespace {

using core::Document;
using core::Unit;
using core::UnitKind;
using Strings = std::vector<std::string>;

using test::expect_units;

Document read_fixture(const std::string& name) {
    const auto path = test::fixtures_dir() / "pdf" / name;
    return read_pdf_document(test::read_file(path), path.string());
}

/// The reason of the InputError reading `content` throws, or "" when it throws none.
std::string input_error(const std::string& content) {
    try {
        read_pdf_document(content, "bad.pdf");
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "bad.pdf");
        return e.reason();
    }
    return "";
}

std::string fixture_error(const std::string& name) {
    return input_error(test::read_file(test::fixtures_dir() / "pdf" / name));
}

TEST(PdfReader, ReportParagraphsAcrossPagesWithoutHeadersAndFooters) {
    const Document doc = read_fixture("report.pdf");
    const Strings intro = {"I. Introduction"};
    const Strings activities = {"II. Activities"};
    const auto P = UnitKind::paragraph;
    const auto S = UnitKind::subparagraph;
    expect_units(
        doc,
        {
            {P,
             "1",
             "The Special Rapporteur submits the present report pursuant to Human Rights Council "
             "resolution 52/1. The report describes the implementation of the mandate and the "
             "national anti-discrimination framework.",
             {},
             intro},
            {P,
             "2",
             "During the period under review, the Special Rapporteur held consultations with "
             "States, civil society and national human rights institutions on the follow-up to "
             "earlier recommendations, in particular on access to justice.",
             {},
             intro},
            {P,
             "3",
             "The Special Rapporteur conducted two country visits and issued twelve "
             "communications to Governments.",
             {},
             activities},
            {P, "4", "The Special Rapporteur recommends that States:", {}, activities},
            {S, "4 (a)", "Adopt comprehensive anti-discrimination legislation;", {}, activities},
            {S, "4 (b)", "Ensure effective remedies for victims.", {}, activities},
            {P,
             "5",
             "The Special Rapporteur thanks all those who contributed to the present report.",
             {},
             activities},
        });
}

TEST(PdfReader, ReportMetaFromTitleAndRunningSymbol) {
    const Document doc = read_fixture("report.pdf");
    EXPECT_EQ(doc.meta.id, "report");
    EXPECT_EQ(doc.meta.title, "Report of the Special Rapporteur on fixtures");
    // The symbol repeated at the top of every page is dropped from the text but kept as meta.
    EXPECT_EQ(doc.meta.symbol, "A/HRC/55/99");
}

TEST(PdfReader, RunningLinesAppearInNoUnit) {
    const Document doc = read_fixture("report.pdf");
    for (const Unit& unit : doc.units) {
        SCOPED_TRACE(unit.label);
        for (const char* running : {"A/HRC/55/99", "GE.24", "Advance unedited", "01234"})
            EXPECT_EQ(unit.text.find(running), std::string::npos) << running;
    }
}

TEST(PdfReader, TwoColumnPageReadColumnByColumn) {
    const Document doc = read_fixture("two_column.pdf");
    const Strings title = {"Concluding observations on the two-column fixture"};
    const auto P = UnitKind::paragraph;
    EXPECT_EQ(doc.meta.title, title[0]);
    expect_units(doc,
                 {
                     {P, "1", "The Committee welcomes the submission of the report.", {}, title},
                     {P,
                      "2",
                      "The Committee notes with concern that the State party has not yet adopted "
                      "a national action plan on human rights.",
                      {},
                      title},
                     {P,
                      "3",
                      "The Committee recommends that the State party ratify the Optional "
                      "Protocol.",
                      {},
                      title},
                 });
}

TEST(PdfReader, LineEndHyphensJoinBrokenWordsAndKeepCompounds) {
    const Document doc = read_fixture("hyphenation.pdf");
    ASSERT_EQ(doc.units.size(), 1u);
    EXPECT_EQ(doc.units[0].label, "1");
    EXPECT_EQ(doc.units[0].text,
              "The right of peoples to self-determination requires inclusive decision-making, "
              "and Governments must respond to COVID-19 and to the needs of South-East Asian "
              "migrants in a non-discriminatory manner at the community level.");
}

TEST(PdfReader, OwnerPasswordOnlyPdfIsRead) {
    const Document doc = read_fixture("restricted.pdf");
    ASSERT_EQ(doc.units.size(), 1u);
    EXPECT_EQ(doc.units[0].label, "1");
    EXPECT_EQ(doc.units[0].text, "Restricted but readable paragraph.");
}

TEST(PdfReader, ImageOnlyPdfNeedsOcr) {
    EXPECT_EQ(fixture_error("scanned.pdf"),
              "no text layer: the PDF is scanned images and needs OCR");
}

TEST(PdfReader, PasswordProtectedPdfIsRejected) {
    EXPECT_EQ(fixture_error("encrypted.pdf"), "encrypted PDF: a password is required to open it");
}

TEST(PdfReader, CorruptInputIsRejectedWithReason) {
    EXPECT_EQ(input_error(""), "corrupt PDF: not a PDF file (no %PDF- header)");
    EXPECT_EQ(input_error("1. Plain text, not a PDF.\n"),
              "corrupt PDF: not a PDF file (no %PDF- header)");
    EXPECT_EQ(input_error("%PDF-1.4\nthis is not really a PDF\n%%EOF\n"),
              "corrupt PDF: poppler cannot parse the file");
}

TEST(PdfReader, TruncatedPdfIsRejectedOrRead) {
    // Half a file: poppler either gives up (InputError) or recovers what it can; it never
    // crashes and never throws anything else.
    const std::string whole = test::read_file(test::fixtures_dir() / "pdf" / "report.pdf");
    const std::string half = whole.substr(0, whole.size() / 2);
    try {
        read_pdf_document(half, "half.pdf");
    } catch (const InputError& e) {
        EXPECT_FALSE(e.reason().empty());
    }
}

}  // namespace
}  // namespace paragraf::indexer
