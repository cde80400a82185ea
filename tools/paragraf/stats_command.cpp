// paragraf stats [--db DIR] [--format json]: what the index holds.

#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/stored_unit.hpp"
#include "query/citation_targets.hpp"
#include "query/searcher.hpp"
#include "tools/paragraf/commands.hpp"

namespace paragraf::cli {

namespace {

struct StatsArgs {
    std::vector<std::string> dbs;
    std::string format = "text";
    bool docs = false;
    bool cited = false;
    std::size_t limit = 10;
};

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// One document a line (id, symbol, language, type, body, country, date, reporting cycle when
// known, units), then its title and which fields were inferred rather than given.
int print_documents(query::Searcher& searcher, const std::string& format) {
    const std::vector<query::DocumentSummary> docs = searcher.documents();
    if (format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const query::DocumentSummary& d : docs) {
            nlohmann::json meta = core::meta_json(d.meta);
            meta["paragraphs"] = d.units;
            out.push_back(std::move(meta));
        }
        std::cout << out.dump(2) << "\n";
        return kOk;
    }
    auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
    for (const query::DocumentSummary& d : docs) {
        const core::DocumentMeta& m = d.meta;
        std::cout << m.id << "  " << or_dash(m.symbol) << "  " << or_dash(m.lang) << "  "
                  << or_dash(m.type) << "  " << or_dash(m.body) << "  " << or_dash(m.country)
                  << "  " << or_dash(m.date) << "  "
                  << (m.cycle.empty() ? std::string() : "cycle " + m.cycle + "  ") << d.units
                  << " paragraphs\n";
        std::cout << "   " << m.title << "\n";
        if (!m.inferred.empty()) std::cout << "   inferred: " << join(m.inferred) << "\n";
    }
    return kOk;
}

// Index terms are lower-cased; codes read better as they are written.
std::map<std::string, std::size_t> upper_keys(const std::map<std::string, std::size_t>& in) {
    std::map<std::string, std::size_t> out;
    for (const auto& [key, count] : in) {
        std::string upper = key;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out[upper] = count;
    }
    return out;
}

void print_counts(const char* title, const std::map<std::string, std::size_t>& counts) {
    std::cout << title << ":";
    if (counts.empty()) std::cout << " none";
    bool first = true;
    for (const auto& [key, count] : counts) {
        std::cout << (first ? " " : ", ") << key << " " << count;
        first = false;
    }
    std::cout << "\n";
}

// The `limit` most frequent, most frequent first (ties by name).
void print_top(const char* title, const std::map<std::string, std::size_t>& counts,
               std::size_t limit) {
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::cout << title << " (" << counts.size() << "):";
    if (sorted.empty()) std::cout << " none";
    for (std::size_t i = 0; i < sorted.size() && i < limit; ++i)
        std::cout << (i == 0 ? " " : ", ") << sorted[i].first << " " << sorted[i].second;
    if (sorted.size() > limit) std::cout << ", \u2026";
    std::cout << "\n";
}

// The most cited documents and paragraphs: the units citing each.
int print_most_cited(query::Searcher& searcher, const StatsArgs& args) {
    const std::vector<query::CitedCount> documents = query::most_cited(searcher, "doc", args.limit);
    const std::vector<query::CitedCount> paragraphs =
        query::most_cited(searcher, "para", args.limit);
    if (args.format == "json") {
        auto to_json = [](const std::vector<query::CitedCount>& counts) {
            nlohmann::json out = nlohmann::json::array();
            for (const query::CitedCount& c : counts)
                out.push_back({{"cited", query::describe_key(c.key)},
                               {"key", c.key},
                               {"citing_units", c.units}});
            return out;
        };
        std::cout << nlohmann::json{{"documents", to_json(documents)},
                                    {"paragraphs", to_json(paragraphs)}}
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
        return kOk;
    }
    auto print = [](const char* title, const std::vector<query::CitedCount>& counts) {
        std::cout << title << ":\n";
        if (counts.empty()) std::cout << "  none\n";
        const std::size_t width = counts.empty() ? 1 : std::to_string(counts.front().units).size();
        for (const query::CitedCount& c : counts) {
            const std::string n = std::to_string(c.units);
            std::cout << std::string(2 + width - n.size(), ' ') << n << "  "
                      << query::describe_key(c.key) << "\n";
        }
    };
    print("Most cited documents (citing paragraphs)", documents);
    std::cout << "\n";
    print("Most cited paragraphs (citing paragraphs)", paragraphs);
    return kOk;
}

int run_stats(const StatsArgs& args) {
    const std::vector<std::string> dbs =
        args.dbs.empty() ? std::vector<std::string>{default_db()} : args.dbs;
    query::Searcher searcher(dbs);
    if (args.docs) return print_documents(searcher, args.format);
    if (args.cited) return print_most_cited(searcher, args);
    const query::IndexStats s = searcher.stats();
    const auto bodies = upper_keys(s.bodies);
    const auto countries = upper_keys(s.countries);
    if (args.format == "json") {
        std::cout << nlohmann::json{{"documents", s.documents}, {"paragraphs", s.units},
                                    {"languages", s.langs},     {"bodies", bodies},
                                    {"types", s.types},         {"countries", countries},
                                    {"kinds", s.kinds},         {"concepts", s.concepts}}
                         .dump(2)
                  << "\n";
        return kOk;
    }
    std::cout << "Documents: " << s.documents << "\n";
    std::cout << "Paragraphs: " << s.units << "\n";
    print_counts("Languages", s.langs);
    print_counts("Bodies", bodies);
    print_counts("Types", s.types);
    print_counts("Countries", countries);
    print_counts("Kinds", s.kinds);
    print_top("Concepts", s.concepts, 15);
    return kOk;
}

}  // namespace

Action add_stats_command(CLI::App& app) {
    auto args = std::make_shared<StatsArgs>();
    CLI::App* cmd = app.add_subcommand("stats", "Count documents and paragraphs in the index");
    cmd->add_option("--db", args->dbs, "Index directory; repeat for several")
        ->allow_extra_args(false);
    cmd->add_flag("--docs", args->docs,
                  "List the documents, with the metadata fields that were inferred");
    auto* cited =
        cmd->add_flag("--cited", args->cited, "List the most cited documents and paragraphs");
    cited->excludes(cmd->get_option("--docs"));
    cmd->add_option("-n,--limit", args->limit, "How many of each with --cited (default 10)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--format", args->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    return [args] { return run_stats(*args); };
}

}  // namespace paragraf::cli
