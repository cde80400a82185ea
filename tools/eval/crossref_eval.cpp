// crossref_eval: measures `paragraf crossref` on a judged set (tests/fixtures/crossref/*.tsv).
// For each claim the judged set names the paragraphs that address it, or "silent". Reports the
// precision and recall of the top result per claim, the share of silent claims found silent,
// and the same for a sweep of coverage thresholds (to calibrate CrossrefRequest::min_coverage).
//
//   crossref_eval --db DB --judged FILE [--lang ru] [--sweep] [--verbose]
//   --lang: restrict the target set to one language version (cross-language runs)

#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "query/crossref.hpp"

using namespace paragraf;

namespace {

struct Judged {
    std::string source;
    std::string against;
    std::map<std::string, std::set<std::string>> expected;  // claim citation -> paragraphs
};

std::string field(const std::string& line, std::size_t n) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < n; ++i) {
        start = line.find('\t', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    return line.substr(start, line.find('\t', start) - start);
}

Judged read_judged(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot read the judged set", path);
    Judged j;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("# source: ", 0) == 0) j.source = line.substr(10);
        if (line.rfind("# against: ", 0) == 0) j.against = line.substr(11);
        if (line.empty() || line[0] == '#') continue;
        std::set<std::string>& targets = j.expected[field(line, 0)];
        const std::string answer = field(line, 1);
        if (answer == "silent") continue;
        std::size_t start = 0;
        while (start < answer.size()) {
            const std::size_t end = std::min(answer.find(" | ", start), answer.size());
            targets.insert(answer.substr(start, end - start));
            start = end + 3;
        }
    }
    return j;
}

struct Scores {
    std::size_t answered = 0, correct = 0, relevant = 0, silent = 0, silent_found = 0;
    std::size_t claims = 0, unjudged = 0;
    double precision() const { return answered ? double(correct) / double(answered) : 0; }
    double recall() const { return relevant ? double(correct) / double(relevant) : 0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    double silent_accuracy() const { return silent ? double(silent_found) / double(silent) : 0; }
};

Scores score(const Judged& judged, const query::CrossrefResult& result, bool verbose) {
    Scores s;
    for (const query::ClaimResult& c : result.claims) {
        const auto it = judged.expected.find(c.claim.citation);
        if (it == judged.expected.end()) {
            ++s.unjudged;
            if (verbose) std::cout << "  (not judged) " << c.claim.citation << "\n";
            continue;
        }
        ++s.claims;
        const std::set<std::string>& want = it->second;
        const bool relevant = !want.empty();
        s.relevant += relevant ? 1 : 0;
        s.silent += relevant ? 0 : 1;
        // The first match that addresses the claim (with keep_weak, weak ones come before it).
        std::string top;
        for (const query::CrossrefMatch& m : c.matches)
            if (m.addresses && top.empty()) top = m.hit.citation;
        const bool ok = relevant ? want.count(top) > 0 : !c.addressed;
        if (c.addressed) ++s.answered;
        if (c.addressed && want.count(top)) ++s.correct;
        if (!relevant && !c.addressed) ++s.silent_found;
        if (verbose) {
            std::cout << (ok ? "  ok   " : "  MISS ") << c.claim.citation << "\n         judged: ";
            if (!relevant) std::cout << "silent";
            for (const std::string& w : want) std::cout << w << "; ";
            std::cout << "\n         found:  " << (c.addressed ? top : "silent") << "\n";
            for (const query::CrossrefMatch& m : c.matches) {
                std::cout << "           " << (m.addresses ? "+ " : "  ") << m.hit.citation
                          << std::fixed << std::setprecision(3) << "  coverage " << m.coverage;
                if (m.cited > 0) std::cout << "  cited " << m.cited;
                std::cout << "\n             words:";
                for (const std::string& w : m.matched_terms) std::cout << " " << w;
                std::cout << "\n             concepts:";
                for (const std::string& w : m.concepts) std::cout << " " << w;
                std::cout << "\n";
            }
        }
    }
    return s;
}

void print(const Scores& s, double threshold) {
    std::cout << std::fixed << std::setprecision(2) << "threshold " << threshold << ": precision "
              << s.precision() << " (" << s.correct << "/" << s.answered << "), recall "
              << s.recall() << " (" << s.correct << "/" << s.relevant << "), F1 " << s.f1()
              << ", silent found " << s.silent_accuracy() << " (" << s.silent_found << "/"
              << s.silent << ")\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::string db, judged_path, lang;
    bool sweep = false, verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (arg == "--judged" && i + 1 < argc)
            judged_path = argv[++i];
        else if (arg == "--lang" && i + 1 < argc)
            lang = argv[++i];
        else if (arg == "--sweep")
            sweep = true;
        else if (arg == "--verbose")
            verbose = true;
        else {
            std::cerr << "usage: crossref_eval --db DB --judged FILE [--lang L] [--sweep] "
                         "[--verbose]\n";
            return 2;
        }
    }
    if (db.empty() || judged_path.empty()) {
        std::cerr << "crossref_eval: --db and --judged are required\n";
        return 2;
    }
    try {
        const Judged judged = read_judged(judged_path);
        query::Searcher searcher({db});
        const std::optional<core::Document> source =
            query::indexed_document(searcher, judged.source);
        if (!source) throw Error("the judged source is not in the index: " + judged.source);
        query::CrossrefRequest request;
        request.against = query::parse_against(judged.against);
        if (!lang.empty()) request.against.add("lang", lang);
        request.limit = 1;
        const double chosen = request.min_coverage;

        // Ranking alone: is the best-ranked paragraph a right one, whatever its coverage?
        request.keep_weak = true;
        std::size_t ranked_ok = 0, relevant = 0;
        for (const query::ClaimResult& c :
             query::crossref(searcher, *source, request, judged.against).claims) {
            const auto it = judged.expected.find(c.claim.citation);
            if (it == judged.expected.end() || it->second.empty()) continue;
            ++relevant;
            if (!c.matches.empty() && it->second.count(c.matches.front().hit.citation)) ++ranked_ok;
        }
        request.keep_weak = false;

        std::cout << "crossref on " << judged.source << " against " << judged.against
                  << (lang.empty() ? "" : " (lang " + lang + ")") << "\n";
        if (sweep) {
            for (int step = 0; step <= 60; step += 2) {
                request.min_coverage = step / 100.0;
                print(score(judged, query::crossref(searcher, *source, request, judged.against),
                            false),
                      request.min_coverage);
            }
            std::cout << "\n";
        }
        request.min_coverage = chosen;
        if (verbose) {
            // The three best candidates of each claim, weak ones too, to see why it ranks first.
            request.keep_weak = true;
            request.limit = 3;
            score(judged, query::crossref(searcher, *source, request, judged.against), true);
            request.keep_weak = false;
            request.limit = 1;
        }
        const Scores s =
            score(judged, query::crossref(searcher, *source, request, judged.against), false);
        std::cout << s.claims << " judged claims (" << s.relevant << " addressed, " << s.silent
                  << " silent), " << s.unjudged << " claims not judged\n";
        std::cout << "ranking only: top paragraph right for " << ranked_ok << "/" << relevant
                  << " addressed claims\n";
        std::cout << "at the default ";
        print(s, chosen);
    } catch (const std::exception& e) {
        std::cerr << "crossref_eval: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
