#include "core/error.hpp"

namespace paragraf {
namespace {

std::string located(const std::string& message, const std::string& path, int line, int column) {
    if (path.empty()) return message;
    std::string where = path;
    if (line > 0) {
        where += ":" + std::to_string(line);
        if (column > 0) where += ":" + std::to_string(column);
    }
    return where + ": " + message;
}

}  // namespace

Error::Error(const std::string& message, std::string path, int line, int column)
    : std::runtime_error(located(message, path, line, column)),
      reason_(message),
      path_(std::move(path)),
      line_(line),
      column_(column) {}

}  // namespace paragraf
