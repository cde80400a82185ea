#include "core/document.hpp"

#include <cctype>
#include <stdexcept>

namespace paragraf::core {

int DocumentMeta::year() const {
    if (date.size() < 4) return 0;
    for (int i = 0; i < 4; ++i)
        if (!std::isdigit(static_cast<unsigned char>(date[i]))) return 0;
    return std::stoi(date.substr(0, 4));
}

std::string place_label(const std::string& section, std::size_t place) {
    if (section.empty()) return "\u00B6" + std::to_string(place);
    return section + "/" + std::to_string(place);
}

const char* to_string(UnitKind kind) {
    switch (kind) {
        case UnitKind::paragraph:
            return "paragraph";
        case UnitKind::subparagraph:
            return "subparagraph";
        case UnitKind::item:
            return "item";
        case UnitKind::footnote:
            return "footnote";
    }
    return "paragraph";
}

UnitKind unit_kind_from_string(const std::string& s) {
    if (s == "paragraph") return UnitKind::paragraph;
    if (s == "subparagraph") return UnitKind::subparagraph;
    if (s == "item") return UnitKind::item;
    if (s == "footnote") return UnitKind::footnote;
    throw std::invalid_argument("unknown unit kind: " + s);
}

}  // namespace paragraf::core
