#include "indexer/indexer.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/index_layout.hpp"
#include "core/stored_unit.hpp"
#include "support/test_support.hpp"

namespace paragraf::indexer {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

const char* kSidecar = R"(<?xml version="1.0"?>
<meta><id>ehra-2025</id><title>Parallel submission on harm reduction</title>
<author>Eurasian Harm Reduction Association</author><body>CESCR</body>
<type>ngo-submission</type><country>KAZ</country><date>2025-09</date><lang>en</lang></meta>)";

TEST(Indexer, TextFileTakesMetadataFromItsSidecar) {
    TempDir dir;
    write_file(dir / "in" / "sub.txt", "1. Introduction\nThe registry must be abolished.\n");
    write_file(dir / "in" / "sub.meta.xml", kSidecar);
    const IndexReport report = index_paths((dir / "db").string(), {(dir / "in").string()});
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(report.failed, 0u);
    EXPECT_EQ(report.skipped, 0u);  // the sidecar is not a file of its own
    Xapian::Database db((dir / "db").string());
    ASSERT_EQ(db.get_doccount(), 1u);
    const core::StoredUnit s = core::deserialize_stored_unit(db.get_document(1).get_data());
    EXPECT_EQ(s.doc.id, "ehra-2025");
    EXPECT_EQ(s.doc.country, "KAZ");
    EXPECT_EQ(s.doc.type, "ngo-submission");
    EXPECT_EQ(s.unit.label, "1/1");
    EXPECT_EQ(db.get_termfreq(core::layout::filter_term(core::layout::kCountry, "KAZ")), 1u);
}

TEST(Indexer, TextWithoutSidecarGetsInferredMetadata) {
    TempDir dir;
    write_file(dir / "report.txt",
               "Доклад\n\n1. Государство-участник обеспечивает доступ к лечению.\n");
    const IndexReport report = index_paths((dir / "db").string(), {(dir / "report.txt").string()});
    ASSERT_EQ(report.indexed, 1u);
    Xapian::Database db((dir / "db").string());
    const core::StoredUnit s = core::deserialize_stored_unit(db.get_document(1).get_data());
    EXPECT_EQ(s.doc.id, "report");
    EXPECT_EQ(s.doc.lang, "ru");
    EXPECT_EQ(s.doc.type, "other");
    EXPECT_EQ(s.unit.label, "1");
}

core::StoredUnit first_unit(const std::string& db) {
    return core::deserialize_stored_unit(Xapian::Database(db).get_document(1).get_data());
}

TEST(Indexer, MetadataInferredFromTheSymbolInTheFileName) {
    TempDir dir;
    write_file(dir / "E_C.12_XAR_CO_2_EN.txt", "46. The Committee is concerned.\n");
    index_paths((dir / "db").string(), {(dir / "E_C.12_XAR_CO_2_EN.txt").string()});
    const core::StoredUnit s = first_unit((dir / "db").string());
    EXPECT_EQ(s.doc.symbol, "E/C.12/XAR/CO/2");
    EXPECT_EQ(s.doc.body, "CESCR");
    EXPECT_EQ(s.doc.type, "concluding-observations");
    EXPECT_EQ(s.doc.country, "XAR");
}

TEST(Indexer, ASymbolCitedInASentenceIsNotTheDocumentsOwn) {
    TempDir dir;
    write_file(dir / "ngo.txt",
               "Submission\n\n1. The State party's report (E/C.12/KAZ/3) says nothing.\n");
    index_paths((dir / "db").string(), {(dir / "ngo.txt").string()});
    const core::StoredUnit s = first_unit((dir / "db").string());
    EXPECT_EQ(s.doc.symbol, "");
    EXPECT_EQ(s.doc.type, "other");
}

TEST(Indexer, RealGeneralCommentIsRecognisedByItsSymbol) {
    TempDir dir;
    index_paths((dir / "db").string(),
                {(test::shared_dir() / "corpus/general-comments/E_C.12_2000_4.txt").string()});
    const core::StoredUnit s = first_unit((dir / "db").string());
    EXPECT_EQ(s.doc.symbol, "E/C.12/2000/4");
    EXPECT_EQ(s.doc.body, "CESCR");
    EXPECT_EQ(s.doc.type, "general-comment");
}

