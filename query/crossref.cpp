#include "query/crossref.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/article_heading.hpp"
#include "core/citation.hpp"
#include "core/citation_extractor.hpp"
#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "core/language_id.hpp"
#include "core/stopwords.hpp"
#include "query/sources.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

// Units with fewer content words are headings, signatures or lead-ins, not claims.
constexpr std::size_t kMinClaimWords = 6;
// A unit ending with ':' introduces what follows (a list, sub-paragraphs); a short one says
// nothing of its own.
constexpr std::size_t kMaxLeadInWords = 15;
// Candidates asked of the retrieval per match shown: some are dropped as duplicates (another
// language version of the same paragraph) or as units of the source document itself.
constexpr std::size_t kCandidatesPerMatch = 4;
// Candidates weighed at least: BM25 over a long claim can rank the paragraph that covers the
// claim best (through its concepts) below paragraphs sharing many ordinary words.
constexpr std::size_t kMinCandidates = 20;

std::size_t content_words(const std::vector<core::Token>& tokens) {
    return static_cast<std::size_t>(
        std::count_if(tokens.begin(), tokens.end(), [](const core::Token& t) {
            return !is_number_term(t.term) && !core::is_stopword_any(t.term);
        }));
}

bool ends_with_colon(const std::string& text) {
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    return last != std::string::npos && text[last] == ':';
}

// Treaty bodies recommend, encourage, urge or call upon, in each language we index.
bool is_recommendation(const std::string& text) {
    static const char* const kStems[] = {"recommend", "encourage", "urge",   "calls upon",
                                         "рекоменд",  "призыва",   "ұсынад", "ұсыным"};
    const std::string folded = core::normalize(text);
    return std::any_of(std::begin(kStems), std::end(kStems),
                       [&](const char* stem) { return folded.find(stem) != std::string::npos; });
}

// "47 (b) (i)" -> "47"; "7, bullet 2" -> "7"; "3.1/2" -> "3.1/2".
std::string parent_label(const std::string& label) {
    const std::size_t cut = label.find_first_of(" ,");
    return cut == std::string::npos ? label : label.substr(0, cut);
}

// The Covenant article a claim is about: its section's, else the one its concepts are tagged
// with most often, preferring substantive rights (articles 3 and up) to the general clauses.
std::string claim_article(const core::Unit& unit, const std::vector<std::string>& concepts,
                          const core::Thesaurus& thesaurus) {
    for (auto it = unit.section_path.rbegin(); it != unit.section_path.rend(); ++it)
        if (std::string a = core::article_of_heading(*it); !a.empty()) return a;
    std::map<std::string, std::size_t> counts;
    std::vector<std::string> order;
    for (const std::string& id : concepts)
        for (const std::string& a : covenant_articles(thesaurus, id))
            if (counts[a]++ == 0) order.push_back(a);
    std::string best;
    auto rank = [&](const std::string& a) {
        const bool substantive = std::atoi(a.c_str()) >= 3;
        return std::make_pair(substantive, counts[a]);
    };
    for (const std::string& a : order)
        if (best.empty() || rank(a) > rank(best)) best = a;
    return best;
}

// What a claim is about: its text without what names the reporting process rather than a
// matter -- document symbols, pinpoints and the thesaurus's procedural concepts ("State party",
// "periodic report", "recommendation"). Otherwise every claim that cites the concluding
// observations would match the report's paragraph that says it follows them up.
std::string matter_text(const std::string& text, const std::string& lang,
                        const core::Thesaurus& thesaurus,
                        const std::vector<core::CitationMatch>& citations) {
    std::string out = text;
    auto blank = [&](std::size_t begin, std::size_t end) {
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(begin),
                  out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    };
    for (const core::ConceptMatch& m : thesaurus.match(text, lang)) {
        if (m.entry->category != "procedure") continue;
        for (const core::ConceptSpan& span : m.spans) blank(span.begin, span.end);
    }
    // Documents and articles cited, with their pinpoints, as the citation grammar read them.
    for (const core::CitationMatch& m : citations)
        if (m.target.kind == core::CitedKind::document || m.target.kind == core::CitedKind::article)
            blank(m.begin, m.end);
    return out;
}

