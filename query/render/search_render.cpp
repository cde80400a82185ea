#include "query/render/search_render.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "core/citation.hpp"

namespace paragraf::query::render {

using nlohmann::json;

namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";

std::string format_score(double score) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(2) << score;
    return s.str();
}

// The descriptive tag after a citation: language, type, year.
std::string tag(const core::StoredUnit& s) {
    std::string t = s.lang;
    if (!s.doc.type.empty()) t += " \u00B7 " + s.doc.type;
    if (const int year = s.doc.year(); year > 0) t += " \u00B7 " + std::to_string(year);
    return t;
}

// Replaces the snippet marks with ANSI bold, or with nothing when the text is shown whole.
std::string mark(const std::string& snippet, bool color) {
    std::string out;
    bool open = false;
    for (std::size_t i = 0; i < snippet.size(); ++i) {
        if (snippet.compare(i, 2, "**") == 0) {
            if (color)
                out += open ? kReset : kBold;
            else
                out += "**";
            open = !open;
            ++i;
        } else {
            out += snippet[i];
        }
    }
    return out;
}

// The first `max_bytes` of text, cut after a whole UTF-8 character and a word, with "…".
std::string shorten(const std::string& text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    if (const std::size_t space = text.rfind(' ', cut);
        space != std::string::npos && space > cut / 2)
        cut = space;
    return text.substr(0, cut) + "\u2026";
}

double round3(double v) {
    return std::round(v * 1000.0) / 1000.0;
}

}  // namespace

void search_text(std::ostream& out, const SearchResult& result, const TextOptions& options) {
    if (result.hits.empty()) {
        if (result.offset > 0 && result.total_estimate > 0)
            out << "No more results: the query matches about " << result.total_estimate
                << " paragraphs, fewer than offset " << result.offset << ".\n";
        else
            out << "No paragraph matches " << result.query
                << (result.filtered ? " with the filters given" : "") << ".\n";
        return;
    }
    if (!result.concepts.empty()) {
        out << "Across languages through the concepts:";
        for (const std::string& id : result.concepts) out << " " << id;
        out << "\n\n";
    }
    if (result.relaxed)
        out << "No paragraph has all the words of " << result.query
            << "; showing paragraphs with some of them.\n\n";
    for (const Hit& hit : result.hits) {
        const core::StoredUnit& s = hit.stored;
        out << hit.rank << ". ";
        if (options.color) out << kBold;
        out << hit.citation;
        if (options.color) out << kReset;
        out << "  [" << tag(s) << "]  score " << format_score(hit.score) << "\n";
        out << "   " << s.doc.title << "\n";
        if (!s.unit.section_path.empty()) out << "   \u00A7 " << s.unit.section_path.back() << "\n";
        out << "   " << (options.full ? s.unit.text : mark(hit.snippet, options.color)) << "\n";
        for (const core::StoredUnit& version : hit.parallel)
            out << "   [" << version.doc.lang << "] "
                << (options.full ? version.unit.text : shorten(version.unit.text, 240)) << "\n";
        out << "\n";
    }
    const std::size_t first = result.offset + 1;
    const std::size_t last = result.offset + result.hits.size();
    out << "Paragraphs " << first << "\u2013" << last << " of about " << result.total_estimate
        << ".";
    if (last < result.total_estimate) out << " Next page: --offset " << last << ".";
    out << "\n";
}

json hit_json(const Hit& hit) {
    const core::StoredUnit& s = hit.stored;
    json parallel = json::array();
    for (const core::StoredUnit& v : hit.parallel)
        parallel.push_back({{"lang", v.lang},
                            {"citation", core::citation(v.doc, v.unit)},
                            {"text", v.unit.text},
                            {"doc", core::meta_json(v.doc)}});
    const core::DocumentMeta& d = s.doc;
    json j{
        {"rank", hit.rank},
        {"citation", hit.citation},
        {"score", round3(hit.score)},
        {"lang", s.lang},
        {"text", s.unit.text},
        {"snippet", hit.snippet},
        {"doc", core::meta_json(d)},
        {"paragraph",
         {{"label", s.unit.label},
          {"kind", core::to_string(s.unit.kind)},
          {"section", s.unit.section_path},
          {"footnotes", s.unit.footnote_refs},
          {"ordinal", s.ordinal}}},
    };
    if (!parallel.empty()) j["parallel"] = std::move(parallel);
    return j;
}

void search_json(std::ostream& out, const SearchResult& result) {
    json hits = json::array();
    for (const Hit& hit : result.hits) hits.push_back(hit_json(hit));
    const json doc{{"query", result.query},
                   {"total_estimate", result.total_estimate},
                   {"offset", result.offset},
                   {"limit", result.limit},
                   {"relaxed", result.relaxed},
                   {"concepts", result.concepts},
                   {"hits", hits}};
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

void search_jsonl(std::ostream& out, const SearchResult& result) {
    for (const Hit& hit : result.hits)
        out << hit_json(hit).dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace paragraf::query::render
