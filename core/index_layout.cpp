#include "core/index_layout.hpp"

#include "core/analyzer.hpp"

namespace paragraf::core::layout {

std::string filter_term(std::string_view prefix, std::string_view value) {
    return std::string(prefix) + normalize(value);
}

std::string unit_id_term(std::string_view doc_id, std::size_t ordinal) {
    return std::string(kUnitId) + std::string(doc_id) + "#" + std::to_string(ordinal);
}

}  // namespace paragraf::core::layout