// Inverse document frequency within the target set: a word every paragraph of the State report
// has ("Aralia", "State") tells none of them apart, however rare it is in the index.
class TargetIdf {
  public:
    TargetIdf(const Xapian::Database& db, Xapian::Query target)
        : db_(db), target_(std::move(target)) {}

    double operator()(const std::string& term) {
        const auto it = cache_.find(term);
        if (it != cache_.end()) return it->second;
        if (size_ < 0) size_ = count(target_);
        const double df =
            count(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), target_));
        const double w = std::log((size_ + 1.0) / (df + 0.5));
        cache_.emplace(term, w);
        return w;
    }

  private:
    double count(const Xapian::Query& query) const {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        return static_cast<double>(
            enquire.get_mset(0, 0, db_.get_doccount()).get_matches_estimated());
    }

    const Xapian::Database& db_;
    Xapian::Query target_;
    double size_ = -1;
    std::map<std::string, double> cache_;
};

std::string unit_key(const core::StoredUnit& s) {
    return (s.doc.symbol.empty() ? "id:" + s.doc.id : core::normalize(s.doc.symbol)) + '\x1f' +
           s.unit.label;
}

// A paragraph a claim cites, and how specifically: 1 alone, 1/n as one of n cited together.
struct CitedParagraph {
    std::string symbol;
    std::string label;
    double weight = 0;
};

// The paragraphs of other documents a claim cites by symbol and pinpoint ("E/C.12/XAR/3,
// paras. 79-90"), the most specific citation of each kept.
std::vector<CitedParagraph> cited_paragraphs(const std::vector<core::CitationMatch>& citations,
                                             const std::string& own_symbol) {
    std::vector<CitedParagraph> out;
    for (const core::CitationMatch& m : citations) {
        const core::CitedTarget& t = m.target;
        if (t.kind != core::CitedKind::document || t.symbol.empty() || t.pinpoints.empty())
            continue;
        if (!own_symbol.empty() && core::normalize(t.symbol) == own_symbol) continue;
        const double weight = 1.0 / static_cast<double>(t.pinpoints.size());
        for (const std::string& label : t.pinpoints) {
            const auto it = std::find_if(out.begin(), out.end(), [&](const CitedParagraph& c) {
                return c.symbol == t.symbol && c.label == label;
            });
            if (it == out.end())
                out.push_back({t.symbol, label, weight});
            else
                it->weight = std::max(it->weight, weight);
        }
    }
    return out;
}

// The units of the target set with this symbol and label (every language version), or, for a
// pinpoint to a sub-paragraph the target does not divide ("12 (b)"), its paragraph.
std::vector<core::StoredUnit> target_units(const Xapian::Database& db, const Xapian::Query& target,
                                           const CitedParagraph& cited) {
    std::vector<core::StoredUnit> units;
    for (const std::string& label : {cited.label, parent_label(cited.label)}) {
        const Xapian::Query unit(Xapian::Query::OP_AND,
                                 Xapian::Query(layout::filter_term(layout::kSymbol, cited.symbol)),
                                 Xapian::Query(layout::filter_term(layout::kLabel, label)));
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, unit, target));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        const Xapian::MSet mset = enquire.get_mset(0, 64);
        for (auto it = mset.begin(); it != mset.end(); ++it)
            units.push_back(core::deserialize_stored_unit(it.get_document().get_data()));
        if (!units.empty() || parent_label(cited.label) == cited.label) break;
    }
    return units;
}

}  // namespace

