#include "core/citation_terms.hpp"

#include "core/index_layout.hpp"

namespace paragraf::core {

namespace {

// Xapian refuses terms over 245 bytes; long URLs are cut (they stay distinct in practice).
constexpr std::size_t kMaxTermBytes = 240;

// "47 (b) (i)" -> "47 (b)" -> "47" -> "": the label one level up, empty at the top.
std::string parent_label(const std::string& label) {
    const std::size_t open = label.rfind(" (");
    if (open == std::string::npos || label.back() != ')') return {};
    return label.substr(0, open);
}

}  // namespace

std::vector<std::string> implied_citation_keys(const std::string& key) {
    std::vector<std::string> keys{key};
    const std::size_t first = key.find('|');
    const std::size_t last = key.rfind('|');
    if (first == std::string::npos || first == last) return keys;
    const std::string kind = key.substr(0, first);
    if (kind != "para" && kind != "art" && kind != "act") return keys;  // doc|S, url|U
    const std::string target = key.substr(first + 1, last - first - 1);
    std::string label = key.substr(last + 1);
    if (label.empty()) return keys;
    for (label = parent_label(label); !label.empty(); label = parent_label(label))
        keys.push_back(kind + "|" + target + "|" + label);
    if (kind == "para")
        keys.push_back("doc|" + target);
    else
        keys.push_back(kind + "|" + target + "|");
    return keys;
}

std::string citation_term(const std::string& key) {
    std::string term = layout::filter_term(layout::kCites, key);
    if (term.size() > kMaxTermBytes) {
        std::size_t cut = kMaxTermBytes;
        while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80) --cut;
        term.resize(cut);
    }
    return term;
}

}  // namespace paragraf::core
