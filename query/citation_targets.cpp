#include "query/citation_targets.hpp"

#include <algorithm>

#include "core/citation_terms.hpp"

#include "core/citation.hpp"
#include "core/index_layout.hpp"
#include "core/meta_from_text.hpp"
#include "core/stored_unit.hpp"

namespace paragraf::query {

namespace layout = core::layout;

std::vector<core::CitationMatch> read_citations(const std::string& text) {
    // "CESCR's 2019 concluding observations on Kazakhstan, para. 46" names its body and
    // country in words; the extractor takes them from its context.
    const core::TextMetadata named = core::infer_metadata_from_text(text);
    core::CitationContext context;
    context.body = named.body;
    context.country = named.country;
    core::CitationExtractor extractor(context);
    return extractor.extract(text);
}

KeyParts split_key(const std::string& key) {
    KeyParts parts;
    const std::size_t first = key.find('|');
    if (first == std::string::npos) return {key, {}, {}};
    parts.kind = key.substr(0, first);
    if (parts.kind == "url" || parts.kind == "doc") {
        parts.target = key.substr(first + 1);
        return parts;
    }
    const std::size_t last = key.rfind('|');
    parts.target = key.substr(first + 1, last - first - 1);
    if (last > first) parts.pinpoint = key.substr(last + 1);
    return parts;
}

std::string describe_key(const std::string& key) {
    const KeyParts k = split_key(key);
    if (k.kind == "para") {
        core::Unit unit;
        unit.label = k.pinpoint;
        return k.target + ", " + core::pinpoint(unit);
    }
    if (k.kind == "art" || k.kind == "act") {
        const std::string instrument = k.target.empty() ? "unnamed instrument" : k.target;
        return k.pinpoint.empty() ? instrument : instrument + ", art. " + k.pinpoint;
    }
    return k.target.empty() ? key : k.target;
}

std::string description_of(const core::DocumentMeta& meta) {
    const int year = meta.year();
    if (meta.body.empty() || meta.country.empty() || meta.type.empty() || year == 0) return {};
    return meta.body + "/" + meta.country + "/" + meta.type + "/" + std::to_string(year);
}

namespace {

// "e/c.12/kaz/q/2/add.1" -> "E/C.12/KAZ/Q/2/Add.1"; "cescr/kaz/concluding-observations/2019"
// -> "CESCR/KAZ/concluding-observations/2019".
std::string symbol_case(const std::string& lower) {
    std::string out = lower;
    const std::size_t slashes = static_cast<std::size_t>(std::count(out.begin(), out.end(), '/'));
    std::size_t part = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '/') {
            ++part;
            continue;
        }
        // Descriptions keep their type in lower case.
        if (slashes == 3 && part >= 2 && out.find('-') != std::string::npos) break;
        if (out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
    for (const std::string_view suffix : {"/ADD.", "/REV.", "/CORR."}) {
        for (std::size_t at = out.find(suffix); at != std::string::npos;
             at = out.find(suffix, at + 1))
            for (std::size_t i = at + 2; i < at + suffix.size() - 1; ++i)
                out[i] = static_cast<char>(out[i] - 'A' + 'a');
    }
    return out;
}

}  // namespace

std::string key_from_term(const std::string& term) {
    std::string key = term.substr(std::string(layout::kCites).size());
    const KeyParts k = split_key(key);
    if (k.kind == "para") return "para|" + symbol_case(k.target) + "|" + k.pinpoint;
    if (k.kind == "doc") return "doc|" + symbol_case(k.target);
    if (k.kind == "art") return "art|" + symbol_case(k.target) + "|" + k.pinpoint;
    return key;
}

std::vector<CitedCount> most_cited(Searcher& searcher, const std::string& kind, std::size_t limit) {
    std::vector<CitedCount> counts;
    const Xapian::Database& db = searcher.database();
    const std::string prefix = core::citation_term(kind + "|");
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        counts.push_back({key_from_term(*it), it.get_termfreq()});
    const std::size_t n = std::min(limit, counts.size());
    std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(n), counts.end(),
                      [](const CitedCount& a, const CitedCount& b) {
                          return a.units != b.units ? a.units > b.units : a.key < b.key;
                      });
    counts.resize(n);
    return counts;
}

std::string resolve_description(Searcher& searcher, const std::string& described) {
    // BODY/COUNTRY/TYPE/YEAR
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t slash; (slash = described.find('/', start)) != std::string::npos;
         start = slash + 1)
        parts.push_back(described.substr(start, slash - start));
    parts.push_back(described.substr(start));
    if (parts.size() != 4) return {};
    const std::vector<Xapian::Query> filters{
        Xapian::Query(layout::filter_term(layout::kBody, parts[0])),
        Xapian::Query(layout::filter_term(layout::kCountry, parts[1])),
        Xapian::Query(layout::filter_term(layout::kType, parts[2])),
        Xapian::Query(layout::filter_term(layout::kYear, parts[3]))};
    Xapian::Enquire enquire(searcher.database());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return {};
    return core::deserialize_stored_unit(mset.begin().get_document().get_data()).doc.symbol;
}

}  // namespace paragraf::query
