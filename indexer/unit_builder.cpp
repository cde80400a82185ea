#include "indexer/unit_builder.hpp"

#include "core/citation_terms.hpp"
#include "core/index_layout.hpp"
#include "core/language_id.hpp"
#include "core/stored_unit.hpp"
#include "indexer/citation_collector.hpp"

#include <unordered_map>

namespace paragraf::indexer {

namespace layout = core::layout;

namespace {

// Xapian refuses terms longer than 245 bytes; such "words" (base64 blobs, long URLs) are noise.
constexpr std::size_t kMaxTermBytes = 240;

}  // namespace

std::vector<Xapian::Document> UnitBuilder::build(const core::Document& doc) {
    std::vector<Xapian::Document> units;
    units.reserve(doc.units.size());
    std::vector<std::vector<core::UnitCitation>> cites = collect_citations(doc);
    for (std::size_t i = 0; i < doc.units.size(); ++i) {
        // Documents mix languages (quotations, Russian titles of Kazakh laws): each unit gets
        // its own, and short ones keep their document's.
        const std::string lang = core::identify_language(doc.units[i].text, doc.meta.lang).lang;
        units.push_back(build_unit(doc, i, lang, std::move(cites[i])));
    }
    return units;
}

Xapian::Document UnitBuilder::build_unit(const core::Document& doc, std::size_t ordinal,
                                         const std::string& lang,
                                         std::vector<core::UnitCitation> cites) {
    const core::Unit& unit = doc.units[ordinal];
    const core::DocumentMeta& meta = doc.meta;
    Xapian::Document xdoc;

    const std::vector<core::Token> tokens = analyzer_.tokenize(unit.text);
    // Positions now, wdfs once the unit's length is known (layout::ranking_wdf).
    std::unordered_map<std::string, Xapian::termcount> occurrences;
    Xapian::termcount position = 0;
    for (const core::Token& token : tokens) {
        ++position;
        if (token.term.size() > kMaxTermBytes) continue;
        xdoc.add_posting(token.term, position, 0);
        ++occurrences[token.term];
        ++occurrences[std::string(layout::kStem) + analyzer_.stem(token.term, lang)];
    }
    if (thesaurus_ != nullptr) {
        for (const core::ConceptMatch& m : thesaurus_->match(tokens, unit.text, lang, analyzer_))
            occurrences[std::string(layout::kConcept) + m.entry->id] +=
                static_cast<Xapian::termcount>(m.spans.size());
    }
    const auto words = static_cast<Xapian::termcount>(tokens.size());
    for (const auto& [term, count] : occurrences)
        xdoc.add_term(term, layout::ranking_wdf(count, words));

    xdoc.add_boolean_term(layout::unit_id_term(meta.id, ordinal));
    xdoc.add_boolean_term(layout::filter_term(layout::kDocId, meta.id));
    auto add_filter = [&](std::string_view prefix, const std::string& value) {
        if (!value.empty()) xdoc.add_boolean_term(layout::filter_term(prefix, value));
    };
    add_filter(layout::kSymbol, meta.symbol);
    add_filter(layout::kBody, meta.body);
    add_filter(layout::kType, meta.type);
    add_filter(layout::kCountry, meta.country);
    add_filter(layout::kLang, lang);
    add_filter(layout::kDocLang, meta.lang);
    add_filter(layout::kKind, core::to_string(unit.kind));
    add_filter(layout::kLabel, unit.label);
    if (const int year = meta.year(); year > 0) {
        add_filter(layout::kYear, std::to_string(year));
        xdoc.add_value(layout::kSlotYear, Xapian::sortable_serialise(year));
    }
    for (const core::UnitCitation& c : cites)
        for (const std::string& key : c.keys)
            for (const std::string& implied : core::implied_citation_keys(key))
                xdoc.add_boolean_term(core::citation_term(implied));
    xdoc.add_value(layout::kSlotOrdinal, Xapian::sortable_serialise(static_cast<double>(ordinal)));
    xdoc.add_value(layout::kSlotDocId, meta.id);

    core::StoredUnit stored{meta, unit, lang, static_cast<unsigned>(ordinal), std::move(cites)};
    xdoc.set_data(core::serialize(stored));
    return xdoc;
}

}  // namespace paragraf::indexer