std::vector<std::string> covenant_articles(const core::Thesaurus& thesaurus,
                                           const std::string& concept_id) {
    static const std::string kPrefix = "ICESCR ";
    std::vector<std::string> out;
    const core::Concept* c = thesaurus.find(concept_id);
    // Walk up the broader concepts until one is tagged (the file forbids cycles; stay bounded).
    for (int depth = 0; c != nullptr && out.empty() && depth < 16; ++depth) {
        for (const std::string& tag : c->articles) {
            if (tag.rfind(kPrefix, 0) != 0) continue;
            std::string number;
            for (std::size_t i = kPrefix.size();
                 i < tag.size() && std::isdigit(static_cast<unsigned char>(tag[i])); ++i)
                number += tag[i];
            if (!number.empty() && std::find(out.begin(), out.end(), number) == out.end())
                out.push_back(number);
        }
        c = c->broader.empty() ? nullptr : thesaurus.find(c->broader);
    }
    return out;
}

std::string article_heading(const core::Thesaurus& thesaurus, const std::string& article) {
    if (article.empty()) return "Other matters";
    // The right the article is about: a top-level right tagged with it first, rather than a
    // narrower one that also touches it (the right to water is tagged with article 12 too).
    const core::Concept* best = nullptr;
    int best_rank = -1;
    for (const core::Concept& c : thesaurus.concepts()) {
        if (c.category != "right") continue;
        const std::vector<std::string> tagged = covenant_articles(thesaurus, c.id);
        const auto it = std::find(tagged.begin(), tagged.end(), article);
        if (it == tagged.end()) continue;
        const int rank = (c.broader.empty() ? 2 : 0) + (it == tagged.begin() ? 1 : 0);
        if (rank > best_rank) {
            best = &c;
            best_rank = rank;
        }
    }
    if (best != nullptr) {
        const auto en = best->labels.find("en");
        if (en != best->labels.end() && !en->second.empty())
            return "Article " + article + ": " + en->second.front();
    }
    return "Article " + article;
}

std::vector<Claim> claims_of(const core::Document& doc, ClaimScope scope,
                             const core::Thesaurus& thesaurus, const core::Analyzer& analyzer) {
    std::vector<Claim> claims;
    std::set<std::string> recommending;                   // labels of paragraphs that recommend
    std::map<std::string, std::string> paragraph_matter;  // the paragraphs before, by label
    // One extractor for the whole document, in reading order: short forms ("ibid.") resolve
    // against what the paragraphs before cited.
    core::CitationContext context;
    context.body = doc.meta.body;
    context.country = doc.meta.country;
    context.symbol = doc.meta.symbol;
    core::CitationExtractor extractor(context);
    for (const core::Unit& unit : doc.units) {
        if (unit.kind == core::UnitKind::footnote) continue;
        std::vector<core::CitationMatch> citations = extractor.extract(unit.text);
        const std::string lang = core::identify_language(unit.text, doc.meta.lang).lang;
        std::string matter;
        if (unit.kind == core::UnitKind::paragraph) {
            matter = matter_text(unit.text, lang, thesaurus, citations);
            paragraph_matter[unit.label] = matter;
        }
        if (scope == ClaimScope::recommendations) {
            const bool own = is_recommendation(unit.text);
            if (own && unit.kind == core::UnitKind::paragraph) recommending.insert(unit.label);
            if (!own && recommending.count(parent_label(unit.label)) == 0) continue;
        }
        const std::size_t words = content_words(analyzer.tokenize(unit.text));
        if (words < kMinClaimWords || (words < kMaxLeadInWords && ends_with_colon(unit.text)))
            continue;
        Claim claim;
        claim.unit = unit;
        claim.citation = core::citation(doc.meta, unit);
        claim.lang = lang;
        claim.matter = unit.kind == core::UnitKind::paragraph
                           ? std::move(matter)
                           : matter_text(unit.text, lang, thesaurus, citations);
        // A sub-paragraph or list item is read with the paragraph that introduces it: "To change
        // their legal gender, trans people must:" holds the matter, the items ("undergo a
        // psychiatric examination") only its parts.
        if (unit.kind != core::UnitKind::paragraph) {
            const auto parent = paragraph_matter.find(parent_label(unit.label));
            if (parent != paragraph_matter.end()) claim.matter += "\n" + parent->second;
        }
        for (const core::ConceptMatch& m : thesaurus.match(claim.matter, claim.lang))
            claim.concepts.push_back(m.entry->id);
        claim.article = claim_article(unit, claim.concepts, thesaurus);
        claim.citations = std::move(citations);
        claims.push_back(std::move(claim));
    }
    return claims;
}

