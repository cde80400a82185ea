#pragma once
// `paragraf crossref`: a document's claims side by side with what a set of other documents
// says on each (an NGO submission against a State report, a State report against the
// submissions, the recommendations of concluding observations against later reports).
// How it works and how "addressed" was calibrated: docs/crossref.md.

#include <optional>
#include <string>
#include <vector>

#include "core/citation_extractor.hpp"
#include "core/document.hpp"
#include "query/filters.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

/// Which units of the source document are claims.
enum class ClaimScope {
    all,              ///< every paragraph, sub-paragraph and item with enough words
    recommendations,  ///< paragraphs that recommend, encourage or urge, and their sub-paragraphs
};

/// One unit of the source document, put to the target set.
struct Claim {
    core::Unit unit;
    std::string citation;  ///< "E/C.12/XAR/CO/2, para. 47 (b)"
    std::string lang;      ///< language of the unit's text
    /// What is searched: the text without symbols, pinpoints and procedural terms.
    std::string matter;
    std::vector<std::string> concepts;  ///< thesaurus concepts the matter names
    /// The Covenant article the claim is about ("12"), or "" when it cannot tell.
    std::string article;
    /// What the claim cites, read with the citation grammar over the document in reading order
    /// (so "ibid." resolves against the paragraphs before).
    std::vector<core::CitationMatch> citations;
};

/// A paragraph of the target set on the same matter as a claim.
struct CrossrefMatch {
    /// The paragraph (one language version; Hit::parallel holds the others asked for).
    Hit hit;
    std::vector<std::string> matched_terms;  ///< the claim's words found in the paragraph
    std::vector<std::string> concepts;       ///< thesaurus concepts both name
    /// Share of the claim's information the paragraph has, 0..1: its stems and concepts weighed
    /// by their idf within the target set (concepts times CrossrefRequest::concept_weight);
    /// across languages, of its concepts only.
    double coverage = 0;
    /// The claim cites this paragraph: 1 when cited alone ("E/C.12/XAR/3, para. 88"), 1/n when
    /// one of n cited together ("paras. 79-90"), 0 when not cited.
    double cited = 0;
    /// Meets the threshold, or is cited (false only for the weak matches CrossrefRequest::keep_weak
    /// keeps).
    bool addresses = false;
};

struct ClaimResult {
    Claim claim;
    /// True when the best match covers enough of the claim (CrossrefRequest::min_coverage).
    bool addressed = false;
    std::vector<CrossrefMatch> matches;  ///< best first; empty when silent
};

struct CrossrefRequest {
    Filters against;        ///< the target set
    std::size_t limit = 3;  ///< matches shown per claim
    ClaimScope scope = ClaimScope::all;
    /// Languages whose versions of each match to add; the claim's own language is added
    /// whenever a match is in another language.
    std::vector<std::string> parallel_langs;
    /// Also match paragraphs in other languages through the thesaurus concepts.
    bool cross_lang = true;
    /// A match counts when it covers at least this share of the claim (docs/crossref.md), or
    /// when the claim cites it.
    double min_coverage = 0.18;
    /// A thesaurus concept the claim and a paragraph share weighs this many times its idf: a
    /// concept is a matter named in other words, a word only a word (docs/crossref.md).
    double concept_weight = 4;
    /// Across languages, a match must also share at least this many concepts with the claim:
    /// one shared concept is a theme, not yet the same matter.
    std::size_t min_shared_concepts = 2;
    /// Keep matches below min_coverage (for measuring; the claim is still "silent").
    bool keep_weak = false;
};

struct CrossrefResult {
    core::DocumentMeta source;
    std::string against;  ///< the target set, as the user named it
    std::vector<ClaimResult> claims;
};

/// The claims of a document: its paragraphs, sub-paragraphs and items in order, without
/// footnotes, short lead-ins (ending with ':', under 15 content words) and units of fewer than
/// 6 content words.
std::vector<Claim> claims_of(const core::Document& doc, ClaimScope scope,
                             const core::Thesaurus& thesaurus, const core::Analyzer& analyzer);

/// Each claim of `source` with the paragraphs of the target set that address it, best first.
/// Units of the source document itself are never matches. `against` names the target set in
/// the result. Throws paragraf::Error when the index fails.
CrossrefResult crossref(Searcher& searcher, const core::Document& source,
                        const CrossrefRequest& request, const std::string& against);

/// An indexed document rebuilt from its units, by id or by symbol (the version in `lang`, else
/// English, else the first found), or nothing.
std::optional<core::Document> indexed_document(Searcher& searcher, const std::string& id_or_symbol,
                                               const std::string& lang = {});

/// Parses a target set: "type=state-report,country=KAZ" (fields of Filters::add), or a document
/// symbol ("E/C.12/KAZ/3"). Throws paragraf::QueryError.
Filters parse_against(const std::string& text);

/// The default target sets: for a State report, the NGO submissions on the same country; for
/// concluding observations (follow-up), the later State reports, replies and submissions.
Filters reverse_targets(const core::DocumentMeta& report);
Filters follow_up_targets(const core::DocumentMeta& observations);

/// The Covenant articles (ICESCR) a concept is tagged with, or its broader concept's, as
/// article numbers without paragraphs ("12", "2").
std::vector<std::string> covenant_articles(const core::Thesaurus& thesaurus,
                                           const std::string& concept_id);

/// The name of a right for grouping: "Article 12: right to health" (from the thesaurus).
std::string article_heading(const core::Thesaurus& thesaurus, const std::string& article);

}  // namespace paragraf::query
