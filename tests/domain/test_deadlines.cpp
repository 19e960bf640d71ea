// The deadline engine: every source, the met/late/overdue/upcoming classification, the schedule
// matching rule and the calendar edges (month ends, leap days, DST weeks, year ends).
#include "domain/deadlines.h"
#include "domain/validation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <set>

using namespace casebook;

namespace {

Date d(const char *s) { return *Date::parse(s); }

CaseBundle requiredBundle(const char *determinedOn = "2026-01-15")
{
    CaseBundle b;
    Case &c = b.caseRecord;
    c.id = 12;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.status = CaseStatus::Active;
    c.title = "Differentiated assistance";
    c.openedOn = d(determinedOn);
    c.owner = "Director";
    return b;
}

CaseBundle planBundle(const char *designatedOn = "2024-01-10")
{
    CaseBundle b;
    Case &c = b.caseRecord;
    c.id = 7;
    c.kind = CaseKind::SchoolPlan;
    c.status = CaseStatus::Monitoring;
    c.title = "CSI plan";
    c.openedOn = d(designatedOn);
    c.owner = "Principal";
    c.designation = Designation::CSI;
    return b;
}

CaseBundle withSchedule(CommunicationSchedule s, const char *start)
{
    auto b = requiredBundle("2024-01-01");
    b.caseRecord.commSchedule = s;
    b.caseRecord.commScheduleStart = d(start);
    return b;
}

std::vector<Deadline> of(const std::vector<Deadline> &all, const std::string &source)
{
    std::vector<Deadline> out;
    for (const auto &x : all)
        if (enumCode(x.source) == source)
            out.push_back(x);
    return out;
}

std::vector<std::string> dues(const std::vector<Deadline> &list)
{
    std::vector<std::string> out;
    for (const auto &x : list)
        out.push_back(x.due.toString());
    return out;
}

std::vector<std::string> states(const std::vector<Deadline> &list)
{
    std::vector<std::string> out;
    for (const auto &x : list)
        out.push_back(std::string(enumCode(x.state)));
    return out;
}

Communication comm(const char *on)
{
    Communication c;
    c.caseId = 12;
    c.occurredOn = d(on);
    return c;
}

const CalendarSettings kSettings;

} // namespace

TEST_CASE("Classification: met on or before the date, late after, overdue when missing past it")
{
    struct Row {
        const char *due;
        const char *done; // "" = not done
        const char *today;
        DeadlineState expected;
    };
    const Row rows[] = {
        {"2026-03-01", "2026-02-20", "2026-05-01", DeadlineState::Met},
        {"2026-03-01", "2026-03-01", "2026-05-01", DeadlineState::Met},
        {"2026-03-01", "2026-03-02", "2026-05-01", DeadlineState::Late},
        {"2026-03-01", "", "2026-03-02", DeadlineState::Overdue},
        {"2026-03-01", "", "2026-03-01", DeadlineState::Upcoming}, // due today is not overdue yet
        {"2026-03-01", "", "2026-02-01", DeadlineState::Upcoming},
        {"2026-03-01", "2026-02-01", "2026-01-01", DeadlineState::Met},
    };
    for (const auto &r : rows) {
        INFO(r.due << " done " << r.done << " today " << r.today);
        const auto done = std::string(r.done).empty() ? std::nullopt : std::optional<Date>(d(r.done));
        CHECK(classify(d(r.due), done, d(r.today)) == r.expected);
    }
}

TEST_CASE("Periodic communication schedules: month ends, leap days, DST weeks and year ends")
{
    struct Row {
        CommunicationSchedule schedule;
        const char *start;
        const char *horizon;
        std::vector<std::string> expected;
    };
    const std::vector<Row> rows = {
        // Counted from the first date: Jan 31 + 1 month is Feb 29 in a leap year, then Mar 31 again.
        {CommunicationSchedule::Monthly, "2024-01-31", "2024-05-01",
         {"2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"}},
        {CommunicationSchedule::Monthly, "2025-01-31", "2025-03-31", {"2025-01-31", "2025-02-28", "2025-03-31"}},
        {CommunicationSchedule::Quarterly, "2025-11-30", "2026-09-01",
         {"2025-11-30", "2026-02-28", "2026-05-30", "2026-08-30"}},
        // Weekly over the spring-forward (2026-03-08) and fall-back (2026-11-01) Sundays in California:
        // calendar dates, so always seven days apart.
        {CommunicationSchedule::Weekly, "2026-03-01", "2026-03-15", {"2026-03-01", "2026-03-08", "2026-03-15"}},
        {CommunicationSchedule::Weekly, "2026-10-25", "2026-11-08", {"2026-10-25", "2026-11-01", "2026-11-08"}},
        // Over the year end.
        {CommunicationSchedule::Weekly, "2026-12-21", "2027-01-11",
         {"2026-12-21", "2026-12-28", "2027-01-04", "2027-01-11"}},
        {CommunicationSchedule::Quarterly, "2026-10-15", "2027-04-15", {"2026-10-15", "2027-01-15", "2027-04-15"}},
    };
    for (const auto &r : rows) {
        INFO(enumCode(r.schedule) << " from " << r.start);
        auto b = withSchedule(r.schedule, r.start);
        const auto list = of(deadlinesFor(b, kSettings, d("2023-12-01"), d(r.horizon)), "scheduled_communication");
        CHECK(dues(list) == r.expected);
        CHECK(states(list) == std::vector<std::string>(r.expected.size(), "upcoming"));
    }
}