CrossrefResult crossref(Searcher& searcher, const core::Document& source,
                        const CrossrefRequest& request, const std::string& against) {
    CrossrefResult result;
    result.source = source.meta;
    result.against = against;
    const core::Analyzer& analyzer = searcher.analyzer();
    const Xapian::Database& db = searcher.database();
    const std::string own_symbol = core::normalize(source.meta.symbol);

    SourcesRequest sources;
    sources.filters = request.against;
    // Matches are paragraphs, sub-paragraphs and items; a footnote supports its paragraph.
    if (sources.filters.kinds.empty())
        for (const char* kind : {"paragraph", "subparagraph", "item"})
            sources.filters.add("kind", kind);
    sources.limit = std::max(kMinCandidates, request.limit * kCandidatesPerMatch);
    sources.cross_lang = request.cross_lang;
    const Xapian::Query target = sources.filters.to_query();
    TargetIdf target_idf(db, target);

    for (Claim& claim : claims_of(source, request.scope, searcher.thesaurus(), analyzer)) {
        ClaimResult out;
        sources.claim = claim.matter;
        SourcesResult found;
        try {
            found = find_sources(searcher, sources);
        } catch (const QueryError&) {
            out.claim = std::move(claim);  // nothing searchable in it: silent
            result.claims.push_back(std::move(out));
            continue;
        }

        // What each term of the claim weighs, and which word of the claim each stem stands for.
        std::map<std::string, double> weight;
        double total = 0, concept_total = 0;
        try {
            for (const std::string& term : found.terms) {
                const bool is_concept = term.rfind(layout::kConcept, 0) == 0;
                double w = target_idf(term);
                if (is_concept) w *= request.concept_weight;
                weight[term] = w;
                total += w;
                if (term.rfind(layout::kConcept, 0) == 0) concept_total += w;
            }
        } catch (const Xapian::Error& e) {
            throw Error("crossref failed: " + e.get_description());
        }
        // The claim's terms, sorted: what the term lists of cited paragraphs and of other
        // language versions are read for.
        std::vector<std::string> claim_terms(found.terms.begin(), found.terms.end());
        std::sort(claim_terms.begin(), claim_terms.end());
        claim_terms.erase(std::unique(claim_terms.begin(), claim_terms.end()), claim_terms.end());
        std::map<std::string, std::string> word_of;
        MatchTerms snippet_terms;
        for (const core::Token& token : analyzer.tokenize(found.claim)) {
            if (!is_number_term(token.term) && !core::is_stopword_any(token.term)) {
                snippet_terms.plain.insert(token.term);
                snippet_terms.stems.insert(analyzer.stem(token.term, claim.lang));
            }
            std::vector<std::string> stems = analyzer.query_stems(token.term);
            stems.push_back(analyzer.stem(token.term, claim.lang));
            for (const std::string& stem : stems)
                word_of.emplace(std::string(layout::kStem) + stem, token.term);
        }

        // The paragraphs of the target set the claim cites are candidates whatever their words:
        // an NGO that cites the report's paragraph is contesting what it says.
        std::vector<std::pair<SourceHit, double>> cited_hits;  // hit, how specifically cited
        for (const CitedParagraph& c : cited_paragraphs(claim.citations, own_symbol)) {
            std::vector<core::StoredUnit> units;
            try {
                units = target_units(db, target, c);
            } catch (const Xapian::Error& e) {
                throw Error("crossref failed: " + e.get_description());
            }
            if (units.empty()) continue;
            const auto own = std::find_if(units.begin(), units.end(),
                                          [&](const auto& u) { return u.lang == claim.lang; });
            SourceHit cited;
            cited.hit.stored = std::move(own != units.end() ? *own : units.front());
            cited.hit.citation = core::citation(cited.hit.stored.doc, cited.hit.stored.unit);
            cited.hit.snippet = make_snippet(cited.hit.stored.unit.text, cited.hit.stored.lang,
                                             snippet_terms, analyzer, sources.snippet);
            cited.matching_terms = searcher.terms_of(cited.hit.stored, claim_terms);
            cited_hits.emplace_back(std::move(cited), c.weight);
        }
        std::map<std::string, double> cited_weight;  // unit_key -> weight
        for (auto& [hit, w] : cited_hits) {
            double& kept = cited_weight[unit_key(hit.hit.stored)];
            kept = std::max(kept, w);
        }
        for (auto& [hit, w] : cited_hits) found.hits.push_back(std::move(hit));

        // Every candidate weighed; then the cited ones (the most specifically cited first) and,
        // in the order of the ranking, those above the threshold.
        std::set<std::string> seen;
        std::vector<std::pair<CrossrefMatch, bool>> candidates;  // match, in another language
        for (SourceHit& source_hit : found.hits) {
            const core::StoredUnit& s = source_hit.hit.stored;
            if (s.doc.id == source.meta.id ||
                (!own_symbol.empty() && core::normalize(s.doc.symbol) == own_symbol))
                continue;
            if (!seen.insert(unit_key(s)).second) continue;  // another version of one shown
            const auto cited = cited_weight.find(unit_key(s));
            // A paragraph in another language that has a version in the claim's language is
            // weighed, and shown, in that version: words compare better than concepts.
            bool other_language = s.lang != claim.lang && claim.lang != "und";
            std::vector<std::string> present = source_hit.matching_terms;
            if (other_language) {
                std::vector<core::StoredUnit> own = searcher.parallel_versions(s, {claim.lang});
                if (!own.empty()) {
                    present = searcher.terms_of(own.front(), claim_terms);
                    source_hit.hit.snippet = make_snippet(own.front().unit.text, own.front().lang,
                                                          snippet_terms, analyzer, sources.snippet);
                    source_hit.hit.parallel = {std::move(source_hit.hit.stored)};
                    source_hit.hit.stored = std::move(own.front());
                    other_language = false;
                }
            }
            CrossrefMatch match;
            double matched = 0, concept_matched = 0;
            for (const std::string& term : present) {
                const auto w = weight.find(term);
                if (w == weight.end()) continue;
                matched += w->second;
                if (term.rfind(layout::kConcept, 0) == 0) {
                    concept_matched += w->second;
                    match.concepts.push_back(term.substr(layout::kConcept.size()));
                } else if (const auto word = word_of.find(term); word != word_of.end()) {
                    if (std::find(match.matched_terms.begin(), match.matched_terms.end(),
                                  word->second) == match.matched_terms.end())
                        match.matched_terms.push_back(word->second);
                }
            }
            if (other_language)
                match.coverage = concept_total > 0 ? concept_matched / concept_total : 0;
            else
                match.coverage = total > 0 ? matched / total : 0;
            if (cited != cited_weight.end()) match.cited = cited->second;
            match.hit = std::move(source_hit.hit);
            candidates.emplace_back(std::move(match), other_language);
        }
        // Cited paragraphs first, the most specifically cited first; then by coverage (BM25's
        // order among equals): the share of the claim a paragraph covers, concepts weighing
        // more than words, tells better than BM25 which one is about the same matter.
        std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
            if (a.first.cited != b.first.cited) return a.first.cited > b.first.cited;
            return a.first.coverage > b.first.coverage;
        });
        for (auto& [match, other_language] : candidates) {
            bool strong = match.coverage >= request.min_coverage;
            if (other_language)
                strong = strong && match.concepts.size() >= request.min_shared_concepts;
            strong = strong || match.cited > 0;
            if (!strong && !request.keep_weak) continue;
            if (strong) out.addressed = true;
            match.addresses = strong;
            std::vector<std::string> langs = request.parallel_langs;
            if (other_language && std::find(langs.begin(), langs.end(), claim.lang) == langs.end())
                langs.push_back(claim.lang);
            if (!langs.empty() && match.hit.parallel.empty())
                match.hit.parallel = searcher.parallel_versions(match.hit.stored, langs);
            out.matches.push_back(std::move(match));
            if (out.matches.size() == request.limit) break;
        }
        std::size_t rank = 0;
        for (CrossrefMatch& m : out.matches) m.hit.rank = ++rank;
        out.claim = std::move(claim);
        result.claims.push_back(std::move(out));
    }
    return result;
}

