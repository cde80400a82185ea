#include "query/render/crossref_render.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "support/test_support.hpp"

namespace paragraf::query::render {
namespace {

// A result built by hand: one claim addressed by a paragraph whose text needs quoting and
// escaping everywhere, one silent claim.
CrossrefResult sample_result() {
    CrossrefResult r;
    r.source.id = "ngo-test";
    r.source.title = "A \"test\" submission";
    r.source.author = "Test Network";
    r.source.date = "2025";
    r.source.lang = "en";
    r.source.type = "ngo-submission";
    r.against = "E/C.12/TST/3";

    ClaimResult addressed;
    addressed.claim.unit.label = "1";
    addressed.claim.unit.text = "Certificates, \"narcological\" ones, bar <work>.";
    addressed.claim.citation = "Test Network (2025), para. 1";
    addressed.claim.lang = "en";
    addressed.claim.concepts = {"right-to-work"};
    addressed.claim.article = "6";
    addressed.addressed = true;
    CrossrefMatch m;
    m.hit.rank = 1;
    m.hit.score = 12.3456;
    m.hit.citation = "E/C.12/TST/3, para. 30";
    m.hit.stored.doc.symbol = "E/C.12/TST/3";
    m.hit.stored.doc.lang = "en";
    m.hit.stored.lang = "en";
    m.hit.stored.unit.label = "30";
    m.hit.stored.unit.text =
        "Certificates are required, and \"do not\" discriminate <script>x</script>.";
    m.matched_terms = {"certificates", "narcological"};
    m.concepts = {"right-to-work"};
    m.coverage = 0.41234;
    m.addresses = true;
    addressed.matches.push_back(m);
    r.claims.push_back(addressed);

    ClaimResult silent;
    silent.claim.unit.label = "2";
    silent.claim.unit.text = "Opioid agonist therapy is frozen.";
    silent.claim.citation = "Test Network (2025), para. 2";
    silent.claim.lang = "en";
    r.claims.push_back(silent);
    return r;
}

core::Thesaurus thesaurus() {
    return core::Thesaurus::load((test::source_dir() / "data" / "thesaurus.xml").string());
}

TEST(CsvField, QuotesOnlyWhenNeededAndDoublesQuotes) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_field(""), "");
}

TEST(HtmlEscape, EscapesMarkupCharacters) {
    EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jerry's</a>"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(CrossrefCsv, OneRowPerMatchAndOneForASilentClaim) {
    std::ostringstream out;
    crossref_csv(out, sample_result());
    const std::string csv = out.str();
    EXPECT_EQ(csv.rfind("claim,label,article,status,rank,match,", 0), 0u);
    EXPECT_NE(csv.find("\"Test Network (2025), para. 1\",1,6,addressed,1,\"E/C.12/TST/3, para. "
                       "30\",en,12.346,0.412,no,certificates; narcological,right-to-work,"
                       "\"Certificates, \"\"narcological\"\" ones, bar <work>.\""),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\"Test Network (2025), para. 2\",2,,silent,,,,,,,,,Opioid agonist therapy "
                       "is frozen.,\r\n"),
              std::string::npos)
        << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);

    // A paragraph the claim cites says so.
    CrossrefResult cited = sample_result();
    cited.claims.front().matches.front().cited = 1;
    std::ostringstream with_cited;
    crossref_csv(with_cited, cited);
    EXPECT_NE(with_cited.str().find(",0.412,yes,certificates"), std::string::npos)
        << with_cited.str();
}

TEST(CrossrefHtml, SelfContainedAndEscaped) {
    std::ostringstream out;
    crossref_html(out, sample_result(), thesaurus(), CrossrefOptions{});
    const std::string html = out.str();
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("no paragraph of E/C.12/TST/3 addresses this"), std::string::npos);
    EXPECT_NE(html.find("A &quot;test&quot; submission"), std::string::npos);
}

TEST(CrossrefMarkdown, ClaimByClaimAndGroupedByRight) {
    std::ostringstream plain;
    crossref_markdown(plain, sample_result(), thesaurus(), CrossrefOptions{});
    EXPECT_NE(plain.str().find("## Test Network (2025), para. 1"), std::string::npos);
    EXPECT_NE(plain.str().find("**Silent:** no paragraph of E/C.12/TST/3 addresses this."),
              std::string::npos);
    EXPECT_NE(plain.str().find("1. **E/C.12/TST/3, para. 30**"), std::string::npos);

    CrossrefOptions grouped;
    grouped.group_by_right = true;
    std::ostringstream out;
    crossref_markdown(out, sample_result(), thesaurus(), grouped);
    const std::string md = out.str();
    const std::size_t work = md.find("## Article 6");
    const std::size_t other = md.find("## Other matters");
    ASSERT_NE(work, std::string::npos) << md;
    ASSERT_NE(other, std::string::npos) << md;
    EXPECT_LT(work, other);
    EXPECT_NE(md.find("### Test Network (2025), para. 1"), std::string::npos);
}

TEST(CrossrefJson, HasTheDocumentedShape) {
    const nlohmann::json j = crossref_json_value(sample_result());
    EXPECT_EQ(j.at("source").at("id"), "ngo-test");
    EXPECT_EQ(j.at("against"), "E/C.12/TST/3");
    EXPECT_EQ(j.at("summary").at("addressed"), 1);
    EXPECT_EQ(j.at("summary").at("silent"), 1);
    const nlohmann::json& claims = j.at("claims");
    ASSERT_EQ(claims.size(), 2u);
    const nlohmann::json& first = claims.at(0);
    EXPECT_EQ(first.at("citation"), "Test Network (2025), para. 1");
    EXPECT_EQ(first.at("paragraph").at("label"), "1");
    EXPECT_EQ(first.at("status"), "addressed");
    const nlohmann::json& match = first.at("matches").at(0);
    EXPECT_EQ(match.at("citation"), "E/C.12/TST/3, para. 30");
    EXPECT_EQ(match.at("rank"), 1);
    EXPECT_DOUBLE_EQ(match.at("score").get<double>(), 12.346);
    EXPECT_EQ(match.at("matched_terms"),
              (std::vector<std::string>{"certificates", "narcological"}));
    EXPECT_EQ(match.at("concepts"), std::vector<std::string>{"right-to-work"});
    EXPECT_DOUBLE_EQ(match.at("coverage").get<double>(), 0.412);
    EXPECT_TRUE(match.contains("doc"));
    EXPECT_TRUE(match.contains("snippet"));
    EXPECT_EQ(claims.at(1).at("status"), "silent");
    EXPECT_TRUE(claims.at(1).at("matches").empty());
}

}  // namespace
}  // namespace paragraf::query::render
