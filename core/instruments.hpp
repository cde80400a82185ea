#pragma once
// The names the citation grammar must recognise: treaty bodies (by acronym), the instrument
// each body watches over, the theme words that tell one "Convention" from another, and the
// qualifiers that name a national code. Words are given lower-cased, as the citation tokenizer
// (core/citation_tokens.hpp) produces them; matches are by prefix where Russian and Kazakh
// inflect.

#include <string>
#include <string_view>

namespace paragraf::core {

/// "cescr" -> "CESCR", "кэскп" -> "CESCR", "crc" -> "CRC"; "" when not a body acronym.
std::string body_of_acronym(std::string_view word);

/// The instrument a treaty body monitors: "CESCR" -> "ICESCR", "CMW" -> "ICMW"; "" if none.
std::string instrument_of_body(std::string_view body);

/// The body that monitors an instrument: "ICESCR" -> "CESCR", "CRC" -> "CRC".
std::string body_of_instrument(std::string_view instrument);

/// The instrument a theme word points to: "child", "ребенка", "бала" -> "CRC"; "" if none.
std::string instrument_of_theme(std::string_view word);

/// The key of the national code a qualifier names: "criminal", "уголовного", "қылмыстық" ->
/// "criminal-code"; "" if none.
std::string code_of_qualifier(std::string_view word);

/// The key of the national code an abbreviation names, given lower-cased as a whole word:
/// "ук" (УК) -> "criminal-code", "коап" -> "administrative-code", "қк" -> "criminal-code",
/// "әқбтк" -> "administrative-code"; "" if none.
std::string code_of_abbreviation(std::string_view word);

}  // namespace paragraf::core
