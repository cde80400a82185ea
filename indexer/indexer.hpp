#pragma once
// The indexing run: find files under the given paths, read each, write what could be read.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace paragraf::indexer {

/// What happened to one input path.
struct FileOutcome {
    enum class Status { indexed, unchanged, skipped, failed };
    std::string path;
    Status status = Status::indexed;
    std::string message;  ///< reason for a failure or a skip
    std::string doc_id;
    std::size_t units = 0;
    std::uintmax_t bytes = 0;           ///< size of the file read
    std::vector<std::string> warnings;  ///< problems worked around; the file was indexed
};

struct IndexReport {
    std::size_t indexed = 0;
    std::size_t unchanged = 0;  ///< already in the index as they are now: not read again
    std::size_t pruned = 0;     ///< documents removed because their file is gone (--prune)
    std::size_t skipped = 0;
    std::size_t failed = 0;
    std::size_t units = 0;
    /// Files of the index (named in this run or not) still holding paragraphs of another
    /// ranking scheme: the index ranks them apart until they are indexed again.
    std::size_t stale = 0;
    double seconds = 0;
    std::vector<FileOutcome> problems;  ///< failed and skipped files, in order
};

struct IndexOptions {
    /// A transaction is committed after this many files or this many units, whichever comes
    /// first. Xapian's in-memory changes grow slower to update as they grow (benchmarks: 19,200
    /// units in one transaction cost 25% more CPU than in sixteen), and a crash loses less.
    std::size_t batch_files = 64;
    std::size_t batch_units = 2000;
    /// Remove documents whose source files no longer exist.
    bool prune = false;
    /// Called after each file, for progress output. May be empty.
    std::function<void(const FileOutcome&)> on_file;
    /// Called once before reading, with the number and total size of the files to read.
    std::function<void(std::size_t files, std::uintmax_t bytes)> on_plan;
};

/// Indexes every supported file under `paths` (files or directories, walked recursively in
/// name order) into the database at `db_path`. A file that cannot be read is reported and
/// the others are still indexed. Incremental: a file whose bytes (and sidecar) are unchanged
/// since it was indexed is not parsed again; a changed one replaces its document's units in
/// the same transaction. Throws paragraf::Error only when the index itself fails.
IndexReport index_paths(const std::string& db_path, const std::vector<std::string>& paths,
                        const IndexOptions& options = {});

}  // namespace paragraf::indexer
