// The citation commands end to end on the sample corpus: cited-by, cites, sources, cite with
// ranges, files, styles and reference-manager exports, stats --cited.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace paragraf::test {
namespace {

class CitationCli : public SampleCorpus {
  protected:
    static CommandResult run(const std::string& args) {
        return run_command(paragraf(args + " --db " + db()));
    }
};

TEST_F(CitationCli, CitedByListsCitingParagraphsWithTheirSentences) {
    const CommandResult r = run("cited-by 'E/C.12/XAR/CO/2, paras. 46-47'");
    expect_golden_run("cited-by-46-47.txt", r);
}

TEST_F(CitationCli, CitedByJsonHasSearchHitsPlusCitingSentence) {
    const CommandResult r = run("cited-by E/C.12/XAR/3 --lang ru --format json");
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    ASSERT_FALSE(j.at("hits").empty());
    for (const nlohmann::json& hit : j.at("hits")) {
        EXPECT_EQ(hit.at("lang"), "ru");
        EXPECT_FALSE(hit.at("citation").get<std::string>().empty());
        EXPECT_NE(hit.at("citing_sentence").get<std::string>().find("E/C.12/XAR/3"),
                  std::string::npos)
            << hit.at("citing_sentence");
        EXPECT_FALSE(hit.at("citations").empty());
        EXPECT_TRUE(hit.contains("doc"));
    }
    EXPECT_EQ(j.at("total").get<std::size_t>(), j.at("hits").size());
}

TEST_F(CitationCli, CitesResolvesEachTargetAgainstTheIndex) {
    const CommandResult r = run("cites E/C.12/XAR/Q/3");
    expect_golden_run("cites-list-of-issues.txt", r);
    const CommandResult json = run("cites ngo-xar-lgbti-2025-ru --format json");
    ASSERT_EQ(json.status, 0) << json.err;
    const nlohmann::json j = nlohmann::json::parse(json.out);
    bool indexed = false;
    for (const nlohmann::json& hit : j.at("hits"))
        for (const nlohmann::json& c : hit.at("cites"))
            for (const nlohmann::json& t : c.at("targets"))
                indexed = indexed || (t.at("status") == "indexed" && t.contains("text"));
    EXPECT_TRUE(indexed);
}

TEST_F(CitationCli, SourcesFlagsTheQuotationAndGivesAFootnote) {
    const CommandResult r =
        run("sources --style footnote 'the Committee considers that these shortcomings "
            "seriously undermine the right to health of people who use drugs'");
    expect_golden_run("sources-quote.txt", r);
    const CommandResult json = run(
        "sources --format json --limit 3 'limited availability of opioid agonist therapy, which "
        "is provided in only seven cities'");
    ASSERT_EQ(json.status, 0) << json.err;
    const nlohmann::json j = nlohmann::json::parse(json.out);
    ASSERT_EQ(j.at("hits").size(), 3u);
    EXPECT_TRUE(j.at("hits").at(0).at("quote").get<bool>());
    EXPECT_EQ(j.at("hits").at(0).at("footnote"), "E/C.12/XAR/CO/2, para. 46.");
    EXPECT_FALSE(j.at("hits").at(1).at("quote").get<bool>());
}

TEST_F(CitationCli, SourcesForEachClaimOfADraft) {
    TempDir dir;
    write_file(dir.path() / "draft.txt",
               "Harm reduction services are not funded from the State budget.\n\n"
               "Drug users are registered\nin the drug registry automatically.\n");
    const CommandResult r = run("sources --format json --limit 2 --file " +
                                shell_quote((dir.path() / "draft.txt").string()));
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j.at("claims").size(), 2u);
    EXPECT_EQ(j.at("claims").at(1).at("claim"),
              "Drug users are registered in the drug registry automatically.");
    for (const nlohmann::json& claim : j.at("claims")) EXPECT_EQ(claim.at("hits").size(), 2u);
}

TEST_F(CitationCli, CiteRangesStylesAndExports) {
    const CommandResult ru = run("cite --style ru 'E/C.12/XAR/CO/2, пункты 46-47' --lang ru");
    ASSERT_EQ(ru.status, 0) << ru.err;
    EXPECT_NE(ru.out.find("E/C.12/XAR/CO/2, п. 46  [ru]"), std::string::npos) << ru.out;
    EXPECT_NE(ru.out.find("E/C.12/XAR/CO/2, п. 47  [ru]"), std::string::npos) << ru.out;

    const CommandResult bib = run("cite 'E/C.12/XAR/CO/2, paras. 46-47' --format bibtex");
    expect_golden_run("cite-bibtex.txt", bib);

    const CommandResult csl = run("cite 'E/C.12/XAR/CO/2 ¶47' --lang all --format csl-json");
    ASSERT_EQ(csl.status, 0) << csl.err;
    const nlohmann::json items = nlohmann::json::parse(csl.out);
    EXPECT_EQ(items.size(), 3u);  // en, ru and kk are three documents
    EXPECT_EQ(items.at(0).at("number"), "E/C.12/XAR/CO/2");

    const CommandResult ris = run("cite 'E/C.12/XAR/CO/2 ¶47' --format ris");
    ASSERT_EQ(ris.status, 0) << ris.err;
    EXPECT_EQ(ris.out.rfind("TY  - ", 0), 0u) << ris.out;
    EXPECT_NE(ris.out.find("ER  - "), std::string::npos);
}

TEST_F(CitationCli, CiteFileChecksEveryFootnote) {
    TempDir dir;
    write_file(dir.path() / "footnotes.txt",
               "# footnotes of the draft\n"
               "E/C.12/XAR/CO/2, para. 47 (b)\n"
               "\n"
               "E/C.12/XAR/CO/2, para. 99\n"
               "E/C.12/KAZ/CO/2, п. 46\n"
               "Interview with a nurse, 2024\n"
               "CESCR’s 2019 concluding observations on Aralia (E/C.12/XAR/CO/2), paras. 20–21\n");
    const CommandResult r =
        run("cite --file " + shell_quote((dir.path() / "footnotes.txt").string()));
    EXPECT_EQ(r.status, 1) << r.err;  // some do not resolve
    expect_golden("cite-file.txt", r.out);

    const CommandResult json =
        run("cite --format json --file " + shell_quote((dir.path() / "footnotes.txt").string()));
    const nlohmann::json j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j.at("hits").size(), 3u);
    ASSERT_EQ(j.at("unresolved").size(), 3u);
    EXPECT_EQ(j.at("unresolved").at(0).at("line"), 4);
    EXPECT_EQ(j.at("unresolved").at(0).at("document_indexed"), true);
}

TEST_F(CitationCli, StatsCited) {
    const CommandResult r = run("stats --cited");
    expect_golden_run("stats-cited.txt", r);
}

TEST_F(CitationCli, BadCitationsAreUsageErrors) {
    EXPECT_EQ(run("cited-by 'drug policy'").status, 2);
    EXPECT_EQ(run("cites no-such-document").status, 2);
    EXPECT_EQ(run("sources --style apa 'x'").status, 2);
}

}  // namespace
}  // namespace paragraf::test
