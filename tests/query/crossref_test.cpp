#include "query/crossref.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

constexpr const char* kSubmission = "ngo-xar-harm-reduction-2025-en";
constexpr const char* kNgo = "Aralia Harm Reduction Network (2025), ";

class CrossrefTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir();
        indexer::index_paths((dir_->path() / "db").string(),
                             {(test::source_dir() / "corpus").string()});
        searcher_ = new Searcher({(dir_->path() / "db").string()});
    }
    static void TearDownTestSuite() {
        delete searcher_;
        delete dir_;
        searcher_ = nullptr;
        dir_ = nullptr;
    }
    static core::Document document(const std::string& name, const std::string& lang = {}) {
        std::optional<core::Document> doc = indexed_document(*searcher_, name, lang);
        EXPECT_TRUE(doc.has_value()) << name;
        return doc.value_or(core::Document{});
    }
    static const ClaimResult* claim(const CrossrefResult& r, const std::string& citation) {
        for (const ClaimResult& c : r.claims)
            if (c.claim.citation == citation) return &c;
        ADD_FAILURE() << "no claim " << citation;
        return nullptr;
    }
    static bool matched_by(const ClaimResult& c, const std::string& citation) {
        return std::any_of(c.matches.begin(), c.matches.end(),
                           [&](const CrossrefMatch& m) { return m.hit.citation == citation; });
    }

    static test::TempDir* dir_;
    static Searcher* searcher_;
};

test::TempDir* CrossrefTest::dir_ = nullptr;
Searcher* CrossrefTest::searcher_ = nullptr;

TEST(ParseAgainst, FiltersOrSymbol) {
    const Filters f = parse_against("type=state-report, country=KAZ,lang=ru");
    EXPECT_EQ(f.types, std::vector<std::string>{"state-report"});
    EXPECT_EQ(f.countries.size(), 1u);
    EXPECT_EQ(f.langs, std::vector<std::string>{"ru"});
    const Filters symbol = parse_against("E/C.12/KAZ/3");
    EXPECT_EQ(symbol.symbols.size(), 1u);
    EXPECT_TRUE(symbol.types.empty());
    EXPECT_THROW(parse_against("colour=red"), QueryError);
    EXPECT_THROW(parse_against("type=state-report,KAZ"), QueryError);
    EXPECT_THROW(parse_against(" "), QueryError);
}

TEST_F(CrossrefTest, ClaimsAreParagraphsAndItemsWithoutFootnotesOrLeadIns) {
    const core::Document doc = document(kSubmission);
    ASSERT_EQ(doc.meta.id, kSubmission);
    const std::vector<Claim> claims =
        claims_of(doc, ClaimScope::all, searcher_->thesaurus(), searcher_->analyzer());
    std::vector<std::string> citations;
    for (const Claim& c : claims) {
        EXPECT_NE(c.unit.kind, core::UnitKind::footnote) << c.citation;
        citations.push_back(c.citation);
    }
    auto has = [&](const std::string& label) {
        return std::find(citations.begin(), citations.end(), kNgo + label) != citations.end();
    };
    EXPECT_TRUE(has("sect. 2, para. 5"));     // a list item
    EXPECT_TRUE(has("sect. 4, para. 2"));     // ends with ':' but says something of its own
    EXPECT_FALSE(has("sect. 3.3, para. 1"));  // "...no clinical justification:" introduces a list
    EXPECT_FALSE(has("sect. 9, para. 1"));    // "We respectfully ask ... that the State party:"
    // Symbols and procedural terms are not the matter of a claim.
    const auto follow_up = std::find_if(claims.begin(), claims.end(), [](const Claim& c) {
        return c.citation == std::string(kNgo) + "sect. 2, para. 1";
    });
    ASSERT_NE(follow_up, claims.end());
    EXPECT_EQ(follow_up->matter.find("E/C.12/XAR/CO/2"), std::string::npos);
    EXPECT_EQ(std::count(follow_up->concepts.begin(), follow_up->concepts.end(), "state-party"), 0);
    EXPECT_GT(std::count(follow_up->concepts.begin(), follow_up->concepts.end(), "oat"), 0);
}

