#pragma once
// The closed vocabularies of document metadata, shared by readers, filters and the schema
// (schemas/corpus.rng lists the same values).

#include <array>
#include <string>
#include <string_view>

namespace paragraf::core::vocabulary {

inline constexpr std::array<std::string_view, 7> kDocumentTypes{"state-report",
                                                                "list-of-issues",
                                                                "reply-to-list-of-issues",
                                                                "concluding-observations",
                                                                "ngo-submission",
                                                                "general-comment",
                                                                "other"};

inline constexpr std::array<std::string_view, 13> kBodies{"CESCR", "CCPR", "CEDAW", "CRC", "CAT",
                                                          "CERD",  "CRPD", "CMW",   "CED", "SPT",
                                                          "UPR",   "HRC",  "OTHER"};

/// Languages a document may declare.
inline constexpr std::array<std::string_view, 3> kLanguages{"en", "ru", "kk"};

/// Languages a unit may have: the declared ones, or undetermined.
inline constexpr std::array<std::string_view, 4> kUnitLanguages{"en", "ru", "kk", "und"};

inline constexpr std::array<std::string_view, 4> kUnitKinds{"paragraph", "subparagraph", "item",
                                                            "footnote"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view value) {
    for (std::string_view v : list)
        if (v == value) return true;
    return false;
}

/// "a, b, c" for messages.
template <std::size_t N>
std::string join(const std::array<std::string_view, N>& list) {
    std::string out;
    for (std::string_view v : list) {
        if (!out.empty()) out += ", ";
        out += v;
    }
    return out;
}

}  // namespace paragraf::core::vocabulary
