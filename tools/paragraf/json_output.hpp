#pragma once
// How the citation commands print JSON: one document, or with --format jsonl one hit a line.

#include <string>

#include <nlohmann/json.hpp>

namespace paragraf::cli {

/// Prints `result` (an object with "hits") as indented JSON, or for format "jsonl" each of its
/// hits on one line. Invalid UTF-8 from a damaged source is replaced, never fatal.
void print_json_result(const nlohmann::json& result, const std::string& format);

}  // namespace paragraf::cli
