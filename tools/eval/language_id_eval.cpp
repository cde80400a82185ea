// Measures paragraf::core::identify_language on text it was not trained on, and trains it.
//
//   language_id_eval [--shared DIR] [--corpus DIR] [--verbose]
//       Accuracy per language and length bucket on the UDHR (shared/corpus/udhr) and the sample
//       corpus (corpus/*.xml), with and without the document language as fallback; the
//       paragraphs of 40 characters or more it gets wrong; throughput. Exit status 1 when any
//       paragraph of 40 characters or more is wrong.
//   language_id_eval --train [--holdout] [--update FILE] [--shared DIR]
//       Counts trigrams and word endings in the training material (shared/corpus/{constitution,
//       general-comments,submissions} and the text written for this tool below) and prints the
//       profile block of core/language_id.cpp, or replaces it in FILE. --holdout leaves every
//       tenth line out.
//   language_id_eval --heldout [--shared DIR] [--verbose]
//       Accuracy on those left-out lines, whole and cut into fragments of 1-8 words, for a range
//       of margins (build with a --holdout profile first): what the margins in
//       core/language_id.hpp were set on.
//   language_id_eval [--verbose] --lines FILE LANG
//       The same report for a file of paragraphs, one per line, all in LANG.
//   language_id_eval --explain TEXT
//       The scores of TEXT and of each of its words.
//
// See docs/language-id.md.

#include "core/language_id.hpp"
#include "core/utf8.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;
using paragraf::core::append_utf8;
using paragraf::core::identify_language;
using paragraf::core::LanguageGuess;
namespace lid = paragraf::core::language_id_detail;

// Training text written for this tool, at the end of this file.
const char* own_russian();
const char* own_kazakh();

// ---------------------------------------------------------------------------------------------
// Input

struct Paragraph {
    std::string source;  // file name
    std::string kind;    // element name: p, h2, heading...
    std::string lang;    // expected
    std::string text;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Collapses runs of whitespace to one space and trims, as a reader would.
std::string collapse_space(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Text of an HTML fragment: tags dropped, the usual entities decoded.
std::string html_text(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const std::size_t close = html.find('>', i);
            if (close == std::string_view::npos) break;
            out += ' ';
            i = close + 1;
        } else if (html[i] == '&') {
            const std::size_t semi = html.find(';', i);
            const std::string_view entity =
                semi == std::string_view::npos ? "" : html.substr(i + 1, semi - i - 1);
            static const std::map<std::string_view, char32_t> named{
                {"amp", U'&'},  {"lt", U'<'},    {"gt", U'>'},
                {"quot", U'"'}, {"apos", U'\''}, {"nbsp", 0xA0}};
            char32_t c = 0;
            if (auto it = named.find(entity); it != named.end()) {
                c = it->second;
            } else if (entity.size() > 1 && entity[0] == '#') {
                const bool hex = entity[1] == 'x' || entity[1] == 'X';
                c = static_cast<char32_t>(
                    std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10));
            }
            if (c != 0 && entity.size() < 10) {
                append_utf8(out, c);
                i = semi + 1;
            } else {
                out += '&';
                ++i;
            }
        } else {
            out += html[i++];
        }
    }
    return collapse_space(out);
}

// The UDHR files are regular: h1, h2 and p elements that do not nest, and li elements that
// hold either p elements (read as such) or text.
std::vector<Paragraph> read_udhr(const fs::path& path, const std::string& lang) {
    const std::string html = read_file(path);
    std::vector<Paragraph> out;
    for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        std::size_t name_end = i + 1;
        while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])))
            ++name_end;
        const std::string name = html.substr(i + 1, name_end - i - 1);
        if (name != "h1" && name != "h2" && name != "p" && name != "li") continue;
        const std::size_t open_end = html.find('>', i);
        const std::size_t close = html.find("</" + name + ">", open_end);
        if (open_end == std::string::npos || close == std::string::npos)
            throw std::runtime_error(path.string() + ": unclosed <" + name + ">");
        const std::string_view inner(html.data() + open_end + 1, close - open_end - 1);
        if (name == "li" && (inner.find("<p") != std::string_view::npos ||
                             inner.find("<li") != std::string_view::npos))
            continue;
        std::string text = html_text(inner);
        if (!text.empty()) out.push_back({path.filename().string(), name, lang, std::move(text)});
    }
    return out;
}

// Elements of the corpus format that are paragraphs of their own; the text of each excludes
// the nested ones (a p's sub-paragraphs and list items are counted separately).
bool is_unit(std::string_view name) {
    return name == "p" || name == "sub" || name == "item" || name == "fn" || name == "heading";
}

void own_text(const pugi::xml_node& node, std::string& out) {
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
        } else if (child.type() == pugi::node_element) {
            const std::string_view name = child.name();
            if (is_unit(name) || name == "list") {
                out += ' ';
                continue;
            }
            own_text(child, out);
        }
    }
}

void collect_units(const pugi::xml_node& node, const std::string& source, const std::string& lang,
                   std::vector<Paragraph>& out) {
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_unit(child.name())) {
            std::string text;
            own_text(child, text);
            text = collapse_space(text);
            if (!text.empty()) out.push_back({source, child.name(), lang, std::move(text)});
        }
        collect_units(child, source, lang, out);
    }
}

std::vector<Paragraph> read_corpus(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Paragraph> out;
    for (const fs::path& file : files) {
        pugi::xml_document xml;
        if (!xml.load_file(file.c_str())) throw std::runtime_error("cannot parse " + file.string());
        const pugi::xml_node doc = xml.child("document");
        if (!doc) continue;  // a sidecar
        const std::string lang = doc.child("meta").child("lang").text().get();
        collect_units(doc.child("text"), file.filename().string(), lang, out);
        collect_units(doc.child("footnotes"), file.filename().string(), lang, out);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Training material

struct TrainingSource {
    std::string name;
    std::string lang;
    std::string text;
};

std::vector<TrainingSource> training_sources(const fs::path& shared) {
    const fs::path corpus = shared / "corpus";
    std::vector<TrainingSource> sources;
    auto add_files = [&](const fs::path& dir, const std::string& prefix, const std::string& lang) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".txt" &&
                entry.path().filename().string().rfind(prefix, 0) == 0)
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files)
            sources.push_back({fs::relative(f, shared).string(), lang, read_file(f)});
    };
    add_files(corpus / "constitution", "constitution-kk", "kk");
    add_files(corpus / "constitution", "constitution-en", "en");
    add_files(corpus / "general-comments", "", "en");
    add_files(corpus / "submissions", "", "en");
    sources.push_back({"(own Russian text)", "ru", own_russian()});
    sources.push_back({"(own Kazakh text)", "kk", own_kazakh()});
    return sources;
}

// Calls visit(line, held_out) for each non-blank line; every tenth is the held-out one.
template <class Visit>
void for_each_line(const std::string& text, Visit&& visit) {
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        line = collapse_space(line);
        if (line.empty()) continue;
        visit(line, n % 10 == 9);
        ++n;
    }
}

// Kazakh as typed where its letters are missing: each replaced by the Russian letter that stands
// for it (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и). Training on this too teaches the
// Kazakh model Kazakh words and endings, not only Kazakh letters.
std::string without_kazakh_letters(const std::string& line) {
    static const std::pair<std::string_view, std::string_view> map[] = {
        {"ә", "а"}, {"ғ", "г"}, {"қ", "к"}, {"ң", "н"}, {"ө", "о"}, {"ұ", "у"},
        {"ү", "у"}, {"һ", "х"}, {"і", "и"}, {"Ә", "А"}, {"Ғ", "Г"}, {"Қ", "К"},
        {"Ң", "Н"}, {"Ө", "О"}, {"Ұ", "У"}, {"Ү", "У"}, {"Һ", "Х"}, {"І", "И"}};
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        bool replaced = false;
        for (auto [from, to] : map)
            if (line.compare(i, from.size(), from) == 0) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        if (!replaced) out += line[i++];
    }
    return out;
}

