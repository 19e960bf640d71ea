// The deadline engine: every date a case owes something, derived from the facts recorded in its
// CaseBundle and the calendar settings, each with a sentence saying why it is due.
// docs/deadlines.md states each rule with its Ed Code / USC source.
#pragma once

#include "case_bundle.h"
#include "phrase.h"
#include "shared_text.h"

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
    // When the district expects CDE's Dashboard release (CDE has released it in November and in
    // December): a district setting, no statute sets the day.
    unsigned dashboardReleaseMonth = 12;
    unsigned dashboardReleaseDay = 15;
    // The district's own schedule for school-plan approval (no statute sets it): 0 = by the July 1
    // after designation; N > 0 = N days after the designation date.
    int planApprovalDays = 0;
    // Exit review of a school plan: each year on the day the district expects CDE's ESSA assistance
    // status file (exit follows CDE's determination after a Dashboard release), or, when
    // exitReviewOnAnniversary, on each anniversary of the designation (the district's own schedule).
    unsigned essaFileMonth = 1;
    unsigned essaFileDay = 31;
    bool exitReviewOnAnniversary = false;
    // The State's limit for a CSI school to exit before more rigorous interventions (20 USC
    // 6311(d)(3)(A)(i)(I): a State-determined number of years, "not to exceed four years").
    int csiExitLimitYears = 4;

    bool operator==(const CalendarSettings &) const = default;
};

// Month 1-12 and a day that exists in that month in a leap year; plan approval 0-730 days.
Status validate(const CalendarSettings &settings);
// The Dashboard release date as "MM-DD", and its parser (Feb 29 falls on Feb 28 in other years).
std::string dashboardReleaseText(const CalendarSettings &settings);
Status setDashboardRelease(CalendarSettings &settings, std::string_view monthDay);
// The exit review setting as "MM-DD" (the ESSA file's expected day) or "anniversary", and its parser.
std::string exitReviewText(const CalendarSettings &settings);
Status setExitReview(CalendarSettings &settings, std::string_view text);

// Where a deadline comes from: the record kind or the rule that sets its date. Declared in the
// order of their codes, which is the order deadlines due the same day are listed in (the kept
// pending deadlines are ordered by the code text; a test checks the two agree).
enum class DeadlineSource {
    Activity,
    DashboardRelease,
    DocumentationItem,
    ExitReview,
    LcapAdoption,
    MonitoringReview,
    MoreRigorousInterventions,
    PlanApproval,
    SbeApproval,
    ScheduledCommunication,
    SpiAction,
    TwoYearMinimum,
};
template <>
struct EnumTraits<DeadlineSource> {
    static constexpr std::string_view name = "deadline source";
    static std::span<const EnumEntry<DeadlineSource>> entries()
    {
        static constexpr std::array<EnumEntry<DeadlineSource>, 12> table{{
            {DeadlineSource::Activity, "activity", "Activity"},
            {DeadlineSource::DashboardRelease, "dashboard_release", "Dashboard release"},
            {DeadlineSource::DocumentationItem, "documentation_item", "Documentation item"},
            {DeadlineSource::ExitReview, "exit_review", "Exit review"},
            {DeadlineSource::LcapAdoption, "lcap_adoption", "LCAP adoption"},
            {DeadlineSource::MonitoringReview, "monitoring_review", "Monitoring review"},
            {DeadlineSource::MoreRigorousInterventions, "more_rigorous_interventions", "More rigorous interventions"},
            {DeadlineSource::PlanApproval, "plan_approval", "Plan approval"},
            {DeadlineSource::SbeApproval, "sbe_approval", "State Board approval"},
            {DeadlineSource::ScheduledCommunication, "scheduled_communication", "Scheduled communication"},
            {DeadlineSource::SpiAction, "spi_action", "SPI action"},
            {DeadlineSource::TwoYearMinimum, "two_year_minimum", "Two-year minimum"}
        }};
        return table;
    }
};

