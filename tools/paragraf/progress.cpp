#include "tools/paragraf/progress.hpp"

#include <cstdio>
#include <string>

namespace paragraf::cli {

namespace {

std::string clock_text(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
    return buffer;
}

}  // namespace

void Progress::plan(std::size_t files, std::uintmax_t bytes) {
    files_total_ = files;
    bytes_total_ = bytes;
    start_ = std::chrono::steady_clock::now();
    last_draw_ = start_;  // the first line comes after one interval, not at once
}

void Progress::file_done(std::uintmax_t bytes, std::size_t paragraphs) {
    ++files_done_;
    bytes_done_ += bytes;
    paragraphs_ += paragraphs;
    draw(files_done_ == files_total_);
}

void Progress::draw(bool force) {
    const auto now = std::chrono::steady_clock::now();
    // A terminal is redrawn a few times a second; a log gets a line every five seconds.
    const auto interval = terminal_ ? std::chrono::milliseconds(200) : std::chrono::seconds(5);
    if (!force && now - last_draw_ < interval) return;
    if (!terminal_ && force && !drawn_) return;  // short runs: the summary says it all
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_done_) / 1e6;
    const double rate = elapsed > 0 ? mb / elapsed : 0;
    std::string left = "?";
    if (bytes_done_ > 0 && bytes_total_ >= bytes_done_)
        left = clock_text(elapsed * static_cast<double>(bytes_total_ - bytes_done_) /
                          static_cast<double>(bytes_done_));
    char line[200];
    std::snprintf(line, sizeof line, "%zu/%zu files, %zu paragraphs, %.1f MB/s, %s left",
                  files_done_, files_total_, paragraphs_, rate, left.c_str());
    if (terminal_) {
        constexpr int kWidth = 24;
        const int filled =
            files_total_ ? static_cast<int>(kWidth * files_done_ / files_total_) : kWidth;
        std::string bar(static_cast<std::size_t>(filled), '=');
        bar.resize(kWidth, ' ');
        out_ << "\r[" << bar << "] " << line << "\x1b[K" << std::flush;
    } else {
        out_ << "paragraf: " << line << "\n";
    }
    drawn_ = true;
}

void Progress::clear() {
    if (terminal_ && drawn_) out_ << "\r\x1b[K" << std::flush;
}

}  // namespace paragraf::cli
