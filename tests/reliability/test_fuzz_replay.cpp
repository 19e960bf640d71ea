// Replays every seed input and every input a fuzzer once crashed on (tests/fuzz/corpus/<target>/,
// tests/fuzz/regressions/<target>/) through the fuzz target bodies, in the normal build: a fixed
// crash stays fixed even where clang and libFuzzer are not installed. A broken promise fails the
// test naming its target and input file, and the replay goes on with the next input.
#include "fuzz_targets.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Replayed {
    int inputs = 0;
    std::vector<std::string> failed; // "folder/file: what broke"
};

// Every file of `folder`, by name, through `target`; a broken promise is recorded, not fatal.
Replayed replayFolder(const fs::path &folder, casebook::fuzz::Target target)
{
    std::vector<fs::path> inputs;
    for (const auto &entry : fs::directory_iterator(folder))
        if (entry.is_regular_file())
            inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    Replayed out;
    casebook::fuzz::throwOnBrokenPromise(true);
    for (const auto &input : inputs) {
        const std::string name = folder.filename().string() + "/" + input.filename().string();
        const std::string bytes = casebook::test::readFileBytes(input.string());
        try {
            if (target(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size()) != 0)
                out.failed.push_back(name + ": the target returned non-zero");
        } catch (const casebook::fuzz::BrokenPromise &e) {
            out.failed.push_back(name + ": " + e.what());
        }
        ++out.inputs;
    }
    casebook::fuzz::throwOnBrokenPromise(false);
    return out;
}

} // namespace

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
            const Replayed r = replayFolder(targetDir.path(), target);
            for (const auto &failure : r.failed)
                FAIL_CHECK(folder << "/" << failure);
            replayed += r.inputs;
        }
    }
    CHECK(replayed > 10);
}

TEST_CASE("A broken promise in the replay names its input and the replay goes on")
{
    casebook::test::TempDir dir;
    const fs::path folder = dir.path() / "some_target";
    fs::create_directories(folder);
    for (const char *name : {"a-fine", "b-breaks", "c-fine", "d-breaks"})
        std::ofstream(folder / name) << name;
    const auto target = [](const std::uint8_t *data, std::size_t size) -> int {
        if (std::string(reinterpret_cast<const char *>(data), size).ends_with("breaks"))
            casebook::fuzz::brokenPromise("a promise broken on purpose");
        return 0;
    };
    const Replayed r = replayFolder(folder, target);
    CHECK(r.inputs == 4);
    CHECK(r.failed == std::vector<std::string>{"some_target/b-breaks: a promise broken on purpose",
                                               "some_target/d-breaks: a promise broken on purpose"});
}
