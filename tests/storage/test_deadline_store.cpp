// The reminder query over a casebook and the calendar settings with their audit rows.
#include "storage/audit.h"
#include "storage/sqlite.h"
#include "storage/case_bundle.h"
#include "storage/deadline_store.h"

#include "support/deadline_sample.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace casebook;
using casebook::test::date;

namespace {

std::unique_ptr<storage::Database> newCasebook(const test::TempDir &dir)
{
    auto db = storage::Database::open(test::newCasebookLocation(dir, "d.sqlite"), storage::Database::OpenMode::CreateNew);
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
        out.push_back(d.uid());
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
    CHECK((*soon)[3].source == DeadlineSource::MonitoringReview);
    CHECK((*soon)[4].source == DeadlineSource::DocumentationItem);
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
    CHECK(audit.size() == 5); // each key created: time zone, Dashboard release, plan approval, exit review, CSI limit

    s.planApprovalDays = 120;
    REQUIRE(storage::saveCalendarSettings(*db, s).ok());
    audit = settingsAudit(*db);
    REQUIRE(audit.size() == 6); // only the changed key
    CHECK(audit.back().action == "update");
    // The changed key names the field, with its old and new value (the file writes it so, and a server's
    // trigger the same: casebook_audit).
    const auto changes = nlohmann::json::parse(audit.back().changesJson);
    REQUIRE(changes.contains("calendar.plan_approval_days"));
    CHECK(changes["calendar.plan_approval_days"]["old"] == "0");
    CHECK(changes["calendar.plan_approval_days"]["new"] == "120");

    auto loaded = storage::loadCalendarSettings(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->timeZone == "America/New_York");
    CHECK(loaded->dashboardReleaseMonth == 12);
    CHECK(loaded->dashboardReleaseDay == 5);
    CHECK(loaded->planApprovalDays == 120);

    REQUIRE(setExitReview(s, "anniversary").ok());
    s.csiExitLimitYears = 3;
    REQUIRE(storage::saveCalendarSettings(*db, s).ok());
    loaded = storage::loadCalendarSettings(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->exitReviewOnAnniversary);
    CHECK(loaded->csiExitLimitYears == 3);
    CHECK(settingsAudit(*db).size() == 8);

    s.planApprovalDays = -1;
    CHECK_FALSE(storage::saveCalendarSettings(*db, s).ok());
    CHECK(settingsAudit(*db).size() == 8);
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

namespace {

// What the deadline engine itself says on `today`, over every open case: what the kept pending
// deadlines (schema v3) must reproduce.
std::vector<Deadline> engineReminders(storage::Database &db, const CalendarSettings &settings, const Date &today,
                                      int within, bool overdueOnly)
{
    auto bundles = storage::loadOpenCaseDeadlineBundles(db);
    REQUIRE(bundles.ok());
    std::vector<Deadline> out;
    for (const auto &b : *bundles)
        for (auto &d : remindersFor(b, settings, today, within, overdueOnly))
            out.push_back(d);
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.caseId != b.caseId)
            return a.caseId < b.caseId;
        return a.source != b.source ? a.source < b.source : a.recordId < b.recordId;
    });
    return out;
}

// A phrase's parts: "[pattern|enum](arg, ...)", text as "'text'"; kept rows must keep them, not
// only the English, for the desktop window to translate them.
std::string shape(const Phrase &p)
{
    if (p.isText())
        return "'" + p.str() + "'";
    std::string out = "[" + p.pattern() + "|" + p.enumName() + "](";
    for (const auto &a : p.args())
        out += shape(a) + ", ";
    return out + ")";
}

std::string described(const std::vector<Deadline> &list)
{
    std::string out;
    for (const auto &d : list)
        out += d.uid() + " | " + std::string(enumCode(d.state)) + " | " + d.caseTitle.str() + " | " + d.owner.str() + " | " +
               d.explanation() + " | " + shape(d.detailed()) + "\n";
    return out;
}

std::int64_t count(storage::Database &db, const std::string &sql)
{
    auto n = db.connection().scalar(sql);
    REQUIRE(n.ok());
    return std::get<std::int64_t>(*n);
}

