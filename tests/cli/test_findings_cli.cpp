// casebook-cli import dashboard / local-indicator / findings, and the findings JSON against its schema.
#include "support/cli_run.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using casebook::test::TempDir;
using casebook::test::runCliCommand;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard";

} // namespace

TEST_CASE("import dashboard, local-indicator and findings work together - JSON follows its schema")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0); // only init and demo create a casebook (a mistyped --db must not)
    auto imported = runCliCommand({"--db", db, "import", "dashboard", (kFixtures / "eladownload2024.txt").string(),
                         (kFixtures / "mathdownload2024.txt").string(), (kFixtures / "chronicdownload2024.txt").string()});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    CHECK(imported.err.empty()); // no progress when not on a terminal
    CHECK_THAT(imported.out, Catch::Contains("eladownload2024.txt: imported 7 ELA results of the 2024 Dashboard (import 1)"));
    auto again = runCliCommand({"--db", db, "import", "dashboard", (kFixtures / "eladownload2024.txt").string()});
    CHECK(again.code == 0);
    CHECK_THAT(again.out, Catch::Contains("unchanged"));

    auto local = runCliCommand({"--db", db, "local-indicator", "--district", "0161119", "--year", "2024", "--priority", "2",
                      "--status", "not_met_two_years", "--calpads-late", "no"});
    INFO(local.err);
    REQUIRE(local.code == 0);
    CHECK_THAT(local.out, Catch::Contains("Priority 2 (Implementation of State Academic Standards) local indicator Not Met for Two or More Years"));

    auto text = runCliCommand({"--db", db, "findings", "--district", "0161119"});
    REQUIRE(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("Differentiated assistance: ELIGIBLE"));
    CHECK_THAT(text.out, Catch::Contains("Students with Disabilities: Priority 4 (ELA Red, Math Orange) and Priority 5 "
                                         "(Chronic Absenteeism Red)"));

    auto json = runCliCommand({"--db", db, "findings", "--district", "0161119", "--year", "2024", "--format", "json"});
    REQUIRE(json.code == 0);
    const auto doc = nlohmann::json::parse(json.out);
    CHECK(doc["district"] == "0161119");
    CHECK(doc["year"] == 2024);
    CHECK(doc["eligible"] == true);
    CHECK(doc["calpads_late"] == false);
    bool swd = false;
    for (const auto &g : doc["groups"])
        if (g["studentgroup"] == "SWD") {
            swd = true;
            CHECK(g["priorities"] == nlohmann::json::array({4, 5}));
            CHECK(g["reasons"].size() == 2);
        }
    CHECK(swd);
    // Foster youth with 14 students are not numerically significant: no finding about them.
    for (const auto &g : doc["groups"])
        CHECK(g["studentgroup"] != "FOS");

    const auto jsonPath = dir.file("findings.json");
    std::ofstream(jsonPath) << json.out;
    const std::string schema = std::string(CASEBOOK_SCHEMA_DIR) + "/findings.schema.json";
    const std::string command = "/usr/bin/python3 -c 'import json, sys, jsonschema; "
                                "s = json.load(open(sys.argv[1])); jsonschema.Draft7Validator.check_schema(s); "
                                "jsonschema.validate(json.load(open(sys.argv[2])), s)' '" +
                                schema + "' '" + jsonPath + "'";
    CHECK(std::system(command.c_str()) == 0);
    // The schema can fail: a district code of six digits is refused.
    std::ofstream(jsonPath) << "{\"version\":1,\"district\":\"161119\",\"year\":2024,\"eligible\":false,\"groups\":[]}";
    CHECK(std::system((command + " 2>/dev/null").c_str()) != 0);
}

