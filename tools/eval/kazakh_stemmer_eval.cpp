// Measures the Kazakh stemmer (core/kazakh_stemmer) on inflected forms generated from a
// dictionary and shows it at work on real text. Run through tools/eval-kazakh-stemmer, which
// makes the data; see docs/kazakh-stemmer.md for the figures and what they mean.
//
//   kazakh_stemmer_eval --pairs PAIRS [--lemmas LEMMAS] [--all-lemmas ENTRIES] [--text FILE]...
//                       [--hunspell PREFIX] [--examples N]
//                       [--dump-collisions FILE] [--dump-failures FILE]
//   kazakh_stemmer_eval --list-lemmas CANDIDATES --entries ENTRIES
//
// PAIRS: "lemma<TAB>form[<TAB>class]" lines, one inflected form of a dictionary word each.
// LEMMAS: one dictionary lemma a line (optionally "word/FLAGS"); collisions are counted over
// them, since a sample of a few thousand words would hide most of them. ENTRIES: every entry of
// the dictionary, inflected ones too (they tell homographs from collisions).
// --hunspell PREFIX (PREFIX.aff/.dic): also measures a dictionary-backed variant through
// libhunspell, loaded at run time so that the build does not depend on it.
// --list-lemmas: prints the CANDIDATES that are lemmas, not stacked forms of other ENTRIES
// (see LemmaFilter); the script samples from them.

#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/analyzer.hpp"
#include "core/kazakh_stemmer.hpp"

namespace {

using paragraf::core::normalize;
using paragraf::core::stem_kazakh;

struct Pair {
    std::string lemma;
    std::string form;
    std::string klass;
};

struct Options {
    std::string pairs;
    std::string lemmas;
    std::string all_lemmas;
    std::string list_lemmas;  // mode: print the lemmas among these candidates
    std::string entries;
    std::vector<std::string> texts;
    std::string hunspell;
    std::string dump_collisions;  // every group of lemmas sharing a key, for inspection
    std::string dump_failures;    // every form that misses its lemma's key
    std::size_t examples = 25;
};

[[noreturn]] void usage(const char* why) {
    std::cerr << "kazakh_stemmer_eval: " << why
              << "\nusage: kazakh_stemmer_eval --pairs PAIRS [--lemmas LEMMAS] [--all-lemmas "
                 "ENTRIES] [--text FILE]... [--hunspell PREFIX] [--examples N]\n"
                 "                           [--dump-collisions FILE] [--dump-failures FILE]\n"
                 "       kazakh_stemmer_eval --list-lemmas CANDIDATES --entries ENTRIES\n";
    std::exit(2);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(("missing value for " + a).c_str());
            return argv[++i];
        };
        if (a == "--pairs")
            o.pairs = value();
        else if (a == "--lemmas")
            o.lemmas = value();
        else if (a == "--all-lemmas")
            o.all_lemmas = value();
        else if (a == "--list-lemmas")
            o.list_lemmas = value();
        else if (a == "--entries")
            o.entries = value();
        else if (a == "--text")
            o.texts.push_back(value());
        else if (a == "--hunspell")
            o.hunspell = value();
        else if (a == "--examples")
            o.examples = std::stoul(value());
        else if (a == "--dump-collisions")
            o.dump_collisions = value();
        else if (a == "--dump-failures")
            o.dump_failures = value();
        else
            usage(("unknown argument " + a).c_str());
    }
    if (!o.list_lemmas.empty()) {
        if (o.entries.empty()) usage("--list-lemmas needs --entries");
    } else if (o.pairs.empty()) {
        usage("--pairs is required");
    }
    return o;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

std::string chomp(std::string s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.pop_back();
    if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);  // byte order mark
    return s;
}

std::vector<Pair> read_pairs(const std::string& path) {
    std::ifstream in(path);
    if (!in) usage(("cannot read " + path).c_str());
    std::vector<Pair> pairs;
    std::set<std::pair<std::string, std::string>> seen;
    std::string line;
    while (std::getline(in, line)) {
        const auto f = split_tabs(chomp(line));
        if (f.size() < 2 || f[0].empty() || f[1].empty()) continue;
        Pair p{normalize(f[0]), normalize(f[1]), f.size() > 2 ? f[2] : "-"};
        if (seen.emplace(p.lemma, p.form).second) pairs.push_back(std::move(p));
    }
    return pairs;
}