TEST_CASE("A scheduled communication is met by one communication logged in its window")
{
    // Monthly from 2026-01-15: windows (..., 01-15], (01-15, 02-15], (02-15, 03-15], ...
    struct Row {
        const char *name;
        std::vector<const char *> logged;
        std::vector<std::string> states;
        std::vector<std::string> metOn;
    };
    const std::vector<Row> rows = {
        {"on each due date", {"2026-01-15", "2026-02-15", "2026-03-15"}, {"met", "met", "met"},
         {"2026-01-15", "2026-02-15", "2026-03-15"}},
        {"the day after the previous due date", {"2026-01-10", "2026-01-16", "2026-02-16"}, {"met", "met", "met"},
         {"2026-01-10", "2026-01-16", "2026-02-16"}},
        {"after the due date, before the next: late", {"2026-01-20", "2026-02-20"}, {"late", "late", "upcoming"},
         {"2026-01-20", "2026-02-20", ""}},
        {"one communication meets one date only", {"2026-01-20"}, {"late", "overdue", "upcoming"},
         {"2026-01-20", "", ""}},
        {"nothing logged", {}, {"overdue", "overdue", "upcoming"}, {"", "", ""}},
        {"two in one window meet only that date", {"2026-01-01", "2026-01-02"},
         {"met", "overdue", "upcoming"}, {"2026-01-01", "", ""}},
    };
    for (const auto &r : rows) {
        INFO(r.name);
        auto b = withSchedule(CommunicationSchedule::Monthly, "2026-01-15");
        for (const char *on : r.logged)
            b.communications.push_back(comm(on));
        const auto list = of(deadlinesFor(b, kSettings, d("2026-03-01"), d("2026-03-20")), "scheduled_communication");
        REQUIRE(list.size() == 3);
        CHECK(states(list) == r.states);
        for (std::size_t k = 0; k < list.size(); ++k)
            CHECK((list[k].metOn ? list[k].metOn->toString() : "") == r.metOn[k]);
    }
}

TEST_CASE("A periodic communication explains its schedule and cites BP 0520's regular communication")
{
    auto b = withSchedule(CommunicationSchedule::Quarterly, "2026-10-15");
    const auto list = of(deadlinesFor(b, kSettings, d("2026-11-01"), d("2027-01-31")), "scheduled_communication");
    REQUIRE(list.size() == 2);
    const auto &x = list[1];
    CHECK(x.title == "Quarterly communication with the County Superintendent");
    CHECK(x.explanation() == "Quarterly communication with the County Superintendent \u2014 due 2027-01-15 because the "
                           "communication schedule of case 12 is quarterly from 2026-10-15 (BP 0520: regular "
                           "communication with the County Superintendent for a minimum of two years).");
    CHECK(x.uid() == "case-12-scheduled_communication-2027-01-15@casebook");
    CHECK(x.recordId == 0);
    CHECK(x.owner == "Director");
    CHECK(list[0].state == DeadlineState::Overdue);
    CHECK_THAT(list[0].explanation(), Catch::EndsWith("Not done: overdue."));
}

TEST_CASE("Scheduled contacts are expected communications with their own record and purpose")
{
    auto b = requiredBundle("2026-01-15");
    b.caseRecord.commSchedule = CommunicationSchedule::ExplicitDates;
    b.scheduledContacts = {{31, 12, d("2026-02-10"), "Mid-year check-in"}, {32, 12, d("2026-04-10"), ""}};
    b.communications = {comm("2026-02-09")};
    const auto list = of(deadlinesFor(b, kSettings, d("2026-04-20"), d("2026-12-31")), "scheduled_communication");
    REQUIRE(list.size() == 2);
    CHECK(list[0].title == "Mid-year check-in");
    CHECK(list[0].recordId == 31);
    CHECK(list[0].uid() == "case-12-scheduled_communication-31@casebook");
    CHECK(list[0].state == DeadlineState::Met);
    CHECK(list[1].title == "Scheduled communication with the County Superintendent");
    CHECK(list[1].state == DeadlineState::Overdue);
}

TEST_CASE("A communication that names the scheduled contact it answers meets that contact, and no other date")
{
    // docs/deadlines.md, "Matching scheduled dates with what happened": the link decides; the window
    // rule would have given the early communication to the February date.
    auto b = requiredBundle("2026-01-15");
    b.caseRecord.commSchedule = CommunicationSchedule::ExplicitDates;
    b.scheduledContacts = {{31, 12, d("2026-02-10"), "Mid-year check-in"},
                           {32, 12, d("2026-04-10"), "Spring review"},
                           {33, 12, d("2026-06-10"), "Year-end review"}};
    auto early = comm("2026-02-08");
    early.id = 71;
    early.scheduledContactId = 32; // sent in February, answering the April review: met
    auto late = comm("2026-06-20");
    late.id = 72;
    late.scheduledContactId = 31; // the February check-in, answered in June: late
    auto unlinked = comm("2026-06-05");
    unlinked.id = 73; // names no contact: the window rule gives it to the June date
    b.communications = {early, unlinked, late};
    const auto list = of(deadlinesFor(b, kSettings, d("2026-07-01"), d("2026-12-31")), "scheduled_communication");
    REQUIRE(list.size() == 3);
    CHECK(list[0].recordId == 31);
    CHECK(list[0].state == DeadlineState::Late);
    REQUIRE(list[0].metOn);
    CHECK(*list[0].metOn == d("2026-06-20"));
    CHECK(list[1].recordId == 32);
    CHECK(list[1].state == DeadlineState::Met);
    REQUIRE(list[1].metOn);
    CHECK(*list[1].metOn == d("2026-02-08"));
    CHECK(list[2].recordId == 33);
    CHECK(list[2].state == DeadlineState::Met);
    REQUIRE(list[2].metOn);
    CHECK(*list[2].metOn == d("2026-06-05"));

    // Without the links the window rule decides: the February communication meets February, and
    // April and June are answered late by the two June ones.
    for (auto &c : b.communications)
        c.scheduledContactId.reset();
    const auto windows = of(deadlinesFor(b, kSettings, d("2026-07-01"), d("2026-12-31")), "scheduled_communication");
    REQUIRE(windows.size() == 3);
    CHECK(windows[0].state == DeadlineState::Met);
    CHECK(windows[1].state == DeadlineState::Late);
    CHECK(windows[2].state == DeadlineState::Late);
}

