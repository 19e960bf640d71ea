// The deadline engine: every date a case owes something, derived from the facts recorded in its
// CaseBundle and the calendar settings, each with a sentence saying why it is due.
// docs/deadlines.md states each rule with its Ed Code / USC source.
#pragma once

#include "case_bundle.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook {

// Met: done on or before the due date. Late: done after it. Overdue: not done and the date has
// passed. Upcoming: not done and due today or later.
enum class DeadlineState { Met, Late, Overdue, Upcoming };

template <>
struct EnumTraits<DeadlineState> {
    static constexpr std::string_view name = "deadline state";
    static std::span<const EnumEntry<DeadlineState>> entries()
    {
        static constexpr std::array<EnumEntry<DeadlineState>, 4> table{{
            {DeadlineState::Met, "met", "Met"},
            {DeadlineState::Late, "late", "Met late"},
            {DeadlineState::Overdue, "overdue", "Overdue"},
            {DeadlineState::Upcoming, "upcoming", "Upcoming"},
        }};
        return table;
    }
};

// The district's calendar: kept in the casebook's settings table (storage/deadline_store.h).
struct CalendarSettings {
    std::string timeZone = "America/Los_Angeles"; // IANA id; decides what "today" is
    unsigned dashboardReleaseMonth = 12;           // CDE releases the Dashboard each December
    unsigned dashboardReleaseDay = 15;
    // School plans: 0 = approval is due by the July 1 after designation (the CSI plan is part of the
    // LCAP and SPSA adopted by then); N > 0 = due N days after the designation date.
    int planApprovalDays = 0;
};

// Month 1-12 and a day that exists in that month in a leap year; plan approval 0-730 days.
Status validate(const CalendarSettings &settings);
// The Dashboard release date as "MM-DD", and its parser (Feb 29 falls on Feb 28 in other years).
std::string dashboardReleaseText(const CalendarSettings &settings);
Status setDashboardRelease(CalendarSettings &settings, std::string_view monthDay);

struct Deadline {
    Id caseId = 0;
    std::string caseTitle;
    // scheduled_communication, documentation_item, activity, two_year_minimum, spi_action,
    // plan_approval, monitoring_review, exit_review, lcap_adoption, dashboard_release
    std::string source;
    Id recordId = 0; // the record the deadline comes from; 0 when the date is computed from a schedule
    std::string title;
    Date due;
    std::optional<Date> metOn; // when the obligation was met (may be unknown for a met item)
    DeadlineState state = DeadlineState::Upcoming;
    std::string owner;
    std::string explanation; // "... due 2027-01-15 because ..."
    std::string uid;         // stable across exports: "case-12-documentation_item-40@casebook"
};

// Every deadline of the case due on or before `horizon`, past ones included, ordered by due date.
// Schedules generate dates up to the horizon and only while the case is open; a closed, withdrawn
// or exited case keeps the deadlines due up to its closing date and gets no new ones.
// Annual calendar dates (LCAP adoption, Dashboard release) have no record that meets them, so
// only those from `today` to `horizon` are listed, as reminders.
std::vector<Deadline> deadlinesFor(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                   const Date &horizon);

// Met or late by `doneOn` (nullopt: not done), otherwise overdue or upcoming against `today`.
DeadlineState classify(const Date &due, const std::optional<Date> &doneOn, const Date &today);

// The last day the case is open for new deadlines: its closing (or exit) date, or nullopt while open.
std::optional<Date> caseEndDate(const Case &c);

// Reminders: the overdue items plus the upcoming ones due within `withinDays` of `today`.
bool isReminder(const Deadline &d, const Date &today, int withinDays, bool overdueOnly);
// The same as deadlinesFor() to today + withinDays filtered by isReminder(), without building the
// deadlines that are not reminders (the query every start of the GUI runs).
std::vector<Deadline> remindersFor(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                   int withinDays, bool overdueOnly);

// A deadline not met yet, whatever the day: what a reminder list needs to know of it on any day up
// to its horizon. Its state is left Upcoming and its explanation has no outcome; reminderOn() gives
// both for a day. Storage keeps them for every open case (storage/deadline_store.h).
struct PendingDeadline {
    Deadline deadline;
    // From this day on it is no longer owed (the annual calendar's reminders after their day, the
    // two-year minimum once served); nullopt: owed until met, overdue after its due date.
    std::optional<Date> endsOn;
};

// Bump when a rule of the engine changes what pendingDeadlinesFor() returns: kept pending
// deadlines built by other rules are then rebuilt.
inline constexpr int kDeadlineRulesVersion = 1;

// The case's deadlines not met, due up to `horizon`, for reminder lists of any day from `from` to
// the horizon (those no longer owed on `from` are left out), by due date.
std::vector<PendingDeadline> pendingDeadlinesFor(const CaseBundle &bundle, const CalendarSettings &settings,
                                                 const Date &from, const Date &horizon);
// The reminder the pending deadline is on `today` (its state and full explanation), or nullopt when
// it is not one: remindersFor(...) is pendingDeadlinesFor(today, today + withinDays) put through this.
std::optional<Deadline> reminderOn(PendingDeadline pending, const Date &today, int withinDays, bool overdueOnly);
// The same in place, for lists read row by row: sets the pending deadline's state and completes its
// explanation when it is a reminder on `today`; false when it is not one (`d` is then unspecified).
bool makeReminder(Deadline &d, const std::optional<Date> &endsOn, const Date &today, int withinDays, bool overdueOnly);

// Deadlines grouped for a reminder list: one group per case and owner, in case id then owner order.
struct DeadlineGroup {
    Id caseId = 0;
    std::string caseTitle;
    std::string owner;
    std::vector<Deadline> deadlines;
};
std::vector<DeadlineGroup> groupByCaseAndOwner(const std::vector<Deadline> &deadlines);

} // namespace casebook
