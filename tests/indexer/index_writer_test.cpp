#include "indexer/index_writer.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "core/stored_unit.hpp"
#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

core::Document make_document(const std::string& id, const std::vector<std::string>& texts) {
    core::Document doc;
    doc.meta.id = id;
    doc.meta.title = "T";
    doc.meta.type = "other";
    doc.meta.lang = "en";
    doc.meta.date = "2021-05-01";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        core::Unit unit;
        unit.label = std::to_string(i + 1);
        unit.text = texts[i];
        doc.units.push_back(unit);
    }
    return doc;
}

Xapian::doccount count(const std::string& db, const std::string& term) {
    Xapian::Database d(db);
    return term.empty() ? d.get_doccount() : d.get_termfreq(term);
}

TEST(IndexWriter, OneXapianDocumentPerUnitWithTermsAndPositions) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    {
        IndexWriter writer(db);
        EXPECT_EQ(writer.add(make_document("a", {"Harm reduction works.", "Registry abolished."})),
                  2u);
        writer.commit();
    }
    Xapian::Database d(db);
    EXPECT_EQ(d.get_doccount(), 2u);
    EXPECT_EQ(d.get_termfreq("harm"), 1u);
    EXPECT_EQ(d.get_termfreq("Zregistri"), 1u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocId, "a")), 2u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kYear, "2021")), 1u * 2);
    EXPECT_TRUE(d.has_positions());
}

TEST(IndexWriter, ReaddingADocumentReplacesAllItsUnits) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    {
        IndexWriter writer(db);
        writer.add(make_document("a", {"one", "two", "three"}));
        writer.add(make_document("b", {"other"}));
        writer.commit();
    }
    {
        IndexWriter writer(db);
        writer.add(make_document("a", {"uno"}));
        writer.commit();
    }
    EXPECT_EQ(count(db, ""), 2u);
    EXPECT_EQ(count(db, "two"), 0u);
    EXPECT_EQ(count(db, "uno"), 1u);
    EXPECT_EQ(count(db, "other"), 1u);
}

TEST(IndexWriter, UncommittedBatchLeavesNoTrace) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    {
        IndexWriter writer(db);
        writer.add(make_document("a", {"kept"}));
        writer.commit();
        writer.add(make_document("b", {"lost"}));
        writer.add(make_document("a", {"replacement"}));
        // No commit: as if the run were interrupted here.
    }
    EXPECT_EQ(count(db, ""), 1u);
    EXPECT_EQ(count(db, "kept"), 1u);
    EXPECT_EQ(count(db, "lost"), 0u);
    EXPECT_EQ(count(db, "replacement"), 0u);
}

TEST(IndexWriter, EveryUnitGetsItsOwnLanguage) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    {
        IndexWriter writer(db);
        writer.add(make_document(
            "mixed", {"The State party reports progress on access to health care.",
                      "Государство-участник сообщает о прогрессе в области здравоохранения.",
                      "Қатысушы мемлекет денсаулық сақтау саласындағы ілгерілеу туралы хабарлайды.",
                      "Annex"}));
        writer.commit();
    }
    Xapian::Database d(db);
    auto lang_of = [&](Xapian::docid id) {
        return core::deserialize_stored_unit(d.get_document(id).get_data()).lang;
    };
    EXPECT_EQ(lang_of(1), "en");
    EXPECT_EQ(lang_of(2), "ru");
    EXPECT_EQ(lang_of(3), "kk");
    EXPECT_EQ(lang_of(4), "en");  // too short to tell: the document's language
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kLang, "ru")), 1u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocLang, "en")), 4u);
    // Each unit is stemmed in its own language.
    EXPECT_EQ(d.get_termfreq("Zгосударств"), 1u);
}

TEST(IndexWriter, OverlongTermsAreSkipped) {
    test::TempDir dir;
    const std::string db = (dir / "db").string();
    IndexWriter writer(db);
    EXPECT_NO_THROW(writer.add(make_document("a", {std::string(400, 'x') + " short"})));
    writer.commit();
    EXPECT_EQ(count(db, "short"), 1u);
}

TEST(IndexWriter, UnwritableLocationIsAnError) {
    test::TempDir dir;
    test::write_file(dir / "file", "not a directory");
    EXPECT_THROW(IndexWriter writer((dir / "file" / "db").string()), paragraf::Error);
}

}  // namespace
}  // namespace paragraf::indexer