TEST_CASE("Documentation items are met or late by their submission date")
{
    struct Row {
        const char *due;
        const char *submitted;
        DeadlineState expected;
    };
    const Row rows[] = {
        {"2026-03-01", "2026-02-27", DeadlineState::Met},   {"2026-03-01", "2026-03-01", DeadlineState::Met},
        {"2026-03-01", "2026-03-05", DeadlineState::Late},  {"2026-03-01", "", DeadlineState::Overdue},
        {"2026-03-10", "", DeadlineState::Upcoming},
    };
    auto b = requiredBundle();
    Id id = 40;
    for (const auto &r : rows) {
        DocumentationItem item{.id = id++, .caseId = 12, .title = "Report", .dueOn = d(r.due),
                               .recipient = "County office", .activityArea = 2};
        if (!std::string(r.submitted).empty())
            item.submittedOn = d(r.submitted);
        b.documentationItems.push_back(item);
    }
    const auto list = of(deadlinesFor(b, kSettings, d("2026-03-09"), d("2026-03-31")), "documentation_item");
    REQUIRE(list.size() == std::size(rows));
    for (std::size_t k = 0; k < list.size(); ++k) {
        INFO(rows[k].due << " " << rows[k].submitted);
        CHECK(list[k].state == rows[k].expected);
    }
    CHECK(list[0].uid() == "case-12-documentation_item-40@casebook");
    CHECK_THAT(list[0].explanation(), Catch::Contains("for County office as evidence of activity 2"));
    CHECK_THAT(list[2].explanation(), Catch::EndsWith("Met late on 2026-03-05."));
}

TEST_CASE("Activities are met when complete: on their completion date, else by their area's documentation")
{
    struct Row {
        const char *name;
        ActivityStatus status;
        std::optional<Date> docSubmitted;
        std::optional<DeadlineState> expected; // nullopt: no deadline
        std::optional<Date> metOn;
        std::optional<Date> completedOn = std::nullopt;
    };
    const std::vector<Row> rows = {
        {"completed on time, documented late", ActivityStatus::Complete, d("2026-06-10"), DeadlineState::Met,
         d("2026-05-28"), d("2026-05-28")},
        {"completed late, documented on time", ActivityStatus::Complete, d("2026-05-20"), DeadlineState::Late,
         d("2026-06-03"), d("2026-06-03")},
        {"completed on the due date, no documentation", ActivityStatus::Complete, std::nullopt, DeadlineState::Met,
         d("2026-06-01"), d("2026-06-01")},
        {"complete, documented on time", ActivityStatus::Complete, d("2026-05-20"), DeadlineState::Met,
         d("2026-05-20")},
        {"complete, documented late", ActivityStatus::Complete, d("2026-06-10"), DeadlineState::Late, d("2026-06-10")},
        {"complete without documentation", ActivityStatus::Complete, std::nullopt, DeadlineState::Met, std::nullopt},
        {"in progress, past due", ActivityStatus::InProgress, d("2026-05-20"), DeadlineState::Overdue, std::nullopt},
        {"not requested", ActivityStatus::NotApplicable, std::nullopt, std::nullopt, std::nullopt},
    };
    for (const auto &r : rows) {
        INFO(r.name);
        for (const bool boardRequest : {false, true}) {
            auto b = requiredBundle();
            if (boardRequest)
                b.caseRecord.origin = TaOrigin::BoardRequest;
            b.activities = {{50, 12, 3, "Data lead", r.status, d("2026-06-01"), "", "", r.completedOn},
                            {51, 12, 4, "", ActivityStatus::InProgress, std::nullopt, "", "", std::nullopt}};
            if (r.docSubmitted)
                b.documentationItems = {{60, 12, "Expert report", d("2026-06-01"), r.docSubmitted, "", 3}};
            const auto list = of(deadlinesFor(b, kSettings, d("2026-06-15"), d("2026-06-30")), "activity");
            if (!r.expected) {
                CHECK(list.empty());
                continue;
            }
            REQUIRE(list.size() == 1); // the activity without a due date has no deadline
            CHECK(list[0].state == *r.expected);
            CHECK(list[0].metOn == r.metOn);
            CHECK(list[0].owner == "Data lead");
            CHECK_THAT(list[0].title, Catch::StartsWith("Activity 3: "));
        }
    }
}

