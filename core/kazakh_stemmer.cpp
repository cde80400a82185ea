#include "core/kazakh_stemmer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

#include "core/utf8.hpp"

namespace paragraf::core {

namespace {

// Longer words are returned as is: no Kazakh word form is this long, and the fixed buffer keeps
// stemming free of allocations until the result is written.
constexpr std::size_t kMaxLetters = 48;

// ---------------------------------------------------------------------------------------------
// Letters

bool is_vowel(char32_t c) {
    switch (c) {
        case U'а':
        case U'ә':
        case U'е':
        case U'ё':
        case U'и':
        case U'о':
        case U'ө':
        case U'у':
        case U'ұ':
        case U'ү':
        case U'ы':
        case U'і':
        case U'э':
        case U'ю':
        case U'я':
            return true;
        default:
            return false;
    }
}

// Letters only Kazakh uses: a word with one of them is Kazakh, whatever else it has.
bool is_kazakh_specific(char32_t c) {
    switch (c) {
        case U'ә':
        case U'ғ':
        case U'қ':
        case U'ң':
        case U'ө':
        case U'ұ':
        case U'ү':
        case U'һ':
        case U'і':
            return true;
        default:
            return false;
    }
}

// Letters that appear in Russian words but not in Kazakh suffixes or native stems.
// (Not э: Kazakh spells loans with it, and inflects them: экономиканы.)
bool is_russian_marker(char32_t c) {
    return c == U'ь' || c == U'ъ' || c == U'ё';
}

bool is_lower_cyrillic(char32_t c) {
    return (c >= U'а' && c <= U'я') || c == U'ё' || is_kazakh_specific(c);
}

// Classes of the letter a suffix is attached to. Kazakh suffixes change their first consonant
// by it (-лар after vowels, -дар after л/м/н, -тар after voiceless...), so a suffix found after
// the wrong class of letter is not that suffix but part of the stem (доллар is not долл+ар).
enum Prev : std::uint8_t {
    kV = 1,    // vowels
    kRJU = 2,  // р й у: sonorants that take л-suffixes
    kL = 4,    // л
    kMNN = 8,  // м н ң
    kZJ = 16,  // з ж
    kO = 32,   // voiceless and other obstruents
    kC = kRJU | kL | kMNN | kZJ | kO,
    kVoiced = kV | kRJU | kL | kMNN | kZJ,
    kAny = kV | kC,
};

std::uint8_t letter_class(char32_t c) {
    if (is_vowel(c)) {
        // у and ю are also [w]/[jw]: after them Kazakh uses the forms taken after consonants too.
        if (c == U'у' || c == U'ю') return kV | kRJU;
        if (c == U'и') return kV | kRJU;  // и is [ij]/[ɯj]
        return kV;
    }
    switch (c) {
        case U'р':
        case U'й':
            return kRJU;
        case U'л':
            return kL;
        case U'м':
        case U'н':
        case U'ң':
            return kMNN;
        case U'з':
        case U'ж':
            return kZJ;
        default:
            return kO;
    }
}

enum class Harmony : std::uint8_t { any, back, front };

Harmony harmony_of_vowel(char32_t c) {
    switch (c) {
        case U'а':
        case U'о':
        case U'ұ':
        case U'ы':
            return Harmony::back;
        case U'ә':
        case U'е':
        case U'ө':
        case U'ү':
        case U'і':
            return Harmony::front;
        default:  // и у ю я э ё: loans and glides, either row
            return Harmony::any;
    }
}

// ---------------------------------------------------------------------------------------------
// The word being stemmed, as code points in a fixed buffer.

class Word {
  public:
    // Decodes UTF-8; false when the text is not valid UTF-8 or too long to be a word.
    bool assign(std::string_view utf8) {
        n_ = 0;
        std::size_t i = 0;
        while (i < utf8.size()) {
            if (n_ == kMaxLetters) return false;
            const auto b0 = static_cast<unsigned char>(utf8[i]);
            char32_t c;
            std::size_t len;
            if (b0 < 0x80) {
                c = b0;
                len = 1;
            } else if ((b0 & 0xE0) == 0xC0) {
                c = b0 & 0x1F;
                len = 2;
            } else if ((b0 & 0xF0) == 0xE0) {
                c = b0 & 0x0F;
                len = 3;
            } else if ((b0 & 0xF8) == 0xF0) {
                c = b0 & 0x07;
                len = 4;
            } else {
                return false;
            }
            if (i + len > utf8.size()) return false;
            for (std::size_t k = 1; k < len; ++k) {
                const auto b = static_cast<unsigned char>(utf8[i + k]);
                if ((b & 0xC0) != 0x80) return false;
                c = (c << 6) | (b & 0x3F);
            }
            c_[n_++] = c;
            i += len;
        }
        return true;
    }

