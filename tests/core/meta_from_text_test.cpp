#include "core/meta_from_text.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace paragraf::core {
namespace {

TEST(MetaFromText, EnglishParallelSubmission) {
    const TextMetadata m = infer_metadata_from_text(
        "Committee on Economic, Social, and Cultural Rights\n"
        "Parallel Submission for 79 Session, with respect to the adoption of the List of Issues "
        "for Kazakhstan\nThis submission provides updated information on Kazakhstan.");
    EXPECT_EQ(m.body, "CESCR");
    EXPECT_EQ(m.country, "KAZ");
    EXPECT_EQ(m.type, "ngo-submission");
}

TEST(MetaFromText, RussianAndKazakhCaseForms) {
    const TextMetadata ru = infer_metadata_from_text(
        "Альтернативный доклад для Комитета по правам ребёнка о положении детей в Казахстане. "
        "В Казахстане дети ...");
    EXPECT_EQ(ru.body, "CRC");
    EXPECT_EQ(ru.country, "KAZ");
    EXPECT_EQ(ru.type, "ngo-submission");

    const TextMetadata kk = infer_metadata_from_text(
        "Экономикалық, әлеуметтік және мәдени құқықтар жөніндегі комитетке Қазақстанның "
        "баламалы баяндамасы");
    EXPECT_EQ(kk.body, "CESCR");
    EXPECT_EQ(kk.country, "KAZ");
    EXPECT_EQ(kk.type, "ngo-submission");
}

TEST(MetaFromText, AcronymsAreWholeWordsAndTiesGiveNothing) {
    // "ICESCR" names the Covenant, hence CESCR, once; "cescr" inside it is not counted again.
    EXPECT_EQ(infer_metadata_from_text("rights under the ICESCR").body, "CESCR");
    EXPECT_EQ(infer_metadata_from_text("concerns of CEDAW and CERD").body, "");
    EXPECT_EQ(infer_metadata_from_text("Kazakhstan and Uzbekistan").country, "");
    const TextMetadata none = infer_metadata_from_text("A report on water quality.");
    EXPECT_EQ(none.body, "");
    EXPECT_EQ(none.country, "");
    EXPECT_EQ(none.type, "");
}

TEST(MetaFromText, RealSubmissions) {
    for (const char* name : {"000_d03678d89be8b2e6.txt", "004_e6ef954f37660984.txt"}) {
        const std::string text =
            test::read_file(test::shared_dir() / "corpus" / "submissions" / name);
        const TextMetadata m = infer_metadata_from_text(text.substr(0, 3000));
        EXPECT_EQ(m.body, "CESCR") << name;
        EXPECT_EQ(m.country, "KAZ") << name;
        EXPECT_EQ(m.type, "ngo-submission") << name;
    }
}

}  // namespace
}  // namespace paragraf::core