TEST_CASE("The two-year minimum of required assistance: determination + 2 years, leap day to Feb 28")
{
    struct Row {
        const char *determined;
        const char *today;
        const char *due;
        DeadlineState expected;
    };
    const Row rows[] = {
        {"2024-02-29", "2026-02-27", "2026-02-28", DeadlineState::Upcoming},
        {"2024-02-29", "2026-02-28", "2026-02-28", DeadlineState::Met},
        {"2025-01-15", "2026-06-01", "2027-01-15", DeadlineState::Upcoming},
        {"2024-12-31", "2027-01-01", "2026-12-31", DeadlineState::Met},
    };
    for (const auto &r : rows) {
        INFO(r.determined << " today " << r.today);
        auto b = requiredBundle(r.determined);
        const auto list = of(deadlinesFor(b, kSettings, d(r.today), d("2030-01-01")), "two_year_minimum");
        REQUIRE(list.size() == 1);
        CHECK(list[0].due == d(r.due));
        CHECK(list[0].state == r.expected);
        CHECK_THAT(list[0].explanation(), Catch::Contains("(Ed Code 52071(c)(1))"));
        CHECK(list[0].uid() == "case-12-two_year_minimum@casebook");
    }
    auto board = requiredBundle();
    board.caseRecord.origin = TaOrigin::BoardRequest;
    CHECK(of(deadlinesFor(board, kSettings, d("2026-02-01"), d("2030-01-01")), "two_year_minimum").empty());
}

TEST_CASE("SPI actions: complete is met (on its completion date when known), withdrawn has none, otherwise by the date")
{
    CaseBundle b;
    b.caseRecord.id = 3;
    b.caseRecord.kind = CaseKind::SpiIntervention;
    b.caseRecord.status = CaseStatus::Active;
    b.caseRecord.openedOn = d("2025-02-01");
    b.spiActions = {{1, 3, SpiActionKind::LcapRevision, "Revise goal 2", false, ActionStatus::Complete, d("2025-05-01"), "", std::nullopt},
                    {2, 3, SpiActionKind::BudgetRevision, "Budget", false, ActionStatus::Withdrawn, d("2025-05-01"), "", std::nullopt},
                    {3, 3, SpiActionKind::BudgetRevision, "Budget", false, ActionStatus::InProgress, d("2025-05-01"), "", std::nullopt},
                    {4, 3, SpiActionKind::StayOrRescind, "Stay", false, ActionStatus::Proposed, d("2025-07-01"), "", std::nullopt},
                    {5, 3, SpiActionKind::LcapRevision, "No date", false, ActionStatus::Proposed, std::nullopt, "", std::nullopt}};
    const auto list = of(deadlinesFor(b, kSettings, d("2025-06-01"), d("2025-12-31")), "spi_action");
    REQUIRE(list.size() == 3);
    CHECK(states(list) == std::vector<std::string>{"met", "overdue", "upcoming"});
    // No State Board approval recorded: Ed Code 52072.1(c) has the SPI act "with the approval of the state board".
    CHECK(list[0].title == "Revision of the LCAP \u2014 awaiting State Board approval");
    CHECK_THAT(list[2].explanation(), Catch::Contains("Ed Code 52072.1(c)"));
    b.spiActions[0].sbeApprovedOn = d("2025-03-01");
    CHECK(of(deadlinesFor(b, kSettings, d("2025-06-01"), d("2025-12-31")), "spi_action")[0].title == "Revision of the LCAP");
    CHECK_FALSE(list[0].metOn); // complete, completion date unknown

    b.spiActions[0].completedOn = d("2025-04-28");
    b.spiActions[2].status = ActionStatus::Complete;
    b.spiActions[2].completedOn = d("2025-05-09");
    const auto dated = of(deadlinesFor(b, kSettings, d("2025-06-01"), d("2025-12-31")), "spi_action");
    REQUIRE(dated.size() == 3);
    CHECK(states(dated) == std::vector<std::string>{"met", "late", "upcoming"});
    CHECK(dated[0].metOn == d("2025-04-28"));
    CHECK(dated[1].metOn == d("2025-05-09"));
    CHECK_THAT(dated[1].explanation(), Catch::EndsWith("Met late on 2025-05-09."));
}

TEST_CASE("School plan approval: by the July 1 after designation, or a set number of days")
{
    struct Row {
        const char *designated;
        int days;
        const char *approved; // "" = not yet
        const char *due;
        DeadlineState expected;
    };
    const Row rows[] = {
        {"2024-01-10", 0, "2024-06-20", "2024-07-01", DeadlineState::Met},
        {"2024-01-10", 0, "2024-07-02", "2024-07-01", DeadlineState::Late},
        {"2024-01-10", 0, "", "2024-07-01", DeadlineState::Overdue},
        {"2024-07-01", 0, "", "2025-07-01", DeadlineState::Upcoming}, // designated on July 1: the next one
        {"2024-01-10", 90, "", "2024-04-09", DeadlineState::Overdue},
    };
    for (const auto &r : rows) {
        INFO(r.designated << " days " << r.days << " approved " << r.approved);
        auto b = planBundle(r.designated);
        // A CSI plan is approved when the school, the district and the State have approved it
        // (20 USC 6311(d)(1)(B)(v)); here all three on the same day.
        if (!std::string(r.approved).empty()) {
            b.caseRecord.approvedBySchoolOn = d(r.approved);
            b.caseRecord.approvedByDistrictOn = d(r.approved);
            b.caseRecord.approvedByStateOn = d(r.approved);
        }
        CalendarSettings s;
        s.planApprovalDays = r.days;
        const auto list = of(deadlinesFor(b, s, d("2024-08-01"), d("2025-12-31")), "plan_approval");
        REQUIRE(list.size() == 1);
        CHECK(list[0].due == d(r.due));
        CHECK(list[0].state == r.expected);
        CHECK_THAT(list[0].explanation(), Catch::Contains("20 USC 6311(d)"));
    }
}