std::vector<std::string> read_lemmas(const std::string& path) {
    std::ifstream in(path);
    if (!in) usage(("cannot read " + path).c_str());
    std::set<std::string> lemmas;
    std::string line;
    while (std::getline(in, line)) {
        line = chomp(line);
        const std::size_t slash = line.find('/');
        if (slash != std::string::npos) line.resize(slash);
        if (line.empty() || std::isdigit(static_cast<unsigned char>(line[0]))) continue;
        lemmas.insert(normalize(line));
    }
    return {lemmas.begin(), lemmas.end()};
}

double percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

// The part of `form` after what it shares with `lemma`: the ending that failed.
std::string ending(const std::string& lemma, const std::string& form) {
    std::size_t i = 0;
    while (i < lemma.size() && i < form.size() && lemma[i] == form[i]) ++i;
    while (i > 0 && (static_cast<unsigned char>(form[i]) & 0xC0) == 0x80) --i;  // UTF-8 start
    return "-" + form.substr(i);
}

// ---------------------------------------------------------------------------------------------
// Which dictionary entries are lemmas

// hunspell-kk lists thousands of inflected words as entries of their own (кодексінде,
// мұқтаждарын, сақталуы, белгіленген, жаз beside жазу), each with the full set of noun flags.
// Their "forms" are nonsense (сақталуылардың) and joining them to their base word is the
// stemmer's job, not a collision. Its own single-suffix rules find some of them (the script
// drops those); this finds the rest: an entry that is another entry plus a chain of endings
// (plural, possessive, case; or a verb ending) is a form, and so is a verb's bare root (жаз,
// the imperative of жазу).
//
// Some entries are words of their own and at the same time a regular form of another entry:
// зиянды is "harmful" and the accusative of зиян, ақы "fee" and the possessive of ақ, мекеме
// "institution" and "to my меке". They stay lemmas, but a stemmer that joins the forms of
// зиян must give зиянды the key of зиян: homograph() tells such pairs, reported apart.
class LemmaFilter {
  public:
    explicit LemmaFilter(const std::vector<std::string>& entries)
        : entries_(entries.begin(), entries.end()) {
        const std::vector<std::string> plural{"", "лар", "лер", "дар", "дер", "тар", "тер"};
        const std::vector<std::string> poss{"",     "ы",   "і",   "сы",   "сі",   "ымыз",
                                            "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз",
                                            "ңіз",  "ың",  "ің",  "ң",    "ым",   "ім"};
        const std::vector<std::string> cases{
            "",     "ның", "нің", "дың", "дің",   "тың",  "тің",  "ға",   "ге",   "қа",    "ке",
            "на",   "не",  "ны",  "ні",  "ды",    "ді",   "ты",   "ті",   "н",    "да",    "де",
            "та",   "те",  "нда", "нде", "дан",   "ден",  "тан",  "тен",  "нан",  "нен",   "ндан",
            "нден", "мен", "бен", "пен", "менен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"};
        for (const auto& a : plural)
            for (const auto& b : poss)
                for (const auto& c : cases) {
                    const std::string chain = a + b + c;
                    if (chain.empty()) continue;
                    if (c == "н" || c == "на" || c == "не" || c == "нда" || c == "нде" ||
                        c == "ндан" || c == "нден" || c == "ндағы" || c == "ндегі") {
                        if (b.empty()) continue;  // pronominal case only after a possessive
                    }
                    noun_chains_.insert(chain);
                }
        const std::vector<std::string> negation{"", "ма", "ме", "ба", "бе", "па", "пе"};
        const std::vector<std::string> tense{
            "ады", "еді", "йды", "йді", "иды",  "иді",  "ды",   "ді",   "ты",  "ті",
            "ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "ып",  "іп",
            "п",   "са",  "се",  "у",   "амын", "емін", "ймын", "ймін", "сын", "сін"};
        for (const auto& n : negation)
            for (const auto& t : tense) verb_chains_.insert(n + t);
        for (const char* v : {"ады", "еді", "йды", "йді", "иды", "иді", "ған", "ген", "қан", "кен",
                              "атын", "етін", "йтын", "йтін", "ып", "іп", "амын", "емін", "у"})
            distinctly_verbal_.insert(v);
        // Some endings alone may as well end a word of their own (тұлға is not тұл+ға, ақы not
        // ақ+ы, заңды "legal" not only заң+ды), so they do not make an entry a form.
        for (const char* h : {"ы",  "і",   "сы",  "сі", "ым", "ім", "м",  "ың", "ің", "ң",  "ма",
                              "ме", "ыма", "іме", "ға", "ге", "қа", "ке", "на", "не", "да", "де",
                              "та", "те",  "ны",  "ні", "ды", "ді", "ты", "ті", "н"})
            single_.insert(h);
    }