int train(const fs::path& shared, bool holdout, const std::string& update) {
    // profile name (en, ru, kk, ru_endings, kk_endings) -> feature -> count
    std::map<std::string, std::map<std::string, long>> counts;
    for (const TrainingSource& source : training_sources(shared)) {
        long lines = 0;
        for_each_line(source.text, [&](const std::string& line, bool held_out) {
            if (holdout && held_out) return;
            ++lines;
            auto count = [&](const std::string& text) {
                lid::for_each_feature(
                    text, [&](lid::Script script, lid::Feature feature, std::string_view symbols) {
                        // Only the script a language is written in is modelled; stray Latin words
                        // in the Kazakh constitution (roman numerals) say nothing about Kazakh.
                        if ((script == lid::Script::latin) != (source.lang == "en")) return;
                        const std::string profile =
                            source.lang + (feature == lid::Feature::ending ? "_endings" : "");
                        ++counts[profile][std::string(symbols)];
                    });
            };
            count(line);
            if (source.lang == "kk") count(without_kazakh_letters(line));
        });
        std::cerr << "trained on " << source.name << " (" << source.lang << "): " << lines
                  << " lines\n";
    }
    std::ostringstream block;
    block << "// BEGIN GENERATED PROFILE\n";
    for (const char* lang : {"en", "ru", "kk", "ru_endings", "kk_endings"}) {
        long total = 0;
        for (const auto& [trigram, n] : counts[lang]) total += n;
        std::cerr << lang << ": " << counts[lang].size() << " types, " << total << " tokens\n";
        block << "std::string_view profile_" << lang << "() {\n    return\n";
        std::string line;
        for (const auto& [trigram, n] : counts[lang]) {
            const std::string entry = trigram + " " + std::to_string(n) + " ";
            if (code_points(line) + code_points(entry) > 88) {
                block << "        \"" << line << "\"\n";
                line.clear();
            }
            line += entry;
        }
        block << "        \"" << line << "\";\n}\n";
    }
    block << "// END GENERATED PROFILE\n";
    if (update.empty()) {
        std::cout << block.str();
        return 0;
    }
    const std::string source = read_file(update);
    const std::size_t begin = source.find("// BEGIN GENERATED PROFILE\n");
    const std::string end_marker = "// END GENERATED PROFILE\n";
    const std::size_t end = source.find(end_marker);
    if (begin == std::string::npos || end == std::string::npos || end < begin)
        throw std::runtime_error(update + ": no generated profile block");
    std::ofstream out(update, std::ios::binary);
    out << source.substr(0, begin) << block.str() << source.substr(end + end_marker.size());
    if (!out) throw std::runtime_error("cannot write " + update);
    std::cerr << "updated " << update << (holdout ? " (held-out lines left out)" : "") << "\n";
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

constexpr const char* kBuckets[] = {"<20", "20-39", "40-99", "100+"};
constexpr int kBucketCount = 4;

int bucket(std::size_t length) {
    return length < 20 ? 0 : length < 40 ? 1 : length < 100 ? 2 : 3;
}

struct Tally {
    int total = 0, correct = 0, correct_fallback = 0, und = 0;
};

struct Result {
    const Paragraph* paragraph;
    LanguageGuess plain, with_fallback;
};

std::string cell(int correct, int total) {
    if (total == 0) return "-";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%d/%d %.1f%%", correct, total, 100.0 * correct / total);
    return buf;
}

std::string margins(const std::string& text) {
    const lid::Evidence e = lid::evidence(text);
    char buf[96];
    std::snprintf(buf, sizeof buf, "en %.1f ru %.1f kk %.1f, %zu letters", e.log_likelihood[0],
                  e.log_likelihood[1], e.log_likelihood[2], e.letters);
    return buf;
}

std::string shorten(const std::string& text, std::size_t max_points) {
    std::string out;
    std::size_t n = 0;
    for (char c : text) {
        if ((c & 0xC0) != 0x80 && ++n > max_points) return out + "…";
        out += c;
    }
    return out;
}

// Prints the accuracy table of `paragraphs` under `title`; returns the number of paragraphs of
// 40 characters or more that were misclassified with or without fallback.
int report(const std::string& title, const std::vector<Paragraph>& paragraphs, bool verbose) {
    std::map<std::string, std::array<Tally, kBucketCount>> by_lang;
    std::vector<Result> wrong;
    for (const Paragraph& p : paragraphs) {
        Result r{&p, identify_language(p.text), identify_language(p.text, p.lang)};
        Tally& t = by_lang[p.lang][bucket(code_points(p.text))];
        ++t.total;
        t.correct += r.plain.lang == p.lang;
        t.correct_fallback += r.with_fallback.lang == p.lang;
        t.und += r.plain.lang == "und";
        if (r.plain.lang != p.lang || r.with_fallback.lang != p.lang) wrong.push_back(r);
    }
    std::cout << "\n## " << title << "\n\n"
              << "Correct / paragraphs, without fallback | with the document language as "
                 "fallback (und = no decision without fallback)\n\n"
              << "| lang | length | without fallback | with fallback | und |\n"
              << "|---|---|---|---|---|\n";
    std::array<Tally, kBucketCount> all{};
    auto row = [](const std::string& lang, const std::string& length, const Tally& t) {
        std::cout << "| " << lang << " | " << length << " | " << cell(t.correct, t.total) << " | "
                  << cell(t.correct_fallback, t.total) << " | " << t.und << " |\n";
    };
    auto sum = [](const auto& tallies, int from, int to) {
        Tally s;
        for (int b = from; b < to; ++b) {
            s.total += tallies[b].total;
            s.correct += tallies[b].correct;
            s.correct_fallback += tallies[b].correct_fallback;
            s.und += tallies[b].und;
        }
        return s;
    };
    for (const auto& [lang, tallies] : by_lang) {
        for (int b = 0; b < kBucketCount; ++b) {
            row(lang, kBuckets[b], tallies[b]);
            all[b].total += tallies[b].total;
            all[b].correct += tallies[b].correct;
            all[b].correct_fallback += tallies[b].correct_fallback;
            all[b].und += tallies[b].und;
        }
        row(lang, "all", sum(tallies, 0, kBucketCount));
    }
    for (int b = 0; b < kBucketCount; ++b) row("all", kBuckets[b], all[b]);
    row("all", "<40", sum(all, 0, 2));
    row("all", ">=40", sum(all, 2, kBucketCount));
    row("all", "all", sum(all, 0, kBucketCount));

    int long_errors = 0;
    std::cout << "\nMisclassified, 40 characters or more:\n";
    for (const Result& r : wrong) {
        const bool is_long = code_points(r.paragraph->text) >= 40;
        long_errors += is_long;
        if (!is_long && !verbose) continue;
        std::cout << "- " << r.paragraph->source << " <" << r.paragraph->kind << "> expected "
                  << r.paragraph->lang << ", got " << r.plain.lang << " (" << r.plain.confidence
                  << ") / with fallback " << r.with_fallback.lang << " ["
                  << margins(r.paragraph->text) << "]: " << shorten(r.paragraph->text, 140) << "\n";
    }
    if (long_errors == 0) std::cout << "(none)\n";
    return long_errors;
}

// Seconds of CPU time this thread has used: unlike wall time, not inflated by other processes
// on a shared machine.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Megabytes per CPU second identify_language reaches on `texts`, one call per text.
double throughput(const std::vector<std::string>& texts) {
    std::size_t bytes = 0;
    for (const std::string& t : texts) bytes += t.size();
    if (bytes == 0) return 0;
    const double start = thread_cpu_seconds();
    std::size_t done = 0, sink = 0;
    double seconds = 0;
    do {
        for (const std::string& t : texts) sink += identify_language(t, "en").lang.size();
        done += bytes;
        seconds = thread_cpu_seconds() - start;
    } while (seconds < 1.0);
    if (sink == 0) std::cout << "";  // keeps the calls from being optimised away
    return static_cast<double>(done) / seconds / 1e6;
}

void benchmark(const std::vector<Paragraph>& paragraphs, const fs::path& shared) {
    std::vector<std::string> latin, cyrillic;
    for (const Paragraph& p : paragraphs) (p.lang == "en" ? latin : cyrillic).push_back(p.text);
    identify_language("warm-up");  // the tables are built on first use
    std::cout << "\n## Throughput (one call per paragraph, one thread, MB per CPU second)\n\n"
              << "| text | MB/s |\n|---|---|\n";
    std::printf("| English paragraphs (%zu) | %.0f |\n", latin.size(), throughput(latin));
    std::printf("| Russian and Kazakh paragraphs (%zu) | %.0f |\n", cyrillic.size(),
                throughput(cyrillic));
    const fs::path constitution = shared / "corpus" / "constitution";
    std::printf("| constitution-en.txt as one text | %.0f |\n",
                throughput({read_file(constitution / "constitution-en.txt")}));
    std::printf("| constitution-kk.txt as one text | %.0f |\n",
                throughput({read_file(constitution / "constitution-kk.txt")}));
}

int evaluate(const fs::path& shared, const fs::path& corpus, bool verbose) {
    std::vector<Paragraph> udhr;
    for (auto [file, lang] : {std::pair{"eng.html", "en"}, {"rus.html", "ru"}, {"kaz.html", "kk"}})
        for (Paragraph& p : read_udhr(shared / "corpus" / "udhr" / file, lang))
            udhr.push_back(std::move(p));
    const std::vector<Paragraph> sample = read_corpus(corpus);
    std::cout << "# Language identification: accuracy on text not used in training\n";
    int errors = report("UDHR (shared/corpus/udhr, h1/h2/p/li)", udhr, verbose);
    errors += report("Sample corpus (corpus/*.xml, heading/p/sub/item/fn)", sample, verbose);
    std::vector<Paragraph> all = udhr;
    all.insert(all.end(), sample.begin(), sample.end());
    benchmark(all, shared);
    std::cout << "\n" << errors << " misclassified paragraph(s) of 40 characters or more\n";
    return errors == 0 ? 0 : 1;
}

// Held-out lines cut into fragments of 1 to 8 words, to see how the margin trades errors
// against decisions on short text: with no fallback (und is wrong), with the right fallback
// (a wrong switch is an error) and with a wrong one (a paragraph in another language than its
// document's: staying is an error).
void margin_table(const std::vector<Paragraph>& held, bool verbose) {
    struct Fragment {
        std::string text, lang;
        lid::Evidence evidence;
    };
    std::vector<Fragment> fragments;
    for (const Paragraph& p : held) {
        if (p.lang == "en") continue;  // the script tells English apart; Cyrillic is the question
        std::istringstream in(p.text);
        std::vector<std::string> words;
        for (std::string w; in >> w;) words.push_back(w);
        for (std::size_t k : {1, 2, 3, 5, 8})
            for (std::size_t i = 0; i + k <= words.size(); i += k) {
                std::string text = words[i];
                for (std::size_t j = i + 1; j < i + k; ++j) text += " " + words[j];
                fragments.push_back({text, p.lang, lid::evidence(text)});
            }
    }
    std::cout << "\n## Margin (nats) on " << fragments.size()
              << " fragments of held-out Russian and Kazakh lines\n\n"
                 "Per length bucket: correct without fallback / with the right fallback / with "
                 "the wrong one (kk for Russian, ru for Kazakh)\n\n"
                 "| lang | margin | <20 | 20-39 | 40-99 | 100+ |\n|---|---|---|---|---|---|\n";
    for (const char* lang : {"ru", "kk"})
        for (double margin : {2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0}) {
            std::array<std::array<int, 4>, kBucketCount> t{};  // total, plain, right, wrong
            for (const Fragment& f : fragments) {
                if (f.lang != lang) continue;
                const std::string other = f.lang == "ru" ? "kk" : "ru";
                auto& row = t[bucket(code_points(f.text))];
                ++row[0];
                const lid::Margins m{margin, margin};
                row[1] += lid::decide(f.evidence, "", m).lang == f.lang;
                row[2] += lid::decide(f.evidence, f.lang, m).lang == f.lang;
                row[3] += lid::decide(f.evidence, other, m).lang == f.lang;
            }
            std::printf("| %s | %.0f%s |", lang, margin,
                        margin == lid::Margins{}.decide           ? " (used without fallback)"
                        : margin == lid::Margins{}.leave_fallback ? " (used with fallback)"
                                                                  : "");
            for (const auto& row : t) {
                if (row[0] == 0) {
                    std::printf(" - |");
                    continue;
                }
                std::printf(" %.1f%% / %.1f%% / %.1f%% (%d) |", 100.0 * row[1] / row[0],
                            100.0 * row[2] / row[0], 100.0 * row[3] / row[0], row[0]);
            }
            std::printf("\n");
        }
    if (!verbose) return;
    std::cout << "\nFragments the margins in use get wrong with the right fallback, or leave "
                 "undecided without one:\n";
    for (const Fragment& f : fragments) {
        const std::string plain = lid::decide(f.evidence, "").lang;
        const std::string with = lid::decide(f.evidence, f.lang).lang;
        if (plain != f.lang || with != f.lang)
            std::cout << "- " << f.lang << ": " << plain << " / " << with << " [" << margins(f.text)
                      << "] " << f.text << "\n";
    }
}

int evaluate_heldout(const fs::path& shared, bool verbose) {
    std::vector<Paragraph> held;
    for (const TrainingSource& source : training_sources(shared))
        for_each_line(source.text, [&](const std::string& line, bool held_out) {
            if (held_out) held.push_back({source.name, "line", source.lang, line});
        });
    report("Held-out training lines (every tenth; profile trained with --holdout)", held, verbose);
    margin_table(held, verbose);
    return 0;
}

// Prints the evidence for a text and for each of its words: which words pull which way.
int explain(const std::string& text) {
    std::cout << margins(text) << "\n";
    const LanguageGuess plain = identify_language(text);
    std::cout << "-> " << plain.lang << " (" << plain.confidence << ")\n";
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        const lid::Evidence e = lid::evidence(word);
        std::printf("%-24s en %7.1f ru %7.1f kk %7.1f  ru-kk %+6.1f\n", word.c_str(),
                    e.log_likelihood[0], e.log_likelihood[1], e.log_likelihood[2],
                    e.log_likelihood[1] - e.log_likelihood[2]);
    }
    return 0;
}

