// I/O failures under a running Casebook: the disk fills up (SQLite's max_page_count stands in for
// a full disk), the file is read-only, the file is deleted while open. Each gives a clear message,
// and what was committed before is intact.
#include "io/dashboard_import.h"
#include "storage/case_store.h"

#include "support/run_program.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <vector>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace casebook;
using namespace casebook::storage;

namespace {

std::int64_t count(Database &db, const std::string &table)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM " + table));
}

// Runs `crash_writer insert DB` as an account that cannot write the file: as ourselves when we are
// not root (the file's mode is enough), as nobody when we are (root ignores file modes).
int runInsertAs(const std::string &db, const std::filesystem::path &dir, std::string &stderrText)
{
    const bool root = geteuid() == 0;
    const uid_t nobody = 65534;
    if (root) {
        REQUIRE(chmod(dir.parent_path().c_str(), 0711) == 0); // nobody may pass through to `dir`
        REQUIRE(chown(dir.c_str(), nobody, nobody) == 0);
        for (const auto &entry : std::filesystem::directory_iterator(dir))
            REQUIRE(chown(entry.path().c_str(), nobody, nobody) == 0);
    }
    const std::string errPath = (dir.parent_path() / "insert-stderr.txt").string();
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        FILE *err = std::freopen(errPath.c_str(), "w", stderr);
        (void)err;
        if (root && (setgid(nobody) != 0 || setuid(nobody) != 0))
            _exit(120);
        execl(CASEBOOK_CRASH_WRITER, CASEBOOK_CRASH_WRITER, "insert", db.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    stderrText = test::readFileBytes(errPath);
    std::filesystem::remove(errPath);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs the real casebook-cli with `args` as an account that cannot write in `dir` (the casebook's
// folder): as ourselves when we are not root (the folder's mode is enough), as nobody when we are
// (root ignores modes), the casebook file then nobody's own, as a user's file on a read-only share is.
test::ProgramRun runCliWhereFolderIsReadOnly(const std::filesystem::path &dir, const std::vector<std::string> &args)
{
    const bool root = geteuid() == 0;
    const uid_t nobody = 65534;
    if (root) {
        REQUIRE(chmod(dir.parent_path().c_str(), 0711) == 0);
        REQUIRE(chmod(dir.c_str(), 0755) == 0); // root's: nobody may read it, not create in it
        for (const auto &entry : std::filesystem::directory_iterator(dir))
            REQUIRE(chown(entry.path().c_str(), nobody, nobody) == 0);
    } else {
        REQUIRE(chmod(dir.c_str(), 0555) == 0);
    }
    const auto asNobody = [&] { return setgid(nobody) == 0 && setuid(nobody) == 0; };
    auto run = test::runProgram(CASEBOOK_CLI, args, root ? std::function<bool()>(asNobody) : std::function<bool()>());
    if (!root)
        REQUIRE(chmod(dir.c_str(), 0755) == 0);
    return run;
}

} // namespace

TEST_CASE("A full disk refuses the write with a clear message and keeps everything committed before")
{
    test::TempDir dir;
    const auto path = dir.file("full.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    auto sample = test::insertSampleDistrict(**db);
    auto c = createCase(**db, test::requiredCase(sample.district.id));
    REQUIRE(c.ok());
    const auto audits = count(**db, "audit_log");

    // The file may not grow by more than two pages from here on.
    const auto pages = std::get<std::int64_t>(*(*db)->connection().scalar("PRAGMA page_count"));
    REQUIRE((*db)->connection().scalar("PRAGMA max_page_count = " + std::to_string(pages + 2)).ok());

    SECTION("an attachment")
    {
        const std::vector<unsigned char> bytes(256 * 1024, 0x42);
        auto a = addAttachment(**db, c->id, AttachmentOwner::Case, 0, "scan.pdf", "application/pdf", bytes);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().kind == ErrorKind::Database);
        CHECK_THAT(a.error().message, Catch::Contains("the disk is full; nothing was saved"));
        CHECK(count(**db, "attachments") == 0);
        CHECK(count(**db, "attachment_contents") == 0);
    }
    SECTION("a Dashboard import")
    {
        auto r = io::importDashboardFile(**db, CASEBOOK_FIXTURE_DIR "/dashboard/eladownload2024.txt");
        if (!r.ok()) {
            CHECK_THAT(r.error().message, Catch::Contains("the disk is full; nothing was saved"));
            CHECK(count(**db, "dashboard_imports") == 0);
            CHECK(count(**db, "dashboard_results") == 0);
        } else {
            WARN("the fixture fitted into two pages; the attachment section covers the full disk");
        }
    }
    SECTION("many small records until the disk is full")
    {
        Status last;
        int stored = 0;
        for (int i = 0; i < 10000 && last.ok(); ++i) {
            Communication m{.caseId = c->id, .occurredOn = test::date("2025-03-01"), .mode = CommunicationMode::Email,
                            .participants = "County office", .summary = std::string(500, 'm')};
            auto r = insert<Communication>(**db, m);
            if (r.ok())
                ++stored;
            else
                last = r.error();
        }
        REQUIRE_FALSE(last.ok());
        CHECK_THAT(last.error().message, Catch::Contains("the disk is full"));
        CHECK(count(**db, "communications") == stored);
        CHECK(count(**db, "audit_log") == audits + stored);
    }
    CHECK(*(*db)->integrityCheck() == "ok");
    // After room is made the same connection writes again; a reopened file has everything.
    REQUIRE((*db)->connection().scalar("PRAGMA max_page_count = 1073741823").ok());
    CHECK(insert<Communication>(**db, Communication{.caseId = c->id, .occurredOn = test::date("2025-04-01"),
                                                    .mode = CommunicationMode::Phone, .participants = "County office",
                                                    .summary = "after the disk was freed"})
              .ok());
    db->reset();
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK(*(*again)->integrityCheck() == "ok");
    CHECK(listWhere<Activity>(**again, "case_id", c->id)->size() == 5);
    CHECK(count(**again, "audit_log") >= audits + 1);
}

TEST_CASE("A read-only casebook file is refused with a clear message and stays as it was")
{
    test::TempDir outer;
    const auto dir = outer.path() / "data";
    std::filesystem::create_directory(dir);
    const auto path = (dir / "readonly.sqlite").string();
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        test::insertSampleDistrict(**db);
    }
    const std::string before = test::readFileBytes(path);
    REQUIRE(chmod(path.c_str(), 0400) == 0);
    std::string message;
    CHECK(runInsertAs(path, dir, message) == 3);
    CHECK_THAT(message, Catch::Contains("read-only"));
    CHECK(test::readFileBytes(path) == before);

    REQUIRE(chmod(path.c_str(), 0600) == 0);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(*(*db)->integrityCheck() == "ok");
    CHECK(listAll<District>(**db)->size() == 1);
}

TEST_CASE("A casebook file deleted while open refuses further writes, and what it held can still be saved")
{
    test::TempDir dir;
    const auto path = dir.file("deleted.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    auto sample = test::insertSampleDistrict(**db);
    auto c = createCase(**db, test::requiredCase(sample.district.id));
    REQUIRE(c.ok());

    SECTION("deleted")
    {
        std::filesystem::remove(path);
    }
    SECTION("replaced by another file of the same name")
    {
        std::filesystem::rename(path, dir.file("moved-away.sqlite"));
        std::ofstream(path) << "something else";
    }
    auto refused = insert<Communication>(**db, Communication{.caseId = c->id, .occurredOn = test::date("2025-03-01"),
                                                             .mode = CommunicationMode::Email,
                                                             .participants = "County office", .summary = "lost?"});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Database);
    CHECK_THAT(refused.error().message, Catch::Contains("was deleted or replaced while Casebook had it open"));

    // Everything committed before is still readable through the open connection and can be saved.
    const auto rescued = dir.file("rescued.sqlite");
    REQUIRE((*db)->backupTo(rescued).ok());
    db->reset();
    auto copy = Database::open(rescued);
    REQUIRE(copy.ok());
    CHECK(*(*copy)->integrityCheck() == "ok");
    CHECK(get<Case>(**copy, c->id).ok());
    CHECK(listWhere<Activity>(**copy, "case_id", c->id)->size() == 5);
    CHECK(listAll<Communication>(**copy)->empty());
}

TEST_CASE("A casebook in a folder its user cannot write opens read-only for reading, and a write is refused")
{
    test::TempDir outer;
    const auto dir = outer.path() / "share";
    std::filesystem::create_directory(dir);
    const auto path = (dir / "casebook.sqlite").string();
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew); // WAL, as every casebook
        REQUIRE(db.ok());
        const auto sample = test::insertSampleDistrict(**db);
        REQUIRE(createCase(**db, test::requiredCase(sample.district.id)).ok());
    }
    const std::string before = test::readFileBytes(path);

    auto cases = runCliWhereFolderIsReadOnly(dir, {"--db", path, "cases"});
    INFO(cases.out << cases.err);
    CHECK(cases.code == 0);
    CHECK_THAT(cases.out, Catch::Contains(test::requiredCase(1).title));
    CHECK_THAT(cases.err, Catch::Contains("cannot be written where it is"));
    CHECK_THAT(cases.err, Catch::Contains("opened read-only"));

    auto check = runCliWhereFolderIsReadOnly(dir, {"--db", path, "check"});
    INFO(check.out << check.err);
    CHECK(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("integrity: ok"));

    auto add = runCliWhereFolderIsReadOnly(dir, {"--db", path, "add", "communication", "case_id=1",
                                                 "occurred_on=2025-02-01", "participants=County office",
                                                 "summary=Check-in"});
    INFO(add.out << add.err);
    CHECK(add.code == 3);
    CHECK_THAT(add.err, Catch::Contains("read-only"));

    CHECK(test::readFileBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
}