    // An inflected entry: a form of another entry, not a lemma.
    bool is_form(const std::string& e) const {
        if (entries_.count(e + "у")) return true;  // a verb's root
        // ... or one in -ы/-і, which the infinitive drops (батырсы-: батырсу)
        if (e.size() > 4 && (ends_with(e, "ы") || ends_with(e, "і")) &&
            entries_.count(e.substr(0, e.size() - 2) + "у"))
            return true;
        for (std::size_t k = 1; k < e.size(); ++k) {
            if (!starts_letter(e, k)) continue;
            const std::string base = e.substr(0, k);
            const std::string chain = e.substr(k);
            if (noun_chains_.count(chain) && noun_base(base) &&
                (!single_.count(chain) || long_base(base, chain)))
                return true;
            // verb forms: a verb's root (its infinitive less -у, or the root as an entry of its
            // own before an unmistakably verbal ending) plus a verb ending, then noun endings
            const bool infinitive = entries_.count(base + "у") && base + "у" != e;
            if (!infinitive && !entries_.count(base)) continue;
            for (std::size_t j = k + 1; j <= e.size(); ++j) {
                if (j < e.size() && !starts_letter(e, j)) continue;
                const std::string verbal = e.substr(k, j - k);
                const std::string rest = e.substr(j);
                if (!verb_chains_.count(verbal)) continue;
                if (!infinitive && !distinctly_verbal_.count(verbal)) continue;
                if (!infinitive && verbal == "у" && rest.empty()) continue;  // the infinitive
                if (!rest.empty() && !noun_chains_.count(rest)) continue;
                if (rest.empty() && single_.count(verbal)) continue;
                return true;
            }
        }
        return false;
    }

    // Whether lemma `a` is, letter for letter, a regular form of lemma `b` (or the reverse) of
    // a kind no stemmer can tell from a word of its own: an adjective in -ды/-ті, which is the
    // accusative too (зиянды), or a stacked or verb form the filter let through.
    bool homograph(const std::string& a, const std::string& b) const {
        const std::string& shorter = a.size() < b.size() ? a : b;
        const std::string& longer = a.size() < b.size() ? b : a;
        auto explains = [&](const std::string& chain) {
            return chain == "ды" || chain == "ді" || chain == "ты" || chain == "ті" ||
                   (noun_chains_.count(chain) && !single_.count(chain)) ||
                   distinctly_verbal_.count(chain);
        };
        if (longer.compare(0, shorter.size(), shorter) == 0 &&
            explains(longer.substr(shorter.size())))
            return true;
        // spellings of one word: себеб beside себеп
        if (a.size() == b.size() && devoiced(a) == devoiced(b)) return true;
        // two forms of a word the dictionary does not list: импортта, импорты
        for (std::size_t k = 4; k < shorter.size(); ++k) {
            if (!starts_letter(shorter, k) || longer.compare(0, k, shorter, 0, k) != 0) continue;
            const std::string x = shorter.substr(k);
            const std::string y = longer.substr(k);
            auto ending = [&](const std::string& e) {
                return noun_chains_.count(e) || single_.count(e);
            };
            if (ending(x) && ending(y)) return true;
        }
        // the base's final қ/к/п voiced before the ending: қылығы beside қылық
        for (std::size_t k = 1; k < longer.size(); ++k) {
            if (!starts_letter(longer, k)) continue;
            if (devoiced(longer.substr(0, k)) == shorter && explains(longer.substr(k))) return true;
        }
        return false;
    }

