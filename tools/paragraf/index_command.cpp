// paragraf index [--db DIR] PATH...

#include <unistd.h>

#include <iomanip>
#include <iostream>
#include <memory>

#include "indexer/indexer.hpp"
#include "tools/paragraf/commands.hpp"
#include "tools/paragraf/progress.hpp"

namespace paragraf::cli {

namespace {

struct IndexArgs {
    std::string db = default_db();
    std::vector<std::string> paths;
    bool quiet = false;
    bool prune = false;
    bool compact = false;
};

int run_index(const IndexArgs& args) {
    Progress progress(std::cerr, ::isatty(STDERR_FILENO) == 1);
    indexer::IndexOptions options;
    options.prune = args.prune;
    options.on_plan = [&](std::size_t files, std::uintmax_t bytes) {
        if (!args.quiet) progress.plan(files, bytes);
    };
    options.on_file = [&](const indexer::FileOutcome& f) {
        using Status = indexer::FileOutcome::Status;
        if (f.status != Status::indexed) progress.clear();
        if (f.status == Status::failed) std::cerr << "paragraf: " << f.message << "\n";
        if (!f.warnings.empty()) progress.clear();
        for (const std::string& warning : f.warnings)
            std::cerr << "paragraf: " << f.path << ": warning: " << warning << "\n";
        if (f.status == Status::skipped && !args.quiet)
            std::cerr << "paragraf: " << f.path << ": skipped, " << f.message << "\n";
        if (f.status != Status::skipped && !args.quiet) progress.file_done(f.bytes, f.units);
    };
    const indexer::IndexReport report = indexer::index_paths(args.db, args.paths, options);
    progress.clear();
    std::cout << "Indexed " << report.indexed << (report.indexed == 1 ? " file" : " files") << " ("
              << report.units << " paragraphs) into " << args.db << " in " << std::fixed
              << std::setprecision(2) << report.seconds << " s";
    if (report.unchanged) std::cout << "; " << report.unchanged << " unchanged";
    if (report.pruned)
        std::cout << "; " << report.pruned << (report.pruned == 1 ? " document" : " documents")
                  << " of deleted files removed";
    if (report.skipped) std::cout << "; " << report.skipped << " skipped";
    if (report.failed) std::cout << "; " << report.failed << " failed";
    std::cout << ".\n";
    if (report.stale)
        std::cerr << "paragraf: warning: " << report.stale
                  << (report.stale == 1 ? " file of this index was" : " files of this index were")
                  << " indexed by another version of Paragraf, which weighs words differently; "
                     "index them again (the folders they came from), or remove those whose files "
                     "are gone with --prune, so that all paragraphs are ranked alike\n";
    // On a terminal the reasons scrolled past under the progress bar: list them once more.
    if (report.failed && ::isatty(STDERR_FILENO) == 1 && !args.quiet) {
        std::cerr << "Failed:\n";
        for (const indexer::FileOutcome& f : report.problems)
            if (f.status == indexer::FileOutcome::Status::failed)
                std::cerr << "  " << f.message << "\n";
    }
    // Last, so that a failed compaction does not hide what indexing reported.
    if (args.compact) compact_and_report(args.db);
    return report.failed ? kInputFailed : kOk;
}

}  // namespace

Action add_index_command(CLI::App& app) {
    auto args = std::make_shared<IndexArgs>();
    CLI::App* cmd = app.add_subcommand(
        "index", "Index corpus XML and text files (folders are walked) into a Paragraf index");
    cmd->add_option("--db", args->db, "Index directory (default: $PARAGRAF_DB or .paragraf)");
    cmd->add_option("paths", args->paths, "Files or folders to index")->required();
    cmd->add_flag("--prune", args->prune, "Remove documents whose files have been deleted");
    cmd->add_flag("-q,--quiet", args->quiet, "No progress and no list of skipped files");
    cmd->add_flag("--compact", args->compact,
                  "Then compact the index (as `paragraf compact`): worth it after a large run");
    return [args] { return run_index(*args); };
}

}  // namespace paragraf::cli
