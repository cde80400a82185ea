#include "tools/paragraf/json_output.hpp"

#include <iostream>

namespace paragraf::cli {

void print_json_result(const nlohmann::json& result, const std::string& format) {
    const auto dump = [](const nlohmann::json& j, int indent) {
        return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    if (format == "jsonl") {
        for (const nlohmann::json& hit : result.at("hits")) std::cout << dump(hit, -1) << "\n";
        return;
    }
    std::cout << dump(result, 2) << "\n";
}

}  // namespace paragraf::cli