  private:
    static bool ends_with(const std::string& s, const std::string& end) {
        return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
    }
    // A long word with one case or 3rd person possessive ending (тұлғасы, сақталуы, жемтікте,
    // денсаулыққа) is a form; a short one may be a word of its own (ақы, тұлға, оқиға).
    static bool long_base(const std::string& base, const std::string& chain) {
        if (chain == "ы" || chain == "і" || chain == "сы" || chain == "сі")
            return base.size() >= 8;  // four Cyrillic letters
        if (chain == "ым" || chain == "ім" || chain == "м" || chain == "ың" || chain == "ің" ||
            chain == "ң" || chain == "н")
            return false;
        return base.size() >= 10;
    }
    static bool starts_letter(const std::string& s, std::size_t i) {
        return (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    }
    static std::string devoiced(const std::string& base) {
        static const std::pair<std::string, std::string> voicing[] = {
            {"ғ", "қ"}, {"г", "к"}, {"б", "п"}};
        for (const auto& [voiced, plain] : voicing)
            if (base.size() > voiced.size() &&
                base.compare(base.size() - voiced.size(), voiced.size(), voiced) == 0)
                return base.substr(0, base.size() - voiced.size()) + plain;
        return base;
    }
    // құқығы: the base's final қ/к/п is voiced before a vowel
    bool noun_base(const std::string& base) const {
        return entries_.count(base) || entries_.count(devoiced(base));
    }

    std::unordered_set<std::string> entries_;
    std::unordered_set<std::string> noun_chains_;
    std::unordered_set<std::string> verb_chains_;
    std::unordered_set<std::string> single_;  // one ending alone
    std::unordered_set<std::string> distinctly_verbal_;
};

// ---------------------------------------------------------------------------------------------
// (1) forms that meet their lemma

struct RecallResult {
    std::size_t total = 0;
    std::size_t hits = 0;
};

RecallResult measure_recall(const std::vector<Pair>& pairs,
                            const std::function<std::string(const std::string&)>& key,
                            std::size_t examples, bool verbose, const std::string& dump = {}) {
    RecallResult all;
    std::map<std::string, RecallResult> by_class;
    std::map<std::string, std::pair<std::size_t, std::string>> failed_endings;
    std::vector<const Pair*> failures;
    for (const Pair& p : pairs) {
        if (p.form == p.lemma) continue;
        const bool hit = key(p.form) == key(p.lemma);
        ++all.total;
        ++by_class[p.klass].total;
        if (hit) {
            ++all.hits;
            ++by_class[p.klass].hits;
            continue;
        }
        failures.push_back(&p);
        auto& e = failed_endings[p.klass + " " + ending(p.lemma, p.form)];
        if (e.first++ == 0) e.second = p.lemma + " -> " + p.form;
    }
    if (!dump.empty()) {
        std::ofstream out(dump);
        for (const Pair* p : failures)
            out << p->klass << '\t' << p->lemma << '\t' << key(p->lemma) << '\t' << p->form << '\t'
                << key(p->form) << '\n';
    }
    std::printf("  forms meeting their lemma: %zu / %zu = %.2f%%  (goal >= 90%%)\n", all.hits,
                all.total, percent(all.hits, all.total));
    for (const auto& [klass, r] : by_class)
        std::printf("    %-6s %zu / %zu = %.2f%%\n", klass.c_str(), r.hits, r.total,
                    percent(r.hits, r.total));
    if (!verbose) return all;
    std::vector<std::pair<std::size_t, std::string>> top;
    for (const auto& [e, v] : failed_endings) top.emplace_back(v.first, e + "   e.g. " + v.second);
    std::sort(top.rbegin(), top.rend());
    std::printf("  most frequent failing endings (class, ending after the lemma's letters):\n");
    for (std::size_t i = 0; i < top.size() && i < examples; ++i)
        std::printf("    %6zu  %s\n", top[i].first, top[i].second.c_str());
    std::mt19937 rng(7);
    std::shuffle(failures.begin(), failures.end(), rng);
    std::printf("  random failures (lemma -> key | form -> key):\n");
    for (std::size_t i = 0; i < failures.size() && i < examples; ++i) {
        const Pair& p = *failures[i];
        std::printf("    %s -> %s | %s -> %s\n", p.lemma.c_str(), key(p.lemma).c_str(),
                    p.form.c_str(), key(p.form).c_str());
    }
    return all;
}

// ---------------------------------------------------------------------------------------------
// (2) distinct lemmas that share a key

void measure_collisions(const std::vector<std::string>& lemmas,
                        const std::function<std::string(const std::string&)>& key,
                        std::size_t examples, const char* what, bool verbose,
                        const LemmaFilter* filter = nullptr, const std::string& dump = {}) {
    std::unordered_map<std::string, std::vector<const std::string*>> groups;
    for (const std::string& l : lemmas) groups[key(l)].push_back(&l);
    std::size_t colliding = 0;
    std::size_t unexplained = 0;
    std::vector<std::vector<const std::string*>> shared;
    std::vector<std::vector<const std::string*>> bad;
    std::ofstream out;
    if (!dump.empty()) out.open(dump);
    for (const auto& [k, g] : groups) {
        if (g.size() < 2) continue;
        colliding += g.size();
        shared.push_back(g);
        // key, size, "homographs" or "collision", members
        auto dump_group = [&](const char* verdict) {
            if (!out) return;
            out << k << '\t' << g.size() << '\t' << verdict;
            for (const std::string* l : g) out << '\t' << *l;
            out << '\n';
        };
        if (filter == nullptr) {
            dump_group("collision");
            continue;
        }
        // Explained when one member is the base the others are regular forms of.
        std::size_t best = 0;
        std::size_t best_count = 0;
        for (std::size_t i = 0; i < g.size(); ++i) {
            std::size_t n = 0;
            for (std::size_t j = 0; j < g.size(); ++j)
                if (i != j && filter->homograph(*g[i], *g[j])) ++n;
            if (n > best_count) {
                best = i;
                best_count = n;
            }
        }
        if (best_count + 1 == g.size()) {
            dump_group("homographs");
            continue;
        }
        dump_group("collision");
        std::size_t bad_members = 0;
        for (std::size_t j = 0; j < g.size(); ++j)
            if (j != best && !filter->homograph(*g[best], *g[j])) ++bad_members;
        unexplained += bad_members + 1;  // and the base they collide with
        bad.push_back(g);
    }
    std::printf("  %s: %zu distinct, %zu keys; sharing a key with another: %zu = %.2f%%\n", what,
                lemmas.size(), groups.size(), colliding, percent(colliding, lemmas.size()));
    if (filter != nullptr)
        std::printf(
            "    ... not counting homographs (зиянды 'harmful' = зиян+ды, the accusative "
            "of зиян 'harm'): %zu = %.2f%%\n",
            unexplained, percent(unexplained, lemmas.size()));
    if (!verbose) return;
    auto show = [&](std::vector<std::vector<const std::string*>>& list, const char* title) {
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return *a[0] < *b[0]; });
        std::mt19937 rng(11);
        std::shuffle(list.begin(), list.end(), rng);
        std::printf("  %s:\n", title);
        for (std::size_t i = 0; i < list.size() && i < examples; ++i) {
            std::string line;
            for (const std::string* l : list[i]) line += " " + *l;
            std::printf("    %s ->%s\n", key(*list[i][0]).c_str(), line.c_str());
        }
    };
    if (filter != nullptr)
        show(bad, "random groups sharing a key, not homographs");
    else
        show(shared, "random groups of lemmas sharing a key");
}

