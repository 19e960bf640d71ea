// The CLI on a server casebook: `--db URI` for every command that reads or writes, `publish` of a file,
// and the round trip file -> server -> file through `export json` / `import json`, byte for byte. Runs
// against the throwaway test cluster (support/test_engine.h).
#include "support/cli_run.h"
#include "support/raw_sqlite.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include <unistd.h>

using namespace casebook;
using casebook::test::runCliCommand;


TEST_CASE("publish copies the demo casebook to a server, which then exports the same document byte for byte")
{
    test::TempDir dir;
    const std::string file = dir.file("demo.sqlite");
    REQUIRE(runCliCommand({"--db", file, "demo"}).code == 0);
    const std::string server = test::newCasebookLocation(dir); // an empty database on the test cluster
    auto init = runCliCommand({"--db", server, "init"});
    INFO(init.err);
    REQUIRE(init.code == 0);

    auto published = runCliCommand({"publish", "--from", file, "--to", server});
    INFO(published.err);
    REQUIRE(published.code == 0);
    CHECK_THAT(published.out, Catch::Contains("cases: " + std::to_string(test::rawCount(file, "cases")) + " on both"));
    CHECK_THAT(published.out, Catch::Contains("the same counts on both sides"));
    // The state's data is counted too: the demo's Dashboard results.
    CHECK_THAT(published.out, Catch::Contains("dashboard_results: " + std::to_string(test::rawCount(file, "dashboard_results")) +
                                              " on both"));

    // The same document from both engines (the interchange format's promise), and the file unchanged.
    REQUIRE(runCliCommand({"--db", file, "export", "json", "--out", dir.file("file.json")}).code == 0);
    const auto fromServer = runCliCommand({"--db", server, "export", "json", "--out", dir.file("server.json")});
    INFO(fromServer.err);
    REQUIRE(fromServer.code == 0);
    const std::string fileDocument = test::readFileBytes(dir.file("file.json"));
    CHECK(test::readFileBytes(dir.file("server.json")) == fileDocument);
    CHECK(test::rawCount(server, "cases") == test::rawCount(file, "cases"));
    CHECK(test::rawCount(server, "attachment_contents") == test::rawCount(file, "attachment_contents"));

    // And back: the server's document imported into a new file exports the same document again.
    auto back = runCliCommand({"--db", dir.file("back.sqlite"), "import", "json", dir.file("server.json")});
    INFO(back.err);
    REQUIRE(back.code == 0);
    REQUIRE(runCliCommand({"--db", dir.file("back.sqlite"), "export", "json", "--out", dir.file("back.json")}).code == 0);
    CHECK(test::readFileBytes(dir.file("back.json")) == fileDocument);

    // A second publish into the now non-empty server casebook is refused and changes nothing.
    const auto auditBefore = test::rawCount(server, "audit_log");
    auto again = runCliCommand({"publish", "--from", file, "--to", server});
    CHECK(again.code == 2);
    CHECK_THAT(again.err, Catch::Contains("already holds records"));
    CHECK(test::rawCount(server, "audit_log") == auditBefore);
}

TEST_CASE("Commands work on a server casebook: add, list, show, history, deadlines, search, check")
{
    ::setenv("CASEBOOK_TODAY", "2026-01-15", 1); // the deadlines listed are today's
    test::TempDir dir;
    const std::string server = test::newCasebookLocation(dir);
    REQUIRE(runCliCommand({"--db", server, "demo"}).code == 0);
    const auto cases = runCliCommand({"--db", server, "cases"});
    INFO(cases.err);
    REQUIRE(cases.code == 0);
    // The demo district's cases, as the demo makes them in a file.
    const std::string file = dir.file("demo.sqlite");
    REQUIRE(runCliCommand({"--db", file, "demo"}).code == 0);
    CHECK(cases.out == runCliCommand({"--db", file, "cases"}).out);
    for (const auto &args :
         {std::vector<std::string>{"show", "1"}, {"deadlines", "--within", "400"}, {"search", "county"}}) {
        std::vector<std::string> onServer{"--db", server}, onFile{"--db", file};
        onServer.insert(onServer.end(), args.begin(), args.end());
        onFile.insert(onFile.end(), args.begin(), args.end());
        const auto s = runCliCommand(onServer);
        INFO(args.front() << ": " << s.err);
        CHECK(s.code == 0);
        CHECK(s.out == runCliCommand(onFile).out);
    }
    const auto check = runCliCommand({"--db", server, "check"});
    INFO(check.out << check.err);
    CHECK(check.code == 0);
    const auto history = runCliCommand({"--db", server, "history", "1"});
    INFO(history.err);
    CHECK(history.code == 0);
    CHECK_THAT(history.out, Catch::Contains("casebook_dba")); // the login role the database recorded
}

