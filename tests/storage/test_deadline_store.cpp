// The reminder query over a casebook and the calendar settings with their audit rows.
#include "storage/audit.h"
#include "storage/case_bundle.h"
#include "storage/deadline_store.h"

#include "support/deadline_sample.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::date;

namespace {

std::unique_ptr<storage::Database> newCasebook(const test::TempDir &dir)
{
    auto db = storage::Database::open(dir.file("d.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    return std::move(*db);
}

std::vector<storage::AuditEntry> settingsAudit(storage::Database &db)
{
    auto all = storage::readAudit(db);
    REQUIRE(all.ok());
    std::vector<storage::AuditEntry> out;
    for (auto &e : *all)
        if (e.table == "settings")
            out.push_back(e);
    return out;
}

std::vector<std::string> uids(const std::vector<Deadline> &list)
{
    std::vector<std::string> out;
    for (const auto &d : list)
        out.push_back(d.uid);
    return out;
}

} // namespace

TEST_CASE("The set-wise bundles give the same deadlines as loading each case's bundle")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    const auto sample = test::insertDeadlineSample(*db);
    auto open = storage::loadOpenCaseDeadlineBundles(*db);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2); // the withdrawn case is not loaded
    const CalendarSettings settings;
    const Date today = date("2025-09-01"), horizon = date("2027-12-31");
    for (const auto &bundle : *open) {
        INFO("case " << bundle.caseRecord.id);
        CHECK(bundle.caseRecord.id != sample.closed);
        auto full = storage::loadCaseBundle(*db, bundle.caseRecord.id);
        REQUIRE(full.ok());
        CHECK(uids(deadlinesFor(bundle, settings, today, horizon)) == uids(deadlinesFor(*full, settings, today, horizon)));
    }
}

TEST_CASE("Reminders: overdue plus upcoming within the window, or only overdue, or one case")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    const auto sample = test::insertDeadlineSample(*db);
    const CalendarSettings settings;
    storage::ReminderQuery query;
    query.today = date(test::kDeadlineSampleToday);

    query.overdueOnly = true;
    auto overdue = storage::reminders(*db, settings, query);
    REQUIRE(overdue.ok());
    CHECK(uids(*overdue) == std::vector<std::string>{
                                "case-" + std::to_string(sample.required) + "-documentation_item-" +
                                    std::to_string(sample.overdueDocumentation) + "@casebook",
                                "case-" + std::to_string(sample.plan) + "-plan_approval@casebook",
                                "case-" + std::to_string(sample.required) + "-scheduled_communication-2025-08-15@casebook"});
    for (const auto &d : *overdue)
        CHECK(d.state == DeadlineState::Overdue);

    query.overdueOnly = false;
    query.withinDays = 20; // to 2025-09-21: the monitoring review (09-15) and the Q3 report (09-20)
    auto soon = storage::reminders(*db, settings, query);
    REQUIRE(soon.ok());
    REQUIRE(soon->size() == 5);
    CHECK((*soon)[3].source == "monitoring_review");
    CHECK((*soon)[4].source == "documentation_item");
    CHECK((*soon)[4].state == DeadlineState::Upcoming);

    query.caseId = sample.closed; // a withdrawn case keeps its missed item
    auto closed = storage::reminders(*db, settings, query);
    REQUIRE(closed.ok());
    REQUIRE(closed->size() == 1);
    CHECK(closed->front().title == "Documentation: Request letter");

    query.caseId = 999;
    auto missing = storage::reminders(*db, settings, query);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("Calendar settings round-trip through the settings table with an audit row per change")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    auto defaults = storage::loadCalendarSettings(*db);
    REQUIRE(defaults.ok());
    CHECK(defaults->timeZone == "America/Los_Angeles");
    CHECK(dashboardReleaseText(*defaults) == "12-15");

    CalendarSettings s = *defaults;
    s.timeZone = "America/New_York";
    REQUIRE(setDashboardRelease(s, "12-05").ok());
    REQUIRE(storage::saveCalendarSettings(*db, s).ok());
    auto audit = settingsAudit(*db);
    CHECK(audit.size() == 3); // each key created

    s.planApprovalDays = 120;
    REQUIRE(storage::saveCalendarSettings(*db, s).ok());
    audit = settingsAudit(*db);
    REQUIRE(audit.size() == 4); // only the changed key
    CHECK(audit.back().action == "update");
    CHECK_THAT(audit.back().changesJson, Catch::Contains("\"old\":\"0\""));
    CHECK_THAT(audit.back().changesJson, Catch::Contains("\"new\":\"120\""));

    auto loaded = storage::loadCalendarSettings(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->timeZone == "America/New_York");
    CHECK(loaded->dashboardReleaseMonth == 12);
    CHECK(loaded->dashboardReleaseDay == 5);
    CHECK(loaded->planApprovalDays == 120);

    s.planApprovalDays = -1;
    CHECK_FALSE(storage::saveCalendarSettings(*db, s).ok());
    CHECK(settingsAudit(*db).size() == 4);
}

TEST_CASE("A damaged stored setting is reported, not silently replaced by the default")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    REQUIRE(db->connection().exec("INSERT INTO settings (key, value) VALUES ('calendar.dashboard_release', '13-40')").ok());
    auto loaded = storage::loadCalendarSettings(*db);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == ErrorKind::Database);
    CHECK_THAT(loaded.error().message, Catch::Contains("calendar.dashboard_release"));
}