// ---------------------------------------------------------------------------------------------
// Throughput

void measure_speed(const std::vector<Pair>& pairs) {
    std::vector<std::string> words;
    for (const Pair& p : pairs) words.push_back(p.form);
    if (words.empty()) return;
    auto run = [&](auto&& stem) {
        std::size_t n = 0;
        std::size_t sink = 0;
        const auto start = std::chrono::steady_clock::now();
        double seconds = 0;
        do {
            for (const std::string& w : words) sink += stem(w).size();
            n += words.size();
            seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        } while (seconds < 1.0);
        if (sink == 0) std::printf("(nothing stemmed)\n");
        return static_cast<double>(n) / seconds;
    };
    const double direct = run([](const std::string& w) { return stem_kazakh(w); });
    Xapian::Stem xapian = paragraf::core::make_kazakh_stem();
    const double wrapped = run([&](const std::string& w) { return xapian(w); });
    std::printf("  stem_kazakh: %.0f words/s; through Xapian::Stem: %.0f words/s (one thread)\n",
                direct, wrapped);
}

// ---------------------------------------------------------------------------------------------
// Real text

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    // Drop HTML markup, keeping the text between tags.
    if (text.find("<html") != std::string::npos || text.find("<p>") != std::string::npos) {
        std::string plain;
        bool in_tag = false;
        for (char c : text) {
            if (c == '<') in_tag = true;
            if (!in_tag) plain += c;
            if (c == '>') {
                in_tag = false;
                plain += ' ';
            }
        }
        text.swap(plain);
    }
    return text;
}

