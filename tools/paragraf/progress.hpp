#pragma once
// Progress of an indexing run for people: a bar on a terminal, a log line every few seconds
// otherwise. Writes to standard error so that standard output stays the summary.

#include <chrono>
#include <cstdint>
#include <ostream>

namespace paragraf::cli {

class Progress {
  public:
    Progress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

    void plan(std::size_t files, std::uintmax_t bytes);
    /// One more file done (read or failed), with its size and the paragraphs it gave.
    void file_done(std::uintmax_t bytes, std::size_t paragraphs);
    /// Clears the bar before other messages or the summary.
    void clear();

  private:
    void draw(bool force);

    std::ostream& out_;
    bool terminal_;
    std::size_t files_total_ = 0, files_done_ = 0, paragraphs_ = 0;
    std::uintmax_t bytes_total_ = 0, bytes_done_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
    bool drawn_ = false;
};

}  // namespace paragraf::cli
