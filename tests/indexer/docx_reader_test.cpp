#include "indexer/readers/docx_reader.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

using Strings = std::vector<std::string>;

const core::Unit* find(const core::Document& doc, const std::string& label) {
    for (const core::Unit& u : doc.units)
        if (u.label == label) return &u;
    return nullptr;
}

std::filesystem::path fixture(const std::string& name) {
    return test::fixtures_dir() / "docx" / name;
}

core::Document read(const std::string& name) {
    const std::filesystem::path path = fixture(name);
    return read_docx_document(test::read_file(path), path.string());
}

/// The reason of the InputError reading `name` throws, or "" when it does not throw.
std::string error_of(const std::string& name) {
    try {
        read(name);
    } catch (const InputError& e) {
        return e.reason();
    }
    return {};
}

TEST(DocxReader, LabelsFollowWordNumbering) {
    const core::Document doc = read("observations.docx");
    Strings labels;
    for (const core::Unit& u : doc.units) labels.push_back(u.label);
    EXPECT_EQ(labels, (Strings{"1", "2", "2 (a)", "2 (a) (i)", "2 (a) (ii)", "2 (b)", "2 (b) (i)",
                               "46", "47", "47, bullet 1", "47, bullet 2", "\u00B61", "\u00B62",
                               "\u00B63", "48", "3/1", "fn. 1", "fn. 2"}));
    EXPECT_EQ(find(doc, "2 (a)")->kind, core::UnitKind::subparagraph);
    EXPECT_EQ(find(doc, "2 (a) (ii)")->text, "second roman;");
    EXPECT_EQ(find(doc, "2 (b) (i)")->text, "roman restarted.");
    EXPECT_EQ(find(doc, "46")->text, "Start override paragraph.");
    EXPECT_EQ(find(doc, "46")->kind, core::UnitKind::paragraph);
    EXPECT_EQ(find(doc, "47, bullet 2")->kind, core::UnitKind::item);
    EXPECT_EQ(find(doc, "47, bullet 2")->text, "second bullet.");
}

TEST(DocxReader, TextTrackedChangesTabsAndBreaks) {
    const core::Document doc = read("observations.docx");
    EXPECT_EQ(find(doc, "1")->text, "The Committee considered the report.");
    EXPECT_EQ(find(doc, "2")->text, "The Committee welcomes the new law.");
    EXPECT_EQ(find(doc, "47")->text, "The Committee notes that.");
    EXPECT_EQ(find(doc, "48")->text, "The Committee recommends typed numbers.");
    EXPECT_EQ(find(doc, "\u00B63")->text, "An unnumbered remark.");
}

TEST(DocxReader, TablesOneUnitPerRow) {
    const core::Document doc = read("observations.docx");
    EXPECT_EQ(find(doc, "\u00B61")->text, "Article | Status");
    EXPECT_EQ(find(doc, "\u00B62")->text, "12 | Ratified in 2001");
}

TEST(DocxReader, HeadingsMakeSectionPath) {
    const core::Document doc = read("observations.docx");
    EXPECT_EQ(find(doc, "1")->section_path, (Strings{"A. Introduction"}));
    EXPECT_EQ(find(doc, "46")->section_path,
              (Strings{"A. Introduction", "B. Principal subjects of concern"}));
    EXPECT_EQ(find(doc, "3/1")->section_path, (Strings{"3. Numbered section"}));
    EXPECT_EQ(find(doc, "3/1")->text, "Counted in section.");
}

TEST(DocxReader, FootnotesNumberedInOrderOfReference) {
    const core::Document doc = read("observations.docx");
    EXPECT_EQ(find(doc, "1")->footnote_refs, (Strings{"1"}));
    EXPECT_EQ(find(doc, "48")->footnote_refs, (Strings{"2"}));
    EXPECT_EQ(find(doc, "fn. 1")->text, "See E/C.12/1.");
    EXPECT_EQ(find(doc, "fn. 1")->kind, core::UnitKind::footnote);
    EXPECT_EQ(find(doc, "fn. 2")->text, "Second note & more.");
}

