#include "core/word_markers.hpp"

namespace paragraf::core {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Digits at s[i...], at most `max_digits` of them, returned with leading zeros dropped.
std::optional<std::string> digits_at(std::string_view s, std::size_t& i, std::size_t max_digits) {
    const std::size_t begin = i;
    while (i < s.size() && is_digit(s[i]) && i - begin <= max_digits) ++i;
    if (i == begin || i - begin > max_digits) return std::nullopt;
    std::string_view digits = s.substr(begin, i - begin);
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return std::string(digits);
}

}  // namespace

std::optional<std::size_t> bookmark_end(std::string_view s, std::size_t i) {
    constexpr std::string_view kOpen = "[bookmark:";
    if (s.substr(i, kOpen.size()) != kOpen) return std::nullopt;
    const std::size_t close = s.find_first_of("[]\n", i + kOpen.size());
    if (close == npos || s[close] != ']') return std::nullopt;
    return close + 1;
}

std::optional<FootnoteRefMarker> footnote_ref_at(std::string_view s, std::size_t i) {
    constexpr std::string_view kOpen = "[footnoteRef:";
    if (s.substr(i, kOpen.size()) != kOpen) return std::nullopt;
    std::size_t k = i + kOpen.size();
    while (k < s.size() && s[k] == ' ') ++k;
    auto number = digits_at(s, k, kMaxFootnoteDigits);
    if (!number) return std::nullopt;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size() || s[k] != ']') return std::nullopt;
    return FootnoteRefMarker{std::move(*number), k + 1};
}

std::optional<FootnoteBodyOpening> footnote_body_at(std::string_view s, std::size_t i) {
    if (i >= s.size() || s[i] != '[') return std::nullopt;
    std::size_t k = i + 1;
    auto number = digits_at(s, k, kMaxFootnoteDigits);
    if (!number || k >= s.size() || s[k] != ':') return std::nullopt;
    return FootnoteBodyOpening{std::move(*number), k + 1};
}

std::string without_word_markers(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t end = npos;
        if (s[i] == '[') {
            if (auto b = bookmark_end(s, i))
                end = *b;
            else if (auto r = footnote_ref_at(s, i))
                end = r->end;
            else if (auto f = footnote_body_at(s, i)) {
                const std::size_t close = s.find(']', f->text_begin);
                if (close != npos) end = close + 1;
            }
        }
        if (end == npos) {
            out += s[i++];
        } else {
            out += ' ';
            i = end;
        }
    }
    return out;
}

}  // namespace paragraf::core
