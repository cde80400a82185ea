#include "core/stored_unit.hpp"

#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace paragraf::core {

using nlohmann::json;

json meta_json(const DocumentMeta& m) {
    json j{{"id", m.id},           {"symbol", m.symbol},    {"title", m.title},
           {"author", m.author},   {"body", m.body},        {"type", m.type},
           {"country", m.country}, {"date", m.date},        {"session", m.session},
           {"lang", m.lang},       {"path", m.source_path}, {"inferred", m.inferred}};
    // Newer than the other fields: left out when empty, so records and output without a cycle
    // read as before.
    if (!m.cycle.empty()) j["cycle"] = m.cycle;
    return j;
}

std::string serialize(const StoredUnit& s) {
    const DocumentMeta& m = s.doc;
    json j = {
        {"v", 1},
        {"doc", meta_json(m)},
        {"kind", to_string(s.unit.kind)},
        {"label", s.unit.label},
        {"section", s.unit.section_path},
        {"text", s.unit.text},
        {"fnrefs", s.unit.footnote_refs},
        {"lang", s.lang},
        {"ordinal", s.ordinal},
    };
    if (!s.cites.empty()) {
        json cites = json::array();
        for (const UnitCitation& c : s.cites) {
            json jc{{"kind", c.kind}, {"keys", c.keys}, {"text", c.text}, {"at", {c.begin, c.end}}};
            if (!c.via.empty()) jc["via"] = c.via;
            if (c.short_form) jc["short"] = true;
            cites.push_back(std::move(jc));
        }
        j["cites"] = std::move(cites);
    }
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

StoredUnit deserialize_stored_unit(const std::string& data) {
    try {
        const json j = json::parse(data);
        StoredUnit s;
        const json& d = j.at("doc");
        DocumentMeta& m = s.doc;
        m.id = d.at("id");
        m.symbol = d.at("symbol");
        m.title = d.at("title");
        m.author = d.at("author");
        m.body = d.at("body");
        m.type = d.at("type");
        m.country = d.at("country");
        m.date = d.at("date");
        m.session = d.at("session");
        if (d.contains("cycle")) m.cycle = d.at("cycle");
        m.lang = d.at("lang");
        m.source_path = d.at("path");
        if (d.contains("inferred")) m.inferred = d.at("inferred").get<std::vector<std::string>>();
        s.unit.kind = unit_kind_from_string(j.at("kind"));
        s.unit.label = j.at("label");
        s.unit.section_path = j.at("section").get<std::vector<std::string>>();
        s.unit.text = j.at("text");
        s.unit.footnote_refs = j.at("fnrefs").get<std::vector<std::string>>();
        s.lang = j.at("lang");
        s.ordinal = j.at("ordinal");
        if (j.contains("cites")) {
            for (const json& jc : j.at("cites")) {
                UnitCitation c;
                c.kind = jc.at("kind");
                c.keys = jc.at("keys").get<std::vector<std::string>>();
                c.text = jc.at("text");
                c.begin = jc.at("at").at(0);
                c.end = jc.at("at").at(1);
                c.via = jc.value("via", "");
                c.short_form = jc.value("short", false);
                s.cites.push_back(std::move(c));
            }
        }
        return s;
    } catch (const std::exception& e) {
        throw Error(std::string("index record is not Paragraf data (") + e.what() +
                    "): was this index written by another program?");
    }
}

}  // namespace paragraf::core