std::optional<core::Document> indexed_document(Searcher& searcher, const std::string& id_or_symbol,
                                               const std::string& lang) {
    const Xapian::Database& db = searcher.database();
    std::vector<core::StoredUnit> units;
    try {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(layout::filter_term(layout::kDocId, id_or_symbol)));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(layout::kSlotOrdinal, false);
        const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it)
            units.push_back(core::deserialize_stored_unit(it.get_document().get_data()));
    } catch (const Xapian::Error& e) {
        throw Error("cannot read the document from the index: " + e.get_description());
    }
    if (units.empty()) {
        units = searcher.units_of(id_or_symbol);
        if (units.empty()) return std::nullopt;
        // Several language versions share the symbol: keep one.
        std::string chosen = units.front().doc.id;
        for (const std::string& want : {lang, std::string("en")}) {
            const auto it = std::find_if(units.begin(), units.end(), [&](const auto& u) {
                return !want.empty() && u.doc.lang == want;
            });
            if (it != units.end()) {
                chosen = it->doc.id;
                break;
            }
        }
        std::erase_if(units, [&](const core::StoredUnit& u) { return u.doc.id != chosen; });
    }
    core::Document doc;
    doc.meta = units.front().doc;
    for (core::StoredUnit& u : units) doc.units.push_back(std::move(u.unit));
    return doc;
}