TEST_CASE("Monitoring reviews: recorded reviews and the interval from the plan's approval")
{
    auto b = planBundle("2024-01-10");
    b.caseRecord.approvedByDistrictOn = d("2024-05-31");
    b.caseRecord.monitoringIntervalMonths = 3;
    // Interval dates: 2024-08-31, 2024-11-30, 2025-02-28, 2025-05-31. A recorded review on 2024-11-30
    // replaces the computed one; another is recorded off the interval.
    b.monitoringReviews = {{70, 7, d("2024-11-30"), d("2024-12-03"), "on track"},
                           {71, 7, d("2025-01-15"), std::nullopt, ""}};
    const auto list = of(deadlinesFor(b, kSettings, d("2025-03-10"), d("2025-06-30")), "monitoring_review");
    CHECK(dues(list) == std::vector<std::string>{"2024-08-31", "2024-11-30", "2025-01-15", "2025-02-28", "2025-05-31"});
    CHECK(states(list) == std::vector<std::string>{"overdue", "late", "overdue", "overdue", "upcoming"});
    CHECK(list[1].recordId == 70);
    CHECK(list[1].uid() == "case-7-monitoring_review-70@casebook");
    CHECK(list[0].uid() == "case-7-monitoring_review-2024-08-31@casebook");
    CHECK_THAT(list[0].explanation(), Catch::Contains("every 3 months"));
}

TEST_CASE("Exit reviews fall when CDE's ESSA file is expected and are met by a review or the exit")
{
    // Default: the ESSA assistance file is expected on January 31; the first after the designation of
    // 2024-02-29 is 2025-01-31.
    auto b = planBundle("2024-02-29");
    b.monitoringReviews = {{70, 7, d("2025-01-10"), d("2025-01-20"), ""}};
    const auto list = of(deadlinesFor(b, kSettings, d("2026-03-01"), d("2027-03-31")), "exit_review");
    CHECK(dues(list) == std::vector<std::string>{"2025-01-31", "2026-01-31", "2027-01-31"});
    CHECK(states(list) == std::vector<std::string>{"met", "overdue", "upcoming"});
    CHECK_THAT(list[0].explanation(), Catch::Contains("ESSA assistance status file"));

    // The district's own schedule instead: each anniversary (a leap-day designation falls on Feb 28).
    CalendarSettings anniversary;
    anniversary.exitReviewOnAnniversary = true;
    b.monitoringReviews = {{70, 7, d("2025-02-01"), d("2025-02-10"), ""}};
    const auto own = of(deadlinesFor(b, anniversary, d("2026-03-01"), d("2027-03-31")), "exit_review");
    CHECK(dues(own) == std::vector<std::string>{"2025-02-28", "2026-02-28", "2027-02-28"});
    CHECK(states(own) == std::vector<std::string>{"met", "overdue", "upcoming"});
    CHECK_THAT(own[0].explanation(), Catch::Contains("district's schedule"));

    auto exited = planBundle("2024-01-10");
    exited.caseRecord.status = CaseStatus::Exited;
    exited.caseRecord.exitedOn = d("2025-01-05");
    const auto after = of(deadlinesFor(exited, kSettings, d("2026-03-01"), d("2027-03-31")), "exit_review");
    CHECK(after.empty()); // the first ESSA file after the designation comes after the exit
}

TEST_CASE("LCAP adoption and the Dashboard release are reminders from today to the horizon")
{
    auto b = requiredBundle("2025-01-15");
    CalendarSettings s;
    const auto list = deadlinesFor(b, s, d("2026-06-01"), d("2027-12-31"));
    CHECK(dues(of(list, "lcap_adoption")) == std::vector<std::string>{"2026-07-01", "2027-07-01"});
    CHECK(dues(of(list, "dashboard_release")) == std::vector<std::string>{"2026-12-15", "2027-12-15"});
    CHECK(states(of(list, "lcap_adoption")) == std::vector<std::string>{"upcoming", "upcoming"});
    CHECK_THAT(of(list, "lcap_adoption")[0].explanation(), Catch::Contains("Ed Code 52060"));

    REQUIRE(setDashboardRelease(s, "02-29").ok());
    const auto leap = of(deadlinesFor(b, s, d("2027-01-01"), d("2028-12-31")), "dashboard_release");
    CHECK(dues(leap) == std::vector<std::string>{"2027-02-28", "2028-02-29"});

    // School plans do not get the district's LCAP reminder.
    CHECK(of(deadlinesFor(planBundle(), s, d("2026-06-01"), d("2026-12-31")), "lcap_adoption").empty());
}

TEST_CASE("A closed or withdrawn case gets nothing new after it closed")
{
    for (const auto status : {CaseStatus::Closed, CaseStatus::Withdrawn}) {
        auto b = withSchedule(CommunicationSchedule::Monthly, "2026-01-15");
        b.caseRecord.status = status;
        b.caseRecord.closedOn = d("2026-02-20");
        b.documentationItems = {{40, 12, "Before", d("2026-02-01"), std::nullopt, "", 0},
                                {41, 12, "After", d("2026-03-01"), std::nullopt, "", 0}};
        const auto list = deadlinesFor(b, kSettings, d("2026-06-01"), d("2026-12-31"));
        for (const auto &x : list) {
            INFO(x.uid());
            CHECK(x.due <= d("2026-02-20"));
            CHECK(x.state != DeadlineState::Upcoming);
        }
        CHECK(dues(of(list, "scheduled_communication")) == std::vector<std::string>{"2026-01-15", "2026-02-15"});
        CHECK(of(list, "documentation_item").size() == 1); // the missed item before closing stays
        CHECK(of(list, "dashboard_release").empty());
    }
}

