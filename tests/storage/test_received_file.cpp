// A casebook received from someone else is data, not code: its schema is compared with the
// one Casebook's migrations give its version before anything else, and a file with anything more, less
// or different is refused, naming the objects, with nothing run and nothing written.
#include "storage/case_store.h"
#include "storage/sqlite_database.h"
#include "storage/migrations.h"
#include "storage/repository.h"
#include "storage/schema_check.h"

#include "support/sample_data.h"
#include "support/raw_sqlite.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace casebook;
using namespace casebook::storage;
using casebook::test::rawCount;
using casebook::test::rawExec;
using casebook::test::rawExecError;
using casebook::test::TempDir;
namespace fs = std::filesystem;

namespace {


// A casebook with one required-assistance case and one communication, checkpointed into the main
// file and switched to a rollback journal so that its bytes say everything.
std::string casebookWithCommunication(const TempDir &dir, const std::string &name)
{
    const auto path = dir.file(name);
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        auto sample = test::insertSampleDistrict(**db);
        auto c = createCase(**db, test::requiredCase(sample.district.id));
        REQUIRE(c.ok());
        Communication m;
        m.caseId = c->id;
        m.occurredOn = test::date("2025-02-03");
        m.mode = CommunicationMode::Meeting;
        m.summary = "Kick-off with the county office";
        REQUIRE(insert<Communication>(**db, m).ok());
    }
    rawExec(path, "PRAGMA journal_mode = DELETE");
    return path;
}

} // namespace

TEST_CASE("A received casebook whose trigger deletes every communication is refused, naming the trigger", "[file]")
{
    TempDir dir;
    const auto path = casebookWithCommunication(dir, "received.sqlite");
    // A planted trigger: listing deadlines (which rebuilds pending_deadlines) emptied communications.
    rawExec(path, "CREATE TRIGGER keep_it_tidy AFTER INSERT ON pending_deadlines BEGIN DELETE FROM communications; END;");
    const auto before = test::readFileBytes(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Database);
    CHECK_THAT(db.error().message, Catch::Contains("trigger keep_it_tidy (on pending_deadlines)"));
    CHECK_THAT(db.error().message, Catch::Contains("casebook-cli rescue"));
    CHECK(test::readFileBytes(path) == before);
    CHECK(rawCount(path, "communications") == 1);
    CHECK_FALSE(fs::exists(path + "-wal"));
}

TEST_CASE("A view over the audit table with an INSTEAD OF trigger is refused", "[file]")
{
    TempDir dir;
    const auto path = casebookWithCommunication(dir, "audit-view.sqlite");
    // Rename the real table away and put a view in its place whose trigger drops 'delete' rows.
    rawExec(path, "ALTER TABLE audit_log RENAME TO audit_rows;"
                  "CREATE VIEW audit_log AS SELECT * FROM audit_rows;"
                  "CREATE TRIGGER audit_log_forget INSTEAD OF INSERT ON audit_log WHEN NEW.action <> 'delete' "
                  "BEGIN INSERT INTO audit_rows (at_utc, os_user, table_name, record_id, case_id, action, changes) "
                  "VALUES (NEW.at_utc, NEW.os_user, NEW.table_name, NEW.record_id, NEW.case_id, NEW.action, NEW.changes); END;");
    const auto before = test::readFileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK_THAT(db.error().message, Catch::Contains("view audit_log"));
    CHECK_THAT(db.error().message, Catch::Contains("trigger audit_log_forget (on audit_log)"));
    CHECK_THAT(db.error().message, Catch::Contains("table audit_rows"));
    CHECK_THAT(db.error().message, Catch::Contains("objects missing: table audit_log"));
    CHECK(test::readFileBytes(path) == before);
}

TEST_CASE("A changed definition of one of Casebook's own triggers, and a trigger that allocates, are refused", "[file]")
{
    TempDir dir;
    SECTION("the append-only trigger replaced by one that lets deletes through")
    {
        const auto path = casebookWithCommunication(dir, "changed.sqlite");
        rawExec(path, "DROP TRIGGER audit_log_no_delete;"
                      "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END;");
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("defined differently from Casebook's: trigger audit_log_no_delete"));
    }
    SECTION("a trigger calling randomblob(900000000) on every edit of a case")
    {
        const auto path = casebookWithCommunication(dir, "heavy.sqlite");
        rawExec(path, "CREATE TRIGGER heavy AFTER UPDATE ON cases BEGIN SELECT length(randomblob(900000000)); END;");
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("trigger heavy (on cases)"));
    }
}