TEST(Indexer, IncrementalRunsReadOnlyWhatChanged) {
    TempDir dir;
    const std::string db = (dir / "db").string();
    write_file(dir / "in" / "a.txt", "1. Alpha paragraph.\n\n2. Second.\n");
    write_file(dir / "in" / "b.txt", "1. Beta paragraph.\n");
    write_file(dir / "in" / "c.txt", "1. Gamma paragraph.\n");
    const std::vector<std::string> in{(dir / "in").string()};
    EXPECT_EQ(index_paths(db, in).indexed, 3u);

    const IndexReport again = index_paths(db, in);
    EXPECT_EQ(again.indexed, 0u);
    EXPECT_EQ(again.unchanged, 3u);

    // A changed file replaces its units; a new sidecar counts as a change; a deleted file
    // stays until --prune.
    write_file(dir / "in" / "a.txt", "1. Alpha rewritten.\n");
    write_file(dir / "in" / "b.meta.xml", kSidecar);
    std::filesystem::remove(dir / "in" / "c.txt");
    const IndexReport changed = index_paths(db, in);
    EXPECT_EQ(changed.indexed, 2u);
    EXPECT_EQ(changed.unchanged, 0u);
    Xapian::Database d(db);
    EXPECT_EQ(d.get_termfreq("alpha"), 1u);
    EXPECT_EQ(d.get_termfreq("second"), 0u);
    EXPECT_EQ(d.get_termfreq("gamma"), 1u);
    // b.txt now has the sidecar's id: its old document is gone, not duplicated.
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocId, "b")), 0u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocId, "ehra-2025")), 1u);

    IndexOptions prune;
    prune.prune = true;
    const IndexReport pruned = index_paths(db, in, prune);
    EXPECT_EQ(pruned.pruned, 1u);
    EXPECT_EQ(pruned.unchanged, 2u);
    EXPECT_EQ(Xapian::Database(db).get_termfreq("gamma"), 0u);
    EXPECT_EQ(Xapian::Database(db).get_doccount(), 2u);
}

TEST(Indexer, AnIndexOfAnotherRankingSchemeKeepsItsNameUntilEveryFileIsIndexedAgain) {
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto file = [&](const char* name) { return (dir / "in" / name).string(); };
    write_file(file("a.txt"), "1. Alpha paragraph.\n");
    write_file(file("b.txt"), "1. Beta paragraph.\n");
    write_file(file("d.txt"), "1. Delta paragraph.\n");
    ASSERT_EQ(index_paths(db, {file("a.txt"), file("b.txt"), file("d.txt")}).indexed, 3u);
    const std::string key(core::layout::kRankingKey);
    const auto scheme = [&] { return Xapian::Database(db).get_metadata(key); };
    EXPECT_EQ(scheme(), core::layout::kRankingScheme);
    const std::string old_scheme = "bm25-wdf-pivot40-scale8";  // analysis versions 6 and 7
    {
        Xapian::WritableDatabase writable(db, Xapian::DB_OPEN);
        writable.set_metadata(key, old_scheme);
        writable.commit();
    }

    // A new file only: a, b and d still hold the old scheme's wdfs.
    write_file(file("c.txt"), "1. Gamma paragraph.\n");
    EXPECT_EQ(index_paths(db, {file("c.txt")}).stale, 3u);
    EXPECT_EQ(scheme(), old_scheme);
    // Unchanged (its fingerprint names the analysis it was read with), changed, pruned.
    EXPECT_EQ(index_paths(db, {file("a.txt")}).stale, 2u);
    write_file(file("b.txt"), "1. Beta rewritten.\n");
    EXPECT_EQ(index_paths(db, {file("b.txt")}).stale, 1u);
    EXPECT_EQ(scheme(), old_scheme);
    fs::remove(file("d.txt"));
    IndexOptions prune;
    prune.prune = true;
    const IndexReport last = index_paths(db, {(dir / "in").string()}, prune);
    EXPECT_EQ(last.pruned, 1u);
    EXPECT_EQ(last.stale, 0u);
    EXPECT_EQ(scheme(), core::layout::kRankingScheme);
    // and it stays so.
    EXPECT_EQ(index_paths(db, {(dir / "in").string()}).stale, 0u);
    EXPECT_EQ(scheme(), core::layout::kRankingScheme);
}

TEST(Indexer, MarksOfAnEarlierSchemeChangeCoverFilesIndexedSince) {
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto file = [&](const char* name) { return (dir / "in" / name).string(); };
    for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"})
        write_file(file(name), std::string("1. Paragraph of ") + name + ".\n");
    ASSERT_EQ(index_paths(db, {file("a.txt"), file("b.txt")}).indexed, 2u);
    {
        Xapian::WritableDatabase writable(db, Xapian::DB_OPEN);
        writable.set_metadata(std::string(core::layout::kRankingKey), "scheme-1");
        writable.commit();
    }
    EXPECT_EQ(index_paths(db, {file("c.txt")}).stale, 2u);  // a and b
    {
        // As if the marks were made by an earlier Paragraf, and c indexed by it: this one's
        // scheme differs from both, so c holds other wdfs too.
        Xapian::WritableDatabase writable(db, Xapian::DB_OPEN);
        writable.set_metadata("paragraf:stale-marks-for", "scheme-2");
        writable.commit();
    }
    EXPECT_EQ(index_paths(db, {file("d.txt")}).stale, 3u);  // a, b and c
}