TEST_CASE("Every deadline has a unique uid that does not change between runs or with today")
{
    auto b = withSchedule(CommunicationSchedule::Weekly, "2026-01-05");
    b.documentationItems = {{40, 12, "Report", d("2026-02-01"), std::nullopt, "", 0}};
    b.activities = {{50, 12, 1, "", ActivityStatus::InProgress, d("2026-03-01"), "", "", std::nullopt}};
    const auto first = deadlinesFor(b, kSettings, d("2026-02-01"), d("2026-12-31"));
    const auto later = deadlinesFor(b, kSettings, d("2026-04-01"), d("2026-12-31"));
    std::set<std::string> uids;
    for (const auto &x : first)
        uids.insert(x.uid());
    CHECK(uids.size() == first.size());
    for (const auto &x : later)
        if (x.source != DeadlineSource::LcapAdoption && x.source != DeadlineSource::DashboardRelease)
            CHECK(uids.contains(x.uid()));
    for (std::size_t k = 1; k < first.size(); ++k)
        CHECK(first[k - 1].due <= first[k].due);
}

TEST_CASE("Reminders select overdue and upcoming-within items; groups are by case and owner")
{
    auto b = requiredBundle("2026-01-15");
    b.documentationItems = {{40, 12, "A", d("2026-02-01"), std::nullopt, "", 0},
                            {41, 12, "B", d("2026-03-10"), std::nullopt, "", 0},
                            {42, 12, "C", d("2026-04-30"), std::nullopt, "", 0},
                            {43, 12, "D", d("2026-02-01"), d("2026-02-01"), "", 0}};
    b.activities = {{50, 12, 1, "Data lead", ActivityStatus::InProgress, d("2026-03-05"), "", "", std::nullopt}};
    const Date today = d("2026-03-01");
    std::vector<Deadline> picked, overdue;
    for (const auto &x : deadlinesFor(b, kSettings, today, d("2026-12-31"))) {
        if (isReminder(x, today, 30, false))
            picked.push_back(x);
        if (isReminder(x, today, 30, true))
            overdue.push_back(x);
    }
    CHECK(dues(picked) == std::vector<std::string>{"2026-02-01", "2026-03-05", "2026-03-10"});
    CHECK(dues(overdue) == std::vector<std::string>{"2026-02-01"});
    // remindersFor builds only these, and the same ones, sentences and uids included.
    const auto same = [](const std::vector<Deadline> &a, const std::vector<Deadline> &b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Deadline &x, const Deadline &y) {
                   return x.uid() == y.uid() && x.explanation() == y.explanation() && x.state == y.state && x.due == y.due;
               });
    };
    CHECK(same(remindersFor(b, kSettings, today, 30, false), picked));
    CHECK(same(remindersFor(b, kSettings, today, 0, true), overdue));
    const auto groups = groupByCaseAndOwner(picked);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].owner == "Data lead");
    CHECK(groups[1].owner == "Director");
    CHECK(groups[1].deadlines.size() == 2);
}

TEST_CASE("Calendar settings are validated and the release date parses as MM-DD")
{
    CalendarSettings s;
    CHECK(validate(s).ok());
    CHECK(dashboardReleaseText(s) == "12-15");
    CHECK(setDashboardRelease(s, "12-05").ok());
    CHECK(s.dashboardReleaseDay == 5);
    for (const char *bad : {"13-01", "02-30", "1205", "12-5", "", "2026-12-05"}) {
        INFO(bad);
        auto copy = s;
        const auto status = setDashboardRelease(copy, bad);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().field == "dashboard_release");
        CHECK(copy.dashboardReleaseDay == 5);
    }
    s.planApprovalDays = 731;
    CHECK_FALSE(validate(s).ok());
    s.planApprovalDays = 0;
    s.timeZone.clear();
    CHECK(validate(s).error().field == "time_zone");
}

