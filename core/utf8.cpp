#include "core/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace paragraf::core {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

Utf8Repair repair_utf8(std::string& text) {
    Utf8Repair repair;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    // Fast path: most files are valid and are left untouched.
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        const int32_t start = i;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            i = start;
            break;
        }
    }
    if (i >= length) return repair;

    std::string out(text, 0, static_cast<std::size_t>(i));
    int line = 1 + static_cast<int>(std::count(out.begin(), out.end(), '\n'));
    while (i < length) {
        UChar32 c;
        const int32_t start = i;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            if (repair.replaced++ == 0) repair.first_line = line;
            out += "\xEF\xBF\xBD";
        } else {
            if (c == '\n') ++line;
            out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        }
    }
    text = std::move(out);
    return repair;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

std::pair<int, int> line_column(std::string_view content, std::ptrdiff_t offset) {
    int line = 1;
    int column = 1;
    const auto end = std::min<std::size_t>(
        static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)), content.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (content[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(content[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace paragraf::core
