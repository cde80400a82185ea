#include "indexer/citation_collector.hpp"

#include <map>

#include "core/citation_extractor.hpp"

namespace paragraf::indexer {

namespace {

// "fn. 8" -> "8": the number footnote references use.
std::string footnote_number(const core::Unit& unit) {
    constexpr std::string_view prefix = "fn. ";
    if (unit.kind != core::UnitKind::footnote) return {};
    if (unit.label.compare(0, prefix.size(), prefix) == 0) return unit.label.substr(prefix.size());
    return unit.label;
}

core::UnitCitation to_unit_citation(const core::CitationMatch& match, std::string_view text) {
    core::UnitCitation c;
    c.kind = core::to_string(match.target.kind);
    c.keys = core::citation_keys(match.target);
    c.text = std::string(text.substr(match.begin, match.end - match.begin));
    c.begin = match.begin;
    c.end = match.end;
    c.short_form = match.short_form;
    return c;
}

}  // namespace

std::vector<std::vector<core::UnitCitation>> collect_citations(const core::Document& doc) {
    core::CitationContext context;
    context.body = doc.meta.body;
    context.country = doc.meta.country;
    context.symbol = doc.meta.symbol;
    core::CitationExtractor extractor(context);

    std::vector<std::vector<core::UnitCitation>> cites(doc.units.size());
    std::map<std::string, std::size_t> footnote_units;
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
        const core::Unit& unit = doc.units[i];
        const std::string number = footnote_number(unit);
        if (!number.empty()) footnote_units.emplace(number, i);
        for (const core::CitationMatch& match : extractor.extract(unit.text, number))
            cites[i].push_back(to_unit_citation(match, unit.text));
    }
    // Footnotes come after the text, so their citations are known only now.
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
        for (const std::string& ref : doc.units[i].footnote_refs) {
            const auto footnote = footnote_units.find(ref);
            if (footnote == footnote_units.end() || footnote->second == i) continue;
            for (core::UnitCitation c : cites[footnote->second]) {
                if (!c.via.empty()) continue;
                c.via = ref;
                cites[i].push_back(std::move(c));
            }
        }
    }
    return cites;
}

}  // namespace paragraf::indexer
