#include "query/render/crossref_render.hpp"

#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <map>
#include <sstream>

#include "core/citation.hpp"
#include "query/render/search_render.hpp"

namespace paragraf::query::render {

using nlohmann::json;

namespace {

std::string fixed(double v, int digits) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

double round3(double v) {
    return std::round(v * 1000.0) / 1000.0;
}

// At most `max_bytes` of text on one line, cut after a whole UTF-8 character and a word.
std::string quote(const std::string& text, std::size_t max_bytes) {
    std::string flat;
    flat.reserve(text.size());
    for (char c : text) flat += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (flat.size() <= max_bytes) return flat;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
    if (const std::size_t space = flat.rfind(' ', cut);
        space != std::string::npos && space > cut / 2)
        cut = space;
    return flat.substr(0, cut) + "\u2026";
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : sep) + item;
    return out;
}

// "no paragraph of E/C.12/KAZ/3 addresses this" for a symbol; the filters otherwise.
std::string silence(const std::string& against) {
    const bool filters =
        against.find('=') != std::string::npos || against.find(' ') != std::string::npos;
    return filters ? "no paragraph of the target set (" + against + ") addresses this"
                   : "no paragraph of " + against + " addresses this";
}

std::size_t addressed_count(const CrossrefResult& r) {
    std::size_t n = 0;
    for (const ClaimResult& c : r.claims) n += c.addressed ? 1 : 0;
    return n;
}

// The claims in the order to show them, under their group headings ("" when not grouped).
std::vector<std::pair<std::string, std::vector<const ClaimResult*>>> groups(
    const CrossrefResult& r, const core::Thesaurus& thesaurus, bool by_right) {
    std::vector<std::pair<std::string, std::vector<const ClaimResult*>>> out;
    if (!by_right) {
        out.emplace_back("", std::vector<const ClaimResult*>{});
        for (const ClaimResult& c : r.claims) out.back().second.push_back(&c);
        return out;
    }
    // Articles in numeric order, claims without one last.
    std::map<int, std::pair<std::string, std::vector<const ClaimResult*>>> by_article;
    for (const ClaimResult& c : r.claims) {
        const int key = c.claim.article.empty() ? 1000 : std::atoi(c.claim.article.c_str());
        auto& group = by_article[key];
        if (group.first.empty()) group.first = article_heading(thesaurus, c.claim.article);
        group.second.push_back(&c);
    }
    for (auto& [key, group] : by_article) out.push_back(std::move(group));
    return out;
}

std::string source_line(const core::DocumentMeta& d) {
    std::string line = core::document_reference(d);
    if (!d.title.empty()) line += ", " + d.title;
    std::string tag = d.lang;
    if (!d.type.empty()) tag += (tag.empty() ? "" : ", ") + d.type;
    if (!d.date.empty()) tag += (tag.empty() ? "" : ", ") + d.date;
    if (!tag.empty()) line += " (" + tag + ")";
    return line;
}

std::string code_list(const std::vector<std::string>& ids) {
    std::vector<std::string> quoted;
    for (const std::string& id : ids) quoted.push_back("`" + id + "`");
    return join(quoted, ", ");
}

void markdown_claim(std::ostream& out, const ClaimResult& c, const std::string& against,
                    const CrossrefOptions& options, const std::string& heading) {
    out << heading << " " << c.claim.citation << "\n\n";
    out << "> " << quote(c.claim.unit.text, options.claim_bytes) << "\n\n";
    if (!c.claim.concepts.empty()) out << "Concepts: " << code_list(c.claim.concepts) << "\n\n";
    if (!c.addressed) out << "**Silent:** " << silence(against) << ".\n\n";
    if (c.matches.empty()) return;
    if (!c.addressed) out << "Nearest paragraphs, below the threshold:\n\n";
    for (const CrossrefMatch& m : c.matches) {
        const core::StoredUnit& s = m.hit.stored;
        out << m.hit.rank << ". **" << m.hit.citation << "** (" << s.lang << ") \u2014 "
            << (m.cited > 0 ? "cited by the claim, " : "") << "score " << fixed(m.hit.score, 2)
            << ", coverage " << fixed(m.coverage, 2) << "  \n";
        if (!m.matched_terms.empty() || !m.concepts.empty()) {
            out << "   Matched:";
            if (!m.matched_terms.empty()) out << " " << join(m.matched_terms, ", ");
            if (!m.concepts.empty())
                out << (m.matched_terms.empty() ? " " : "; ") << "concepts "
                    << code_list(m.concepts);
            out << "  \n";
        }
        out << "   > " << quote(s.unit.text, options.quote_bytes) << "\n";
        for (const core::StoredUnit& v : m.hit.parallel)
            out << "   >\n   > [" << v.lang << "] " << quote(v.unit.text, options.quote_bytes)
                << "\n";
        out << "\n";
    }
}

}  // namespace

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void crossref_markdown(std::ostream& out, const CrossrefResult& r, const core::Thesaurus& thesaurus,
                       const CrossrefOptions& options) {
    const std::size_t addressed = addressed_count(r);
    out << "# Cross-reference: " << core::document_reference(r.source) << "\n\n";
    out << "- Source: " << source_line(r.source) << "\n";
    out << "- Against: " << r.against << "\n";
    out << "- Claims: " << r.claims.size() << " \u2014 " << addressed << " addressed, "
        << r.claims.size() - addressed << " silent\n\n";
    for (const auto& [heading, claims] : groups(r, thesaurus, options.group_by_right)) {
        if (!heading.empty()) out << "## " << heading << "\n\n";
        for (const ClaimResult* c : claims)
            markdown_claim(out, *c, r.against, options, heading.empty() ? "##" : "###");
    }
}