// Accuracy on a file of one paragraph per line, all in `lang`.
int evaluate_lines(const fs::path& file, const std::string& lang, bool verbose) {
    std::vector<Paragraph> paragraphs;
    for_each_line(read_file(file), [&](const std::string& line, bool) {
        paragraphs.push_back({file.filename().string(), "line", lang, line});
    });
    return report(file.string(), paragraphs, verbose) == 0 ? 0 : 1;
}

int usage() {
    std::cerr << "usage: language_id_eval [--shared DIR] [--corpus DIR] [--verbose]\n"
                 "       language_id_eval --train [--holdout] [--update FILE] [--shared DIR]\n"
                 "       language_id_eval --heldout [--shared DIR] [--verbose]\n"
                 "       language_id_eval [--verbose] --lines FILE LANG\n"
                 "       language_id_eval --explain TEXT\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path shared = "../shared", corpus = "corpus";
    std::string update;
    bool do_train = false, holdout = false, heldout = false, verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--shared")
            shared = value();
        else if (arg == "--corpus")
            corpus = value();
        else if (arg == "--update")
            update = value();
        else if (arg == "--train")
            do_train = true;
        else if (arg == "--holdout")
            holdout = true;
        else if (arg == "--heldout")
            heldout = true;
        else if (arg == "--lines") {
            const std::string file = value();
            return evaluate_lines(file, value(), verbose);
        } else if (arg == "--explain")
            return explain(value());
        else if (arg == "--verbose")
            verbose = true;
        else
            return usage();
    }
    try {
        if (do_train) return train(shared, holdout, update);
        if (heldout) return evaluate_heldout(shared, verbose);
        return evaluate(shared, corpus, verbose);
    } catch (const std::exception& e) {
        std::cerr << "language_id_eval: " << e.what() << "\n";
        return 2;
    }
}

