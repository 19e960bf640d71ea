// Deadlines over the whole casebook: the reminder query the GUI runs at every start and the CLI's
// `deadlines` command, and the calendar settings the deadline engine reads, kept in the settings
// table with an audit row for each change.
#pragma once

#include "database.h"

#include "domain/deadlines.h"

#include <optional>
#include <vector>

namespace casebook::storage {

// Every open case with the records the deadline engine reads (activities, communications,
// scheduled contacts, documentation items, SPI actions, monitoring reviews), loaded with one query
// per table rather than one bundle at a time. District, school and the other lists stay empty, and
// communications carry only their id, case and date (all the deadline engine reads).
Result<std::vector<CaseBundle>> loadOpenCaseDeadlineBundles(Database &db);

struct ReminderQuery {
    Date today;
    int withinDays = 30;      // upcoming items due from today to today + withinDays
    bool overdueOnly = false; // only the missed items
    std::optional<Id> caseId; // one case (open or not) instead of every open case
};

// The overdue deadlines and, unless overdueOnly, the upcoming ones within the window, by due date.
Result<std::vector<Deadline>> reminders(Database &db, const CalendarSettings &settings, const ReminderQuery &query);

// Brings the pending deadlines the casebook keeps up to date for lists of `today` with that window
// (rebuilt when their rules, the calendar settings or their days no longer fit; the cases written
// since refreshed), so that the next list only reads them. reminders() does the same when it can
// write; the GUI runs this on a connection of its own once the background integrity check has
// passed, so that the list after a start that could not write does not rebuild in the window's thread.
Status updatePendingDeadlines(Database &db, const CalendarSettings &settings, const Date &today, int withinDays);

// The calendar settings; keys not stored yet keep their defaults.
Result<CalendarSettings> loadCalendarSettings(Database &db);
// Validates and stores the settings in one transaction, with an audit row per changed key.
Status saveCalendarSettings(Database &db, const CalendarSettings &settings);

// The settings table's keys.
inline constexpr std::string_view kTimeZoneKey = "calendar.time_zone";
inline constexpr std::string_view kDashboardReleaseKey = "calendar.dashboard_release"; // "MM-DD"
inline constexpr std::string_view kPlanApprovalDaysKey = "calendar.plan_approval_days";
inline constexpr std::string_view kExitReviewKey = "calendar.exit_review";
inline constexpr std::string_view kCsiExitLimitKey = "calendar.csi_exit_limit_years";

} // namespace casebook::storage
