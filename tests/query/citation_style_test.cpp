#include "query/render/citation_style.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "query/sample_documents.hpp"

namespace paragraf::query {
namespace {

core::Unit unit(const std::string& label, core::UnitKind kind = core::UnitKind::paragraph) {
    core::Unit u;
    u.kind = kind;
    u.label = label;
    return u;
}

std::vector<core::Unit> paras(std::initializer_list<const char*> labels) {
    std::vector<core::Unit> units;
    for (const char* label : labels) units.push_back(unit(label));
    return units;
}

using test_documents::aralia;
using test_documents::kazakhstan;
using test_documents::ngo;

core::DocumentMeta only_symbol(const std::string& symbol) {
    core::DocumentMeta doc;
    doc.id = symbol;
    doc.symbol = symbol;
    return doc;
}

TEST(CitationStyleName, ParsesTheThreeStyles) {
    EXPECT_EQ(citation_style_from_string("un"), CitationStyle::un);
    EXPECT_EQ(citation_style_from_string("footnote"), CitationStyle::footnote);
    EXPECT_EQ(citation_style_from_string("ru"), CitationStyle::ru);
    EXPECT_STREQ(to_string(CitationStyle::footnote), "footnote");
}

TEST(CitationStyleName, UnknownNamesTheValidOnes) {
    try {
        citation_style_from_string("apa");
        FAIL() << "no exception";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("apa"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("un, footnote or ru"), std::string::npos);
    }
}

TEST(UnStyle, OneUnitIsTheShortUnCitation) {
    const core::DocumentMeta doc = aralia();
    EXPECT_EQ(format_citation(doc, paras({"46"}), CitationStyle::un), "E/C.12/XAR/CO/2, para. 46");
    EXPECT_EQ(
        format_citation(doc, {unit("47 (b)", core::UnitKind::subparagraph)}, CitationStyle::un),
        "E/C.12/XAR/CO/2, para. 47 (b)");
    EXPECT_EQ(format_citation(doc, {unit("7, bullet 2", core::UnitKind::item)}, CitationStyle::un),
              "E/C.12/XAR/CO/2, para. 7, bullet 2");
    EXPECT_EQ(format_citation(doc, {unit("fn. 8", core::UnitKind::footnote)}, CitationStyle::un),
              "E/C.12/XAR/CO/2, fn. 8");
    EXPECT_EQ(
        format_citation(only_symbol("A/RES/217(III)"), paras({"art. 25 (1)"}), CitationStyle::un),
        "A/RES/217(III), art. 25 (1)");
}

TEST(UnStyle, StoredUnitOverload) {
    core::StoredUnit stored;
    stored.doc = aralia();
    stored.unit = unit("46");
    stored.lang = "en";
    EXPECT_EQ(format_citation(stored, CitationStyle::un), "E/C.12/XAR/CO/2, para. 46");
    EXPECT_EQ(format_citation(stored, CitationStyle::ru), "E/C.12/XAR/CO/2, п. 46");
}

TEST(UnStyle, ConsecutiveParagraphsBecomeRanges) {
    const core::DocumentMeta doc = aralia();
    EXPECT_EQ(format_citation(doc, paras({"46", "47"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 46–47");
    EXPECT_EQ(format_citation(doc, paras({"46", "47", "48"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 46–48");
    EXPECT_EQ(format_citation(doc, paras({"48", "46", "47"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 46–48");
}

TEST(UnStyle, OtherParagraphsAreListed) {
    const core::DocumentMeta doc = aralia();
    EXPECT_EQ(format_citation(doc, paras({"7", "9", "12"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 7, 9 and 12");
    EXPECT_EQ(format_citation(doc, paras({"12", "7"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 7 and 12");
    EXPECT_EQ(format_citation(doc, paras({"7", "9", "10", "11", "14"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 7, 9–11 and 14");
    EXPECT_EQ(format_citation(doc, paras({"46", "46"}), CitationStyle::un),
              "E/C.12/XAR/CO/2, para. 46");
}

TEST(UnStyle, SubparagraphsAreListedNotRanged) {
    const core::DocumentMeta doc = aralia();
    const std::vector<core::Unit> units{unit("47 (b)", core::UnitKind::subparagraph), unit("46"),
                                        unit("47 (a)", core::UnitKind::subparagraph)};
    EXPECT_EQ(format_citation(doc, units, CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 46, 47 (a) and 47 (b)");
}

TEST(UnStyle, FootnotesAndArticlesHaveTheirOwnPlurals) {
    const core::DocumentMeta doc = aralia();
    const std::vector<core::Unit> fns{unit("fn. 9", core::UnitKind::footnote),
                                      unit("fn. 8", core::UnitKind::footnote)};
    EXPECT_EQ(format_citation(doc, fns, CitationStyle::un), "E/C.12/XAR/CO/2, fns. 8–9");
    const std::vector<core::Unit> mixed{unit("46"), unit("fn. 8", core::UnitKind::footnote),
                                        unit("47")};
    EXPECT_EQ(format_citation(doc, mixed, CitationStyle::un),
              "E/C.12/XAR/CO/2, paras. 46–47; fn. 8");
    EXPECT_EQ(format_citation(only_symbol("A/RES/217(III)"), paras({"art. 26", "art. 25 (1)"}),
                              CitationStyle::un),
              "A/RES/217(III), arts. 25 (1) and 26");
}

TEST(UnStyle, DocumentsWithoutSymbol) {
    const core::DocumentMeta doc = ngo();
    EXPECT_EQ(format_citation(doc, paras({"3.1/2"}), CitationStyle::un),
              "EHRA (2025), sect. 3.1, para. 2");
    EXPECT_EQ(format_citation(doc, paras({"3.1/3", "3.1/2"}), CitationStyle::un),
              "EHRA (2025), sect. 3.1, paras. 2–3");
    EXPECT_EQ(format_citation(doc, paras({"3.1/2", "4/1"}), CitationStyle::un),
              "EHRA (2025), sect. 3.1, para. 2; sect. 4, para. 1");
    EXPECT_EQ(format_citation(doc, paras({"¶3", "¶5"}), CitationStyle::un),
              "EHRA (2025), unnumbered paras. 3 and 5");
}

TEST(FootnoteStyle, LongFormWithTitleFromMetadata) {
    EXPECT_EQ(format_citation(aralia(), paras({"46"}), CitationStyle::footnote),
              "Committee on Economic, Social and Cultural Rights, Concluding observations on the "
              "second periodic report of Aralia, E/C.12/XAR/CO/2 (29 March 2019), para. 46.");
}

TEST(FootnoteStyle, TitleBuiltWithTheIcuCountryName) {
    EXPECT_EQ(format_citation(kazakhstan(), paras({"46", "47"}), CitationStyle::footnote),
              "Committee on Economic, Social and Cultural Rights, Concluding observations on the "
              "second periodic report of Kazakhstan, E/C.12/KAZ/CO/2 (29 March 2019), "
              "paras. 46–47.");
}

TEST(FootnoteStyle, EverythingFromTheSymbolAlone) {
    EXPECT_EQ(
        format_citation(only_symbol("CRC/C/KAZ/CO/5-6"), paras({"3"}), CitationStyle::footnote),
        "Committee on the Rights of the Child, Concluding observations on the combined "
        "fifth and sixth periodic reports of Kazakhstan, CRC/C/KAZ/CO/5-6, para. 3.");
    // CERD's reports run past twenty; ordinals are written out for any cycle under 100.
    EXPECT_EQ(
        format_citation(only_symbol("CERD/C/KAZ/CO/20-21"), paras({"9"}), CitationStyle::footnote),
        "Committee on the Elimination of Racial Discrimination, Concluding observations on the "
        "combined twentieth and twenty-first periodic reports of Kazakhstan, "
        "CERD/C/KAZ/CO/20-21, para. 9.");
    EXPECT_EQ(
        format_citation(only_symbol("CERD/C/KAZ/CO/11-13"), paras({"9"}), CitationStyle::footnote),
        "Committee on the Elimination of Racial Discrimination, Concluding observations on the "
        "combined eleventh to thirteenth periodic reports of Kazakhstan, "
        "CERD/C/KAZ/CO/11-13, para. 9.");
    core::DocumentMeta gc = only_symbol("E/C.12/GC/25");
    gc.date = "2020-04";
    EXPECT_EQ(format_citation(gc, paras({"1"}), CitationStyle::footnote),
              "Committee on Economic, Social and Cultural Rights, General comment No. 25, "
              "E/C.12/GC/25 (April 2020), para. 1.");
}

TEST(FootnoteStyle, UnknownDateAndUnknownCountry) {
    core::DocumentMeta doc = aralia();
    doc.date.clear();
    doc.title.clear();
    EXPECT_EQ(format_citation(doc, paras({"46"}), CitationStyle::footnote),
              "Committee on Economic, Social and Cultural Rights, Concluding observations on the "
              "second periodic report of XAR, E/C.12/XAR/CO/2, para. 46.");
}

TEST(FootnoteStyle, NgoSubmission) {
    EXPECT_EQ(format_citation(ngo(), paras({"3.1/2"}), CitationStyle::footnote),
              "EHRA, Harm reduction in Aralia (2025), sect. 3.1, para. 2.");
}

TEST(RuStyle, RussianShortForms) {
    const core::DocumentMeta doc = aralia();
    EXPECT_EQ(format_citation(doc, paras({"46"}), CitationStyle::ru), "E/C.12/XAR/CO/2, п. 46");
    EXPECT_EQ(format_citation(doc, paras({"46", "47"}), CitationStyle::ru),
              "E/C.12/XAR/CO/2, пп. 46–47");
    EXPECT_EQ(format_citation(doc, paras({"7", "9", "12"}), CitationStyle::ru),
              "E/C.12/XAR/CO/2, пп. 7, 9 и 12");
    EXPECT_EQ(
        format_citation(doc, {unit("47 (b)", core::UnitKind::subparagraph)}, CitationStyle::ru),
        "E/C.12/XAR/CO/2, п. 47 (b)");
    EXPECT_EQ(format_citation(doc, {unit("7, bullet 2", core::UnitKind::item)}, CitationStyle::ru),
              "E/C.12/XAR/CO/2, п. 7, абз. 2");
}

TEST(RuStyle, FootnotesArticlesSections) {
    const core::DocumentMeta doc = aralia();
    EXPECT_EQ(format_citation(doc, {unit("fn. 8", core::UnitKind::footnote)}, CitationStyle::ru),
              "E/C.12/XAR/CO/2, сноска 8");
    EXPECT_EQ(format_citation(doc,
                              {unit("fn. 8", core::UnitKind::footnote),
                               unit("fn. 12", core::UnitKind::footnote)},
                              CitationStyle::ru),
              "E/C.12/XAR/CO/2, сноски 8 и 12");
    EXPECT_EQ(
        format_citation(only_symbol("A/RES/217(III)"), paras({"art. 25 (1)"}), CitationStyle::ru),
        "A/RES/217(III), ст. 25 (1)");
    EXPECT_EQ(format_citation(ngo(), paras({"3.1/2"}), CitationStyle::ru),
              "EHRA (2025), разд. 3.1, п. 2");
    EXPECT_EQ(format_citation(ngo(), paras({"¶3"}), CitationStyle::ru), "EHRA (2025), абз. 3");
}

TEST(CountryName, FromIcu) {
    EXPECT_EQ(country_name("KAZ", "en"), "Kazakhstan");
    EXPECT_EQ(country_name("KAZ", "ru"), "Казахстан");
    EXPECT_EQ(country_name("XAR", "en"), "XAR");
}

TEST(LongDate, AsMuchAsIsKnown) {
    EXPECT_EQ(long_date("2019-03-29"), "29 March 2019");
    EXPECT_EQ(long_date("2019-01-05"), "5 January 2019");
    EXPECT_EQ(long_date("2019-03"), "March 2019");
    EXPECT_EQ(long_date("2019"), "2019");
    EXPECT_EQ(long_date(""), "");
    EXPECT_EQ(long_date("n.d."), "");
}

TEST(DocumentTitle, BuiltFromTypeCycleAndCountry) {
    EXPECT_EQ(document_title(aralia()),
              "Concluding observations on the second periodic report of Aralia");
    EXPECT_EQ(document_title(only_symbol("E/C.12/KAZ/2")),
              "Second periodic report submitted by Kazakhstan");
    EXPECT_EQ(document_title(only_symbol("E/C.12/KAZ/Q/2")),
              "List of issues in relation to the second periodic report of Kazakhstan");
    EXPECT_EQ(document_title(only_symbol("CRPD/C/KAZ/CO/1")),
              "Concluding observations on the initial report of Kazakhstan");
    EXPECT_EQ(document_title(ngo()), "Harm reduction in Aralia");
    EXPECT_EQ(document_title(only_symbol("A/HRC/43/9")), "");
}

TEST(IssuingBody, FromBodyCodeSymbolOrAuthor) {
    EXPECT_EQ(issuing_body(kazakhstan(), "en"),
              "Committee on Economic, Social and Cultural Rights");
    EXPECT_EQ(issuing_body(kazakhstan(), "ru"),
              "Комитет по экономическим, социальным и культурным правам");
    EXPECT_EQ(issuing_body(only_symbol("CCPR/C/KAZ/CO/2"), "en"), "Human Rights Committee");
    EXPECT_EQ(issuing_body(ngo(), "en"), "EHRA");
}

}  // namespace
}  // namespace paragraf::query
