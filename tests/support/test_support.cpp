#include "support/test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace paragraf::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path candidate = fs::temp_directory_path() / ("paragraf-test-" + std::to_string(rd()) +
                                                          "-" + std::to_string(::getpid()));
        if (fs::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void write_file(const fs::path& path, const std::string& content) {
    if (path.has_parent_path()) fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string shell_quote(const std::string& s) {
    std::string quoted = "'";
    for (char c : s) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

CommandResult run_command(const std::string& command_line) {
    TempDir scratch;
    const fs::path out_path = scratch / "out";
    const fs::path err_path = scratch / "err";
    const std::string full = command_line + " >" + shell_quote(out_path.string()) + " 2>" +
                             shell_quote(err_path.string()) + " </dev/null";
    int raw = std::system(full.c_str());
    CommandResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

fs::path source_dir() {
    return PARAGRAF_SOURCE_DIR;
}
fs::path shared_dir() {
    return PARAGRAF_SHARED_DIR;
}
fs::path fixtures_dir() {
    return PARAGRAF_FIXTURES_DIR;
}
std::string paragraf_binary() {
    return PARAGRAF_BINARY;
}

}  // namespace paragraf::test
