#include "query/cite.hpp"

#include <algorithm>
#include <cstdlib>
#include <regex>

#include "core/analyzer.hpp"
#include "core/citation.hpp"
#include "core/error.hpp"
#include "query/citation_targets.hpp"

namespace paragraf::query {

namespace {

// UN symbols: a series of slash-separated parts, the first in capitals ("E/C.12/KAZ/CO/2",
// "CCPR/C/KAZ/CO/2", "A/HRC/43/9", "CRC/C/KAZ/5-6").
const std::regex& symbol_pattern() {
    static const std::regex re("[A-Z]{1,6}(?:/[A-Za-z0-9.()\\-]+)+");
    return re;
}

std::string trim_punctuation(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';')) s.pop_back();
    return s;
}

// The pinpoint in what remains once the symbol is taken out. std::regex works on bytes, so
// Cyrillic words are spelled out whole.
std::optional<std::string> find_label(const std::string& rest) {
    static const std::regex footnote("(?:fn\\.?|footnote|сноска|сн\\.)\\s*([0-9]+)",
                                     std::regex::icase);
    static const std::regex article(
        "(?:art\\.?|article|статья|ст\\.)\\s*([0-9]+)((?:\\s*\\([0-9a-z]+\\))*)",
        std::regex::icase);
    static const std::regex kazakh_article("([0-9]+)\\s*-?\\s*(?:бап|бабы)");
    static const std::regex paragraph(
        "(?:paras?\\.?|paragraphs?|\xC2\xB6|(?:пп|п)\\.|пункт(?:ы|а|ов|ах)?)\\s*"
        "([0-9]+(?:\\.[0-9]+)*)((?:\\s*\\([a-z]+\\))*)",
        std::regex::icase);
    static const std::regex kazakh_paragraph("([0-9]+(?:\\.[0-9]+)*)\\s*-?\\s*тармақ");
    std::smatch m;
    auto subs = [](std::string s) {
        // " (a)(i)" -> " (a) (i)"
        std::string out;
        for (char c : s) {
            if (c == ' ') continue;
            if (c == '(')
                out += " (";
            else
                out += c;
        }
        return out;
    };
    if (std::regex_search(rest, m, footnote)) return "fn. " + m[1].str();
    if (std::regex_search(rest, m, article)) return "art. " + m[1].str() + subs(m[2].str());
    if (std::regex_search(rest, m, kazakh_article)) return "art. " + m[1].str();
    if (std::regex_search(rest, m, paragraph)) return m[1].str() + subs(m[2].str());
    if (std::regex_search(rest, m, kazakh_paragraph)) return m[1].str();
    return std::nullopt;
}

int leading_number(const std::string& label) {
    return std::atoi(label.c_str());
}

}  // namespace

PinpointCitation parse_pinpoint_citation(const std::string& text) {
    std::smatch m;
    if (!std::regex_search(text, m, symbol_pattern()))
        throw QueryError("no UN document symbol in \"" + text +
                         "\" (write it like E/C.12/KAZ/CO/2, para. 46)");
    PinpointCitation c;
    c.symbol = trim_punctuation(m.str());
    const std::string rest = m.prefix().str() + " " + m.suffix().str();
    const auto label = find_label(rest);
    if (!label)
        throw QueryError("no paragraph in \"" + text +
                         "\" (write it like E/C.12/KAZ/CO/2, para. 46 or ¶46 or п. 46)");
    c.label = *label;
    return c;
}

namespace {

CiteResult look_up(Searcher& searcher, PinpointCitation citation,
                   const std::vector<std::string>& langs);

}  // namespace

CiteResult cite(Searcher& searcher, const std::string& text,
                const std::vector<std::string>& langs) {
    return look_up(searcher, parse_pinpoint_citation(text), langs);
}

std::vector<CiteResult> cite_all(Searcher& searcher, const std::string& text,
                                 const std::vector<std::string>& langs) {
    std::vector<PinpointCitation> wanted;
    for (const core::CitationMatch& m : read_citations(text)) {
        if (m.target.kind != core::CitedKind::document) continue;
        for (const std::string& key : core::citation_keys(m.target)) {
            const KeyParts k = split_key(key);
            if (k.kind != "para") continue;
            std::string symbol = m.target.symbol;
            if (symbol.empty()) symbol = resolve_description(searcher, k.target);
            if (symbol.empty()) symbol = k.target;
            wanted.push_back({symbol, k.pinpoint});
        }
    }
    // Footnotes, articles and what the grammar does not take for a paragraph citation.
    if (wanted.empty()) wanted.push_back(parse_pinpoint_citation(text));
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
