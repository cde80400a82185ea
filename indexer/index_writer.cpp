#include "indexer/index_writer.hpp"

#include "core/error.hpp"
#include "core/fingerprint.hpp"
#include "core/index_layout.hpp"
#include "indexer/index_compactor.hpp"

#include <filesystem>
#include <iterator>

namespace paragraf::indexer {

namespace layout = core::layout;

namespace {

Xapian::WritableDatabase open_writable(const std::string& path) {
    // A new empty index must not take the place of one a compaction was swapping out.
    if (!std::filesystem::exists(path) && std::filesystem::exists(replaced_path(path)))
        throw Error("an interrupted `paragraf compact` left the index in " + replaced_path(path) +
                        "; run `paragraf compact --db " + path + "` to put it back",
                    path);
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::Error& e) {
        throw Error("cannot open index for writing: " + e.get_msg(), path);
    }
}

constexpr std::string_view kSourceKeyPrefix = "src:";
// A source file whose paragraphs were written for another ranking scheme than the current one
// (layout::kRankingScheme): an index updated with some of its files only holds both kinds.
constexpr std::string_view kStaleKeyPrefix = "stale:";
// The scheme the marks were made against: when it changes again before every mark is gone,
// the files indexed in between are marked too.
constexpr std::string_view kMarkedForKey = "paragraf:stale-marks-for";

std::string path_hash(const std::string& path) {
    // Metadata keys are limited in length; paths are not.
    return core::hex64(core::fnv1a(path));
}

std::string source_key(const std::string& path) {
    return std::string(kSourceKeyPrefix) + path_hash(path);
}

std::string stale_key(const std::string& path) {
    return std::string(kStaleKeyPrefix) + path_hash(path);
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
    : path_(path), db_(open_writable(path)), builder_(thesaurus) {
    try {
        stale_ = layout::ranked_for_another_scheme(db_);
        if (stale_) mark_stale_sources();
    } catch (const Xapian::Error& e) {
        throw Error("cannot read index: " + e.get_msg(), path_);
    }
}

void IndexWriter::mark_stale_sources() {
    // The first run of a Paragraf with another ranking scheme marks every file already in the
    // index; each is unmarked when it is indexed again, and the index takes the new scheme's
    // name once none is left. Later runs find the marks and keep them.
    // Documents added without a source file (IndexWriter::add) are not marked: nothing would
    // unmark them. Only tests and benchmarks write so.
    const std::string marked_for(kMarkedForKey);
    if (has_stale_marks() && db_.get_metadata(marked_for) == layout::kRankingScheme) return;
    const std::vector<Source> known = sources();
    if (known.empty()) return;
    begin_batch();
    // The path as the value: two paths whose hashes collide must not unmark each other.
    for (const Source& source : known) db_.set_metadata(stale_key(source.path), source.path);
    db_.set_metadata(marked_for, std::string(layout::kRankingScheme));
    db_.commit_transaction();
    in_transaction_ = false;
}

void IndexWriter::clear_stale(const std::string& path) {
    if (!stale_ || db_.get_metadata(stale_key(path)) != path) return;
    begin_batch();
    db_.set_metadata(stale_key(path), "");
}

bool IndexWriter::has_stale_marks() const {
    const std::string stale(kStaleKeyPrefix);
    return db_.metadata_keys_begin(stale) != db_.metadata_keys_end(stale);
}

std::size_t IndexWriter::stale_sources() const {
    const std::string stale(kStaleKeyPrefix);
    return static_cast<std::size_t>(
        std::distance(db_.metadata_keys_begin(stale), db_.metadata_keys_end(stale)));
}

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

std::size_t IndexWriter::add(const core::Document& doc) {
    return add_built(doc.meta.id, builder_.build(doc));
}

std::size_t IndexWriter::add_built(const std::string& doc_id, std::vector<Xapian::Document> units) {
    try {
        begin_batch();
        db_.delete_document(layout::filter_term(layout::kDocId, doc_id));
        // The document's old units are gone, so adding is enough; looking each unit up by its
        // unique term would cost a search per unit.
        for (Xapian::Document& unit : units) db_.add_document(unit);
        return units.size();
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
    clear_stale(source.path);
}

void IndexWriter::confirm_source(const std::string& path) {
    clear_stale(path);
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
    forget_source(source);
}

void IndexWriter::forget_source(const Source& source) {
    begin_batch();
    db_.set_metadata(source_key(source.path), "");
    clear_stale(source.path);
}

void IndexWriter::commit() {
    if (!in_transaction_) return;
    try {
        // In the same transaction as the last stale file's paragraphs, never before them.
        if (stale_ && !has_stale_marks()) stale_ = false;
        if (!stale_)
            db_.set_metadata(std::string(layout::kRankingKey), std::string(layout::kRankingScheme));
        db_.commit_transaction();
        in_transaction_ = false;
    } catch (const Xapian::Error& e) {
        throw Error("cannot commit to index: " + e.get_msg(), path_);
    }
}

}  // namespace paragraf::indexer
