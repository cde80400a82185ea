#pragma once
// What the CLI tests share: running the binary from the source tree, golden files, and the
// sample corpus indexed once per test suite.
// Set PARAGRAF_UPDATE_GOLDEN=1 to rewrite the golden files from the current output.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/test_support.hpp"

namespace paragraf::test {

inline std::string paragraf(const std::string& args) {
    return "cd " + shell_quote(source_dir().string()) + " && " + shell_quote(paragraf_binary()) +
           " " + args;
}

inline void expect_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path golden = source_dir() / "tests" / "golden" / name;
    if (const char* update = std::getenv("PARAGRAF_UPDATE_GOLDEN"); update && *update == '1') {
        write_file(golden, actual);
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(golden))
        << golden << " missing; run with PARAGRAF_UPDATE_GOLDEN=1";
    EXPECT_EQ(read_file(golden), actual) << "differs from " << golden;
}

/// A run that must succeed and print what the golden file holds.
inline void expect_golden_run(const std::string& name, const CommandResult& run) {
    ASSERT_EQ(run.status, 0) << run.err;
    expect_golden(name, run.out);
}

// The sample corpus, indexed once for the suite with paths relative to the source tree so that
// the output does not depend on where the checkout lives.
class SampleCorpus : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir();
        const CommandResult r = run_command(paragraf("index --db " + db() + " corpus"));
        ASSERT_EQ(r.status, 0) << r.err;
        index_output_ = r.out;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string db() { return shell_quote((dir_->path() / "db").string()); }
    static CommandResult search(const std::string& args) {
        return run_command(paragraf("search --db " + db() + " " + args));
    }

    static inline TempDir* dir_ = nullptr;
    static inline std::string index_output_;
};

}  // namespace paragraf::test
