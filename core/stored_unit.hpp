#pragma once
// What the index stores for each citable unit, so a hit can be shown without the source file.

#include <string>

#include <nlohmann/json.hpp>

#include "core/document.hpp"

namespace paragraf::core {

/// A unit together with its document's metadata, as kept in the index.
struct StoredUnit {
    DocumentMeta doc;
    Unit unit;
    std::string lang;      ///< language of the unit's text
    unsigned ordinal = 0;  ///< place of the unit in its document, from 0
};

/// The document metadata as a JSON object (the "doc" of stored records and of JSON output).
nlohmann::json meta_json(const DocumentMeta& meta);

/// Serialises for Xapian::Document::set_data (JSON, see schemas/index-layout.md).
std::string serialize(const StoredUnit& stored);
/// Inverse of serialize; throws paragraf::Error on data it did not write.
StoredUnit deserialize_stored_unit(const std::string& data);

}  // namespace paragraf::core