struct Deadline {
    Id caseId = 0;
    SharedText caseTitle; // one string shared by the case's deadlines
    DeadlineSource source = DeadlineSource::ScheduledCommunication;
    Id recordId = 0; // the record the deadline comes from; 0 when the date is computed from a schedule
    Phrase title; // shared by the dates of one schedule (and by the rows a list reads)
    Date due;
    std::optional<Date> metOn; // when the obligation was met (may be unknown for a met item)
    DeadlineState state = DeadlineState::Upcoming;
    SharedText owner; // most often the case's owner, shared by its deadlines
    Phrase because; // why it is due: "the communication schedule of case 12 is weekly from ..."

    // The sentence a user reads: "<title> — due 2027-01-15 because <because>." and, once the state
    // is decided, its outcome (" Met on 2027-01-10.", " Not done: overdue."; nothing while upcoming).
    // Built when shown rather than kept: a reminder list holds tens of thousands of deadlines.
    // explanation() is its English; the desktop window says explained() in the reader's language.
    Phrase explained() const;
    std::string explanation() const { return explained().str(); }
    // The explanation and, when there is one, "Owner: ..." on a second line (a tooltip, a calendar
    // event's description).
    Phrase detailed() const;
    std::string details() const { return detailed().str(); }
    // Stable across exports, made of the case, source, record and (for dates a rule computes) the due
    // date: "case-12-documentation_item-40@casebook", "case-12-lcap_adoption-2027-07-01@casebook".
    std::string uid() const;
};

// Every pattern the deadlines' titles, reasons and explanations are built from (phrase.h), for the
// front end that translates them.
std::span<const std::string_view> deadlinePatterns();

// What the two-year minimum of required assistance is counted from: "the identification of
// 2026-01-12 (2025 Dashboard)" (workflow.h's minimumBasis() is its English).
Phrase minimumBasisPhrase(const Case &c);

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
// to its horizon. Its state is left Upcoming; reminderOn() gives its state on a day. Storage keeps
// them for every open case (storage/deadline_store.h).
struct PendingDeadline {
    Deadline deadline;
    // From this day on it is no longer owed (the annual calendar's reminders after their day, the
    // two-year minimum once served); nullopt: owed until met, overdue after its due date.
    std::optional<Date> endsOn;
};

// Bump when a rule of the engine changes what pendingDeadlinesFor() returns: kept pending
// deadlines built by other rules are then rebuilt.
// 3: a communication meets the scheduled contact it names; 4: titles and reasons kept as their parts (phrase.h)
inline constexpr int kDeadlineRulesVersion = 4;

// The case's deadlines not met, due up to `horizon`, for reminder lists of any day from `from` to
// the horizon (those no longer owed on `from` are left out), by due date.
std::vector<PendingDeadline> pendingDeadlinesFor(const CaseBundle &bundle, const CalendarSettings &settings,
                                                 const Date &from, const Date &horizon);
// The reminder the pending deadline is on `today` (with its state that day), or nullopt when it is
// not one: remindersFor(...) is pendingDeadlinesFor(today, today + withinDays) put through this.
std::optional<Deadline> reminderOn(PendingDeadline pending, const Date &today, int withinDays, bool overdueOnly);
// The same in place, for lists read row by row: sets the pending deadline's state when it is a
// reminder on `today`; false when it is not one (`d` is then unspecified).
bool makeReminder(Deadline &d, const std::optional<Date> &endsOn, const Date &today, int withinDays, bool overdueOnly);

// The annual calendar (LCAP adoption, Dashboard release) is the same for every case: keeps the first
// of each such date and drops its repeats from the other cases, in place, keeping the order.
void keepAnnualDatesOnce(std::vector<Deadline> &deadlines);

// Deadlines grouped for a reminder list: one group per case and owner, in case id then owner order.
struct DeadlineGroup {
    Id caseId = 0;
    std::string caseTitle;
    std::string owner;
    std::vector<Deadline> deadlines;
};
std::vector<DeadlineGroup> groupByCaseAndOwner(const std::vector<Deadline> &deadlines);

} // namespace casebook
