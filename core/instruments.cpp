#include "core/instruments.hpp"

#include <array>
#include <utility>

namespace paragraf::core {
namespace {

bool starts(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

// Body acronyms as written in English and Russian texts.
std::string body_of_acronym(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 19> table{{
        {"cescr", "CESCR"}, {"ccpr", "CCPR"},    {"crc", "CRC"},     {"cedaw", "CEDAW"},
        {"cerd", "CERD"},   {"cat", "CAT"},      {"crpd", "CRPD"},   {"cmw", "CMW"},
        {"ced", "CED"},     {"hrcttee", "CCPR"}, {"кэскп", "CESCR"}, {"кпч", "CCPR"},
        {"кпр", "CRC"},     {"клдж", "CEDAW"},   {"клрд", "CERD"},   {"кпп", "CAT"},
        {"кпи", "CRPD"},    {"ктм", "CMW"},      {"кни", "CED"},
    }};
    for (auto [k, v] : table)
        if (w == k) return std::string(v);
    return {};
}

std::string instrument_of_body(std::string_view body) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> table{{
        {"CESCR", "ICESCR"},
        {"CCPR", "ICCPR"},
        {"CRC", "CRC"},
        {"CEDAW", "CEDAW"},
        {"CAT", "CAT"},
        {"CERD", "CERD"},
        {"CRPD", "CRPD"},
        {"CMW", "ICMW"},
        {"CED", "CPED"},
    }};
    for (auto [k, v] : table)
        if (body == k) return std::string(v);
    return {};
}

std::string body_of_instrument(std::string_view instrument) {
    if (instrument == "ICESCR") return "CESCR";
    if (instrument == "ICCPR") return "CCPR";
    if (instrument == "ICMW") return "CMW";
    if (instrument == "CPED") return "CED";
    return std::string(instrument);
}

// Words that tell which treaty a "Convention", "Covenant" or "Committee" is.
std::string instrument_of_theme(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 27> table{{
        {"econom", "ICESCR"},      {"экономи", "ICESCR"},  {"civil", "ICCPR"},
        {"гражданск", "ICCPR"},    {"азаматтық", "ICCPR"}, {"child", "CRC"},
        {"ребен", "CRC"},          {"ребён", "CRC"},       {"бала", "CRC"},
        {"women", "CEDAW"},        {"женщин", "CEDAW"},    {"әйел", "CEDAW"},
        {"racial", "CERD"},        {"расов", "CERD"},      {"нәсіл", "CERD"},
        {"torture", "CAT"},        {"пыт", "CAT"},         {"азаптау", "CAT"},
        {"disabilit", "CRPD"},     {"инвалид", "CRPD"},    {"мүгедек", "CRPD"},
        {"migrant", "ICMW"},       {"мигрант", "ICMW"},    {"көшіп", "ICMW"},
        {"disappearance", "CPED"}, {"исчезнов", "CPED"},   {"жоғал", "CPED"},
    }};
    for (auto [k, v] : table)
        if (starts(w, k)) return std::string(v);
    return {};
}

// Qualifiers of a national code: "Criminal Code", "Уголовный кодекс", "Қылмыстық кодекс".
std::string code_of_qualifier(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 40> table{{
        {"criminal", "criminal-code"},
        {"penal", "criminal-code"},
        {"уголовн", "criminal-code"},
        {"қылмыстық", "criminal-code"},
        {"procedur", "criminal-procedure-code"},
        {"процессуальн", "criminal-procedure-code"},
        {"процестік", "criminal-procedure-code"},
        {"civil", "civil-code"},
        {"гражданск", "civil-code"},
        {"азаматтық", "civil-code"},
        {"labour", "labour-code"},
        {"labor", "labour-code"},
        {"трудов", "labour-code"},
        {"еңбек", "labour-code"},
        {"tax", "tax-code"},
        {"налогов", "tax-code"},
        {"салық", "tax-code"},
        {"family", "family-code"},
        {"marriage", "family-code"},
        {"семейн", "family-code"},
        {"браке", "family-code"},
        {"неке", "family-code"},
        {"отбасы", "family-code"},
        {"social", "social-code"},
        {"социальн", "social-code"},
        {"әлеуметтік", "social-code"},
        {"administrative", "administrative-code"},
        {"административн", "administrative-code"},
        {"әкімшілік", "administrative-code"},
        {"health", "health-code"},
        {"здоровь", "health-code"},
        {"здоровье", "health-code"},
        {"денсаулығ", "health-code"},
        {"land", "land-code"},
        {"земельн", "land-code"},
        {"entrepreneur", "entrepreneurial-code"},
        {"предпринимательск", "entrepreneurial-code"},
        {"кәсіпкерлік", "entrepreneurial-code"},
        {"environmental", "environmental-code"},
        {"экологическ", "environmental-code"},
    }};
    for (auto [k, v] : table)
        if (starts(w, k)) return std::string(v);
    return {};
}

// Abbreviations Russian and Kazakh texts use for codes: "ст. 400 УК РК", "ҚК 174-бабы".
std::string code_of_abbreviation(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> table{{
        {"ук", "criminal-code"},
        {"упк", "criminal-procedure-code"},
        {"коап", "administrative-code"},
        {"тк", "labour-code"},
        {"гк", "civil-code"},
        {"нк", "tax-code"},
        {"қк", "criminal-code"},
        {"қпк", "criminal-procedure-code"},
        {"әқбтк", "administrative-code"},
        {"әқк", "administrative-code"},
    }};
    for (auto [k, v] : table)
        if (w == k) return std::string(v);
    return {};
}

}  // namespace paragraf::core