TEST(Indexer, PruningAMovedFileKeepsItsDocument) {
    TempDir dir;
    const std::string db = (dir / "db").string();
    write_file(dir / "in" / "a.txt", "1. Alpha paragraph.\n");
    write_file(dir / "in" / "b.txt", "1. Beta paragraph.\n");
    ASSERT_EQ(index_paths(db, {(dir / "in").string()}).indexed, 2u);
    // The same file name, so the same document id, in another folder.
    fs::create_directories(dir / "moved");
    fs::rename(dir / "in" / "a.txt", dir / "moved" / "a.txt");
    ASSERT_EQ(index_paths(db, {(dir / "moved").string()}).indexed, 1u);

    IndexOptions prune;
    prune.prune = true;
    const IndexReport pruned =
        index_paths(db, {(dir / "in").string(), (dir / "moved").string()}, prune);
    EXPECT_EQ(pruned.pruned, 0u);
    EXPECT_EQ(Xapian::Database(db).get_termfreq("alpha"), 1u);
    // The old record is gone: nothing is left to prune, and the moved file stays indexed.
    fs::remove(dir / "in" / "b.txt");
    const IndexReport again = index_paths(db, {(dir / "moved").string()}, prune);
    EXPECT_EQ(again.pruned, 1u);
    EXPECT_EQ(again.unchanged, 1u);
    EXPECT_EQ(Xapian::Database(db).get_termfreq("alpha"), 1u);
    EXPECT_EQ(Xapian::Database(db).get_termfreq("beta"), 0u);
}

TEST(Indexer, InvalidUtf8IsRepairedWithAWarning) {
    TempDir dir;
    write_file(dir / "latin1.txt", "1. Caf\xE9 au lait and health.\n\n2. Fine.\n");
    std::vector<std::string> warnings;
    IndexOptions options;
    options.on_file = [&](const FileOutcome& f) { warnings = f.warnings; };
    const IndexReport report =
        index_paths((dir / "db").string(), {(dir / "latin1.txt").string()}, options);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings.front(), "invalid UTF-8 from line 1: 1 sequence(s) replaced with U+FFFD");
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(report.units, 2u);
    EXPECT_EQ(first_unit((dir / "db").string()).unit.text, "Caf\xEF\xBF\xBD au lait and health.");
}

TEST(Indexer, AParagraphOfSeveralMegabytes) {
    TempDir dir;
    std::string text = "1. ";
    while (text.size() < 4u << 20)
        text += "the right to health of everyone without discrimination ";
    text += "needle\n";
    write_file(dir / "big.txt", text);
    std::vector<std::string> warnings;
    IndexOptions options;
    options.on_file = [&](const FileOutcome& f) { warnings = f.warnings; };
    const IndexReport report =
        index_paths((dir / "db").string(), {(dir / "big.txt").string()}, options);
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_termfreq("needle"), 1u);
}

TEST(Indexer, BrokenFilesAreReportedAndOthersIndexed) {
    TempDir dir;
    write_file(dir / "in" / "good.txt", "1. Good paragraph about health.\n");
    write_file(dir / "in" / "binary.txt", std::string("PK\x03\x04\0\0garbage", 12));
    write_file(dir / "in" / "empty.txt", "  \n\n");
    write_file(dir / "in" / "notes.odt", "unsupported for now");
    write_file(dir / "in" / "broken.xml", "<document><meta>");
    const IndexReport report = index_paths((dir / "db").string(), {(dir / "in").string()});
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(report.failed, 3u);
    EXPECT_EQ(report.skipped, 1u);
    std::string messages;
    for (const FileOutcome& p : report.problems) messages += p.message + "\n";
    EXPECT_NE(messages.find("binary.txt"), std::string::npos) << messages;
    EXPECT_NE(messages.find("empty.txt"), std::string::npos) << messages;
    EXPECT_NE(messages.find("broken.xml:1:"), std::string::npos) << messages;
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), 1u);
}

