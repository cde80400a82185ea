// The `paragraf` binary end to end: real files, real index, output checked against golden files.
// Set PARAGRAF_UPDATE_GOLDEN=1 to rewrite the golden files from the current output.

#include <gtest/gtest.h>

#include <xapian.h>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"

namespace paragraf::test {
namespace {

namespace fs = std::filesystem;

TEST_F(SampleCorpus, IndexSummaryCountsFiles) {
    EXPECT_NE(index_output_.find("Indexed "), std::string::npos) << index_output_;
    EXPECT_EQ(index_output_.find("failed"), std::string::npos) << index_output_;
}

TEST_F(SampleCorpus, TextOutput) {
    const CommandResult r = search("--limit 3 '\"opioid agonist therapy\"' --lang en");
    expect_golden_run("search-oat-en.txt", r);
}

TEST_F(SampleCorpus, JsonOutput) {
    const CommandResult r = search(
        "--format json --limit 2 --symbol E/C.12/XAR/CO/2 --lang ru 'заместительной терапии'");
    expect_golden_run("search-ost-ru.json", r);
    const auto json = nlohmann::json::parse(r.out);
    ASSERT_FALSE(json["hits"].empty());
    for (const auto& hit : json["hits"]) {
        EXPECT_EQ(hit["doc"]["symbol"], "E/C.12/XAR/CO/2");
        EXPECT_EQ(hit["lang"], "ru");
        for (const char* key : {"citation", "score", "text", "snippet"})
            EXPECT_TRUE(hit.contains(key));
        for (const char* key : {"label", "kind", "section"})
            EXPECT_TRUE(hit["paragraph"].contains(key));
    }
}

TEST_F(SampleCorpus, JsonLinesOutputIsOneHitPerLine) {
    const CommandResult r = search("--format jsonl --limit 4 committee");
    ASSERT_EQ(r.status, 0) << r.err;
    std::size_t lines = 0;
    std::size_t start = 0;
    for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1) {
        EXPECT_NO_THROW(nlohmann::json::parse(r.out.substr(start, nl - start)));
        ++lines;
    }
    EXPECT_EQ(lines, 4u);
}

TEST_F(SampleCorpus, ParallelVersionsOfEachHit) {
    const CommandResult r =
        search("--limit 2 --parallel ru,kk --type concluding-observations '\"harm reduction\"'");
    expect_golden_run("search-parallel.txt", r);
    const CommandResult json =
        search("--format json --limit 1 --parallel all '\"harm reduction\"'");
    ASSERT_EQ(json.status, 0) << json.err;
    const auto hit = nlohmann::json::parse(json.out)["hits"][0];
    ASSERT_EQ(hit["parallel"].size(), 2u);
    for (const auto& version : hit["parallel"]) {
        EXPECT_EQ(version["citation"], hit["citation"]);
        EXPECT_NE(version["lang"], hit["lang"]);
    }
}

TEST_F(SampleCorpus, CiteShowsTheParagraphInEveryLanguage) {
    const CommandResult r =
        run_command(paragraf("cite --db " + db() + " --lang all 'E/C.12/XAR/CO/2, para. 47 (b)'"));
    expect_golden_run("cite-all.txt", r);
    const CommandResult missing =
        run_command(paragraf("cite --db " + db() + " 'E/C.12/XAR/CO/2 ¶460'"));
    EXPECT_EQ(missing.status, 1);
    expect_golden("cite-missing.txt", missing.out);
}

TEST_F(SampleCorpus, KazakhSearch) {
    const CommandResult r = search("--limit 3 --lang kk есірткі");
    expect_golden_run("search-kk.txt", r);
}

TEST_F(SampleCorpus, StatsText) {
    const CommandResult r = run_command(paragraf("stats --db " + db()));
    expect_golden_run("stats.txt", r);
}

TEST_F(SampleCorpus, NoMatchSaysSoAndSucceeds) {
    const CommandResult r = search("xylophonic");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, "No paragraph matches xylophonic.\n");
}

TEST_F(SampleCorpus, OptionsBeforeTheQueryTakeOneValueEach) {
    const CommandResult r = search(
        "--country XAR --lang en --lang ru --type concluding-observations --limit 50 "
        "--format json '\"harm reduction\"' OR '\"снижения вреда\"'");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["query"], "\"harm reduction\" OR \"снижения вреда\"");
    std::set<std::string> langs;
    for (const auto& hit : json["hits"]) langs.insert(hit["lang"].get<std::string>());
    EXPECT_EQ(langs, (std::set<std::string>{"en", "ru"}));
    const CommandResult none = search("--country KAZ harm reduction");
    EXPECT_EQ(none.status, 0) << none.err;
    EXPECT_EQ(none.out, "No paragraph matches harm reduction with the filters given.\n");
}