void crossref_html(std::ostream& out, const CrossrefResult& r, const core::Thesaurus& thesaurus,
                   const CrossrefOptions& options) {
    const auto e = html_escape;
    const std::size_t addressed = addressed_count(r);
    const std::string title = "Cross-reference: " + core::document_reference(r.source);
    out << "<!DOCTYPE html>\n<html lang=\"" << e(r.source.lang.empty() ? "en" : r.source.lang)
        << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << e(title) << "</title>\n"
        << "<style>\n"
           "body{font-family:Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;"
           "line-height:1.45;color:#222}\n"
           "h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc}"
           "h3{font-size:1.05em}\n"
           ".claim{margin:1.5em 0;padding-left:.8em;border-left:4px solid #999}\n"
           ".addressed{border-color:#2a7d2a}.silent{border-color:#b03030}\n"
           "blockquote{margin:.4em 0 .4em 1em;color:#444}\n"
           ".status{font-weight:bold}.silent .status{color:#b03030}"
           ".addressed .status{color:#2a7d2a}\n"
           ".meta{font-size:.9em;color:#555}code{font-size:.9em}\n"
           "</style>\n</head>\n<body>\n";
    out << "<h1>" << e(title)
        << "</h1>\n<ul class=\"meta\">\n<li>Source: " << e(source_line(r.source))
        << "</li>\n<li>Against: " << e(r.against) << "</li>\n<li>Claims: " << r.claims.size()
        << " \u2014 " << addressed << " addressed, " << r.claims.size() - addressed
        << " silent</li>\n</ul>\n";
    for (const auto& [heading, claims] : groups(r, thesaurus, options.group_by_right)) {
        if (!heading.empty()) out << "<h2>" << e(heading) << "</h2>\n";
        for (const ClaimResult* c : claims) {
            out << "<section class=\"claim " << (c->addressed ? "addressed" : "silent")
                << "\">\n<h3>" << e(c->claim.citation) << "</h3>\n<blockquote>"
                << e(quote(c->claim.unit.text, options.claim_bytes)) << "</blockquote>\n";
            if (!c->claim.concepts.empty())
                out << "<p class=\"meta\">Concepts: " << e(join(c->claim.concepts, ", "))
                    << "</p>\n";
            out << "<p class=\"status\">"
                << (c->addressed ? "Addressed" : "Silent: " + e(silence(r.against)) + ".")
                << "</p>\n";
            if (c->matches.empty()) {
                out << "</section>\n";
                continue;
            }
            if (!c->addressed)
                out << "<p class=\"meta\">Nearest paragraphs, below the threshold:</p>\n";
            out << "<ol>\n";
            for (const CrossrefMatch& m : c->matches) {
                const core::StoredUnit& s = m.hit.stored;
                out << "<li><strong>" << e(m.hit.citation) << "</strong> <span class=\"meta\">("
                    << e(s.lang) << (m.cited > 0 ? ", cited by the claim" : "") << ", score "
                    << fixed(m.hit.score, 2) << ", coverage " << fixed(m.coverage, 2) << ")</span>";
                if (!m.matched_terms.empty() || !m.concepts.empty()) {
                    out << "<br><span class=\"meta\">Matched: " << e(join(m.matched_terms, ", "));
                    if (!m.concepts.empty())
                        out << (m.matched_terms.empty() ? "" : "; ") << "concepts "
                            << e(join(m.concepts, ", "));
                    out << "</span>";
                }
                out << "\n<blockquote lang=\"" << e(s.lang) << "\">"
                    << e(quote(s.unit.text, options.quote_bytes)) << "</blockquote>\n";
                for (const core::StoredUnit& v : m.hit.parallel)
                    out << "<blockquote lang=\"" << e(v.lang) << "\">[" << e(v.lang) << "] "
                        << e(quote(v.unit.text, options.quote_bytes)) << "</blockquote>\n";
                out << "</li>\n";
            }
            out << "</ol>\n</section>\n";
        }
    }
    out << "</body>\n</html>\n";
}

