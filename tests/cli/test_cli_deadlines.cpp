// `casebook-cli deadlines` and `settings` run in-process: what --overdue lists, the formats, and
// the exit codes for bad options.
#include "support/cli_run.h"

#include "support/deadline_sample.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <cstdlib>

using namespace casebook;
using casebook::test::runCliCommand;

namespace {


// A sample casebook, with CASEBOOK_TODAY fixed for the test's duration.
struct SampleCasebook {
    test::TempDir dir;
    std::string path = dir.file("s.sqlite");
    test::DeadlineSample sample;
    SampleCasebook()
    {
        ::setenv("CASEBOOK_TODAY", test::kDeadlineSampleToday, 1);
        auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        sample = test::insertDeadlineSample(**db);
    }
    ~SampleCasebook() { ::unsetenv("CASEBOOK_TODAY"); }
    test::CliRun deadlines(std::vector<std::string> options) const
    {
        std::vector<std::string> args{"--db", path, "deadlines"};
        args.insert(args.end(), options.begin(), options.end());
        return runCliCommand(args);
    }
};

} // namespace

TEST_CASE("deadlines --overdue lists exactly the missed items of the open cases")
{
    SampleCasebook s;
    const auto r = s.deadlines({"--overdue", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    std::vector<std::string> got;
    for (const auto &d : doc["deadlines"]) {
        CHECK(d["state"] == "overdue");
        CHECK(d["days_from_today"].get<int>() < 0);
        got.push_back(d["source"].get<std::string>() + " " + d["due"].get<std::string>());
    }
    CHECK(got == std::vector<std::string>{"documentation_item 2025-06-30", "plan_approval 2025-07-01",
                                          "scheduled_communication 2025-08-15"});
    CHECK(doc["overdue_only"] == true);
    CHECK(doc["today"] == test::kDeadlineSampleToday);
}

TEST_CASE("deadlines lists overdue and upcoming items as a table grouped by case and owner")
{
    SampleCasebook s;
    const auto r = s.deadlines({});
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Case " + std::to_string(s.sample.required) + ": Differentiated assistance"));
    CHECK_THAT(r.out, Catch::Contains("owner: Director, Accountability"));
    CHECK_THAT(r.out, Catch::Contains("owner: Principal"));
    CHECK_THAT(r.out, Catch::Contains("2025-09-20  upcoming  19      Documentation: Q3 report"));
    CHECK_THAT(r.out, Catch::Contains("because the communication schedule of case"));
    CHECK_THAT(r.out, !Catch::Contains("2025-11-15")); // beyond the default 30 days
    CHECK_THAT(r.out, !Catch::Contains("Request letter")); // the withdrawn case

    const auto wide = s.deadlines({"--within", "90"});
    REQUIRE(wide.code == 0);
    CHECK_THAT(wide.out, Catch::Contains("2025-11-15"));

    const auto one = s.deadlines({"--case", std::to_string(s.sample.closed)});
    REQUIRE(one.code == 0);
    CHECK_THAT(one.out, Catch::Contains("Request letter"));
}

TEST_CASE("deadlines writes CSV and iCalendar with CRLF line ends")
{
    SampleCasebook s;
    const auto csv = s.deadlines({"--overdue", "--format", "csv"});
    REQUIRE(csv.code == 0);
    CHECK_THAT(csv.out, Catch::StartsWith("uid,case_id,case_title,source,record_id,title,due,met_on,state,owner,"
                                          "explanation\r\n"));
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') >= 4);
    const auto ics = s.deadlines({"--overdue", "--format", "ics"});
    REQUIRE(ics.code == 0);
    CHECK_THAT(ics.out, Catch::StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK_THAT(ics.out, Catch::EndsWith("END:VCALENDAR\r\n"));
    CHECK(std::count(ics.out.begin(), ics.out.end(), '\n') == std::count(ics.out.begin(), ics.out.end(), '\r'));
    std::size_t events = 0;
    for (std::size_t at = 0; (at = ics.out.find("BEGIN:VEVENT", at)) != std::string::npos; ++at)
        ++events;
    CHECK(events == 3);
}

TEST_CASE("deadlines exit codes: 1 for bad options, 2 for an unknown case, 3 for a missing casebook")
{
    SampleCasebook s;
    struct Row {
        std::vector<std::string> options;
        int code;
        const char *message;
    };
    const std::vector<Row> rows = {
        {{"--format", "xml"}, 1, "unknown --format \"xml\""},
        {{"--within", "abc"}, 1, "--within expects a whole number"},
        {{"--within", "-3"}, 1, "--within expects a whole number"},
        {{"--within", "10x"}, 1, "--within expects a whole number"},
        {{"--within"}, 1, "--within needs a value"},
        {{"--case", "0"}, 1, "--case expects a whole number"},
        {{"--overdue=yes"}, 1, "--overdue takes no value"},
        {{"--soon"}, 1, "unknown option --soon"},
        {{"extra"}, 1, "wrong number of arguments"},
        {{"--case", "999"}, 2, "case 999 does not exist"},
    };
    for (const auto &r : rows) {
        INFO(r.message);
        const auto result = s.deadlines(r.options);
        CHECK(result.code == r.code);
        CHECK_THAT(result.err, Catch::Contains(r.message));
        CHECK(result.out.empty());
    }
    const auto missing = runCliCommand({"--db", s.dir.file("none.sqlite"), "deadlines"});
    CHECK(missing.code == 3);
}

TEST_CASE("settings shows and changes the calendar; bad values exit without changing it")
{
    SampleCasebook s;
    const auto shown = runCliCommand({"--db", s.path, "settings"});
    REQUIRE(shown.code == 0);
    CHECK_THAT(shown.out, Catch::Contains("America/Los_Angeles"));
    CHECK_THAT(shown.out, Catch::Contains("12-15"));
    CHECK_THAT(shown.out, Catch::Contains("by the July 1 after designation"));

    const auto set = runCliCommand({"--db", s.path, "settings", "--dashboard-release", "12-05", "--plan-approval-days", "150",
                          "--time-zone", "America/Denver"});
    REQUIRE(set.code == 0);
    CHECK_THAT(set.out, Catch::Contains("America/Denver"));
    CHECK_THAT(set.out, Catch::Contains("12-05"));
    CHECK_THAT(set.out, Catch::Contains("150 days after designation"));

    CHECK(runCliCommand({"--db", s.path, "settings", "--time-zone", "Mars/Olympus"}).code == 2);
    CHECK(runCliCommand({"--db", s.path, "settings", "--dashboard-release", "12-32"}).code == 2);
    CHECK(runCliCommand({"--db", s.path, "settings", "--plan-approval-days", "x"}).code == 1);
    const auto after = runCliCommand({"--db", s.path, "settings"});
    CHECK_THAT(after.out, Catch::Contains("America/Denver"));
    CHECK_THAT(after.out, Catch::Contains("12-05"));

    // The new settings drive the deadlines: plan approval 150 days after 2025-01-10.
    const auto overdue = s.deadlines({"--overdue", "--format", "csv"});
    CHECK_THAT(overdue.out, Catch::Contains("plan_approval,,CSI plan approval,2025-06-09"));

    // Exit review and the CSI limit (20 USC 6311(d)(3)(A)(i)(I): "not to exceed four years").
    CHECK_THAT(after.out, Catch::Contains("01-31 each year, when CDE's ESSA assistance file is expected"));
    CHECK(runCliCommand({"--db", s.path, "settings", "--csi-exit-years", "5"}).code == 1);
    CHECK(runCliCommand({"--db", s.path, "settings", "--exit-review", "someday"}).code == 2);
    const auto exit = runCliCommand({"--db", s.path, "settings", "--exit-review", "anniversary", "--csi-exit-years", "3"});
    REQUIRE(exit.code == 0);
    CHECK_THAT(exit.out, Catch::Contains("each anniversary of the designation (the district's schedule)"));
    CHECK_THAT(exit.out, Catch::Contains("CSI exit limit:     3 years"));
    const auto upcoming = s.deadlines({"--within", "3660", "--format", "csv"});
    CHECK_THAT(upcoming.out, Catch::Contains("more_rigorous_interventions,,More rigorous interventions if the CSI "
                                             "school has not exited,2028-01-10"));
    CHECK_THAT(upcoming.out, Catch::Contains("exit_review,,Review of the CSI exit determination,2026-01-10"));
}

TEST_CASE("deadlines --from/--to lists every deadline of the range, met and late ones with the day they were met")
{
    // docs/deadlines.md's matching rule on the sample: quarterly from 2025-02-15; the call of
    // 2025-02-10 meets 02-15, the e-mail of 2025-05-20 meets 05-15 late; the Q1 report due
    // 2025-03-31 was submitted 03-28; the Q2 report due 06-30 never was.
    SampleCasebook s;
    const auto r = s.deadlines({"--from", "2025-01-01", "--to", "2025-06-30", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["from"] == "2025-01-01");
    CHECK(doc["to"] == "2025-06-30");
    std::map<std::string, std::pair<std::string, nlohmann::json>> got; // source due -> state, met_on
    for (const auto &d : doc["deadlines"]) {
        CHECK(d["case_id"] != s.sample.closed); // the withdrawn case is not an open one
        CHECK(d["due"] >= "2025-01-01");
        CHECK(d["due"] <= "2025-06-30");
        got[d["source"].get<std::string>() + " " + d["due"].get<std::string>()] = {d["state"], d["met_on"]};
    }
    using Row = std::pair<std::string, nlohmann::json>;
    CHECK(got["scheduled_communication 2025-02-15"] == Row{"met", "2025-02-10"});
    CHECK(got["scheduled_communication 2025-05-15"] == Row{"late", "2025-05-20"});
    CHECK(got["documentation_item 2025-03-31"] == Row{"met", "2025-03-28"});
    CHECK(got["documentation_item 2025-06-30"] == Row{"overdue", nullptr});

    // Reminders and a range are different questions; a range ending before it starts is refused.
    CHECK(s.deadlines({"--from", "2025-01-01", "--within", "10"}).code == 1);
    const auto backwards = s.deadlines({"--from", "2025-06-30", "--to", "2025-01-01"});
    CHECK(backwards.code == 1);
    CHECK_THAT(backwards.err, Catch::Contains("is before the first day listed, 2025-06-30 (--from)"));
    CHECK(s.deadlines({"--from", "2025-02-30"}).code != 0);
}
