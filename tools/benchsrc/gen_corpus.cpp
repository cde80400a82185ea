// gen_corpus: writes a deterministic synthetic corpus of UN-style plain-text documents in
// English, Russian and Kazakh for the end-to-end benchmark (tools/bench).
//
// Word lists are built at run time from real text given on the command line (nothing copied
// is committed); words are drawn from them Zipf-distributed by their rank in that text. The
// same seed always gives the same bytes: the generator uses its own PRNG (splitmix64 and
// xoshiro256**) and its own sampling code, never the standard distributions, whose output
// differs between library versions. Document k depends only on (seed, k), so a smaller
// corpus is a prefix of a larger one.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

namespace fs = std::filesystem;

namespace {

// --------------------------------------------------------------------------------------------
// Randomness with a fixed algorithm

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng {
  public:
    explicit Rng(std::uint64_t seed) {
        for (auto& word : s_) word = splitmix64(seed);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform in [lo, hi]; the tiny modulo bias does not matter here.
    std::uint64_t between(std::uint64_t lo, std::uint64_t hi) {
        return lo + next() % (hi - lo + 1);
    }

    bool chance(double p) { return unit() < p; }

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[next() % items.size()];
    }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> s_{};
};

// --------------------------------------------------------------------------------------------
// UTF-8 helpers for the Latin and Cyrillic letters the sources use

/// Decodes the code point at s[i] and advances i; malformed bytes decode as U+FFFD.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = b0 & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_latin(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_cyrillic(char32_t c) {
    return c >= 0x0400 && c <= 0x04FF;
}

char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
    if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
    if (c >= 0x0460 && c <= 0x04FF && c % 2 == 0) return c + 1;  // Ә/ә, Қ/қ, Ң/ң, Ө/ө, Ұ/ұ...
    return c;
}

char32_t to_upper(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c >= 0x0430 && c <= 0x044F) return c - 0x20;
    if (c >= 0x0450 && c <= 0x045F) return c - 0x50;
    if (c >= 0x0460 && c <= 0x04FF && c % 2 == 1) return c - 1;
    return c;
}

std::string capitalised(const std::string& word) {
    std::size_t i = 0;
    std::string out;
    encode(to_upper(decode(word, i)), out);
    out.append(word, i);
    return out;
}

// --------------------------------------------------------------------------------------------
// Vocabulary

enum class Script { latin, cyrillic };

/// Words of a source file in `script`, lower-cased. Markup (HTML, corpus XML) is skipped.
void count_words(const std::string& text, Script script,
                 std::unordered_map<std::string, std::uint64_t>& counts) {
    std::string word;
    bool in_tag = false;
    bool word_ok = true;
    auto flush = [&]() {
        if (!word.empty() && word_ok && word.size() >= 2) ++counts[word];
        word.clear();
        word_ok = true;
    };
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = decode(text, i);
        if (c == '<') in_tag = true;
        if (in_tag) {
            if (c == '>') in_tag = false;
            flush();
            continue;
        }
        if (is_latin(c) || is_cyrillic(c)) {
            if ((script == Script::latin) != is_latin(c)) word_ok = false;
            encode(to_lower(c), word);
        } else if ((c == '-' || c == '\'') && !word.empty() && i < text.size() &&
                   (is_latin(static_cast<unsigned char>(text[i])) ||
                    static_cast<unsigned char>(text[i]) >= 0xC0)) {
            word += static_cast<char>(c);
        } else {
            flush();
        }
    }
    flush();
}

/// Cumulative Zipf weights 1/(r+1)^s for ranks 0..n-1, normalised to end at 1.
std::vector<double> zipf_table(std::size_t n, double s) {
    std::vector<double> cumulative(n);
    double sum = 0;
    for (std::size_t r = 0; r < n; ++r) {
        sum += 1.0 / std::pow(static_cast<double>(r + 1), s);
        cumulative[r] = sum;
    }
    for (double& c : cumulative) c /= sum;
    return cumulative;
}

std::size_t draw(const std::vector<double>& cumulative, Rng& rng) {
    const double u = rng.unit();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()),
                                 cumulative.size() - 1);
}

/// Splits a word into code points (as UTF-8 strings).
std::vector<std::string> letters(const std::string& word) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t begin = i;
        decode(word, i);
        out.emplace_back(word.substr(begin, i - begin));
    }
    return out;
}

struct Language {
    std::string code;                // en, ru, kk
    std::vector<std::string> words;  // by rank in the source text
    std::vector<double> zipf;
    // Rare forms (head of one word + tail of another), so that the number of distinct terms
    // keeps growing with the corpus as it does in real text (Heaps' law).
    std::vector<std::string> rare;
    std::vector<double> rare_zipf;
    std::vector<std::string> phrases;  // multi-word expressions of the field, for phrase queries
};

