#include "query/sources.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include "core/citation.hpp"
#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "core/language_id.hpp"
#include "core/stopwords.hpp"
#include "core/word_markers.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

// Candidates looked at for quotations beyond the page asked for: a quoted paragraph that
// BM25 ranks low (a short claim in a long paragraph) still gets its place at the top.
constexpr std::size_t kMinCandidates = 50;
// Claims longer than this are compared by their first words only; nobody quotes more.
constexpr std::size_t kMaxQuoteWords = 400;
// Long claims query their most informative words only (Xapian's elite set).
constexpr Xapian::termcount kEliteTerms = 40;
// A claim keeps at least its kMinQueryWords rarest words and its rarest concept, however common
// (SourcesRequest::common_share says why common ones are left out of the query).
constexpr std::size_t kMinQueryWords = 4;
constexpr std::size_t kMinQueryConcepts = 1;

// The terms worth querying: those in at most the request's common share of the paragraphs (or
// its minimum count), and at least the `min_kept` rarest.
std::vector<Xapian::Query> informative(const Xapian::Database& db,
                                       const std::vector<std::string>& stems,
                                       const SourcesRequest& request, std::size_t min_kept) {
    std::vector<std::pair<Xapian::doccount, const std::string*>> by_frequency;
    for (const std::string& stem : stems) by_frequency.emplace_back(db.get_termfreq(stem), &stem);
    std::stable_sort(by_frequency.begin(), by_frequency.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const double common = std::max(request.common_share * static_cast<double>(db.get_doccount()),
                                   static_cast<double>(request.min_common_postings));
    std::vector<Xapian::Query> out;
    for (const auto& [frequency, stem] : by_frequency) {
        if (frequency == 0) continue;  // in no paragraph: must not take the place of a rare one
        if (out.size() < min_kept || static_cast<double>(frequency) <= common)
            out.emplace_back(*stem);
    }
    return out;
}

std::vector<std::string> words_for_overlap(const std::vector<core::Token>& tokens) {
    std::vector<std::string> words;
    words.reserve(tokens.size());
    for (const core::Token& t : tokens)
        if (!is_number_term(t.term)) words.push_back(t.term);
    return words;
}

bool is_quote(const QuoteOverlap& o) {
    // Near-verbatim: almost every word of the claim in order, with real runs of them (not
    // scattered function words); or a long passage copied word for word from a longer claim.
    return (o.claim_words >= 5 && o.share >= 0.85 && o.longest_run >= 4) || o.longest_run >= 12;
}

}  // namespace

bool is_number_term(std::string_view term) {
    return std::all_of(term.begin(), term.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%';
    });
}

std::string clean_claim(const std::string& text) {
    // A footnote number left glued after punctuation when a superscript is pasted as text:
    // "in prisons.12 The" -> "in prisons. The".
    static const std::regex glued_number(R"((\.|,|;|:|\)|"|”|»|’)\d{1,3}(?=\s|$))");
    return std::regex_replace(core::without_word_markers(text), glued_number, "$1");
}

QuoteOverlap quote_overlap(const std::vector<std::string>& claim_words,
                           const std::vector<std::string>& text_words) {
    QuoteOverlap result;
    const std::size_t n = std::min(claim_words.size(), kMaxQuoteWords);
    result.claim_words = n;
    if (n == 0 || text_words.empty()) return result;
    const std::size_t m = text_words.size();
    // Two rolling rows each of the longest common subsequence and of the common run ending here.
    std::vector<std::size_t> lcs_prev(m + 1, 0), lcs_cur(m + 1, 0);
    std::vector<std::size_t> run_prev(m + 1, 0), run_cur(m + 1, 0);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            if (claim_words[i - 1] == text_words[j - 1]) {
                lcs_cur[j] = lcs_prev[j - 1] + 1;
                run_cur[j] = run_prev[j - 1] + 1;
                result.longest_run = std::max(result.longest_run, run_cur[j]);
            } else {
                lcs_cur[j] = std::max(lcs_prev[j], lcs_cur[j - 1]);
                run_cur[j] = 0;
            }
        }
        std::swap(lcs_prev, lcs_cur);
        std::swap(run_prev, run_cur);
    }
    result.share = static_cast<double>(lcs_prev[m]) / static_cast<double>(n);
    return result;
}