TEST(DocxReader, Metadata) {
    const core::Document doc = read("observations.docx");
    EXPECT_EQ(doc.meta.title, "Concluding observations on the report of Aralia");
    EXPECT_EQ(doc.meta.author, "jdoe");
    EXPECT_EQ(doc.meta.lang, "en");
    EXPECT_EQ(doc.meta.id, "observations");
    EXPECT_EQ(doc.meta.source_path, fixture("observations.docx").string());
}

TEST(DocxReader, StyleNumberedHeadingsAndSeparateLists) {
    const core::Document doc = read("sections.docx");
    EXPECT_EQ(doc.meta.title, "Доклад Аралии");  // Title style: there is no docProps/core.xml
    EXPECT_EQ(doc.meta.lang, "ru");
    EXPECT_EQ(doc.meta.author, "");
    Strings labels;
    for (const core::Unit& u : doc.units) labels.push_back(u.label);
    EXPECT_EQ(labels, (Strings{"1/1", "1.1/1", "1", "1 (a)", "1 (b)", "2", "2/1"}));
    EXPECT_EQ(find(doc, "1/1")->section_path, (Strings{"1. Введение"}));
    EXPECT_EQ(find(doc, "1.1/1")->section_path, (Strings{"1. Введение", "1.1 Подраздел"}));
    EXPECT_EQ(find(doc, "1 (b)")->text, "второй.");
    EXPECT_EQ(find(doc, "1 (b)")->kind, core::UnitKind::subparagraph);
    // The deleted numbered paragraph takes no number; hidden text is left out.
    EXPECT_EQ(find(doc, "2")->text, "Второй абзац.");
    EXPECT_EQ(find(doc, "2/1")->section_path, (Strings{"2. Заключение"}));
}

TEST(DocxReader, PartsFoundThroughRelationships) {
    const core::Document doc = read("renamed.docx");  // content/body.xml, style/s.xml, "x:" prefix
    EXPECT_EQ(doc.meta.lang, "kk");
    EXPECT_EQ(doc.meta.title, "Кіріспе");  // the first heading
    ASSERT_EQ(doc.units.size(), 1u);
    EXPECT_EQ(doc.units[0].label, "1");
    EXPECT_EQ(doc.units[0].text, "Бірінші абзац.");
    EXPECT_EQ(doc.units[0].section_path, (Strings{"Кіріспе"}));
}

TEST(DocxReader, TruncatedZipIsAnInputError) {
    EXPECT_NE(error_of("truncated.docx").find("not a valid zip archive"), std::string::npos);
}

TEST(DocxReader, CorruptEntryIsAnInputError) {
    std::string bytes = test::read_file(fixture("observations.docx"));
    const std::size_t name = bytes.find("word/document.xml");  // in the first local header
    ASSERT_NE(name, std::string::npos);
    for (std::size_t i = name + 40; i < name + 80 && i < bytes.size(); ++i) bytes[i] ^= 0x5A;
    try {
        read_docx_document(bytes, "corrupt.docx");
        FAIL() << "no InputError";
    } catch (const InputError& e) {
        EXPECT_NE(e.reason().find("corrupt zip archive"), std::string::npos) << e.reason();
    }
}

TEST(DocxReader, EncryptedZipIsAnInputError) {
    EXPECT_NE(error_of("encrypted.docx").find("encrypted"), std::string::npos);
}

TEST(DocxReader, ZipBombIsAnInputError) {
    EXPECT_NE(error_of("bomb.docx").find("zip bomb"), std::string::npos);
}

TEST(DocxReader, DeepNestingIsAnInputError) {
    EXPECT_NE(error_of("deep.docx").find("nested deeper than"), std::string::npos);
}

TEST(DocxReader, DtdIsRefused) {
    EXPECT_NE(error_of("dtd.docx").find("DTD"), std::string::npos);
}

TEST(DocxReader, NotAZipIsAnInputError) {
    EXPECT_THROW(read_docx_document("plain text, not a zip", "x.docx"), InputError);
    EXPECT_THROW(
        read_docx_document(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", "x.docx"),
        InputError);
    EXPECT_THROW(read_docx_document("", "x.docx"), InputError);
}

}  // namespace
}  // namespace paragraf::indexer
