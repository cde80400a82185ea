#include "core/un_bodies.hpp"

#include <gtest/gtest.h>

namespace paragraf::core {
namespace {

TEST(UnBodies, EnglishNames) {
    EXPECT_EQ(un_body_name("CESCR", "en"), "Committee on Economic, Social and Cultural Rights");
    EXPECT_EQ(un_body_name("CCPR", "en"), "Human Rights Committee");
    EXPECT_EQ(un_body_name("UPR", "en"), "Working Group on the Universal Periodic Review");
    EXPECT_EQ(un_body_name("ECOSOC", "en"), "Economic and Social Council");
}

TEST(UnBodies, RussianNames) {
    EXPECT_EQ(un_body_name("CESCR", "ru"),
              "Комитет по экономическим, социальным и культурным правам");
    EXPECT_EQ(un_body_name("HRC", "ru"), "Совет по правам человека");
}

TEST(UnBodies, OtherLanguagesGetEnglishAndUnknownCodesNothing) {
    EXPECT_EQ(un_body_name("CAT", "kk"), "Committee against Torture");
    EXPECT_EQ(un_body_name("XYZ", "en"), "");
    EXPECT_EQ(un_body_name("", "en"), "");
}

}  // namespace
}  // namespace paragraf::core
