#include "core/un_symbol.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace paragraf::core {
namespace {

// One row per symbol form: what is written, and every field the parser should derive.
struct Case {
    std::string input;
    std::string text;
    std::string body;
    std::string type;
    std::string country = "";
    std::string cycle = "";
    int from = 0;
    int to = 0;
    std::string session = "";
};

// Readable test names in gtest output instead of byte dumps.
std::ostream& operator<<(std::ostream& os, const Case& c) {
    return os << c.input;
}

class UnSymbolParse : public ::testing::TestWithParam<Case> {};

TEST_P(UnSymbolParse, DerivesEveryField) {
    const Case& c = GetParam();
    auto sym = parse_un_symbol(c.input);
    ASSERT_TRUE(sym.has_value()) << c.input;
    EXPECT_EQ(sym->text, c.text);
    EXPECT_EQ(sym->body, c.body);
    EXPECT_EQ(sym->type, c.type);
    EXPECT_EQ(sym->country, c.country);
    EXPECT_EQ(sym->cycle, c.cycle);
    EXPECT_EQ(sym->cycle_from, c.from);
    EXPECT_EQ(sym->cycle_to, c.to);
    EXPECT_EQ(sym->session, c.session);
}

const char* const CO = "concluding-observations";
const char* const SR = "state-report";
const char* const LOI = "list-of-issues";
const char* const RLOI = "reply-to-list-of-issues";
const char* const GC = "general-comment";

INSTANTIATE_TEST_SUITE_P(
    UnSymbolCESCR, UnSymbolParse,
    ::testing::Values(
        Case{"E/C.12/KAZ/CO/2", "E/C.12/KAZ/CO/2", "CESCR", CO, "KAZ", "2", 2, 2},
        Case{"E_C.12_KAZ_CO_2", "E/C.12/KAZ/CO/2", "CESCR", CO, "KAZ", "2", 2, 2},
        Case{"E_C-12_KAZ_CO_2_EN", "E/C.12/KAZ/CO/2", "CESCR", CO, "KAZ", "2", 2, 2},
        Case{"E_C-12_KAZ_CO_2_RU.pdf", "E/C.12/KAZ/CO/2", "CESCR", CO, "KAZ", "2", 2, 2},
        Case{"  E/C.12/XAR/CO/2\n", "E/C.12/XAR/CO/2", "CESCR", CO, "XAR", "2", 2, 2},
        Case{"E/C.12/KAZ/Q/3", "E/C.12/KAZ/Q/3", "CESCR", LOI, "KAZ", "3", 3, 3},
        Case{"E/C.12/KAZ/RQ/3", "E/C.12/KAZ/RQ/3", "CESCR", RLOI, "KAZ", "3", 3, 3},
        Case{"E/C.12/KAZ/Q/2/Add.1", "E/C.12/KAZ/Q/2/Add.1", "CESCR", RLOI, "KAZ", "2", 2, 2},
        Case{"E/C.12/KAZ/3", "E/C.12/KAZ/3", "CESCR", SR, "KAZ", "3", 3, 3},
        Case{"E/C.12/GC/14", "E/C.12/GC/14", "CESCR", GC},
        Case{"E/C.12/2000/4", "E/C.12/2000/4", "CESCR", GC},
        Case{"E/C.12/2002/11", "E/C.12/2002/11", "CESCR", GC},
        Case{"E/C.12/2000/13", "E/C.12/2000/13", "CESCR", "other"},
        Case{"E/C.12/1/Add.94", "E/C.12/1/Add.94", "CESCR", CO},
        Case{"E/C.12/KAZ/CO/2/Corr.1", "E/C.12/KAZ/CO/2/Corr.1", "CESCR", CO, "KAZ", "2", 2, 2},
        Case{"E_C-12_KAZ_CO_2_ADD-1_EN", "E/C.12/KAZ/CO/2/Add.1", "CESCR", "other", "KAZ", "2", 2,
             2},
        Case{"E/C.12/KAZ/2/Rev.1", "E/C.12/KAZ/2/Rev.1", "CESCR", SR, "KAZ", "2", 2, 2}));

INSTANTIATE_TEST_SUITE_P(
    UnSymbolCCPR, UnSymbolParse,
    ::testing::Values(Case{"CCPR/C/KAZ/CO/2", "CCPR/C/KAZ/CO/2", "CCPR", CO, "KAZ", "2", 2, 2},
                      Case{"CCPR_C_KAZ_CO_2_EN", "CCPR/C/KAZ/CO/2", "CCPR", CO, "KAZ", "2", 2, 2},
                      Case{"CCPR/C/KAZ/QPR/3", "CCPR/C/KAZ/QPR/3", "CCPR", LOI, "KAZ", "3", 3, 3},
                      Case{"CCPR/C/KAZ/2", "CCPR/C/KAZ/2", "CCPR", SR, "KAZ", "2", 2, 2},
                      Case{"CCPR/C/GC/36", "CCPR/C/GC/36", "CCPR", GC},
                      Case{"CCPR/C/GC/34/Corr.1", "CCPR/C/GC/34/Corr.1", "CCPR", GC},
                      Case{"CCPR/C/79/Add.50", "CCPR/C/79/Add.50", "CCPR", CO},
                      Case{"CCPR/CO/79/LKA", "CCPR/CO/79/LKA", "CCPR", CO, "LKA", "", 0, 0, "79"},
                      Case{"CCPR/C/KAZ/CO/1/Add.1", "CCPR/C/KAZ/CO/1/Add.1", "CCPR", "other", "KAZ",
                           "1", 1, 1},
                      Case{"CCPR/C/SR.3000", "CCPR/C/SR.3000", "CCPR", "other"}));

INSTANTIATE_TEST_SUITE_P(
    UnSymbolCEDAW, UnSymbolParse,
    ::testing::Values(Case{"CEDAW/C/KAZ/CO/5", "CEDAW/C/KAZ/CO/5", "CEDAW", CO, "KAZ", "5", 5, 5},
                      Case{"CEDAW/C/GC/35", "CEDAW/C/GC/35", "CEDAW", GC},
                      Case{"CEDAW/C/KAZ/Q/5", "CEDAW/C/KAZ/Q/5", "CEDAW", LOI, "KAZ", "5", 5, 5},
                      Case{"CEDAW/C/KAZ/Q/5/Add.1", "CEDAW/C/KAZ/Q/5/Add.1", "CEDAW", RLOI, "KAZ",
                           "5", 5, 5},
                      Case{"CEDAW/C/KAZ/5", "CEDAW/C/KAZ/5", "CEDAW", SR, "KAZ", "5", 5, 5},
                      Case{"CEDAW/SP/2020/2", "CEDAW/SP/2020/2", "CEDAW", "other"}));

INSTANTIATE_TEST_SUITE_P(
    UnSymbolCRC, UnSymbolParse,
    ::testing::Values(
        Case{"CRC/C/KAZ/5-6", "CRC/C/KAZ/5-6", "CRC", SR, "KAZ", "5-6", 5, 6},
        Case{"CRC/C/KAZ/CO/5-6", "CRC/C/KAZ/CO/5-6", "CRC", CO, "KAZ", "5-6", 5, 6},
        Case{"CRC_C_KAZ_CO_5-6_EN", "CRC/C/KAZ/CO/5-6", "CRC", CO, "KAZ", "5-6", 5, 6},
        Case{"CRC/C/OPAC/KAZ/CO/1", "CRC/C/OPAC/KAZ/CO/1", "CRC", CO, "KAZ", "1", 1, 1},
        Case{"CRC/C/OPSC/KAZ/1", "CRC/C/OPSC/KAZ/1", "CRC", SR, "KAZ", "1", 1, 1},
        Case{"CRC/C/KAZ/Q/4", "CRC/C/KAZ/Q/4", "CRC", LOI, "KAZ", "4", 4, 4},
        Case{"CRC/C/KAZ/RQ/5-6", "CRC/C/KAZ/RQ/5-6", "CRC", RLOI, "KAZ", "5-6", 5, 6},
        Case{"CRC/C/GC/25", "CRC/C/GC/25", "CRC", GC},
        Case{"CRC/C/15/Add.188", "CRC/C/15/Add.188", "CRC", CO}));

INSTANTIATE_TEST_SUITE_P(
    UnSymbolOtherTreatyBodies, UnSymbolParse,
    ::testing::Values(Case{"CAT/C/KAZ/CO/3", "CAT/C/KAZ/CO/3", "CAT", CO, "KAZ", "3", 3, 3},
                      Case{"CAT/C/KAZ/QPR/4", "CAT/C/KAZ/QPR/4", "CAT", LOI, "KAZ", "4", 4, 4},
                      Case{"CAT/C/GC/4", "CAT/C/GC/4", "CAT", GC},
                      Case{"CAT/OP/KAZ/1", "CAT/OP/KAZ/1", "SPT", "other", "KAZ"},
                      Case{"CERD/C/KAZ/CO/8-10", "CERD/C/KAZ/CO/8-10", "CERD", CO, "KAZ", "8-10", 8,
                           10},
                      Case{"CERD/C/KAZ/8-10", "CERD/C/KAZ/8-10", "CERD", SR, "KAZ", "8-10", 8, 10},
                      Case{"CERD/C/GC/35", "CERD/C/GC/35", "CERD", GC},
                      Case{"CRPD/C/KAZ/CO/1", "CRPD/C/KAZ/CO/1", "CRPD", CO, "KAZ", "1", 1, 1},
                      Case{"CRPD/C/KAZ/LOI/1", "CRPD/C/KAZ/LOI/1", "CRPD", LOI, "KAZ", "1", 1, 1},
                      Case{"CRPD/C/GC/6", "CRPD/C/GC/6", "CRPD", GC},
                      Case{"CMW/C/KAZ/CO/1", "CMW/C/KAZ/CO/1", "CMW", CO, "KAZ", "1", 1, 1},
                      Case{"CMW/C/KAZ/1", "CMW/C/KAZ/1", "CMW", SR, "KAZ", "1", 1, 1},
                      Case{"CED/C/KAZ/CO/1", "CED/C/KAZ/CO/1", "CED", CO, "KAZ", "1", 1, 1},
                      Case{"CED/C/KAZ/OAI/1", "CED/C/KAZ/OAI/1", "CED", "other", "KAZ"}));

INSTANTIATE_TEST_SUITE_P(
    UnSymbolCharterBodies, UnSymbolParse,
    ::testing::Values(
        Case{"A/HRC/43/9", "A/HRC/43/9", "HRC", "other", "", "", 0, 0, "43"},
        Case{"A/HRC/43/9/Add.1", "A/HRC/43/9/Add.1", "HRC", "other", "", "", 0, 0, "43"},
        Case{"A_HRC_43_9_EN", "A/HRC/43/9", "HRC", "other", "", "", 0, 0, "43"},
        Case{"A/HRC/RES/43/1", "A/HRC/RES/43/1", "HRC", "other", "", "", 0, 0, "43"},
        Case{"A/HRC/WG.6/34/KAZ/1", "A/HRC/WG.6/34/KAZ/1", "UPR", SR, "KAZ", "", 0, 0, "34"},
        Case{"A_HRC_WG-6_34_KAZ_1_EN", "A/HRC/WG.6/34/KAZ/1", "UPR", SR, "KAZ", "", 0, 0, "34"},
        Case{"A/HRC/WG.6/34/KAZ/2", "A/HRC/WG.6/34/KAZ/2", "UPR", "other", "KAZ", "", 0, 0, "34"},
        Case{"A/HRC/WG.6/34/KAZ/3", "A/HRC/WG.6/34/KAZ/3", "UPR", "other", "KAZ", "", 0, 0, "34"},
        Case{"A/RES/217(III)", "A/RES/217(III)", "GA", "other", "", "", 0, 0, "3"},
        Case{"A/RES/217 (III)", "A/RES/217(III)", "GA", "other", "", "", 0, 0, "3"},
        Case{"A/RES/2200A(XXI)", "A/RES/2200A(XXI)", "GA", "other", "", "", 0, 0, "21"},
        Case{"A/RES/61/106", "A/RES/61/106", "GA", "other", "", "", 0, 0, "61"},
        Case{"A/74/160", "A/74/160", "GA", "other", "", "", 0, 0, "74"},
        Case{"A/C.3/74/L.5", "A/C.3/74/L.5", "GA", "other", "", "", 0, 0, "74"},
        Case{"E/2020/22", "E/2020/22", "ECOSOC", "other", "", "", 0, 0, "2020"},
        Case{"E/RES/1985/17", "E/RES/1985/17", "ECOSOC", "other", "", "", 0, 0, "1985"},
        Case{"E/CN.4/2005/L.10", "E/CN.4/2005/L.10", "ECOSOC", "other"}));

class UnSymbolReject : public ::testing::TestWithParam<std::string> {};

TEST_P(UnSymbolReject, IsNotASymbol) {
    EXPECT_FALSE(parse_un_symbol(GetParam()).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(UnSymbolNegatives, UnSymbolReject,
                         ::testing::Values("", "   ", "health", "CESCR", "A/B testing", "A/B",
                                           "A/B/C", "12/05/2020", "2020/05/12", "https://x/y",
                                           "and/or", "E/C.12", "E/C.12/KAZ", "CRC/C", "CRC/C/KAZ",
                                           "CRC/c/kaz/co/1", "E/2020", "A/RES/217(ABC)",
                                           "X/C/KAZ/CO/1", "CCPR//KAZ/CO/2", "E/C.12/KAZ CO/2"));

TEST(UnSymbolFind, FindsSymbolInRunningText) {
    const std::string text = "See the concluding observations (E/C.12/KAZ/CO/2, para. 46).";
    auto found = find_un_symbol(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "E/C.12/KAZ/CO/2");
    EXPECT_EQ(found->first.type, "concluding-observations");
    auto [begin, end] = found->second;
    EXPECT_EQ(text.substr(begin, end - begin), "E/C.12/KAZ/CO/2");
}

TEST(UnSymbolFind, DropsSentenceFinalPeriod) {
    const std::string text = "as requested in CRC/C/KAZ/CO/5-6.";
    auto found = find_un_symbol(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "CRC/C/KAZ/CO/5-6");
    EXPECT_EQ(found->second.second, text.size() - 1);
}

TEST(UnSymbolFind, FindsFileName) {
    const std::string text = "corpus/raw/E_C-12_KAZ_CO_2_EN.pdf";
    auto found = find_un_symbol(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "E/C.12/KAZ/CO/2");
    EXPECT_EQ(found->second.first, text.find("E_C"));
    EXPECT_EQ(found->second.second, text.size());
}

TEST(UnSymbolFind, FindsSymbolInUrlPath) {
    auto found = find_un_symbol("https://undocs.org/en/A/HRC/WG.6/34/KAZ/1");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.body, "UPR");
    EXPECT_EQ(found->first.country, "KAZ");
}

TEST(UnSymbolFind, IncludesRomanSessionAfterSpace) {
    const std::string text = "the Universal Declaration (A/RES/217 (III)) proclaims";
    auto found = find_un_symbol(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "A/RES/217(III)");
    auto [begin, end] = found->second;
    EXPECT_EQ(text.substr(begin, end - begin), "A/RES/217 (III)");
}

TEST(UnSymbolFind, SkipsNonSymbolsBeforeTheSymbol) {
    const std::string text = "A/B testing in CAT and/or CRC, then CAT/C/KAZ/CO/3 and CCPR/C/GC/36";
    auto found = find_un_symbol(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "CAT/C/KAZ/CO/3");
    EXPECT_EQ(found->second.first, text.find("CAT/C"));
}

TEST(UnSymbolFind, TrimsTrailingNonSymbolSegments) {
    auto found = find_un_symbol("E/C.12/KAZ/CO/2/paragraphs");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->first.text, "E/C.12/KAZ/CO/2");
    EXPECT_EQ(found->second.second, std::string("E/C.12/KAZ/CO/2").size());
}

TEST(UnSymbolFind, IgnoresSeriesInsideWords) {
    EXPECT_FALSE(find_un_symbol("XE/C.12/KAZ/CO/2").has_value());
    EXPECT_FALSE(find_un_symbol("fooCAT/C/KAZ/CO/3").has_value());
}

TEST(UnSymbolFind, NothingInPlainText) {
    EXPECT_FALSE(find_un_symbol("").has_value());
    EXPECT_FALSE(find_un_symbol("The Committee met on 12/05/2020 at https://x/y.").has_value());
    EXPECT_FALSE(find_un_symbol("Each State party (CCPR, CESCR) shall report.").has_value());
    EXPECT_FALSE(find_un_symbol("Қазақстан Республикасы E/ C.12").has_value());
}

}  // namespace
}  // namespace paragraf::core