TEST_F(CrossrefTest, RecommendationsAreTheRecommendingParagraphsAndTheirSubparagraphs) {
    const core::Document co = document("E/C.12/XAR/CO/2");
    EXPECT_EQ(co.meta.lang, "en");
    std::vector<std::string> labels;
    for (const Claim& c :
         claims_of(co, ClaimScope::recommendations, searcher_->thesaurus(), searcher_->analyzer()))
        labels.push_back(c.unit.label);
    auto has = [&](const std::string& l) {
        return std::find(labels.begin(), labels.end(), l) != labels.end();
    };
    EXPECT_TRUE(has("47 (b)"));
    EXPECT_TRUE(has("47 (d)"));
    EXPECT_TRUE(has("30"));
    EXPECT_FALSE(has("47"));  // the lead-in
    EXPECT_FALSE(has("46"));  // a concern, not a recommendation
    EXPECT_FALSE(has("1"));
}

TEST_F(CrossrefTest, AddressedClaimsNameTheParagraphAndSilentOnesNone) {
    CrossrefRequest request;
    request.against = parse_against("E/C.12/XAR/3");
    const CrossrefResult r = crossref(*searcher_, document(kSubmission), request, "E/C.12/XAR/3");
    EXPECT_EQ(r.against, "E/C.12/XAR/3");
    EXPECT_EQ(r.source.id, kSubmission);
    const ClaimResult* certificates = claim(r, std::string(kNgo) + "sect. 8, para. 5");
    ASSERT_NE(certificates, nullptr);
    EXPECT_TRUE(certificates->addressed);
    ASSERT_FALSE(certificates->matches.empty());
    const CrossrefMatch& top = certificates->matches.front();
    EXPECT_EQ(top.hit.citation, "E/C.12/XAR/3, para. 30");
    EXPECT_EQ(top.hit.rank, 1u);
    EXPECT_TRUE(top.addresses);
    EXPECT_GE(top.coverage, request.min_coverage);
    EXPECT_NE(std::find(top.matched_terms.begin(), top.matched_terms.end(), "narcological"),
              top.matched_terms.end());
    // The freeze on OAT enrolment: the State report says nothing about OAT.
    const ClaimResult* freeze = claim(r, std::string(kNgo) + "sect. 3.2, para. 1");
    ASSERT_NE(freeze, nullptr);
    EXPECT_FALSE(freeze->addressed);
    EXPECT_TRUE(freeze->matches.empty());
    // One language version per paragraph, never a footnote.
    for (const ClaimResult& c : r.claims) {
        std::vector<std::string> seen;
        for (const CrossrefMatch& m : c.matches) {
            EXPECT_EQ(std::count(seen.begin(), seen.end(), m.hit.citation), 0) << m.hit.citation;
            seen.push_back(m.hit.citation);
            EXPECT_NE(m.hit.stored.unit.kind, core::UnitKind::footnote);
        }
    }
}

TEST_F(CrossrefTest, WeakMatchesAreKeptOnlyWhenAskedAndLeaveTheClaimSilent) {
    CrossrefRequest request;
    request.against = parse_against("E/C.12/XAR/3");
    request.keep_weak = true;
    const CrossrefResult r = crossref(*searcher_, document(kSubmission), request, "E/C.12/XAR/3");
    const ClaimResult* freeze = claim(r, std::string(kNgo) + "sect. 3.2, para. 1");
    ASSERT_NE(freeze, nullptr);
    EXPECT_FALSE(freeze->addressed);
    ASSERT_FALSE(freeze->matches.empty());
    for (const CrossrefMatch& m : freeze->matches) EXPECT_FALSE(m.addresses);
}

core::Document one_claim(const std::string& text) {
    core::Document doc;
    doc.meta.id = "draft";
    doc.meta.lang = "en";
    core::Unit unit;
    unit.label = "1";
    unit.text = text;
    doc.units.push_back(unit);
    return doc;
}

