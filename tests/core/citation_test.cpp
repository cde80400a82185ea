#include "core/citation.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/stored_unit.hpp"

namespace paragraf::core {
namespace {

Unit unit(UnitKind kind, const std::string& label) {
    Unit u;
    u.kind = kind;
    u.label = label;
    return u;
}

TEST(Citation, UsesSymbolAndParagraph) {
    DocumentMeta doc;
    doc.symbol = "E/C.12/KAZ/CO/2";
    EXPECT_EQ(citation(doc, unit(UnitKind::paragraph, "46")), "E/C.12/KAZ/CO/2, para. 46");
    EXPECT_EQ(citation(doc, unit(UnitKind::subparagraph, "47 (b)")),
              "E/C.12/KAZ/CO/2, para. 47 (b)");
    EXPECT_EQ(citation(doc, unit(UnitKind::footnote, "fn. 8")), "E/C.12/KAZ/CO/2, fn. 8");
    EXPECT_EQ(citation(doc, unit(UnitKind::item, "7, bullet 2")),
              "E/C.12/KAZ/CO/2, para. 7, bullet 2");
}

TEST(Citation, ArticlesAreTheirOwnPinpoint) {
    DocumentMeta doc;
    doc.symbol = "A/RES/217(III)";
    EXPECT_EQ(citation(doc, unit(UnitKind::paragraph, "art. 25 (1)")),
              "A/RES/217(III), art. 25 (1)");
    EXPECT_EQ(citation(doc, unit(UnitKind::paragraph, "art. 2, para. 2")),
              "A/RES/217(III), art. 2, para. 2");
}

TEST(Citation, WithoutSymbolUsesAuthorAndYear) {
    DocumentMeta doc;
    doc.author = "Eurasian Harm Reduction Association";
    doc.title = "Parallel submission";
    doc.date = "2025-10-01";
    EXPECT_EQ(citation(doc, unit(UnitKind::paragraph, "3.1/2")),
              "Eurasian Harm Reduction Association (2025), sect. 3.1, para. 2");
    doc.author.clear();
    EXPECT_EQ(citation(doc, unit(UnitKind::paragraph, "\u00B63")),
              "Parallel submission (2025), unnumbered para. 3");
}

TEST(StoredUnit, RoundTrips) {
    StoredUnit s;
    s.doc.id = "x";
    s.doc.title = "Т";
    s.doc.date = "2019";
    s.unit.kind = UnitKind::subparagraph;
    s.unit.label = "46 (a)";
    s.unit.section_path = {"C. Concerns", "Drug policy"};
    s.unit.text = "text \"quoted\"";
    s.unit.footnote_refs = {"3"};
    s.lang = "ru";
    s.ordinal = 12;
    const StoredUnit back = deserialize_stored_unit(serialize(s));
    EXPECT_EQ(back.doc.title, "Т");
    EXPECT_EQ(back.unit.kind, UnitKind::subparagraph);
    EXPECT_EQ(back.unit.section_path, s.unit.section_path);
    EXPECT_EQ(back.unit.text, s.unit.text);
    EXPECT_EQ(back.unit.footnote_refs, s.unit.footnote_refs);
    EXPECT_EQ(back.lang, "ru");
    EXPECT_EQ(back.ordinal, 12u);
    EXPECT_EQ(back.doc.year(), 2019);
}

TEST(StoredUnit, RejectsForeignData) {
    EXPECT_THROW(deserialize_stored_unit("url=http://x\nsample=y"), Error);
}

}  // namespace
}  // namespace paragraf::core
