#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "query/searcher.hpp"
#include "tools/paragraf/commands.hpp"

namespace paragraf::cli {

std::string default_db() {
    if (const char* env = std::getenv("PARAGRAF_DB"); env != nullptr && *env != '\0') return env;
    return ".paragraf";
}

void warn_if_ranking_outdated(const query::Searcher& searcher) {
    if (searcher.ranking_outdated())
        std::cerr << "paragraf: warning: the index was written by another version of Paragraf, "
                     "which weighs words differently, so hits may come in another order; run "
                     "`paragraf index` again on the same files to update it\n";
}

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}

}  // namespace paragraf::cli
