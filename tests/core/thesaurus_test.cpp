#include "core/thesaurus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <regex>
#include <set>
#include <string>

#include "core/error.hpp"
#include "support/test_support.hpp"

namespace paragraf::core {
namespace {

namespace fs = std::filesystem;

// Loading compiles a few thousand labels; do it once for the whole suite.
const Thesaurus& real() {
    static const Thesaurus t =
        Thesaurus::load((paragraf::test::source_dir() / "data/thesaurus.xml").string());
    return t;
}

std::vector<std::string> ids(const std::vector<ConceptMatch>& matches) {
    std::vector<std::string> out;
    for (const ConceptMatch& m : matches) out.push_back(m.entry->id);
    return out;
}

bool has(const std::vector<ConceptMatch>& matches, const std::string& id) {
    const auto found = ids(matches);
    return std::find(found.begin(), found.end(), id) != found.end();
}

const ConceptMatch* get(const std::vector<ConceptMatch>& matches, const std::string& id) {
    for (const ConceptMatch& m : matches)
        if (m.entry->id == id) return &m;
    return nullptr;
}

// ---- the data file --------------------------------------------------------

TEST(ThesaurusData, HasAtLeast220Concepts) {
    EXPECT_GE(real().concepts().size(), 220u);
}

TEST(ThesaurusData, EveryConceptHasLabelsInEnRuKk) {
    for (const Concept& c : real().concepts()) {
        for (const char* lang : {"en", "ru", "kk"}) {
            const auto it = c.labels.find(lang);
            ASSERT_TRUE(it != c.labels.end()) << c.id << " lacks " << lang;
            ASSERT_FALSE(it->second.empty()) << c.id << " lacks " << lang;
            for (const std::string& label : it->second)
                EXPECT_FALSE(label.empty()) << c.id << " has an empty " << lang << " label";
        }
        EXPECT_FALSE(c.category.empty()) << c.id;
    }
}

TEST(ThesaurusData, IdsAreUniqueAndWellFormed) {
    const std::regex id_re("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    std::set<std::string> seen;
    for (const Concept& c : real().concepts()) {
        EXPECT_TRUE(std::regex_match(c.id, id_re)) << c.id;
        EXPECT_TRUE(seen.insert(c.id).second) << "duplicate id " << c.id;
        EXPECT_EQ(real().find(c.id), &c);
    }
    EXPECT_EQ(real().find("no-such-concept"), nullptr);
}

TEST(ThesaurusData, BroaderConceptsExistWithoutCycles) {
    for (const Concept& c : real().concepts()) {
        std::set<std::string> path{c.id};
        for (std::string up = c.broader; !up.empty();) {
            const Concept* b = real().find(up);
            ASSERT_NE(b, nullptr) << c.id << " -> unknown broader " << up;
            ASSERT_TRUE(path.insert(up).second) << "cycle through " << c.id;
            up = b->broader;
        }
    }
}

// Every substantive article of both Covenants is tagged on some concept.
TEST(ThesaurusData, CoversTheCovenantArticles) {
    std::set<std::string> tagged;
    const std::regex base("([A-Z]+ [0-9]+).*");
    for (const Concept& c : real().concepts())
        for (const std::string& a : c.articles) {
            std::smatch m;
            ASSERT_TRUE(std::regex_match(a, m, base)) << a;
            tagged.insert(m[1]);
        }
    for (int n = 1; n <= 15; ++n) {
        if (n == 4 || n == 5) continue;  // limitations and savings clauses, not rights
        EXPECT_TRUE(tagged.count("ICESCR " + std::to_string(n))) << "ICESCR " << n;
    }
    for (int n : {1,  2,  3,  4,  6,  7,  8,  9,  10, 11, 12, 13, 14,
                  15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27})
        EXPECT_TRUE(tagged.count("ICCPR " + std::to_string(n))) << "ICCPR " << n;
    EXPECT_EQ(real().find("right-to-health")->articles, std::vector<std::string>{"ICESCR 12"});
}

// Each label, analysed as a text of its own language, finds its concept over all its words and
// no other concept there: labels survive the analyzer, and no two concepts share a label.
TEST(ThesaurusData, EveryLabelFindsItsOwnConceptOnly) {
    const Analyzer analyzer;
    std::string failures;
    for (const Concept& c : real().concepts()) {
        for (const auto& [lang, labels] : c.labels) {
            for (const std::string& label : labels) {
                const auto tokens = analyzer.tokenize(label);
                const auto matches = real().match(label, lang);
                bool own = false;
                std::string others;
                for (const ConceptMatch& m : matches)
                    for (const ConceptSpan& s : m.spans)
                        if (s.first_token == 0 && s.end_token == tokens.size()) {
                            if (m.entry == &c)
                                own = true;
                            else
                                others += " " + m.entry->id;
                        }
                if (!own || !others.empty())
                    failures += "\n  " + c.id + " " + lang + " \"" + label + "\"" +
                                (own ? "" : " does not match itself") +
                                (others.empty() ? "" : " also labels:" + others);
            }
        }
    }
    EXPECT_TRUE(failures.empty()) << failures;
}

// ---- matching -------------------------------------------------------------

TEST(ThesaurusMatch, EnglishInflectionsMatchStemmedLabels) {
    const std::string text = "We urge the State party to expand opioid substitution therapies.";
    const auto matches = real().match(text, "en");
    const ConceptMatch* oat = get(matches, "oat");
    ASSERT_NE(oat, nullptr);
    ASSERT_EQ(oat->spans.size(), 1u);
    const ConceptSpan& s = oat->spans[0];
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), "opioid substitution therapies");
    EXPECT_EQ(s.end_token - s.first_token, 3u);
    EXPECT_EQ(s.lang, "en");
    EXPECT_TRUE(has(matches, "state-party"));
}

TEST(ThesaurusMatch, RussianCaseFormsMatch) {
    const std::string text = "Комитет рекомендует расширить доступ к заместительной терапии.";
    const auto matches = real().match(text, "ru");
    const ConceptMatch* oat = get(matches, "oat");
    ASSERT_NE(oat, nullptr);
    EXPECT_EQ(text.substr(oat->spans[0].begin, oat->spans[0].end - oat->spans[0].begin),
              "заместительной терапии");
    EXPECT_TRUE(
        has(real().match("наркологического учета и врачебной тайны", "ru"), "drug-registry"));
    EXPECT_TRUE(has(real().match("наркологического учета и врачебной тайны", "ru"),
                    "medical-confidentiality"));
}

TEST(ThesaurusMatch, KazakhLabelsMatch) {
    // Nominative forms, so the test holds with or without a Kazakh stemmer.
    const auto matches = real().match(
        "Қатысушы мемлекет опиоидты алмастыру терапиясы қолжетімділігін арттыруы "
        "тиіс; қорытынды ескертпелер.",
        "kk");
    EXPECT_TRUE(has(matches, "state-party"));
    EXPECT_TRUE(has(matches, "oat"));
    EXPECT_TRUE(has(matches, "concluding-observations"));
}

TEST(ThesaurusMatch, AbbreviationsAreWholeWordsInAnyCase) {
    auto m = real().match("HIV prevalence among PWID was 7.6%; OAT and OST are scarce.", "en");
    EXPECT_TRUE(has(m, "hiv"));
    EXPECT_TRUE(has(m, "pwid"));
    ASSERT_TRUE(has(m, "oat"));
    EXPECT_EQ(get(m, "oat")->spans.size(), 2u);  // one concept, two places

    EXPECT_TRUE(has(real().match("распространенность ВИЧ среди ЛУИН; доступ к ОЗТ", "ru"), "hiv"));
    EXPECT_TRUE(has(real().match("распространенность ВИЧ среди ЛУИН; доступ к ОЗТ", "ru"), "pwid"));
    EXPECT_TRUE(has(real().match("распространенность ВИЧ среди ЛУИН; доступ к ОЗТ", "ru"), "oat"));
    EXPECT_TRUE(has(real().match("АИТВ-ның таралуы", "kk"), "hiv"));
    EXPECT_TRUE(has(real().match("access to ost remains limited", "en"), "oat"));
    // Abbreviations are not stemmed: "oats" is not OAT, "OATH" not OAT.
    EXPECT_FALSE(has(real().match("rolled oats and an oath", "en"), "oat"));
}

TEST(ThesaurusMatch, CaseSensitiveAbbreviations) {
    EXPECT_TRUE(has(real().match("people living with AIDS", "en"), "aids"));
    EXPECT_FALSE(has(real().match("hearing aids and assistive devices", "en"), "aids"));
    EXPECT_TRUE(has(real().match("the State party ratified CAT in 1998", "en"), "cat-convention"));
    EXPECT_FALSE(has(real().match("a cat in the yard", "en"), "cat-convention"));
}

TEST(ThesaurusMatch, MultiWordLabelsNeedConsecutiveWords) {
    const auto apart =
        real().match("Opioid use is rising; agonist drugs and therapy remain scarce.", "en");
    EXPECT_FALSE(has(apart, "oat"));
    EXPECT_FALSE(has(real().match("harm from the reduction of budgets", "en"), "harm-reduction"));
    EXPECT_TRUE(has(real().match("harm reduction", "en"), "harm-reduction"));
}

TEST(ThesaurusMatch, LongestLabelWins) {
    // "people who inject drugs" is PWID, not also "drugs" or "people who use drugs".
    const auto m = real().match("services for people who inject drugs", "en");
    EXPECT_EQ(ids(m), std::vector<std::string>{"pwid"});
    EXPECT_EQ(ids(real().match("discrimination against women", "en")),
              std::vector<std::string>{"discrimination-against-women"});
}

TEST(ThesaurusMatch, LabelsOfOtherLanguagesAreFoundToo) {
    // English NGO submissions quote Russian and Kazakh terms.
    const auto m = real().match(
        "registration in the «наркологический учет» (наркологиялық есеп) system", "en");
    ASSERT_TRUE(has(m, "drug-registry"));
    const auto& spans = get(m, "drug-registry")->spans;
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0].lang, "ru");
    EXPECT_EQ(spans[1].lang, "kk");
}

