#include "indexer/document_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

namespace fs = std::filesystem;

bool inferred(const core::DocumentMeta& meta, const std::string& field) {
    return std::find(meta.inferred.begin(), meta.inferred.end(), field) != meta.inferred.end();
}

core::Document load_fixture(const std::string& name) {
    return load_document(test::fixtures_dir() / name);
}

// Each format's fixture is dated only in its text; none has a sidecar or catalogue entry.

TEST(DocumentLoader, DocxDateFromTheCoverPageTable) {
    // "Distr.: General" and the date share a table cell; a cited date comes later.
    const core::Document doc = load_fixture("docx/dated.docx");
    EXPECT_EQ(doc.meta.date, "2025-03-07");
    EXPECT_TRUE(inferred(doc.meta, "date"));
    EXPECT_EQ(doc.meta.symbol, "E/C.12/XAR/CO/3");
    EXPECT_EQ(doc.meta.cycle, "3");
    EXPECT_TRUE(inferred(doc.meta, "cycle"));
}

TEST(DocumentLoader, PdfDateIsTheEndOfTheAdoptingSession) {
    const core::Document doc = load_fixture("pdf/cover.pdf");
    EXPECT_EQ(doc.meta.date, "2025-03-06");
    EXPECT_TRUE(inferred(doc.meta, "date"));
    EXPECT_EQ(doc.meta.symbol, "E/C.12/XAR/Q/3");
    EXPECT_EQ(doc.meta.type, "list-of-issues");
    EXPECT_EQ(doc.meta.cycle, "3");
}

TEST(DocumentLoader, HtmlDateFromARussianDateLine) {
    const core::Document doc = load_fixture("html/dated_ru.html");
    EXPECT_EQ(doc.meta.date, "2024-05-12");
    EXPECT_TRUE(inferred(doc.meta, "date"));
    EXPECT_EQ(doc.meta.cycle, "");  // the symbol in the text is a document cited
    EXPECT_FALSE(inferred(doc.meta, "cycle"));
}

TEST(DocumentLoader, TextDateFromAKazakhDateLine) {
    const core::Document doc = load_fixture("text/dated_cover_kk.txt");
    EXPECT_EQ(doc.meta.date, "2024-03-24");
    EXPECT_TRUE(inferred(doc.meta, "date"));
    EXPECT_EQ(doc.meta.title, "Арал Республикасындағы денсаулық құқығы туралы балама баяндама");
}

TEST(DocumentLoader, TextHeaderDateIsParsedOnce) {
    const core::Document doc = load_fixture("text/general_comment.txt");
    EXPECT_EQ(doc.meta.date, "2021-03-02");
    EXPECT_TRUE(inferred(doc.meta, "date"));
}

TEST(DocumentLoader, WithoutADateInTheTextThereIsNone) {
    const core::Document doc = load_fixture("text/footnotes.txt");  // "March 2024" in a footnote
    EXPECT_EQ(doc.meta.date, "");
    EXPECT_FALSE(inferred(doc.meta, "date"));
}

TEST(DocumentLoader, GivenDateAndCycleWin) {
    test::TempDir dir;
    test::write_file(dir / "E_C.12_XAR_CO_2_EN.txt",
                     "Distr.: General\n24 March 2023\n\n1. The Committee is concerned.\n");
    test::write_file(dir / "E_C.12_XAR_CO_2_EN.meta.xml",
                     "<meta><id>co</id><title>Concluding observations</title>"
                     "<type>concluding-observations</type><date>2019-03-29</date>"
                     "<cycle>2-3</cycle><lang>en</lang></meta>");
    const core::Document doc = load_document(dir / "E_C.12_XAR_CO_2_EN.txt");
    EXPECT_EQ(doc.meta.date, "2019-03-29");
    EXPECT_EQ(doc.meta.cycle, "2-3");
    EXPECT_FALSE(inferred(doc.meta, "date"));
    EXPECT_FALSE(inferred(doc.meta, "cycle"));
    EXPECT_TRUE(inferred(doc.meta, "symbol"));
}

TEST(DocumentLoader, CycleFromTheSymbolInTheFileName) {
    test::TempDir dir;
    test::write_file(dir / "CCPR_C_XAR_5-6.txt", "1. The State party reports.\n");
    const core::Document doc = load_document(dir / "CCPR_C_XAR_5-6.txt");
    EXPECT_EQ(doc.meta.symbol, "CCPR/C/XAR/5-6");
    EXPECT_EQ(doc.meta.cycle, "5-6");
    EXPECT_TRUE(inferred(doc.meta, "cycle"));
    EXPECT_EQ(doc.meta.date, "");
}

}  // namespace
}  // namespace paragraf::indexer