void checkAgainstEngine(storage::Database &db, const CalendarSettings &settings, const Date &today)
{
    for (const bool overdueOnly : {false, true}) {
        const int within = overdueOnly ? 0 : 30;
        auto kept = storage::reminders(db, settings, {today, within, overdueOnly, std::nullopt});
        REQUIRE(kept.ok());
        INFO("today " << today.toString() << (overdueOnly ? ", overdue only" : ""));
        CHECK(described(*kept) == described(engineReminders(db, settings, today, within, overdueOnly)));
    }
    CHECK(count(db, "SELECT count(*) FROM deadlines_stale") == 0);
    CHECK(count(db, "SELECT row_count FROM pending_deadlines_state") == count(db, "SELECT count(*) FROM pending_deadlines"));
    // Every row's text is kept, and every kept text is some row's (a refresh takes a case's texts
    // away with its rows).
    CHECK(count(db, "SELECT count(*) FROM pending_deadlines p WHERE NOT EXISTS (SELECT 1 FROM pending_texts t "
                    "WHERE t.case_id = p.case_id AND t.text_no = p.text_no)") == 0);
    CHECK(count(db, "SELECT count(*) FROM pending_texts t WHERE NOT EXISTS (SELECT 1 FROM pending_deadlines p "
                    "WHERE p.case_id = t.case_id AND p.text_no = t.text_no)") == 0);
}

} // namespace

// The deadline sample in a new casebook, checked against the engine once.
struct KeptSample {
    test::TempDir dir;
    std::unique_ptr<storage::Database> db = newCasebook(dir);
    test::DeadlineSample sample = test::insertDeadlineSample(*db);
    CalendarSettings settings;
    Date today = date(test::kDeadlineSampleToday);
    KeptSample() { checkAgainstEngine(*db, settings, today); }
};

TEST_CASE("Kept pending deadlines stay right while six writers log, edit and list at once", "[file]")
{
    KeptSample k;
    // References, not a structured binding: clang 14 does not let a lambda capture one.
    const test::TempDir &dir = k.dir;
    const auto &db = k.db;
    const test::DeadlineSample &sample = k.sample;
    const CalendarSettings &settings = k.settings;
    const Date &today = k.today;
    auto activities = storage::listWhere<Activity>(*db, "case_id", sample.required);
    REQUIRE(activities.ok());
    REQUIRE(activities->size() >= 5);

    // Each writer its own connection, as each person's window is: log a communication, move an
    // activity's due date, and list the deadlines (which brings the kept rows up to date when it can
    // write), over and over, all at the same time.
    constexpr int kWriters = 6, kRounds = 12;
    std::atomic<int> failures = 0;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            auto mine = storage::Database::open((dir.path() / "d.sqlite").string(), storage::Database::OpenMode::OpenExisting);
            if (!mine) {
                ++failures;
                return;
            }
            (*mine)->setBusyTimeout(60000);
            for (int r = 0; r < kRounds; ++r) {
                const Date on = today.addDays(-(w * kRounds + r) % 90);
                const bool ok =
                    storage::insert<Communication>(**mine, {0, sample.required, on, CommunicationMode::Email,
                                                            "County office", "Concurrent check-in " + std::to_string(w), ""})
                        .ok();
                auto a = storage::get<Activity>(**mine, (*activities)[std::size_t(r % 5)].id);
                bool edited = a.ok();
                if (edited) {
                    a->dueOn = today.addDays(w * 3 + r);
                    a->status = ActivityStatus::InProgress;
                    edited = storage::update(**mine, *a).ok();
                }
                const bool listed = storage::reminders(**mine, settings, {today, 30, false, std::nullopt}).ok();
                if (!ok || !edited || !listed)
                    ++failures;
            }
        });
    for (auto &t : writers)
        t.join();
    REQUIRE(failures == 0);
    CHECK(count(*db, "SELECT count(*) FROM communications WHERE case_id = " + std::to_string(sample.required) +
                         " AND summary LIKE 'Concurrent check-in %'") == kWriters * kRounds);
    checkAgainstEngine(*db, settings, today);
    checkAgainstEngine(*db, settings, today.addDays(7));
}