    std::string utf8() const {
        std::string out;
        out.reserve(n_ * 2);
        for (std::size_t i = 0; i < n_; ++i) append_utf8(out, c_[i]);
        return out;
    }

    std::size_t size() const { return n_; }
    char32_t operator[](std::size_t i) const { return c_[i]; }
    char32_t& operator[](std::size_t i) { return c_[i]; }
    std::u32string_view view() const { return {c_.data(), n_}; }

    bool ends_with(std::u32string_view s) const {
        return s.size() <= n_ && view().substr(n_ - s.size()) == s;
    }
    void cut(std::size_t k) { n_ -= k; }
    // Only ever called with stems shorter than the buffer.
    void set(std::u32string_view s) {
        n_ = s.size();
        std::copy(s.begin(), s.end(), c_.begin());
    }

  private:
    std::array<char32_t, kMaxLetters> c_{};
    std::size_t n_ = 0;
};

bool has_vowel(std::u32string_view s) {
    for (char32_t c : s)
        if (is_vowel(c)) return true;
    return false;
}

Harmony last_harmony(std::u32string_view s) {
    for (std::size_t i = s.size(); i-- > 0;)
        if (is_vowel(s[i])) return harmony_of_vowel(s[i]);
    return Harmony::any;
}

Harmony harmony_of_suffix(std::u32string_view s) {
    for (char32_t c : s)
        if (is_vowel(c)) return harmony_of_vowel(c);
    return Harmony::any;
}

// ---------------------------------------------------------------------------------------------
// Suffix tables. Each entry is a surface form and the class of letters it may follow. Within a
// table the longest forms come first: the first rule that applies wins.

// What a case ending requires of the suffix before it.
enum class Needs : std::uint8_t {
    nothing,
    poss3,  // pronominal forms (-н, -на, -нда, -нан) follow only the 3rd person possessive
    poss12,  // dative -а/-е follows only the 2nd person singular possessive (-ң; see strip_case)
};

struct Rule {
    std::u32string_view text;
    std::uint8_t prev;  // Prev classes the suffix may follow
    Needs needs = Needs::nothing;
};

constexpr Rule kCase[] = {
    // attributive locative (-дағы "which is in"): a case form in all but name
    {U"ндағы", kV, Needs::poss3},
    {U"ндегі", kV, Needs::poss3},
    {U"дағы", kVoiced},
    {U"дегі", kVoiced},
    {U"тағы", kO},
    {U"тегі", kO},
    // instrumental
    {U"менен", kAny},
    {U"бенен", kC},
    {U"пенен", kC},
    // ablative after the 3rd person possessive, older spelling
    {U"ндан", kV, Needs::poss3},
    {U"нден", kV, Needs::poss3},
    // genitive
    {U"ның", kV | kMNN | kRJU},
    {U"нің", kV | kMNN | kRJU},
    {U"дың", kC & ~kO},
    {U"дің", kC & ~kO},
    {U"тың", kO},
    {U"тің", kO},
    // ablative
    {U"нан", kMNN},
    {U"нен", kMNN},
    {U"нан", kV, Needs::poss3},  // үйінен
    {U"нен", kV, Needs::poss3},
    {U"дан", kVoiced},
    {U"ден", kVoiced},
    {U"тан", kO},
    {U"тен", kO},
    // instrumental (its first letter, too, is often not the grammars')
    {U"мен", kAny},
    {U"бен", kC},
    {U"пен", kC},
    // locative
    {U"нда", kV, Needs::poss3},
    {U"нде", kV, Needs::poss3},
    {U"да", kVoiced},
    {U"де", kVoiced},
    {U"та", kO},
    {U"те", kO},
    // dative
    {U"ға", kVoiced},
    {U"ге", kVoiced},
    {U"қа", kO},
    {U"ке", kO},
    {U"на", kV, Needs::poss3},
    {U"не", kV, Needs::poss3},
    // accusative
    {U"ны", kV},
    {U"ні", kV},
    {U"ды", kC & ~kO},
    {U"ді", kC & ~kO},
    {U"ты", kO},
    {U"ті", kO},
    {U"н", kV, Needs::poss3},
    // dative after the 2nd person singular possessive (үйіңе)
    {U"а", kMNN, Needs::poss12},
    {U"е", kMNN, Needs::poss12},
};

struct PossRule {
    std::u32string_view text;
    std::uint8_t prev;
    Needs kind = Needs::nothing;  // the person, as far as a case ending cares
};

// The 1st person singular after a vowel (-м) needs a stem of five letters (kMinStemM), since it
// ends many short nouns of their own (адам, әлем, қоғам, төлем, құрам), and does not follow
// у/ю/и/ы/і (see strip_possessive). After a consonant (-ым/-ім) it needs three letters (үкім,
// өкім, сығым are words), and the nouns it would cut that matter most are kept whole by kKeep.
constexpr PossRule kPossessive[] = {
    {U"ыңыздар", kC},
    {U"іңіздер", kC},
    {U"ңыздар", kV},
    {U"ңіздер", kV},
    {U"ыңдар", kC},
    {U"іңдер", kC},
    {U"ымыз", kC},
    {U"іміз", kC},
    {U"ыңыз", kC},
    {U"іңіз", kC},
    {U"ңдар", kV},
    {U"ңдер", kV},
    {U"мыз", kV},
    {U"міз", kV},
    {U"ңыз", kV},
    {U"ңіз", kV},
    {U"ың", kC, Needs::poss12},
    {U"ің", kC, Needs::poss12},
    {U"ым", kC, Needs::poss12},
    {U"ім", kC, Needs::poss12},
    {U"сы", kV, Needs::poss3},
    {U"сі", kV, Needs::poss3},
    {U"ң", kV, Needs::poss12},
    {U"м", kV},
    {U"ы", kC, Needs::poss3},
    {U"і", kC, Needs::poss3},
};

// The plural's first letter follows the stem's last one (-лар after vowels, -дар after л/м/н,
// -тар after voiceless), but not always as the grammars say, so the classes are generous.
constexpr Rule kPlural[] = {
    {U"лар", kV | kRJU | kMNN},
    {U"лер", kV | kRJU | kMNN},
    {U"дар", kL | kMNN | kZJ | kRJU},
    {U"дер", kL | kMNN | kZJ | kRJU},
    {U"тар", kC},
    {U"тер", kC},
};

// Finite verb endings: tense + person. Tried on the whole word before the noun endings, since
// several end like a possessive (жаздым is жаз+ды+м, not жазд+ым).
constexpr Rule kFinite[] = {
    // past: -ды/-ті + person
    {U"дыңыздар", kVoiced},
    {U"діңіздер", kVoiced},
    {U"тыңыздар", kO},
    {U"тіңіздер", kO},
    {U"дыңдар", kVoiced},
    {U"діңдер", kVoiced},
    {U"тыңдар", kO},
    {U"тіңдер", kO},
    {U"дыңыз", kVoiced},
    {U"діңіз", kVoiced},
    {U"тыңыз", kO},
    {U"тіңіз", kO},
    {U"дым", kVoiced},
    {U"дім", kVoiced},
    {U"тым", kO},
    {U"тім", kO},
    // after a vowel these cannot be a genitive, a derived -лық or an accusative
    {U"дың", kV},
    {U"дің", kV},
    {U"дық", kV},
    {U"дік", kV},
    // present-future: -а/-е after consonants, -й after vowels (-и where ы+й merge) + person
    {U"асыңдар", kC},
    {U"есіңдер", kC},
    {U"йсыңдар", kV},
    {U"йсіңдер", kV},
    {U"асыздар", kC},
    {U"есіздер", kC},
    {U"йсыздар", kV},
    {U"йсіздер", kV},
    {U"амын", kC},
    {U"емін", kC},
    {U"ймын", kV},
    {U"ймін", kV},
    {U"имын", kC},
    {U"имін", kC},
    {U"асың", kC},
    {U"есің", kC},
    {U"йсың", kV},
    {U"йсің", kV},
    {U"йсыз", kV},
    {U"йсіз", kV},
    {U"ймыз", kV},
    {U"йміз", kV},
    {U"имыз", kC},
    {U"иміз", kC},
    {U"ады", kC},
    {U"еді", kC},
    {U"йды", kV},
    {U"йді", kV},
    {U"иды", kC},
    {U"иді", kC},
    {U"ды", kV},
    {U"ді", kV},
    // optative
    {U"айын", kC},
    {U"ейін", kC},
    {U"айық", kC},
    {U"ейік", kC},
    {U"йын", kV},
    {U"йін", kV},
    {U"йық", kV},
    {U"йік", kV},
    // imperative 3rd person; after vowels it is the possessive -сы + -н, which ends the same
    {U"сын", kC},
    {U"сін", kC},
    // conditional
    {U"са", kL | kMNN | kRJU | kZJ | kO},
    {U"се", kL | kMNN | kRJU | kZJ | kO},
    // converb
    {U"ып", kC},
    {U"іп", kC},
};

// Verbal nouns and participles, which take the noun endings: stripped after those.
constexpr Rule kVerbal[] = {
    {U"йтын", kV}, {U"йтін", kV}, {U"ған", kVoiced}, {U"ген", kVoiced}, {U"қан", kO}, {U"кен", kO},
};

// Stems that lose their second vowel before a vowel-initial ending (халық -> халқы, орын ->
// орны): what is left after the ending, and the word's own stem.
constexpr std::pair<std::u32string_view, std::u32string_view> kElided[] = {
    {U"халқ", U"халық"}, {U"ауз", U"ауыз"},   {U"орн", U"орын"},   {U"мұрн", U"мұрын"},
    {U"ерн", U"ерін"},   {U"қарн", U"қарын"}, {U"көрк", U"көрік"}, {U"бөрк", U"бөрік"},
    {U"құлқ", U"құлық"}, {U"ерк", U"ерік"},   {U"нарқ", U"нарық"}, {U"ғұрп", U"ғұрып"},
    {U"парқ", U"парық"}, {U"қалп", U"қалып"}, {U"ырқ", U"ырық"},   {U"әрп", U"әріп"},
    {U"мойн", U"мойын"}, {U"қойн", U"қойын"}, {U"құлп", U"құлып"}, {U"даус", U"дауыс"},
    {U"мүлк", U"мүлік"},
};

// Words whose forms no rule above makes (pronouns), or that only look inflected: the stem.
constexpr std::pair<std::u32string_view, std::u32string_view> kWhole[] = {
    // ол "he/she/it"
    {U"оның", U"ол"},
    {U"оған", U"ол"},
    {U"оны", U"ол"},
    {U"онда", U"ол"},
    {U"одан", U"ол"},
    {U"онан", U"ол"},
    {U"онымен", U"ол"},
    {U"онымен", U"ол"},
    // бұл/мұл "this"
    {U"бұның", U"бұл"},
    {U"бұған", U"бұл"},
    {U"бұны", U"бұл"},
    {U"бұнда", U"бұл"},
    {U"бұдан", U"бұл"},
    {U"бұнымен", U"бұл"},
    {U"мұның", U"бұл"},
    {U"мұған", U"бұл"},
    {U"мұны", U"бұл"},
    {U"мұнда", U"бұл"},
    {U"мұдан", U"бұл"},
    {U"мұнан", U"бұл"},
    {U"мұнымен", U"бұл"},
    // сол "that"
    {U"соның", U"сол"},
    {U"соған", U"сол"},
    {U"соны", U"сол"},
    {U"сонда", U"сол"},
    {U"содан", U"сол"},
    {U"сонан", U"сол"},
    {U"сонымен", U"сол"},
    // мен "I", сен "you"
    {U"менің", U"мен"},
    {U"маған", U"мен"},
    {U"мені", U"мен"},
    {U"менде", U"мен"},
    {U"менімен", U"мен"},
    {U"сенің", U"сен"},
    {U"саған", U"сен"},
    {U"сені", U"сен"},
    {U"сенде", U"сен"},
    {U"сенен", U"сен"},
    {U"сенімен", U"сен"},
    // өз "self": its 3rd person forms are too short for the rules
    {U"өзі", U"өз"},
    {U"өзін", U"өз"},
    {U"өзіне", U"өз"},
    {U"өзінің", U"өз"},
    {U"өзінде", U"өз"},
    {U"өзінен", U"өз"},
    {U"өзімен", U"өз"},
    {U"өзім", U"өз"},
    {U"өзіме", U"өз"},
    {U"өзімді", U"өз"},
    {U"өзімнің", U"өз"},
};

// Stems that end like a suffix but are words of their own, and that the texts Paragraf indexes
// use a lot: stripping stops when it reaches one (ұйымының -> ұйым, not ұй).
// clang-format off
constexpr std::u32string_view kKeep[] = {
    // -ым/-ім nouns made from verbs
    U"шешім", U"білім", U"келісім", U"өнім", U"тыйым", U"құрылым", U"өтінім", U"бөлім", U"өлім",
    U"ұйым", U"ғылым", U"ілім", U"сенім", U"наным", U"таным", U"алым", U"салым", U"кірім",
    U"шығым", U"тәлім",
    // other nouns in -ім/-ым: мерзім "term", әкім "governor", ғалым "scholar"
    U"мерзім", U"әкім", U"ғалым",
    // pronouns in -ім: әркім "everyone" (әркімнің), ешкім "no one"
    U"әркім", U"ешкім",
    // nouns that end like a case ending, a possessive or a converb
    U"тұлға", U"төраға", U"оқиға", U"қатар", U"жағдай", U"мекеме", U"тәртіп", U"кәсіп", U"кітап",
    U"жауап", U"талап", U"себеп", U"есеп", U"мүше", U"мұнай",
    // words that look inflected but are not: басқа "other" (not бас+қа "to the head"), өзге
    // "other", кейін "after", дейін "until", үшін "for" (not үш+і+н "its three")
    U"басқа", U"өзге", U"кейін", U"дейін", U"үшін",
};
// clang-format on

bool kept(const Word& w) {
    for (std::u32string_view k : kKeep)
        if (w.view() == k) return true;
    // the full stems of kElided (орын, мұрын): their forms are restored to them, so they are
    // words, not оры+н
    for (const auto& [short_stem, full] : kElided)
        if (w.view() == full) return true;
    return false;
}

// ---------------------------------------------------------------------------------------------
// Stripping

constexpr std::size_t kMinStem = 2;
constexpr std::size_t kMinStemM = 5;

bool invariant_vowel(std::u32string_view text) {
    // -мен/-бен/-пен (and -менен) keep е after back stems too: адаммен, құқықпен.
    return text.size() >= 3 && (text[0] == U'м' || text[0] == U'б' || text[0] == U'п') &&
           text[1] == U'е' && text[2] == U'н';
}

// Whether `w` ends with `text` and what precedes it is a plausible stem for it: long enough,
// with a vowel, of the class the suffix follows, and (for suffixes with a vowel) in harmony.
bool fits(const Word& w, std::u32string_view text, std::uint8_t prev, std::size_t min_stem,
          bool harmony = true) {
    if (!w.ends_with(text)) return false;
    const std::size_t stem_len = w.size() - text.size();
    if (stem_len < min_stem) return false;
    const std::u32string_view stem = w.view().substr(0, stem_len);
    if (!has_vowel(stem)) return false;
    if ((letter_class(stem.back()) & prev) == 0) return false;
    const Harmony h = !harmony || invariant_vowel(text) ? Harmony::any : harmony_of_suffix(text);
    const Harmony s = last_harmony(stem);
    if (h != Harmony::any && s != Harmony::any && h != s) return false;
    return true;
}

bool is_elided_stem(std::u32string_view s) {
    for (const auto& [short_stem, full] : kElided)
        if (s == short_stem) return true;
    return false;
}

// Kazakh voices a stem's final қ/к/п between vowels (құқық -> құқығы, кітап -> кітабы). The key
// writes the voiceless letter, so both spellings of the stem meet. Elided stems get their vowel
// back (халқ -> халық).
void restore_stem(Word& w) {
    if (w.size() >= 2) {
        char32_t& c = w[w.size() - 1];
        if (c == U'ғ')
            c = U'қ';
        else if (c == U'г')
            c = U'к';
        else if (c == U'б')
            c = U'п';
    }
    for (const auto& [short_stem, full] : kElided) {
        if (w.view() == short_stem) {
            w.set(full);
            return;
        }
    }
}

// Strips one possessive ending of the kind `need` asks for. `min_stem` is for the ending that a
// case ending has already shown to be there (үйіне: үй+і+не); alone, a one-letter ending needs a
// longer stem (ақы is a word, not ақ+ы).
bool strip_possessive(Word& w, Needs need, std::size_t min_stem = kMinStem) {
    const std::size_t n = w.size();
    // халқы, даусы: the elided stems take -ы, not -сы
    if (n > 3 && (w.ends_with(U"ы") || w.ends_with(U"і")) &&
        is_elided_stem(w.view().substr(0, n - 1))) {
        w.cut(1);
        return true;
    }
    for (const PossRule& r : kPossessive) {
        if (need != Needs::nothing && r.kind != need) continue;
        // ...and so do those that follow a vowel with ң/м: заң, теңіз, доңыз, қымыз are words.
        std::size_t min = r.text.size() == 1 || r.text[0] == U'ң' || r.text[0] == U'м'
                              ? std::max<std::size_t>(min_stem, need == Needs::nothing ? 3 : 2)
                              : min_stem;
        if (r.text == U"ым" || r.text == U"ім") {
            // a short stem with -ым is as often a noun made from a verb (сығым, тігім, ұқым)
            if (need == Needs::nothing) min = std::max<std::size_t>(min, 3);
            // -ылтым/-ілтім makes adjectives of colour and taste (сұрғылтым "greyish")
            if (n >= 5 && w[n - 3] == U'т' && w[n - 4] == U'л') continue;
        }
        if (r.text == U"м") {
            min = std::max(min, kMinStemM);
            // after у/ю/и (glides, which take -ым: оқуым) -м ends loans: форум, минимум, режим;
            // after ы/і it is the -ым/-ім above, with its own guards
            const char32_t b = w[n - 2];
            if (b == U'у' || b == U'ю' || b == U'и' || b == U'ы' || b == U'і') continue;
        }
        if (!fits(w, r.text, r.prev, min)) continue;
        const char32_t before = w[n - r.text.size() - 1];
        if (r.text.size() == 1 && (r.text[0] == U'ы' || r.text[0] == U'і')) {
            // -ғы/-гі after a consonant makes adjectives (жылғы, кейінгі): not a voiced қ + -ы
            if ((before == U'ғ' || before == U'г') && !is_vowel(w[n - 3])) continue;
        }
        // жұмысы, мәжілісі: after ы/і, -сы is more often the stem's с and the possessive -ы;
        // but not after the adjective endings -лы/-ды/-ты (маңыздысы)
        if (r.text.size() == 2 && r.text[0] == U'с' && (before == U'ы' || before == U'і')) {
            const std::size_t k = n - 4;  // the letter before ы/і
            const bool adjective =
                k >= 2 && (w[k] == U'л' || w[k] == U'д' || w[k] == U'т') && !is_vowel(w[k - 1]);
            if (!adjective) continue;
        }
        w.cut(r.text.size());
        return true;
    }
    return false;
}

template <std::size_t N>
bool strip_first(Word& w, const Rule (&rules)[N], std::size_t min_stem, bool harmony = true) {
    for (const Rule& r : rules) {
        if (!fits(w, r.text, r.prev, min_stem, harmony)) continue;
        w.cut(r.text.size());
        return true;
    }
    return false;
}

// One case ending, with the possessive a pronominal one requires (үйіне: үй+і+не).
bool strip_case(Word& w) {
    for (const Rule& r : kCase) {
        // the accusative -ны after a two-letter stem is rarer than a stem in н + -ы (саны, мәні)
        const std::size_t min_stem = r.text == U"ны" || r.text == U"ні" ? 3 : kMinStem;
        if (!fits(w, r.text, r.prev, min_stem)) continue;
        // Қазақстан, Ауғанстан: -стан after a consonant is a country, not an ablative
        if (r.text == U"тан" && w.size() > 5 && w[w.size() - 4] == U'с' &&
            !is_vowel(w[w.size() - 5]))
            continue;
        // the dative -а/-е after the 1st person -м/-ым (үйіме) is rare in the texts, while nouns in
        // -ма/-ме and -ыма/-іме are common (дәлелдеме "evidence", мәлімдеме, әңгіме, ұңғыма):
        // only the 2nd person's -ңа/-ңе (үйіңе) is taken for one
        if (r.needs == Needs::poss12 && w[w.size() - 2] == U'м') continue;
        if (r.needs != Needs::nothing) {
            Word trial = w;
            trial.cut(r.text.size());
            if (!strip_possessive(trial, r.needs)) continue;
            w = trial;
            return true;
        }
        w.cut(r.text.size());
        return true;
    }
    return false;
}

bool strip_finite(Word& w) {
    // The shortest verb roots are two letters (ет-, де-, ал-); the optative, -сын and -амын need
    // one more so that дайын, жайын, жасын, адамын stay nouns.
    for (const Rule& r : kFinite) {
        const bool longer = r.text[0] == U'й' || r.text == U"айын" || r.text == U"ейін" ||
                            r.text == U"айық" || r.text == U"ейік" || r.text == U"сын" ||
                            r.text == U"сін" || r.text == U"амын" || r.text == U"емін";
        // (verb endings keep to the stem's harmony in texts; forms that do not are still verbs)
        if (!fits(w, r.text, r.prev, longer ? 3 : kMinStem, false)) continue;
        // conditional -са/-се: not after the letters that end the nouns in -са/-се (нәрсе, майса,
        // бөксе, еңсе, топса) more often than verb roots
        if (r.text == U"са" || r.text == U"се") {
            const char32_t b = w[w.size() - 3];
            // -сса: only the reciprocal -ыс/-іс (қатысса, келіссе), not масса, касса, пресса
            const bool reciprocal =
                b == U'с' && (w[w.size() - 4] == U'ы' || w[w.size() - 4] == U'і');
            if (w.size() < 5 || (b == U'с' && !reciprocal) || b == U'й' || b == U'ң' || b == U'м' ||
                b == U'п' || b == U'к' || b == U'қ' || b == U'у')
                continue;
        }
        w.cut(r.text.size());
        return true;
    }
    // converb -п after a root in -ла/-ле/-да/-де/-та/-те (сайлап, жариялап, талқылап); the
    // converb after consonants (-ып/-іп) is above. Not after other roots in а/е (қарап, жасап
    // keep their -п): nouns end so (шарап, қорап, сарап, алқап), and their forms voice the п
    // (қорабы), which a cut -п would part from them.
    const std::size_t n = w.size();
    if (n >= 5 && w.ends_with(U"п") && (w[n - 2] == U'а' || w[n - 2] == U'е') &&
        (w[n - 3] == U'л' || w[n - 3] == U'д' || w[n - 3] == U'т')) {
        w.cut(1);
        return true;
    }
    return false;
}

bool strip_verbal(Word& w) {
    if (strip_first(w, kVerbal, 3)) return true;
    // -у: the dictionary form of verbs (жазу, сайлау), a noun of action in its own right
    const std::size_t n = w.size();
    if (n >= 3 && w.ends_with(U"у") && w[n - 2] != U'у' && has_vowel(w.view().substr(0, n - 1))) {
        w.cut(1);
        return true;
    }
    // -ю after a vowel is й + -у (қартаю, жою: roots қартай-, жой-): the key is the root
    if (n >= 3 && w.ends_with(U"ю") && is_vowel(w[n - 2])) {
        w[n - 1] = U'й';
        return true;
    }
    return false;
}

// A verb root in ы/і loses it before -у (оқы- : оқу); drop it so that оқыды meets оқу.
void drop_root_vowel(Word& w) {
    if (w.size() >= 3 && (w.ends_with(U"ы") || w.ends_with(U"і")) && !is_vowel(w[w.size() - 2]))
        w.cut(1);
}

// Adjectives in -ды/-ті (маңызды, міндетті) end like an accusative, which is how they are
// stemmed alone; inside a longer form (маңыздылар) their ending must go the same way, not as
// a possessive -ы after the stem's д/т. Only after consonants where a stem cannot end in д/т.
bool strip_adjective(Word& w) {
    const std::size_t n = w.size();
    if (n < 5) return false;
    const char32_t c = w[n - 3];
    const bool d =
        (w.ends_with(U"ды") || w.ends_with(U"ді")) && !is_vowel(c) && (letter_class(c) & kO) == 0;
    const bool t = (w.ends_with(U"ты") || w.ends_with(U"ті")) &&
                   (c == U'т' || c == U'қ' || c == U'к' || c == U'п' || c == U'ш');
    if (!d && !t) return false;
    w.cut(2);
    return true;
}

// The noun endings: a case ending can only be the outermost suffix; possessive and plural
// endings are then stripped until none is left, each step starting afresh on what the last one
// left, so that a form is stemmed as its lemma once the outer suffix is gone: лаушылар -> лаушы
// -> лауш, like лаушы itself. Stops at a kept stem.
void strip_nominal(Word& w) {
    if (kept(w)) return;
    strip_case(w);
    for (int step = 0; step < 4 && !kept(w); ++step)
        if (!strip_adjective(w) && !strip_possessive(w, Needs::nothing) &&
            !strip_first(w, kPlural, kMinStem, false))
            return;
}

// Noun endings come outside verb endings, so the verb's are stripped last. Finite verb endings
// are tried first, on the whole word, unless the noun endings lead to a kept stem (жағдайды is
// жағдай+ды, not жағда+й+ды).
void stem_word(Word& w) {
    for (const auto& [word, stem] : kWhole) {
        if (w.view() == word) {
            w.set(stem);
            return;
        }
    }
    Word nominal = w;
    strip_nominal(nominal);
    if (kept(nominal)) {
        w = nominal;
        return;
    }
    if (strip_finite(w)) {
        drop_root_vowel(w);
    } else {
        w = nominal;
        if (!kept(w)) strip_verbal(w);
    }
    restore_stem(w);
}

}  // namespace

std::string stem_kazakh(std::string_view word) {
    Word w;
    if (!w.assign(word)) return std::string(word);
    bool cyrillic = false;
    bool kazakh = false;
    bool russian = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char32_t c = w[i];
        if (c == U'i') continue;  // Latin i typed for і: see below
        if (!is_lower_cyrillic(c)) return std::string(word);
        cyrillic = true;
        kazakh = kazakh || is_kazakh_specific(c);
        russian = russian || is_russian_marker(c);
    }
    if (!cyrillic || (russian && !kazakh)) return std::string(word);
    // Kazakh typed on a Russian keyboard often has the Latin i for і (the Constitution's text
    // does): within a Cyrillic word it can only be that.
    for (std::size_t i = 0; i < w.size(); ++i)
        if (w[i] == U'i') w[i] = U'і';
    stem_word(w);
    return w.utf8();
}

std::string KazakhStemmer::operator()(const std::string& word) {
    return stem_kazakh(word);
}

std::string KazakhStemmer::get_description() const {
    return "paragraf.kazakh";
}

Xapian::Stem make_kazakh_stem() {
    return Xapian::Stem(new KazakhStemmer);
}

}  // namespace paragraf::core
