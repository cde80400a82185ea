// `paragraf crossref` end to end on the sample corpus: the Markdown report (golden), JSON for
// tools, CSV, HTML, a file read on the fly, the reverse and follow-up directions, usage errors.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"

namespace paragraf::test {
namespace {

class CrossrefCli : public SampleCorpus {
  protected:
    static CommandResult run(const std::string& args) {
        return run_command(paragraf("crossref " + args + " --db " + db()));
    }
};

TEST_F(CrossrefCli, MarkdownReportClaimByClaim) {
    const CommandResult r = run("ngo-xar-harm-reduction-2025-en --against E/C.12/XAR/3");
    expect_golden_run("crossref-harm-reduction.md", r);
}

TEST_F(CrossrefCli, GroupedByRight) {
    const CommandResult r =
        run("ngo-xar-harm-reduction-2025-en --against type=state-report,country=XAR "
            "--group-by right --limit 1");
    expect_golden_run("crossref-by-right.md", r);
}

TEST_F(CrossrefCli, JsonHasTheDocumentedShape) {
    const CommandResult r =
        run("ngo-xar-harm-reduction-2025-en --against type=state-report,country=XAR --format json");
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("source").at("id"), "ngo-xar-harm-reduction-2025-en");
    EXPECT_EQ(j.at("against"), "type=state-report,country=XAR");
    std::size_t addressed = 0, silent = 0;
    for (const nlohmann::json& claim : j.at("claims")) {
        EXPECT_TRUE(claim.contains("citation"));
        EXPECT_TRUE(claim.at("paragraph").contains("label"));
        EXPECT_TRUE(claim.contains("text"));
        const std::string status = claim.at("status");
        ASSERT_TRUE(status == "addressed" || status == "silent") << status;
        (status == "addressed" ? addressed : silent) += 1;
        EXPECT_EQ(claim.at("matches").empty(), status == "silent");
        std::size_t rank = 0;
        for (const nlohmann::json& m : claim.at("matches")) {
            EXPECT_EQ(m.at("rank"), ++rank);
            EXPECT_EQ(m.at("doc").at("type"), "state-report");
            EXPECT_TRUE(m.contains("matched_terms"));
            EXPECT_TRUE(m.contains("concepts"));
            EXPECT_TRUE(m.contains("snippet"));
        }
    }
    EXPECT_GT(addressed, 0u);
    EXPECT_GT(silent, 0u);
    EXPECT_EQ(j.at("summary").at("addressed"), addressed);
}

TEST_F(CrossrefCli, FileReadOnTheFlyAcrossLanguages) {
    const CommandResult r =
        run("tests/fixtures/crossref/claims-en.txt --against symbol=E/C.12/XAR/3,lang=ru");
    expect_golden_run("crossref-file-ru.md", r);
}

TEST_F(CrossrefCli, FollowUpAsCsv) {
    const CommandResult r = run("--follow-up E/C.12/XAR/CO/2 --format csv --limit 1");
    expect_golden_run("crossref-follow-up.csv", r);
}

TEST_F(CrossrefCli, ReverseAsHtml) {
    const CommandResult r = run("--from E/C.12/XAR/3 --format html --limit 1");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(r.out.find("Against: type=ngo-submission,country=XAR"), std::string::npos);
    EXPECT_NE(r.out.find("Aralia Harm Reduction Network (2025), sect. 5, para. 1"),
              std::string::npos);
    EXPECT_EQ(r.out.find("<script"), std::string::npos);
}

TEST_F(CrossrefCli, UsageErrors) {
    EXPECT_EQ(run("ngo-xar-harm-reduction-2025-en").status, 2);  // nothing to compare with
    const CommandResult unknown = run("no-such-document --against E/C.12/XAR/3");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("neither a file nor"), std::string::npos) << unknown.err;
    EXPECT_EQ(run("ngo-xar-harm-reduction-2025-en --against colour=red").status, 2);
    EXPECT_EQ(run("ngo-xar-harm-reduction-2025-en --against E/C.12/XAR/3 --format pdf").status, 2);
}

}  // namespace
}  // namespace paragraf::test
