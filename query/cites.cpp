#include "query/cites.hpp"

#include <algorithm>
#include <map>

#include "core/citation.hpp"
#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "query/citation_targets.hpp"
#include "query/cite.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

// The units of a document id, in order.
std::vector<core::StoredUnit> units_of_document(Searcher& searcher, const std::string& id) {
    Xapian::Enquire enquire(searcher.database());
    enquire.set_query(Xapian::Query(layout::filter_term(layout::kDocId, id)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(layout::kSlotOrdinal, false);
    std::vector<core::StoredUnit> units;
    const Xapian::MSet mset = enquire.get_mset(0, searcher.database().get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it)
        units.push_back(core::deserialize_stored_unit(it.get_document().get_data()));
    return units;
}

// One language version of the units of a symbol: English if there is one.
std::vector<core::StoredUnit> one_version(std::vector<core::StoredUnit> units) {
    if (units.empty()) return units;
    std::string lang = units.front().doc.lang;
    if (std::any_of(units.begin(), units.end(),
                    [](const core::StoredUnit& u) { return u.doc.lang == "en"; }))
        lang = "en";
    std::erase_if(units, [&](const core::StoredUnit& u) { return u.doc.lang != lang; });
    return units;
}

const core::StoredUnit* in_lang(const std::vector<core::StoredUnit>& units,
                                const std::string& lang) {
    for (const core::StoredUnit& u : units)
        if (u.doc.lang == lang) return &u;
    for (const core::StoredUnit& u : units)
        if (u.doc.lang == "en") return &u;
    return units.empty() ? nullptr : &units.front();
}

// "CESCR/KAZ/concluding-observations/2019", not a symbol: its third part is a type name.
bool is_description(const std::string& target) {
    if (std::count(target.begin(), target.end(), '/') != 3) return false;
    const std::size_t from = target.find('/', target.find('/') + 1) + 1;
    const std::size_t to = target.find('/', from);
    return to > from && std::all_of(target.begin() + static_cast<std::ptrdiff_t>(from),
                                    target.begin() + static_cast<std::ptrdiff_t>(to),
                                    [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

}  // namespace

const char* to_string(TargetStatus status) {
    switch (status) {
        case TargetStatus::indexed:
            return "indexed";
        case TargetStatus::pinpoint_missing:
            return "pinpoint-missing";
        case TargetStatus::not_indexed:
            return "not-indexed";
        case TargetStatus::external:
            return "external";
    }
    return "external";
}

ResolvedTarget resolve_key(Searcher& searcher, const std::string& key,
                           const std::string& prefer_lang) {
    ResolvedTarget r;
    r.key = key;
    r.target = describe_key(key);
    const KeyParts k = split_key(key);
    if (k.kind != "para" && k.kind != "doc") return r;
    std::string symbol = k.target;
    if (is_description(symbol)) {
        // Look for the described document in the index.
        if (const std::string found = resolve_description(searcher, symbol); !found.empty()) {
            r.symbol = found;
            symbol = found;
            r.target = k.kind == "para" ? describe_key("para|" + found + "|" + k.pinpoint) : found;
        }
    }
    if (!searcher.any_unit_of(symbol)) {
        r.status = TargetStatus::not_indexed;
        return r;
    }
    if (k.kind == "doc") {
        r.status = TargetStatus::indexed;
        return r;
    }
    const std::vector<core::StoredUnit> units = searcher.units_of(symbol, k.pinpoint);
    if (units.empty()) {
        r.status = TargetStatus::pinpoint_missing;
        return r;
    }
    r.status = TargetStatus::indexed;
    if (const core::StoredUnit* u = in_lang(units, prefer_lang)) r.target_text = u->unit.text;
    return r;
}

CitesResult cites(Searcher& searcher, const std::string& subject) {
    CitesResult result;
    result.subject = subject;
    std::vector<core::StoredUnit> units = units_of_document(searcher, subject);
    if (units.empty()) units = one_version(searcher.units_of(subject));
    if (units.empty()) {
        // A citation of one paragraph.
        for (const PinpointCitation& pinpoint : pinpoint_citations(searcher, subject))
            for (core::StoredUnit& unit :
                 one_version(searcher.units_of(pinpoint.symbol, pinpoint.label)))
                units.push_back(std::move(unit));
        if (units.empty())
            throw QueryError("\"" + subject +
                             "\" is not in the index: give a document id (paragraf stats --docs), "
                             "a symbol or a citation of an indexed paragraph");
    }
    // A document cites the same paragraphs again and again: resolve each key once.
    std::map<std::pair<std::string, std::string>, ResolvedTarget> resolved;
    for (core::StoredUnit& unit : units) {
        if (unit.cites.empty()) continue;
        CitingUnit citing;
        citing.citation = core::citation(unit.doc, unit.unit);
        for (const core::UnitCitation& c : unit.cites) {
            CitationEntry entry;
            entry.citation = c;
            for (const std::string& key : c.keys) {
                auto [it, fresh] = resolved.try_emplace({key, unit.lang});
                if (fresh) it->second = resolve_key(searcher, key, unit.lang);
                entry.targets.push_back(it->second);
            }
            citing.entries.push_back(std::move(entry));
            ++result.citations;
        }
        citing.unit = std::move(unit);
        result.units.push_back(std::move(citing));
    }
    return result;
}

}  // namespace paragraf::query