TEST_CASE("An older casebook with a planted trigger is neither migrated nor backed up", "[file]")
{
    TempDir dir;
    const auto path = dir.file("v5.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v5.sqlite", path);
    rawExec(path, "PRAGMA journal_mode = DELETE;"
                  "CREATE TRIGGER empty_cases AFTER UPDATE ON settings BEGIN DELETE FROM cases; END;");
    const auto cases = rawCount(path, "cases");
    const auto before = test::readFileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK_THAT(db.error().message, Catch::Contains("schema version 5"));
    CHECK_THAT(db.error().message, Catch::Contains("trigger empty_cases (on settings)"));
    CHECK(test::readFileBytes(path) == before);
    CHECK(rawCount(path, "cases") == cases);
    for (const auto &entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename() == "v5.sqlite"); // no backup, no -wal
}

TEST_CASE("The expected schema of every version is what the migrations make, and every fixture has it", "[file]")
{
    TempDir dir;
    for (int version = 1; version <= currentSchemaVersion(); ++version) {
        INFO("schema version " << version);
        const std::string fixture = CASEBOOK_FIXTURE_DIR "/schema-v" + std::to_string(version) + ".sqlite";
        if (!fs::exists(fixture))
            continue; // version 7 is on another branch until the merge; no fixture of a version not released
        const auto path = dir.file("v" + std::to_string(version) + ".sqlite");
        fs::copy_file(fixture, path);
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        REQUIRE(db.ok());
        CHECK((*db)->report().schemaVersion == version);
        auto diff = compareSchema(static_cast<SqliteDatabase &>(**db).sqlite(), version);
        REQUIRE(diff.ok());
        CHECK(diff->describe().empty());
    }
    auto db = Database::open(dir.file("new.sqlite"), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    auto expected = expectedSchema(currentSchemaVersion());
    REQUIRE(expected.ok());
    CHECK(expected->size() > 40);
    auto diff = compareSchema(static_cast<SqliteDatabase &>(**db).sqlite(), currentSchemaVersion());
    REQUIRE(diff.ok());
    CHECK(diff->empty());
    // And the comparison can fail: version 1's schema is not version 6's.
    auto older = compareSchema(static_cast<SqliteDatabase &>(**db).sqlite(), 1);
    REQUIRE(older.ok());
    CHECK_THAT(older->describe(), Catch::Contains("table pending_deadlines"));
}

TEST_CASE("Every connection is defensive and does not trust the schema", "[file]")
{
    TempDir dir;
    auto db = Database::open(dir.file("d.sqlite"), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    sqlite3 *handle = static_cast<SqliteDatabase &>(**db).sqlite().handle();
    int defensive = -1, trusted = -1;
    // sqlite3_db_config with a negative value reports the setting without changing it.
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive) == SQLITE_OK);
    REQUIRE(sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted) == SQLITE_OK);
    CHECK(defensive == 1);
    CHECK(trusted == 0);
    // Defensive mode: writable_schema has no effect, so sqlite_schema cannot be edited.
    CHECK_FALSE((*db)->connection().exec("PRAGMA writable_schema = ON; "
                                         "UPDATE sqlite_schema SET sql = sql WHERE name = 'cases'").ok());
}

TEST_CASE("Only regular files are opened: a FIFO, a device, a folder, an empty file, a URI are refused", "[file]")
{
    TempDir dir;
    SECTION("a FIFO is refused at once instead of hanging")
    {
        const auto path = dir.file("pipe");
        REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("named pipe (FIFO)"));
    }
    SECTION("a device")
    {
        auto db = Database::open("/dev/zero");
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("/dev/zero is a device"));
    }
    SECTION("a folder, even when asked to create")
    {
        auto db = Database::open(dir.path().string(), Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("is a folder"));
    }
    SECTION("an empty file is not turned into a casebook")
    {
        const auto path = dir.file("empty");
        std::ofstream{path};
        for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
            auto db = Database::open(path, mode);
            REQUIRE_FALSE(db.ok());
            CHECK_THAT(db.error().message, Catch::Contains("is an empty file, not a casebook"));
        }
        CHECK(fs::file_size(path) == 0);
    }
    SECTION("an SQLite URI")
    {
        const std::string uri = "file:" + dir.file("x") + "?mode=memory";
        auto db = Database::open(uri, Database::OpenMode::CreateIfMissing);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("is an SQLite URI, not a file path"));
        CHECK(fs::is_empty(dir.path()));
    }
}

