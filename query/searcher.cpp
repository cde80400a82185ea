#include "query/searcher.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/citation.hpp"
#include "core/error.hpp"
#include "core/index_layout.hpp"

namespace paragraf::query {

namespace layout = core::layout;

namespace {

// "tcp://host:port": a shard served by xapian-tcpsrv.
bool is_remote(const std::string& entry) {
    return entry.rfind("tcp://", 0) == 0;
}

Xapian::Database open_remote(const std::string& entry) {
    const std::string address = entry.substr(6);
    const std::size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == address.size())
        throw Error("a remote shard is written tcp://HOST:PORT", entry);
    const std::string host = address.substr(0, colon);
    const std::string port_text = address.substr(colon + 1);
    char* end = nullptr;
    const long port = std::strtol(port_text.c_str(), &end, 10);
    if (*end != '\0' || port <= 0 || port > 65535) throw Error("bad port in remote shard", entry);
    try {
        return Xapian::Remote::open(host, static_cast<unsigned int>(port));
    } catch (const Xapian::Error& e) {
        throw Error("cannot reach remote shard: " + e.get_msg(), entry);
    }
}

// A shard list: one index directory or tcp://HOST:PORT per line, # comments; relative
// directories are relative to the list's own folder.
std::vector<std::string> read_shard_list(const std::filesystem::path& list) {
    std::ifstream in(list);
    if (!in) throw Error("cannot read shard list", list.string());
    std::vector<std::string> entries;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        const std::size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        std::string entry = line.substr(first, line.find_last_not_of(" \t\r") + 1 - first);
        if (!is_remote(entry) && std::filesystem::path(entry).is_relative())
            entry = (list.parent_path() / entry).string();
        if (!is_remote(entry) && std::filesystem::is_regular_file(entry))
            throw Error("line " + std::to_string(number) + ": a shard list cannot list another",
                        list.string());
        entries.push_back(std::move(entry));
    }
    if (entries.empty()) throw Error("shard list names no index", list.string());
    return entries;
}

// Adds one index (local or remote) to `db`; sets `outdated` when it was written for another
// ranking scheme (a multi-database reads metadata from its first index only, so each shard is
// asked as it is opened).
void add_shard(Xapian::Database& db, const std::string& entry, bool* outdated) {
    if (is_remote(entry)) {
        Xapian::Database shard = open_remote(entry);
        try {
            if (outdated != nullptr && layout::ranked_for_another_scheme(shard)) *outdated = true;
        } catch (const Xapian::Error& e) {
            throw Error("cannot read remote shard: " + e.get_msg(), entry);
        }
        db.add_database(shard);
        return;
    }
    if (!std::filesystem::exists(entry))
        throw Error("no index here; create one with `paragraf index --db " + entry + " PATH...`",
                    entry);
    try {
        Xapian::Database shard(entry);
        if (outdated != nullptr && layout::ranked_for_another_scheme(shard)) *outdated = true;
        db.add_database(shard);
    } catch (const Xapian::Error& e) {
        throw Error("cannot open index: " + e.get_msg(), entry);
    }
}

// Every entry is an index directory, a remote shard, or a file listing shards; all are
// searched as one database (Xapian merges the statistics, so scores equal one big index's).
// `remote` is set when any shard is remote; `outdated`, when given, when any shard was written
// for another ranking scheme.
Xapian::Database open_all(const std::vector<std::string>& entries, bool& remote,
                          bool* outdated = nullptr) {
    Xapian::Database db;
    auto add = [&](const std::string& shard) {
        remote = remote || is_remote(shard);
        add_shard(db, shard, outdated);
    };
    for (const std::string& entry : entries) {
        if (!is_remote(entry) && std::filesystem::is_regular_file(entry)) {
            for (const std::string& shard : read_shard_list(entry)) add(shard);
            continue;
        }
        add(entry);
    }
    return db;
}

// Threads for one search: $PARAGRAF_SEARCH_THREADS if set (1 turns splitting off, e.g. for a
// server that runs several searches at once), else one per core, at most 4 (posting lists are
// read from memory, so more lanes than cores only adds switching).
unsigned default_lanes() {
    if (const char* given = std::getenv("PARAGRAF_SEARCH_THREADS"); given && *given) {
        char* end = nullptr;
        const unsigned long lanes = std::strtoul(given, &end, 10);
        if (*end == '\0' && lanes >= 1) return static_cast<unsigned>(std::min(lanes, 64ul));
    }
    return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

// Counts units per value of one boolean-term prefix, e.g. "XL" -> {"en": 120, "ru": 80}.
std::map<std::string, std::size_t> count_prefix(const Xapian::Database& db,
                                                std::string_view prefix) {
    std::map<std::string, std::size_t> counts;
    const std::string p(prefix);
    for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
        const std::string term = *it;
        const std::string value = term.substr(p.size());
        // "XL" must not swallow longer prefixes that start with it (none today, but be safe).
        if (!value.empty() && std::isupper(static_cast<unsigned char>(value[0]))) continue;
        counts[value] = it.get_termfreq();
    }
    return counts;
}

}  // namespace

