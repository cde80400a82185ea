// crossref_eval: measures `paragraf crossref` on a judged set (tests/fixtures/crossref/*.tsv).
// For each claim the judged set names the paragraphs that address it, or "silent". Reports the
// precision and recall of the top result per claim, the share of silent claims found silent,
// and the same for a sweep of coverage thresholds (to calibrate CrossrefRequest::min_coverage).
//
//   crossref_eval --db DB --judged FILE [--lang ru] [--sweep] [--cross-validate] [--verbose]
//   --cross-validate: tune the concept weight and the threshold on all claims (in-sample), and
//   measure them leave-one-out and 2-fold (each claim scored at the setting tuned without it)
//   --lang: restrict the target set to one language version (cross-language runs)
//   --min-precision P, --min-recall R, --min-silent S: exit 1 when the figures at the default
//   threshold fall below these floors (the CTest quality check, tests/eval/)
//   A judged set may say "# scope: recommendations" (follow-up: the recommendations are claims).

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
    query::ClaimScope scope = query::ClaimScope::all;  // "# scope: recommendations" (follow-up)
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
        if (line == "# scope: recommendations") j.scope = query::ClaimScope::recommendations;
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

// One judged claim's outcome at one setting.
struct Outcome {
    bool relevant = false;  // judged addressed
    bool answered = false;  // found addressed
    bool correct = false;   // found addressed, and the top match is a right one
};

std::vector<Outcome> outcomes(const Judged& judged, const query::CrossrefResult& result) {
    std::vector<Outcome> out;
    for (const query::ClaimResult& c : result.claims) {
        const auto it = judged.expected.find(c.claim.citation);
        if (it == judged.expected.end()) continue;
        Outcome o;
        o.relevant = !it->second.empty();
        o.answered = c.addressed;
        for (const query::CrossrefMatch& m : c.matches)
            if (m.addresses) {
                o.correct = it->second.count(m.hit.citation) > 0;
                break;
            }
        out.push_back(o);
    }
    return out;
}

// Scores of the claims `use` selects.
Scores tally(const std::vector<Outcome>& claims, const std::vector<bool>& use) {
    Scores s;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!use[i]) continue;
        const Outcome& o = claims[i];
        ++s.claims;
        s.relevant += o.relevant ? 1 : 0;
        s.silent += o.relevant ? 0 : 1;
        s.answered += o.answered ? 1 : 0;
        s.correct += o.correct ? 1 : 0;
        s.silent_found += !o.relevant && !o.answered ? 1 : 0;
    }
    return s;
}

// Better on F1, then on silent claims found; ties keep the first (the smaller setting).
bool better(const Scores& a, const Scores& b) {
    if (a.f1() != b.f1()) return a.f1() > b.f1();
    return a.silent_accuracy() > b.silent_accuracy();
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
    bool sweep = false, verbose = false, cross_validate = false;
    double min_precision = 0, min_recall = 0, min_silent = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (arg == "--judged" && i + 1 < argc)
            judged_path = argv[++i];
        else if (arg == "--lang" && i + 1 < argc)
            lang = argv[++i];
        else if (arg == "--min-precision" && i + 1 < argc)
            min_precision = std::stod(argv[++i]);
        else if (arg == "--min-recall" && i + 1 < argc)
            min_recall = std::stod(argv[++i]);
        else if (arg == "--min-silent" && i + 1 < argc)
            min_silent = std::stod(argv[++i]);
        else if (arg == "--sweep")
            sweep = true;
        else if (arg == "--verbose")
            verbose = true;
        else if (arg == "--cross-validate")
            cross_validate = true;
        else {
            std::cerr << "usage: crossref_eval --db DB --judged FILE [--lang L] [--sweep] "
                         "[--cross-validate] [--verbose] [--min-precision P] [--min-recall R] "
                         "[--min-silent S]\n";
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
        request.scope = judged.scope;
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
        if (cross_validate) {
            // Every setting of the two tuned parameters (concept weight, threshold), each claim's
            // outcome; then each claim judged at the setting that is best on the others
            // (leave-one-out), and each half at the setting best on the other half (2-fold).
            struct Setting {
                double concept_weight, threshold;
                std::vector<Outcome> claims;
            };
            std::vector<Setting> grid;
            const double default_weight = request.concept_weight;
            for (const double k : {1.0, 2.0, 4.0, 6.0})
                for (int step = 0; step <= 60; step += 2) {
                    request.concept_weight = k;
                    request.min_coverage = step / 100.0;
                    grid.push_back({k, request.min_coverage,
                                    outcomes(judged, query::crossref(searcher, *source, request,
                                                                     judged.against))});
                }
            const std::size_t n = grid.front().claims.size();
            const std::vector<bool> all(n, true);
            // Tuned: the threshold alone at the default concept weight, or both.
            for (const bool both : {false, true}) {
                auto best_on = [&](const std::vector<bool>& use) {
                    std::size_t best = grid.size();
                    for (std::size_t g = 0; g < grid.size(); ++g) {
                        if (!both && grid[g].concept_weight != default_weight) continue;
                        if (best == grid.size() ||
                            better(tally(grid[g].claims, use), tally(grid[best].claims, use)))
                            best = g;
                    }
                    return best;
                };
                std::cout << (both ? "tuning the concept weight and the threshold:\n"
                                   : "tuning the threshold (concept weight " +
                                         std::to_string(default_weight) + "):\n");
                const std::size_t in_sample = best_on(all);
                std::cout << "  in-sample best (concept weight " << grid[in_sample].concept_weight
                          << ") ";
                print(tally(grid[in_sample].claims, all), grid[in_sample].threshold);
                std::vector<Outcome> loo(n), folds(n);
                std::map<std::pair<double, double>, std::size_t> picked;
                for (std::size_t i = 0; i < n; ++i) {
                    std::vector<bool> others(n, true);
                    others[i] = false;
                    const std::size_t g = best_on(others);
                    ++picked[{grid[g].concept_weight, grid[g].threshold}];
                    loo[i] = grid[g].claims[i];
                }
                std::cout << "  leave-one-out picks (concept weight, threshold):";
                for (const auto& [setting, count] : picked)
                    std::cout << " (" << setting.first << ", " << setting.second << ") x" << count;
                std::cout << "\n  leave-one-out: ";
                print(tally(loo, all), grid[in_sample].threshold);
                for (std::size_t fold = 0; fold < 2; ++fold) {
                    std::vector<bool> train(n);
                    for (std::size_t i = 0; i < n; ++i) train[i] = i % 2 != fold;
                    const std::size_t g = best_on(train);
                    std::cout << "  fold " << fold << " (every other claim) tuned on the rest: ("
                              << grid[g].concept_weight << ", " << grid[g].threshold << ")\n";
                    for (std::size_t i = 0; i < n; ++i)
                        if (!train[i]) folds[i] = grid[g].claims[i];
                }
                std::cout << "  2-fold: ";
                print(tally(folds, all), grid[in_sample].threshold);
            }
            std::cout << "\n";
            request.concept_weight = query::CrossrefRequest{}.concept_weight;
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
        if (s.precision() < min_precision || s.recall() < min_recall ||
            s.silent_accuracy() < min_silent) {
            std::cerr << "crossref_eval: below the floors (precision " << min_precision
                      << ", recall " << min_recall << ", silent found " << min_silent << ")\n";
            return 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "crossref_eval: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
