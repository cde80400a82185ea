#pragma once
// What the index stores for each citable unit, so a hit can be shown without the source file.

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/document.hpp"

namespace paragraf::core {

/// A citation a unit makes, as kept with it (what `cites` and `cited-by` show).
struct UnitCitation {
    std::string kind;               ///< document, article, url, legal-act
    std::vector<std::string> keys;  ///< citation_keys() of the target (core/citation_extractor)
    std::string text;               ///< the citation as written
    std::size_t begin = 0;          ///< its byte range in the unit's text, or in the footnote's
    std::size_t end = 0;            ///< text when `via` is set
    std::string via;                ///< the footnote ("3") it was made in, for a calling unit
    bool short_form = false;        ///< Ibid., supra, see above: resolved from before
};

/// A unit together with its document's metadata, as kept in the index.
struct StoredUnit {
    DocumentMeta doc;
    Unit unit;
    std::string lang;                 ///< language of the unit's text
    unsigned ordinal = 0;             ///< place of the unit in its document, from 0
    std::vector<UnitCitation> cites;  ///< in order: the unit's own, then its footnotes'
};

/// The document metadata as a JSON object (the "doc" of stored records and of JSON output).
nlohmann::json meta_json(const DocumentMeta& meta);

/// Serialises for Xapian::Document::set_data (a compact binary record, see
/// schemas/index-layout.md).
std::string serialize(const StoredUnit& stored);
/// Inverse of serialize (also reads the JSON records of layout version 1); throws
/// paragraf::Error on data it did not write.
StoredUnit deserialize_stored_unit(const std::string& data);

}  // namespace paragraf::core