bool cyrillic(const std::string& w) {
    // Cyrillic letters are two bytes starting 0xD0-0xD3 in UTF-8.
    for (unsigned char c : w)
        if (c >= 0xD0 && c <= 0xD4) return true;
    return false;
}

void show_text(const std::string& path, std::size_t examples) {
    const std::string text = read_file(path);
    paragraf::core::Analyzer analyzer;
    std::unordered_map<std::string, std::size_t> freq;
    std::size_t tokens = 0;
    for (const auto& t : analyzer.tokenize(text)) {
        if (!cyrillic(t.term)) continue;
        ++tokens;
        ++freq[t.term];
    }
    std::unordered_set<std::string> stems;
    std::size_t changed = 0;
    for (const auto& [w, n] : freq) {
        const std::string s = stem_kazakh(w);
        stems.insert(s);
        if (s != w) changed += n;
    }
    std::printf(
        "\n== %s\n  %zu Cyrillic words, %zu distinct, %zu distinct stems; %.1f%% of "
        "words changed by stemming\n",
        path.c_str(), tokens, freq.size(), stems.size(), percent(changed, tokens));
    std::vector<std::pair<std::size_t, std::string>> by_freq;
    for (const auto& [w, n] : freq) by_freq.emplace_back(n, w);
    std::sort(by_freq.begin(), by_freq.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::printf("  most frequent words -> stem:\n   ");
    for (std::size_t i = 0; i < by_freq.size() && i < examples * 2; ++i)
        std::printf(" %s→%s", by_freq[i].second.c_str(), stem_kazakh(by_freq[i].second).c_str());
    std::vector<std::string> words;
    for (const auto& [n, w] : by_freq) words.push_back(w);
    std::sort(words.begin(), words.end());
    std::mt19937 rng(3);
    std::shuffle(words.begin(), words.end(), rng);
    std::printf("\n  random words -> stem:\n   ");
    for (std::size_t i = 0; i < words.size() && i < examples * 2; ++i)
        std::printf(" %s→%s", words[i].c_str(), stem_kazakh(words[i]).c_str());
    std::printf("\n");
}

// ---------------------------------------------------------------------------------------------
// Dictionary-backed variant through libhunspell (C API, loaded at run time)

class Hunspell {
  public:
    explicit Hunspell(const std::string& prefix) {
        lib_ = dlopen("libhunspell-1.7.so.0", RTLD_NOW);
        if (lib_ == nullptr) return;
        create_ = reinterpret_cast<Create>(dlsym(lib_, "Hunspell_create"));
        destroy_ = reinterpret_cast<Destroy>(dlsym(lib_, "Hunspell_destroy"));
        stem_ = reinterpret_cast<Stem>(dlsym(lib_, "Hunspell_stem"));
        free_ = reinterpret_cast<Free>(dlsym(lib_, "Hunspell_free_list"));
        if (!create_ || !destroy_ || !stem_ || !free_) return;
        handle_ = create_((prefix + ".aff").c_str(), (prefix + ".dic").c_str());
    }
    ~Hunspell() {
        if (handle_ != nullptr) destroy_(handle_);
        if (lib_ != nullptr) dlclose(lib_);
    }
    Hunspell(const Hunspell&) = delete;
    Hunspell& operator=(const Hunspell&) = delete;

    bool ok() const { return handle_ != nullptr; }

    // The dictionary word `word` is a form of, or "" when the dictionary does not know it.
    std::string root(const std::string& word) {
        char** list = nullptr;
        const int n = stem_(handle_, &list, word.c_str());
        std::string out = n > 0 ? list[0] : "";
        if (list != nullptr) free_(handle_, &list, n);
        return out;
    }

  private:
    using Create = void* (*)(const char*, const char*);
    using Destroy = void (*)(void*);
    using Stem = int (*)(void*, char***, const char*);
    using Free = void (*)(void*, char***, int);
    void* lib_ = nullptr;
    void* handle_ = nullptr;
    Create create_ = nullptr;
    Destroy destroy_ = nullptr;
    Stem stem_ = nullptr;
    Free free_ = nullptr;
};

void measure_hunspell(const Options& o, const std::vector<Pair>& pairs,
                      const std::vector<std::string>& lemmas) {
    std::printf("\n== Dictionary-backed variant: hunspell root if known, else rules\n");
    Hunspell h(o.hunspell);
    if (!h.ok()) {
        std::printf("  libhunspell-1.7.so.0 or %s.aff/.dic not available: skipped\n",
                    o.hunspell.c_str());
        return;
    }
    std::unordered_map<std::string, std::string> cache;
    auto key = [&](const std::string& w) -> std::string {
        auto it = cache.find(w);
        if (it != cache.end()) return it->second;
        const std::string root = h.root(w);
        std::string k = stem_kazakh(root.empty() ? w : root);
        cache.emplace(w, k);
        return k;
    };
    std::printf("  (circular: the forms were generated from this very dictionary)\n");
    measure_recall(pairs, key, o.examples, false);
    measure_collisions(lemmas, key, o.examples, "all lemmas", false);

    // Speed without and with the cache, on the generated forms.
    std::vector<std::string> words;
    for (const Pair& p : pairs) words.push_back(p.form);
    const auto t0 = std::chrono::steady_clock::now();
    std::size_t sink = 0;
    for (const std::string& w : words) sink += h.root(w).size();
    const double cold =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("  hunspell lookups: %.0f words/s uncached (%zu)\n",
                static_cast<double>(words.size()) / cold, sink % 10);

    // Coverage on real text: how many words the dictionary recognises at all.
    paragraf::core::Analyzer analyzer;
    for (const std::string& path : o.texts) {
        std::size_t tokens = 0;
        std::size_t known = 0;
        std::size_t differ = 0;
        for (const auto& t : analyzer.tokenize(read_file(path))) {
            if (!cyrillic(t.term)) continue;
            ++tokens;
            const std::string root = h.root(t.term);
            if (!root.empty()) ++known;
            if (key(t.term) != stem_kazakh(t.term)) ++differ;
        }
        std::printf(
            "  %s: dictionary knows %.1f%% of %zu words; key differs from the rules' "
            "for %.1f%%\n",
            path.c_str(), percent(known, tokens), tokens, percent(differ, tokens));
    }
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    if (!o.list_lemmas.empty()) {
        // Raw dictionary words, not normalised: the script looks them up in the .dic.
        auto read_raw = [](const std::string& path) {
            std::ifstream in(path);
            if (!in) usage(("cannot read " + path).c_str());
            std::vector<std::string> out;
            std::string line;
            while (std::getline(in, line)) {
                line = chomp(line);
                line = line.substr(0, line.find('/'));
                if (!line.empty()) out.push_back(line);
            }
            return out;
        };
        const LemmaFilter filter(read_raw(o.entries));
        std::size_t dropped = 0;
        for (const std::string& c : read_raw(o.list_lemmas)) {
            if (filter.is_form(c))
                ++dropped;
            else
                std::printf("%s\n", c.c_str());
        }
        std::fprintf(stderr, "kazakh_stemmer_eval: %zu stacked forms among the candidates\n",
                     dropped);
        return 0;
    }
    const std::vector<Pair> pairs = read_pairs(o.pairs);
    std::set<std::string> sample_set;
    for (const Pair& p : pairs) sample_set.insert(p.lemma);
    const std::vector<std::string> sample(sample_set.begin(), sample_set.end());
    const std::vector<std::string> lemmas = o.lemmas.empty() ? sample : read_lemmas(o.lemmas);

    auto rules = [](const std::string& w) { return stem_kazakh(w); };
    std::printf("== Rule-based stemmer on %zu sampled lemmas, %zu distinct (lemma, form) pairs\n",
                sample.size(), pairs.size());
    measure_recall(pairs, rules, o.examples, true, o.dump_failures);
    std::printf("  lemmas sharing a key with another lemma (goal <= 2%%):\n");
    measure_collisions(sample, rules, o.examples, "sampled lemmas", false);
    if (!o.all_lemmas.empty())
        measure_collisions(read_lemmas(o.all_lemmas), rules, o.examples,
                           "all dictionary entries (inflected ones too)", false);
    std::unique_ptr<LemmaFilter> filter;
    if (!o.all_lemmas.empty()) filter = std::make_unique<LemmaFilter>(read_lemmas(o.all_lemmas));
    if (!o.lemmas.empty())
        measure_collisions(lemmas, rules, o.examples, "all lemmas", true, filter.get(),
                           o.dump_collisions);
    measure_speed(pairs);
    for (const std::string& t : o.texts) show_text(t, o.examples);
    if (!o.hunspell.empty()) measure_hunspell(o, pairs, lemmas);
    return 0;
}
