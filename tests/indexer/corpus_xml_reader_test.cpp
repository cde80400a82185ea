#include "indexer/readers/corpus_xml_reader.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace paragraf::indexer {
namespace {

const char* kMeta =
    R"(<meta><id>doc-1</id><symbol>E/C.12/XAR/CO/2</symbol><title>Concluding observations</title>
<body>CESCR</body><type>concluding-observations</type><country>XAR</country><date>2019-03-29</date>
<lang>en</lang></meta>)";

std::string document(const std::string& text, const std::string& footnotes = "") {
    return std::string("<?xml version=\"1.0\"?>\n<document>") + kMeta + "<text>" + text +
           "</text>" + footnotes + "</document>";
}

const core::Unit& find(const core::Document& doc, const std::string& label) {
    for (const core::Unit& u : doc.units)
        if (u.label == label) return u;
    throw std::runtime_error("no unit " + label);
}

TEST(CorpusXmlReader, ReadsMetadata) {
    const core::Document doc = read_corpus_xml(document("<p n=\"1\">Text.</p>"), "a.xml");
    EXPECT_EQ(doc.meta.id, "doc-1");
    EXPECT_EQ(doc.meta.symbol, "E/C.12/XAR/CO/2");
    EXPECT_EQ(doc.meta.body, "CESCR");
    EXPECT_EQ(doc.meta.country, "XAR");
    EXPECT_EQ(doc.meta.year(), 2019);
    EXPECT_EQ(doc.meta.source_path, "a.xml");
}

TEST(CorpusXmlReader, LabelsParagraphsSubparagraphsItemsAndFootnotes) {
    const core::Document doc = read_corpus_xml(
        document(R"(<section number="C"><heading>Principal subjects of concern</heading>
          <section><heading>Drug policy</heading>
            <p n="46">The Committee is concerned<fnref n="3"/> about:
              <sub n="a">the registry;</sub>
              <sub n="b">criminalisation, <em>in particular</em>:<sub n="i">of possession</sub></sub>
              <list><item>first bullet</item><item>second bullet</item></list>
            </p>
            <p>An unnumbered paragraph.</p>
            <list><item>a free bullet</item></list>
          </section></section>)",
                 R"(<footnotes><fn n="3">See <q>General Comment No. 14</q>.</fn></footnotes>)"),
        "a.xml");
    std::vector<std::string> labels;
    for (const auto& u : doc.units) labels.push_back(u.label);
    EXPECT_EQ(labels,
              (std::vector<std::string>{"46", "46 (a)", "46 (b)", "46 (b) (i)", "46, bullet 1",
                                        "46, bullet 2", "C/1", "C/2", "fn. 3"}));
    const core::Unit& p46 = find(doc, "46");
    EXPECT_EQ(p46.text, "The Committee is concerned about:");
    EXPECT_EQ(p46.footnote_refs, (std::vector<std::string>{"3"}));
    EXPECT_EQ(p46.section_path,
              (std::vector<std::string>{"C. Principal subjects of concern", "Drug policy"}));
    EXPECT_EQ(find(doc, "46 (b)").text, "criminalisation, in particular:");
    EXPECT_EQ(find(doc, "46 (b)").kind, core::UnitKind::subparagraph);
    EXPECT_EQ(find(doc, "C/2").kind, core::UnitKind::item);
    EXPECT_EQ(find(doc, "fn. 3").text, "See General Comment No. 14.");
    EXPECT_EQ(find(doc, "fn. 3").kind, core::UnitKind::footnote);
}

TEST(CorpusXmlReader, MalformedXmlNamesLineAndColumn) {
    try {
        read_corpus_xml("<document>\n  <meta>\n  <id>x</meta>", "broken.xml");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.path(), "broken.xml");
        EXPECT_EQ(e.line(), 3);
        EXPECT_GT(e.column(), 1);
        EXPECT_NE(std::string(e.what()).find("broken.xml:3:"), std::string::npos) << e.what();
    }
}

TEST(CorpusXmlReader, RefusesDtdsAndEntities) {
    const std::string xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<document>&x;</document>";
    try {
        read_corpus_xml(xxe, "xxe.xml");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("DTD"), std::string::npos);
        EXPECT_EQ(e.line(), 2);
    }
}

TEST(CorpusXmlReader, SchemaViolationsAreReported) {
    auto message = [](const std::string& xml) -> std::string {
        try {
            read_corpus_xml(xml, "bad.xml");
        } catch (const InputError& e) {
            return e.reason();
        }
        return "accepted";
    };
    EXPECT_NE(message("<document><text/></document>").find("lacks <meta>"), std::string::npos);
    EXPECT_NE(message("<doc/>").find("root element"), std::string::npos);
    std::string bad_type = document("<p>x</p>");
    bad_type.replace(bad_type.find("concluding-observations"), 23, "memo");
    EXPECT_NE(message(bad_type).find("unknown document <type> \"memo\""), std::string::npos);
    EXPECT_NE(message(document("<p n=\"4a\">x</p>")).find("paragraph numbers"), std::string::npos);
    EXPECT_NE(message(document("<table/>")).find("unexpected element <table>"), std::string::npos);
    EXPECT_NE(message(document("<p n=\"1\"> </p>")).find("empty <p>"), std::string::npos);
    EXPECT_NE(message(document("loose text")).find("outside a paragraph"), std::string::npos);
}

TEST(CorpusXmlReader, ReadsTheReportingCycle) {
    std::string meta = kMeta;
    meta.insert(meta.find("<lang>"), "<cycle>5-6</cycle>");
    EXPECT_EQ(read_meta_xml(meta, "x.meta.xml").cycle, "5-6");
    EXPECT_EQ(read_meta_xml(kMeta, "x.meta.xml").cycle, "");
    meta.replace(meta.find("5-6"), 3, "second");
    try {
        read_meta_xml(meta, "x.meta.xml");
        ADD_FAILURE() << "a cycle that is no number was accepted";
    } catch (const InputError& e) {
        EXPECT_NE(e.reason().find("<cycle>"), std::string::npos) << e.reason();
    }
}

TEST(CorpusXmlReader, ReadsSidecarMeta) {
    const core::DocumentMeta meta = read_meta_xml(kMeta, "x.meta.xml");
    EXPECT_EQ(meta.title, "Concluding observations");
    EXPECT_EQ(meta.lang, "en");
    EXPECT_THROW(read_meta_xml("<meta><id>x</id></meta>", "x.meta.xml"), InputError);
}

}  // namespace
}  // namespace paragraf::indexer