TEST_CASE("A new casebook appears whole: no temporary file is left and it is owner-only", "[file]")
{
    TempDir dir;
    const auto path = dir.file("fresh.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
        CHECK((*db)->report().created);
    }
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir.path()))
        names.push_back(entry.path().filename().string());
    CHECK(names == std::vector<std::string>{"fresh.sqlite"});
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("An older casebook opened read-only keeps its version and bytes; its upgraded copy is in memory", "[file]")
{
    TempDir dir;
    const auto path = dir.file("v4.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v4.sqlite", path);
    rawExec(path, "PRAGMA journal_mode = DELETE");
    const auto before = test::readFileBytes(path);
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(db.ok());
    CHECK((*db)->report().schemaVersion == 4);
    auto copy = (*db)->upgradedCopyInMemory();
    REQUIRE(copy.ok());
    CHECK(std::get<std::int64_t>(*(*copy)->connection().scalar("PRAGMA user_version")) == currentSchemaVersion());
    auto cases = listAll<Case>(**copy);
    REQUIRE(cases.ok());
    CHECK(std::int64_t(cases->size()) == rawCount(path, "cases"));
    copy->reset();
    db->reset();
    CHECK(test::readFileBytes(path) == before);
    for (const auto &entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename() == "v4.sqlite");
}

TEST_CASE("A refused casebook's records are rescued from an in-memory copy without its objects", "[file]")
{
    TempDir dir;
    const auto path = casebookWithCommunication(dir, "rescue-me.sqlite");
    rawExec(path, "CREATE TRIGGER keep_it_tidy AFTER INSERT ON pending_deadlines BEGIN DELETE FROM communications; END;"
                  "CREATE VIEW everything AS SELECT * FROM cases;");
    const auto before = test::readFileBytes(path);
    std::vector<std::string> dropped;
    auto copy = rescueCopyInMemory(path, dropped);
    REQUIRE(copy.ok());
    CHECK(dropped == std::vector<std::string>{"trigger keep_it_tidy (not Casebook's)", "view everything (not Casebook's)"});
    auto communications = listAll<Communication>(**copy);
    REQUIRE(communications.ok());
    CHECK(communications->size() == 1);
    copy->reset();
    CHECK(test::readFileBytes(path) == before);
}

TEST_CASE("Evidence stays with its case by the schema itself (version 8), whatever program writes the file", "[file]")
{
    TempDir dir;
    const auto path = casebookWithCommunication(dir, "evidence.sqlite");
    Id otherCase = 0;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        auto district = listAll<District>(**db);
        REQUIRE(district.ok());
        auto other = createCase(**db, test::boardRequestCase(district->front().id));
        REQUIRE(other.ok());
        otherCase = other->id;
        auto a = addAttachment(**db, 1, AttachmentOwner::Communication, 1, "minutes.txt", "text/plain", {'m'});
        REQUIRE(a.ok());
    }
    // Plain SQLite: the schema refuses, not just Casebook's code.
    CHECK_THAT(rawExecError(path, "INSERT INTO attachments (case_id, owner_type, owner_id, file_name, size, sha256, added_at) "
                                  "VALUES (" + std::to_string(otherCase) + ", 'communication', 1, 'x', 0, 'e3', '2025-01-01T00:00:00Z')"),
               Catch::Contains("an attachment belongs to its case or to a record of that same case"));
    CHECK_THAT(rawExecError(path, "UPDATE attachments SET owner_id = 99999"),
               Catch::Contains("an attachment belongs to its case or to a record of that same case"));
    CHECK_THAT(rawExecError(path, "DELETE FROM communications WHERE id = 1"),
               Catch::Contains("a record with attachments cannot be deleted"));
    // Moving the communication to the other case moves its attachment, with an audit row.
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto communication = get<Communication>(**db, 1);
    REQUIRE(communication.ok());
    communication->caseId = otherCase;
    REQUIRE(update(**db, *communication).ok());
    auto moved = get<Attachment>(**db, 1);
    REQUIRE(moved.ok());
    CHECK(moved->caseId == otherCase);
    CHECK(std::get<std::int64_t>(*(*db)->connection().scalar(
              "SELECT count(*) FROM audit_log WHERE table_name = 'attachments' AND action = 'update' AND record_id = 1")) == 1);
}

TEST_CASE("Upgrading to version 8 gives an attachment without a valid owner to its case, with an audit row", "[file]")
{
    TempDir dir;
    const auto path = dir.file("v6.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v6.sqlite", path);
    rawExec(path, "INSERT INTO attachments (case_id, owner_type, owner_id, file_name, size, sha256, added_at) "
                  "SELECT min(id), 'communication', 99999, 'orphan.txt', 0, "
                  "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '2025-01-01T00:00:00Z' FROM cases;"
                  "INSERT INTO attachment_contents VALUES (last_insert_rowid(), X'')");
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto orphan = (*db)->connection().scalar("SELECT owner_type || ':' || (owner_id = case_id) FROM attachments "
                                             "WHERE file_name = 'orphan.txt'");
    REQUIRE(orphan.ok());
    CHECK(std::get<std::string>(*orphan) == "case:1");
    CHECK(std::get<std::int64_t>(*(*db)->connection().scalar(
              "SELECT count(*) FROM audit_log WHERE os_user = 'casebook (schema version 8)'")) == 1);
}
