#pragma once
// How a unit is cited: "E/C.12/XAR/CO/2, para. 46", "EHRA (2025), sect. 3.1, para. 2".

#include <string>

#include "core/document.hpp"

namespace paragraf::core {

/// The pinpoint part: "para. 46", "para. 46 (a)", "para. 7, bullet 2",
/// "sect. 3.1, para. 2", "fn. 8", "unnumbered para. 3".
std::string pinpoint(const Unit& unit);

/// The document part: its symbol, else its author (or title) and year.
std::string document_reference(const DocumentMeta& doc);

/// The full short citation, UN style: document reference, comma, pinpoint.
std::string citation(const DocumentMeta& doc, const Unit& unit);

}  // namespace paragraf::core