TEST_F(CrossrefTest, CitedParagraphsComeFirstAndTheMostSpecificallyCitedFirst) {
    CrossrefRequest request;
    request.against = parse_against("E/C.12/XAR/3");
    const CrossrefResult r = crossref(*searcher_, document(kSubmission), request, "E/C.12/XAR/3");
    // "Its section on drugs (E/C.12/XAR/3, paras. 79-90) ... (E/C.12/XAR/3, para. 88)": few of
    // its words are in para. 88, but the claim cites it alone.
    const ClaimResult* drugs = claim(r, std::string(kNgo) + "sect. 2, para. 7");
    ASSERT_NE(drugs, nullptr);
    EXPECT_TRUE(drugs->addressed);
    ASSERT_FALSE(drugs->matches.empty());
    EXPECT_EQ(drugs->matches.front().hit.citation, "E/C.12/XAR/3, para. 88");
    EXPECT_DOUBLE_EQ(drugs->matches.front().cited, 1.0);
    EXPECT_TRUE(drugs->matches.front().addresses);
    for (const CrossrefMatch& m : drugs->matches) EXPECT_GT(m.cited, 0) << m.hit.citation;
    // Cited paragraphs outside the target set are not matches.
    const ClaimResult* follow_up = claim(r, std::string(kNgo) + "sect. 2, para. 1");
    ASSERT_NE(follow_up, nullptr);
    for (const CrossrefMatch& m : follow_up->matches)
        EXPECT_EQ(m.hit.citation.rfind("E/C.12/XAR/CO/2", 0), std::string::npos);
}

TEST_F(CrossrefTest, CandidatesAreRankedByCoverageAfterTheCitedOnes) {
    CrossrefRequest request;
    request.against = parse_against("E/C.12/XAR/3");
    request.keep_weak = true;
    const CrossrefResult r = crossref(*searcher_, document(kSubmission), request, "E/C.12/XAR/3");
    for (const ClaimResult& c : r.claims)
        for (const CrossrefMatch& m : c.matches) {
            EXPECT_GE(m.coverage, 0.0) << c.claim.citation;
            EXPECT_LE(m.coverage, 1.0) << c.claim.citation;
        }
    for (const ClaimResult& c : r.claims)
        for (std::size_t i = 1; i < c.matches.size(); ++i)
            if (c.matches[i].cited == 0 && c.matches[i - 1].cited == 0) {
                EXPECT_GE(c.matches[i - 1].coverage, c.matches[i].coverage) << c.claim.citation;
            }
}

TEST_F(CrossrefTest, RussianParagraphIsShownInTheClaimsLanguageWhenAVersionExists) {
    CrossrefRequest request;
    request.against = parse_against("symbol=E/C.12/XAR/3,lang=ru");
    const CrossrefResult r = crossref(
        *searcher_,
        one_claim("Voluntary HIV testing is not offered anonymously, and antiretroviral therapy "
                  "for people living with HIV is interrupted."),
        request, "E/C.12/XAR/3");
    ASSERT_EQ(r.claims.size(), 1u);
    const ClaimResult& c = r.claims.front();
    ASSERT_TRUE(c.addressed);
    const CrossrefMatch& top = c.matches.front();
    EXPECT_EQ(top.hit.citation, "E/C.12/XAR/3, para. 73");
    // Found in Russian, weighed and shown in the English version, the Russian one beside it.
    EXPECT_EQ(top.hit.stored.lang, "en");
    ASSERT_EQ(top.hit.parallel.size(), 1u);
    EXPECT_EQ(top.hit.parallel.front().lang, "ru");
    EXPECT_NE(std::find(top.matched_terms.begin(), top.matched_terms.end(), "antiretroviral"),
              top.matched_terms.end());
}

