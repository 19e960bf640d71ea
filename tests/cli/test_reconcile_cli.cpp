// casebook-cli reconcile: Casebook's determination beside CDE's eligibility file, on Dashboard files
// in CDE's published 2024 layouts (tests/fixtures/dashboard/layouts/2024). What each district should
// show is worked out by hand from the fixtures and the 2024 criteria: Sample Unified's long-term
// English learners meet Priority 4 (ELA Red, math Red) and Priority 5 (chronic absenteeism Red) —
// CDE's letter B — and no other group meets two priorities.
#include "support/cli_run.h"

#include "io/xlsx_samples.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using casebook::test::TempDir;
using casebook::test::runCliCommand;

namespace {

const std::filesystem::path kLayouts = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard" / "layouts";

// A row of the 2024 district sheet: the CDS, the name, the status; letters by group.
constexpr auto row = &casebook::test::eligibilityRow2024;

std::string casebookWith2024(const TempDir &dir, const std::vector<std::vector<std::string>> &rows)
{
    const std::string db = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    std::vector<std::string> args{"--db", db, "import", "dashboard"};
    for (const auto *f : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        args.push_back((kLayouts / "2024" / f).string());
    const auto imported = runCliCommand(args);
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    const std::string file = dir.file("assistancestatus24.xlsx");
    casebook::test::writeEligibility2024(file, rows);
    const auto official = runCliCommand({"--db", db, "import", "eligibility", file});
    INFO(official.err);
    REQUIRE(official.code == 0);
    return db;
}

} // namespace

TEST_CASE("reconcile says \"agrees\" where CDE's file and the Dashboard files agree, group by group")
{
    TempDir dir;
    const auto db = casebookWith2024(dir, {row("01611190000000", "Sample Unified", "Differentiated Assistance",
                                               {{"LTEL", "B"}})});
    const auto r = runCliCommand({"--db", db, "reconcile", "--year", "2024"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("District 0161119 Sample Unified: agrees"));
    CHECK_THAT(r.out, Catch::Contains("LTEL: B (priorities 4, 5) agrees"));
    CHECK_THAT(r.out, Catch::Contains("2024: 1 of 1 compared districts agree with CDE"));
}

TEST_CASE("reconcile names every difference: the group, the letters, the priorities and Casebook's evidence")
{
    TempDir dir;
    // CDE (in this invented file) also lists SWD with B, and gives LTEL A.
    const auto db = casebookWith2024(dir, {row("01611190000000", "Sample Unified", "Differentiated Assistance",
                                               {{"LTEL", "A"}, {"SWD", "B"}}),
                                           row("01611270000000", "Other Elementary", "General Assistance", {})});
    const auto r = runCliCommand({"--db", db, "reconcile", "--year", "2024", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["agree"] == 0);
    CHECK(j["differ"] == 1);
    CHECK(j["not_compared"] == 1);
    const auto &sample = j["districts"][0];
    CHECK(sample["district"] == "0161119");
    CHECK(sample["status_agrees"] == true);
    CHECK(sample["agrees"] == false);
    REQUIRE(sample["differences"].size() == 2);
    CHECK_THAT(sample["differences"][0].get<std::string>(),
               Catch::Contains("Long-Term English Learners (LTEL): Casebook B (priorities 4, 5), CDE A (priorities 4, 5, 6)") &&
                   Catch::Contains("only CDE lists priority 6"));
    CHECK_THAT(sample["differences"][1].get<std::string>(),
               Catch::Contains("Students with Disabilities (SWD): Casebook no letter, CDE B (priorities 4, 5)") &&
                   Catch::Contains("only CDE lists priority 4"));
    const auto &other = j["districts"][1];
    CHECK(other["compared"] == false);
    CHECK_THAT(other["notes"][0].get<std::string>(), Catch::Contains("no Dashboard results of 2024"));
}

TEST_CASE("reconcile --district compares one district, and refuses one the file does not list")
{
    TempDir dir;
    const auto db = casebookWith2024(dir, {row("01611190000000", "Sample Unified", "Differentiated Assistance",
                                               {{"LTEL", "B"}})});
    auto r = runCliCommand({"--db", db, "reconcile", "--year", "2024", "--district", "0161119"});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("agrees"));
    // Refused: a district the file does not list, a year without a file.
    r = runCliCommand({"--db", db, "reconcile", "--year", "2024", "--district", "0161127"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("does not list district 0161127"));
    r = runCliCommand({"--db", db, "reconcile", "--year", "2023"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("no CDE eligibility file for 2023") && Catch::Contains("import eligibility"));
}

TEST_CASE("findings --school judges a charter school on two consecutive Dashboards, and refuses a district school")
{
    TempDir dir;
    const std::string db = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    // The 2023 and 2024 ELA/math/chronic layouts' key columns (ela23.asp, ela24.asp, chronic24.asp), for a
    // charter (charter_flag Y) whose SWD group is Red on ELA, math and chronic absenteeism both years,
    // and a district school that is not a charter.
    const std::string header = "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tcoe_flag\tdass_flag\t"
                               "studentgroup\tcurrdenom\tcurrstatus\tstatuslevel\tchangelevel\tcolor\treportingyear\n";
    for (const std::string year : {"2023", "2024"})
        for (const std::string stem : {"eladownload", "mathdownload", "chronicdownload"}) {
            const std::string path = dir.file(stem + year + ".txt");
            std::ofstream(path) << header
                                << "01611190130000\tS\tSample Charter\tSample Unified\tAlameda\tY\t\t\tSWD\t90\t-80\t1\t3\t1\t"
                                << year << "\n"
                                << "01611190140000\tS\tSample Elementary\tSample Unified\tAlameda\t\t\t\tSWD\t90\t-80\t1\t3\t1\t"
                                << year << "\n";
            const auto imported = runCliCommand({"--db", db, "import", "dashboard", path});
            INFO(imported.err);
            REQUIRE(imported.code == 0);
        }
    auto r = runCliCommand({"--db", db, "findings", "--school", "01611190130000", "--year", "2024"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Differentiated assistance: ELIGIBLE") &&
                          Catch::Contains("both the 2023 and 2024 Dashboards"));
    r = runCliCommand({"--db", db, "findings", "--school", "01611190130000", "--year", "2024", "--format", "json"});
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["eligible"] == true);
    CHECK(j["prior_year"] == 2023);
    CHECK(j["groups"][0]["letter"] == "B");
    r = runCliCommand({"--db", db, "findings", "--school", "01611190140000", "--year", "2024"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("not a charter school"));
    CHECK(runCliCommand({"--db", db, "findings", "--school", "01611190130000", "--district", "0161119"}).code == 1);
}
