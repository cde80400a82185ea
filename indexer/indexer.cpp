#include "indexer/indexer.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <filesystem>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "core/error.hpp"
#include "core/thesaurus.hpp"
#include "indexer/document_loader.hpp"
#include "indexer/index_writer.hpp"
#include "indexer/unit_builder.hpp"

namespace paragraf::indexer {

namespace fs = std::filesystem;

namespace {

FileOutcome outcome_of(std::string path, FileOutcome::Status status, std::string message = {}) {
    FileOutcome outcome;
    outcome.path = std::move(path);
    outcome.status = status;
    outcome.message = std::move(message);
    return outcome;
}

// Expands the user's paths into files, in a stable order. Directories contribute only the files
// Paragraf can read (others are counted as skipped); a named file is always attempted so that
// its problem is reported.
std::vector<FileOutcome> expand(const std::vector<std::string>& paths,
                                std::vector<fs::path>& files) {
    std::vector<FileOutcome> skipped;
    for (const std::string& given : paths) {
        std::error_code ec;
        if (!fs::is_directory(given, ec)) {
            files.emplace_back(given);
            continue;
        }
        std::vector<fs::path> found;
        auto options = fs::directory_options::skip_permission_denied;
        for (auto it = fs::recursive_directory_iterator(given, options, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const fs::path& p = it->path();
            if (p.filename().string().starts_with(".")) {
                if (it->is_directory()) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file()) continue;
            if (is_supported_file(p)) {
                found.push_back(p);
            } else if (!is_sidecar(p) && !is_catalogue(p)) {
                skipped.push_back(outcome_of(p.string(), FileOutcome::Status::skipped,
                                             "not a supported file type"));
            }
        }
        if (ec)
            skipped.push_back(outcome_of(given, FileOutcome::Status::failed,
                                         "cannot read directory: " + ec.message()));
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return skipped;
}

void record(IndexReport& report, FileOutcome outcome, const IndexOptions& options) {
    switch (outcome.status) {
        case FileOutcome::Status::indexed:
            ++report.indexed;
            report.units += outcome.units;
            break;
        case FileOutcome::Status::unchanged:
            ++report.unchanged;
            break;
        case FileOutcome::Status::skipped:
            ++report.skipped;
            break;
        case FileOutcome::Status::failed:
            ++report.failed;
            break;
    }
    if (options.on_file) options.on_file(outcome);
    if (outcome.status == FileOutcome::Status::skipped ||
        outcome.status == FileOutcome::Status::failed)
        report.problems.push_back(std::move(outcome));
}

// What a worker hands to the writer: the outcome so far and, for a file to write, its units.
struct Parsed {
    FileOutcome outcome;
    std::string key;  // absolute path, the source record's key
    std::optional<IndexWriter::Source> known;
    std::string fingerprint;
    std::vector<Xapian::Document> units;
};

// Runs on a worker: read, fingerprint, and unless unchanged parse and build the units.
Parsed parse_file(Parsed parsed, const fs::path& file, UnitBuilder& builder) {
    FileOutcome& outcome = parsed.outcome;
    try {
        const SourceFile source = read_source(file);
        parsed.fingerprint = source.fingerprint;
        if (parsed.known && parsed.known->fingerprint == source.fingerprint) {
            outcome.status = FileOutcome::Status::unchanged;
            outcome.doc_id = parsed.known->doc_id;
            return parsed;
        }
        const core::Document doc = load_document(source);
        outcome.doc_id = doc.meta.id;
        outcome.warnings = doc.warnings;
        parsed.units = builder.build(doc);
    } catch (const InputError& e) {
        outcome.status = FileOutcome::Status::failed;
        outcome.message = e.what();
    }
    return parsed;
}

}  // namespace

IndexReport index_paths(const std::string& db_path, const std::vector<std::string>& paths,
                        const IndexOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    IndexReport report;
    std::vector<fs::path> files;
    for (FileOutcome& outcome : expand(paths, files)) record(report, std::move(outcome), options);
    // A file named twice (or inside two folders given) is read once.
    std::set<std::string> seen;
    files.erase(
        std::remove_if(files.begin(), files.end(),
                       [&](const fs::path& f) {
                           return !seen.insert(fs::absolute(f).lexically_normal().string()).second;
                       }),
        files.end());
    std::vector<std::uintmax_t> sizes;
    sizes.reserve(files.size());
    std::uintmax_t total_bytes = 0;
    for (const fs::path& file : files) {
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(file, ec);
        sizes.push_back(ec ? 0 : size);
        total_bytes += sizes.back();
    }
    if (options.on_plan) options.on_plan(files.size(), total_bytes);

    // Concepts are part of the index contract: a missing thesaurus is an error, not a silent
    // index without themes.
    const core::Thesaurus thesaurus = core::Thesaurus::load_default();
    IndexWriter writer(db_path, &thesaurus);

    // Parsing and analysis run on worker tasks, a few files ahead; writing stays on this thread
    // (Xapian's writer is single-threaded) and in file order, so results do not depend on
    // timing. Task i uses builder i % window: task i + window starts only after task i ended.
    const std::size_t window =
        std::max<std::size_t>(2, std::min<std::size_t>(8, std::thread::hardware_concurrency()));
    std::vector<UnitBuilder> builders;
    builders.reserve(window);
    for (std::size_t b = 0; b < window; ++b) builders.emplace_back(&thesaurus);

    auto launch = [&](std::size_t i) {
        const fs::path file = files[i];
        std::string key = fs::absolute(file).lexically_normal().string();
        const auto known = writer.source(key);
        Parsed start;
        start.outcome = outcome_of(file.string(), FileOutcome::Status::indexed);
        start.outcome.bytes = sizes[i];
        start.key = std::move(key);
        if (known) start.known = *known;
        UnitBuilder& builder = builders[i % window];
        return std::async(std::launch::async, [start = std::move(start), file, &builder]() mutable {
            return parse_file(std::move(start), file, builder);
        });
    };

    std::map<std::string, std::string> id_owner;  // doc id -> file, to catch clashes in one run
    std::size_t files_in_batch = 0;
    std::size_t units_in_batch = 0;
    std::deque<std::future<Parsed>> in_flight;
    std::size_t next = 0;
    while (next < files.size() && in_flight.size() < window) in_flight.push_back(launch(next++));
    while (!in_flight.empty()) {
        Parsed parsed = in_flight.front().get();
        in_flight.pop_front();
        if (next < files.size()) in_flight.push_back(launch(next++));
        FileOutcome& outcome = parsed.outcome;
        try {
            if (outcome.status == FileOutcome::Status::unchanged) {
                id_owner.emplace(outcome.doc_id, outcome.path);
                writer.confirm_source(parsed.key);
            } else if (outcome.status == FileOutcome::Status::indexed) {
                auto [owner, fresh] = id_owner.emplace(outcome.doc_id, outcome.path);
                if (!fresh)
                    throw InputError("document id \"" + outcome.doc_id + "\" is already used by " +
                                         owner->second,
                                     outcome.path);
                // The file may now give its document another id: the old one must go with it.
                if (parsed.known && parsed.known->doc_id != outcome.doc_id)
                    writer.remove_document(parsed.known->doc_id);
                outcome.units = writer.add_built(outcome.doc_id, std::move(parsed.units));
                writer.record_source({parsed.key, parsed.fingerprint, outcome.doc_id});
                units_in_batch += outcome.units;
                if (++files_in_batch >= options.batch_files ||
                    units_in_batch >= options.batch_units) {
                    writer.commit();
                    files_in_batch = 0;
                    units_in_batch = 0;
                }
            }
        } catch (const InputError& e) {
            outcome.status = FileOutcome::Status::failed;
            outcome.message = e.what();
        }
        record(report, std::move(outcome), options);
    }
    if (options.prune) {
        // A document whose file is gone may now come from another file (a moved file keeps
        // its document id): then only the old record goes, not the document.
        std::set<std::string> ids_in_use;
        for (const auto& [doc_id, file] : id_owner) ids_in_use.insert(doc_id);
        std::vector<IndexWriter::Source> gone;
        for (IndexWriter::Source& source : writer.sources()) {
            std::error_code ec;
            if (fs::exists(source.path, ec) || ec)
                ids_in_use.insert(source.doc_id);
            else
                gone.push_back(std::move(source));
        }
        for (const IndexWriter::Source& source : gone) {
            if (ids_in_use.count(source.doc_id)) {
                writer.forget_source(source);
            } else {
                writer.remove_source(source);
                ++report.pruned;
            }
        }
    }
    writer.commit();
    report.stale = writer.stale_sources();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

}  // namespace paragraf::indexer