Searcher::Searcher(const std::vector<std::string>& db_paths)
    : entries_(db_paths),
      db_(open_all(entries_, has_remote_, &ranking_outdated_)),
      ranker_(
          [this] {
              bool remote = false;
              return open_all(entries_, remote);
          },
          default_lanes()) {}

void Searcher::set_parallelism(unsigned lanes, Xapian::doccount min_units,
                               std::uint64_t min_postings) {
    ranker_ = ParallelRanker(ranker_.opener(), lanes);
    parallel_min_units_ = min_units;
    parallel_min_postings_ = min_postings;
}

bool Searcher::ranking_outdated() const {
    return ranking_outdated_;
}

bool Searcher::splits(const Xapian::Query& query) const {
    if (has_remote_ || ranker_.lanes() == 1 || db_.get_doccount() < parallel_min_units_)
        return false;
    // One posting list (a word, or its stems in two languages): filtering it by slice costs
    // about as much per posting as weighing it, so the lanes gain nothing (measured at 1 GB:
    // "education" 1.7 ms alone, 2.7 ms on two lanes).
    const Xapian::Query::op type = query.get_type();
    if (type == Xapian::Query::LEAF_TERM || type == Xapian::Query::OP_SYNONYM) return false;
    std::uint64_t postings = 0;
    for (auto term = query.get_unique_terms_begin(); term != query.get_unique_terms_end(); ++term)
        postings += db_.get_termfreq(*term);
    return postings >= parallel_min_postings_;
}

RankedPage Searcher::rank(const Xapian::Query& query, Xapian::doccount first,
                          Xapian::doccount count) {
    if (!splits(query)) return rank_serially(db_, query, first, count);
    return ranker_.top(db_, query, first, count);
}

SearchResult Searcher::search(const SearchRequest& request) {
    const QueryParser parser(analyzer_);
    std::vector<std::string> concepts;
    QueryParser::Expander expand;
    if (request.cross_lang) {
        expand = [&](const std::string& words) {
            // Every concept the query names must be there, in whatever language.
            std::vector<Xapian::Query> terms;
            for (const core::ConceptMatch& m : thesaurus().match(words, "und")) {
                concepts.push_back(m.entry->id);
                terms.emplace_back(std::string(layout::kConcept) + m.entry->id);
            }
            if (terms.empty()) return Xapian::Query();
            return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
        };
    }
    const ParsedQuery parsed = parser.parse(request.text, request.filters, expand);
    for (const std::string& id : parsed.concepts)
        if (thesaurus().find(id) == nullptr)
            throw QueryError("unknown concept \"" + id +
                             "\": concept ids are those of data/thesaurus.xml, e.g. oat, "
                             "harm-reduction, right-to-health");

    SearchResult result;
    result.query = request.text;
    result.offset = request.offset;
    result.limit = request.limit;
    result.filtered = parsed.filtered;
    result.concepts = concepts;
    try {
        const auto first = static_cast<Xapian::doccount>(request.offset);
        const auto count = static_cast<Xapian::doccount>(request.limit);
        RankedPage page;
        if (parsed.has_text) {
            page = rank(parsed.query, first, count);
            if (page.estimate == 0 && !parsed.relaxed.empty()) {
                // Better some of the words than nothing; the result says so.
                page = rank(parsed.relaxed, first, count);
                result.relaxed = page.estimate > 0;
            }
        } else {
            // Nothing to rank by: list in document order.
            Xapian::Enquire enquire(db_);
            enquire.set_query(parsed.query);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_sort_by_value_then_relevance(layout::kSlotOrdinal, false);
            page = page_of(enquire.get_mset(first, count));
        }
        result.total_estimate = page.estimate;
        std::size_t rank = request.offset;
        for (const RankedMatch& match : page.matches) {
            Hit hit;
            hit.rank = ++rank;
            hit.score = match.weight;
            hit.stored = core::deserialize_stored_unit(db_.get_document(match.docid).get_data());
            hit.citation = core::citation(hit.stored.doc, hit.stored.unit);
            std::vector<std::pair<std::size_t, std::size_t>> concept_spans;
            if (!concepts.empty()) {
                for (const core::ConceptMatch& m :
                     thesaurus().match(hit.stored.unit.text, hit.stored.lang)) {
                    if (std::find(concepts.begin(), concepts.end(), m.entry->id) == concepts.end())
                        continue;
                    for (const core::ConceptSpan& span : m.spans)
                        concept_spans.emplace_back(span.begin, span.end);
                }
            }
            hit.snippet = make_snippet(hit.stored.unit.text, hit.stored.lang, parsed.terms,
                                       analyzer_, request.snippet, concept_spans);
            if (!request.parallel_langs.empty())
                hit.parallel = parallel_versions(hit.stored, request.parallel_langs);
            result.hits.push_back(std::move(hit));
        }
    } catch (const Xapian::Error& e) {
        throw Error("search failed: " + e.get_description());
    }
    return result;
}

