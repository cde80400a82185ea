#include "query/render/reference_export.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "query/sample_documents.hpp"

namespace paragraf::query {
namespace {

using test_documents::aralia;
using test_documents::ngo;

core::DocumentMeta kazakhstan() {
    return test_documents::kazakhstan("2019-03");
}

core::StoredUnit stored(const core::DocumentMeta& doc, const std::string& label,
                        core::UnitKind kind = core::UnitKind::paragraph) {
    core::StoredUnit s;
    s.doc = doc;
    s.unit.kind = kind;
    s.unit.label = label;
    s.lang = doc.lang;
    return s;
}

// Paragraphs 46 and 47 of the Aralia observations, footnote 8 of Kazakhstan's, one NGO unit.
std::vector<core::StoredUnit> sample() {
    return {stored(aralia(), "47"), stored(kazakhstan(), "fn. 8", core::UnitKind::footnote),
            stored(aralia(), "46"), stored(ngo(), "3.1/2")};
}

// The entries of a RIS file, each a list of its lines.
std::vector<std::vector<std::string>> ris_entries(const std::string& ris) {
    std::vector<std::vector<std::string>> entries(1);
    std::size_t start = 0;
    while (start < ris.size()) {
        const std::size_t end = ris.find('\n', start);
        const std::string line = ris.substr(start, end - start);
        start = end == std::string::npos ? ris.size() : end + 1;
        if (line.empty()) continue;
        entries.back().push_back(line);
        if (line.rfind("ER  -", 0) == 0) entries.emplace_back();
    }
    entries.pop_back();
    return entries;
}

TEST(ReferenceFormatName, ParsesTheThreeFormats) {
    EXPECT_EQ(reference_format_from_string("csl-json"), ReferenceFormat::csl_json);
    EXPECT_EQ(reference_format_from_string("ris"), ReferenceFormat::ris);
    EXPECT_EQ(reference_format_from_string("bibtex"), ReferenceFormat::bibtex);
    EXPECT_STREQ(to_string(ReferenceFormat::csl_json), "csl-json");
    try {
        reference_format_from_string("endnote");
        FAIL() << "no exception";
    } catch (const QueryError& e) {
        EXPECT_NE(std::string(e.what()).find("csl-json, ris or bibtex"), std::string::npos);
    }
}

TEST(CslJson, OneItemPerDocumentInFirstSeenOrder) {
    const nlohmann::json items =
        nlohmann::json::parse(export_references(sample(), ReferenceFormat::csl_json));
    ASSERT_TRUE(items.is_array());
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0]["id"], "E-C.12-XAR-CO-2-en");
    EXPECT_EQ(items[1]["id"], "E-C.12-KAZ-CO-2-en");
    EXPECT_EQ(items[2]["id"], "ehra-aralia-2025");
}

TEST(CslJson, UnDocumentFields) {
    const nlohmann::json items =
        nlohmann::json::parse(export_references(sample(), ReferenceFormat::csl_json));
    const nlohmann::json& a = items[0];
    EXPECT_EQ(a["type"], "report");
    EXPECT_EQ(a["title"], "Concluding observations on the second periodic report of Aralia");
    EXPECT_EQ(a["author"],
              nlohmann::json::parse(
                  R"([{"literal": "Committee on Economic, Social and Cultural Rights"}])"));
    EXPECT_EQ(a["issued"], nlohmann::json::parse(R"({"date-parts": [[2019, 3, 29]]})"));
    EXPECT_EQ(a["number"], "E/C.12/XAR/CO/2");
    EXPECT_EQ(a["publisher"], "United Nations");
    EXPECT_EQ(a["language"], "en");
    EXPECT_EQ(a["note"], "paras. 46–47");
    EXPECT_EQ(a["URL"], "https://undocs.org/E/C.12/XAR/CO/2");

    const nlohmann::json& k = items[1];
    EXPECT_EQ(k["title"], "Concluding observations on the second periodic report of Kazakhstan");
    EXPECT_EQ(k["issued"], nlohmann::json::parse(R"({"date-parts": [[2019, 3]]})"));
    EXPECT_EQ(k["note"], "fn. 8");
}

TEST(CslJson, NgoSubmissionIsADocument) {
    const nlohmann::json items =
        nlohmann::json::parse(export_references(sample(), ReferenceFormat::csl_json));
    const nlohmann::json& n = items[2];
    EXPECT_EQ(n["type"], "document");
    EXPECT_EQ(n["author"], nlohmann::json::parse(R"([{"literal": "EHRA"}])"));
    EXPECT_EQ(n["issued"], nlohmann::json::parse(R"({"date-parts": [[2025]]})"));
    EXPECT_EQ(n["note"], "sect. 3.1, para. 2");
    EXPECT_FALSE(n.contains("number"));
    EXPECT_FALSE(n.contains("URL"));
    EXPECT_FALSE(n.contains("publisher"));
}

TEST(CslJson, PrettyPrintedWithTwoSpaces) {
    core::DocumentMeta doc = ngo();
    doc.date.clear();
    EXPECT_EQ(export_references({stored(doc, "¶2")}, ReferenceFormat::csl_json),
              "[\n"
              "  {\n"
              "    \"id\": \"ehra-aralia-2025\",\n"
              "    \"type\": \"document\",\n"
              "    \"title\": \"Harm reduction in Aralia\",\n"
              "    \"author\": [\n"
              "      {\n"
              "        \"literal\": \"EHRA\"\n"
              "      }\n"
              "    ],\n"
              "    \"language\": \"en\",\n"
              "    \"note\": \"unnumbered para. 2\"\n"
              "  }\n"
              "]\n");
    EXPECT_EQ(export_references({}, ReferenceFormat::csl_json), "[]\n");
}

