// add / edit / delete / move / attach / show / history / search from the command line.
#include "support/cli_run.h"
#include "storage/repository.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <sstream>

using namespace casebook;
using casebook::test::TempDir;

namespace {

struct Cli {
    TempDir dir;
    std::string db = dir.file("c.sqlite");
    int code = 0;
    std::string out, err;

    int operator()(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db});
        auto run = casebook::test::runCliCommand(args);
        out = std::move(run.out);
        err = std::move(run.err);
        return code = run.code;
    }
};

} // namespace

TEST_CASE("A case and its records can be scripted end to end")
{
    Cli cli;
    REQUIRE(cli({"init"}) == 0);
    REQUIRE(cli({"add", "district", "cds=0161119", "name=Sample Unified"}) == 0);
    REQUIRE(cli({"add", "case", "kind=technical_assistance", "origin=required", "district_id=1",
                 "title=Differentiated assistance", "opened_on=2026-01-12", "comm_schedule=monthly",
                 "comm_schedule_start=2026-02-12"}) == 0);
    CHECK(cli.out == "Added case 1\n");
    REQUIRE(cli({"add", "communication", "case_id=1", "occurred_on=2026-02-03", "mode=meeting",
                 "participants=County liaison", "summary=Kick-off meeting"}) == 0);
    REQUIRE(cli({"add", "documentation-item", "case_id=1", "title=Q1 report", "due_on=2026-04-15"}) == 0);
    REQUIRE(cli({"edit", "documentation-item", "1", "submitted_on=2026-04-10"}) == 0);
    {
        std::ofstream(cli.dir.file("letter.txt")) << "Determination letter";
    }
    REQUIRE(cli({"attach", "1", cli.dir.file("letter.txt"), "--to", "documentation_item:1"}) == 0);
    CHECK_THAT(cli.out, Catch::Contains("SHA-256"));
    REQUIRE(cli({"move", "1", "active"}) == 0);

    REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
    const auto doc = nlohmann::json::parse(cli.out);
    CHECK(doc["status"] == "active");
    CHECK(doc["activities"].size() == 5);
    CHECK(doc["communications"][0]["summary"] == "Kick-off meeting");
    CHECK(doc["documentation_items"][0]["submitted_on"] == "2026-04-10");
    // The same new-record defaults as the GUI's (services/record_defaults.h): BP 0520's documentation
    // goes to the County Superintendent.
    CHECK(doc["documentation_items"][0]["recipient"] == "County Superintendent of Schools");
    CHECK(doc["attachments"][0]["owner_type"] == "documentation_item");

    REQUIRE(cli({"history", "1", "--format", "json"}) == 0);
    const auto trail = nlohmann::json::parse(cli.out);
    CHECK(trail.size() >= 10);
    CHECK(trail.back()["changes"]["status"]["new"] == "active");

    REQUIRE(cli({"search", "kick-off"}) == 0);
    CHECK_THAT(cli.out, Catch::Contains("communication"));

    REQUIRE(cli({"edit", "documentation-item", "1", "submitted_on="}) == 0); // clears it
    REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
    CHECK(nlohmann::json::parse(cli.out)["documentation_items"][0]["submitted_on"].is_null());

    REQUIRE(cli({"delete", "communication", "1"}) == 0);
    REQUIRE(cli({"delete", "case", "1"}) == 0);
    REQUIRE(cli({"cases", "--format", "json"}) == 0);
    CHECK(nlohmann::json::parse(cli.out).empty());
}

TEST_CASE("Scripted edits are refused with the field named, exit 2, and nothing changes")
{
    Cli cli;
    REQUIRE(cli({"init"}) == 0);
    REQUIRE(cli({"add", "district", "cds=0161119", "name=Sample Unified"}) == 0);
    REQUIRE(cli({"add", "case", "kind=spi_intervention", "district_id=1", "title=SPI", "opened_on=2026-01-12"}) == 0);
    const auto counts = [&] {
        cli({"check"});
        return cli.out;
    };
    const std::string before = counts();

    struct Bad {
        std::vector<std::string> args;
        int code;
        const char *message;
    };
    const Bad bad[] = {
        {{"add", "district", "cds=123", "name=Short"}, 2, "cds: expected a 7-digit county-district code"},
        {{"add", "communication", "case_id=1", "bogus=1"}, 2, "bogus: is not a field of a communication"},
        {{"add", "communication", "case_id=1", "occurred_on=2026-02-30", "summary=x"}, 2, "is not a day of the calendar"},
        {{"add", "communication", "case_id=1", "occurred_on=2026-02-03", "mode=fax", "summary=x"}, 2,
         "unknown communication mode \"fax\""},
        {{"add", "spi-action", "case_id=1", "kind=stay_or_rescind", "description=Rescind the MOU",
          "required_by_bargaining_agreement=1"}, 2, "collective bargaining agreement"},
        {{"add", "widget", "x=1"}, 1, "unknown record type \"widget\""},
        {{"add", "communication", "case_id"}, 2, "expected FIELD=VALUE"},
        {{"edit", "case", "1", "status=closed"}, 2, "changes with `casebook-cli move`"},
        {{"edit", "case", "99", "title=x"}, 2, "case 99 does not exist"},
        {{"edit", "case", "x1", "title=x"}, 1, "must be a record id"},
        {{"move", "1", "closed"}, 2, "cannot go from \"Identified\" to \"Closed\""},
        {{"move", "1", "finished"}, 2, "unknown case status \"finished\""},
        {{"attach", "1", "/nonexistent/file.pdf"}, 4, "cannot read /nonexistent/file.pdf"},
        {{"attach", "1", "/etc/hostname", "--to", "memo:3"}, 1, "--to expects TYPE:ID"},
        {{"delete", "communication", "42"}, 2, "communication 42 does not exist"},
    };
    for (const auto &b : bad) {
        INFO(b.args[0] + " " + b.args[1]);
        CHECK(cli(b.args) == b.code);
        CHECK_THAT(cli.err, Catch::Contains(b.message));
    }
    CHECK(counts() == before);
}

