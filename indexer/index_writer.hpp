#pragma once
// Writes documents into a Xapian database, one Xapian document per citable unit.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/analyzer.hpp"
#include "core/document.hpp"
#include "core/thesaurus.hpp"
#include "indexer/unit_builder.hpp"

namespace paragraf::indexer {

/// Adds documents in batches inside Xapian transactions: a batch is either all in the index
/// or not at all, so an interrupted run never leaves a document half-written.
class IndexWriter {
  public:
    /// Opens the database at `path`, creating it if needed. Throws paragraf::Error.
    /// With a thesaurus, each unit is also indexed by the concepts it mentions.
    explicit IndexWriter(const std::string& path, const core::Thesaurus* thesaurus = nullptr);
    /// Cancels an uncommitted batch.
    ~IndexWriter();

    /// Replaces every unit of the document with the same id by the units of `doc`.
    /// Returns the number of units written.
    std::size_t add(const core::Document& doc);

    /// The same with units already built (by a UnitBuilder on a parsing thread).
    std::size_t add_built(const std::string& doc_id, std::vector<Xapian::Document> units);

    /// Makes the current batch durable.
    void commit();

    /// What the index remembers of a source file (for incremental runs), kept in Xapian
    /// metadata and so written in the same transaction as the file's units.
    struct Source {
        std::string path;  ///< absolute, normalised
        std::string fingerprint;
        std::string doc_id;
    };
    /// The record of `path`, if the index has one.
    std::optional<Source> source(const std::string& path) const;
    /// Records that `path` with `fingerprint` was indexed as `doc_id`.
    void record_source(const Source& source);
    /// Every recorded source file.
    std::vector<Source> sources() const;
    /// Notes that `path` is in the index as the current analysis makes it (its fingerprint,
    /// which names the analysis version, did not change), though it was not written again.
    void confirm_source(const std::string& path);
    /// Removes a source file's record and its document's units.
    void remove_source(const Source& source);
    /// Removes a source file's record only (its document now comes from another file).
    void forget_source(const Source& source);
    /// Source files still holding paragraphs written for another ranking scheme: the index
    /// keeps naming that scheme (and searches warn) until every one has been indexed again.
    std::size_t stale_sources() const;
    /// Removes every unit of a document.
    void remove_document(const std::string& doc_id);

  private:
    void begin_batch();
    void mark_stale_sources();
    bool has_stale_marks() const;
    void clear_stale(const std::string& path);

    std::string path_;
    Xapian::WritableDatabase db_;
    UnitBuilder builder_;
    bool in_transaction_ = false;
    bool stale_ = false;  ///< opened holding paragraphs of another ranking scheme
};

}  // namespace paragraf::indexer
