// Replays every seed input and every input a fuzzer once crashed on (tests/fuzz/corpus/<target>/,
// tests/fuzz/regressions/<target>/) through the fuzz target bodies, in the normal build: a fixed
// crash stays fixed even where clang and libFuzzer are not installed.
#include "fuzz_targets.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;

TEST_CASE("Fuzz corpus and regression inputs replay without a broken promise")
{
    const fs::path root = CASEBOOK_FUZZ_DIR;
    int replayed = 0;
    for (const char *folder : {"corpus", "regressions"}) {
        if (!fs::exists(root / folder))
            continue;
        for (const auto &targetDir : fs::directory_iterator(root / folder)) {
            if (!targetDir.is_directory())
                continue; // README
            const auto target = casebook::fuzz::targetNamed(targetDir.path().filename().string());
            INFO(targetDir.path());
            REQUIRE(target != nullptr);
            for (const auto &input : fs::directory_iterator(targetDir.path())) {
                INFO(input.path());
                const std::string bytes = casebook::test::readFileBytes(input.path().string());
                CHECK(target(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size()) == 0);
                ++replayed;
            }
        }
    }
    CHECK(replayed > 10);
}
