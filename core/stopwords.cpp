#include "core/stopwords.hpp"

#include <string>
#include <unordered_set>

namespace paragraf::core {

namespace {

// Function words only: articles, prepositions, conjunctions, pronouns, auxiliaries. Content
// words that are merely frequent in treaty-body texts ("state", "party", "committee") stay
// searchable on purpose.
const std::unordered_set<std::string_view>& english() {
    static const std::unordered_set<std::string_view> words{
        "a",     "an",    "the",     "and",     "or",     "but",     "nor",     "of",      "in",
        "on",    "at",    "to",      "for",     "from",   "by",      "with",    "as",      "into",
        "onto",  "upon",  "about",   "than",    "then",   "that",    "this",    "these",   "those",
        "there", "here",  "which",   "who",     "whom",   "whose",   "what",    "when",    "where",
        "why",   "how",   "is",      "are",     "was",    "were",    "be",      "been",    "being",
        "am",    "has",   "have",    "had",     "do",     "does",    "did",     "it",      "its",
        "it's",  "they",  "them",    "their",   "he",     "she",     "his",     "her",     "we",
        "our",   "you",   "your",    "i",       "me",     "my",      "so",      "such",    "if",
        "any",   "all",   "each",    "both",    "either", "neither", "also",    "not",     "no",
        "can",   "could", "may",     "might",   "shall",  "should",  "will",    "would",   "must",
        "under", "over",  "between", "through", "during", "within",  "without", "against", "before",
        "after", "while", "whether", "because", "other",  "same",    "very",    "own"};
    return words;
}

const std::unordered_set<std::string_view>& russian() {
    static const std::unordered_set<std::string_view> words{
        "и",       "в",       "во",    "не",      "на",      "с",       "со",      "что",
        "как",     "а",       "но",    "или",     "ни",      "по",      "к",       "ко",
        "у",       "о",       "об",    "обо",     "от",      "до",      "из",      "за",
        "для",     "при",     "без",   "под",     "над",     "между",   "через",   "это",
        "этот",    "эта",     "эти",   "этого",   "этой",    "этих",    "тот",     "та",
        "те",      "то",      "того",  "той",     "тех",     "он",      "она",     "оно",
        "они",     "его",     "ее",    "их",      "им",      "ими",     "мы",      "вы",
        "я",       "ты",      "же",    "ли",      "бы",      "был",     "была",    "было",
        "были",    "быть",    "есть",  "который", "которая", "которое", "которые", "которого",
        "которой", "которых", "также", "так",     "уже",     "еще",     "только",  "если",
        "чтобы",   "когда",   "где",   "все",     "всех",    "весь",    "вся",     "всё",
        "свой",    "своей",   "своих", "своего",  "себя",    "сам",     "сама",    "том",
        "тем",     "чем"};
    return words;
}

const std::unordered_set<std::string_view>& kazakh() {
    static const std::unordered_set<std::string_view> words{
        "және",  "мен",     "бен",    "пен",    "да",    "де",     "та",     "те",
        "үшін",  "бойынша", "туралы", "бұл",    "осы",   "сол",    "ол",     "олар",
        "оның",  "олардың", "біз",    "сіз",    "мен",   "сен",    "не",     "немесе",
        "бірақ", "әрі",     "ал",     "ғана",   "емес",  "сияқты", "арқылы", "дейін",
        "кейін", "соң",     "әр",     "барлық", "кез",   "келген", "деп",    "еді",
        "болып", "ретінде", "сондай", "ақ",     "қатар", "тек"};
    return words;
}

bool is_cyrillic_start(std::string_view term) {
    // Cyrillic letters U+0400–U+04FF are encoded with lead bytes 0xD0–0xD3.
    if (term.empty()) return false;
    const auto lead = static_cast<unsigned char>(term.front());
    return lead >= 0xD0 && lead <= 0xD3;
}

}  // namespace

bool is_stopword(std::string_view term, std::string_view lang) {
    if (lang == "en") return english().count(term) > 0;
    if (lang == "ru") return russian().count(term) > 0;
    if (lang == "kk") return kazakh().count(term) > 0;
    return false;
}

bool is_stopword_any(std::string_view term) {
    if (is_cyrillic_start(term)) return russian().count(term) > 0 || kazakh().count(term) > 0;
    return english().count(term) > 0;
}

}  // namespace paragraf::core
