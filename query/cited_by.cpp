#include "query/cited_by.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "core/citation.hpp"
#include "core/citation_terms.hpp"
#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "query/citation_targets.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

constexpr std::size_t kMaxSentenceBytes = 400;

// The keys to look for: those the citation names, plus the same paragraphs cited by
// description ("the 2019 concluding observations") when the document is indexed, plus every
// instrument's article when the citation does not name the instrument.
std::vector<std::string> target_keys(Searcher& searcher, const std::string& citation) {
    std::vector<std::string> keys;
    auto add = [&](const std::string& key) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    };
    for (const core::CitationMatch& m : read_citations(citation))
        for (const std::string& key : core::citation_keys(m.target)) add(key);
    const std::vector<std::string> named = keys;
    for (const std::string& key : named) {
        const KeyParts k = split_key(key);
        if (k.kind == "para" || k.kind == "doc") {
            const std::optional<core::StoredUnit> unit = searcher.any_unit_of(k.target);
            if (!unit) continue;
            const std::string described = description_of(unit->doc);
            if (described.empty()) continue;
            add(k.kind == "para" ? "para|" + described + "|" + k.pinpoint : "doc|" + described);
        } else if (k.kind == "art" && k.target.empty()) {
            // "article 12" alone: article 12 of whatever instrument the citing units meant.
            const std::string prefix = core::citation_term("art|");
            const std::string suffix =
                core::citation_term("art||" + k.pinpoint).substr(prefix.size());  // "|12"
            const Xapian::Database& db = searcher.database();
            for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
                const std::string term = *it;
                if (term.size() > suffix.size() &&
                    term.compare(term.size() - suffix.size(), suffix.size(), suffix) == 0)
                    add(term.substr(std::string(layout::kCites).size()));
            }
        }
    }
    return keys;
}

bool cites_any(const core::UnitCitation& c, const std::set<std::string>& terms) {
    for (const std::string& key : c.keys)
        for (const std::string& implied : core::implied_citation_keys(key))
            if (terms.count(core::citation_term(implied))) return true;
    return false;
}

}  // namespace

std::string sentence_around(const std::string& text, std::size_t begin, std::size_t end) {
    begin = std::min(begin, text.size());
    end = std::clamp(end, begin, text.size());
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" keeps "para." and "No." from ending sentences. Building the iterator costs
    // more than using it, and cited-by asks for a sentence per hit: one per thread.
    thread_local std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::size_t from = 0, to = text.size();
    if (it && U_SUCCESS(status)) {
        it->setText(utext, status);
        // UTF-8 UText indexes are byte offsets.
        const int32_t start = it->preceding(static_cast<int32_t>(begin) + 1);
        if (start != icu::BreakIterator::DONE) from = static_cast<std::size_t>(start);
        const int32_t stop = it->following(static_cast<int32_t>(std::max(end, begin + 1)) - 1);
        if (stop != icu::BreakIterator::DONE) to = static_cast<std::size_t>(stop);
    }
    utext_close(utext);
    std::string sentence = text.substr(from, to - from);
    while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n'))
        sentence.pop_back();
    if (sentence.size() > kMaxSentenceBytes) {
        // Keep the citation in view: centre the window on it.
        const std::size_t at = begin - from;
        std::size_t cut = at > kMaxSentenceBytes / 2 ? at - kMaxSentenceBytes / 2 : 0;
        while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
        std::size_t stop = std::min(sentence.size(), cut + kMaxSentenceBytes);
        while (stop < sentence.size() &&
               (static_cast<unsigned char>(sentence[stop]) & 0xC0) == 0x80)
            ++stop;
        sentence = (cut > 0 ? "\u2026" : "") + sentence.substr(cut, stop - cut) +
                   (stop < sentence.size() ? "\u2026" : "");
    }
    return sentence;
}

CitedByResult cited_by(Searcher& searcher, const CitedByRequest& request) {
    CitedByResult result;
    result.citation = request.citation;
    const std::vector<std::string> keys = target_keys(searcher, request.citation);
    if (keys.empty())
        throw QueryError("\"" + request.citation +
                         "\" names nothing citable: give a UN symbol with or without its "
                         "paragraphs (E/C.12/KAZ/CO/2, paras. 46-47), an article (article 12 "
                         "ICESCR) or a URL");
    std::set<std::string> terms;
    std::vector<Xapian::Query> parts;
    for (const std::string& key : keys) {
        result.targets.push_back(describe_key(key));
        const std::string term = core::citation_term(key);
        if (terms.insert(term).second) parts.emplace_back(term);
    }
    Xapian::Query query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    if (!request.filters.empty())
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, request.filters.to_query());
    try {
        Xapian::Enquire enquire(searcher.database());
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        // Newest first; within a year in index order (documents are written unit by unit in
        // order). A value sort, not a KeyMaker: remote shards support only the former.
        enquire.set_sort_by_value(layout::kSlotYear, true);
        const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                                   static_cast<Xapian::doccount>(request.limit));
        result.total = mset.get_matches_estimated();
        std::size_t rank = request.offset;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            CitingHit citing;
            Hit& hit = citing.hit;
            hit.rank = ++rank;
            hit.stored = core::deserialize_stored_unit(it.get_document().get_data());
            hit.citation = core::citation(hit.stored.doc, hit.stored.unit);
            for (const core::UnitCitation& c : hit.stored.cites)
                if (cites_any(c, terms)) citing.citations.push_back(c);
            const auto own =
                std::find_if(citing.citations.begin(), citing.citations.end(),
                             [](const core::UnitCitation& c) { return c.via.empty(); });
            if (own != citing.citations.end())
                citing.sentence = sentence_around(hit.stored.unit.text, own->begin, own->end);
            else
                citing.sentence = sentence_around(hit.stored.unit.text, 0, 0);
            hit.snippet = citing.sentence;
            result.hits.push_back(std::move(citing));
        }
    } catch (const Xapian::Error& e) {
        throw Error("cited-by search failed: " + e.get_description());
    }
    return result;
}

}  // namespace paragraf::query
