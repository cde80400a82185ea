#include "core/word_markers.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

TEST(WordMarkers, ReadAtTheirPlace) {
    EXPECT_EQ(bookmark_end("x [bookmark: _Toc1] y", 2), 19u);
    EXPECT_FALSE(bookmark_end("[bookmark: open\n]", 0));
    const auto ref = footnote_ref_at("[footnoteRef: 007 ]", 0);
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->number, "7");
    EXPECT_EQ(ref->end, 19u);
    EXPECT_FALSE(footnote_ref_at("[footnoteRef:123456]", 0));  // more digits than a footnote has
    const auto body = footnote_body_at("[12: See E/C.12/KAZ/3.]", 0);
    ASSERT_TRUE(body);
    EXPECT_EQ(body->number, "12");
    EXPECT_EQ(body->text_begin, 4u);
    EXPECT_FALSE(footnote_body_at("[a: b]", 0));
}

TEST(WordMarkers, StrippedFromPastedText) {
    EXPECT_EQ(without_word_markers("OAT[footnoteRef:3] is frozen[bookmark: _x]."),
              "OAT  is frozen .");
    EXPECT_EQ(without_word_markers("Claim.[3: Source, para. 4] Next"), "Claim.  Next");
    EXPECT_EQ(without_word_markers("[3: unclosed"), "[3: unclosed");
    EXPECT_EQ(without_word_markers("plain [brackets] stay"), "plain [brackets] stay");
}

}  // namespace
}  // namespace paragraf::core
