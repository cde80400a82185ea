#pragma once
// The markers a Word document converted to text leaves in it (the real submissions in
// ../shared show them): "[bookmark: name]", "[footnoteRef:N]" where a footnote is called, and
// "[N: text]" for the footnote itself. Read by the text reader, which turns them into footnote
// units, and stripped from claims pasted into `sources` and `crossref`.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace paragraf::core {

/// Footnote numbers have at most this many digits.
inline constexpr std::size_t kMaxFootnoteDigits = 5;

/// End (after ']') of a "[bookmark: name]" at s[i]. Names never hold brackets or line breaks,
/// so the search stops at those, which keeps repeated attempts linear overall.
std::optional<std::size_t> bookmark_end(std::string_view s, std::size_t i);

struct FootnoteRefMarker {
    std::string number;  ///< leading zeros dropped
    std::size_t end;     ///< position after the closing ']'
};

/// A "[footnoteRef:N]" at s[i].
std::optional<FootnoteRefMarker> footnote_ref_at(std::string_view s, std::size_t i);

struct FootnoteBodyOpening {
    std::string number;      ///< leading zeros dropped
    std::size_t text_begin;  ///< position after the ':'
};

/// The opening "[N:" of a footnote body at s[i] (digits right after the bracket).
std::optional<FootnoteBodyOpening> footnote_body_at(std::string_view s, std::size_t i);

/// The text with each marker replaced by a space: bookmarks, references, and footnote bodies up
/// to their first ']' (an unclosed "[N:" is left as it is).
std::string without_word_markers(std::string_view s);

}  // namespace paragraf::core