TEST(ThesaurusMatch, ReportsConceptsInOrderOfFirstOccurrence) {
    const auto m = real().match("torture, HIV, torture again", "en");
    EXPECT_EQ(ids(m), (std::vector<std::string>{"torture", "hiv"}));
    EXPECT_EQ(get(m, "torture")->spans.size(), 2u);
    EXPECT_TRUE(real().match("", "en").empty());
    EXPECT_TRUE(real().match("nothing of interest here", "und").empty());
}

TEST(ThesaurusMatch, TokenOverloadAgreesWithTextOverload) {
    const std::string text = "Доступ к ОЗТ и программам снижения вреда для ЛУИН.";
    const Analyzer analyzer;
    const auto a = real().match(text, "ru");
    const auto b = real().match(analyzer.tokenize(text), text, "ru", analyzer);
    EXPECT_EQ(ids(a), ids(b));
    EXPECT_TRUE(has(b, "harm-reduction"));
}

TEST(ThesaurusMatch, FindsConceptsInARealSubmission) {
    const fs::path dir = paragraf::test::shared_dir() / "corpus" / "submissions";
    const fs::path file = dir / "000_d03678d89be8b2e6.txt";
    if (!fs::exists(file)) GTEST_SKIP() << "no shared corpus at " << dir;
    const std::string text = paragraf::test::read_file(file);
    const auto m = real().match(text, "en");
    for (const char* id : {"oat", "harm-reduction", "people-who-use-drugs", "pwid", "hiv",
                           "hepatitis-c", "concluding-observations", "medical-confidentiality",
                           "decriminalization", "state-party", "periodic-report"})
        EXPECT_TRUE(has(m, id)) << id;
}

