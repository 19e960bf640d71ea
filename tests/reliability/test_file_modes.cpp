// Casebook's files are readable by their owner only: a new casebook, its -wal and -shm files,
// a backup, and the copy kept before a schema upgrade — whatever the umask says.
#include "storage/database.h"

#include "storage/repository.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <sys/stat.h>

using namespace casebook;
using namespace casebook::storage;
namespace fs = std::filesystem;

namespace {

unsigned modeOf(const std::string &path)
{
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

// Sets a permissive umask for the test's duration.
struct Umask {
    mode_t old;
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
};

} // namespace

TEST_CASE("A new casebook, its -wal and -shm files and its backups are owner-only")
{
    Umask permissive(0022);
    test::TempDir dir;
    const auto path = dir.file("new.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    test::insertSampleDistrict(**db);
    REQUIRE(fs::exists(path + "-wal"));
    REQUIRE(fs::exists(path + "-shm"));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + "-wal") == 0600);
    CHECK(modeOf(path + "-shm") == 0600);

    const auto backup = dir.file("backup.sqlite");
    REQUIRE((*db)->backupTo(backup).ok());
    CHECK(modeOf(backup) == 0600);
}

TEST_CASE("The copy kept before a schema upgrade is owner-only")
{
    Umask permissive(0022);
    test::TempDir dir;
    const auto path = dir.file("old.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v1.sqlite", path);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const auto &backup = (*db)->report().backupPath;
    REQUIRE_FALSE(backup.empty());
    CHECK(modeOf(backup) == 0600);
}
