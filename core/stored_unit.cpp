#include "core/stored_unit.hpp"

#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace paragraf::core {

using nlohmann::json;

json meta_json(const DocumentMeta& m) {
    return json{{"id", m.id},           {"symbol", m.symbol},    {"title", m.title},
                {"author", m.author},   {"body", m.body},        {"type", m.type},
                {"country", m.country}, {"date", m.date},        {"session", m.session},
                {"lang", m.lang},       {"path", m.source_path}, {"inferred", m.inferred}};
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
        return s;
    } catch (const std::exception& e) {
        throw Error(std::string("index record is not Paragraf data (") + e.what() +
                    "): was this index written by another program?");
    }
}

}  // namespace paragraf::core
