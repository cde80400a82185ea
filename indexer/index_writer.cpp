#include "indexer/index_writer.hpp"

#include "core/error.hpp"
#include "core/fingerprint.hpp"
#include "core/index_layout.hpp"
#include "core/language_id.hpp"
#include "core/stored_unit.hpp"

namespace paragraf::indexer {

namespace layout = core::layout;

namespace {

// Xapian refuses terms longer than 245 bytes; such "words" (base64 blobs, long URLs) are noise.
constexpr std::size_t kMaxTermBytes = 240;

Xapian::WritableDatabase open_writable(const std::string& path) {
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::Error& e) {
        throw Error("cannot open index for writing: " + e.get_msg(), path);
    }
}

constexpr std::string_view kSourceKeyPrefix = "src:";

std::string source_key(const std::string& path) {
    // Metadata keys are limited in length; paths are not.
    return std::string(kSourceKeyPrefix) + core::hex64(core::fnv1a(path));
}

std::optional<IndexWriter::Source> parse_source(const std::string& value) {
    const auto tab1 = value.find('\t');
    const auto tab2 = tab1 == std::string::npos ? tab1 : value.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) return std::nullopt;
    return IndexWriter::Source{value.substr(tab2 + 1), value.substr(0, tab1),
                               value.substr(tab1 + 1, tab2 - tab1 - 1)};
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, const core::Thesaurus* thesaurus)
    : path_(path), db_(open_writable(path)), thesaurus_(thesaurus) {}

IndexWriter::~IndexWriter() {
    if (!in_transaction_) return;
    try {
        db_.cancel_transaction();
    } catch (const Xapian::Error&) {
        // Nothing else can be done in a destructor; the uncommitted batch is lost either way.
    }
}

void IndexWriter::begin_batch() {
    if (in_transaction_) return;
    db_.begin_transaction(true);  // commit_transaction() then makes the batch durable
    in_transaction_ = true;
}

Xapian::Document IndexWriter::make_unit_document(const core::Document& doc, std::size_t ordinal,
                                                 const std::string& lang) {
    const core::Unit& unit = doc.units[ordinal];
    const core::DocumentMeta& meta = doc.meta;
    Xapian::Document xdoc;

    const std::vector<core::Token> tokens = analyzer_.tokenize(unit.text);
    Xapian::termpos position = 0;
    for (const core::Token& token : tokens) {
        ++position;
        if (token.term.size() > kMaxTermBytes) continue;
        xdoc.add_posting(token.term, position);
        xdoc.add_term(std::string(layout::kStem) + analyzer_.stem(token.term, lang));
    }
    if (thesaurus_ != nullptr) {
        for (const core::ConceptMatch& m : thesaurus_->match(tokens, unit.text, lang, analyzer_))
            xdoc.add_term(std::string(layout::kConcept) + m.entry->id,
                          static_cast<Xapian::termcount>(m.spans.size()));
    }

    const std::string unit_id = meta.id + "#" + std::to_string(ordinal);
    xdoc.add_boolean_term(std::string(layout::kUnitId) + unit_id);
    xdoc.add_boolean_term(layout::filter_term(layout::kDocId, meta.id));
    auto add_filter = [&](std::string_view prefix, const std::string& value) {
        if (!value.empty()) xdoc.add_boolean_term(layout::filter_term(prefix, value));
    };
    add_filter(layout::kSymbol, meta.symbol);
    add_filter(layout::kBody, meta.body);
    add_filter(layout::kType, meta.type);
    add_filter(layout::kCountry, meta.country);
    add_filter(layout::kLang, lang);
    add_filter(layout::kDocLang, meta.lang);
    add_filter(layout::kKind, core::to_string(unit.kind));
    add_filter(layout::kLabel, unit.label);
    if (const int year = meta.year(); year > 0) {
        add_filter(layout::kYear, std::to_string(year));
        xdoc.add_value(layout::kSlotYear, Xapian::sortable_serialise(year));
    }
    xdoc.add_value(layout::kSlotOrdinal, Xapian::sortable_serialise(static_cast<double>(ordinal)));
    xdoc.add_value(layout::kSlotDocId, meta.id);

    core::StoredUnit stored{meta, unit, lang, static_cast<unsigned>(ordinal)};
    xdoc.set_data(core::serialize(stored));
    return xdoc;
}

std::size_t IndexWriter::add(const core::Document& doc) {
    try {
        begin_batch();
        const std::string doc_term = layout::filter_term(layout::kDocId, doc.meta.id);
        db_.delete_document(doc_term);
        for (std::size_t i = 0; i < doc.units.size(); ++i) {
            // Documents mix languages (quotations, Russian titles of Kazakh laws): each unit
            // gets its own, and short ones keep their document's.
            const std::string lang = core::identify_language(doc.units[i].text, doc.meta.lang).lang;
            // The document's old units are gone (deleted above), so adding is enough; looking
            // each unit up by its unique term would cost a search per unit.
            db_.add_document(make_unit_document(doc, i, lang));
        }
        pending_units_ += doc.units.size();
        return doc.units.size();
    } catch (const Xapian::Error& e) {
        throw Error("cannot write to index: " + e.get_msg(), path_);
    }
}

std::optional<IndexWriter::Source> IndexWriter::source(const std::string& path) const {
    const std::string value = db_.get_metadata(source_key(path));
    if (value.empty()) return std::nullopt;
    auto parsed = parse_source(value);
    if (parsed && parsed->path != path) return std::nullopt;  // a hash collision
    return parsed;
}

void IndexWriter::record_source(const Source& source) {
    begin_batch();
    db_.set_metadata(source_key(source.path),
                     source.fingerprint + "\t" + source.doc_id + "\t" + source.path);
}

std::vector<IndexWriter::Source> IndexWriter::sources() const {
    std::vector<Source> out;
    const std::string prefix(kSourceKeyPrefix);
    for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it)
        if (auto parsed = parse_source(db_.get_metadata(*it))) out.push_back(std::move(*parsed));
    return out;
}

void IndexWriter::remove_document(const std::string& doc_id) {
    begin_batch();
    db_.delete_document(layout::filter_term(layout::kDocId, doc_id));
}

void IndexWriter::remove_source(const Source& source) {
    remove_document(source.doc_id);
    db_.set_metadata(source_key(source.path), "");
}

void IndexWriter::commit() {
    if (!in_transaction_) return;
    try {
        db_.commit_transaction();
        in_transaction_ = false;
        pending_units_ = 0;
    } catch (const Xapian::Error& e) {
        throw Error("cannot commit to index: " + e.get_msg(), path_);
    }
}

}  // namespace paragraf::indexer
