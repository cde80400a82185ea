#pragma once
// Helpers shared by the test binaries: temporary directories, files, running the CLI.

#include <filesystem>
#include <string>

namespace paragraf::test {

/// A fresh directory under the system temp dir, removed when the object dies.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

struct CommandResult {
    int status = -1;  ///< exit status
    std::string out;
    std::string err;
};

/// Runs a shell command line, capturing stdout and stderr.
CommandResult run_command(const std::string& command_line);

/// Quotes a string for a POSIX shell.
std::string shell_quote(const std::string& s);

std::filesystem::path source_dir();
std::filesystem::path shared_dir();
std::filesystem::path fixtures_dir();
std::string paragraf_binary();

}  // namespace paragraf::test
