// Dashboard files in the layouts CDE publishes, one per (indicator, year): the header lines are the
// published column lists (docs/data-formats.md cites each page), the values are invented for the
// fictional Sample Unified. What each test expects is read off CDE's record layouts and the year's
// criteria by hand — never off Casebook's own tables:
//  - chronic22.asp and suspindicator22.asp code statuslevel 1 = Very High ... 5 = Very Low; ela22.asp,
//    ccdata2023.asp and the other indicators code 1 = Very Low ... 5 = Very High;
//  - the 2022 criteria: Very Low status on both ELA and math (P4), Very High chronic absenteeism (P5),
//    Very High suspension (P6); 2023: CCI Very Low status (P8); the colour criteria otherwise;
//  - only the groups of CDE's eligibility file qualify (never ALL, EO, SBA, CAA); 30 students, 15 for
//    foster youth, homeless youth and long-term English learners (Ed Code 52052(a)(3)).
#include "domain/eligibility.h"
#include "io/dashboard_import.h"
#include "io/findings_report.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace casebook;
using casebook::test::TempDir;

namespace {

const std::filesystem::path kLayouts = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard" / "layouts";
const std::string kDistrict = "0161119";
const std::string kDistrictRow = "01611190000000";

std::unique_ptr<storage::Database> openDb(const std::string &path)
{
    auto db = storage::Database::open(path, storage::Database::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
    (*db)->setUserName("tester");
    return std::move(*db);
}

void importYear(storage::Database &db, int year, const std::vector<std::string> &skip = {})
{
    for (const auto &entry : std::filesystem::directory_iterator(kLayouts / std::to_string(year))) {
        const std::string name = entry.path().filename().string();
        if (std::find(skip.begin(), skip.end(), name) != skip.end())
            continue;
        INFO(name);
        auto report = io::importDashboardFile(db, entry.path().string());
        REQUIRE(report.ok());
        CHECK(report->year == year);
    }
}

EligibilityDetermination decide(storage::Database &db, int year)
{
    auto results = storage::dashboardResultsFor(db, kDistrictRow, year);
    REQUIRE(results.ok());
    auto d = determineEligibility(kDistrict, year, *results, {}, std::nullopt);
    REQUIRE(d.ok());
    return *d;
}

std::map<std::string, std::vector<int>> prioritiesByGroup(const EligibilityDetermination &d)
{
    std::map<std::string, std::vector<int>> out;
    for (const auto &g : d.groups)
        out[g.studentGroup] = g.priorities;
    return out;
}

DashboardResult resultOf(storage::Database &db, int year, Indicator indicator, const std::string &group)
{
    auto results = storage::dashboardResultsFor(db, kDistrictRow, year);
    REQUIRE(results.ok());
    for (const auto &r : *results)
        if (r.indicator == indicator && r.studentGroup == group)
            return r;
    FAIL("no " << group << " result");
    return {};
}

} // namespace

TEST_CASE("2022 (status only): chronic absenteeism and suspension status levels are read as CDE codes them")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    importYear(*db, 2022, {"ccidownload2022.txt"});

    // chronic22.asp: 1 = Very High; 5 = Very Low. ela22.asp: 1 = Very Low.
    CHECK(statusLevelOf(resultOf(*db, 2022, Indicator::ChronicAbsenteeism, "SWD")) == StatusLevel::VeryHigh);
    CHECK(statusLevelOf(resultOf(*db, 2022, Indicator::ChronicAbsenteeism, "SED")) == StatusLevel::VeryLow);
    CHECK(statusLevelOf(resultOf(*db, 2022, Indicator::Suspension, "SWD")) == StatusLevel::High);
    CHECK(statusLevelOf(resultOf(*db, 2022, Indicator::ELA, "SWD")) == StatusLevel::VeryLow);
    CHECK(performanceLabel(resultOf(*db, 2022, Indicator::ChronicAbsenteeism, "SED"), true) == "Very Low status");
    CHECK(performanceLabel(resultOf(*db, 2022, Indicator::Suspension, "HOM"), true) == "Very High status");

    const auto d = decide(*db, 2022);
    // SWD: Very Low ELA and math (P4) and Very High chronic absenteeism (P5).
    // HOM (20 students, 15 needed): Very High chronic absenteeism (P5) and Very High suspension (P6);
    //   its math is Low, so no P4.
    // SED has Very Low absenteeism and suspension (the best levels): no criterion.
    // EO and SBA meet criteria on paper but are not groups CDE counts; ALL is not either.
    CHECK(prioritiesByGroup(d) == std::map<std::string, std::vector<int>>{{"HOM", {5, 6}}, {"SWD", {4, 5}}});
    CHECK(d.eligible);
    CHECK(d.grounds.size() == 2);

    const auto f = findDashboardFindings(2022, *storage::dashboardResultsFor(*db, kDistrictRow, 2022));
    // Suspension: all students Low (code 4), SWD High (code 2): two levels worse.
    const bool suspensionDisparity = std::any_of(f.disparities.begin(), f.disparities.end(), [](const auto &x) {
        return x.studentGroup == "SWD" && x.indicator == Indicator::Suspension;
    });
    CHECK(suspensionDisparity);
    // SED's Very Low absenteeism is not low performance.
    CHECK(std::none_of(f.lowPerforming.begin(), f.lowPerforming.end(), [](const auto &x) {
        return x.studentGroup == "SED";
    }));
    CHECK(std::any_of(f.lowPerforming.begin(), f.lowPerforming.end(), [](const auto &x) {
        return x.studentGroup == "SWD" && x.indicator == Indicator::ChronicAbsenteeism &&
               x.text.find("Very High status") != std::string::npos;
    }));
}