namespace {

// Training text written for this tool (not taken from anywhere): the repository has no Russian
// prose to train on but the sample corpus, which is test data. The register is that of the
// documents Paragraf indexes (treaty-body findings, State reports, laws) plus everyday prose, so
// that the profile is not only legal vocabulary. It deliberately does not paraphrase the UDHR,
// which is the test set.
const char* own_russian() {
    return R"text(
Комитет с удовлетворением отмечает, что государство-участник приняло новый закон о правах пациентов, который вступил в силу в начале прошлого года.
Вместе с тем Комитет обеспокоен тем, что положения этого закона применяются непоследовательно, особенно в сельских районах, где доступ к медицинской помощи по-прежнему ограничен.
Комитет рекомендует государству-участнику выделить достаточные финансовые и кадровые ресурсы для его осуществления и регулярно оценивать результаты принятых мер.
Государству-участнику следует обеспечить, чтобы лица, употребляющие наркотики, могли без страха преследования обращаться за медицинской помощью.
Комитет с сожалением отмечает отсутствие в докладе сведений о числе жалоб на пытки, поданных в отчетный период, и о результатах их рассмотрения.
Просьба представить информацию о мерах, принятых для сокращения разрыва в оплате труда между мужчинами и женщинами.
Просьба сообщить, какие шаги предпринимаются для того, чтобы сделать начальное и среднее образование доступным для детей из малообеспеченных семей.
В соответствии с Конституцией каждый имеет право на охрану здоровья и на бесплатную медицинскую помощь в гарантированном объеме.
Правительство утвердило национальный план действий в области прав человека на пять лет и поручило министерствам представлять ежегодные отчеты о его выполнении.
Доклад был подготовлен межведомственной рабочей группой при участии представителей гражданского общества и независимых экспертов.
Мы благодарим делегацию за откровенный и конструктивный диалог, состоявшийся в ходе сессии.
Уполномоченный по правам человека вправе посещать места лишения свободы без предварительного уведомления администрации.
Число зарегистрированных случаев насилия в семье за последние три года выросло почти вдвое, однако лишь немногие из них дошли до суда.
Женщины, пострадавшие от насилия, нередко не знают, куда обратиться, а кризисных центров в стране по-прежнему недостаточно.
Закон запрещает дискриминацию по признаку пола, расы, национальности, языка, происхождения, имущественного и должностного положения, места жительства, отношения к религии и убеждений.
Тем не менее на практике люди, живущие с ВИЧ, сталкиваются с отказами в трудоустройстве и с нарушением врачебной тайны.
Сведения о диагнозе пациента могут передаваться третьим лицам только с его письменного согласия или в случаях, прямо предусмотренных законом.
Организации гражданского общества сообщают, что полиция использует данные наркологического учета для давления на людей, проходящих лечение.
Заместительная терапия доступна лишь в нескольких крупных городах, и очереди на включение в программу растягиваются на месяцы.
Государство-участник должно расширить программы снижения вреда, включая обмен игл и шприцев, и обеспечить их устойчивое финансирование из бюджета.
Комитет напоминает о своем замечании общего порядка о праве на наивысший достижимый уровень здоровья.
Минимальная заработная плата по-прежнему ниже прожиточного минимума, что не позволяет работникам и их семьям жить достойно.
Значительная часть населения занята в неформальном секторе экономики и не охвачена системой социального страхования.
Трудовые мигранты часто работают без договора, а их паспорта иногда удерживаются работодателями.
Профсоюзы жалуются на то, что процедура регистрации новых организаций остается сложной и занимает много времени.
Право на забастовку ограничено, а в ряде отраслей любая коллективная акция фактически запрещена.
Пенсии большинства пожилых людей едва покрывают расходы на питание, жилье и лекарства.
Дети с инвалидностью нередко обучаются на дому или в специальных учреждениях, отдельно от сверстников.
Следует перейти к инклюзивному образованию, обеспечив школы пандусами, учебными материалами и подготовленными педагогами.
Обучение на родном языке гарантировано законом, однако учебников на языках меньшинств не хватает.
В отдаленных селах нет ни аптеки, ни фельдшерского пункта, и жителям приходится ездить в районный центр.
Качество питьевой воды во многих населенных пунктах не соответствует санитарным нормам.
Высыхание моря привело к серьезным последствиям для здоровья жителей прилегающих районов.
Комитет призывает государство-участника провести независимое расследование всех сообщений о применении силы сотрудниками правоохранительных органов во время мирных собраний.
Журналисты и правозащитники подвергаются давлению, а некоторые из них были привлечены к уголовной ответственности за публикации в социальных сетях.
Понятие экстремизма в законодательстве сформулировано слишком широко и допускает произвольное толкование.
Суды редко принимают во внимание заявления обвиняемых о том, что признательные показания были получены под принуждением.
Адвокаты не всегда могут встретиться со своими подзащитными наедине и без задержек.
Обеспечьте, чтобы все лица, лишенные свободы, с самого начала содержания под стражей пользовались основными правовыми гарантиями.
Бюджет на здравоохранение в процентах от валового внутреннего продукта остается одним из самых низких в регионе.
Расходы домохозяйств на лечение из собственного кармана составляют почти половину всех расходов на здравоохранение.
Сельские женщины имеют ограниченный доступ к земле, кредитам и услугам по охране репродуктивного здоровья.
Ранние браки по-прежнему заключаются в некоторых общинах, несмотря на установленный законом брачный возраст.
Лица без гражданства не могут получить медицинскую помощь, кроме экстренной, и не имеют права на социальные пособия.
Беженцы и просители убежища лишены доступа к рынку труда до принятия решения по их делу.
Согласно официальной статистике, уровень бедности снизился, однако методика его расчета вызывает сомнения.
Данные, дезагрегированные по полу, возрасту, инвалидности и месту проживания, собираются не систематически.
Государству-участнику предлагается представить свой следующий периодический доклад не позднее установленного срока.
Комитет просит государство-участника широко распространить настоящие заключительные замечания среди всех слоев общества.
Ответы на перечень вопросов были получены Комитетом с опозданием и поэтому не были переведены на все рабочие языки.
Министерство юстиции разработало законопроект, который в настоящее время обсуждается в парламенте.
По мнению авторов, отказ в регистрации объединения нарушает их право на свободу ассоциации.
Автор сообщения утверждает, что был избит во время допроса и что его жалобы остались без ответа.
Государство-участник оспаривает приемлемость сообщения, поскольку автор не исчерпал внутренние средства правовой защиты.
Комитет считает, что представленные факты свидетельствуют о нарушении статьи седьмой Пакта.
Вследствие этого государство-участник обязано предоставить автору эффективное средство правовой защиты, включая надлежащую компенсацию.
Вчера вечером в городе прошел сильный дождь, и многие улицы оказались затоплены.
Мой брат работает учителем в школе и очень любит свою работу.
Мы долго ждали автобуса, а потом решили пойти пешком.
Она прочитала эту книгу за два дня и сразу же взяла в библиотеке следующую.
Летом мы обычно ездим к бабушке в деревню, где можно купаться в реке и собирать грибы.
Врач посоветовал ему больше гулять, меньше сидеть за компьютером и вовремя ложиться спать.
Если завтра будет хорошая погода, мы поедем за город.
Почему ты не позвонил мне, когда приехал?
Он сказал, что не сможет прийти, потому что заболел.
Сколько стоит билет до столицы и когда отправляется ближайший поезд?
На собрании жильцов обсуждали ремонт подъезда и установку новых лифтов.
Дети играли во дворе до самого вечера, пока их не позвали ужинать.
Этот вопрос требует дополнительного изучения, и мы вернемся к нему на следующем заседании.
Все участники согласились с тем, что проект необходимо доработать.
Новые правила вступят в действие с первого января следующего года.
Жители района собрали подписи против строительства завода рядом с жилыми домами.
Я давно хотел выучить казахский язык, но всё никак не мог найти время.
Они живут в небольшом доме на окраине города вместе с родителями.
Цены на продукты за год заметно выросли, особенно на хлеб, молоко и овощи.
Статья 1. Общие положения.
Глава 2. Права и свободы человека и гражданина.
Раздел III. Заключительные положения.
Статья 15. Право на жизнь.
Настоящий Закон регулирует общественные отношения в сфере охраны здоровья граждан.
Для целей настоящего Закона используются следующие основные понятия.
Действие настоящего Кодекса распространяется на всех лиц, находящихся на территории Республики.
Государственные органы и должностные лица обязаны обеспечить каждому возможность ознакомиться с документами, непосредственно затрагивающими его права.
Иностранцы и лица без гражданства пользуются правами и несут обязанности наравне с гражданами, если иное не установлено законом или международным договором.
Порядок и условия предоставления социальной помощи определяются Правительством.
Нарушение требований настоящей статьи влечет ответственность, установленную законами.
Решение может быть обжаловано в вышестоящий орган или в суд в течение одного месяца со дня его получения.
Контроль за соблюдением законодательства осуществляется уполномоченным органом в пределах его компетенции.
Сведения, составляющие врачебную тайну, не подлежат разглашению, за исключением случаев, предусмотренных пунктом четвертым настоящей статьи.
Медицинская помощь оказывается на основании добровольного информированного согласия пациента или его законного представителя.
Несовершеннолетние в возрасте от шестнадцати лет вправе самостоятельно давать согласие на медицинское вмешательство.
Лица, страдающие заболеваниями, представляющими опасность для окружающих, подлежат обязательному лечению в порядке, установленном законом.
Финансирование программ осуществляется за счет средств республиканского и местных бюджетов, а также иных источников, не запрещенных законодательством.
Родители несут равную ответственность за воспитание и содержание своих детей.
Труд детей, которые не достигли установленного возраста, запрещается, за исключением легкой работы, не вредящей их здоровью и учебе.
Комитет выражает обеспокоенность в связи с сообщениями о принудительном тестировании на ВИЧ отдельных групп населения, в частности мигрантов и секс-работников.
Комитет отмечает, что государство-участник ратифицировало Конвенцию о правах инвалидов, но еще не привело свое законодательство в соответствие с ней.
Комитет приветствует отмену смертной казни и присоединение государства-участника ко второму Факультативному протоколу.
Информация о бюджетных ассигнованиях на образование приводится в приложении к настоящему докладу.
В таблице ниже показана динамика численности учащихся в разбивке по регионам за период с две тысячи девятнадцатого по две тысячи двадцать третий год.
Эти меры позволили увеличить охват детей дошкольным образованием, хотя различия между городом и селом сохраняются.
Парламент принял поправки, ужесточающие наказание за торговлю людьми, и создал специальное подразделение в полиции.
Пострадавшим предоставляются временное жилье, психологическая помощь и юридические консультации.
Государственные гарантии бесплатной юридической помощи распространяются только на уголовные дела.
Многие граждане не могут позволить себе услуги адвоката по гражданским и административным делам.
Судебные решения публикуются не полностью, что затрудняет общественный контроль за правосудием.
Независимость судей подрывается тем, что их назначение и продление полномочий зависят от исполнительной власти.
Ожидается, что новая редакция закона будет принята до конца года.
Подобные случаи не единичны: за последние месяцы правозащитные организации зафиксировали десятки аналогичных жалоб.
Кроме того, следует учитывать, что большинство пострадавших не обращается в полицию из страха мести.
Таким образом, существующие механизмы защиты нельзя признать эффективными.
Несмотря на принятые меры, ситуация в этой области остается серьезной.
Мы уверены, что совместными усилиями удастся добиться заметных улучшений.
Что касается жилищных прав, то принудительные выселения проводятся без предоставления альтернативного жилья и надлежащей компенсации.
Очередь на получение социального жилья растет, а строительство нового жилья не поспевает за спросом.
Люди, живущие на улице, лишены доступа к базовым услугам и часто подвергаются задержаниям за бродяжничество.
Во время пандемии многие семьи потеряли доход, а дети из бедных семей не могли учиться дистанционно из-за отсутствия компьютеров.
Государство должно уважать, защищать и осуществлять права, закрепленные в Пакте, не допуская их ретрогрессии.
Любые ограничения этих прав должны быть предусмотрены законом, преследовать законную цель и быть соразмерными.
Это обязательство имеет немедленный характер и не зависит от наличия ресурсов.
Постепенное осуществление означает, что государство должно действовать как можно быстрее и эффективнее.
Особое внимание следует уделять наиболее уязвимым и маргинализированным группам.
Государственным языком является казахский язык, а русский язык официально употребляется наравне с ним в государственных организациях и органах местного самоуправления.
Земля и ее недра, воды, растительный и животный мир находятся в государственной собственности, однако земля может находиться и в частной собственности на условиях, установленных законом.
Президент является главой государства и определяет основные направления внутренней и внешней политики.
Парламент состоит из двух палат, действующих на постоянной основе: Сената и Мажилиса.
Депутаты не могут быть привлечены к ответственности за высказанное мнение в ходе работы палаты.
Правительство осуществляет исполнительную власть, возглавляет систему исполнительных органов и руководит их деятельностью.
Судьи при отправлении правосудия независимы и подчиняются только Конституции и закону.
Прокуратура от имени государства осуществляет высший надзор за соблюдением законности на территории страны.
Местное государственное управление осуществляется местными представительными и исполнительными органами, которые ответственны за состояние дел на соответствующей территории.
Изменения и дополнения в Конституцию могут быть внесены республиканским референдумом или решением парламента.
Отчет содержит подробные сведения о ходе реформы пенитенциарной системы и о сокращении численности заключенных.
Количество осужденных, отбывающих наказание в учреждениях полной безопасности, сократилось на треть.
По данным Министерства внутренних дел, в прошлом году было возбуждено более двухсот уголовных дел по фактам пыток.
Обвинительные приговоры по таким делам выносятся крайне редко, а наказания, как правило, условные.
Специальный докладчик посетил страну по приглашению правительства и встретился с представителями власти, жертвами и их родственниками.
Он выразил глубокую озабоченность условиями содержания в следственных изоляторах, которые переполнены и плохо отапливаются.
Ряд заключенных рассказали, что их избивали, чтобы заставить подписать показания против себя и других.
Неправительственные организации должны иметь возможность беспрепятственно получать иностранное финансирование.
Требование отчитываться о каждом иностранном переводе создает излишнюю нагрузку на небольшие организации.
Закон о публичных мероприятиях требует уведомлять власти о собрании, однако на практике уведомление превращается в разрешение.
Организаторы мирных собраний получают штрафы и административные аресты.
Доступ к интернету время от времени ограничивается, особенно во время протестов.
Блокировка сайтов производится во внесудебном порядке, а их владельцы не получают объяснений.
Лесбиянки, геи, бисексуалы, трансгендерные и интерсекс-люди подвергаются травле и насилию, и полиция редко расследует такие нападения.
Для изменения документов трансгендерным людям требуется пройти психиатрическое обследование и хирургическую операцию.
Принятие закона, запрещающего так называемую пропаганду, усилило стигматизацию и вражду.
Комитет настоятельно призывает воздержаться от принятия законов, ограничивающих свободу выражения мнений по признаку сексуальной ориентации.
Доступ к контрацепции и к безопасному прерыванию беременности ограничен, особенно для молодежи.
Уровень материнской смертности в сельской местности в несколько раз выше, чем в городах.
Медицинские работники не всегда соблюдают конфиденциальность, а пациенты боятся, что сведения о них узнают родственники и соседи.
Необходимо обеспечить, чтобы информация о состоянии здоровья хранилась надежно и передавалась только с согласия человека.
Подростки могут получить консультацию без родителей только с восемнадцати лет.
Люди с психическими расстройствами годами находятся в закрытых учреждениях без судебного пересмотра.
Проверки выявили случаи применения мер стеснения и изоляции в качестве наказания.
Следует развивать службы поддержки по месту жительства и постепенно закрывать интернаты.
Мать-одиночка с тремя детьми получает пособие, которого хватает на две недели.
Размер пособия по безработице невелик, а срок его выплаты короткий.
Многие выпускники вузов не могут найти работу по специальности и уезжают за границу.
Молодые люди из сел переезжают в города в поисках заработка.
Государство поддерживает малый бизнес, предоставляя льготные кредиты и гранты.
Коррупция остается серьезным препятствием для осуществления экономических и социальных прав.
Антикоррупционное ведомство сообщило о росте числа возбужденных дел в отношении должностных лиц.
Граждане могут направлять обращения в электронной форме через единый портал.
Ответ на обращение должен быть дан в течение пятнадцати рабочих дней.
Порядок рассмотрения жалоб на действия врачей остается непрозрачным.
Ежегодно тысячи людей становятся жертвами дорожно-транспортных происшествий.
Экологические организации требуют опубликовать данные о выбросах предприятий.
В результате загрязнения воздуха зимой в крупных городах растет число заболеваний органов дыхания.
Осенью начались занятия в новой школе, построенной на средства местного бюджета.
Старое здание больницы нуждается в капитальном ремонте, но деньги на него пока не выделены.
Сегодня утром на рынке было много людей, все покупали фрукты и овощи.
Она работает медсестрой в детской больнице уже двадцать лет.
Мы встретились с друзьями в кафе и долго разговаривали о жизни.
После окончания университета он вернулся в родной город и открыл свою мастерскую.
Зимой здесь очень холодно, температура опускается ниже тридцати градусов.
Я не уверен, что мы успеем закончить работу к пятнице.
Завтра у нас экзамен по истории, поэтому сегодня вечером мы будем заниматься.
Кто из вас знает, где находится ближайшая аптека?
Разве можно было поступить иначе в такой ситуации?
Нам нужно больше времени, чтобы подготовить все необходимые документы.
Вопрос о языке судопроизводства решается судом с учетом мнения сторон.
Перевод документов на государственный язык осуществляется за счет государства.
Настоящие замечания были приняты Комитетом на его заседании, состоявшемся в последний день сессии.
Комитет будет признателен за получение дополнительной информации в течение двух лет.
Врачи рекомендуют делать прививку от гриппа каждую осень, особенно пожилым людям и детям.
Новая поликлиника оснащена современным диагностическим оборудованием, включая аппарат магнитно-резонансной томографии.
Пациентам с хроническими заболеваниями лекарства выдаются бесплатно по рецепту участкового врача.
Программа профилактики туберкулеза охватывает заключенных, мигрантов и людей, живущих в общежитиях.
Эпидемиологи предупреждают, что снижение охвата вакцинацией может привести к вспышкам кори.
Психологическая поддержка подросткам оказывается анонимно в молодежных центрах здоровья.
Компания разработала мобильное приложение, с помощью которого можно записаться к врачу и получить результаты анализов.
Цифровизация государственных услуг позволила сократить очереди, но пожилые люди нередко испытывают трудности с использованием интернета.
Персональные данные граждан должны храниться на защищенных серверах, а утечки информации необходимо расследовать.
Экономика страны во многом зависит от экспорта нефти, газа и металлов.
Инфляция в прошлом году превысила прогноз Национального банка, и процентная ставка была повышена.
Фермеры жалуются на высокие цены на топливо и удобрения, а также на нехватку воды для полива.
Туристическая отрасль быстро восстанавливается после пандемии, и число иностранных гостей растет.
Строительство новой дороги между областными центрами должно завершиться через два года.
Городские власти планируют расширить сеть велосипедных дорожек и обновить общественный транспорт.
Театр представил премьеру спектакля по мотивам классического романа, и зрители приняли ее с восторгом.
В музее открылась выставка, посвященная истории кочевой культуры и традиционным ремеслам.
Фестиваль народной музыки ежегодно собирает исполнителей со всех регионов.
Спортсмены нашей сборной завоевали несколько медалей на чемпионате мира.
Студенты университета провели исследование о влиянии социальных сетей на молодежь.
Учителя отмечают, что дети стали меньше читать книги и больше времени проводить со смартфонами.
Родительский комитет школы организовал сбор средств на ремонт спортивного зала.
Министерство образования утвердило новые учебные программы по математике и естественным наукам.
Доля выпускников, поступивших в высшие учебные заведения, увеличилась по сравнению с предыдущим годом.
Стипендии для студентов из многодетных семей были увеличены на пятнадцать процентов.
Банк предлагает льготную ипотеку молодым семьям, впервые покупающим жилье.
Коммунальные тарифы повышаются ежегодно, и многие семьи не в состоянии своевременно оплачивать счета.
Жители многоэтажных домов жалуются на отключения горячей воды и отопления зимой.
Экологи бьют тревогу из-за загрязнения рек промышленными отходами.
Лесные пожары летом уничтожили тысячи гектаров леса, и для их тушения привлекалась авиация.
Синоптики прогнозируют похолодание и сильный ветер в северных районах.
Из-за снегопада несколько трасс были временно закрыты для движения.
Пострадавшим от наводнения выплачена единовременная материальная помощь.
Суд признал увольнение незаконным и обязал работодателя восстановить сотрудницу в должности.
Прокурор потребовал назначить подсудимому наказание в виде пяти лет лишения свободы.
Защита намерена обжаловать приговор в апелляционной инстанции.
Следствие установило, что чиновник получал взятки за выдачу разрешений на строительство.
Свидетели дали противоречивые показания, и суд назначил дополнительную экспертизу.
Полицейские задержали подозреваемого спустя несколько часов после происшествия.
Адвокат заявил, что его клиент невиновен и что доказательства были сфабрикованы.
Общественная наблюдательная комиссия выявила нарушения в исправительной колонии.
Осужденные жаловались на плохое питание, отсутствие медицинской помощи и на то, что их лишали свиданий с родственниками.
Депутаты предложили увеличить размер пособия по уходу за ребенком до трех лет.
Законопроект о социальной защите инвалидов прошел первое чтение в нижней палате.
Сенаторы вернули закон на доработку, указав на противоречия с бюджетным кодексом.
Президент подписал указ о проведении амнистии в связи с юбилеем независимости.
Премьер-министр провел совещание по вопросам обеспечения продовольственной безопасности.
Посол вручил верительные грамоты и обсудил перспективы двустороннего сотрудничества.
Делегация приняла участие в международной конференции по вопросам изменения климата.
Эксперты обсудили роль национальных институтов по правам человека в предупреждении пыток.
Омбудсмен получил в этом году более трех тысяч обращений, большинство из которых касались социальных вопросов.
Жалобы на действия сотрудников полиции рассматриваются той же полицией, что вызывает сомнения в их объективности.
Необходимо создать независимый механизм для расследования преступлений, совершенных сотрудниками правоохранительных органов.
Видеонаблюдение в комнатах для допросов установлено не во всех отделениях.
Медицинское освидетельствование задержанных проводится в присутствии конвоя, что нарушает конфиденциальность.
Сроки содержания под стражей до суда часто продлеваются без достаточных оснований.
Альтернативные меры пресечения, такие как домашний арест и залог, применяются редко.
Несовершеннолетних правонарушителей следует направлять в программы восстановительного правосудия, а не в места лишения свободы.
Социальные работники помогают семьям в трудной жизненной ситуации и предотвращают изъятие детей.
Число детей, оставшихся без попечения родителей, сократилось благодаря развитию приемных семей.
Усыновление иностранными гражданами допускается только в исключительных случаях.
Подростки из детских домов после выпуска часто не имеют жилья и работы.
Государство выделяет им квартиры, но очередь растягивается на годы.
Пожилые люди, проживающие одни, получают помощь социальных работников на дому.
Пандусы и лифты в общественных зданиях по-прежнему редкость, и людям на колясках трудно передвигаться по городу.
Сурдопереводчиков не хватает, поэтому глухие люди не могут полноценно участвовать в судебных процессах.
Книги, напечатанные шрифтом Брайля, почти не издаются.
Работодатели, принимающие на работу людей с инвалидностью, получают налоговые льготы.
Квота рабочих мест для инвалидов на практике не соблюдается, а штрафы за ее нарушение незначительны.
Женщины составляют лишь небольшую долю депутатов парламента и руководителей государственных органов.
Гендерные стереотипы сохраняются в школьных учебниках и в средствах массовой информации.
Закон о профилактике бытового насилия не предусматривает уголовной ответственности за побои, совершенные впервые.
Защитные предписания выдаются на короткий срок, и их нарушение почти никогда не влечет наказания.
Кризисные центры финансируются за счет грантов международных организаций и поэтому работают нестабильно.
Кражи невест и принудительные браки по-прежнему встречаются в некоторых сельских районах.
Национальные меньшинства представлены в консультативных органах, но их влияние на принятие решений ограничено.
Количество школ с обучением на языках меньшинств постепенно сокращается.
Верующие сообщают о штрафах за проведение религиозных собраний без регистрации.
Распространение религиозной литературы требует согласования с уполномоченным органом.
Обязательная регистрация религиозных объединений с минимальным числом членов затрудняет деятельность небольших общин.
Граждане вправе обращаться в Конституционный суд, если считают, что закон нарушает их права.
Решения международных договорных органов не имеют в стране обязательной силы, и суды на них почти не ссылаются.
Комитет рекомендует обеспечить выполнение мнений, принятых по индивидуальным сообщениям.
Данный вопрос был также затронут в ходе универсального периодического обзора.
Делегация пояснила, что законопроект учитывает рекомендации международных экспертов.
Правительство не согласно с выводами доклада и считает их основанными на непроверенных сведениях.
В ответ на вопросы членов Комитета представитель министерства сообщил, что соответствующая статистика будет представлена письменно.
Комитет просит государство-участника в течение двадцати четырех месяцев представить информацию о выполнении рекомендаций, содержащихся в пунктах выше.
Он родился в небольшом поселке на берегу реки и в детстве мечтал стать летчиком.
Наша семья переехала в столицу, когда мне было двенадцать лет.
Каждое утро она пьет кофе, читает новости и только потом идет на работу.
В выходные мы собираемся всей семьей за большим столом.
Бабушка печет пироги с яблоками, а дедушка рассказывает истории о своей молодости.
Соседи помогли нам перенести мебель на пятый этаж.
Этот фильм мне совсем не понравился, хотя критики его хвалят.
Мы заблудились в горах и вернулись домой только поздно ночью.
Ребенок заболел, и мне пришлось взять больничный.
Сын учится в третьем классе и уже хорошо читает.
Дочь хочет поступить в медицинский институт и стать хирургом.
Погода испортилась, и прогулку пришлось отменить.
Извините, вы не подскажете, как пройти к вокзалу?
Спасибо за помощь, без вас мы бы не справились.
Я согласен с вами, но давайте обсудим детали позже.
Он всегда приходит вовремя и никогда не подводит.
Они поженились прошлой весной и теперь ждут первого ребенка.
Когда я был студентом, я подрабатывал официантом в ресторане.
Кошка спит на подоконнике, а собака лежит у двери.
Хлеб закончился, купи, пожалуйста, по дороге домой.
Мы надеемся, что ситуация скоро изменится к лучшему.
Это было самое трудное решение в моей жизни.
Все уже собрались, можно начинать.
Поезд опоздал на два часа из-за ремонта путей.
)text";
}