TEST_F(CrossrefTest, EnglishClaimFindsARussianOnlyDocumentThroughConcepts) {
    CrossrefRequest request;
    request.against = parse_against("type=ngo-submission,lang=ru");
    const CrossrefResult r = crossref(
        *searcher_,
        one_claim("Transgender people face discrimination on the grounds of gender identity and "
                  "sexual orientation, and legal gender recognition requires a psychiatric "
                  "diagnosis."),
        request, "submissions");
    ASSERT_EQ(r.claims.size(), 1u);
    const ClaimResult& c = r.claims.front();
    ASSERT_TRUE(c.addressed);
    for (const CrossrefMatch& m : c.matches) {
        EXPECT_EQ(m.hit.stored.lang, "ru");
        EXPECT_TRUE(m.matched_terms.empty());  // no word in common: concepts only
        EXPECT_GE(m.concepts.size(), request.min_shared_concepts);
    }
    const std::vector<std::string>& top = c.matches.front().concepts;
    EXPECT_NE(std::find(top.begin(), top.end(), "legal-gender-recognition"), top.end());
    // Without the thesaurus there is nothing to compare across languages.
    request.cross_lang = false;
    EXPECT_FALSE(crossref(*searcher_, one_claim(c.claim.unit.text), request, "submissions")
                     .claims.front()
                     .addressed);
}

TEST_F(CrossrefTest, ReverseDirectionFindsTheSubmissionsThatContestAReport) {
    const core::Document report = document("E/C.12/XAR/3");
    const Filters targets = reverse_targets(report.meta);
    EXPECT_EQ(targets.types, std::vector<std::string>{"ngo-submission"});
    CrossrefRequest request;
    request.against = targets;
    const CrossrefResult r = crossref(*searcher_, report, request, "submissions");
    const ClaimResult* certificates = claim(r, "E/C.12/XAR/3, para. 30");
    ASSERT_NE(certificates, nullptr);
    EXPECT_TRUE(certificates->addressed);
    EXPECT_TRUE(matched_by(*certificates, std::string(kNgo) + "sect. 5, para. 1"));
    // The report's own paragraphs are in its sections on Covenant articles.
    EXPECT_EQ(certificates->claim.article, "6");
}

TEST_F(CrossrefTest, FollowUpPutsEachRecommendationBesideLaterReports) {
    const core::Document co = document("E/C.12/XAR/CO/2");
    CrossrefRequest request;
    request.scope = ClaimScope::recommendations;
    request.against = follow_up_targets(co.meta);
    ASSERT_EQ(request.against.years.size(), 1u);
    EXPECT_EQ(request.against.years.front().from, 2019);
    const CrossrefResult r = crossref(*searcher_, co, request, "later reports");
    const ClaimResult* unions = claim(r, "E/C.12/XAR/CO/2, para. 30");
    ASSERT_NE(unions, nullptr);
    ASSERT_TRUE(unions->addressed);
    EXPECT_EQ(unions->matches.front().hit.citation, "E/C.12/XAR/3, para. 40");
    for (const ClaimResult& c : r.claims)
        for (const CrossrefMatch& m : c.matches)
            EXPECT_NE(m.hit.stored.doc.symbol, "E/C.12/XAR/CO/2");  // never the source itself
}

TEST_F(CrossrefTest, ClaimsAreGroupedByCovenantArticle) {
    const core::Thesaurus& thesaurus = searcher_->thesaurus();
    const std::vector<std::string> health = covenant_articles(thesaurus, "right-to-health");
    EXPECT_NE(std::find(health.begin(), health.end(), "12"), health.end());
    EXPECT_EQ(article_heading(thesaurus, "12").rfind("Article 12", 0), 0u);
    EXPECT_EQ(article_heading(thesaurus, ""), "Other matters");
    const core::Document doc = document(kSubmission);
    for (const Claim& c : claims_of(doc, ClaimScope::all, thesaurus, searcher_->analyzer())) {
        if (c.citation == std::string(kNgo) + "sect. 8, para. 5") {
            EXPECT_EQ(c.article, "6");
        }
        if (c.citation == std::string(kNgo) + "sect. 6, para. 2") {
            EXPECT_EQ(c.article, "12");
        }
    }
}

TEST_F(CrossrefTest, UnknownDocumentIsNothing) {
    EXPECT_FALSE(indexed_document(*searcher_, "no-such-document").has_value());
}

}  // namespace
}  // namespace paragraf::query