Filters parse_against(const std::string& text) {
    Filters filters;
    if (text.find('=') == std::string::npos) {
        if (text.find_first_not_of(" \t") == std::string::npos)
            throw QueryError(
                "--against needs a symbol or filters like type=state-report,country=KAZ");
        filters.add("symbol", text);
        return filters;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const std::string part = text.substr(start, end - start);
        start = end + 1;
        if (part.find_first_not_of(" \t") == std::string::npos) continue;
        const std::size_t eq = part.find('=');
        if (eq == std::string::npos)
            throw QueryError("in --against, \"" + part + "\" is not field=value");
        auto trim = [](std::string v) {
            const std::size_t b = v.find_first_not_of(" \t");
            const std::size_t e = v.find_last_not_of(" \t");
            return b == std::string::npos ? std::string() : v.substr(b, e - b + 1);
        };
        const std::string field = trim(part.substr(0, eq)), value = trim(part.substr(eq + 1));
        if (!Filters::is_field(field))
            throw QueryError("in --against, unknown field \"" + field +
                             "\": use country, body, type, lang, year, symbol, kind or concept");
        filters.add(field, value);
    }
    return filters;
}

Filters reverse_targets(const core::DocumentMeta& report) {
    Filters filters;
    filters.add("type", "ngo-submission");
    if (!report.country.empty()) filters.add("country", report.country);
    return filters;
}

Filters follow_up_targets(const core::DocumentMeta& observations) {
    Filters filters;
    for (const char* type : {"state-report", "reply-to-list-of-issues", "ngo-submission"})
        filters.add("type", type);
    if (!observations.country.empty()) filters.add("country", observations.country);
    if (const int year = observations.year(); year > 0)
        filters.add("year", std::to_string(year) + "..");
    return filters;
}

}  // namespace paragraf::query
