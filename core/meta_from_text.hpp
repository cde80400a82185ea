#pragma once
// What the opening of a document says about itself when no metadata and no UN symbol do:
// an NGO's "Parallel Submission ... List of Issues for Kazakhstan" to "CESCR" is an NGO
// submission to CESCR on KAZ. Without this, "the Covenant" in it could not be resolved and
// the document could not be filtered by country.

#include <string>
#include <string_view>

namespace paragraf::core {

struct TextMetadata {
    std::string body;     ///< CESCR, CCPR, ... (vocabulary::kBodies), "" when not clear
    std::string country;  ///< ISO 3166 alpha-3, "" when not clear
    std::string type;     ///< "ngo-submission" when the text says so, else ""
};

/// Reads the opening of a document (its title and first paragraphs, a few KB) for the body
/// it is addressed to, the country it is about and whether it is a parallel submission, in
/// English, Russian or Kazakh. A field is set only when one answer clearly wins.
TextMetadata infer_metadata_from_text(std::string_view opening);

}  // namespace paragraf::core
