// Opening, refusing, migrating and backing up casebook files.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repository.h"
#include "storage/case_bundle.h"
#include "domain/workflow.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace casebook;
using namespace casebook::storage;
using casebook::test::TempDir;

namespace {

void rawExec(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    INFO((msg ? msg : ""));
    sqlite3_free(msg);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::int64_t pragma(Database &db, const char *name)
{
    return std::get<std::int64_t>(*db.connection().scalar(std::string("PRAGMA ") + name));
}

} // namespace

TEST_CASE("A new casebook carries Casebook's application id and schema version, owner-only", "[file]")
{
    TempDir dir;
    const auto path = dir.file("new.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
    CHECK((*db)->report().created);
    CHECK(pragma(**db, "application_id") == kApplicationId);
    CHECK(pragma(**db, "user_version") == currentSchemaVersion());
    CHECK(pragma(**db, "foreign_keys") == 1);
    CHECK(std::get<std::string>(*(*db)->connection().scalar("PRAGMA journal_mode")) == "wal");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

// A casebook with garbage over its second page (a table's b-tree), the header intact; in rollback
// journal mode when `rollbackJournal`, otherwise in WAL mode as Casebook leaves its files.
std::string damagedCasebook(const TempDir &dir, const char *name, bool rollbackJournal)
{
    const auto path = dir.file(name);
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        test::insertSampleDistrict(**db);
        REQUIRE((*db)->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    if (rollbackJournal)
        rawExec(path, "PRAGMA journal_mode = DELETE");
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096 + 8);
    const std::string junk(2000, '\x5a');
    f.write(junk.data(), std::streamsize(junk.size()));
    return path;
}

TEST_CASE("Open refuses foreign, newer and damaged files without touching them", "[file]")
{
    TempDir dir;

    SECTION("a file that is not SQLite")
    {
        const auto path = dir.file("notes.txt");
        std::ofstream(path) << "Minutes of the board meeting\n";
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Database);
        CHECK_THAT(db.error().message, Catch::Contains("not an SQLite database"));
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a SQLite file of another application")
    {
        const auto path = dir.file("other.sqlite");
        rawExec(path, "PRAGMA application_id = 1234; CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("another application"));
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a casebook from a newer Casebook")
    {
        const auto path = dir.file("newer.sqlite");
        { REQUIRE(Database::open(path, Database::OpenMode::CreateNew).ok()); }
        const int newer = currentSchemaVersion() + 5;
        rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = " + std::to_string(newer));
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("schema version " + std::to_string(newer)));
        CHECK_THAT(db.error().message, Catch::Contains("(schema version " + std::to_string(currentSchemaVersion()) + ")"));
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a damaged casebook")
    {
        const auto path = damagedCasebook(dir, "damaged.sqlite", true);
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::Database);
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a damaged casebook checked in the background: it opens, and nothing can be written to it")
    {
        const auto path = damagedCasebook(dir, "damaged-wal.sqlite", false);
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::IntegrityCheck::InBackground);
        REQUIRE(db.ok());
        const auto verdict = (*db)->awaitIntegrity();
        REQUIRE_FALSE(verdict.ok());
        CHECK_THAT(verdict.error().message, Catch::Contains("failed SQLite's quick_check"));
        REQUIRE((*db)->integrityVerdict().has_value());
        CHECK_FALSE((*db)->integrityVerdict()->ok());
        const auto write = WriteTransaction::begin(**db);
        REQUIRE_FALSE(write.ok());
        CHECK_THAT(write.error().message, Catch::Contains("Nothing was written to it"));
        db->reset();
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a companion connection to a damaged casebook shares its verdict: nothing can be written")
    {
        const auto path = damagedCasebook(dir, "damaged-companion.sqlite", false);
        const auto before = test::readFileBytes(path);
        auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::IntegrityCheck::InBackground);
        REQUIRE(db.ok());
        auto companion = (*db)->openCompanion();
        REQUIRE(companion.ok());
        CHECK((*companion)->checksInBackground());
        const auto write = WriteTransaction::begin(**companion);
        REQUIRE_FALSE(write.ok());
        CHECK_THAT(write.error().message, Catch::Contains("Nothing was written to it"));
        companion->reset();
        db->reset();
        CHECK(test::readFileBytes(path) == before);
    }
    SECTION("a missing file when opening an existing casebook")
    {
        auto db = Database::open(dir.file("missing.sqlite"), Database::OpenMode::OpenExisting);
        REQUIRE_FALSE(db.ok());
        CHECK_THAT(db.error().message, Catch::Contains("does not exist"));
        CHECK_FALSE(std::filesystem::exists(dir.file("missing.sqlite")));
    }
}

TEST_CASE("A healthy casebook checked in the background opens at once and is written after the verdict", "[file]")
{
    TempDir dir;
    const auto path = dir.file("casebook.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        test::insertSampleDistrict(**db);
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::IntegrityCheck::InBackground);
    REQUIRE(db.ok());
    // The first write waits for the verdict, then goes ahead.
    auto district = listAll<District>(**db);
    REQUIRE(district.ok());
    REQUIRE_FALSE(district->empty());
    auto renamed = district->front();
    renamed.name += " (renamed)";
    REQUIRE(update(**db, renamed).ok());
    REQUIRE((*db)->integrityVerdict().has_value());
    CHECK((*db)->integrityVerdict()->ok());
    // A file older than this build is migrated, so it is checked before open() returns.
    const auto fixture = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "schema-v1.sqlite";
    const auto old = dir.file("old.sqlite");
    std::filesystem::copy_file(fixture, old);
    auto migrated = Database::open(old, Database::OpenMode::OpenExisting, Database::IntegrityCheck::InBackground);
    REQUIRE(migrated.ok());
    REQUIRE((*migrated)->integrityVerdict().has_value());
    CHECK((*migrated)->integrityVerdict()->ok());
}

TEST_CASE("A companion connection writes the same file, and is refused once the file was replaced", "[file]")
{
    TempDir dir;
    const auto path = dir.file("casebook.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    test::insertSampleDistrict(**db);
    auto companion = (*db)->openCompanion();
    REQUIRE(companion.ok());
    CHECK((*companion)->path() == (*db)->path());
    REQUIRE((*companion)->integrityVerdict().has_value()); // checked at open: its verdict is the first one's
    auto districts = listAll<District>(**companion);
    REQUIRE(districts.ok());
    REQUIRE_FALSE(districts->empty());
    auto renamed = districts->front();
    renamed.name = "Renamed by the companion";
    REQUIRE(update(**companion, renamed).ok());
    auto seen = get<District>(**db, renamed.id);
    REQUIRE(seen.ok());
    CHECK(seen->name == "Renamed by the companion");
    // Another file now has the name: a companion would write to a file nobody opened.
    std::filesystem::rename(path, dir.file("moved.sqlite"));
    { REQUIRE(Database::open(path, Database::OpenMode::CreateNew).ok()); }
    auto stray = (*db)->openCompanion();
    REQUIRE_FALSE(stray.ok());
    CHECK_THAT(stray.error().message, Catch::Contains("deleted or replaced"));
}

TEST_CASE("The current version's fixture has exactly the schema a new casebook gets", "[file]")
{
    // A fixture made by a stale make_fixture (or a schema step edited after its fixture was made)
    // would test migrations against a file no Casebook ever wrote.
    const auto schemaOf = [](const std::string &path) {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        std::vector<std::string> rows;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < 3; ++c)
                rows.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
        return rows;
    };
    TempDir dir;
    const auto fixture = std::filesystem::path(CASEBOOK_FIXTURE_DIR) /
                         ("schema-v" + std::to_string(currentSchemaVersion()) + ".sqlite");
    REQUIRE(std::filesystem::exists(fixture));
    const auto copy = dir.file("fixture.sqlite");
    std::filesystem::copy_file(fixture, copy);
    const auto fresh = dir.file("new.sqlite");
    { REQUIRE(Database::open(fresh, Database::OpenMode::CreateNew).ok()); }
    CHECK(schemaOf(copy) == schemaOf(fresh));
}

TEST_CASE("Every released schema version's fixture opens, is migrated, and keeps its records", "[file]")
{
    const std::filesystem::path fixtures = CASEBOOK_FIXTURE_DIR;
    int seen = 0;
    for (int version = 1; version <= currentSchemaVersion(); ++version) {
        const auto fixture = fixtures / ("schema-v" + std::to_string(version) + ".sqlite");
        if (!std::filesystem::exists(fixture))
            continue;
        ++seen;
        INFO(fixture.string());
        TempDir dir;
        const auto path = dir.file("casebook.sqlite");
        std::filesystem::copy_file(fixture, path);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->report().schemaVersionBefore == version);
        CHECK(pragma(**db, "user_version") == currentSchemaVersion());
        auto cases = listAll<Case>(**db);
        REQUIRE(cases.ok());
        CHECK(cases->size() >= 3);
        auto communications = listAll<Communication>(**db);
        REQUIRE(communications.ok());
        CHECK_FALSE(communications->empty());
        if (version >= 2) // the state's data since schema version 2
            CHECK(std::get<std::int64_t>(*(*db)->connection().scalar("SELECT count(*) FROM dashboard_results")) > 0);
        const auto scalar = [&](const char *sql) { return std::get<std::int64_t>(*(*db)->connection().scalar(sql)); };
        // Schema version 3: the Dashboard results lost their import_id index.
        CHECK(scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'dashboard_results_import'") == 0);
        // Schema versions 4 and 6: the pending deadlines keep neither the uid, the case title nor the
        // sentence; their titles and reasons are shared per case in pending_texts. Each step leaves
        // them empty, so the first reminder list rebuilds them all.
        CHECK(scalar("SELECT count(*) FROM pragma_table_info('pending_deadlines') WHERE name IN "
                     "('uid', 'case_title', 'explanation', 'title', 'because')") == 0);
        CHECK(scalar("SELECT count(*) FROM pragma_table_info('pending_deadlines') WHERE name = 'text_no'") == 1);
        CHECK(scalar("SELECT count(*) FROM pragma_table_info('pending_texts') WHERE name IN ('title', 'because')") == 2);
        if (version < 6) {
            CHECK(scalar("SELECT count(*) FROM pending_deadlines") == 0);
            CHECK(scalar("SELECT count(*) FROM pending_texts") == 0);
            CHECK(scalar("SELECT count(*) FROM pending_deadlines_state") == 0);
        }
        // Schema version 7: the official determinations, and the ESSA exit per school.
        CHECK(scalar("SELECT count(*) FROM pragma_table_info('essa_assistance') WHERE name IN ('tsi', 'exit_status')") == 2);
        if (version >= 7) {
            CHECK(scalar("SELECT count(*) FROM official_determinations") == 1);
            CHECK(scalar("SELECT count(*) FROM official_group_letters") == 1);
        } else {
            CHECK(scalar("SELECT count(*) FROM official_imports") == 0);
        }
        if (version < currentSchemaVersion()) {
            // An older file is copied with the online backup API before it is changed.
            const auto backup = (*db)->report().backupPath;
            REQUIRE_FALSE(backup.empty());
            // Read the backup raw: opening it with Database would migrate it too.
            sqlite3 *raw = nullptr;
            REQUIRE(sqlite3_open_v2(backup.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
            REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
            CHECK(sqlite3_column_int(stmt, 0) == version);
            sqlite3_finalize(stmt);
            sqlite3_close(raw);
        } else {
            CHECK((*db)->report().backupPath.empty());
        }
    }
    CHECK(seen >= 1); // schema-v1.sqlite at least
}

TEST_CASE("Schema columns match the record fields", "[file]")
{
    TempDir dir;
    auto db = Database::open(dir.file("c.sqlite"), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    // Reading every table through the generic repository would fail on a missing column.
    CHECK(listAll<District>(**db).ok());
    CHECK(listAll<School>(**db).ok());
    CHECK(listAll<Case>(**db).ok());
    CHECK(listAll<QualifyingGroup>(**db).ok());
    CHECK(listAll<Activity>(**db).ok());
    CHECK(listAll<Communication>(**db).ok());
    CHECK(listAll<ScheduledContact>(**db).ok());
    CHECK(listAll<DocumentationItem>(**db).ok());
    CHECK(listAll<Partner>(**db).ok());
    CHECK(listAll<CceeRecommendation>(**db).ok());
    CHECK(listAll<SpiAction>(**db).ok());
    CHECK(listAll<Intervention>(**db).ok());
    CHECK(listAll<MonitoringReview>(**db).ok());
    CHECK(listAll<Attachment>(**db).ok());
}

TEST_CASE("A schema version 8 casebook upgrades to the statute's rules: states kept, what is missing shown", "[file]")
{
    // The v8 fixture was written before Casebook kept the statute's fields: its SPI action is in
    // progress without a State Board approval and its required case records no identification.
    TempDir dir;
    const auto path = dir.file("casebook.sqlite");
    std::filesystem::copy_file(std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "schema-v8.sqlite", path);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto cases = listAll<Case>(**db);
    REQUIRE(cases.ok());
    bool sawSpi = false, sawRequired = false;
    for (const auto &c : *cases) {
        auto bundle = loadCaseBundle(**db, c.id);
        REQUIRE(bundle.ok());
        const auto missing = missingFacts(bundle->caseRecord, bundle->spiActions);
        if (c.kind == CaseKind::SpiIntervention) {
            sawSpi = true;
            REQUIRE_FALSE(bundle->spiActions.empty());
            CHECK(bundle->spiActions[0].status == ActionStatus::InProgress); // kept
            CHECK_FALSE(bundle->spiActions[0].sbeApprovedOn);
            CHECK(std::any_of(missing.begin(), missing.end(), [](const std::string &m) {
                return m.find("Awaiting State Board approval of SPI action") != std::string::npos;
            }));
            // Editing it without the approval is allowed (the step is not re-judged) ...
            auto edited = bundle->spiActions[0];
            edited.outcome = "Board reviewed the draft";
            CHECK(update(**db, edited).ok());
            // ... and a new action under way is not.
            SpiAction fresh = edited;
            fresh.id = 0;
            CHECK(insert(**db, fresh).error().field == "sbe_approved_on");
        }
        if (c.isRequiredAssistance()) {
            sawRequired = true;
            CHECK_FALSE(c.identifiedOn);
            CHECK(earliestCloseDate(c) == c.openedOn.addYears(2));
            CHECK(std::any_of(missing.begin(), missing.end(), [](const std::string &m) {
                return m.find("identification date") != std::string::npos;
            }));
        }
    }
    CHECK(sawSpi);
    CHECK(sawRequired);
}

TEST_CASE("A schema version 9 casebook upgrades: its communications are kept, their direction not recorded", "[file]")
{
    // The v9 fixture was written before communications had a direction, subject or answered contact.
    TempDir dir;
    const auto path = dir.file("casebook.sqlite");
    std::filesystem::copy_file(std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "schema-v9.sqlite", path);
    std::vector<std::string> before; // the communications' own fields, read raw before the upgrade
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw, "SELECT id || '|' || occurred_on || '|' || mode || '|' || summary FROM communications ORDER BY id",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            before.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }
    REQUIRE_FALSE(before.empty());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->report().schemaVersionBefore == 9);
    auto communications = listAll<Communication>(**db, "id");
    REQUIRE(communications.ok());
    REQUIRE(communications->size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        const auto &c = (*communications)[i];
        CHECK(std::to_string(c.id) + "|" + c.occurredOn.toString() + "|" + std::string(enumCode(c.mode)) + "|" +
                  c.summary ==
              before[i]);
        CHECK(c.direction == CommunicationDirection::NotRecorded);
        CHECK(c.subject.empty());
        CHECK_FALSE(c.scheduledContactId);
    }
    // The upgraded file takes the new fields, and keeps the link's rule in its schema.
    auto edited = communications->front();
    edited.direction = CommunicationDirection::CountyToDistrict;
    edited.subject = "Reply from the county";
    REQUIRE(update(**db, edited).ok());
    CHECK(get<Communication>(**db, edited.id)->subject == "Reply from the county");
    CHECK_FALSE((*db)->connection().exec("UPDATE communications SET scheduled_contact_id = 424242").ok());
}
