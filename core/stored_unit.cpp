#include "core/stored_unit.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

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

namespace {

// The record format (schemas/index-layout.md, "Document data"): a two-byte header, then the
// fields in a fixed order; strings and lists carry their length as a LEB128 varint. Binary
// rather than JSON: a quarter smaller and 27 times faster to read back
// (benchmarks/stored_unit_bench.cpp), and every search reads ten to fifty records.
constexpr char kMagic = 'P';
constexpr char kVersion = 2;
// The document's string fields, in record order.
constexpr std::array<std::string DocumentMeta::*, 12> kMetaFields = {
    &DocumentMeta::id,      &DocumentMeta::symbol, &DocumentMeta::title,
    &DocumentMeta::author,  &DocumentMeta::body,   &DocumentMeta::type,
    &DocumentMeta::country, &DocumentMeta::date,   &DocumentMeta::session,
    &DocumentMeta::cycle,   &DocumentMeta::lang,   &DocumentMeta::source_path};

class RecordWriter {
  public:
    void number(std::uint64_t n) {
        do {
            unsigned char byte = n & 0x7f;
            n >>= 7;
            if (n != 0) byte |= 0x80;
            out_.push_back(static_cast<char>(byte));
        } while (n != 0);
    }
    void text(const std::string& s) {
        number(s.size());
        out_ += s;
    }
    void list(const std::vector<std::string>& items) {
        number(items.size());
        for (const std::string& item : items) text(item);
    }
    void flag(bool b) { out_.push_back(b ? 1 : 0); }
    std::string take() { return std::move(out_); }

  private:
    std::string out_{kMagic, kVersion};
};

// Reads what RecordWriter wrote; every length is checked against what is left.
class RecordReader {
  public:
    explicit RecordReader(std::string_view data) : data_(data), at_(2) {}

    std::uint64_t number() {
        std::uint64_t n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= data_.size()) fail("truncated");
            const auto byte = static_cast<unsigned char>(data_[at_++]);
            n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0) return n;
        }
        fail("number too long");
    }
    std::string text() {
        const std::uint64_t size = number();
        if (size > data_.size() - at_) fail("string runs past the end");
        std::string out(data_.substr(at_, size));
        at_ += size;
        return out;
    }
    std::vector<std::string> list() {
        const std::uint64_t count = number();
        if (count > data_.size() - at_) fail("list longer than the record");  // >= 1 byte each
        std::vector<std::string> out;
        out.reserve(count);
        for (std::uint64_t i = 0; i < count; ++i) out.push_back(text());
        return out;
    }
    bool flag() {
        if (at_ >= data_.size()) fail("truncated");
        return data_[at_++] != 0;
    }
    void finish() const {
        if (at_ != data_.size()) fail("bytes after the end");
    }

  private:
    [[noreturn]] static void fail(const std::string& why) {
        throw Error("index record is damaged (" + why + ")");
    }

    std::string_view data_;
    std::size_t at_;
};

StoredUnit from_record(const std::string& data) {
    RecordReader in(data);
    StoredUnit s;
    DocumentMeta& m = s.doc;
    for (std::string DocumentMeta::*field : kMetaFields) m.*field = in.text();
    m.inferred = in.list();
    const std::string kind = in.text();
    try {
        s.unit.kind = unit_kind_from_string(kind);
    } catch (const std::exception&) {
        throw Error("index record is damaged (unknown unit kind \"" + kind + "\")");
    }
    s.unit.label = in.text();
    s.unit.section_path = in.list();
    s.unit.text = in.text();
    s.unit.footnote_refs = in.list();
    s.lang = in.text();
    const std::uint64_t ordinal = in.number();
    if (ordinal > std::numeric_limits<unsigned>::max())
        throw Error("index record is damaged (ordinal out of range)");
    s.ordinal = static_cast<unsigned>(ordinal);
    const std::uint64_t cites = in.number();
    if (cites > data.size()) throw Error("index record is damaged (too many citations)");
    for (std::uint64_t i = 0; i < cites; ++i) {
        UnitCitation c;
        c.kind = in.text();
        c.keys = in.list();
        c.text = in.text();
        c.begin = static_cast<std::size_t>(in.number());
        c.end = static_cast<std::size_t>(in.number());
        c.via = in.text();
        c.short_form = in.flag();
        s.cites.push_back(std::move(c));
    }
    in.finish();
    return s;
}

// Records written before the binary format (index layout version 1): still read, so that an
// index searches before its next update rewrites them.
StoredUnit from_json(const std::string& data) {
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

}  // namespace

std::string serialize(const StoredUnit& s) {
    RecordWriter out;
    const DocumentMeta& m = s.doc;
    for (std::string DocumentMeta::*field : kMetaFields) out.text(m.*field);
    out.list(m.inferred);
    out.text(to_string(s.unit.kind));
    out.text(s.unit.label);
    out.list(s.unit.section_path);
    out.text(s.unit.text);
    out.list(s.unit.footnote_refs);
    out.text(s.lang);
    out.number(s.ordinal);
    out.number(s.cites.size());
    for (const UnitCitation& c : s.cites) {
        out.text(c.kind);
        out.list(c.keys);
        out.text(c.text);
        out.number(c.begin);
        out.number(c.end);
        out.text(c.via);
        out.flag(c.short_form);
    }
    return out.take();
}

StoredUnit deserialize_stored_unit(const std::string& data) {
    if (data.size() >= 2 && data[0] == kMagic && data[1] == kVersion) return from_record(data);
    if (!data.empty() && data[0] == '{') return from_json(data);
    throw Error("index record is not Paragraf data: was this index written by another program?");
}

}  // namespace paragraf::core