TEST_CASE("Pending deadlines built on one day give every later day's reminders up to their horizon")
{
    // The reminder cache (storage) builds pending deadlines once, on day `from`, and answers later
    // days from them: that must give exactly what the engine gives on each of those days.
    auto ta = withSchedule(CommunicationSchedule::Weekly, "2026-01-05");
    ta.caseRecord.openedOn = d("2024-06-20"); // the two-year minimum falls inside the days tried
    ta.communications = {comm("2026-01-06"), comm("2026-01-20"), comm("2026-02-25")};
    ta.scheduledContacts = {{5, 12, d("2026-03-18"), "Mid-year check-in"}};
    ta.documentationItems = {{40, 12, "Report", d("2026-02-01"), std::nullopt, "", 1},
                             {41, 12, "Evidence", d("2026-03-01"), d("2026-03-04"), "", 1}};
    ta.activities = {{50, 12, 1, "", ActivityStatus::Complete, d("2026-03-01"), "", "", std::nullopt},
                     {51, 12, 2, "Data lead", ActivityStatus::InProgress, d("2026-04-01"), "", "", std::nullopt}};
    auto spi = requiredBundle("2026-01-15");
    spi.caseRecord.kind = CaseKind::SpiIntervention;
    spi.spiActions = {{60, 12, SpiActionKind::BudgetRevision, "Revise", false, ActionStatus::Proposed,
                       d("2026-03-20"), "", std::nullopt},
                      {61, 12, SpiActionKind::LcapRevision, "Done", false, ActionStatus::Complete, d("2026-02-10"), "", std::nullopt}};
    auto plan = planBundle("2025-03-10");
    plan.caseRecord.approvedByDistrictOn = d("2025-06-01");
    plan.caseRecord.monitoringIntervalMonths = 3;
    plan.monitoringReviews = {{70, 7, d("2026-04-15"), std::nullopt, ""}};

    const Date from = d("2026-02-01"), horizon = d("2026-08-31");
    const int within = 30;
    for (const auto *bundle : {&ta, &spi, &plan}) {
        const auto pending = pendingDeadlinesFor(*bundle, kSettings, from, horizon);
        for (Date today = from; today.addDays(within) <= horizon; today = today.addDays(1)) {
            for (const bool overdueOnly : {false, true}) {
                const int window = overdueOnly ? 0 : within;
                std::vector<Deadline> cached;
                for (const auto &p : pending)
                    if (auto r = reminderOn(p, today, window, overdueOnly))
                        cached.push_back(*r);
                const auto live = remindersFor(*bundle, kSettings, today, window, overdueOnly);
                INFO(bundle->caseRecord.title << " on " << today.toString() << (overdueOnly ? " overdue only" : ""));
                REQUIRE(cached.size() == live.size());
                for (std::size_t k = 0; k < live.size(); ++k) {
                    CHECK(cached[k].uid() == live[k].uid());
                    CHECK(cached[k].explanation() == live[k].explanation());
                    CHECK(cached[k].state == live[k].state);
                    CHECK(cached[k].owner == live[k].owner);
                }
            }
        }
    }
    // Met items are never pending; items no longer owed on `from` are left out.
    const auto pending = pendingDeadlinesFor(ta, kSettings, from, horizon);
    std::set<Id> records;
    for (const auto &p : pending) {
        CHECK_FALSE(p.deadline.metOn.has_value());
        CHECK(p.deadline.state == DeadlineState::Upcoming);
        records.insert(p.deadline.recordId);
        if (p.endsOn)
            CHECK(*p.endsOn > from);
    }
    CHECK(records.contains(40));  // not submitted
    CHECK(records.contains(51));  // activity in progress
    CHECK_FALSE(records.contains(41)); // submitted
    CHECK_FALSE(records.contains(50)); // complete
}

TEST_CASE("Deadline sources are declared in the order of their codes, the order kept rows are read in")
{
    const auto entries = EnumTraits<DeadlineSource>::entries();
    for (std::size_t k = 1; k < entries.size(); ++k) {
        INFO(entries[k - 1].code << " before " << entries[k].code);
        CHECK(entries[k - 1].code < entries[k].code);
        CHECK(entries[k - 1].value < entries[k].value);
    }
}

TEST_CASE("A deadline's explanation and uid are built from its fields")
{
    Deadline x;
    x.caseId = 7;
    x.source = DeadlineSource::ScheduledCommunication;
    x.title = "Monthly communication";
    x.due = d("2026-03-15");
    x.because = "the schedule says so";
    CHECK(x.uid() == "case-7-scheduled_communication-2026-03-15@casebook");
    CHECK(x.explanation() == "Monthly communication \u2014 due 2026-03-15 because the schedule says so.");
    x.recordId = 31;
    CHECK(x.uid() == "case-7-scheduled_communication-31@casebook");
    x.state = DeadlineState::Late;
    x.metOn = d("2026-03-20");
    CHECK(x.explanation() == "Monthly communication \u2014 due 2026-03-15 because the schedule says so. "
                             "Met late on 2026-03-20.");
    x.source = DeadlineSource::PlanApproval;
    x.recordId = 0;
    CHECK(x.uid() == "case-7-plan_approval@casebook");
    x.owner = "Principal";
    CHECK(x.details() == x.explanation() + "\nOwner: Principal");
}

TEST_CASE("Deadlines past the supported range (years to 2200) are never computed")
{
    // A case near the end of the range once made a kept date unreadable (Date::parse reads
    // 1900-2200) and the whole deadline list failed.
    auto b = requiredBundle("2200-10-01");
    b.caseRecord.commSchedule = CommunicationSchedule::Monthly;
    b.caseRecord.commScheduleStart = d("2200-10-15");
    CalendarSettings settings;
    const auto all = deadlinesFor(b, settings, d("2200-11-01"), Date(2210, 1, 1));
    REQUIRE_FALSE(all.empty());
    for (const auto &deadline : all) {
        INFO(deadline.due.toString());
        CHECK(deadline.due <= d("2200-12-31"));
        CHECK(Date::parse(deadline.due.toString()).ok());
    }
    const auto kept = pendingDeadlinesFor(b, settings, d("2200-11-01"), Date(2210, 1, 1));
    for (const auto &p : kept)
        CHECK(p.deadline.due <= d("2200-12-31"));
}

