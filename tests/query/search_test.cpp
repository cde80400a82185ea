// Index/search round trip on real Xapian databases in temporary directories.

#include "query/searcher.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "indexer/index_writer.hpp"
#include "indexer/indexer.hpp"
#include "support/test_support.hpp"

namespace paragraf::query {
namespace {

using test::TempDir;

class SearchTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir();
        const auto report = indexer::index_paths((dir_->path() / "db").string(),
                                                 {(test::fixtures_dir() / "corpus").string()});
        ASSERT_EQ(report.failed, 0u);
        ASSERT_EQ(report.indexed, 3u);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }

    SearchResult search(const std::string& text, Filters filters = {}, std::size_t limit = 50) {
        Searcher searcher({(dir_->path() / "db").string()});
        SearchRequest request;
        request.text = text;
        request.filters = std::move(filters);
        request.limit = limit;
        return searcher.search(request);
    }

    std::vector<std::string> citations(const std::string& text, Filters filters = {}) {
        std::vector<std::string> out;
        for (const Hit& hit : search(text, std::move(filters)).hits)
            out.push_back(hit.citation + " [" + hit.stored.lang + "]");
        std::sort(out.begin(), out.end());
        return out;
    }

    static TempDir* dir_;
};

TempDir* SearchTest::dir_ = nullptr;

TEST_F(SearchTest, AllWordsMustMatchAndStemsAreFound) {
    EXPECT_EQ(citations("therapies opioid"),
              (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 46 [en]",
                                        "E/C.12/XAR/CO/2, para. 47 (b) [en]"}));
}

