// casebook-cli commands run in-process: output, exit codes and help texts.
#include "support/cli_run.h"
#include "cli/command.h"
#include "storage/case_store.h"
#include "storage/migrations.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <set>
#include <sstream>

using namespace casebook;
using casebook::test::runCliCommand;
using casebook::test::TempDir;

namespace {


} // namespace

TEST_CASE("init then check reports the schema version and zero counts")
{
    TempDir dir;
    const auto db = dir.file("x.sqlite");
    auto init = runCliCommand({"--db", db, "init"});
    REQUIRE(init.code == 0);
    CHECK_THAT(init.out, Catch::Contains("Created casebook"));
    auto check = runCliCommand({"--db", db, "check"});
    REQUIRE(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("schema version: " + std::to_string(storage::currentSchemaVersion())));
    CHECK_THAT(check.out, Catch::Contains("integrity: ok"));
    CHECK_THAT(check.out, Catch::Contains("cases:                0"));
    CHECK_THAT(check.out, Catch::Contains("communications:       0"));
}

TEST_CASE("A casebook with a newer schema exits 3 naming both versions")
{
    TempDir dir;
    const auto db = dir.file("newer.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    auto check = runCliCommand({"--db", db, "check"});
    CHECK(check.code == 3);
    CHECK_THAT(check.err, Catch::Contains("schema version 99"));
    CHECK_THAT(check.err, Catch::Contains("schema version " + std::to_string(storage::currentSchemaVersion())));
}

TEST_CASE("cases lists every case as text and as JSON")
{
    TempDir dir;
    const auto path = dir.file("c.sqlite");
    {
        auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        auto sample = test::insertSampleDistrict(**db);
        REQUIRE(storage::createCase(**db, test::requiredCase(sample.district.id)).ok());
        REQUIRE(storage::createCase(**db, test::schoolPlanCase(sample.district.id, sample.school.id)).ok());
    }
    auto text = runCliCommand({"--db", path, "cases"});
    REQUIRE(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("required_assistance"));
    CHECK_THAT(text.out, Catch::Contains("01611190130229"));
    CHECK_THAT(text.out, Catch::Contains("determined"));

    auto json = runCliCommand({"--db", path, "cases", "--format", "json"});
    REQUIRE(json.code == 0);
    const auto list = nlohmann::json::parse(json.out);
    REQUIRE(list.size() == 2);
    CHECK(list[0]["type"] == "technical_assistance");
    CHECK(list[0]["origin"] == "required");
    CHECK(list[0]["district"] == "0161119");
    CHECK(list[0]["school"].is_null());
    CHECK(list[1]["type"] == "school_plan");
    CHECK(list[1]["school"] == "01611190130229");
    CHECK(list[1]["status"] == "identified");
}

TEST_CASE("Usage errors exit 1 with a message, and help texts list every command and option")
{
    CHECK(runCliCommand({}).code == 1);
    auto unknown = runCliCommand({"frobnicate"});
    CHECK(unknown.code == 1);
    CHECK_THAT(unknown.err, Catch::Contains("unknown command \"frobnicate\""));
    auto badOption = runCliCommand({"--db", "/nonexistent/x.sqlite", "cases", "--colour"});
    CHECK(badOption.code == 1);
    CHECK_THAT(badOption.err, Catch::Contains("unknown option --colour"));
    auto badFormat = runCliCommand({"--db", "/nonexistent/x.sqlite", "cases", "--format", "xml"});
    CHECK(badFormat.code == 1);
    CHECK_THAT(badFormat.err, Catch::Contains("text, json"));

    auto help = runCliCommand({"--help"});
    CHECK(help.code == 0);
    for (const char *command : {"init", "check", "cases", "version"})
        CHECK_THAT(help.out, Catch::Contains(std::string("  ") + command));
    CHECK_THAT(help.out, Catch::Contains("Exit codes"));
    for (const char *code : {"0 success", "1 usage error", "2 bad input", "3 database error", "4 file error",
                             "5 internal error"})
        CHECK_THAT(help.out, Catch::Contains(code));
    auto casesHelp = runCliCommand({"cases", "--help"});
    CHECK(casesHelp.code == 0);
    CHECK_THAT(casesHelp.out, Catch::Contains("--format text|json"));
    CHECK(runCliCommand({"help", "cases"}).out == casesHelp.out);
}

TEST_CASE("A missing casebook is a database error, not a crash")
{
    TempDir dir;
    auto r = runCliCommand({"--db", dir.file("missing.sqlite"), "cases"});
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("does not exist"));
}

TEST_CASE("version names the schema, SQLite and Qt")
{
    auto r = runCliCommand({"--version"});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("schema version"));
    CHECK_THAT(r.out, Catch::Contains("SQLite 3."));
}

TEST_CASE("demo fills a casebook with a case of every type, once")
{
    TempDir dir;
    const auto db = dir.file("demo.sqlite");
    auto first = runCliCommand({"--db", db, "demo"});
    REQUIRE(first.code == 0);
    auto json = runCliCommand({"--db", db, "cases", "--format", "json"});
    const auto list = nlohmann::json::parse(json.out);
    std::set<std::string> kinds;
    for (const auto &c : list)
        kinds.insert(c["type"].get<std::string>() + "/" + (c["origin"].is_null() ? "" : c["origin"].get<std::string>()));
    CHECK(kinds == std::set<std::string>{"technical_assistance/required", "technical_assistance/board_request",
                                         "spi_intervention/", "school_plan/"});
    auto again = runCliCommand({"--db", db, "demo"});
    CHECK(again.code == 2);
    CHECK_THAT(again.err, Catch::Contains("already holds the demo district"));
    auto check = runCliCommand({"--db", db, "check"});
    CHECK(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("communications:       20"));
}

TEST_CASE("Every command's --help is complete: synopsis, summary and every option")
{
    for (const auto &command : casebook::cli::allCommands()) {
        INFO(command.name);
        std::vector<std::string> args;
        std::istringstream words(command.name);
        for (std::string w; words >> w;)
            args.push_back(w);
        args.push_back("--help");
        auto r = runCliCommand(args);
        CHECK(r.code == 0);
        // A server command's --db is a connection URI, and required.
        CHECK_THAT(r.out, Catch::StartsWith(std::string("Usage: casebook-cli ") +
                                            (command.onServer ? "--db URI " : "[--db PATH] ") + command.name));
        CHECK_THAT(r.out, Catch::Contains(command.onServer ? "--db URI\n" : "--db PATH|URI\n"));
        CHECK_THAT(r.out, Catch::Contains(command.summary));
        for (const auto &option : command.options)
            CHECK_THAT(r.out, Catch::Contains(option.name) && Catch::Contains(option.help.substr(0, 20)));
        CHECK_FALSE(command.summary.empty());
    }
}
