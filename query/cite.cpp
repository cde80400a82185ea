#include "query/cite.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/analyzer.hpp"
#include "core/citation.hpp"
#include "core/error.hpp"
#include "query/citation_targets.hpp"

namespace paragraf::query {

namespace {

int leading_number(const std::string& label) {
    return std::atoi(label.c_str());
}

// Only separators between a document and the article after it ("A/RES/217(III), art. 25").
bool only_separators(const std::string& text, std::size_t from, std::size_t to) {
    if (from > to || to > text.size() || to - from > 3) return false;
    for (std::size_t i = from; i < to; ++i)
        if (text[i] != ' ' && text[i] != ',') return false;
    return true;
}

CiteResult look_up(Searcher& searcher, PinpointCitation citation,
                   const std::vector<std::string>& langs);

}  // namespace

std::vector<PinpointCitation> pinpoint_citations(Searcher& searcher, const std::string& text) {
    std::vector<PinpointCitation> wanted;
    bool any_document = false;
    const std::vector<core::CitationMatch> matches = read_citations(text);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const core::CitationMatch& m = matches[i];
        if (m.target.kind != core::CitedKind::document) continue;
        any_document = true;
        if (m.target.pinpoints.empty() && !m.target.symbol.empty() && i + 1 < matches.size()) {
            // "A/RES/217(III), art. 25 (1)": an article of the document itself, labelled so by
            // the readers; the grammar reads an article of an instrument it cannot tell.
            const core::CitationMatch& next = matches[i + 1];
            if (next.target.kind == core::CitedKind::article && next.target.instrument.empty() &&
                only_separators(text, m.end, next.begin))
                for (const std::string& article : next.target.pinpoints)
                    wanted.push_back({m.target.symbol, "art. " + article});
        }
        for (const std::string& key : core::citation_keys(m.target)) {
            const KeyParts k = split_key(key);
            if (k.kind != "para") continue;
            std::string symbol = m.target.symbol;
            if (symbol.empty()) symbol = resolve_description(searcher, k.target);
            if (symbol.empty()) symbol = k.target;
            wanted.push_back({symbol, k.pinpoint});
        }
    }
    if (!any_document)
        throw QueryError("no UN document symbol in \"" + text +
                         "\" (write it like E/C.12/KAZ/CO/2, para. 46)");
    if (wanted.empty())
        throw QueryError("no paragraph in \"" + text +
                         "\" (write it like E/C.12/KAZ/CO/2, para. 46 or ¶46 or п. 46)");
    return wanted;
}

std::vector<CiteResult> cite_all(Searcher& searcher, const std::string& text,
                                 const std::vector<std::string>& langs) {
    std::vector<PinpointCitation> wanted = pinpoint_citations(searcher, text);
    std::vector<CiteResult> results;
    for (PinpointCitation& c : wanted) results.push_back(look_up(searcher, std::move(c), langs));
    return results;
}

namespace {

CiteResult look_up(Searcher& searcher, PinpointCitation citation,
                   const std::vector<std::string>& langs) {
    CiteResult result;
    result.citation = std::move(citation);
    std::vector<core::StoredUnit> all =
        searcher.units_of(result.citation.symbol, result.citation.label);
    const bool every = std::find(langs.begin(), langs.end(), "all") != langs.end();
    if (every) {
        result.versions = std::move(all);
    } else if (langs.empty()) {
        auto english = std::find_if(all.begin(), all.end(),
                                    [](const core::StoredUnit& u) { return u.doc.lang == "en"; });
        if (english != all.end())
            result.versions.push_back(*english);
        else if (!all.empty())
            result.versions.push_back(all.front());
    } else {
        for (const std::string& lang : langs)
            for (const core::StoredUnit& u : all)
                if (u.doc.lang == lang) result.versions.push_back(u);
    }
    if (!result.versions.empty() || !all.empty()) {
        result.symbol_known = true;
        return result;
    }

    // Not there: say what is nearest in the same document.
    const std::vector<core::StoredUnit> units = searcher.units_of(result.citation.symbol);
    result.symbol_known = !units.empty();
    const int wanted = leading_number(result.citation.label);
    std::vector<std::pair<int, std::string>> by_distance;
    for (const core::StoredUnit& u : units) {
        if (u.doc.lang != units.front().doc.lang) continue;
        const std::string cited = core::citation(u.doc, u.unit);
        if (std::any_of(by_distance.begin(), by_distance.end(),
                        [&](const auto& p) { return p.second == cited; }))
            continue;
        by_distance.emplace_back(std::abs(leading_number(u.unit.label) - wanted), cited);
    }
    std::stable_sort(by_distance.begin(), by_distance.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < by_distance.size() && i < 3; ++i)
        result.nearest.push_back(by_distance[i].second);
    return result;
}

}  // namespace

}  // namespace paragraf::query