std::vector<core::StoredUnit> Searcher::parallel_versions(const core::StoredUnit& unit,
                                                          const std::vector<std::string>& langs) {
    std::vector<core::StoredUnit> versions;
    if (unit.doc.symbol.empty()) return versions;
    for (const std::string& lang : langs) {
        if (lang == unit.doc.lang) continue;
        const std::vector<Xapian::Query> parts{
            Xapian::Query(layout::filter_term(layout::kSymbol, unit.doc.symbol)),
            Xapian::Query(layout::filter_term(layout::kLabel, unit.unit.label)),
            Xapian::Query(layout::filter_term(layout::kDocLang, lang))};
        const Xapian::Query query(Xapian::Query::OP_AND, parts.begin(), parts.end());
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        const Xapian::MSet mset = enquire.get_mset(0, 1);
        if (!mset.empty())
            versions.push_back(
                core::deserialize_stored_unit(mset.begin().get_document().get_data()));
    }
    return versions;
}

std::vector<core::StoredUnit> Searcher::units_of(const std::string& symbol,
                                                 const std::string& label) {
    std::vector<Xapian::Query> parts{Xapian::Query(layout::filter_term(layout::kSymbol, symbol))};
    if (!label.empty()) parts.emplace_back(layout::filter_term(layout::kLabel, label));
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_sort_by_value(layout::kSlotOrdinal, false);
    std::vector<core::StoredUnit> units;
    const Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it)
        units.push_back(core::deserialize_stored_unit(it.get_document().get_data()));
    return units;
}

std::optional<core::StoredUnit> Searcher::any_unit_of(const std::string& symbol) {
    const std::string term = layout::filter_term(layout::kSymbol, symbol);
    const auto posting = db_.postlist_begin(term);
    if (posting == db_.postlist_end(term)) return std::nullopt;
    return core::deserialize_stored_unit(db_.get_document(*posting).get_data());
}

std::vector<std::string> Searcher::terms_of(const core::StoredUnit& unit,
                                            const std::vector<std::string>& sorted_terms) {
    try {
        const std::string id_term = layout::unit_id_term(unit.doc.id, unit.ordinal);
        const auto posting = db_.postlist_begin(id_term);
        if (posting == db_.postlist_end(id_term)) return {};
        return terms_present(db_.get_document(*posting), sorted_terms);
    } catch (const Xapian::Error& e) {
        throw Error("cannot read the index: " + e.get_description());
    }
}

std::vector<std::string> terms_present(const Xapian::Document& doc,
                                       const std::vector<std::string>& sorted_terms) {
    std::vector<std::string> out;
    Xapian::TermIterator it = doc.termlist_begin();
    const Xapian::TermIterator end = doc.termlist_end();
    for (const std::string& term : sorted_terms) {
        it.skip_to(term);
        if (it == end) break;
        if (*it == term) out.push_back(term);
    }
    return out;
}

const core::Thesaurus& Searcher::thesaurus() {
    if (!thesaurus_) thesaurus_ = core::Thesaurus::load_default();
    return *thesaurus_;
}

std::vector<DocumentSummary> Searcher::documents() {
    std::vector<DocumentSummary> docs;
    const std::string prefix(layout::kDocId);
    for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
        const auto posting = db_.postlist_begin(*it);
        if (posting == db_.postlist_end(*it)) continue;
        DocumentSummary summary;
        summary.meta = core::deserialize_stored_unit(db_.get_document(*posting).get_data()).doc;
        summary.units = it.get_termfreq();
        docs.push_back(std::move(summary));
    }
    return docs;
}

IndexStats Searcher::stats() {
    IndexStats s;
    s.units = db_.get_doccount();
    for (auto it = db_.allterms_begin(std::string(layout::kDocId));
         it != db_.allterms_end(std::string(layout::kDocId)); ++it)
        ++s.documents;
    s.langs = count_prefix(db_, layout::kLang);
    s.bodies = count_prefix(db_, layout::kBody);
    s.types = count_prefix(db_, layout::kType);
    s.countries = count_prefix(db_, layout::kCountry);
    s.kinds = count_prefix(db_, layout::kKind);
    const std::string concept_prefix(layout::kConcept);
    for (auto it = db_.allterms_begin(concept_prefix); it != db_.allterms_end(concept_prefix); ++it)
        s.concepts[(*it).substr(concept_prefix.size())] = it.get_termfreq();
    return s;
}

}  // namespace paragraf::query
