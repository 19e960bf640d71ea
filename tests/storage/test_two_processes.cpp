// Two real processes write to one casebook at once: SQLite's locking keeps it whole.
#include "storage/case_store.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

using namespace casebook;
using namespace casebook::storage;

namespace {

pid_t spawnWriter(const std::string &db, Id caseId, int count, const std::string &label)
{
    const std::string idText = std::to_string(caseId), countText = std::to_string(count);
    std::vector<char *> argv{const_cast<char *>(CASEBOOK_CONCURRENT_WRITER), const_cast<char *>(db.c_str()),
                             const_cast<char *>(idText.c_str()), const_cast<char *>(countText.c_str()),
                             const_cast<char *>(label.c_str()), nullptr};
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, CASEBOOK_CONCURRENT_WRITER, nullptr, nullptr, argv.data(), environ) == 0);
    return pid;
}

int waitFor(pid_t pid)
{
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("Two processes writing to one casebook lose nothing and corrupt nothing", "[file]")
{
    test::TempDir dir;
    const auto path = dir.file("shared.sqlite");
    Id caseId = 0;
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        auto sample = test::insertSampleDistrict(**db);
        auto c = createCase(**db, test::requiredCase(sample.district.id));
        REQUIRE(c.ok());
        caseId = c->id;
    }
    const int perWriter = 150;
    const pid_t a = spawnWriter(path, caseId, perWriter, "writer-a");
    const pid_t b = spawnWriter(path, caseId, perWriter, "writer-b");
    CHECK(waitFor(a) == 0);
    CHECK(waitFor(b) == 0);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(*(*db)->integrityCheck() == "ok");
    auto rows = listWhere<Communication>(**db, "case_id", caseId);
    REQUIRE(rows.ok());
    CHECK(rows->size() == std::size_t(2 * perWriter));
    const auto audits = std::get<std::int64_t>(
        *(*db)->connection().scalar("SELECT count(*) FROM audit_log WHERE table_name = 'communications'"));
    CHECK(audits == 2 * perWriter);
}

TEST_CASE("A writer that cannot get the lock is told the casebook is in use, and nothing is half-written", "[file]")
{
    test::TempDir dir;
    const auto path = dir.file("locked.sqlite");
    auto holder = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(holder.ok());
    auto sample = test::insertSampleDistrict(**holder);
    // The holder keeps a write transaction open; the other connection's busy timeout runs out.
    auto tx = WriteTransaction::begin(**holder);
    REQUIRE(tx.ok());

    auto other = Database::open(path);
    REQUIRE(other.ok());
    (*other)->setBusyTimeout(200);
    auto refused = insert<District>(**other, District{.cds = "0161200", .name = "Other Unified"});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Database);
    CHECK_THAT(refused.error().message, Catch::Contains("in use by another"));
    REQUIRE(tx->commit().ok());
    CHECK(listAll<District>(**other)->size() == 1);
}