SourcesResult find_sources(Searcher& searcher, const SourcesRequest& request) {
    SourcesResult result;
    result.claim = clean_claim(request.claim);
    const core::Analyzer& analyzer = searcher.analyzer();
    const std::vector<core::Token> tokens = analyzer.tokenize(result.claim);
    const std::string lang = core::identify_language(result.claim, "und").lang;

    MatchTerms terms;
    std::vector<Xapian::Query> words;
    for (const core::Token& token : tokens) {
        if (is_number_term(token.term) || core::is_stopword_any(token.term)) continue;
        if (!terms.plain.insert(token.term).second) continue;
        const std::vector<std::string> stems =
            lang == "und" ? analyzer.query_stems(token.term)
                          : std::vector<std::string>{analyzer.stem(token.term, lang)};
        for (const std::string& stem : stems) {
            if (!terms.stems.insert(stem).second) continue;
            words.emplace_back(std::string(layout::kStem) + stem);
            result.terms.push_back(std::string(layout::kStem) + stem);
        }
    }
    if (words.empty())
        throw QueryError("give the claim to find sources for (its words, not only numbers)");

    try {
        words = informative(searcher.database(), result.terms, request, kMinQueryWords);
        for (const Xapian::Query& w : words) result.searched.push_back(*w.get_terms_begin());
    } catch (const Xapian::Error& e) {
        throw Error("source search failed: " + e.get_description());
    }
    Xapian::Query query =
        words.size() > kEliteTerms
            ? Xapian::Query(Xapian::Query::OP_ELITE_SET, words.begin(), words.end(), kEliteTerms)
            : Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
    if (request.cross_lang) {
        std::vector<std::string> concept_terms;
        for (const core::ConceptMatch& m : searcher.thesaurus().match(result.claim, lang)) {
            result.concepts.push_back(m.entry->id);
            concept_terms.push_back(std::string(layout::kConcept) + m.entry->id);
            result.terms.push_back(concept_terms.back());
        }
        std::vector<Xapian::Query> concepts;
        try {
            concepts = informative(searcher.database(), concept_terms, request, kMinQueryConcepts);
            for (const Xapian::Query& c : concepts) result.searched.push_back(*c.get_terms_begin());
        } catch (const Xapian::Error& e) {
            throw Error("source search failed: " + e.get_description());
        }
        if (!concepts.empty())
            query = Xapian::Query(
                Xapian::Query::OP_OR, query,
                Xapian::Query(Xapian::Query::OP_OR, concepts.begin(), concepts.end()));
    }
    if (!request.filters.empty())
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, request.filters.to_query());

    const std::vector<std::string> claim_words = words_for_overlap(tokens);
    std::vector<std::string> sorted_terms = result.terms;
    std::sort(sorted_terms.begin(), sorted_terms.end());
    sorted_terms.erase(std::unique(sorted_terms.begin(), sorted_terms.end()), sorted_terms.end());
    try {
        const auto candidates = static_cast<Xapian::doccount>(
            std::max({kMinCandidates, request.limit * 5, request.candidates}));
        const RankedPage page = searcher.rank(query, 0, candidates);
        for (const RankedMatch& match : page.matches) {
            const Xapian::Document document = searcher.database().get_document(match.docid);
            SourceHit source;
            source.hit.score = match.weight;
            source.hit.stored = core::deserialize_stored_unit(document.get_data());
            const core::StoredUnit& stored = source.hit.stored;
            const QuoteOverlap overlap =
                quote_overlap(claim_words, words_for_overlap(analyzer.tokenize(stored.unit.text)));
            source.overlap = overlap.share;
            source.quote = is_quote(overlap);
            source.matching_terms = terms_present(document, sorted_terms);
            result.hits.push_back(std::move(source));
        }
    } catch (const Xapian::Error& e) {
        throw Error("source search failed: " + e.get_description());
    }

    // Quotations first (the most complete first), then the ranking by relevance.
    std::stable_sort(result.hits.begin(), result.hits.end(),
                     [](const SourceHit& a, const SourceHit& b) {
                         if (a.quote != b.quote) return a.quote;
                         if (a.quote && a.overlap != b.overlap) return a.overlap > b.overlap;
                         return false;
                     });
    if (result.hits.size() > request.limit) result.hits.resize(request.limit);
    std::size_t rank = 0;
    for (SourceHit& source : result.hits) {
        Hit& hit = source.hit;
        hit.rank = ++rank;
        hit.citation = core::citation(hit.stored.doc, hit.stored.unit);
        hit.snippet =
            make_snippet(hit.stored.unit.text, hit.stored.lang, terms, analyzer, request.snippet);
    }
    return result;
}

}  // namespace paragraf::query