TEST_CASE("history gives times in the casebook's time zone, fields in words and money in dollars")
{
    Cli cli;
    REQUIRE(cli({"init"}) == 0);
    REQUIRE(cli({"add", "district", "cds=0161119", "name=Sample Unified"}) == 0);
    REQUIRE(cli({"add", "case", "kind=technical_assistance", "origin=required", "district_id=1",
                 "title=Differentiated assistance", "opened_on=2026-01-12"}) == 0);
    REQUIRE(cli({"add", "communication", "case_id=1", "occurred_on=2026-02-03", "mode=meeting",
                 "participants=County liaison", "summary=Kick-off meeting"}) == 0);
    REQUIRE(cli({"add", "partner", "case_id=1", "type=county_office", "name=County office", "scope=Data coaching",
                 "cost_cents=4500000", "start_on=2026-02-01"}) == 0);
    {
        std::ofstream(cli.dir.file("letter.txt")) << "Determination letter";
    }
    REQUIRE(cli({"attach", "1", cli.dir.file("letter.txt")}) == 0);
    REQUIRE(cli({"history", "1"}) == 0);
    INFO(cli.out);
    // The default zone is America/Los_Angeles (PST in winter, PDT in summer): every line starts with
    // the local time and the zone's abbreviation, and no UTC time ("…T17:15:00Z") is left.
    std::istringstream lines(cli.out);
    int count = 0;
    for (std::string line; std::getline(lines, line); ++count)
        CHECK(std::regex_search(line, std::regex("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d P[SD]T  ")));
    CHECK(count >= 8);
    CHECK_FALSE(std::regex_search(cli.out, std::regex("\\dT\\d\\d:\\d\\d")));
    // Field names in words, money in dollars (cost_cents=4500000 is $45,000.00).
    CHECK_THAT(cli.out, Catch::Contains("Occurred on: 2026-02-03"));
    CHECK_THAT(cli.out, Catch::Contains("Cost: $45,000.00"));
    CHECK_THAT(cli.out, Catch::Contains("File name: letter.txt"));
    CHECK_THAT(cli.out, Catch::Contains("Added: 20"));
    CHECK_THAT(cli.out, !Catch::Contains("occurred_on") && !Catch::Contains("cost_cents") &&
                            !Catch::Contains("4500000") && !Catch::Contains("{\""));
}

TEST_CASE("edit --version refuses (exit 2) a record changed or deleted since that version, unless --force")
{
    Cli cli;
    REQUIRE(cli({"init"}) == 0);
    REQUIRE(cli({"add", "district", "cds=0161119", "name=Sample Unified"}) == 0);
    REQUIRE(cli({"add", "case", "kind=technical_assistance", "origin=board_request", "district_id=1",
                 "title=Board request", "opened_on=2026-01-12"}) == 0);
    REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
    const auto read = nlohmann::json::parse(cli.out);
    const auto activity = read["activities"][0];
    const std::string id = std::to_string(activity["id"].get<long long>());
    const std::string version = std::to_string(activity["version"].get<long long>());
    CHECK(activity["version"].get<long long>() > 0);

    // Somebody else changes the activity after our read.
    REQUIRE(cli({"edit", "activity", id, "owner=Data analyst", "--version", version}) == 0);
    REQUIRE(cli({"history", "1", "--format", "json"}) == 0);
    const auto last = nlohmann::json::parse(cli.out).back();
    REQUIRE(last["action"] == "update");

    // Our edit, based on the version we read, is refused and says who, when and what.
    const std::string before = [&] {
        REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
        return cli.out;
    }();
    CHECK(cli({"edit", "activity", id, "notes=Our notes", "--version", version}) == 2);
    CHECK_THAT(cli.err, Catch::Contains("activity " + id + " was changed by " + last["os_user"].get<std::string>() +
                                        " at " + last["at_utc"].get<std::string>()));
    CHECK_THAT(cli.err, Catch::Contains("owner: (empty) → Data analyst"));
    CHECK_THAT(cli.err, Catch::Contains("--force"));
    REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
    CHECK(cli.out == before);

    // With the version it has now, or with --force, it goes through.
    const std::string now = std::to_string(nlohmann::json::parse(before)["activities"][0]["version"].get<long long>());
    CHECK(now != version);
    REQUIRE(cli({"edit", "activity", id, "notes=Our notes", "--version", now}) == 0);
    REQUIRE(cli({"edit", "activity", id, "notes=Forced", "--version", version, "--force"}) == 0);
    REQUIRE(cli({"show", "1", "--format", "json"}) == 0);
    CHECK(nlohmann::json::parse(cli.out)["activities"][0]["notes"] == "Forced");
    CHECK(nlohmann::json::parse(cli.out)["activities"][0]["owner"] == "Data analyst");

    // A deleted case: the edit names the deletion.
    REQUIRE(cli({"delete", "case", "1"}) == 0);
    CHECK(cli({"edit", "case", "1", "title=Renamed"}) == 2);
    CHECK_THAT(cli.err, Catch::Contains("case 1 was deleted by "));
    CHECK(cli({"edit", "activity", id, "notes=Late", "--version", now}) == 2);
    CHECK_THAT(cli.err, Catch::Contains("activity " + id + " was deleted by "));
}