// ---- loading --------------------------------------------------------------

class ThesaurusLoad : public ::testing::Test {
  protected:
    // A minimal valid concept, to build bad files from.
    static std::string concept_xml(const std::string& id, const std::string& extra = {}) {
        return "  <concept id=\"" + id + "\" category=\"right\"" + extra +
               ">\n"
               "    <labels xml:lang=\"en\"><pref>right " +
               id +
               "</pref></labels>\n"
               "    <labels xml:lang=\"ru\"><pref>право</pref></labels>\n"
               "    <labels xml:lang=\"kk\"><pref>құқық</pref></labels>\n"
               "  </concept>\n";
    }

    // Loads `content` and returns the InputError it must raise.
    InputError load_error(const std::string& content) {
        const fs::path path = dir_ / "thesaurus.xml";
        paragraf::test::write_file(path, content);
        try {
            Thesaurus::load(path.string());
        } catch (const InputError& e) {
            EXPECT_EQ(e.path(), path.string());
            return e;
        }
        ADD_FAILURE() << "no InputError for:\n" << content;
        return InputError("none");
    }

    paragraf::test::TempDir dir_;
};

TEST_F(ThesaurusLoad, LoadsAMinimalFile) {
    const fs::path path = dir_ / "t.xml";
    paragraf::test::write_file(path, "<thesaurus version=\"1\">\n" + concept_xml("a") +
                                         concept_xml("b", " broader=\"a\"") + "</thesaurus>\n");
    const Thesaurus t = Thesaurus::load(path.string());
    ASSERT_EQ(t.concepts().size(), 2u);
    EXPECT_EQ(t.find("b")->broader, "a");
    EXPECT_EQ(t.find("a")->labels.at("en"), std::vector<std::string>{"right a"});
    EXPECT_TRUE(has(t.match("the right a", "en"), "a"));
}

TEST_F(ThesaurusLoad, MalformedXmlGivesLineAndColumn) {
    const InputError e = load_error("<thesaurus>\n" + concept_xml("a") + "  <concept id=\"b\">\n" +
                                    "  </labels>\n</thesaurus>\n");
    EXPECT_NE(std::string(e.what()).find("malformed XML"), std::string::npos) << e.what();
    EXPECT_EQ(e.line(), 8);
    EXPECT_GT(e.column(), 1);
}

