#include "core/index_layout.hpp"

#include "core/analyzer.hpp"

namespace paragraf::core::layout {

std::string filter_term(std::string_view prefix, std::string_view value) {
    return std::string(prefix) + normalize(value);
}

}  // namespace paragraf::core::layout