TEST_F(SampleCorpus, MalformedQueryIsAUsageError) {
    const CommandResult r = search("'\"harm reduction'");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("unterminated phrase"), std::string::npos) << r.err;
    const CommandResult lang = search("--lang fr health");
    EXPECT_EQ(lang.status, 2);
    EXPECT_NE(lang.err.find("unknown language \"fr\""), std::string::npos) << lang.err;
}

TEST(Cli, AnalyzeShowsTermsAndStems) {
    const CommandResult r =
        run_command(paragraf("analyze --lang en 'Recommendations of the State party’s'"));
    expect_golden_run("analyze-en.txt", r);
    const CommandResult ru = run_command(paragraf("analyze 'Заключительные замечания Комитета'"));
    expect_golden_run("analyze-ru.txt", ru);
}

TEST(Cli, BadFilesAreReportedAndTheRestIsIndexed) {
    TempDir dir;
    const std::string db = shell_quote((dir.path() / "db").string());
    const CommandResult r = run_command(paragraf(
        "index --db " + db + " tests/fixtures/bad tests/fixtures/corpus no/such/file.xml"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("paragraf: tests/fixtures/bad/malformed.xml:5:"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("tests/fixtures/bad/bad-type.xml:3:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("unknown document <type> \"memo\""), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("paragraf: no/such/file.xml: no such file or directory"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.out.find("Indexed 3 files"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3 failed"), std::string::npos) << r.out;
    const CommandResult found = run_command(paragraf("search --db " + db + " confidentiality"));
    EXPECT_EQ(found.status, 0);
    EXPECT_NE(found.out.find("E/C.12/XAR/CO/2, para. 47 (c)"), std::string::npos) << found.out;
}

// PDF, DOCX and HTML are read by a module loaded on first use (indexer/readers/
// formats_module.hpp): without it those files fail with the reason, the others are indexed,
// and searching, which never loads it, works.
TEST(Cli, WithoutTheFormatsModuleTheOtherFilesAreStillIndexed) {
    TempDir dir;
    const std::string db = shell_quote((dir.path() / "db").string());
    const std::string missing = shell_quote((dir.path() / "no-module.so").string());
    const CommandResult r = run_command(
        "export PARAGRAF_FORMATS_MODULE=" + missing + "; " +
        paragraf("index --db " + db + " tests/fixtures/corpus tests/fixtures/html/page.html"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("tests/fixtures/html/page.html: cannot load the PDF, DOCX and HTML "
                         "readers (libparagraf_formats.so)"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("no-module.so: not found"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("1 failed"), std::string::npos) << r.out;
    const CommandResult found = run_command("export PARAGRAF_FORMATS_MODULE=" + missing + "; " +
                                            paragraf("search --db " + db + " confidentiality"));
    EXPECT_EQ(found.status, 0) << found.err;
    EXPECT_NE(found.out.find("E/C.12/XAR/CO/2, para. 47 (c)"), std::string::npos) << found.out;
    // With the module found (beside the binary), the page is read.
    const CommandResult again =
        run_command(paragraf("index --db " + db + " tests/fixtures/html/page.html"));
    EXPECT_EQ(again.status, 0) << again.err;
    // A bare file name is taken in the current folder, as it is checked, not on the library path.
    const std::filesystem::path binary(paragraf_binary());
    const CommandResult bare =
        run_command("cd " + shell_quote(binary.parent_path().string()) +
                    " && export PARAGRAF_FORMATS_MODULE=libparagraf_formats.so && " +
                    shell_quote(binary.string()) + " index --db " + db + " " +
                    shell_quote((test::fixtures_dir() / "html" / "dated_ru.html").string()));
    EXPECT_EQ(bare.status, 0) << bare.err;
}

TEST(Cli, StatsDocsShowsWhatWasInferred) {
    TempDir dir;
    const std::string db = shell_quote((dir.path() / "db").string());
    const std::string gc =
        shell_quote((shared_dir() / "corpus" / "general-comments" / "E_C.12_2000_4.txt").string());
    const CommandResult indexed =
        run_command(paragraf("index -q --db " + db + " tests/fixtures/corpus " + gc));
    ASSERT_EQ(indexed.status, 0) << indexed.err;
    const CommandResult r = run_command(paragraf("stats --docs --db " + db));
    expect_golden_run("stats-docs.txt", r);
    const CommandResult json = run_command(paragraf("stats --docs --format json --db " + db));
    const auto docs = nlohmann::json::parse(json.out);
    ASSERT_EQ(docs.size(), 4u);
    for (const auto& d : docs) {
        if (d["id"] == "fixture-co-en") {
            EXPECT_TRUE(d["inferred"].empty());
        }
    }
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(run_command(paragraf("")).status, 2);
    EXPECT_EQ(run_command(paragraf("search")).status, 2);
    EXPECT_EQ(run_command(paragraf("frobnicate")).status, 2);
    EXPECT_EQ(run_command(paragraf("search --format xml x")).status, 2);
}

TEST(Cli, SearchingWithoutAnIndexExplainsWhatToDo) {
    TempDir dir;
    const CommandResult r = run_command(
        paragraf("search --db " + shell_quote((dir.path() / "none").string()) + " health"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("paragraf index"), std::string::npos) << r.err;
}

TEST(Cli, AnIndexFromAnotherRankingSchemeIsFlagged) {
    TempDir dir;
    const std::string path = (dir.path() / "db").string();
    ASSERT_EQ(run_command(paragraf("index -q --db " + shell_quote(path) + " corpus")).status, 0);
    // Every command that ranks paragraphs warns, and still answers.
    const std::vector<std::string> ranked = {
        "search drug", "sources Opioid agonist therapy is not available in prisons",
        "crossref ngo-xar-harm-reduction-2025-en --against E/C.12/XAR/3"};
    std::vector<CommandResult> current;
    for (const std::string& command : ranked) {
        current.push_back(run_command(paragraf(command + " --db " + shell_quote(path))));
        ASSERT_EQ(current.back().status, 0) << command << ": " << current.back().err;
        EXPECT_EQ(current.back().err, "") << command;
    }
    for (const char* scheme : {"", "bm25-wdf-pivot40-scale8"}) {
        {
            // What an index written before analysis version 6 lacks, and what versions 6 and
            // 7 wrote.
            Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
            db.set_metadata("paragraf:ranking", scheme);
            db.commit();
        }
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            const CommandResult old =
                run_command(paragraf(ranked[i] + " --db " + shell_quote(path)));
            ASSERT_EQ(old.status, 0) << ranked[i] << ": " << old.err;
            EXPECT_NE(old.err.find("another version of Paragraf"), std::string::npos)
                << ranked[i] << ": " << old.err;
            EXPECT_EQ(old.out, current[i].out) << ranked[i];
        }
    }
    // Indexing one file says how many others still need it; indexing them all ends it.
    const CommandResult one = run_command(
        paragraf("index -q --db " + shell_quote(path) + " corpus/E-C.12-XAR-CO-2-en.xml"));
    ASSERT_EQ(one.status, 0) << one.err;
    EXPECT_NE(one.err.find("indexed by another version of Paragraf"), std::string::npos) << one.err;
    EXPECT_NE(run_command(paragraf("search drug --db " + shell_quote(path))).err, "");
    const CommandResult all =
        run_command(paragraf("index -q --db " + shell_quote(path) + " corpus"));
    ASSERT_EQ(all.status, 0) << all.err;
    EXPECT_EQ(all.err, "");
    EXPECT_EQ(run_command(paragraf("search drug --db " + shell_quote(path))).err, "");
}

TEST(Cli, CompactKeepsTheSearchResults) {
    TempDir dir;
    const std::string db = shell_quote((dir.path() / "db").string());
    ASSERT_EQ(run_command(paragraf("index -q --db " + db + " corpus")).status, 0);
    const CommandResult before = run_command(paragraf("search --db " + db + " opioid therapy"));
    ASSERT_EQ(before.status, 0) << before.err;

    const CommandResult r = run_command(paragraf("compact --db " + db));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.rfind("Compacted ", 0) == 0 && r.out.find(" MB -> ") != std::string::npos &&
                r.out.find(" s.\n") != std::string::npos)
        << r.out;
    const CommandResult after = run_command(paragraf("search --db " + db + " opioid therapy"));
    EXPECT_EQ(after.out, before.out);

    // The same as part of an indexing run.
    const std::string db2 = shell_quote((dir.path() / "db2").string());
    const CommandResult indexed =
        run_command(paragraf("index -q --compact --db " + db2 + " corpus"));
    ASSERT_EQ(indexed.status, 0) << indexed.err;
    EXPECT_NE(indexed.out.find("\nCompacted "), std::string::npos) << indexed.out;
    EXPECT_EQ(run_command(paragraf("search --db " + db2 + " opioid therapy")).out, before.out);

    const CommandResult none =
        run_command(paragraf("compact --db " + shell_quote((dir.path() / "none").string())));
    EXPECT_EQ(none.status, 1);
    EXPECT_NE(none.err.find("no index here"), std::string::npos) << none.err;
}

// The two real NGO submissions (from ../shared, present in CI) found by phrase, with their labels.
TEST(Cli, RealSubmissionsAreFoundByPhraseWithLabels) {
    const fs::path submissions = shared_dir() / "corpus" / "submissions";
    ASSERT_TRUE(fs::exists(submissions)) << submissions;
    TempDir dir;
    const std::string db = shell_quote((dir.path() / "db").string());
    const CommandResult indexed =
        run_command(paragraf("index --db " + db + " " + shell_quote(submissions.string())));
    ASSERT_EQ(indexed.status, 0) << indexed.err;
    EXPECT_NE(indexed.out.find("Indexed 2 files"), std::string::npos) << indexed.out;

    auto first_citation = [&](const std::string& query) {
        const CommandResult r = run_command(
            paragraf("search --format json --limit 1 --db " + db + " " + shell_quote(query)));
        EXPECT_EQ(r.status, 0) << r.err;
        const auto json = nlohmann::json::parse(r.out);
        if (json["hits"].empty()) return std::string("(none)");
        return json["hits"][0]["paragraph"]["label"].get<std::string>() + " | " +
               json["hits"][0]["doc"]["id"].get<std::string>();
    };
    EXPECT_EQ(first_citation("\"de facto moratorium on accepting new patients\""),
              "3.1/1 | 000_d03678d89be8b2e6");
    EXPECT_EQ(first_citation(
                  "\"direct prohibition of discrimination on the grounds of gender identity\""),
              "12 | 004_e6ef954f37660984");
    EXPECT_EQ(first_citation("\"National Report on Violations of the Rights of LGBT People\""),
              "fn. 4 | 004_e6ef954f37660984");
    EXPECT_EQ(first_citation("\"no registered tablet formulation of methadone\""),
              "3.2/5 | 000_d03678d89be8b2e6");
    EXPECT_EQ(first_citation("bookmark OR footnoteref"), "(none)");
}

}  // namespace
}  // namespace paragraf::test

namespace paragraf::test {
namespace {

// kill -9 in the middle of a run: the index still opens, and running the same command again
// completes it with every document exactly once.
TEST(Cli, KilledRunLeavesAnOpenableIndexAndARerunCompletesIt) {
    TempDir dir;
    constexpr int kFiles = 400;
    for (int i = 0; i < kFiles; ++i) {
        std::string text;
        for (int p = 1; p <= 20; ++p)
            text += std::to_string(p) + ". Paragraph " + std::to_string(p) + " of report " +
                    std::to_string(i) + " on the right to health and harm reduction.\n\n";
        write_file(dir / "in" / ("r" + std::to_string(i) + ".txt"), text);
    }
    const std::string db = shell_quote((dir / "db").string());
    const std::string index = shell_quote(paragraf_binary()) + " index --db " + db + " " +
                              shell_quote((dir / "in").string());
    // Start, let it write a few batches, kill it hard.
    const CommandResult killed = run_command(
        "( " + index + " >/dev/null 2>&1 & pid=$!; sleep 0.3; kill -9 $pid; wait $pid; echo $? )");
    EXPECT_NE(killed.out, "") << killed.err;

    if (fs::exists(dir / "db")) {
        const CommandResult stats =
            run_command(shell_quote(paragraf_binary()) + " stats --format json --db " + db);
        EXPECT_EQ(stats.status, 0) << stats.err;
        const auto partial = nlohmann::json::parse(stats.out);
        EXPECT_EQ(partial["paragraphs"].get<int>() % 20, 0) << "a document was half-written";
    }
    const CommandResult rerun = run_command(index);
    ASSERT_EQ(rerun.status, 0) << rerun.err;
    const CommandResult stats =
        run_command(shell_quote(paragraf_binary()) + " stats --format json --db " + db);
    ASSERT_EQ(stats.status, 0) << stats.err;
    const auto full = nlohmann::json::parse(stats.out);
    EXPECT_EQ(full["documents"], kFiles);
    EXPECT_EQ(full["paragraphs"], kFiles * 20);
}

}  // namespace
}  // namespace paragraf::test