void build_vocabulary(Language& lang, const std::vector<std::string>& files, Script script) {
    std::unordered_map<std::string, std::uint64_t> counts;
    for (const std::string& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + file);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        count_words(buffer.str(), script, counts);
    }
    std::vector<std::pair<std::string, std::uint64_t>> ranked(counts.begin(), counts.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (ranked.size() < 50)
        throw std::runtime_error("too few " + lang.code + " words in the given files");
    for (auto& entry : ranked) lang.words.push_back(std::move(entry.first));
    lang.zipf = zipf_table(lang.words.size(), 1.0);

    Rng rng(0xC0FFEE ^ lang.words.size());
    const std::size_t rare_count = std::min<std::size_t>(200000, lang.words.size() * 20);
    for (std::size_t k = 0; k < rare_count; ++k) {
        const std::vector<std::string> a = letters(rng.pick(lang.words));
        const std::vector<std::string> b = letters(rng.pick(lang.words));
        std::string form;
        for (std::size_t i = 0; i < (a.size() + 1) / 2; ++i) form += a[i];
        for (std::size_t i = b.size() / 2; i < b.size(); ++i) form += b[i];
        if (form.size() >= 4) lang.rare.push_back(form);
    }
    lang.rare_zipf = zipf_table(lang.rare.size(), 1.0);
}

// --------------------------------------------------------------------------------------------
// Documents

const std::vector<std::string> kCountries = {"KAZ", "KGZ", "UZB", "TJK", "TKM", "XAR",
                                             "ARM", "AZE", "GEO", "MDA", "UKR", "MNG"};

std::string make_symbol(Rng& rng) {
    const std::string& country = rng.pick(kCountries);
    const int cycle = static_cast<int>(rng.between(1, 4));
    switch (rng.next() % 6) {
        case 0:
            return "E/C.12/" + country + "/CO/" + std::to_string(cycle);
        case 1:
            return "CCPR/C/" + country + "/CO/" + std::to_string(cycle);
        case 2:
            return "CEDAW/C/" + country + "/CO/" + std::to_string(cycle + 1);
        case 3:
            return "CRC/C/" + country + "/CO/" + std::to_string(cycle) + "-" +
                   std::to_string(cycle + 1);
        case 4:
            return "E/C.12/" + country + "/" + std::to_string(cycle);
        default:
            return "CAT/C/" + country + "/CO/" + std::to_string(cycle);
    }
}

const char* const kMonthsEn[] = {"January",   "February", "March",    "April",
                                 "May",       "June",     "July",     "August",
                                 "September", "October",  "November", "December"};