// Kazakh written for this tool, to add everyday words and sentences without the letters specific
// to Kazakh to the constitution's legal register.
const char* own_kazakh() {
    return R"text(
Комитет қатысушы мемлекеттің пациенттердің құқықтары туралы жаңа заң қабылдағанын құптайды.
Алайда бұл заңның ережелері, әсіресе ауылдық жерлерде, бірізді қолданылмайтынына алаңдаушылық білдіреді.
Комитет қатысушы мемлекетке заңды іске асыру үшін жеткілікті қаржы және кадр ресурстарын бөлуді ұсынады.
Есірткі тұтынатын адамдар қудалаудан қорықпай медициналық көмекке жүгіне алуы тиіс.
Баяндамада азаптау туралы шағымдардың саны және оларды қарау нәтижелері туралы мәлімет жоқ.
Ерлер мен әйелдердің жалақысы арасындағы алшақтықты азайту үшін қабылданған шаралар туралы ақпарат беруіңізді сұраймыз.
Аз қамтылған отбасылардан шыққан балалар үшін бастауыш және орта білімнің қолжетімділігін арттыру қажет.
Үкімет адам құқықтары саласындағы бес жылдық ұлттық іс-қимыл жоспарын бекітті.
Баяндаманы азаматтық қоғам өкілдерінің қатысуымен ведомствоаралық жұмыс тобы дайындады.
Адам құқықтары жөніндегі уәкіл бас бостандығынан айыру орындарына алдын ала хабарламай бара алады.
Соңғы үш жылда отбасындағы зорлық-зомбылық туралы тіркелген істердің саны екі есеге жуық өсті.
Зорлық-зомбылықтан зардап шеккен әйелдер көбінесе қайда жүгінерін білмейді.
АИТВ-мен өмір сүретін адамдар жұмысқа орналасуда кемсітушілікке тап болады.
Орынбасушы терапия тек бірнеше ірі қалада ғана қолжетімді.
Ең төменгі жалақы күнкөріс деңгейінен төмен болып отыр.
Халықтың едәуір бөлігі экономиканың бейресми секторында жұмыс істейді.
Еңбек мигранттары көбінесе шартсыз жұмыс істейді.
Кәсіподақтарды тіркеу рәсімі әлі де күрделі және ұзаққа созылады.
Қарт адамдардың зейнетақысы тамаққа, тұрғын үйге және дәріге әрең жетеді.
Мүгедектігі бар балалар жиі үйде немесе арнаулы мекемелерде оқиды.
Инклюзивті білім беруге көшу үшін мектептерді пандустармен, оқу құралдарымен және даярланған мұғалімдермен қамтамасыз ету керек.
Шалғай ауылдарда дәріхана да, фельдшерлік пункт те жоқ.
Көптеген елді мекендерде ауыз судың сапасы санитариялық нормаларға сай келмейді.
Теңіздің тартылуы маңайдағы аудандар тұрғындарының денсаулығына ауыр зардабын тигізді.
Журналистер мен құқық қорғаушылар қысымға ұшырап отыр.
Заңнамадағы экстремизм ұғымы тым кең тұжырымдалған.
Соттар айыпталушылардың мойындау жауаптары мәжбүрлеу арқылы алынды деген арыздарын сирек ескереді.
Денсаулық сақтауға арналған бюджет өңірдегі ең төменгі көрсеткіштердің бірі болып қала береді.
Ауыл әйелдерінің жерге, несиеге және репродуктивтік денсаулық қызметтеріне қолжетімділігі шектеулі.
Азаматтығы жоқ адамдар шұғыл көмектен басқа медициналық көмек ала алмайды.
Ресми статистика бойынша кедейлік деңгейі төмендеді, бірақ оны есептеу әдістемесі күмән туғызады.
Комитет қатысушы мемлекеттен осы қорытынды ескертпелерді қоғамның барлық топтары арасында кеңінен таратуды сұрайды.
Әділет министрлігі заң жобасын әзірледі, ол қазір парламентте талқыланып жатыр.
Хабарлама авторы жауап алу кезінде ұрып-соғылғанын және шағымдарының жауапсыз қалғанын айтады.
Кеше кешке қалада қатты жаңбыр жауып, көп көшелерді су басты.
Менің ағам мектепте мұғалім болып істейді және өз жұмысын жақсы көреді.
Біз автобусты ұзақ күттік, сосын жаяу кетуге шештік.
Ол бұл кітапты екі күнде оқып шықты да, кітапханадан келесісін алды.
Жазда біз әдетте ауылға әжемізге барамыз, онда өзенге түсіп, саңырауқұлақ тереміз.
Дәрігер оған көбірек серуендеуге және уақытында ұйықтауға кеңес берді.
Ертең ауа райы жақсы болса, қала сыртына барамыз.
Неге келгенде маған телефон соқпадың?
Ол ауырып қалғандықтан келе алмайтынын айтты.
Астанаға дейінгі билет қанша тұрады және ең жақын пойыз қашан жүреді?
Балалар кешке дейін аулада ойнады.
Бұл мәселе қосымша зерттеуді талап етеді, біз оған келесі отырыста ораламыз.
Жаңа қағидалар келесі жылдың бірінші қаңтарынан бастап күшіне енеді.
Аудан тұрғындары тұрғын үйлердің жанында зауыт салуға қарсы қол жинады.
Олар ата-анасымен бірге қала шетіндегі шағын үйде тұрады.
Бір жылда азық-түлік бағасы, әсіресе нан, сүт және көкөніс бағасы айтарлықтай өсті.
Бала бақшаға баратын балалардың саны артты, бірақ қала мен ауыл арасындағы айырмашылық сақталып отыр.
Парламент адам саудасы үшін жазаны күшейтетін түзетулер қабылдады.
Зардап шеккендерге уақытша баспана, психологиялық көмек және заң кеңестері беріледі.
Тегін заң көмегінің мемлекеттік кепілдіктері тек қылмыстық істерге қолданылады.
Сот шешімдері толық жарияланбайды, бұл сот төрелігіне қоғамдық бақылауды қиындатады.
Жаңа заң жылдың соңына дейін қабылданады деп күтілуде.
Сонымен, қазіргі қорғау тетіктерін тиімді деп тануға болмайды.
Мемлекет Пактіде бекітілген құқықтарды құрметтеуге, қорғауға және жүзеге асыруға міндетті.
Осы құқықтарды кез келген шектеу заңда көзделуге, заңды мақсатты көздеуге және мөлшерлес болуға тиіс.
Аса осал топтарға ерекше назар аудару қажет.
Олар ертеде осы өзеннің бойында тұрған екен.
Ата-ана балаларының денсаулығы туралы толық ақпарат алуға тиіс.
Арал маңындағы ауылдарда жұмыс табу оңай емес.
Сабақтан кейін оқушылар спорт залына барады.
Біз бұл мәселені алдағы аптада қайта талқылаймыз.
Жаңа аурухана салынғаннан кейін адамдар дәрігерге қалаға бармай-ақ қарала алады.
Мен кеше кітапханада ескі газеттерді оқыдым.
Анам бүгін таңертең базарға барып, жеміс пен көкөніс сатып алды.
Осы жылы елде жаңа мектептер мен балабақшалар ашылды.
Сіз бұл құжаттарды қай мекемеге тапсырдыңыз?
Барлық қатысушылар жобаны пысықтау қажет екенімен келісті.
Қыста мұнда өте суық болады, ауа температурасы отыз градустан төмен түседі.
Өтініш бойынша жауап он бес жұмыс күні ішінде берілуге тиіс.
Азаматтар өтініштерін бірыңғай портал арқылы электрондық нысанда жібере алады.
Сыбайлас жемқорлық экономикалық және әлеуметтік құқықтарды жүзеге асыруға елеулі кедергі болып қала береді.
Жастар жұмыс іздеп ауылдардан қалаларға көшіп жатыр.
Арнаулы баяндамашы үкіметтің шақыруымен елге келіп, билік өкілдерімен және зардап шеккендермен кездесті.
Тергеу изоляторлары толып кеткен және нашар жылытылады.
Үкіметтік емес ұйымдар шетелден қаржыны кедергісіз ала алуға тиіс.
Бейбіт жиналыстарды ұйымдастырушыларға айыппұл салынады.
Интернетке қолжетімділік, әсіресе наразылық кезінде, мезгіл-мезгіл шектеледі.
Медицина қызметкерлері құпиялылықты әрдайым сақтай бермейді.
Бұл шаралар бір жыл бұрын қабылданған болатын.
Мәселе бойынша мәлімет баяндаманың қосымшасында келтірілген.
Дәрігерлер әр күз сайын тұмауға қарсы екпе салдыруды ұсынады, әсіресе қарт адамдар мен балаларға.
Жаңа емхана заманауи диагностикалық жабдықпен, оның ішінде магниттік-резонанстық томография аппаратымен жабдықталған.
Созылмалы аурулары бар пациенттерге дәрілер учаскелік дәрігердің рецепті бойынша тегін беріледі.
Туберкулездің алдын алу бағдарламасы сотталғандарды, мигранттарды және жатақханада тұратын адамдарды қамтиды.
Компания дәрігерге жазылуға және талдау нәтижелерін алуға мүмкіндік беретін мобильді қосымша әзірледі.
Мемлекеттік қызметтерді цифрландыру кезектерді қысқартты, бірақ қарт адамдарға интернетті пайдалану қиынға соғады.
Азаматтардың дербес деректері қорғалған серверлерде сақталуға тиіс.
Елдің экономикасы көбінесе мұнай, газ және металл экспортына байланысты.
Өткен жылы инфляция Ұлттық банктің болжамынан асып түсті.
Фермерлер жанармай мен тыңайтқыш бағасының қымбаттығына және суармалы судың тапшылығына шағымданады.
Туризм саласы пандемиядан кейін тез қалпына келіп келеді.
Қала әкімдігі велосипед жолдарының желісін кеңейтуді және қоғамдық көлікті жаңартуды жоспарлап отыр.
Театр классикалық роман желісі бойынша қойылған спектакльдің премьерасын көрсетті.
Мұражайда көшпелі мәдениет тарихына және дәстүрлі қолөнерге арналған көрме ашылды.
Құрама команданың спортшылары әлем чемпионатында бірнеше медаль жеңіп алды.
Университет студенттері әлеуметтік желілердің жастарға әсері туралы зерттеу жүргізді.
Мұғалімдер балалардың кітапты аз оқып, смартфонмен көп уақыт өткізетінін айтады.
Білім министрлігі математика және жаратылыстану пәндері бойынша жаңа оқу бағдарламаларын бекітті.
Көп балалы отбасылардан шыққан студенттердің стипендиясы он бес пайызға өсті.
Банк алғаш рет баспана сатып алатын жас отбасыларға жеңілдікті ипотека ұсынады.
Экологтар өзендердің өнеркәсіп қалдықтарымен ластануына алаңдап отыр.
Жазғы орман өрттері мыңдаған гектар орманды жойды.
Синоптиктер солтүстік аудандарда суық пен қатты жел болатынын болжайды.
Сот жұмыстан шығаруды заңсыз деп танып, жұмыс берушіні қызметкерді қызметіне қайта алуға міндеттеді.
Прокурор сотталушыға бес жыл бас бостандығынан айыру жазасын тағайындауды сұрады.
Қорғау тарапы үкімге апелляциялық шағым беруге ниетті.
Тергеу шенеуніктің құрылысқа рұқсат беру үшін пара алғанын анықтады.
Полиция қызметкерлері күдіктіні оқиғадан бірнеше сағат өткен соң ұстады.
Депутаттар бала күтімі жөніндегі жәрдемақының мөлшерін ұлғайтуды ұсынды.
Президент тәуелсіздік мерейтойына байланысты рақымшылық жасау туралы жарлыққа қол қойды.
Делегация климаттың өзгеруі мәселелері жөніндегі халықаралық конференцияға қатысты.
Полиция қызметкерлерінің әрекеттеріне шағымдарды сол полицияның өзі қарайды.
Әлеуметтік қызметкерлер қиын өмірлік жағдайдағы отбасыларға көмектеседі.
Қоғамдық ғимараттарда пандустар мен лифтілер әлі де сирек кездеседі.
Ымдау тілі аудармашылары жетіспейді.
Әйелдер парламент депутаттарының аз ғана бөлігін құрайды.
Гендерлік стереотиптер мектеп оқулықтарында және бұқаралық ақпарат құралдарында сақталып отыр.
Ұлттық азшылықтардың тілдерінде оқытатын мектептердің саны біртіндеп азайып келеді.
Діни бірлестіктерді міндетті түрде тіркеу шағын қауымдастықтардың қызметін қиындатады.
Азаматтар заң олардың құқықтарын бұзады деп санаса, Конституциялық сотқа жүгіне алады.
Ол өзен жағасындағы шағын кентте дүниеге келген, бала кезінде ұшқыш болуды армандаған.
Мен он екі жаста болғанда біздің отбасымыз астанаға көшті.
Ол күн сайын таңертең кофе ішіп, жаңалықтарды оқиды да, сосын жұмысқа кетеді.
Демалыс күндері бүкіл отбасымыз үлкен дастарқан басына жиналамыз.
Әжем алма салып бәліш пісіреді, ал атам жастық шағы туралы әңгімелейді.
Көршілер жиһазды бесінші қабатқа көтеруге көмектесті.
Сыншылар мақтағанымен, бұл фильм маған мүлде ұнамады.
Балам ауырып қалып, ауру парағын алуға тура келді.
Ұлым үшінші сыныпта оқиды және қазірдің өзінде жақсы оқиды.
Қызым медицина институтына түсіп, хирург болғысы келеді.
Кешіріңіз, вокзалға қалай баруға болатынын айтып жібермейсіз бе?
Көмегіңізге рахмет, сіз болмасаңыз біз үлгермес едік.
Мен сізбен келісемін, бірақ егжей-тегжейін кейін талқылайық.
Олар өткен көктемде үйленіп, енді тұңғыш балаларын күтіп жүр.
Мысық терезе алдында ұйықтап жатыр, ал ит есік жанында жатыр.
Нан бітіп қалды, үйге келе жатып сатып ала салшы.
Жағдай жақында жақсы жаққа өзгереді деп үміттенеміз.
Бәрі жиналып болды, бастай беруге болады.
Жолдарды жөндеуге байланысты пойыз екі сағатқа кешікті.
Демократия, парламентаризм және азаматтық қоғам институттары дамып келеді.
Статистика агенттігінің деректері бойынша халық саны жиырма миллионнан асты.
Психолог жасөспірімдермен жеке кеңес өткізеді.
Компьютер сыныптары барлық ауыл мектептерінде ашылатын болады.
Инвесторлар энергетика және логистика секторларына қызығушылық танытуда.
Министр брифингте реформаның негізгі бағыттарын таныстырды.
Конференцияға қатысушылар медиация мен арбитраждың рөлін талқылады.
Университеттің профессорлары халықаралық журналдарда мақалалар жариялайды.
Вакцинация науқаны республиканың барлық өңірлерінде жүргізілді.
Кардиология орталығында күрделі операциялар жасалады.
Сарапшылар экономиканы әртараптандыру қажет деп есептейді.
)text";
}

}  // namespace