TEST(Indexer, DuplicateDocumentIdsInOneRunAreRefused) {
    TempDir dir;
    write_file(dir / "a" / "same.txt", "1. First.\n");
    write_file(dir / "b" / "same.txt", "1. Second.\n");
    const IndexReport report =
        index_paths((dir / "db").string(), {(dir / "a").string(), (dir / "b").string()});
    EXPECT_EQ(report.indexed, 1u);
    ASSERT_EQ(report.failed, 1u);
    EXPECT_NE(report.problems.front().message.find("already used by"), std::string::npos);
}

TEST(Indexer, RerunningGivesTheSameIndex) {
    TempDir dir;
    const std::string corpus = (test::fixtures_dir() / "corpus").string();
    const IndexReport first = index_paths((dir / "db").string(), {corpus});
    const IndexReport second = index_paths((dir / "db").string(), {corpus});
    EXPECT_EQ(second.unchanged, first.indexed);
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), first.units);
}

TEST(Indexer, FolderCatalogueGivesMetadata) {
    TempDir dir;
    const IndexReport report =
        index_paths((dir / "db").string(), {(test::fixtures_dir() / "catalogue").string()});
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(report.skipped, 0u);  // the catalogue itself is not a document
    const core::StoredUnit s = first_unit((dir / "db").string());
    EXPECT_EQ(s.doc.id, "E-C.12-XAR-3-excerpt");
    EXPECT_EQ(s.doc.symbol, "E/C.12/XAR/3");
    EXPECT_EQ(s.doc.type, "state-report");
    EXPECT_EQ(s.doc.country, "XAR");
    EXPECT_EQ(s.doc.cycle, "3");
    EXPECT_TRUE(s.doc.inferred.empty());
}

TEST(Indexer, BrokenCatalogueFailsItsFilesClearly) {
    TempDir dir;
    write_file(dir / "in" / "a.txt", "1. Alpha.\n");
    write_file(dir / "in" / "catalogue.xml", "<catalogue><entry file=\"a.txt\">");
    const IndexReport report = index_paths((dir / "db").string(), {(dir / "in").string()});
    EXPECT_EQ(report.indexed, 0u);
    ASSERT_EQ(report.failed, 1u);
    EXPECT_NE(report.problems.front().message.find("catalogue is unusable"), std::string::npos);
}

TEST(Indexer, AChangedCatalogueIsReadAgain) {
    TempDir dir;
    const std::string entry = R"(<catalogue><entry file="a.txt"><meta><id>ID</id><title>T</title>
<type>state-report</type><lang>en</lang></meta></entry></catalogue>)";
    auto catalogue_with = [&](const std::string& id) {
        std::string xml = entry;
        xml.replace(xml.find("ID"), 2, id);
        return xml;
    };
    write_file(dir / "in" / "a.txt", "1. Alpha.\n");
    write_file(dir / "in" / "catalogue.xml", catalogue_with("first-id"));
    index_paths((dir / "db").string(), {(dir / "in").string()});
    // A different size, so the change is seen even within one second.
    write_file(dir / "in" / "catalogue.xml", catalogue_with("second-longer-id"));
    const IndexReport again = index_paths((dir / "db").string(), {(dir / "in").string()});
    EXPECT_EQ(again.indexed, 1u);  // the entry changed, so the file's fingerprint did
    Xapian::Database d((dir / "db").string());
    EXPECT_EQ(d.get_doccount(), 1u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocId, "second-longer-id")),
              1u);
    EXPECT_EQ(d.get_termfreq(core::layout::filter_term(core::layout::kDocId, "first-id")), 0u);
}

TEST(Indexer, AFileNamedTwiceIsReadOnce) {
    TempDir dir;
    write_file(dir / "in" / "a.txt", "1. Alpha.\n");
    const std::string in = (dir / "in").string();
    const IndexReport report =
        index_paths((dir / "db").string(), {in, in, (dir / "in" / "a.txt").string()});
    EXPECT_EQ(report.indexed, 1u);
    EXPECT_EQ(report.failed, 0u);
}

TEST(Indexer, SmallBatchesCommitAsTheyGo) {
    TempDir dir;
    for (int i = 0; i < 5; ++i)
        write_file(dir / "in" / ("d" + std::to_string(i) + ".txt"),
                   "1. Paragraph " + std::to_string(i) + ".\n");
    IndexOptions options;
    options.batch_files = 2;
    std::size_t seen = 0;
    options.on_file = [&](const FileOutcome&) { ++seen; };
    const IndexReport report = index_paths((dir / "db").string(), {(dir / "in").string()}, options);
    EXPECT_EQ(report.indexed, 5u);
    EXPECT_EQ(seen, 5u);
    EXPECT_EQ(Xapian::Database((dir / "db").string()).get_doccount(), 5u);
}

}  // namespace
}  // namespace paragraf::indexer
