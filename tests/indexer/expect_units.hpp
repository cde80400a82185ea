#pragma once
// The reader tests' check that a document was read into exactly the expected units.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/document.hpp"

namespace paragraf::test {

struct ExpectedUnit {
    core::UnitKind kind;
    std::string label;
    std::string text;
    std::vector<std::string> refs;  ///< footnotes the unit calls
    std::vector<std::string> path;  ///< enclosing headings
};

inline void expect_units(const core::Document& doc, const std::vector<ExpectedUnit>& expected) {
    ASSERT_EQ(doc.units.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const core::Unit& unit = doc.units[i];
        SCOPED_TRACE("unit " + std::to_string(i) + " expected " + expected[i].label);
        EXPECT_EQ(unit.kind, expected[i].kind);
        EXPECT_EQ(unit.label, expected[i].label);
        EXPECT_EQ(unit.text, expected[i].text);
        EXPECT_EQ(unit.footnote_refs, expected[i].refs);
        EXPECT_EQ(unit.section_path, expected[i].path);
    }
}

}  // namespace paragraf::test