void crossref_csv(std::ostream& out, const CrossrefResult& r) {
    out << "claim,label,article,status,rank,match,match_lang,score,coverage,cited,"
           "matched_terms,concepts,claim_text,match_text\r\n";
    for (const ClaimResult& c : r.claims) {
        const std::string head = csv_field(c.claim.citation) + "," + csv_field(c.claim.unit.label) +
                                 "," + csv_field(c.claim.article) + "," +
                                 (c.addressed ? "addressed" : "silent");
        if (c.matches.empty()) {
            out << head << ",,,,,,,,," << csv_field(c.claim.unit.text) << ",\r\n";
            continue;
        }
        for (const CrossrefMatch& m : c.matches)
            out << head << "," << m.hit.rank << "," << csv_field(m.hit.citation) << ","
                << m.hit.stored.lang << "," << fixed(m.hit.score, 3) << "," << fixed(m.coverage, 3)
                << "," << (m.cited > 0 ? "yes" : "no") << ","
                << csv_field(join(m.matched_terms, "; ")) << ","
                << csv_field(join(m.concepts, "; ")) << "," << csv_field(c.claim.unit.text) << ","
                << csv_field(m.hit.stored.unit.text) << "\r\n";
    }
}

json crossref_json_value(const CrossrefResult& r) {
    json claims = json::array();
    for (const ClaimResult& c : r.claims) {
        json matches = json::array();
        for (const CrossrefMatch& m : c.matches) {
            json j = hit_json(m.hit);
            j["matched_terms"] = m.matched_terms;
            j["concepts"] = m.concepts;
            j["coverage"] = round3(m.coverage);
            j["addresses"] = m.addresses;
            j["cited"] = m.cited > 0;  // the claim cites this paragraph
            matches.push_back(std::move(j));
        }
        claims.push_back({{"citation", c.claim.citation},
                          {"paragraph",
                           {{"label", c.claim.unit.label},
                            {"kind", core::to_string(c.claim.unit.kind)},
                            {"section", c.claim.unit.section_path}}},
                          {"text", c.claim.unit.text},
                          {"lang", c.claim.lang},
                          {"concepts", c.claim.concepts},
                          {"article", c.claim.article},
                          {"status", c.addressed ? "addressed" : "silent"},
                          {"matches", std::move(matches)}});
    }
    const std::size_t addressed = addressed_count(r);
    return {{"source", core::meta_json(r.source)},
            {"against", r.against},
            {"summary",
             {{"claims", r.claims.size()},
              {"addressed", addressed},
              {"silent", r.claims.size() - addressed}}},
            {"claims", std::move(claims)}};
}

void crossref_json(std::ostream& out, const CrossrefResult& r) {
    out << crossref_json_value(r).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace paragraf::query::render
