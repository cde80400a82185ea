#pragma once
// Rewrites a finished index with full blocks and merged posting lists.
//
// An index grown batch by batch leaves its B-tree blocks partly empty and its posting lists in
// many short pieces; on a large index a compacted copy is about a quarter smaller and a search
// reads fewer blocks (measured in docs/benchmarks.md). Compaction writes the new copy beside the
// old one and swaps them, so a reader sees either the old index or the new one, and an
// interrupted run leaves the old index in place (or is finished by the next run).

#include <cstdint>
#include <string>

namespace paragraf::indexer {

struct CompactReport {
    std::uintmax_t bytes_before = 0;
    std::uintmax_t bytes_after = 0;
    double seconds = 0;
};

/// Compacts the index at `db_path` in place. Holds the index's write lock throughout, so it
/// fails with paragraf::Error while `paragraf index` writes to it. Throws paragraf::Error.
CompactReport compact_index(const std::string& db_path);

/// Where compaction writes the new copy, and where the old index waits while they are swapped.
std::string compacting_path(const std::string& db_path);
std::string replaced_path(const std::string& db_path);

}  // namespace paragraf::indexer