TEST_CASE("2022 layouts: no colour, prior year or change; ELPI rows are the English learner group; a state row is not an LEA")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    importYear(*db, 2022, {"ccidownload2022.txt"});
    const auto elpi = resultOf(*db, 2022, Indicator::ELPI, "EL");
    CHECK(elpi.currDenom == 900);
    CHECK_FALSE(elpi.color);
    CHECK_FALSE(resultOf(*db, 2022, Indicator::ELA, "ALL").priorDenom);
    // The state row (rtype X, CDS all zeros) is kept as published and counted for no district.
    auto state = storage::dashboardResultsFor(*db, "00000000000000", 2022);
    REQUIRE(state.ok());
    CHECK(state->size() == 2);
}

TEST_CASE("The 2022 College/Career file carries measures only and is refused with the reason")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    auto report = io::importDashboardFile(*db, (kLayouts / "2022" / "ccidownload2022.txt").string());
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().text(), Catch::Contains("ccidownload2022.txt") && Catch::Contains("ccdata2022.asp") &&
                                          Catch::Contains("did not report the College/Career Indicator"));
    CHECK(std::get<std::int64_t>(*db->connection().scalar("SELECT count(*) FROM dashboard_imports")) == 0);
}

TEST_CASE("2023: the College/Career file without colour is read, and its Very Low status meets Priority 8")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    importYear(*db, 2023);
    const auto d = decide(*db, 2023);
    // SWD: ELA Red + math Orange (P4), graduation Red (P5), CCI Very Low status (P8).
    // AA: math Red + ELA Orange (P4), suspension Red (P6); CCI Low is not Very Low.
    // EL: ELPI Red (P4) only: it meets the criteria in one priority.
    CHECK(prioritiesByGroup(d) ==
          std::map<std::string, std::vector<int>>{{"AA", {4, 6}}, {"EL", {4}}, {"SWD", {4, 5, 8}}});
    CHECK(d.eligible);
    CHECK(d.qualifyingGroups() == std::vector<std::string>{"AA", "SWD"});
    for (const auto &g : d.groups) // the eligibility file's legend: D = 4, 6; H = 4, 5, 8
        CHECK(g.letter == (g.studentGroup == "AA" ? "D" : g.studentGroup == "SWD" ? "H" : ""));
}

TEST_CASE("A file that lacks what its own year publishes is refused, naming the column and CDE's page")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    // The 2023 ELA file without its color column.
    std::ifstream in(kLayouts / "2023" / "eladownload2023.txt", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    std::string out;
    std::istringstream lines(text);
    for (std::string l; std::getline(lines, l);) {
        std::vector<std::string> fields;
        std::stringstream ls(l);
        for (std::string f; std::getline(ls, f, '\t');)
            fields.push_back(f);
        fields.erase(fields.begin() + 16); // color (field 17 of the 2023 layout)
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "\t" : "") + fields[i];
        out += "\n";
    }
    const std::string path = dir.file("eladownload2023.txt");
    std::ofstream(path, std::ios::binary) << out;
    auto report = io::importDashboardFile(*db, path);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().text(), Catch::Contains("\"color\" is missing") && Catch::Contains("ela23.asp"));
}

TEST_CASE("2024: long-term English learners of 15 or more count, all students never qualify, SBA and CAA are kept")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    importYear(*db, 2024);
    const auto d = decide(*db, 2024);
    // LTEL (20 and 21 students; 15 needed): ELA Red + math Red (P4), chronic absenteeism Red (P5).
    // SWD: ELA Red with math Yellow is no P4; chronic Red is P5 alone.
    // FOS has 14 students (15 needed). ALL meets P4 and P5 but is not a student group CDE counts.
    CHECK(prioritiesByGroup(d) == std::map<std::string, std::vector<int>>{{"LTEL", {4, 5}}, {"SWD", {5}}});
    CHECK(d.eligible);
    CHECK(d.qualifyingGroups() == std::vector<std::string>{"LTEL"});
    // The SBA and CAA rows are stored as published and shown by name.
    CHECK(resultOf(*db, 2024, Indicator::ELA, "SBA").currDenom == 5100);
    CHECK(studentGroupName("CAA") == "Took the California Alternate Assessment");
}

TEST_CASE("Ed Code 52072(a) over the real-layout years: never three qualifying groups, so no referral")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    importYear(*db, 2022, {"ccidownload2022.txt"});
    importYear(*db, 2023);
    importYear(*db, 2024);
    auto f = io::referralFor(*db, kDistrict, 2024);
    REQUIRE(f.ok());
    // 2021 had no Dashboard. 2022: SWD and HOM qualify, SED is the third significant group (3 needed);
    // 2023: AA and SWD (EL is the third); 2024: LTEL only, of two significant groups (SWD, LTEL; FOS has 14
    // students), so both would be needed ("all of the school district's pupil subgroups").
    CHECK(f->decided);
    CHECK_FALSE(f->referred);
    CHECK(f->yearsMet.empty());
    CHECK_THAT(f->explanation, Catch::Contains("2022 2 of 3 needed") && Catch::Contains("2023 2 of 3 needed") &&
                                   Catch::Contains("2024 1 of 2 needed") && Catch::Contains("2021 no Dashboard"));
}
