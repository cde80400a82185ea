#pragma once
// `paragraf sources`: the footnote finder. For a claim someone is writing, the paragraphs that
// support it, best first, with quotations of a paragraph recognised as such and put first.

#include <string>
#include <string_view>
#include <vector>

#include "query/filters.hpp"
#include "query/searcher.hpp"

namespace paragraf::query {

struct SourcesRequest {
    std::string claim;  ///< as pasted: may hold Word footnote markers, typographic quotes
    Filters filters;
    std::size_t limit = 5;
    /// Best-ranked paragraphs looked at for quotations (at least 50, and 5 x limit).
    std::size_t candidates = 0;
    SnippetOptions snippet;
    /// Also rank paragraphs in other languages by the thesaurus concepts the claim names.
    bool cross_lang = true;
    /// Words and concepts in more than this share of the index's paragraphs, and in more than
    /// min_common_postings of them, are not searched for (they are still reported as matched):
    /// "state", "right", "health" rank nothing apart, and an OR over their posting lists
    /// (hundreds of thousands of paragraphs each at 1 GB) made a search four times slower
    /// (263 ms p99 at 1 GB). The minimum keeps small indexes as they were: dropping "drug" from a
    /// claim because 40 of 600 paragraphs have it left "consider" to rank by. 5% rather than
    /// 10%: 7.2 -> 5.5 ms at 100 MB with the crossref judged sets as good; 2% was no faster.
    double common_share = 0.05;
    std::size_t min_common_postings = 5000;
};

struct SourceHit {
    Hit hit;
    /// The claim quotes this paragraph verbatim or nearly so.
    bool quote = false;
    /// Share of the claim's words found in this paragraph in the same order (0..1).
    double overlap = 0;
    /// The index terms of the query (SourcesResult::terms) this paragraph has.
    std::vector<std::string> matching_terms;
};

struct SourcesResult {
    std::string claim;                  ///< the claim as searched (markers removed)
    std::vector<std::string> concepts;  ///< thesaurus concepts the claim names
    /// The claim's index terms: stems (core::layout::kStem) and concepts (kConcept).
    std::vector<std::string> terms;
    /// Those of `terms` the query used: without the common ones and those in no paragraph
    /// (SourcesRequest::common_share).
    std::vector<std::string> searched;
    std::vector<SourceHit> hits;
};

/// Ranked paragraphs supporting the claim: quotations first, then by BM25 over the claim's
/// words (and its concepts across languages). Throws paragraf::QueryError for an empty claim.
SourcesResult find_sources(Searcher& searcher, const SourcesRequest& request);

/// True for terms that are numbers ("12", "58.6", "2019,"): they say nothing of a claim's matter.
bool is_number_term(std::string_view term);

/// The claim without what Word exports leave in pasted text: footnote references
/// ("[footnoteRef:3]", "[3: text]"), bookmarks, and footnote numbers glued to words.
std::string clean_claim(const std::string& text);

/// How much of `claim` appears in `text` in order: the longest common subsequence of their
/// words over the claim's word count (numbers ignored), and the longest unbroken run.
struct QuoteOverlap {
    double share = 0;
    std::size_t longest_run = 0;
    std::size_t claim_words = 0;
};
QuoteOverlap quote_overlap(const std::vector<std::string>& claim_words,
                           const std::vector<std::string>& text_words);

}  // namespace paragraf::query