TEST_CASE("Kept pending deadlines follow every write and give the engine's own reminders", "[file]")
{
    KeptSample k;
    auto &[dir, db, sample, settings, today] = k;
    const auto kept = count(*db, "SELECT count(*) FROM pending_deadlines");
    CHECK(kept > 0);
    // The dates of one schedule share one text.
    CHECK(count(*db, "SELECT count(*) FROM pending_texts") < kept);
    // Later days within the kept horizon are answered from the same rows.
    for (int days : {1, 14, 15, 16, 40})
        checkAgainstEngine(*db, settings, today.addDays(days));
    CHECK(count(*db, "SELECT count(*) FROM pending_deadlines") == kept);

    SECTION("a communication logged meets a scheduled one")
    {
        REQUIRE(storage::insert<Communication>(*db, {0, sample.required, date("2025-08-20"), CommunicationMode::Email,
                                                     "County office", "Check-in", ""}).ok());
        CHECK(count(*db, "SELECT count(*) FROM deadlines_stale") == 1);
        checkAgainstEngine(*db, settings, today);
    }
    SECTION("documentation submitted, a case renamed, moved on and deleted")
    {
        auto item = storage::get<DocumentationItem>(*db, sample.overdueDocumentation);
        REQUIRE(item.ok());
        item->submittedOn = date("2025-08-30");
        REQUIRE(storage::update(*db, *item).ok());
        checkAgainstEngine(*db, settings, today);
        auto plan = storage::get<Case>(*db, sample.plan);
        REQUIRE(plan.ok());
        plan->title = "CSI plan, renamed";
        REQUIRE(storage::update(*db, *plan).ok());
        checkAgainstEngine(*db, settings, today);
        REQUIRE(storage::transitionCase(*db, sample.plan, CaseStatus::NeedsAssessment, today).ok());
        checkAgainstEngine(*db, settings, today);
        REQUIRE(storage::deleteCase(*db, sample.plan).ok());
        checkAgainstEngine(*db, settings, today);
        REQUIRE(storage::deleteCase(*db, sample.required).ok());
        checkAgainstEngine(*db, settings, today);
        CHECK(count(*db, "SELECT count(*) FROM pending_deadlines") == 0);
    }
    SECTION("an activity keeps its own owner; the rest follow the case's owner and title")
    {
        auto activities = storage::listWhere<Activity>(*db, "case_id", sample.required);
        REQUIRE(activities.ok());
        REQUIRE_FALSE(activities->empty());
        Activity a = activities->front();
        a.owner = "Data analyst";
        a.status = ActivityStatus::InProgress;
        a.dueOn = date("2025-09-10");
        REQUIRE(storage::update(*db, a).ok());
        checkAgainstEngine(*db, settings, today);
        // Only the activity's owner is kept on its row; the others are the case's (NULL).
        CHECK(count(*db, "SELECT count(*) FROM pending_deadlines WHERE owner IS NOT NULL") == 1);
        auto required = storage::get<Case>(*db, sample.required);
        REQUIRE(required.ok());
        required->owner = "Deputy Superintendent";
        required->title = "Required assistance, renamed";
        REQUIRE(storage::update(*db, *required).ok());
        checkAgainstEngine(*db, settings, today);
        auto list = storage::reminders(*db, settings, {today, 30, false, std::nullopt});
        REQUIRE(list.ok());
        int own = 0, theCase = 0;
        for (const auto &d : *list) {
            if (d.caseId != sample.required)
                continue;
            CHECK(d.caseTitle == "Required assistance, renamed");
            (d.owner == "Data analyst" ? own : theCase) += 1;
            CHECK((d.owner == "Data analyst") == (d.source == DeadlineSource::Activity));
        }
        CHECK(own == 1);
        CHECK(theCase > 0);
    }
    SECTION("changed calendar settings rebuild every case")
    {
        settings.dashboardReleaseMonth = 9;
        settings.dashboardReleaseDay = 20;
        settings.planApprovalDays = 300;
        REQUIRE(storage::saveCalendarSettings(*db, settings).ok());
        CHECK(count(*db, "SELECT count(*) FROM pending_deadlines_state") == 0);
        checkAgainstEngine(*db, settings, today);
    }
    SECTION("a day before the kept rows, or beyond their horizon, rebuilds them")
    {
        checkAgainstEngine(*db, settings, today.addDays(-20));
        checkAgainstEngine(*db, settings, today.addDays(400));
    }
}

TEST_CASE("A casebook that cannot be written now still gets the engine's reminders, and stays stale", "[file]")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    const auto sample = test::insertDeadlineSample(*db);
    const CalendarSettings settings;
    const Date today = date(test::kDeadlineSampleToday);
    checkAgainstEngine(*db, settings, today);
    REQUIRE(storage::insert<Communication>(*db, {0, sample.required, date("2025-08-20"), CommunicationMode::Email,
                                                 "County office", "Check-in", ""}).ok());
    // Another process holds the write lock: the refresh cannot be written.
    auto other = storage::Database::open(dir.file("d.sqlite"));
    REQUIRE(other.ok());
    REQUIRE((*other)->connection().exec("BEGIN IMMEDIATE").ok());
    db->setBusyTimeout(0);
    for (const bool overdueOnly : {false, true}) {
        const int within = overdueOnly ? 0 : 30;
        auto list = storage::reminders(*db, settings, {today, within, overdueOnly, std::nullopt});
        REQUIRE(list.ok());
        CHECK(described(*list) == described(engineReminders(*db, settings, today, within, overdueOnly)));
    }
    CHECK(count(*db, "SELECT count(*) FROM deadlines_stale") == 1);
    // A rebuild that cannot be written either: the engine answers for every case.
    auto beyond = storage::reminders(*db, settings, {today.addDays(400), 30, false, std::nullopt});
    REQUIRE(beyond.ok());
    CHECK(described(*beyond) == described(engineReminders(*db, settings, today.addDays(400), 30, false)));
    REQUIRE((*other)->connection().exec("ROLLBACK").ok());
    db->setBusyTimeout(5000);
    checkAgainstEngine(*db, settings, today);
}

