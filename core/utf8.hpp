#pragma once
// Small UTF-8 helpers shared by readers, the thesaurus and the tools.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace paragraf::core {

/// Appends code point `c` to `out`, encoded as UTF-8.
void append_utf8(std::string& out, char32_t c);

/// `text` with runs of ASCII white space (space, tab, CR, LF) turned into one space and none at
/// either end: how wrapped text in XML elements is read.
std::string collapse_whitespace(std::string_view text);

/// What repair_utf8 did.
struct Utf8Repair {
    std::size_t replaced = 0;  ///< ill-formed sequences replaced with U+FFFD
    int first_line = 0;        ///< line (from 1) of the first one; 0 when none
};

/// Replaces every ill-formed UTF-8 sequence of `text` (stray bytes, overlong forms, surrogates,
/// cut-off sequences) with U+FFFD, as the Unicode standard recommends.
Utf8Repair repair_utf8(std::string& text);

/// Line and column (both from 1; columns count characters, not bytes) of a byte offset in
/// `content`, for error messages. Offsets past the end are clamped.
std::pair<int, int> line_column(std::string_view content, std::ptrdiff_t offset);

}  // namespace paragraf::core