const char* const kMonthsRu[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                 "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
const char* const kMonthsKk[] = {"қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
                                 "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

class Writer {
  public:
    Writer(const Language& lang, Rng& rng) : lang_(lang), rng_(rng) {}

    std::string word() {
        if (rng_.chance(0.02)) return lang_.rare[draw(lang_.rare_zipf, rng_)];
        return lang_.words[draw(lang_.zipf, rng_)];
    }

    std::string citation() {
        const std::string symbol = make_symbol(rng_);
        const int para = static_cast<int>(rng_.between(1, 80));
        const int art = static_cast<int>(rng_.between(1, 15));
        const std::uint64_t shape = rng_.next() % 4;
        const std::string& code = lang_.code;
        if (code == "en") {
            if (shape == 0) return "(see " + symbol + ", para. " + std::to_string(para) + ")";
            if (shape == 1)
                return "(" + symbol + ", paras. " + std::to_string(para) + "–" +
                       std::to_string(para + 2) + ")";
            if (shape == 2) return "under article " + std::to_string(art) + " of the Covenant";
            return "(" + symbol + ")";
        }
        if (code == "ru") {
            if (shape == 0) return "(см. " + symbol + ", п. " + std::to_string(para) + ")";
            if (shape == 1)
                return "(" + symbol + ", пп. " + std::to_string(para) + "–" +
                       std::to_string(para + 2) + ")";
            if (shape == 2) return "согласно статье " + std::to_string(art) + " Пакта";
            return "(" + symbol + ")";
        }
        if (shape == 0) return "(" + symbol + ", " + std::to_string(para) + "-тармақ)";
        if (shape == 1)
            return "(" + symbol + ", " + std::to_string(para) + "–" + std::to_string(para + 2) +
                   "-тармақтар)";
        if (shape == 2) return "Пактінің " + std::to_string(art) + "-бабына сәйкес";
        return "(" + symbol + ")";
    }

    std::string sentence() {
        const std::size_t length = rng_.between(6, 28);
        const std::size_t phrase_at = rng_.chance(0.12) ? rng_.between(1, length) : length + 1;
        std::string out;
        for (std::size_t i = 0; i < length; ++i) {
            std::string w = i == phrase_at ? rng_.pick(lang_.phrases) : word();
            if (i == 0) w = capitalised(w);
            if (i > 0) out += rng_.chance(0.07) ? ", " : " ";
            if (i > 0 && rng_.chance(0.01)) out += std::to_string(rng_.between(1990, 2025)) + " ";
            out += w;
        }
        if (rng_.chance(0.12)) out += " " + citation();
        out += '.';
        return out;
    }

    std::string paragraph() {
        const std::size_t sentences = rng_.between(2, 6);
        std::string out;
        for (std::size_t i = 0; i < sentences; ++i) {
            if (i > 0) out += ' ';
            out += sentence();
        }
        return out;
    }

    std::string heading() {
        const std::size_t length = rng_.between(2, 7);
        std::string out;
        for (std::size_t i = 0; i < length; ++i) {
            if (i > 0) out += ' ';
            out += i == 0 ? capitalised(word()) : word();
        }
        return out;
    }

    std::string date() {
        const int day = static_cast<int>(rng_.between(1, 28));
        const std::size_t month = rng_.next() % 12;
        const std::string year = std::to_string(rng_.between(2005, 2025));
        if (lang_.code == "en") return std::to_string(day) + " " + kMonthsEn[month] + " " + year;
        if (lang_.code == "ru")
            return std::to_string(day) + " " + kMonthsRu[month] + " " + year + " года";
        return year + " жылғы " + std::to_string(day) + " " + kMonthsKk[month];
    }

  private:
    const Language& lang_;
    Rng& rng_;
};

/// One document of about `target` bytes: a UN header (symbol, date, title), then numbered
/// paragraphs under lettered headings, one block a line as Word's text export writes them.
std::string make_document(const Language& lang, Rng& rng, std::size_t target) {
    Writer w(lang, rng);
    std::string out;
    out += make_symbol(rng) + "\n";
    out += w.date() + "\n\n";
    out += w.heading() + " " + w.heading() + "\n\n";
    int paragraph = 0;
    char section = 'A';
    while (out.size() < target && paragraph < 999) {
        if (paragraph == 0 || (rng.chance(0.08) && section <= 'Z')) {
            out += std::string(1, section++) + ". " + w.heading() + "\n\n";
        }
        out += std::to_string(++paragraph) + ". " + w.paragraph() + "\n\n";
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes a deterministic synthetic corpus of en/ru/kk UN-style .txt documents"};
    std::string out_dir;
    double megabytes = 20;
    std::uint64_t seed = 20240601;
    std::vector<std::string> en_files, ru_files, kk_files;
    app.add_option("--out", out_dir, "output folder (created)")->required();
    app.add_option("--megabytes", megabytes, "total size to write, in MB (10^6 bytes)");
    app.add_option("--seed", seed, "PRNG seed");
    app.add_option("--en", en_files, "English source text for the word list")->required();
    app.add_option("--ru", ru_files, "Russian source text for the word list")->required();
    app.add_option("--kk", kk_files, "Kazakh source text for the word list")->required();
    CLI11_PARSE(app, argc, argv);

    try {
        Language en{"en", {}, {}, {}, {}, {}};
        Language ru{"ru", {}, {}, {}, {}, {}};
        Language kk{"kk", {}, {}, {}, {}, {}};
        build_vocabulary(en, en_files, Script::latin);
        build_vocabulary(ru, ru_files, Script::cyrillic);
        build_vocabulary(kk, kk_files, Script::cyrillic);
        en.phrases = {"harm reduction",        "opioid agonist therapy",
                      "social security",       "right to health",
                      "freedom of expression", "national human rights institution"};
        ru.phrases = {"снижение вреда",           "заместительной терапии",
                      "социального обеспечения",  "право на здоровье",
                      "свободы выражения мнений", "национального правозащитного учреждения"};
        kk.phrases = {"зиянды азайту", "әлеуметтік қамсыздандыру", "денсаулық сақтау",
                      "сөз бостандығы", "адам құқықтары"};

        fs::create_directories(out_dir);
        const auto target_bytes = static_cast<std::uint64_t>(megabytes * 1e6);
        std::uint64_t written = 0;
        std::size_t files = 0;
        std::map<std::string, std::size_t> per_lang;
        for (std::uint64_t k = 0; written < target_bytes; ++k) {
            std::uint64_t doc_seed = seed ^ (k * 0xD1B54A32D192ED03ULL);
            Rng rng(splitmix64(doc_seed));
            const double u = rng.unit();
            const Language& lang = u < 0.60 ? en : u < 0.85 ? ru : kk;
            const auto size = static_cast<std::size_t>(rng.between(50000, 200000));
            const std::string text = make_document(lang, rng, size);
            char name[64];
            std::snprintf(name, sizeof name, "doc-%06llu-%s.txt",
                          static_cast<unsigned long long>(k), lang.code.c_str());
            const fs::path path = fs::path(out_dir) / name;
            std::ofstream out(path, std::ios::binary);
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            if (!out) throw std::runtime_error("cannot write " + path.string());
            written += text.size();
            ++files;
            ++per_lang[lang.code];
        }
        std::cout << "gen_corpus: " << files << " files, " << written << " bytes (en "
                  << per_lang["en"] << ", ru " << per_lang["ru"] << ", kk " << per_lang["kk"]
                  << "); vocabulary en " << en.words.size() << ", ru " << ru.words.size() << ", kk "
                  << kk.words.size() << " words\n";
    } catch (const std::exception& e) {
        std::cerr << "gen_corpus: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