TEST_CASE("A server that cannot be reached is named without its password, and nothing is created")
{
    const auto run = runCliCommand({"--db", "postgresql://someone:s3cret@/casebook?host=/nonexistent-socket-dir",
                                    "cases"});
    CHECK(run.code == 3);
    CHECK_THAT(run.err, Catch::Contains("cannot connect"));
    CHECK_THAT(run.err, !Catch::Contains("s3cret"));
    CHECK_THAT(run.err, Catch::Contains("password=***"));
}

TEST_CASE("publish refuses a destination that is not a server and a source that is not a file")
{
    test::TempDir dir;
    const std::string file = dir.file("demo.sqlite");
    REQUIRE(runCliCommand({"--db", file, "demo"}).code == 0);
    auto toFile = runCliCommand({"publish", "--from", file, "--to", dir.file("other.sqlite")});
    CHECK(toFile.code == 2);
    CHECK_THAT(toFile.err, Catch::Contains("is not one"));
    CHECK_FALSE(std::ifstream(dir.file("other.sqlite")).good());
    auto usage = runCliCommand({"publish", "--from", file});
    CHECK(usage.code == 1);
}

TEST_CASE("Two people on one server see each other's work in their district and nothing of another district")
{
    test::TempDir dir;
    const std::string server = test::newCasebookLocation(dir);
    REQUIRE(runCliCommand({"--db", server, "demo"}).code == 0); // district 0199999 and its cases
    REQUIRE(runCliCommand({"--db", server, "add", "district", "cds=0299999", "name=Other Unified",
                           "county=Alameda"}).code == 0);
    auto other = runCliCommand({"--db", server, "add", "case", "kind=technical_assistance", "origin=board_request",
                                "district_id=2", "title=Other district's request", "opened_on=2026-01-12"});
    INFO(other.err);
    REQUIRE(other.code == 0);

    // Three people, each their own login role (roles belong to the whole cluster: named for this process).
    const std::string suffix = std::to_string(::getpid());
    const std::string alice = "alice_" + suffix, bob = "bob_" + suffix, carol = "carol_" + suffix;
    for (const auto &role : {alice, bob, carol})
        test::rawExec(server, "CREATE ROLE " + role + " LOGIN");
    for (const auto &[role, district] : {std::pair{alice, "0199999"}, {bob, "0199999"}, {carol, "0299999"}}) {
        auto granted = runCliCommand({"--db", server, "server", "grant", role, "--district", district, "--as", "staff"});
        INFO(granted.err);
        REQUIRE(granted.code == 0);
    }
    const auto as = [&](const std::string &role) { return server + " user=" + role; };

    // Alice logs a communication on the demo's first case; Bob, in the same district, sees it and who wrote it.
    auto logged = runCliCommand({"--db", as(alice), "add", "communication", "case_id=1", "occurred_on=2026-02-03",
                                 "mode=phone", "summary=Alice called the county liaison"});
    INFO(logged.err);
    REQUIRE(logged.code == 0);
    const auto bobSees = runCliCommand({"--db", as(bob), "show", "1", "--format", "json"});
    REQUIRE(bobSees.code == 0);
    CHECK_THAT(bobSees.out, Catch::Contains("Alice called the county liaison"));
    const auto history = runCliCommand({"--db", as(bob), "history", "1"});
    CHECK_THAT(history.out, Catch::Contains(alice));

    // Carol, in the other district, sees only her district's case: not through Casebook, not with SQL.
    const auto carolCases = runCliCommand({"--db", as(carol), "cases"});
    REQUIRE(carolCases.code == 0);
    CHECK_THAT(carolCases.out, Catch::Contains("Other district's request"));
    CHECK_THAT(carolCases.out, !Catch::Contains("0199999"));
    CHECK(runCliCommand({"--db", as(carol), "show", "1"}).code == 2);
    CHECK(test::rawCount(as(carol), "communications") == 0);
    CHECK(test::rawCount(as(carol), "cases") == 1);
    // Nor can she write into the other district.
    CHECK(runCliCommand({"--db", as(carol), "add", "communication", "case_id=1", "occurred_on=2026-02-04",
                         "mode=phone", "summary=not hers"}).code != 0);
    // And Alice and Bob do not see Carol's case.
    CHECK_THAT(runCliCommand({"--db", as(bob), "cases"}).out, !Catch::Contains("Other district's request"));
}