TEST_CASE("Bad input exits 2 with the file, line and column - unknown districts and years are explained")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    const auto file = dir.file("suspdownload2024.txt");
    std::ofstream(file) << "cds\trtype\tstudentgroup\tcurrdenom\tstatuslevel\tcolor\treportingyear\n"
                           "01611190000000\tD\tALL\tmany\t2\t1\t2024\n";
    auto bad = runCliCommand({"--db", db, "import", "dashboard", file});
    CHECK(bad.code == 2);
    CHECK_THAT(bad.err, Catch::Contains("suspdownload2024.txt line 2, column currdenom"));
    auto noIndicator = runCliCommand({"--db", db, "import", "dashboard", "--indicator", "science", file});
    CHECK(noIndicator.code == 2);
    CHECK_THAT(noIndicator.err, Catch::Contains("unknown indicator \"SCIENCE\""));
    auto none = runCliCommand({"--db", db, "findings", "--district", "0161119"});
    CHECK(none.code == 2);
    CHECK_THAT(none.err, Catch::Contains("no Dashboard results for district 0161119"));
    auto year = runCliCommand({"--db", db, "local-indicator", "--district", "0161119", "--year", "2021", "--priority", "4",
                     "--status", "met"});
    CHECK(year.code == 2);
    CHECK_THAT(year.err, Catch::Contains("expected 1, 2, 3, 6 or 7"));
    auto late = runCliCommand({"--db", db, "local-indicator", "--district", "0161119", "--year", "2023", "--calpads-late", "yes"});
    CHECK(late.code == 2);
    CHECK_THAT(late.err, Catch::Contains("from the 2024 Dashboard on"));
}

TEST_CASE("from-findings opens the required case the findings call for, with its groups, or says why not")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    REQUIRE(runCliCommand({"--db", db, "import", "dashboard", (kFixtures / "eladownload2024.txt").string(),
                 (kFixtures / "mathdownload2024.txt").string(), (kFixtures / "chronicdownload2024.txt").string()})
                .code == 0);
    // Not eligible on a Dashboard year without results; a malformed code is refused before opening the file.
    CHECK(runCliCommand({"--db", db, "from-findings", "--district", "0161119", "--year", "2023"}).code == 2);
    CHECK(runCliCommand({"--db", db, "from-findings", "--district", "16111", "--year", "2024"}).code == 2);
    CHECK(runCliCommand({"--db", db, "from-findings", "--district", "0161119"}).code == 1);

    // Students with Disabilities: ELA Red and Math Orange (priority 4), chronic absenteeism Red (priority 5).
    auto opened = runCliCommand({"--db", db, "from-findings", "--district", "0161119", "--year", "2024", "--identified-on",
                       "2024-12-18", "--letter-on", "2025-01-20", "--opened-on", "2025-01-22", "--schedule", "monthly",
                       "--schedule-start", "2025-02-15", "--county-contact", "COE liaison"});
    INFO(opened.err);
    REQUIRE(opened.code == 0);
    CHECK_THAT(opened.out, Catch::Contains("Opened case 1: Differentiated assistance"));
    CHECK_THAT(opened.out, Catch::Contains("qualifying group Students with Disabilities"));
    CHECK_THAT(opened.out, Catch::Contains("(priority 4)"));
    CHECK_THAT(opened.out, Catch::Contains("(priority 5)"));

    auto shown = runCliCommand({"--db", db, "show", "1", "--format", "json"});
    REQUIRE(shown.code == 0);
    const auto c = nlohmann::json::parse(shown.out);
    CHECK(c["origin"] == "required");
    CHECK(c["status"] == "determined");
    CHECK(c["identification_year"] == 2024);
    CHECK(c["identified_on"] == "2024-12-18");
    CHECK(c["county_letter_on"] == "2025-01-20");
    CHECK(c["activities"].size() == 5);
    CHECK(c["missing"].empty());
    for (const auto &g : c["qualifying_groups"])
        CHECK(g["student_group"] == "SWD"); // only the group that met criteria in two priorities
    // Ed Code 52071(c)(1): two years following the identification of 2024-12-18.
    CHECK_THAT(runCliCommand({"--db", db, "show", "1"}).out, Catch::Contains("earliest close 2026-12-18"));
}
