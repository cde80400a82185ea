#include "core/citation.hpp"

namespace paragraf::core {

std::string pinpoint(const Unit& unit) {
    const std::string& label = unit.label;
    if (unit.kind == UnitKind::footnote) return label;  // already "fn. N"
    if (label.rfind("art. ", 0) == 0) return label;     // articles carry their own pinpoint
    if (!label.empty() && label.rfind("\u00B6", 0) == 0)
        return "unnumbered para. " + label.substr(std::string("\u00B6").size());
    if (const auto slash = label.find('/'); slash != std::string::npos)
        return "sect. " + label.substr(0, slash) + ", para. " + label.substr(slash + 1);
    return "para. " + label;
}

std::string document_reference(const DocumentMeta& doc) {
    if (!doc.symbol.empty()) return doc.symbol;
    std::string ref = !doc.author.empty() ? doc.author : doc.title;
    if (ref.empty()) ref = doc.id;
    if (const int year = doc.year(); year > 0) ref += " (" + std::to_string(year) + ")";
    return ref;
}

std::string citation(const DocumentMeta& doc, const Unit& unit) {
    return document_reference(doc) + ", " + pinpoint(unit);
}

}  // namespace paragraf::core
