// The server casebook's schema (storage/postgres_schema.h) on the throwaway test cluster: who sees and
// changes what is decided by the database, tried with hand-written SQL as each role would send it, and
// the audit trail is written by the database and changed by nobody, the owner included. Expected
// values come from what the issue asks (a district-staff role cannot see another district's case, even
// with hand-written SQL; nobody can update or delete an audit row) and from the rows the test wrote.
#include "pg_test_database.h"

#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/postgres_schema.h"

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::storage;
using test::TestDatabase;

namespace {

std::int64_t count(PgConnection &c, const std::string &sql, const std::vector<FieldValue> &params = {})
{
    auto n = c.scalar(sql, params);
    REQUIRE(n.ok());
    return std::get<std::int64_t>(*n);
}

// A server casebook with two districts (Sample Unified 0161119, Other Unified 0161127), a case in each,
// and the people: alice staff of the first, bob staff of the second, carol read-only on the first, dave
// county staff (the county role is granted the first), erin an administrator of both.
struct TwoDistricts {
    TestDatabase tdb;
    Id caseA = 0, caseB = 0;
    TwoDistricts()
    {
        auto dba = tdb.connect();
        REQUIRE(initServerSchema(*dba).ok());
        for (const char *person : {"alice", "bob", "carol", "dave", "erin"}) {
            const std::string role = std::string("casebook_test_") + person;
            // Roles belong to the whole cluster, which tests running at once share.
            REQUIRE(dba->exec("DO $$ BEGIN CREATE ROLE " + role + " LOGIN; "
                              "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                        .ok());
        }
        REQUIRE(grantDistrict(*dba, "casebook_test_alice", "0161119", ServerAccess::Staff).ok());
        REQUIRE(grantDistrict(*dba, "casebook_test_bob", "0161127", ServerAccess::Staff).ok());
        REQUIRE(grantDistrict(*dba, "casebook_test_carol", "0161119", ServerAccess::ReadOnly).ok());
        REQUIRE(grantDistrict(*dba, "casebook_county", "0161119", ServerAccess::County).ok());
        REQUIRE(dba->exec("GRANT casebook_county TO casebook_test_dave").ok());
        REQUIRE(grantDistrict(*dba, "casebook_test_erin", "0161119", ServerAccess::Admin).ok());
        REQUIRE(grantDistrict(*dba, "casebook_test_erin", "0161127", ServerAccess::Admin).ok());
        // The districts and their cases, written as an administrator of both.
        auto erin = tdb.connect("casebook_test_erin");
        REQUIRE(erin->exec("INSERT INTO districts (cds, name) VALUES ('0161119', 'Sample Unified'), "
                           "('0161127', 'Other Unified')")
                    .ok());
        auto addCase = erin->prepare("INSERT INTO cases (kind, district_id, title, status, opened_on) "
                                     "SELECT 'technical_assistance', id, ?, 'active', '2026-01-12' FROM districts "
                                     "WHERE cds = ?");
        REQUIRE(addCase.ok());
        addCase->bind(1, std::string("Sample's case")).bind(2, std::string("0161119"));
        REQUIRE(addCase->run().ok());
        caseA = erin->lastInsertId();
        addCase->reset();
        addCase->bind(1, std::string("Other's case")).bind(2, std::string("0161127"));
        REQUIRE(addCase->run().ok());
        caseB = erin->lastInsertId();
        REQUIRE(caseA != caseB);
    }
};

} // namespace

TEST_CASE("server schema: init records Casebook's application id and version, and refuses a database that has tables")
{
    TestDatabase tdb;
    auto dba = tdb.connect();
    auto before = serverSchemaVersion(*dba);
    REQUIRE(before.ok());
    CHECK_FALSE(before->has_value());
    REQUIRE(initServerSchema(*dba).ok());
    auto after = serverSchemaVersion(*dba);
    REQUIRE(after.ok());
    REQUIRE(after->has_value());
    CHECK(**after == currentServerSchemaVersion());
    CHECK(count(*dba, "SELECT application_id FROM casebook_schema") == kApplicationId);
    // Everything belongs to casebook_owner, whom nobody logs in as.
    CHECK(count(*dba, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'casebook_owner'") == 0);
    CHECK(count(*dba, "SELECT count(*) FROM pg_roles WHERE rolname = 'casebook_owner' AND rolcanlogin") == 0);
    auto again = initServerSchema(*dba);
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().message, Catch::Contains("already holds tables"));
}

TEST_CASE("server schema: another application's casebook_schema is refused by name")
{
    TestDatabase tdb;
    auto dba = tdb.connect();
    REQUIRE(dba->exec("CREATE TABLE casebook_schema (id integer, application_id bigint, version integer); "
                      "INSERT INTO casebook_schema VALUES (1, 42, 1)")
                .ok());
    auto version = serverSchemaVersion(*dba);
    REQUIRE_FALSE(version.ok());
    CHECK_THAT(version.error().message, Catch::Contains("another application"));
}

TEST_CASE("server schema: district staff see and change their districts' cases only, whatever SQL they send")
{
    TwoDistricts s;
    auto alice = s.tdb.connect("casebook_test_alice");
    CHECK(count(*alice, "SELECT count(*) FROM cases") == 1);
    CHECK(count(*alice, "SELECT count(*) FROM cases WHERE id = ?", {s.caseB}) == 0);
    CHECK(count(*alice, "SELECT count(*) FROM districts") == 1);

    // Changing the other district's case changes nothing: the row is not there for her.
    REQUIRE(alice->exec("UPDATE cases SET title = 'taken over' WHERE id = " + std::to_string(s.caseB)).ok());
    CHECK(alice->changes() == 0);
    REQUIRE(alice->exec("DELETE FROM cases WHERE id = " + std::to_string(s.caseB)).ok());
    CHECK(alice->changes() == 0);
    // Writing a record into it, or moving her case there, is refused by the policy.
    auto intoB = alice->prepare("INSERT INTO communications (case_id, occurred_on, mode, summary) VALUES (?, '2026-02-01', 'meeting', 'x')");
    REQUIRE(intoB.ok());
    intoB->bindInt(1, s.caseB);
    auto refused = intoB->run();
    REQUIRE_FALSE(refused.ok());
    CHECK(alice->lastSqlState() == "42501");
    auto move = alice->prepare("UPDATE cases SET district_id = (SELECT id FROM districts WHERE cds = '0161119') + 1 WHERE id = ?");
    REQUIRE(move.ok());
    move->bindInt(1, s.caseA);
    CHECK_FALSE(move->run().ok());

    // Her own case is hers to work.
    intoB->reset();
    intoB->bindInt(1, s.caseA);
    REQUIRE(intoB->run().ok());

    auto bob = s.tdb.connect("casebook_test_bob");
    CHECK(count(*bob, "SELECT count(*) FROM cases") == 1);
    CHECK(count(*bob, "SELECT count(*) FROM communications") == 0);
    CHECK(count(*bob, "SELECT count(*) FROM cases WHERE title = 'taken over'") == 0);
    auto dba = s.tdb.connect();
    CHECK(count(*dba, "SELECT count(*) FROM cases") == 2); // both still there
}

TEST_CASE("server schema: read-only, county and administrator roles each do what their role allows and no more")
{
    TwoDistricts s;
    auto carol = s.tdb.connect("casebook_test_carol");
    CHECK(count(*carol, "SELECT count(*) FROM cases") == 1);
    CHECK_FALSE(carol->exec("UPDATE cases SET title = 'x'").ok());
    CHECK(carol->lastSqlState() == "42501");
    CHECK_FALSE(carol->exec("INSERT INTO settings (key, value) VALUES ('calendar.x', '1')").ok());

    // County staff: the districts granted to the county role; they log communications and review
    // documentation, and change nothing else.
    auto dave = s.tdb.connect("casebook_test_dave");
    CHECK(count(*dave, "SELECT count(*) FROM cases") == 1);
    REQUIRE(dave->exec("INSERT INTO communications (case_id, occurred_on, mode, summary) VALUES (" +
                       std::to_string(s.caseA) + ", '2026-02-02', 'meeting', 'County check-in')")
                .ok());
    CHECK_FALSE(dave->exec("UPDATE cases SET title = 'x'").ok());
    CHECK(dave->lastSqlState() == "42501");
    CHECK_FALSE(dave->exec("DELETE FROM communications").ok());

    // Staff may not touch the settings or the grants; an administrator may.
    auto alice = s.tdb.connect("casebook_test_alice");
    CHECK_FALSE(alice->exec("INSERT INTO settings (key, value) VALUES ('calendar.exit_review', '02-15')").ok());
    CHECK_FALSE(alice->exec("INSERT INTO district_access (role_name, district_cds, access) "
                            "VALUES ('casebook_test_alice', '0161127', 'staff')")
                    .ok());
    auto erin = s.tdb.connect("casebook_test_erin");
    REQUIRE(erin->exec("INSERT INTO settings (key, value) VALUES ('calendar.exit_review', '02-15')").ok());
    CHECK(count(*erin, "SELECT count(*) FROM cases") == 2);
}

TEST_CASE("server schema: the database writes the audit trail with the login role, and nobody changes it")
{
    TwoDistricts s;
    auto alice = s.tdb.connect("casebook_test_alice");
    REQUIRE(alice->exec("INSERT INTO communications (case_id, occurred_on, mode, summary) VALUES (" +
                        std::to_string(s.caseA) + ", '2026-02-01', 'meeting', 'First monthly meeting')")
                .ok());
    REQUIRE(alice->exec("UPDATE cases SET title = 'Required assistance' WHERE id = " + std::to_string(s.caseA)).ok());
    auto row = alice->prepare("SELECT os_user, action, changes ->> 'summary', case_id FROM audit_log "
                              "WHERE table_name = 'communications'");
    REQUIRE(row.ok());
    REQUIRE(*row->step());
    CHECK(row->columnText(0) == "casebook_test_alice");
    CHECK(row->columnText(1) == "create");
    CHECK_THAT(row->columnText(2), Catch::Contains("First monthly meeting"));
    CHECK(row->columnInt(3) == s.caseA);
    auto title = alice->prepare("SELECT changes -> 'title' ->> 'old', changes -> 'title' ->> 'new', changes -> 'status' IS NOT NULL "
                                "FROM audit_log WHERE table_name = 'cases' AND action = 'update'");
    REQUIRE(title.ok());
    REQUIRE(*title->step());
    CHECK(title->columnText(0) == "Sample's case");
    CHECK(title->columnText(1) == "Required assistance");
    CHECK(title->columnInt(2) == 0); // only what changed
    // She sees her district's audit rows, not the other district's.
    CHECK(count(*alice, "SELECT count(*) FROM audit_log WHERE case_id = ?", {s.caseB}) == 0);

    // Nobody changes or deletes an audit row: not the people who wrote them, not an administrator,
    // not the owner of the table, not the superuser.
    const std::int64_t rows = count(*s.tdb.connect(), "SELECT count(*) FROM audit_log");
    for (const char *role : {"casebook_test_alice", "casebook_test_erin"}) {
        auto c = s.tdb.connect(role);
        CHECK_FALSE(c->exec("UPDATE audit_log SET os_user = 'someone else'").ok());
        CHECK(c->lastSqlState() == "42501");
        CHECK_FALSE(c->exec("DELETE FROM audit_log").ok());
        CHECK_FALSE(c->exec("INSERT INTO audit_log (table_name, record_id, action, changes) VALUES ('cases', 1, 'delete', '{}')").ok());
    }
    auto dba = s.tdb.connect();
    REQUIRE(dba->exec("SET ROLE casebook_owner").ok());
    CHECK_FALSE(dba->exec("UPDATE audit_log SET os_user = 'someone else'").ok());
    CHECK_FALSE(dba->exec("DELETE FROM audit_log").ok());
    CHECK_FALSE(dba->exec("TRUNCATE audit_log").ok());
    REQUIRE(dba->exec("RESET ROLE").ok());
    CHECK_FALSE(dba->exec("DELETE FROM audit_log").ok());
    CHECK(count(*dba, "SELECT count(*) FROM audit_log") == rows);
    CHECK(count(*dba, "SELECT count(*) FROM audit_log WHERE os_user = 'someone else'") == 0);
}

TEST_CASE("server schema: evidence stays with its case on the server as in the file")
{
    TwoDistricts s;
    auto alice = s.tdb.connect("casebook_test_alice");
    REQUIRE(alice->exec("INSERT INTO communications (case_id, occurred_on, mode, summary) VALUES (" +
                        std::to_string(s.caseA) + ", '2026-02-01', 'meeting', 'With minutes')")
                .ok());
    const auto communication = count(*alice, "SELECT max(id) FROM communications");
    auto attach = alice->prepare("INSERT INTO attachments (case_id, owner_type, owner_id, file_name, size, sha256, added_at) "
                                 "VALUES (?, ?, ?, 'minutes.pdf', 3, 'abc', now())");
    REQUIRE(attach.ok());
    attach->bindInt(1, s.caseA).bind(2, std::string("communication")).bindInt(3, communication + 1000);
    CHECK_FALSE(attach->run().ok()); // no such record of this case
    attach->reset();
    attach->bindInt(1, s.caseA).bind(2, std::string("communication")).bindInt(3, communication);
    REQUIRE(attach->run().ok());
    const auto attachment = alice->lastInsertId();
    auto content = alice->prepare("INSERT INTO attachment_contents (attachment_id, content) VALUES (?, ?)");
    REQUIRE(content.ok());
    const std::string bytes("\x00\x01\xff", 3);
    content->bindInt(1, attachment).bindBlob(2, bytes.data(), bytes.size());
    REQUIRE(content->run().ok());
    auto read = alice->prepare("SELECT content FROM attachment_contents WHERE attachment_id = ?");
    REQUIRE(read.ok());
    read->bindInt(1, attachment);
    REQUIRE(*read->step());
    const auto back = read->columnBlob(0);
    CHECK(std::string(back.begin(), back.end()) == bytes);
    // A communication answers a scheduled contact of its own case only, and that contact then stays.
    auto addContact = alice->prepare("INSERT INTO scheduled_contacts (case_id, due_on, purpose) VALUES (?, '2026-03-01', 'Monthly')");
    REQUIRE(addContact.ok());
    addContact->bindInt(1, s.caseA);
    REQUIRE(addContact->run().ok());
    const auto contact = alice->lastInsertId();
    CHECK_FALSE(alice->exec("UPDATE communications SET scheduled_contact_id = " + std::to_string(contact + 1000) +
                            " WHERE id = " + std::to_string(communication))
                    .ok());
    REQUIRE(alice->exec("UPDATE communications SET scheduled_contact_id = " + std::to_string(contact) +
                        " WHERE id = " + std::to_string(communication))
                .ok());
    CHECK_FALSE(alice->exec("DELETE FROM scheduled_contacts WHERE id = " + std::to_string(contact)).ok());
    // A record with attachments is not deleted.
    CHECK_FALSE(alice->exec("DELETE FROM communications WHERE id = " + std::to_string(communication)).ok());
    CHECK(count(*alice, "SELECT count(*) FROM attachments") == 1);
}

TEST_CASE("server schema: a casebook made by a newer Casebook is refused at open with both versions, and left as it is")
{
    TestDatabase tdb;
    {
        auto dba = tdb.connect();
        REQUIRE(initServerSchema(*dba).ok());
        // As a newer Casebook would leave it: a version this build does not know.
        REQUIRE(dba->exec("UPDATE casebook_schema SET version = " + std::to_string(currentServerSchemaVersion() + 1)).ok());
    }
    for (const auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::ReadOnly}) {
        auto opened = Database::open(tdb.conninfo, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK_THAT(opened.error().text(), Catch::Contains("server schema version " +
                                                          std::to_string(currentServerSchemaVersion() + 1)) &&
                                              Catch::Contains("up to " + std::to_string(currentServerSchemaVersion())));
    }
    auto dba = tdb.connect();
    auto version = serverSchemaVersion(*dba);
    REQUIRE(version.ok());
    CHECK(**version == currentServerSchemaVersion() + 1);
    // And `server upgrade` refuses it too.
    auto upgraded = upgradeServerSchema(*dba);
    CHECK_FALSE(upgraded.ok());
}
