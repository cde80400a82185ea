#include "query/filters.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include "core/error.hpp"
#include "core/index_layout.hpp"
#include "core/vocabulary.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

namespace vocab = core::vocabulary;

// Year ranges up to this many years wide are queried as terms, wider ones as a value range.
constexpr int kMaxYearTerms = 200;

template <std::size_t N>
std::string one_of(const std::array<std::string_view, N>& allowed, const std::string& value,
                   const std::string& what) {
    std::string lowered = value;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (vocab::contains(allowed, lowered)) return lowered;
    throw QueryError("unknown " + what + " \"" + value + "\" (one of: " + vocab::join(allowed) +
                     ")");
}

Xapian::Query any_of(std::string_view prefix, const std::vector<std::string>& values) {
    std::vector<Xapian::Query> terms;
    for (const std::string& v : values) terms.emplace_back(layout::filter_term(prefix, v));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

bool Filters::empty() const {
    return countries.empty() && bodies.empty() && types.empty() && langs.empty() &&
           symbols.empty() && kinds.empty() && years.empty() && concepts.empty();
}

bool Filters::is_field(const std::string& field) {
    static const std::array<const char*, 8> fields{"country", "body",   "type", "lang",
                                                   "year",    "symbol", "kind", "concept"};
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

void Filters::add(const std::string& field, const std::string& value) {
    if (value.empty()) throw QueryError("empty value for " + field + ":");
    if (field == "country") {
        static const std::regex iso("[A-Za-z]{3}");
        if (!std::regex_match(value, iso))
            throw QueryError("country must be an ISO 3166 alpha-3 code such as KAZ, not \"" +
                             value + "\"");
        countries.push_back(value);
    } else if (field == "body") {
        bodies.push_back(value);
    } else if (field == "type") {
        types.push_back(one_of(vocab::kDocumentTypes, value, "document type"));
    } else if (field == "lang") {
        langs.push_back(one_of(vocab::kUnitLanguages, value, "language"));
    } else if (field == "kind") {
        kinds.push_back(one_of(vocab::kUnitKinds, value, "paragraph kind"));
    } else if (field == "concept") {
        concepts.push_back(value);
    } else if (field == "symbol") {
        symbols.push_back(value);
    } else if (field == "year") {
        years.push_back(parse_year_range(value));
    } else {
        throw QueryError("unknown filter \"" + field + "\"");
    }
}

YearRange parse_year_range(const std::string& text) {
    static const std::regex re("([0-9]{4})?(\\.\\.([0-9]{4})?)?");
    std::smatch m;
    if (text.empty() || !std::regex_match(text, m, re) || (!m[1].matched && !m[3].matched))
        throw QueryError("year must be YYYY or YYYY..YYYY, not \"" + text + "\"");
    YearRange r;
    r.from = m[1].matched ? std::stoi(m[1]) : 0;
    r.to = m[2].matched ? (m[3].matched ? std::stoi(m[3]) : 9999) : r.from;
    if (r.from > r.to) throw QueryError("year range " + text + " is empty (start after end)");
    return r;
}

Xapian::Query Filters::to_query() const {
    std::vector<Xapian::Query> parts;
    if (!countries.empty()) parts.push_back(any_of(layout::kCountry, countries));
    if (!bodies.empty()) parts.push_back(any_of(layout::kBody, bodies));
    if (!types.empty()) parts.push_back(any_of(layout::kType, types));
    if (!langs.empty()) parts.push_back(any_of(layout::kLang, langs));
    if (!symbols.empty()) parts.push_back(any_of(layout::kSymbol, symbols));
    if (!kinds.empty()) parts.push_back(any_of(layout::kKind, kinds));
    if (!concepts.empty()) {
        // Concept ids are written as in the thesaurus ([a-z0-9-]), not normalised.
        std::vector<Xapian::Query> terms;
        for (const std::string& id : concepts)
            terms.emplace_back(std::string(layout::kConcept) + id);
        parts.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
    }
    if (!years.empty()) {
        std::vector<Xapian::Query> ranges;
        for (const YearRange& r : years) {
            if (r.to - r.from <= kMaxYearTerms) {
                // A range as the OR of its years' terms: a posting list the matcher can skip
                // through, where a value range reads the year of every candidate (10x slower
                // under a common word on a large index; docs/benchmarks.md).
                for (int year = r.from; year <= r.to; ++year)
                    ranges.emplace_back(layout::filter_term(layout::kYear, std::to_string(year)));
            } else {
                ranges.emplace_back(Xapian::Query::OP_VALUE_RANGE, layout::kSlotYear,
                                    Xapian::sortable_serialise(r.from),
                                    Xapian::sortable_serialise(r.to));
            }
        }
        parts.emplace_back(Xapian::Query::OP_OR, ranges.begin(), ranges.end());
    }
    if (parts.empty()) return Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

}  // namespace paragraf::query
