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

TEST(StoredUnit, RoundTripsEveryField) {
    StoredUnit s;
    // Each string field of the document gets a distinct value, so a swap would show.
    DocumentMeta& m = s.doc;
    const std::vector<std::string DocumentMeta::*> fields = {
        &DocumentMeta::id,      &DocumentMeta::symbol, &DocumentMeta::title,
        &DocumentMeta::author,  &DocumentMeta::body,   &DocumentMeta::type,
        &DocumentMeta::country, &DocumentMeta::date,   &DocumentMeta::session,
        &DocumentMeta::cycle,   &DocumentMeta::lang,   &DocumentMeta::source_path};
    for (std::size_t i = 0; i < fields.size(); ++i)
        m.*fields[i] = "поле " + std::to_string(i);  // "field i", non-ASCII on purpose
    m.inferred = {"date", "cycle"};
    s.unit.kind = UnitKind::footnote;
    s.unit.label = "fn. 3";
    s.unit.section_path = {"A", "B"};
    s.unit.footnote_refs = {"2"};
    s.unit.text = std::string(300, 'x') + " see E/C.12/KAZ/3, para. 125";
    s.lang = "ru";
    s.ordinal = 300;  // more than one varint byte
    UnitCitation c;
    c.kind = "document";
    c.keys = {"para|E/C.12/KAZ/3|125", "doc|E/C.12/KAZ/3"};
    c.text = "E/C.12/KAZ/3, para. 125";
    c.begin = 305;
    c.end = 328;
    c.via = "3";
    c.short_form = true;
    s.cites = {c, UnitCitation{}};
    const StoredUnit back = deserialize_stored_unit(serialize(s));
    for (std::string DocumentMeta::*field : fields) EXPECT_EQ(back.doc.*field, m.*field);
    EXPECT_EQ(back.doc.inferred, m.inferred);
    EXPECT_EQ(back.unit.kind, UnitKind::footnote);
    EXPECT_EQ(back.unit.label, "fn. 3");
    EXPECT_EQ(back.unit.section_path, s.unit.section_path);
    EXPECT_EQ(back.unit.footnote_refs, s.unit.footnote_refs);
    EXPECT_EQ(back.unit.text, s.unit.text);
    EXPECT_EQ(back.lang, "ru");
    EXPECT_EQ(back.ordinal, 300u);
    ASSERT_EQ(back.cites.size(), 2u);
    EXPECT_EQ(back.cites[0].kind, "document");
    EXPECT_EQ(back.cites[0].keys, c.keys);
    EXPECT_EQ(back.cites[0].text, c.text);
    EXPECT_EQ(back.cites[0].begin, 305u);
    EXPECT_EQ(back.cites[0].end, 328u);
    EXPECT_EQ(back.cites[0].via, "3");
    EXPECT_TRUE(back.cites[0].short_form);
    EXPECT_FALSE(back.cites[1].short_form);
}

// Indexes written before the binary records (layout version 1) stay searchable.
TEST(StoredUnit, ReadsTheJsonRecordsOfLayoutVersion1) {
    const std::string json =
        R"({"doc":{"author":"","body":"CESCR","country":"UZB","cycle":"3","date":"2018-08-06",)"
        R"("id":"d","inferred":["symbol"],"lang":"ru","path":"/c/d.txt","session":"",)"
        R"("symbol":"E/C.12/UZB/CO/3","title":"T","type":"concluding-observations"},)"
        R"("fnrefs":[],"kind":"paragraph","label":"100","lang":"ru","ordinal":99,)"
        R"("section":["G. Section"],"text":"Текст.","v":1})";
    const StoredUnit back = deserialize_stored_unit(json);
    EXPECT_EQ(back.doc.symbol, "E/C.12/UZB/CO/3");
    EXPECT_EQ(back.doc.cycle, "3");
    EXPECT_EQ(back.unit.label, "100");
    EXPECT_EQ(back.unit.text, "Текст.");
    EXPECT_EQ(back.ordinal, 99u);
}

TEST(StoredUnit, RejectsForeignData) {
    EXPECT_THROW(deserialize_stored_unit("url=http://x\nsample=y"), Error);
    EXPECT_THROW(deserialize_stored_unit(""), Error);
}

// Sizes inside a record are never trusted: every cut and a huge length are errors, not reads
// past the end.
TEST(StoredUnit, RejectsDamagedRecords) {
    StoredUnit s;
    s.doc.id = "x";
    s.unit.text = "some text";
    const std::string record = serialize(s);
    for (std::size_t cut = 2; cut < record.size(); ++cut)
        EXPECT_THROW(deserialize_stored_unit(record.substr(0, cut)), Error) << cut;
    EXPECT_THROW(deserialize_stored_unit(record + "x"), Error);
    std::string huge = record;
    huge[2] = static_cast<char>(0xff);  // the id's length now continues into the next bytes
    EXPECT_THROW(deserialize_stored_unit(huge), Error);
    // A string longer than what is left, followed by enough bytes to read on.
    EXPECT_THROW(deserialize_stored_unit(std::string("P\x02\x7f", 3) + std::string(20, '\0')),
                 Error);
    // A list count beyond the record.
    std::string many("P\x02", 2);
    many += std::string(12, '\0');   // the document's twelve strings, empty
    many += "\xff\xff\xff\xff\x0f";  // "inferred": four billion entries
    EXPECT_THROW(deserialize_stored_unit(many), Error);
    // A unit kind the model does not know is damage too, not another kind of error.
    std::string kind = record;
    const std::size_t at = kind.find("paragraph");
    ASSERT_NE(at, std::string::npos);
    kind.replace(at, 9, "paragrafs");
    EXPECT_THROW(deserialize_stored_unit(kind), Error);
}

}  // namespace
}  // namespace paragraf::core
