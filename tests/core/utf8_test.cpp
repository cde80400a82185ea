#include "core/utf8.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

TEST(Utf8, RepairLeavesValidTextAlone) {
    std::string text = "Қазақстан — «право» 2019\n";
    const std::string before = text;
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(r.replaced, 0u);
    EXPECT_EQ(r.first_line, 0);
    EXPECT_EQ(text, before);
}

TEST(Utf8, RepairReplacesEachIllFormedSequence) {
    std::string text = "ok\nCaf\xE9 au lait\n\xC0\xAF and \xED\xA0\x80 and cut \xE2\x80";
    const Utf8Repair r = repair_utf8(text);
    EXPECT_EQ(r.first_line, 2);
    EXPECT_GE(r.replaced, 4u);
    EXPECT_EQ(text.substr(0, 10), "ok\nCaf\xEF\xBF\xBD ");
    // The result is valid: a second pass changes nothing.
    std::string again = text;
    EXPECT_EQ(repair_utf8(again).replaced, 0u);
}

TEST(Utf8, LineColumnCountsCharacters) {
    EXPECT_EQ(line_column("ab\nқаз", 7), (std::pair<int, int>{2, 3}));
    EXPECT_EQ(line_column("ab", 100), (std::pair<int, int>{1, 3}));
}

TEST(Utf8, CollapseWhitespace) {
    EXPECT_EQ(collapse_whitespace("  a \n\t b  "), "a b");
}

}  // namespace
}  // namespace paragraf::core
