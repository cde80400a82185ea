#include <unistd.h>

#include <cstdlib>

#include "tools/paragraf/commands.hpp"

namespace paragraf::cli {

std::string default_db() {
    if (const char* env = std::getenv("PARAGRAF_DB"); env != nullptr && *env != '\0') return env;
    return ".paragraf";
}

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}

}  // namespace paragraf::cli
