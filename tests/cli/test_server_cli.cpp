// `casebook-cli server init | grant | grants`, the real binary run against fresh databases on the
// throwaway test cluster (scripts/pg-cluster; CTest's `postgres` fixture). Expected values come from what
// the commands promise (their --help, issue 19) and from the rows each test wrote: init creates a casebook
// in an empty database only, a grant lets a login role see its district and no other, bad codes and
// unknown roles are refused with nothing written, and no message shows a password.
#include "storage/pg_test_database.h"
#include "support/run_program.h"
#include "support/temp_dir.h"

#include "storage/postgres_schema.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace casebook;
using test::TestDatabase;

namespace {

using Run = test::ProgramRun;

// The real casebook-cli with `args`.
Run cli(const std::vector<std::string> &args)
{
    Run run = test::runProgram(CASEBOOK_CLI, args);
    REQUIRE(run.code >= 0);
    return run;
}

std::int64_t count(storage::PgConnection &c, const std::string &sql)
{
    auto n = c.scalar(sql);
    REQUIRE(n.ok());
    return std::get<std::int64_t>(*n);
}

// A role of the whole cluster (which tests running at once share): created unless it exists.
void ensureRole(storage::PgConnection &dba, const std::string &name, bool login = true)
{
    REQUIRE(dba.exec("DO $$ BEGIN CREATE ROLE " + name + (login ? " LOGIN" : " NOLOGIN") +
                     "; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                .ok());
}

// A fresh database with a server casebook made by `server init`.
struct ServerCasebook {
    TestDatabase tdb;
    ServerCasebook()
    {
        const Run init = cli({"server", "init", "--db", tdb.conninfo});
        INFO(init.err);
        REQUIRE(init.code == 0);
    }
};

} // namespace

TEST_CASE("server cli: init creates a casebook in an empty database, and refuses one that holds a casebook or tables")
{
    TestDatabase tdb;
    const Run init = cli({"server", "init", "--db", tdb.conninfo});
    INFO(init.err);
    REQUIRE(init.code == 0);
    CHECK_THAT(init.out, Catch::Contains("Created a Casebook server casebook in") &&
                             Catch::Contains("(server schema version " +
                                             std::to_string(storage::currentServerSchemaVersion()) + ")"));
    auto dba = tdb.connect();
    CHECK(count(*dba, "SELECT version FROM casebook_schema") == storage::currentServerSchemaVersion());
    const auto tables = count(*dba, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    CHECK(tables > 20);

    const Run again = cli({"server", "init", "--db", tdb.conninfo});
    CHECK(again.code == 2);
    CHECK_THAT(again.err, Catch::Contains("already holds a Casebook server casebook (server schema version " +
                                          std::to_string(storage::currentServerSchemaVersion()) + ")") &&
                              Catch::Contains("nothing was changed"));
    CHECK(again.out.empty());
    CHECK(count(*dba, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == tables);

    // A database that holds someone else's tables is not turned into a casebook either.
    TestDatabase other;
    auto otherDba = other.connect();
    REQUIRE(otherDba->exec("CREATE TABLE invoices (id integer)").ok());
    const Run refused = cli({"server", "init", "--db", other.conninfo});
    CHECK(refused.code == 2);
    CHECK_THAT(refused.err, Catch::Contains("already holds tables"));
    CHECK(count(*otherDba, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 1);
}

TEST_CASE("server cli: a grant lets the login role see its district and no other, and grants lists it")
{
    ServerCasebook s;
    auto dba = s.tdb.connect();
    ensureRole(*dba, "casebook_cli_test_ana");
    ensureRole(*dba, "casebook_cli_test_ben");
    // Two districts with a case each, written by the superuser (who is not held by the policies).
    REQUIRE(dba->exec("INSERT INTO districts (cds, name) VALUES ('0161119', 'Sample Unified'), ('0161127', 'Other Unified'); "
                      "INSERT INTO cases (kind, district_id, title, status, opened_on) "
                      "SELECT 'technical_assistance', id, name || ' case', 'active', '2026-01-12' FROM districts")
                .ok());

    const Run grant = cli({"server", "grant", "casebook_cli_test_ana", "--district", "0161119", "--as", "staff", "--db",
                           s.tdb.conninfo});
    INFO(grant.err);
    REQUIRE(grant.code == 0);
    CHECK_THAT(grant.out, Catch::Contains("Granted district 0161119 to casebook_cli_test_ana as staff"));
    const Run county = cli({"server", "grant", "casebook_county", "--district", "0161127", "--as", "county", "--db",
                            s.tdb.conninfo});
    INFO(county.err);
    REQUIRE(county.code == 0);
    REQUIRE(dba->exec("GRANT casebook_county TO casebook_cli_test_ben").ok());

    // Hand-written SQL as ana: her district's case, not the other's.
    auto ana = s.tdb.connect("casebook_cli_test_ana");
    CHECK(count(*ana, "SELECT count(*) FROM cases") == 1);
    CHECK(count(*ana, "SELECT count(*) FROM cases JOIN districts ON districts.id = cases.district_id "
                      "WHERE districts.cds = '0161127'") == 0);
    CHECK(count(*ana, "SELECT count(*) FROM districts WHERE cds = '0161119'") == 1);
    // Ben sees the county's district through the county role.
    auto ben = s.tdb.connect("casebook_cli_test_ben");
    CHECK(count(*ben, "SELECT count(*) FROM districts WHERE cds = '0161127'") == 1);
    CHECK(count(*ben, "SELECT count(*) FROM districts WHERE cds = '0161119'") == 0);

    const Run list = cli({"server", "grants", "--db", s.tdb.conninfo});
    INFO(list.err);
    REQUIRE(list.code == 0);
    CHECK_THAT(list.out, Catch::Contains("ROLE") && Catch::Contains("DISTRICT  ACCESS"));
    CHECK_THAT(list.out, Catch::Matches("(.|\n)*casebook_cli_test_ana +0161119 +staff\n(.|\n)*"));
    CHECK_THAT(list.out, Catch::Matches("(.|\n)*casebook_county +0161127 +county +\\(members:[^)\n]*"
                                        "casebook_cli_test_ben[^)\n]*\\)\n(.|\n)*"));

    // Granting again changes the access; the grant stays one row.
    const Run admin = cli({"server", "grant", "casebook_cli_test_ana", "--district", "0161119", "--as", "admin", "--db",
                           s.tdb.conninfo});
    REQUIRE(admin.code == 0);
    CHECK(count(*dba, "SELECT count(*) FROM district_access WHERE role_name = 'casebook_cli_test_ana'") == 1);
    CHECK_THAT(cli({"server", "grants", "--db", s.tdb.conninfo}).out,
               Catch::Matches("(.|\n)*casebook_cli_test_ana +0161119 +admin\n(.|\n)*"));

    // Only an administrator or a superuser reads the grants: ben (county staff) is refused by the server.
    const Run asBen = cli({"server", "grants", "--db", s.tdb.conninfo + " user=casebook_cli_test_ben"});
    CHECK(asBen.code == 3);
    CHECK_THAT(asBen.err, Catch::Contains("may read the grants"));
}

TEST_CASE("server cli: a code that is not a district's is refused and nothing is granted")
{
    ServerCasebook s;
    auto dba = s.tdb.connect();
    ensureRole(*dba, "casebook_cli_test_ana");
    for (const std::string code : {"016111", "01611190000000", "01611a9", ""}) {
        INFO(code);
        const Run r = cli({"server", "grant", "casebook_cli_test_ana", "--district", code, "--as", "staff", "--db",
                           s.tdb.conninfo});
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::Contains("--district") && Catch::Contains("7-digit county-district code"));
        CHECK(r.out.empty());
    }
    const Run badAccess = cli({"server", "grant", "casebook_cli_test_ana", "--district", "0161119", "--as", "owner",
                               "--db", s.tdb.conninfo});
    CHECK(badAccess.code == 1);
    CHECK_THAT(badAccess.err, Catch::Contains("expected one of staff, admin, county, readonly"));
    CHECK(count(*dba, "SELECT count(*) FROM district_access") == 0);
}

TEST_CASE("server cli: an unknown role, a role that cannot log in and Casebook's own roles are refused")
{
    ServerCasebook s;
    auto dba = s.tdb.connect();
    const Run unknown = cli({"server", "grant", "casebook_cli_test_nobody_at_all", "--district", "0161119", "--as",
                             "staff", "--db", s.tdb.conninfo});
    CHECK(unknown.code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("has no role \"casebook_cli_test_nobody_at_all\"") &&
                                Catch::Contains("CREATE ROLE"));

    ensureRole(*dba, "casebook_cli_test_group", false);
    const Run noLogin = cli({"server", "grant", "casebook_cli_test_group", "--district", "0161119", "--as", "staff",
                             "--db", s.tdb.conninfo});
    CHECK(noLogin.code == 2);
    CHECK_THAT(noLogin.err, Catch::Contains("cannot log in"));

    // All staff made administrators by one grant, or the owner given a district: refused.
    const Run staffAsAdmin = cli({"server", "grant", "casebook_staff", "--district", "0161119", "--as", "admin", "--db",
                                  s.tdb.conninfo});
    CHECK(staffAsAdmin.code == 2);
    CHECK_THAT(staffAsAdmin.err, Catch::Contains("one of Casebook's own roles"));
    const Run owner = cli({"server", "grant", "casebook_owner", "--district", "0161119", "--as", "staff", "--db",
                           s.tdb.conninfo});
    CHECK(owner.code == 2);
    CHECK(count(*dba, "SELECT count(*) FROM district_access") == 0);
    CHECK(count(*dba, "SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                      "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'casebook_admin' "
                      "AND m.rolname = 'casebook_staff'") == 0);
}

TEST_CASE("server cli: a grant the server refuses halfway leaves no row behind")
{
    ServerCasebook s;
    auto dba = s.tdb.connect();
    ensureRole(*dba, "casebook_cli_test_ana");
    ensureRole(*dba, "casebook_cli_test_ben");
    // Ana administers the district: she may write district_access, but not hand out group roles
    // (no CREATEROLE, no ADMIN OPTION), so the membership half of her grant is refused.
    REQUIRE(cli({"server", "grant", "casebook_cli_test_ana", "--district", "0161119", "--as", "admin", "--db",
                 s.tdb.conninfo})
                .code == 0);
    const Run r = cli({"server", "grant", "casebook_cli_test_ben", "--district", "0161119", "--as", "staff", "--db",
                       s.tdb.conninfo + " user=casebook_cli_test_ana"});
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("your role may not do this") && Catch::Contains("nothing was changed"));
    CHECK(count(*dba, "SELECT count(*) FROM district_access WHERE role_name = 'casebook_cli_test_ben'") == 0);
}

TEST_CASE("server cli: grant and grants on a database without a casebook say so")
{
    TestDatabase tdb;
    const Run grants = cli({"server", "grants", "--db", tdb.conninfo});
    CHECK(grants.code == 2);
    CHECK_THAT(grants.err, Catch::Contains("holds no casebook") && Catch::Contains("server init"));
}

TEST_CASE("server cli: a login role without a grant is told the casebook is there but not its to read")
{
    ServerCasebook s;
    auto dba = s.tdb.connect();
    // A role of no group at all, which information_schema would hide every table of the casebook from.
    ensureRole(*dba, "casebook_cli_test_newcomer");
    const Run grants = cli({"server", "grants", "--db", s.tdb.conninfo + " user=casebook_cli_test_newcomer"});
    CHECK(grants.code == 2);
    CHECK_THAT(grants.err, Catch::Contains("holds a casebook your role may not read") && Catch::Contains("server grant"));
    CHECK_THAT(grants.err, !Catch::Contains("holds no casebook"));
    const Run init = cli({"server", "init", "--db", s.tdb.conninfo + " user=casebook_cli_test_newcomer"});
    CHECK(init.code == 2);
    CHECK_THAT(init.err, Catch::Contains("already holds a casebook, which your role may not read"));
}

TEST_CASE("server cli: an unreachable server is named with a clear message and never its password")
{
    test::TempDir nowhere; // a folder with no server socket in it
    const std::string secret = "s3cret-Pa55word";
    for (const std::string &db :
         {"postgresql://someone:" + secret + "@/casebook?host=" + nowhere.path().string() + "&port=5999",
          "host=" + nowhere.path().string() + " port=5999 dbname=casebook user=someone password=" + secret}) {
        INFO(db);
        for (const std::vector<std::string> &command :
             std::vector<std::vector<std::string>>{{"server", "init"},
                                                   {"server", "grants"},
                                                   {"server", "grant", "someone", "--district", "0161119", "--as", "staff"}}) {
            std::vector<std::string> args = command;
            args.insert(args.end(), {"--db", db});
            const Run r = cli(args);
            CHECK(r.code == 3);
            CHECK_THAT(r.err, Catch::Contains("cannot connect to") && Catch::Contains("password=***") &&
                                  Catch::Contains(nowhere.path().string()));
            CHECK(r.err.find(secret) == std::string::npos);
            CHECK(r.out.find(secret) == std::string::npos);
        }
    }
}

TEST_CASE("server cli: the server commands need --db naming a server, and say so")
{
    const Run missing = cli({"server", "init"});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("--db URI is required"));
    const Run file = cli({"server", "grants", "--db", "/tmp/casebook.sqlite"});
    CHECK(file.code == 1);
    CHECK_THAT(file.err, Catch::Contains("is not a PostgreSQL connection URI or string"));
    const Run help = cli({"server", "grant", "--help"});
    CHECK(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("Usage: casebook-cli --db URI server grant") &&
                             Catch::Contains("--db URI\n      The server casebook (required)"));
}