TEST_F(ThesaurusLoad, RefusesDtds) {
    const InputError e = load_error(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE thesaurus [\n"
        "  <!ENTITY x \"opioid\">\n]>\n<thesaurus>\n" +
        concept_xml("a") + "</thesaurus>\n");
    EXPECT_NE(std::string(e.what()).find("DTD"), std::string::npos) << e.what();
    EXPECT_EQ(e.line(), 2);
}

TEST_F(ThesaurusLoad, RefusesDuplicateIds) {
    const InputError e =
        load_error("<thesaurus>\n" + concept_xml("a") + concept_xml("a") + "</thesaurus>\n");
    EXPECT_NE(e.reason().find("duplicate concept id \"a\""), std::string::npos) << e.what();
    EXPECT_EQ(e.line(), 7);  // the second one
}

TEST_F(ThesaurusLoad, RefusesSchemaViolations) {
    // Each of these breaks one rule of schemas/thesaurus.rng.
    const std::vector<std::pair<std::string, std::string>> cases{
        {"<thesaurus>\n" + concept_xml("Bad_Id") + "</thesaurus>", "may hold only"},
        {"<thesaurus>\n" + concept_xml("a", " broader=\"zz\"") + "</thesaurus>", "unknown broader"},
        {"<thesaurus>\n" + concept_xml("a", " broader=\"b\"") + concept_xml("b", " broader=\"a\"") +
             "</thesaurus>",
         "cycle"},
        {"<thesaurus><concept id=\"a\" category=\"right\">"
         "<labels xml:lang=\"en\"><pref>x</pref></labels>"
         "<labels xml:lang=\"ru\"><pref>y</pref></labels></concept></thesaurus>",
         "no kk labels"},
        {"<thesaurus><concept id=\"a\" category=\"right\">"
         "<labels xml:lang=\"en\"><alt>x</alt></labels></concept></thesaurus>",
         "must begin with <pref>"},
        {"<thesaurus><concept id=\"a\" category=\"right\">"
         "<labels xml:lang=\"fr\"><pref>x</pref></labels></concept></thesaurus>",
         "en, ru or kk"},
        {"<thesaurus>\n" + concept_xml("a", " category2=\"x\"") + "</thesaurus>",
         "unknown attribute"},
        {"<thesaurus><concept id=\"a\" category=\"fun\"/></thesaurus>", "unknown category"},
        {"<thesaurus><concept id=\"a\" category=\"right\">"
         "<labels xml:lang=\"en\"><pref>  </pref></labels></concept></thesaurus>",
         "empty label"},
        {"<thesaurus><concept id=\"a\" category=\"right\">"
         "<labels xml:lang=\"en\"><pref case=\"sensitive\">x</pref></labels>"
         "</concept></thesaurus>",
         "unexpected attribute"},
        {"<thesaurus>\n" + concept_xml("a") +
             "<concept id=\"b\" category=\"right\"><article instrument=\"XYZ\" n=\"1\"/>"
             "</concept></thesaurus>",
         "unknown instrument"},
        {"<glossary/>", "root element"},
        {"<thesaurus>\n" + concept_xml("a") + "<term/></thesaurus>", "unexpected element"},
    };
    for (const auto& [content, expected] : cases) {
        const InputError e = load_error(content);
        EXPECT_NE(e.reason().find(expected), std::string::npos)
            << "expected \"" << expected << "\", got: " << e.what();
        EXPECT_GE(e.line(), 1);
    }
}

TEST_F(ThesaurusLoad, UnreadableFileIsAnInputError) {
    EXPECT_THROW(Thesaurus::load((dir_ / "missing.xml").string()), InputError);
}

// Sets an environment variable for one test and restores it after.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const std::optional<std::string>& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value->c_str(), 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST_F(ThesaurusLoad, DefaultPathHonoursTheEnvironment) {
    const fs::path path = dir_ / "mine.xml";
    paragraf::test::write_file(path, "<thesaurus>\n" + concept_xml("a") + "</thesaurus>\n");
    {
        const ScopedEnv env("PARAGRAF_THESAURUS", path.string());
        EXPECT_EQ(Thesaurus::default_path(), path.string());
        EXPECT_EQ(Thesaurus::load_default().concepts().size(), 1u);
    }
    {
        // An explicit choice that does not exist is an error, not a silent fallback.
        const ScopedEnv env("PARAGRAF_THESAURUS", (dir_ / "missing.xml").string());
        EXPECT_THROW(Thesaurus::load_default(), InputError);
    }
}

TEST_F(ThesaurusLoad, DefaultPathFindsTheDataFileAboveTheExecutable) {
    const ScopedEnv env("PARAGRAF_THESAURUS", std::nullopt);
    const std::string found = Thesaurus::default_path();
    if (found.empty()) GTEST_SKIP() << "test binary is not built below a data/ directory";
    EXPECT_TRUE(fs::is_regular_file(found)) << found;
    EXPECT_GE(Thesaurus::load_default().concepts().size(), 220u);
}

}  // namespace
}  // namespace paragraf::core