TEST(Ris, UnDocumentEntry) {
    EXPECT_EQ(
        export_references({stored(aralia(), "46"), stored(aralia(), "47")}, ReferenceFormat::ris),
        "TY  - RPRT\n"
        "TI  - Concluding observations on the second periodic report of Aralia\n"
        "PY  - 2019\n"
        "DA  - 2019/03/29/\n"
        "PB  - Committee on Economic, Social and Cultural Rights\n"
        "SN  - E/C.12/XAR/CO/2\n"
        "LA  - English\n"
        "UR  - https://undocs.org/E/C.12/XAR/CO/2\n"
        "N1  - paras. 46–47\n"
        "ER  - \n");
}

TEST(Ris, AuthorWithoutCommaAndPartialDates) {
    core::DocumentMeta ccpr = kazakhstan();
    ccpr.id = "CCPR-C-KAZ-CO-2-en";
    ccpr.symbol = "CCPR/C/KAZ/CO/2";
    ccpr.body = "CCPR";
    const std::string ris =
        export_references({stored(ccpr, "12"), stored(ngo(), "3.1/2")}, ReferenceFormat::ris);
    EXPECT_NE(ris.find("AU  - Human Rights Committee\nPY  - 2019\nDA  - 2019/03//\n"
                       "PB  - Human Rights Committee\n"),
              std::string::npos);
    EXPECT_NE(ris.find("TY  - GEN\nTI  - Harm reduction in Aralia\nAU  - EHRA\nPY  - 2025\n"
                       "DA  - 2025///\nLA  - English\nN1  - sect. 3.1, para. 2\nER  - \n"),
              std::string::npos);
}

TEST(Ris, EveryEntryStartsWithTyAndEndsWithEr) {
    const auto entries = ris_entries(export_references(sample(), ReferenceFormat::ris));
    ASSERT_EQ(entries.size(), 3u);
    for (const auto& lines : entries) {
        ASSERT_GE(lines.size(), 2u);
        EXPECT_EQ(lines.front().substr(0, 6), "TY  - ");
        EXPECT_EQ(lines.back(), "ER  - ");
        for (const std::string& line : lines) EXPECT_EQ(line.substr(2, 4), "  - ") << line;
    }
}

TEST(Bibtex, UnDocumentEntry) {
    EXPECT_EQ(export_references({stored(aralia(), "47"), stored(aralia(), "46")},
                                ReferenceFormat::bibtex),
              "@techreport{E_C12_XAR_CO_2,\n"
              "  author = {{Committee on Economic, Social and Cultural Rights}},\n"
              "  title = {{Concluding observations on the second periodic report of Aralia}},\n"
              "  institution = {United Nations},\n"
              "  number = {E/C.12/XAR/CO/2},\n"
              "  year = {2019},\n"
              "  month = mar,\n"
              "  note = {paras. 46--47},\n"
              "  url = {https://undocs.org/E/C.12/XAR/CO/2},\n"
              "  language = {english}\n"
              "}\n");
}

TEST(Bibtex, NgoSubmissionIsMisc) {
    EXPECT_EQ(export_references({stored(ngo(), "3.1/2")}, ReferenceFormat::bibtex),
              "@misc{EHRA2025,\n"
              "  author = {{EHRA}},\n"
              "  title = {{Harm reduction in Aralia}},\n"
              "  year = {2025},\n"
              "  note = {sect. 3.1, para. 2},\n"
              "  language = {english}\n"
              "}\n");
}

TEST(Bibtex, KeysStayUniqueAcrossLanguageVersions) {
    const std::string bib = export_references(
        {stored(aralia("en"), "46"), stored(aralia("ru"), "46"), stored(kazakhstan(), "1")},
        ReferenceFormat::bibtex);
    EXPECT_NE(bib.find("@techreport{E_C12_XAR_CO_2a,\n"), std::string::npos);
    EXPECT_NE(bib.find("@techreport{E_C12_XAR_CO_2b,\n"), std::string::npos);
    EXPECT_NE(bib.find("@techreport{E_C12_KAZ_CO_2,\n"), std::string::npos);
    // The Russian version: Russian body name, Russian pinpoint, UTF-8 kept.
    EXPECT_NE(bib.find("  author = {{Комитет по экономическим, социальным и культурным правам}},\n"
                       "  title = {{Заключительные замечания по второму периодическому докладу "
                       "Аралии}},\n"),
              std::string::npos);
    EXPECT_NE(bib.find("  note = {п. 46},\n"), std::string::npos);
    EXPECT_NE(bib.find("  language = {russian}\n"), std::string::npos);
}

TEST(Bibtex, SpecialCharactersAreEscaped) {
    core::DocumentMeta doc = ngo();
    doc.title = R"(Rights & duties: 100% of {budget} #1_a ~x^2 \ $5)";
    doc.author = "R&D_Group";
    const std::string bib = export_references({stored(doc, "1")}, ReferenceFormat::bibtex);
    EXPECT_NE(bib.find(R"(  title = {{Rights \& duties: 100\% of \textbraceleft{}budget)"
                       R"(\textbraceright{} \#1\_a \textasciitilde{}x\textasciicircum{}2 )"
                       R"(\textbackslash{} \$5}},)"),
              std::string::npos)
        << bib;
    EXPECT_NE(bib.find(R"(  author = {{R\&D\_Group}},)"), std::string::npos) << bib;
    // The key keeps only ASCII letters and digits.
    EXPECT_EQ(bib.rfind("@misc{RD_Group2025,\n", 0), 0u) << bib;
}

}  // namespace
}  // namespace paragraf::query
