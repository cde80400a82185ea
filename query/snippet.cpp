#include "query/snippet.hpp"

#include <algorithm>
#include <vector>

namespace paragraf::query {

namespace {

struct Match {
    std::size_t begin;
    std::size_t end;
};

// Index of the first match of the window with the most matches that fits in max_bytes.
std::size_t best_window(const std::vector<Match>& matches, std::size_t max_bytes) {
    std::size_t best = 0, best_count = 0;
    std::size_t last = 0;
    for (std::size_t first = 0; first < matches.size(); ++first) {
        if (last < first) last = first;
        while (last + 1 < matches.size() &&
               matches[last + 1].end - matches[first].begin <= max_bytes)
            ++last;
        if (last - first + 1 > best_count) {
            best_count = last - first + 1;
            best = first;
        }
    }
    return best;
}

// Length in tokens of the longest query phrase starting at tokens[i], or 0.
std::size_t phrase_at(const std::vector<core::Token>& tokens, std::size_t i,
                      const MatchTerms& terms) {
    std::size_t longest = 0;
    for (const std::vector<std::string>& phrase : terms.phrases) {
        if (phrase.size() <= longest || i + phrase.size() > tokens.size()) continue;
        std::size_t k = 0;
        while (k < phrase.size() && tokens[i + k].term == phrase[k]) ++k;
        if (k == phrase.size()) longest = k;
    }
    return longest;
}

// Byte ranges to mark, in order, not overlapping: whole phrases, and single words that match
// a query word by form or stem.
std::vector<Match> find_matches(const std::vector<core::Token>& tokens, const std::string& lang,
                                const MatchTerms& terms, const core::Analyzer& analyzer) {
    std::vector<Match> matches;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const core::Token& t = tokens[i];
        if (const std::size_t n = phrase_at(tokens, i, terms); n > 0) {
            matches.push_back({t.begin, tokens[i + n - 1].end});
            i += n - 1;
        } else if (terms.plain.count(t.term) ||
                   (!terms.stems.empty() && terms.stems.count(analyzer.stem(t.term, lang)))) {
            matches.push_back({t.begin, t.end});
        }
    }
    return matches;
}

}  // namespace

std::string make_snippet(const std::string& text, const std::string& lang, const MatchTerms& terms,
                         const core::Analyzer& analyzer, const SnippetOptions& options,
                         const std::vector<std::pair<std::size_t, std::size_t>>& extra) {
    const std::vector<core::Token> tokens = analyzer.tokenize(text);
    std::vector<Match> matches = find_matches(tokens, lang, terms, analyzer);
    if (!extra.empty()) {
        for (const auto& [begin, end] : extra)
            if (begin < end && end <= text.size()) matches.push_back({begin, end});
        std::sort(matches.begin(), matches.end(),
                  [](const Match& a, const Match& b) { return a.begin < b.begin; });
        // Keep the first of overlapping ranges.
        std::vector<Match> disjoint;
        for (const Match& m : matches)
            if (disjoint.empty() || m.begin >= disjoint.back().end) disjoint.push_back(m);
        matches = std::move(disjoint);
    }

    // Choose the byte range to show.
    std::size_t from = 0, to = text.size();
    if (text.size() > options.max_bytes) {
        std::size_t anchor = 0;
        if (!matches.empty()) {
            const std::size_t first = best_window(matches, options.max_bytes);
            // Show a little context before the first match.
            const std::size_t lead = options.max_bytes / 5;
            anchor = matches[first].begin > lead ? matches[first].begin - lead : 0;
        }
        // Snap to token boundaries so no word is cut in half.
        from = 0;
        if (anchor > 0) {
            for (const core::Token& t : tokens) {
                if (t.begin >= anchor) {
                    from = t.begin;
                    break;
                }
            }
        }
        to = std::min(text.size(), from + options.max_bytes);
        for (const core::Token& t : tokens) {
            if (t.begin < from) continue;
            if (t.end > from + options.max_bytes) break;
            to = t.end;
        }
    }

    std::string out;
    if (from > 0) out += "\u2026";
    std::size_t cursor = from;
    for (const Match& m : matches) {
        if (m.begin < from || m.end > to) continue;
        out.append(text, cursor, m.begin - cursor);
        out += options.mark_begin;
        out.append(text, m.begin, m.end - m.begin);
        out += options.mark_end;
        cursor = m.end;
    }
    out.append(text, cursor, to - cursor);
    if (to < text.size()) out += "\u2026";
    return out;
}

}  // namespace paragraf::query