TEST_F(SearchTest, PhraseNeedsAdjacentWords) {
    EXPECT_EQ(citations("\"opioid agonist therapy\""),
              (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 46 [en]"}));
    EXPECT_TRUE(citations("\"therapy opioid\"").empty());
}

TEST_F(SearchTest, OrAndNot) {
    EXPECT_EQ(citations("harm OR confidentiality").size(), 2u);
    EXPECT_EQ(citations("recommends -discrimination"),
              (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 47 [en]"}));
    EXPECT_EQ(citations("recommends NOT discrimination"), citations("recommends -discrimination"));
    EXPECT_EQ(citations("(harm OR confidentiality) -medical"),
              (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 47 (a) [en]"}));
}

TEST_F(SearchTest, RussianStemsAndYo) {
    // "терапии" and "терапия" share a stem; the index stores "е" for "ё".
    EXPECT_EQ(citations("заместительной терапии"),
              (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 46 [ru]",
                                        "E/C.12/XAR/CO/2, para. 47 (b) [ru]"}));
}

TEST_F(SearchTest, KazakhWordsAreFound) {
    EXPECT_EQ(citations("есірткіні"),
              (std::vector<std::string>{"Аралия Республикасы (2020), para. 2 [kk]"}));
    // Typed in the Latin alphabet of 2021.
    EXPECT_EQ(citations("Esırtkını"), citations("есірткіні"));
    EXPECT_EQ(citations("\"densaulyğyn saqtauğa\""),
              (std::vector<std::string>{"Аралия Республикасы (2020), para. 1 [kk]"}));
}

// A unit's terms are read from the index, so they are what indexing produced.
TEST_F(SearchTest, TermsOfAUnitComeFromItsTermList) {
    Searcher searcher({(dir_->path() / "db").string()});
    const SearchResult r = search("confidentiality");
    ASSERT_FALSE(r.hits.empty());
    const core::StoredUnit& unit = r.hits.front().stored;
    EXPECT_EQ(searcher.terms_of(unit, {"Zconfidenti", "Zzzzz"}),
              std::vector<std::string>{"Zconfidenti"});
    core::StoredUnit elsewhere = unit;
    elsewhere.ordinal += 10000;  // no such unit
    EXPECT_TRUE(searcher.terms_of(elsewhere, {"Zconfidenti"}).empty());
}

TEST_F(SearchTest, FiltersInOptionsAndInQuery) {
    Filters ru;
    ru.add("lang", "ru");
    EXPECT_EQ(citations("E/C.12/XAR/CO/2", ru).size(), 0u);  // the symbol is not in the text
    EXPECT_EQ(search("symbol:E/C.12/XAR/CO/2 lang:ru").hits.size(), 5u);
    EXPECT_EQ(search("country:xar year:2020").hits.size(), 2u);
    EXPECT_EQ(search("year:2019..2025 type:other").hits.size(), 2u);
    EXPECT_EQ(search("year:2021..").hits.size(), 0u);
    // Ranges up to 200 years are queried as year terms, wider ones as a value range: the same
    // paragraphs either way, and fewer than without the range (the law is of 2020).
    const std::size_t all = search("year:1900..2100", {}, 1000).hits.size();
    const std::size_t by_terms = search("year:1900..2019", {}, 1000).hits.size();
    EXPECT_GT(by_terms, 0u);
    EXPECT_LT(by_terms, all);
    EXPECT_EQ(search("year:1700..2019", {}, 1000).hits.size(), by_terms);
    EXPECT_EQ(search("body:CESCR kind:footnote").hits.front().citation, "E/C.12/XAR/CO/2, fn. 1");
    Filters body;
    body.add("body", "cescr");
    EXPECT_EQ(citations("health", body), (std::vector<std::string>{"E/C.12/XAR/CO/2, fn. 1 [en]"}));
}

TEST_F(SearchTest, FilterOnlyQueriesListInDocumentOrder) {
    const SearchResult r = search("symbol:E/C.12/XAR/CO/2 lang:en");
    ASSERT_EQ(r.hits.size(), 7u);
    EXPECT_EQ(r.hits.front().stored.unit.label, "46");
    EXPECT_EQ(r.hits.back().stored.unit.label, "fn. 1");
}

TEST_F(SearchTest, PagingWithOffsetAndLimit) {
    Searcher searcher({(dir_->path() / "db").string()});
    SearchRequest request;
    request.text = "committee OR комитет";
    request.limit = 2;
    const SearchResult first = searcher.search(request);
    request.offset = 2;
    const SearchResult second = searcher.search(request);
    ASSERT_EQ(first.hits.size(), 2u);
    ASSERT_FALSE(second.hits.empty());
    EXPECT_EQ(second.hits.front().rank, 3u);
    EXPECT_NE(first.hits.front().citation + first.hits.front().stored.lang,
              second.hits.front().citation + second.hits.front().stored.lang);
}

TEST_F(SearchTest, SnippetMarksMatchedWords) {
    const SearchResult r = search("confidentiality records");
    ASSERT_EQ(r.hits.size(), 1u);
    EXPECT_EQ(r.hits.front().snippet, "Protect the **confidentiality** of medical **records**.");
}

TEST_F(SearchTest, MalformedQueriesAreErrors) {
    EXPECT_THROW(search("\"unterminated"), QueryError);
    EXPECT_THROW(search("(harm"), QueryError);
    EXPECT_THROW(search("harm)"), QueryError);
    EXPECT_THROW(search("OR harm"), QueryError);
    EXPECT_THROW(search("harm OR"), QueryError);
    EXPECT_THROW(search("lang:fr"), QueryError);
    EXPECT_THROW(search("year:19"), QueryError);
    EXPECT_THROW(search(""), QueryError);
}

TEST_F(SearchTest, FallsBackToSomeWordsWhenNoParagraphHasAll) {
    const SearchResult strict = search("confidentiality harm");
    EXPECT_TRUE(strict.relaxed);
    std::vector<std::string> labels;
    for (const Hit& hit : strict.hits) labels.push_back(hit.stored.unit.label);
    std::sort(labels.begin(), labels.end());
    EXPECT_EQ(labels, (std::vector<std::string>{"47 (a)", "47 (c)"}));
    EXPECT_FALSE(search("confidentiality records").relaxed);
    // Excluded words stay excluded, and a single word has nothing to relax.
    EXPECT_EQ(search("confidentiality harm -medical").hits.size(), 1u);
    EXPECT_FALSE(search("xylophone").relaxed);
}

TEST_F(SearchTest, StopwordsAreDroppedFromQueriesButNotFromPhrases) {
    const SearchResult r = search("confidentiality with records");
    EXPECT_FALSE(r.relaxed);
    ASSERT_EQ(r.hits.size(), 1u);
    EXPECT_EQ(r.hits.front().snippet, "Protect the **confidentiality** of medical **records**.");
    EXPECT_TRUE(search("\"confidentiality with records\"").hits.empty());
    EXPECT_EQ(search("\"confidentiality of medical records\"").hits.size(), 1u);
    // A query of stopwords only still searches for them.
    EXPECT_FALSE(search("the of").hits.empty());
    // Russian and Kazakh stopwords too.
    EXPECT_EQ(citations("для заместительной и терапии"), citations("заместительной терапии"));
    EXPECT_EQ(citations("және есірткіні"), citations("есірткіні"));
}

TEST_F(SearchTest, ParallelVersionsHaveTheSameSymbolAndLabel) {
    Searcher searcher({(dir_->path() / "db").string()});
    SearchRequest request;
    request.text = "confidentiality";
    request.parallel_langs = {"ru", "kk", "en"};
    const SearchResult r = searcher.search(request);
    ASSERT_EQ(r.hits.size(), 1u);
    ASSERT_EQ(r.hits.front().parallel.size(), 1u);  // no Kazakh version; English is the hit
    const core::StoredUnit& ru = r.hits.front().parallel.front();
    EXPECT_EQ(ru.doc.lang, "ru");
    EXPECT_EQ(ru.unit.label, "47 (c)");
    EXPECT_NE(ru.unit.text.find("конфиденциальность"), std::string::npos);
}

TEST_F(SearchTest, ConceptsFilterAcrossLanguages) {
    Filters oat;
    oat.add("concept", "oat");
    EXPECT_EQ(citations("", oat),
              (std::vector<std::string>{
                  "E/C.12/XAR/CO/2, para. 46 [en]", "E/C.12/XAR/CO/2, para. 46 [ru]",
                  "E/C.12/XAR/CO/2, para. 47 (b) [en]", "E/C.12/XAR/CO/2, para. 47 (b) [ru]"}));
    EXPECT_EQ(search("concept:oat lang:ru").hits.size(), 2u);
    EXPECT_THROW(search("concept:no-such-concept"), QueryError);
}

TEST_F(SearchTest, CrossLanguageQueryFindsOtherLanguages) {
    Searcher searcher({(dir_->path() / "db").string()});
    SearchRequest request;
    request.text = "opioid substitution therapy";
    request.filters.add("lang", "ru");
    EXPECT_TRUE(searcher.search(request).hits.empty());  // the words are English
    request.cross_lang = true;
    const SearchResult r = searcher.search(request);
    EXPECT_EQ(r.concepts, (std::vector<std::string>{"oat"}));
    std::vector<std::string> found;
    for (const Hit& hit : r.hits) found.push_back(hit.citation);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::string>{"E/C.12/XAR/CO/2, para. 46",
                                               "E/C.12/XAR/CO/2, para. 47 (b)"}));
    // The Russian words for the concept are marked in the snippet.
    for (const Hit& hit : r.hits)
        EXPECT_NE(hit.snippet.find("**"), std::string::npos) << hit.snippet;
    // Excluded words are not expanded.
    request.text = "health -\"opioid substitution therapy\"";
    request.filters = {};
    EXPECT_TRUE(searcher.search(request).concepts != std::vector<std::string>{"oat"});
}

TEST_F(SearchTest, NothingFoundIsNotAnError) {
    const SearchResult r = search("xylophone");
    EXPECT_TRUE(r.hits.empty());
    EXPECT_EQ(r.total_estimate, 0u);
}

TEST(SearchIndex, MissingIndexIsAClearError) {
    TempDir dir;
    try {
        Searcher searcher({(dir.path() / "nothing").string()});
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("no index here"), std::string::npos);
    }
}

// One analyzer: every word of a text, as the index stores it, is found by a query for that word,
// in each of the three languages.
TEST(OneAnalyzer, EveryIndexedWordIsFoundByQuery) {
    const std::vector<std::pair<std::string, std::string>> samples{
        {"en",
         "The State party’s third periodic report says nothing on opioid agonist therapy; "
         "NGOs' submissions disagree. Women's rights, 2019–2025, and “decriminalisation”."},
        {"ru",
         "Государство-участник не представило сведений о заместительной терапии; Комитет "
         "ещё раз рекомендует обеспечить её доступность."},
        {"kk",
         "Қатысушы мемлекет есірткіні тұтынатын адамдардың құқықтарын қорғауға тиіс; "
         "Әрбір адамның денсаулығын сақтауға құқығы бар."},
    };
    for (const auto& [lang, text] : samples) {
        TempDir dir;
        const std::string db = (dir.path() / "db").string();
        {
            core::Document doc;
            doc.meta.id = "sample-" + lang;
            doc.meta.title = "sample";
            doc.meta.type = "other";
            doc.meta.lang = lang;
            core::Unit unit;
            unit.label = "1";
            unit.text = text;
            doc.units.push_back(unit);
            indexer::IndexWriter writer(db);
            writer.add(doc);
            writer.commit();
        }
        Searcher searcher({db});
        for (const core::Token& token : searcher.analyzer().tokenize(text)) {
            const std::string word = text.substr(token.begin, token.end - token.begin);
            SearchRequest request;
            request.text = word;
            EXPECT_EQ(searcher.search(request).hits.size(), 1u) << lang << ": " << word;
            request.text = "\"" + word + "\"";
            EXPECT_EQ(searcher.search(request).hits.size(), 1u) << lang << ": \"" << word << "\"";
        }
    }
}

}  // namespace
}  // namespace paragraf::query

namespace paragraf::query {
namespace {

// Several indexes searched at once give the same hits and scores as one index holding
// everything.
TEST(SearchSeveralIndexes, SameHitsAsOneCombinedIndex) {
    test::TempDir dir;
    const auto corpus = test::fixtures_dir() / "corpus";
    const std::string combined = (dir / "all").string();
    const std::string en = (dir / "en").string();
    const std::string rest = (dir / "rest").string();
    indexer::index_paths(combined, {corpus.string()});
    indexer::index_paths(en, {(corpus / "co-en.xml").string()});
    indexer::index_paths(rest, {(corpus / "co-ru.xml").string(), (corpus / "law-kk.xml").string()});

    auto run = [](const std::vector<std::string>& dbs) {
        Searcher searcher(dbs);
        SearchRequest request;
        request.text = "committee OR комитет OR есірткіні OR therapy";
        request.limit = 50;
        std::vector<std::string> out;
        for (const Hit& hit : searcher.search(request).hits)
            out.push_back(hit.citation + " " + hit.stored.lang + " " + std::to_string(hit.score));
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto together = run({combined});
    EXPECT_EQ(together.size(), 7u);
    EXPECT_EQ(run({en, rest}), together);
}

}  // namespace
}  // namespace paragraf::query
