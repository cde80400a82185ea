#include "core/meta_from_text.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/analyzer.hpp"

namespace paragraf::core {

namespace {

struct Cue {
    std::string_view value;  // body code or type
    std::string_view text;   // normalised (lower-case) phrase
};

// Phrases that name a treaty body or its treaty. Acronyms count only as whole words. Russian
// phrases leave out the declined head word ("Комитет(а|у|ом) по правам ребенка").
constexpr Cue kBodyCues[] = {
    {"CESCR", "cescr"},
    {"CESCR", "icescr"},
    {"CESCR", "committee on economic, social and cultural rights"},
    {"CESCR", "covenant on economic, social and cultural rights"},
    {"CESCR", "по экономическим, социальным и культурным правам"},
    {"CESCR", "об экономических, социальных и культурных правах"},
    {"CESCR", "экономикалық, әлеуметтік және мәдени құқықтар"},
    {"CCPR", "human rights committee"},
    {"CCPR", "iccpr"},
    {"CCPR", "covenant on civil and political rights"},
    {"CCPR", "комитет по правам человека"},
    {"CCPR", "комитета по правам человека"},
    {"CCPR", "комитету по правам человека"},
    {"CCPR", "о гражданских и политических правах"},
    {"CCPR", "азаматтық және саяси құқықтар"},
    {"CRC", "committee on the rights of the child"},
    {"CRC", "convention on the rights of the child"},
    {"CRC", "по правам ребенка"},
    {"CRC", "о правах ребенка"},
    {"CRC", "бала құқықтары"},
    {"CEDAW", "cedaw"},
    {"CEDAW", "discrimination against women"},
    {"CEDAW", "дискриминации в отношении женщин"},
    {"CEDAW", "әйелдерге қатысты кемсітушілік"},
    {"CAT", "committee against torture"},
    {"CAT", "convention against torture"},
    {"CAT", "против пыток"},
    {"CERD", "cerd"},
    {"CERD", "racial discrimination"},
    {"CERD", "расовой дискриминации"},
    {"CRPD", "crpd"},
    {"CRPD", "rights of persons with disabilities"},
    {"CRPD", "правах инвалидов"},
    {"CRPD", "правам инвалидов"},
    {"CRPD", "правах лиц с инвалидностью"},
    {"CRPD", "мүгедектердің құқықтары"},
    {"UPR", "universal periodic review"},
    {"UPR", "универсальный периодический обзор"},
    {"UPR", "универсального периодического обзора"},
    {"UPR", "жалпыға бірдей мерзімді шолу"},
};

constexpr std::string_view kSubmissionCues[] = {
    "parallel submission",   "parallel report",     "shadow report",  "alternative report",
    "joint submission",      "ngo submission",      "submission by",  "this submission",
    "альтернативный доклад", "параллельный доклад", "теневой доклад", "альтернативного доклада",
    "баламалы баяндама",
};

// Lower-cased words separated by single spaces: "Economic, Social, and Cultural Rights" and
// "economic social and cultural rights" compare equal.
std::string words_only(std::string_view text) {
    const std::string folded = normalize(text);
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        const bool separator = u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        if (!separator)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Occurrences of `cue` in `text` that start a word (for Latin cues: not preceded by a letter,
// so that "cescr" is not found in "icescr"; Cyrillic cues are whole phrases or stems).
std::size_t count_word_starts(const std::string& text, std::string_view cue_text) {
    const std::string cue = words_only(cue_text);
    if (cue.empty()) return 0;
    std::size_t count = 0;
    for (std::size_t at = text.find(cue); at != std::string::npos; at = text.find(cue, at + 1)) {
        if (at > 0 && is_ascii_letter(text[at - 1])) continue;
        const std::size_t end = at + cue.size();
        if (is_ascii_letter(cue.back()) && end < text.size() && is_ascii_letter(text[end]) &&
            cue.size() <= 6)
            continue;  // an acronym must end where the word ends
        ++count;
    }
    return count;
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// Drops a final Cyrillic vowel or soft sign so that case forms match: "россия" -> "росси"
// finds "России"; Latin names are kept whole.
std::string stem_of_name(std::string name) {
    static const std::string_view endings[] = {"а", "я", "ь", "ы", "и", "е", "о", "й"};
    if (name.size() < 10) return name;  // 5+ Cyrillic letters: short names stay whole
    for (std::string_view e : endings)
        if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
            return name.substr(0, name.size() - e.size());
    return name;
}

// Country names as ICU knows them in English, Russian and Kazakh, normalised, with codes.
const std::vector<std::pair<std::string, std::string>>& country_names() {
    static std::vector<std::pair<std::string, std::string>> names;
    static std::once_flag once;
    std::call_once(once, [] {
        const icu::Locale languages[] = {icu::Locale::getEnglish(), icu::Locale("ru"),
                                         icu::Locale("kk")};
        for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
            const icu::Locale country("", *code);
            const std::string alpha3 = country.getISO3Country();
            if (alpha3.size() != 3) continue;
            for (const icu::Locale& language : languages) {
                icu::UnicodeString display;
                country.getDisplayCountry(language, display);
                std::string name = words_only(to_utf8(display));
                // Two-letter fallbacks and very short names would match inside words.
                if (name.size() < 4 || name == normalize(*code)) continue;
                names.emplace_back(stem_of_name(name), alpha3);
            }
        }
    });
    return names;
}

// The value with the most votes if it has at least `min_votes` and no other has as many.
std::string clear_winner(const std::map<std::string, std::size_t>& votes, std::size_t min_votes) {
    std::string best;
    std::size_t best_votes = 0;
    bool tie = false;
    for (const auto& [value, n] : votes) {
        if (n > best_votes) {
            best = value;
            best_votes = n;
            tie = false;
        } else if (n == best_votes) {
            tie = true;
        }
    }
    return best_votes >= min_votes && !tie ? best : std::string();
}

}  // namespace

TextMetadata infer_metadata_from_text(std::string_view opening) {
    TextMetadata meta;
    const std::string text = words_only(opening);

    std::map<std::string, std::size_t> bodies;
    for (const Cue& cue : kBodyCues)
        if (const std::size_t n = count_word_starts(text, cue.text); n > 0)
            bodies[std::string(cue.value)] += n;
    meta.body = clear_winner(bodies, 1);

    std::map<std::string, std::size_t> countries;
    for (const auto& [stem, code] : country_names())
        if (const std::size_t n = count_word_starts(text, stem); n > 0) countries[code] += n;
    meta.country = clear_winner(countries, 1);

    for (std::string_view cue : kSubmissionCues)
        if (count_word_starts(text, cue) > 0) meta.type = "ngo-submission";
    return meta;
}

}  // namespace paragraf::core
