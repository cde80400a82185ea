#include "indexer/index_compactor.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <xapian.h>

#include "core/error.hpp"

namespace paragraf::indexer {

namespace fs = std::filesystem;

namespace {

std::uintmax_t size_of(const fs::path& dir) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
    return total;
}

// The index folder as an absolute path without a trailing separator: the copy and the old
// index are its siblings, also when it was named ".", "db/" or through a symbolic link.
std::string index_folder(const std::string& path) {
    std::error_code ec;
    fs::path folder = fs::weakly_canonical(fs::absolute(path), ec);
    if (ec) folder = fs::absolute(path).lexically_normal();
    if (folder.filename().empty()) folder = folder.parent_path();
    return folder.string();
}

// A swap cut short between its two renames left the index under its waiting name.
void finish_interrupted_swap(const std::string& db, const std::string& replaced) {
    if (!fs::exists(replaced)) return;
    if (fs::exists(db))
        // Not ours to choose: something created a new index in the old one's place.
        throw Error("an interrupted compaction left the earlier index in " + replaced +
                        "; keep one of the two and delete the other",
                    db);
    std::error_code ec;
    fs::rename(replaced, db, ec);
    if (ec) throw Error("cannot restore the index from " + replaced + ": " + ec.message(), db);
}

// An exclusive lock on a file beside the index, held while one compaction runs.
class CompactionLock {
  public:
    explicit CompactionLock(const std::string& db) {
        const std::string path = db + ".compact-lock";
        fd_ = ::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
        if (fd_ < 0)
            throw Error(std::string("cannot create the compaction lock: ") + std::strerror(errno),
                        path);
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw Error("another `paragraf compact` is running on this index", db);
        }
    }
    ~CompactionLock() { ::close(fd_); }  // closing releases the lock
    CompactionLock(const CompactionLock&) = delete;
    CompactionLock& operator=(const CompactionLock&) = delete;

  private:
    int fd_ = -1;
};

}  // namespace

std::string compacting_path(const std::string& db_path) {
    return index_folder(db_path) + ".compacting";
}

std::string replaced_path(const std::string& db_path) {
    return index_folder(db_path) + ".replaced";
}

CompactReport compact_index(const std::string& db_path) {
    const auto start = std::chrono::steady_clock::now();
    const std::string db = index_folder(db_path);
    const std::string fresh = compacting_path(db);
    const std::string replaced = replaced_path(db);
    // Before anything is touched: a second compaction of the same index would otherwise delete
    // the first one's copy, or undo its swap, under its feet.
    const CompactionLock one_at_a_time(db);
    finish_interrupted_swap(db, replaced);
    if (!fs::exists(db))
        throw Error("no index here; create one with `paragraf index --db " + db + " PATH...`", db);

    CompactReport report;
    report.bytes_before = size_of(db);
    std::error_code ec;
    fs::remove_all(fresh, ec);  // the copy of an interrupted run, or the index it replaced
    std::string old_index = fresh;
    try {
        // The write lock keeps `paragraf index` out until the swap is done.
        Xapian::WritableDatabase locked(db, Xapian::DB_OPEN);
        // STANDARD, not FULLER: the index may still grow, and completely full blocks would
        // all split on the next run.
        locked.compact(fresh, Xapian::Compactor::STANDARD);
        // One atomic exchange: the index's name always holds a whole index, the old one
        // until this moment, the new one after. File systems that cannot exchange get two
        // renames, with a moment between them that the next run (or indexing) notices.
        if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, db.c_str(), RENAME_EXCHANGE) != 0) {
            if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
                throw fs::filesystem_error("exchange", fresh, db,
                                           std::error_code(errno, std::generic_category()));
            fs::rename(db, replaced);
            fs::rename(fresh, db);
            old_index = replaced;
        }
    } catch (const Xapian::DatabaseLockError&) {
        throw Error("the index is being written (by `paragraf index`?); compact it afterwards", db);
    } catch (const Xapian::Error& e) {
        fs::remove_all(fresh, ec);
        throw Error("cannot compact the index: " + e.get_msg(), db);
    } catch (const fs::filesystem_error& e) {
        if (!fs::exists(db, ec)) fs::rename(replaced, db, ec);  // put the old index back
        if (fs::exists(db, ec)) fs::remove_all(fresh, ec);
        throw Error(std::string("cannot swap in the compacted index: ") + e.what() +
                        (fs::exists(db, ec) ? "" : "; the index is in " + replaced),
                    db);
    }
    fs::remove_all(old_index, ec);
    report.bytes_after = size_of(db);
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace paragraf::indexer