TEST_CASE("The annual calendar's dates are kept once for the casebook, a case's own dates for each case")
{
    // LCAP adoption (July 1, Ed Code 52060) is one date for the whole district, whichever case lists it.
    const auto make = [](Id caseId, DeadlineSource source, const char *due) {
        Deadline d;
        d.caseId = caseId;
        d.source = source;
        d.due = *Date::parse(due);
        return d;
    };
    std::vector<Deadline> list{make(1, DeadlineSource::LcapAdoption, "2026-07-01"),
                               make(1, DeadlineSource::DocumentationItem, "2026-07-01"),
                               make(2, DeadlineSource::LcapAdoption, "2026-07-01"),
                               make(2, DeadlineSource::DocumentationItem, "2026-07-01"),
                               make(2, DeadlineSource::LcapAdoption, "2027-07-01"),
                               make(3, DeadlineSource::DashboardRelease, "2026-12-15"),
                               make(4, DeadlineSource::DashboardRelease, "2026-12-15")};
    keepAnnualDatesOnce(list);
    std::vector<std::pair<Id, DeadlineSource>> kept;
    for (const auto &d : list)
        kept.emplace_back(d.caseId, d.source);
    CHECK(kept == std::vector<std::pair<Id, DeadlineSource>>{{1, DeadlineSource::LcapAdoption},
                                                             {1, DeadlineSource::DocumentationItem},
                                                             {2, DeadlineSource::DocumentationItem},
                                                             {2, DeadlineSource::LcapAdoption},
                                                             {3, DeadlineSource::DashboardRelease}});
}

TEST_CASE("A phrase fills its pattern once, and its parts stay readable for a translation")
{
    // An argument's own "%2" is text, never filled again; "%%" is one "%".
    const Phrase p = Phrase::of("from %1 to %2 (100%%)", {Phrase("a%2"), Phrase::of("case %1", {Phrase("12")})});
    CHECK(p.str() == "from a%2 to case 12 (100%)");
    CHECK(p.pattern() == "from %1 to %2 (100%%)");
    REQUIRE(p.args().size() == 2);
    CHECK(p.args()[0].isText());
    CHECK(p.args()[1].pattern() == "case %1");
    const Phrase label = Phrase::label("Complete", "activity status");
    CHECK(label.str() == "Complete");
    CHECK(label.enumName() == "activity status");
    CHECK(Phrase().empty());
    CHECK(Phrase("").empty());
}

namespace {
int decodes = 0;
Phrase decodeForTest(std::string_view kept)
{
    ++decodes;
    return Phrase::of("kept %1", {Phrase(std::string(kept))});
}
} // namespace

TEST_CASE("A deferred phrase is decoded once, when first read, and its copies share the result")
{
    decodes = 0;
    const Phrase p = Phrase::deferred("12", decodeForTest);
    const Phrase copy = p;
    CHECK(decodes == 0);
    CHECK_FALSE(p.empty());
    CHECK(decodes == 0);
    CHECK(copy.str() == "kept 12");
    CHECK(p.pattern() == "kept %1");
    CHECK(p.args().size() == 1);
    CHECK(decodes == 1);
}

TEST_CASE("Every deadline's title and reason is built from listed patterns, never from text alone")
{
    // The sample of docs/deadlines.md's rules used above: every sentence's pattern is one of
    // deadlinePatterns(), so the desktop window can translate all of it.
    const auto listed = [](const Phrase &p) {
        const auto all = deadlinePatterns();
        return std::find(all.begin(), all.end(), p.pattern()) != all.end();
    };
    std::function<bool(const Phrase &)> patternsListed = [&](const Phrase &p) {
        if (p.isText() || !p.enumName().empty())
            return true;
        bool ok = listed(p) || p.pattern() == std::string(activityAreaTitle(1)) || p.pattern() == std::string(activityAreaTitle(2)) ||
                  p.pattern() == std::string(activityAreaTitle(3)) || p.pattern() == std::string(activityAreaTitle(4)) ||
                  p.pattern() == std::string(activityAreaTitle(5));
        for (const auto &a : p.args())
            ok = ok && patternsListed(a);
        return ok;
    };
    // One case of each kind, with a record of every kind that has a date.
    auto required = withSchedule(CommunicationSchedule::Weekly, "2026-05-01");
    required.activities.push_back(Activity{.id = 3, .caseId = 12, .area = 5, .dueOn = d("2026-09-01")});
    required.documentationItems.push_back(DocumentationItem{.id = 4, .caseId = 12, .title = "Q1 report",
                                                            .dueOn = d("2026-07-01"), .recipient = "County",
                                                            .activityArea = 2});
    required.scheduledContacts.push_back(ScheduledContact{.id = 5, .caseId = 12, .dueOn = d("2026-08-01")});
    auto plan = planBundle("2026-01-10");
    plan.caseRecord.approvedByDistrictOn = d("2026-03-01");
    plan.caseRecord.monitoringIntervalMonths = 3;
    auto spi = requiredBundle("2026-02-01");
    spi.caseRecord.kind = CaseKind::SpiIntervention;
    spi.spiActions.push_back(SpiAction{.id = 6, .caseId = 12, .kind = SpiActionKind::LcapRevision,
                                       .description = "Revise goal 2", .dueOn = d("2026-10-01")});
    std::set<DeadlineSource> seen;
    for (const auto &bundle : {required, plan, spi}) {
        for (const auto &x : deadlinesFor(bundle, CalendarSettings{}, d("2026-06-15"), d("2028-12-31"))) {
            INFO(x.explanation());
            seen.insert(x.source);
            CHECK_FALSE(x.because.isText());
            CHECK((!x.title.isText() || x.source == DeadlineSource::ScheduledCommunication));
            CHECK(patternsListed(x.detailed()));
        }
    }
    CHECK(seen.size() >= 10);
}
