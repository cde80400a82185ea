#include "indexer/readers/html_reader.hpp"

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

core::Document read(const std::filesystem::path& path) {
    return read_html_document(test::read_file(path), path.string());
}

TEST(HtmlReader, HeadingsParagraphsListsTablesAndArticles) {
    const core::Document doc = read(test::fixtures_dir() / "html" / "page.html");
    EXPECT_EQ(doc.meta.title, "Concluding observations on the second periodic report of Aralia");
    EXPECT_EQ(doc.meta.lang, "en");
    EXPECT_EQ(doc.meta.id, "page");
    Strings labels;
    for (const core::Unit& u : doc.units) labels.push_back(u.label);
    EXPECT_EQ(labels, (Strings{"1", "46", "46, bullet 1", "46, bullet 2", "\u00B61", "\u00B62",
                               "\u00B63", "art. 12 (1)", "art. 12 (2)", "art. 25"}));
    EXPECT_EQ(find(doc, "1")->text,
              "1. The Committee considered the second periodic report of Aralia\u00A0at its 65th "
              "session.");
    EXPECT_EQ(find(doc, "46")->section_path,
              (Strings{"C. Principal subjects of concern", "Drug policy"}));
    EXPECT_EQ(find(doc, "46, bullet 1")->text, "the drug registry;");
    EXPECT_EQ(find(doc, "46, bullet 2")->text, "criminal sanctions for possession.");
    EXPECT_EQ(find(doc, "46, bullet 2")->kind, core::UnitKind::item);
    EXPECT_EQ(find(doc, "\u00B61")->text, "An unnumbered remark & more.");
    EXPECT_EQ(find(doc, "\u00B62")->text, "Year | Patients");
    EXPECT_EQ(find(doc, "\u00B63")->text, "2019 | 420");
    EXPECT_EQ(find(doc, "art. 12 (1)")->text, "Everyone has the right to health.");
    EXPECT_EQ(find(doc, "art. 25")->text, "Әрбір адамның денсаулығын сақтауға құқығы бар.");
    for (const core::Unit& u : doc.units) {
        EXPECT_EQ(u.text.find("ignored"), std::string::npos);
        EXPECT_EQ(u.text.find("Home"), std::string::npos);
    }
}

TEST(HtmlReader, PageWithoutTextIsAnError) {
    EXPECT_THROW(read_html_document("<html><body><script>x()</script></body></html>", "e.html"),
                 InputError);
}

// The UDHR in three languages: the same articles with the same pinpoints.
TEST(HtmlReader, UniversalDeclarationInThreeLanguages) {
    for (const char* name : {"eng", "rus", "kaz"}) {
        const core::Document doc =
            read(test::shared_dir() / "corpus" / "udhr" / (std::string(name) + ".html"));
        SCOPED_TRACE(name);
        for (int n = 1; n <= 30; ++n) {
            const std::string art = "art. " + std::to_string(n);
            EXPECT_TRUE(find(doc, art) || find(doc, art + " (1)") || find(doc, art + ", para. 1"))
                << art;
        }
        ASSERT_NE(find(doc, "art. 25 (2)"), nullptr);
        EXPECT_EQ(find(doc, "art. 26 (3)") != nullptr, true);
        EXPECT_EQ(find(doc, "art. 2, para. 2") != nullptr, true);
        EXPECT_EQ(find(doc, "\u00B61")->section_path.size(), 1u);  // the preamble
    }
    EXPECT_EQ(read(test::shared_dir() / "corpus" / "udhr" / "kaz.html").meta.lang, "kk");
    EXPECT_EQ(read(test::shared_dir() / "corpus" / "udhr" / "rus.html").meta.lang, "ru");
}

}  // namespace
}  // namespace paragraf::indexer