TEST_CASE("Upgrading a version 3 casebook drops its kept pending deadlines; the next list rebuilds them", "[file]")
{
    test::TempDir dir;
    const auto path = dir.file("v3.sqlite");
    std::filesystem::copy_file(std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "schema-v3.sqlite", path);
    {
        // Version 3's kept rows, with the columns version 4 no longer has, valid for the list below.
        auto opened = storage::SqliteConnection::open(path, storage::SqliteConnection::Mode::ReadWrite);
        REQUIRE(opened.ok());
        auto &raw = **opened;
        REQUIRE(raw.exec("INSERT INTO pending_deadlines (due, case_id, source, record_id, uid, ends_on, case_title, "
                         "title, owner, explanation) VALUES ('2025-09-01', 1, 'documentation_item', 999, "
                         "'case-1-documentation_item-999@casebook', NULL, 'Stale title', 'Gone', 'Nobody', 'Gone.')")
                    .ok());
        REQUIRE(raw.exec("INSERT INTO pending_deadlines_state VALUES (1, 1, '2025-01-01', '2030-01-01', 1)").ok());
        REQUIRE(raw.exec("DELETE FROM deadlines_stale").ok());
    }
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->report().schemaVersionBefore == 3);
    CHECK(count(**db, "SELECT count(*) FROM pending_deadlines") == 0);
    CHECK(count(**db, "SELECT count(*) FROM pending_deadlines_state") == 0);
    checkAgainstEngine(**db, CalendarSettings{}, date("2025-09-01"));
    CHECK(count(**db, "SELECT count(*) FROM pending_deadlines WHERE record_id = 999") == 0);
    CHECK(count(**db, "SELECT count(*) FROM pending_deadlines") > 0);
}

TEST_CASE("Updating the kept pending deadlines on a companion connection leaves the next list only reading", "[file]")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    test::insertDeadlineSample(*db);
    const CalendarSettings settings;
    const Date today = date(test::kDeadlineSampleToday);
    CHECK(count(*db, "SELECT count(*) FROM pending_deadlines_state") == 0);
    auto companion = db->openCompanion();
    REQUIRE(companion.ok());
    REQUIRE(storage::updatePendingDeadlines(**companion, settings, today, 30).ok());
    CHECK(count(*db, "SELECT count(*) FROM deadlines_stale") == 0);
    CHECK(count(*db, "SELECT row_count FROM pending_deadlines_state") == count(*db, "SELECT count(*) FROM pending_deadlines"));
    CHECK(count(*db, "SELECT count(*) FROM pending_deadlines") > 0);
    // A later day the rows still cover is answered without a rebuild (the state keeps its first day),
    // and without taking the write lock: another connection holding it does not stop the list.
    auto other = storage::Database::open(dir.file("d.sqlite"));
    REQUIRE(other.ok());
    REQUIRE((*other)->connection().exec("BEGIN IMMEDIATE").ok());
    db->setBusyTimeout(0);
    REQUIRE(storage::updatePendingDeadlines(*db, settings, today.addDays(3), 30).ok());
    REQUIRE((*other)->connection().exec("ROLLBACK").ok());
    auto validFrom = db->connection().scalar("SELECT valid_from FROM pending_deadlines_state");
    REQUIRE(validFrom.ok());
    CHECK(std::get<std::string>(*validFrom) == today.toString());
    db->setBusyTimeout(5000);
    checkAgainstEngine(*db, settings, today.addDays(3));
}

TEST_CASE("Kept titles and reasons keep any text users wrote, and read back as the engine's phrases", "[file]")
{
    test::TempDir dir;
    auto db = newCasebook(dir);
    const auto sample = test::insertDeadlineSample(*db);
    // Quotes, a backslash, a tab, non-ASCII letters, JSON and a "%1" a pattern would fill (a title takes
    // no other control characters: validation.h).
    const std::string odd = "Report \"A\\B\"\tA\u00f1o 100% %1 {\"p\":\"x\"}";
    REQUIRE(storage::insert<DocumentationItem>(*db, {0, sample.required, odd, date("2025-07-01"), std::nullopt,
                                                      "County office \\ \"East\"", 3}).ok());
    checkAgainstEngine(*db, CalendarSettings{}, date(test::kDeadlineSampleToday));
    auto kept = storage::reminders(*db, CalendarSettings{}, {date(test::kDeadlineSampleToday), 30, false, std::nullopt});
    REQUIRE(kept.ok());
    const auto found = std::find_if(kept->begin(), kept->end(), [&](const Deadline &d) {
        return d.source == DeadlineSource::DocumentationItem && d.due == date("2025-07-01");
    });
    REQUIRE(found != kept->end());
    CHECK(found->title.str() == "Documentation: " + odd);
    REQUIRE(found->title.args().size() == 1);
    CHECK(found->title.args()[0].isText());
}
