// The deadline engine; see deadlines.h. Each source has one function below, and docs/deadlines.md
// gives the rule it implements with its legal reference.
#include "deadlines.h"

#include "validation.h"
#include "workflow.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace casebook {

namespace {

// Every pattern the deadlines' titles and reasons are built from (phrase.h), listed once here so that
// deadlinePatterns() can give them all to the test that checks the desktop window translates each.
namespace text {
constexpr std::string_view kCase = "case %1";
constexpr std::string_view kCounty = "the County Superintendent";
constexpr std::string_view kTrustee = "the SPI's academic trustee";
constexpr std::string_view kWeekly = "weekly";
constexpr std::string_view kMonthly = "monthly";
constexpr std::string_view kQuarterly = "quarterly";
constexpr std::string_view kWeeklyTitle = "Weekly communication with %1";
constexpr std::string_view kMonthlyTitle = "Monthly communication with %1";
constexpr std::string_view kQuarterlyTitle = "Quarterly communication with %1";
constexpr std::string_view kScheduledTitle = "Scheduled communication with %1";
constexpr std::string_view kScheduleFrom = "the communication schedule of %1 is %2 from %3";
constexpr std::string_view kScheduleFromOpening = "the communication schedule of %1 is %2 from the opening date %3";
constexpr std::string_view kContactScheduled = "a communication with %1 is scheduled on that date for %2";
constexpr std::string_view kCommunicationLaw =
    "%1 (BP 0520: regular communication with the County Superintendent for a minimum of two years)";
constexpr std::string_view kDocumentationTitle = "Documentation: %1";
constexpr std::string_view kDocumentationDue = "its due date is recorded on %1";
constexpr std::string_view kDocumentationFor = "%1 for %2";
constexpr std::string_view kDocumentationEvidence = "%1 as evidence of activity %2 (%3)";
constexpr std::string_view kDocumentationLaw = "%1 (BP 0520: timely documentation of the completion of activities 1-5 "
                                               "or substantially similar activities)";
constexpr std::string_view kActivityTitle = "Activity %1: %2";
constexpr std::string_view kActivityRequired =
    "activity %1 of %2 is due then and required technical assistance documents its completion, or that of a "
    "substantially similar activity (BP 0520)";
constexpr std::string_view kActivityRequested =
    "activity %1 of %2 is due then under the Board's request for technical assistance (Ed Code 52071(a))";
constexpr std::string_view kTwoYearTitle = "Earliest close of required technical assistance";
constexpr std::string_view kTwoYear =
    "technical assistance lasts \"for a minimum of two years following the identification\" (Ed Code 52071(c)(1)), "
    "counted from %1; %2 can close on or after this date once activities 1-5 are done";
constexpr std::string_view kBasisAgain = "the identification again of %1";
constexpr std::string_view kBasisAgainYear = "the identification again of %1 (%2 Dashboard)";
constexpr std::string_view kBasis = "the identification of %1";
constexpr std::string_view kBasisYear = "the identification of %1 (%2 Dashboard)";
constexpr std::string_view kBasisOpening = "the case's opening date %1 (no identification date is recorded)";
constexpr std::string_view kAwaitingApproval = "%1 \u2014 awaiting State Board approval";
constexpr std::string_view kSpiActionApproved =
    "the SPI action \"%1\" of %2 is due then; the State Board approved it on %3 (Ed Code 52072.1(c))";
constexpr std::string_view kSpiActionUnapproved =
    "the SPI action \"%1\" of %2 is due then; the State Board's approval is not recorded, and the SPI takes each "
    "action \"with the approval of the state board\" (Ed Code 52072.1(c))";
constexpr std::string_view kSbeTitle = "Awaiting State Board approval of the SPI identification";
constexpr std::string_view kSbe =
    "the SPI identified the district on %1 (%2) and identifies a district for intervention \"with the approval of "
    "the state board\"; no approval is recorded (Ed Code 52072.1(a))";
constexpr std::string_view kCodeAndLabel = "%1 (%2)";
constexpr std::string_view kPlanDays = "the district's schedule (a calendar setting) allows %1 days after designation";
constexpr std::string_view kPlanJuly =
    "the district's schedule (a calendar setting) has it approved by the July 1 that follows";
constexpr std::string_view kCsiApprovers =
    "the plan is approved by the school, the district and the State (20 USC 6311(d)(1)(B)(v))";
constexpr std::string_view kDistrictApproves = "the plan is approved by the district (20 USC 6311(d)(2)(B)(iii))";
constexpr std::string_view kPlanApproval = "the school was designated for %1 on %2 (%3), %4, and %5";
constexpr std::string_view kPlanApprovalTitle = "%1 plan approval";
constexpr std::string_view kReviewScheduled = "a monitoring review of the %1 plan of %2 is scheduled then";
constexpr std::string_view kReviewInterval =
    "the plan of %1 was approved by the district on %2 and is reviewed every %3 months";
constexpr std::string_view kCsiMonitoring =
    "%1 (20 USC 6311(d)(1)(B)(vi): the State monitors and periodically reviews a CSI plan)";
constexpr std::string_view kDistrictMonitoring = "%1 (20 USC 6311(d)(2)(B)(iv): the district monitors the plan)";
constexpr std::string_view kReviewTitle = "Monitoring review of the %1 plan";
constexpr std::string_view kExitAnniversary =
    "the district's schedule (a calendar setting) reviews exit on each anniversary of the designation";
constexpr std::string_view kExitEssaFile =
    "the district expects CDE's ESSA assistance status file then (a calendar setting), and exit follows CDE's "
    "determination against the State's exit criteria (20 USC 6311(d)(1)(C)(i))";
constexpr std::string_view kExitReview = "the school was designated for %1 on %2 (%3); %4";
constexpr std::string_view kExitReviewTitle = "Review of the %1 exit determination";
constexpr std::string_view kRigorousTitle = "More rigorous interventions if the CSI school has not exited";
constexpr std::string_view kRigorous =
    "the school was designated for CSI on %1 (%2); a CSI school that does not meet the State's exit criteria within "
    "%3 years (a calendar setting) receives more rigorous State-determined action (20 USC 6311(d)(3)(A)(i)(I))";
constexpr std::string_view kLcapTitle = "LCAP adoption by the Governing Board";
constexpr std::string_view kLcap = "the Governing Board adopts or updates the LCAP by July 1 each year (Ed Code 52060, "
                                   "52061), and the LCAP carries the work of %1";
constexpr std::string_view kReleaseTitle = "California School Dashboard release";
constexpr std::string_view kRelease =
    "the district expects CDE's release of the Dashboard on that date (a calendar setting; CDE has released it in "
    "November and in December); its results can change the determination, identification or exit of %1";
constexpr std::string_view kExplanation = "%1 \u2014 due %2 because %3.";
constexpr std::string_view kMetOn = "%1 Met on %2.";
constexpr std::string_view kMet = "%1 Met.";
constexpr std::string_view kMetLateOn = "%1 Met late on %2.";
constexpr std::string_view kMetLateUndated = "%1 Met late on an unknown date.";
constexpr std::string_view kOverdue = "%1 Not done: overdue.";
constexpr std::string_view kOwnerLine = "%1\nOwner: %2";

constexpr std::array kAll{
    kCase, kCounty, kTrustee, kWeekly, kMonthly, kQuarterly, kWeeklyTitle, kMonthlyTitle, kQuarterlyTitle,
    kScheduledTitle, kScheduleFrom, kScheduleFromOpening, kContactScheduled, kCommunicationLaw, kDocumentationTitle,
    kDocumentationDue, kDocumentationFor, kDocumentationEvidence, kDocumentationLaw, kActivityTitle, kActivityRequired,
    kActivityRequested, kTwoYearTitle, kTwoYear, kBasisAgain, kBasisAgainYear, kBasis, kBasisYear, kBasisOpening,
    kAwaitingApproval, kSpiActionApproved, kSpiActionUnapproved,
    kSbeTitle, kSbe, kCodeAndLabel, kPlanDays, kPlanJuly, kCsiApprovers, kDistrictApproves, kPlanApproval,
    kPlanApprovalTitle, kReviewScheduled, kReviewInterval, kCsiMonitoring, kDistrictMonitoring, kReviewTitle,
    kExitAnniversary, kExitEssaFile, kExitReview, kExitReviewTitle, kRigorousTitle, kRigorous, kLcapTitle, kLcap,
    kReleaseTitle, kRelease, kExplanation, kMetOn, kMet, kMetLateOn, kMetLateUndated, kOverdue, kOwnerLine,
};
} // namespace text

Phrase phrase(std::string_view pattern, std::vector<Phrase> args = {})
{
    return Phrase::of(std::string(pattern), std::move(args));
}

template <typename E>
Phrase labelPhrase(E value)
{
    return Phrase::label(std::string(enumLabel(value)), std::string(EnumTraits<E>::name));
}

Phrase number(std::int64_t n) { return Phrase(std::to_string(n)); }

// The title of an activity area of Ed Code 52071, translatable like the deadlines' patterns.
Phrase activityAreaPhrase(int area) { return phrase(activityAreaTitle(area)); }

// The schedule's word ("weekly") and its title's pattern ("Weekly communication with %1").
std::pair<std::string_view, std::string_view> scheduleWords(CommunicationSchedule s)
{
    switch (s) {
    case CommunicationSchedule::Weekly: return {text::kWeekly, text::kWeeklyTitle};
    case CommunicationSchedule::Monthly: return {text::kMonthly, text::kMonthlyTitle};
    case CommunicationSchedule::Quarterly: return {text::kQuarterly, text::kQuarterlyTitle};
    case CommunicationSchedule::None:
    case CommunicationSchedule::ExplicitDates: break;
    }
    return {};
}

// The k-th date of a periodic schedule, always counted from its first date so that month ends do
// not drift (Jan 31, Feb 28, Mar 31, ...).
Date periodicDate(const Date &first, CommunicationSchedule s, int k)
{
    switch (s) {
    case CommunicationSchedule::Weekly: return first.addDays(7 * std::int64_t(k));
    case CommunicationSchedule::Monthly: return first.addMonths(k);
    case CommunicationSchedule::Quarterly: return first.addMonths(3 * k);
    case CommunicationSchedule::None:
    case CommunicationSchedule::ExplicitDates: break;
    }
    return first;
}

// Matches each due date (ascending, distinct), in order, with the first unused answer in
// (previous due, due] — met — or else in (due, next due) — late. Each answer meets one date only.
// `firstAfter` bounds the first window from below (exclusive); `afterLast` is the due date that
// follows the last one (nullopt: none, so a late answer may come any time after it).
std::vector<std::optional<Date>> matchSchedule(const std::vector<Date> &dues, const std::optional<Date> &firstAfter,
                                               const std::optional<Date> &afterLast, std::vector<Date> answers)
{
    std::sort(answers.begin(), answers.end());
    std::vector<bool> used(answers.size(), false);
    // The first unused answer in (lo, hi] or (lo, hi) when !closedHi; a missing bound is open.
    const auto take = [&](const std::optional<Date> &lo, const std::optional<Date> &hi,
                          bool closedHi) -> std::optional<Date> {
        auto it = lo ? std::upper_bound(answers.begin(), answers.end(), *lo) : answers.begin();
        for (; it != answers.end(); ++it) {
            if (hi && (closedHi ? *it > *hi : *it >= *hi))
                break;
            const auto index = std::size_t(it - answers.begin());
            if (!used[index]) {
                used[index] = true;
                return *it;
            }
        }
        return std::nullopt;
    };
    std::vector<std::optional<Date>> out;
    for (std::size_t k = 0; k < dues.size(); ++k) {
        const std::optional<Date> previous = k == 0 ? firstAfter : std::optional<Date>(dues[k - 1]);
        auto met = take(previous, dues[k], true);
        if (!met)
            met = take(dues[k], k + 1 < dues.size() ? std::optional<Date>(dues[k + 1]) : afterLast, false);
        out.push_back(met);
    }
    return out;
}

// Collects the deadlines of one case.
class CaseDeadlines {
public:
    // Every deadline as it stands on `today` (deadlinesFor), or, with `pending`, only those not met,
    // whatever day from `today` on the list is for (pendingDeadlinesFor): their sentences are built
    // without an outcome and their states are left to reminderOn().
    CaseDeadlines(const CaseBundle &b, const CalendarSettings &s, const Date &today, const Date &horizon, bool pending)
        : m_b(b), m_c(b.caseRecord), m_title(b.caseRecord.title), m_owner(b.caseRecord.owner), m_s(s), m_today(today),
          m_horizon(horizon), m_end(caseEndDate(b.caseRecord)),
          m_pending(pending)
    {
        m_last = m_end && *m_end < horizon ? *m_end : horizon;
        // Dates past the supported range (Date::parse reads 1900-2200) are never computed: a case
        // opened near the end of it must not make a kept date unreadable and the whole list fail.
        if (m_last > kLastSupportedDate)
            m_last = kLastSupportedDate;
    }

    std::vector<Deadline> deadlines()
    {
        run();
        return std::move(m_out);
    }

    std::vector<PendingDeadline> pendingDeadlines()
    {
        run();
        std::vector<PendingDeadline> out;
        out.reserve(m_out.size());
        for (std::size_t k = 0; k < m_out.size(); ++k)
            out.push_back({std::move(m_out[k]), m_endsOn[k]});
        return out;
    }

private:
    void run()
    {
        communications();
        documentationItems();
        activities();
        twoYearMinimum();
        spiActions();
        sbeApproval();
        planApproval();
        monitoringReviews();
        exitReviews();
        moreRigorousInterventions();
        annualCalendar();
        // One order for both lists (with the end dates kept beside their deadlines).
        std::vector<std::size_t> order(m_out.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(), [this](std::size_t x, std::size_t y) {
            const Deadline &a = m_out[x], &b = m_out[y];
            if (a.due != b.due)
                return a.due < b.due;
            return a.source != b.source ? a.source < b.source : a.recordId < b.recordId;
        });
        std::vector<Deadline> sorted;
        std::vector<std::optional<Date>> ends;
        sorted.reserve(order.size());
        ends.reserve(order.size());
        for (const auto k : order) {
            sorted.push_back(std::move(m_out[k]));
            ends.push_back(m_endsOn[k]);
        }
        m_out = std::move(sorted);
        m_endsOn = std::move(ends);
    }

    Phrase caseRef() const { return phrase(text::kCase, {number(m_c.id)}); }

    // How a deadline is met. `doneOn`: the date it was met; `doneUndated`: met on an unknown date;
    // `endsOn`: from that day on it is no longer owed — met on its due date when `metAtEnd` (the
    // two-year minimum), otherwise simply gone (the annual calendar's reminders).
    struct Meeting {
        std::optional<Date> doneOn;
        bool doneUndated = false;
        std::optional<Date> endsOn;
        bool metAtEnd = false;

        static Meeting on(std::optional<Date> date)
        {
            Meeting m;
            m.doneOn = date;
            return m;
        }
        static Meeting undated(bool done)
        {
            Meeting m;
            m.doneUndated = done;
            return m;
        }
        static Meeting owedUntil(const Date &end, bool metAtEnd)
        {
            Meeting m;
            m.endsOn = end;
            m.metAtEnd = metAtEnd;
            return m;
        }
    };

    // Adds a deadline when it falls on or before the last date this case can owe anything.
    void add(DeadlineSource source, Id recordId, Phrase title, const Date &due, Meeting meeting,
             std::string owner, Phrase because)
    {
        if (due > m_last)
            return;
        DeadlineState state = DeadlineState::Upcoming;
        if (m_pending) {
            if (meeting.doneOn || meeting.doneUndated || (meeting.endsOn && *meeting.endsOn <= m_today))
                return;
        } else if (meeting.doneOn) {
            state = classify(due, meeting.doneOn, m_today);
        } else if (meeting.doneUndated) {
            state = DeadlineState::Met;
        } else if (meeting.endsOn && m_today >= *meeting.endsOn) {
            if (!meeting.metAtEnd)
                return;
            state = DeadlineState::Met;
            meeting.doneOn = due;
        } else {
            state = classify(due, std::nullopt, m_today);
        }
        Deadline d;
        d.caseId = m_c.id;
        d.caseTitle = m_title;
        d.source = source;
        d.recordId = recordId;
        d.due = due;
        d.metOn = meeting.doneOn;
        d.state = state;
        d.owner = owner.empty() ? m_owner : SharedText(std::move(owner));
        d.title = std::move(title);
        d.because = std::move(because);
        m_out.push_back(std::move(d));
        m_endsOn.push_back(meeting.endsOn);
    }

private:
    Phrase counterpart() const
    {
        return phrase(m_c.kind == CaseKind::SpiIntervention ? text::kTrustee : text::kCounty);
    }

    // Only required assistance has a source that asks for regular communication or timely
    // documentation (BP 0520); other schedules are the case's own.
    Phrase underPolicy(Phrase because, std::string_view law) const
    {
        return m_c.isRequiredAssistance() ? phrase(law, {std::move(because)}) : because;
    }

    // Expected communications: the periodic schedule's dates and every scheduled contact, met by
    // the communications logged (Ed Code 52071: regular communication).
    void communications()
    {
        struct Due {
            Id recordId = 0;
            Phrase title; // one phrase for every date of the periodic schedule
            Phrase because;
        };
        std::map<Date, Due> dues;
        std::optional<Date> afterLast;
        const auto keepNext = [&](const Date &d) {
            if (!afterLast || d < *afterLast)
                afterLast = d;
        };
        if (const auto [word, titlePattern] = scheduleWords(m_c.commSchedule); !word.empty()) {
            const bool started = m_c.commScheduleStart.has_value();
            const Date first = started ? *m_c.commScheduleStart : periodicDate(m_c.openedOn, m_c.commSchedule, 1);
            const Phrase title = phrase(titlePattern, {counterpart()});
            const Phrase because =
                underPolicy(phrase(started ? text::kScheduleFrom : text::kScheduleFromOpening,
                                   {caseRef(), phrase(word), Phrase(started ? first.toString() : m_c.openedOn.toString())}),
                            text::kCommunicationLaw);
            for (int k = 0;; ++k) {
                const Date d = periodicDate(first, m_c.commSchedule, k);
                if (d > m_last) {
                    keepNext(d);
                    break;
                }
                dues[d] = {0, title, because};
            }
        }
        for (const auto &sc : m_b.scheduledContacts) {
            if (sc.dueOn > m_last) {
                keepNext(sc.dueOn);
                continue;
            }
            dues[sc.dueOn] = {sc.id, sc.purpose.empty() ? phrase(text::kScheduledTitle, {counterpart()}) : Phrase(sc.purpose),
                              underPolicy(phrase(text::kContactScheduled, {counterpart(), caseRef()}),
                                          text::kCommunicationLaw)};
        }
        // A communication that names the scheduled contact it answers meets that contact (on or before
        // its date: met; after: late), whenever it happened, and answers no other date; the earliest
        // of several naming one contact counts. The other dates are matched by the window rule with
        // the communications that name no contact.
        std::map<Id, Date> answered;
        std::vector<Date> logged;
        for (const auto &c : m_b.communications) {
            if (!c.scheduledContactId) {
                logged.push_back(c.occurredOn);
                continue;
            }
            auto [it, added] = answered.emplace(*c.scheduledContactId, c.occurredOn);
            if (!added && c.occurredOn < it->second)
                it->second = c.occurredOn;
        }
        std::vector<Date> dates;
        for (const auto &[d, due] : dues)
            if (due.recordId == 0 || !answered.contains(due.recordId))
                dates.push_back(d);
        const auto met = matchSchedule(dates, std::nullopt, afterLast, logged);
        std::size_t k = 0;
        for (const auto &[d, due] : dues) {
            const auto link = due.recordId == 0 ? answered.end() : answered.find(due.recordId);
            const std::optional<Date> on = link != answered.end() ? std::optional<Date>(link->second) : met[k++];
            add(DeadlineSource::ScheduledCommunication, due.recordId, due.title, d, Meeting::on(on), {}, due.because);
        }
    }

    void documentationItems()
    {
        for (const auto &item : m_b.documentationItems) {
            Phrase because = phrase(text::kDocumentationDue, {caseRef()});
            if (!item.recipient.empty())
                because = phrase(text::kDocumentationFor, {because, Phrase(item.recipient)});
            if (item.activityArea > 0)
                because = phrase(text::kDocumentationEvidence,
                                 {because, number(item.activityArea), activityAreaPhrase(item.activityArea)});
            add(DeadlineSource::DocumentationItem, item.id, phrase(text::kDocumentationTitle, {Phrase(item.title)}),
                item.dueOn, Meeting::on(item.submittedOn), {}, underPolicy(because, text::kDocumentationLaw));
        }
    }

    // An activity is met when marked complete: on its completion date when one is recorded;
    // otherwise on the latest date documentation for its area was submitted, and without such
    // documentation on an unknown date.
    void activities()
    {
        for (const auto &a : m_b.activities) {
            if (!a.dueOn || a.status == ActivityStatus::NotApplicable)
                continue;
            Meeting meeting;
            if (a.isDone() && a.completedOn) {
                meeting.doneOn = a.completedOn;
            } else if (a.isDone()) {
                for (const auto &item : m_b.documentationItems)
                    if (item.activityArea == a.area && item.submittedOn &&
                        (!meeting.doneOn || *item.submittedOn > *meeting.doneOn))
                        meeting.doneOn = item.submittedOn;
                meeting.doneUndated = !meeting.doneOn;
            }
            const Phrase because = phrase(
                m_c.isRequiredAssistance() ? text::kActivityRequired : text::kActivityRequested, {number(a.area), caseRef()});
            add(DeadlineSource::Activity, a.id, phrase(text::kActivityTitle, {number(a.area), activityAreaPhrase(a.area)}),
                *a.dueOn, meeting, a.owner, because);
        }
    }

    void twoYearMinimum()
    {
        if (!m_c.isRequiredAssistance())
            return;
        const Date due = earliestCloseDate(m_c);
        // Served on that date: met then, never overdue.
        add(DeadlineSource::TwoYearMinimum, 0, phrase(text::kTwoYearTitle), due, Meeting::owedUntil(due, true), {},
            phrase(text::kTwoYear, {minimumBasisPhrase(m_c), caseRef()}));
    }

    // A complete SPI action is met on its completion date, or on an unknown date when none is recorded.
    // An action without the State Board's approval says so in its title (Ed Code 52072.1(c)).
    void spiActions()
    {
        for (const auto &a : m_b.spiActions) {
            if (!a.dueOn || a.status == ActionStatus::Withdrawn)
                continue;
            const bool complete = a.status == ActionStatus::Complete;
            add(DeadlineSource::SpiAction, a.id,
                a.sbeApprovedOn ? labelPhrase(a.kind) : phrase(text::kAwaitingApproval, {labelPhrase(a.kind)}), *a.dueOn,
                complete && a.completedOn ? Meeting::on(a.completedOn) : Meeting::undated(complete), {},
                a.sbeApprovedOn ? phrase(text::kSpiActionApproved,
                                         {Phrase(a.description), caseRef(), Phrase(a.sbeApprovedOn->toString())})
                                : phrase(text::kSpiActionUnapproved, {Phrase(a.description), caseRef()}));
        }
    }

    // The SPI identifies a district "with the approval of the state board" (Ed Code 52072.1(a)):
    // until that approval is recorded, the case shows it is awaited from its identification date.
    void sbeApproval()
    {
        if (m_c.kind != CaseKind::SpiIntervention || m_c.sbeIdentificationOn)
            return;
        add(DeadlineSource::SbeApproval, 0, phrase(text::kSbeTitle), m_c.openedOn, Meeting{}, {},
            phrase(text::kSbe, {Phrase(m_c.openedOn.toString()), caseRef()}));
    }

    Phrase designationCode() const { return Phrase(std::string(enumCode(m_c.designation))); }
    Phrase designationText() const
    {
        return phrase(text::kCodeAndLabel, {designationCode(), labelPhrase(m_c.designation)});
    }

    // Who approves the plan (20 USC 6311(d)(1)(B)(v): a CSI plan by the school, the LEA and the State;
    // (d)(2)(B)(iii): a TSI or ATSI plan by the LEA); the last required approval meets it. The due
    // date is the district's own schedule, a calendar setting: no statute sets it.
    std::optional<Date> planApprovedOn() const
    {
        std::vector<std::optional<Date>> needed{m_c.approvedByDistrictOn};
        if (m_c.designation == Designation::CSI) {
            needed.push_back(m_c.approvedBySchoolOn);
            needed.push_back(m_c.approvedByStateOn);
        }
        std::optional<Date> last;
        for (const auto &d : needed) {
            if (!d)
                return std::nullopt;
            if (!last || *d > *last)
                last = d;
        }
        return last;
    }

    void planApproval()
    {
        if (m_c.kind != CaseKind::SchoolPlan)
            return;
        Date due;
        Phrase rule;
        if (m_s.planApprovalDays > 0) {
            due = m_c.openedOn.addDays(m_s.planApprovalDays);
            rule = phrase(text::kPlanDays, {number(m_s.planApprovalDays)});
        } else {
            due = Date(m_c.openedOn.year(), 7, 1);
            if (due <= m_c.openedOn)
                due = due.addYears(1);
            rule = phrase(text::kPlanJuly);
        }
        const Phrase approvers =
            phrase(m_c.designation == Designation::CSI ? text::kCsiApprovers : text::kDistrictApproves);
        add(DeadlineSource::PlanApproval, 0, phrase(text::kPlanApprovalTitle, {designationCode()}), due,
            Meeting::on(planApprovedOn()), {},
            phrase(text::kPlanApproval,
                   {designationText(), Phrase(m_c.openedOn.toString()), caseRef(), rule, approvers}));
    }

    std::vector<Date> reviewsHeld() const
    {
        std::vector<Date> held;
        for (const auto &r : m_b.monitoringReviews)
            if (r.heldOn)
                held.push_back(*r.heldOn);
        return held;
    }

    // Recorded reviews and, with a monitoring interval, one every N months from the district's
    // approval of the plan; reviews held are matched to them like communications.
    void monitoringReviews()
    {
        if (m_c.kind != CaseKind::SchoolPlan)
            return;
        std::map<Date, Id> dues; // due date -> review record (0: from the interval)
        std::optional<Date> afterLast;
        if (m_c.monitoringIntervalMonths > 0 && m_c.approvedByDistrictOn) {
            for (int k = 1;; ++k) {
                const Date d = m_c.approvedByDistrictOn->addMonths(k * m_c.monitoringIntervalMonths);
                if (d > m_last) {
                    afterLast = d;
                    break;
                }
                dues[d] = 0;
            }
        }
        for (const auto &r : m_b.monitoringReviews) {
            if (r.dueOn > m_last) {
                if (!afterLast || r.dueOn < *afterLast)
                    afterLast = r.dueOn;
                continue;
            }
            dues[r.dueOn] = r.id;
        }
        std::vector<Date> dates;
        for (const auto &[d, _] : dues)
            dates.push_back(d);
        const auto met = matchSchedule(dates, std::nullopt, afterLast, reviewsHeld());
        std::size_t k = 0;
        for (const auto &[d, id] : dues) {
            const Phrase because =
                id ? phrase(text::kReviewScheduled, {designationCode(), caseRef()})
                   : phrase(text::kReviewInterval, {caseRef(), Phrase(m_c.approvedByDistrictOn->toString()),
                                                    number(m_c.monitoringIntervalMonths)});
            add(DeadlineSource::MonitoringReview, id, phrase(text::kReviewTitle, {designationCode()}), d,
                Meeting::on(met[k++]), {},
                phrase(m_c.designation == Designation::CSI ? text::kCsiMonitoring : text::kDistrictMonitoring,
                       {because}));
        }
    }

    // The day of year `year` the setting puts on (a day past the month's end is its last day).
    static Date dayOf(int year, unsigned month, unsigned day)
    {
        const Date first(year, month, 1);
        return Date(year, month, std::min(day, first.addMonths(1).addDays(-1).day()));
    }

    // Exit follows CDE's determination after a Dashboard release: the exit review is due each year
    // on the day the district expects CDE's ESSA assistance status file (a calendar setting), from
    // the first such day after the first Dashboard release that follows the designation, or on
    // each anniversary of the designation when the district keeps that schedule instead. A
    // monitoring review held in the period before it, or the school's exit, meets it.
    void exitReviews()
    {
        if (m_c.kind != CaseKind::SchoolPlan)
            return;
        // CDE's first determination after the designation follows the first Dashboard release after it.
        Date release = dayOf(m_c.openedOn.year(), m_s.dashboardReleaseMonth, m_s.dashboardReleaseDay);
        if (release <= m_c.openedOn)
            release = dayOf(m_c.openedOn.year() + 1, m_s.dashboardReleaseMonth, m_s.dashboardReleaseDay);
        std::vector<Date> dates;
        Date next;
        for (int k = 1;; ++k) {
            next = m_s.exitReviewOnAnniversary ? m_c.openedOn.addYears(k)
                                               : dayOf(release.year() + k - 1, m_s.essaFileMonth, m_s.essaFileDay);
            if (next <= release && !m_s.exitReviewOnAnniversary)
                continue;
            if (next > m_last)
                break;
            dates.push_back(next);
        }
        auto answers = reviewsHeld();
        if (m_c.exitedOn)
            answers.push_back(*m_c.exitedOn);
        const auto met = matchSchedule(dates, m_c.openedOn, next, answers);
        const Phrase title = phrase(text::kExitReviewTitle, {designationCode()});
        const Phrase because =
            phrase(text::kExitReview, {designationText(), Phrase(m_c.openedOn.toString()), caseRef(),
                                       phrase(m_s.exitReviewOnAnniversary ? text::kExitAnniversary : text::kExitEssaFile)});
        for (std::size_t k = 0; k < dates.size(); ++k)
            add(DeadlineSource::ExitReview, 0, title, dates[k], Meeting::on(met[k]), {}, because);
    }

    // A CSI school that has not exited within the State's limit (a calendar setting; 20 USC
    // 6311(d)(3)(A)(i)(I): "not to exceed four years") reaches the more rigorous interventions step.
    // The exit before that day meets it.
    void moreRigorousInterventions()
    {
        if (m_c.kind != CaseKind::SchoolPlan || m_c.designation != Designation::CSI)
            return;
        const Date due = m_c.openedOn.addYears(m_s.csiExitLimitYears);
        add(DeadlineSource::MoreRigorousInterventions, 0, phrase(text::kRigorousTitle), due, Meeting::on(m_c.exitedOn), {},
            phrase(text::kRigorous, {Phrase(m_c.openedOn.toString()), caseRef(), number(m_s.csiExitLimitYears)}));
    }

    // July 1 and the Dashboard's December release, as reminders from today to the horizon: each is
    // owed until its day has passed, and none is ever overdue.
    void annualCalendar()
    {
        if (m_end)
            return;
        for (int year = m_today.year(); year <= m_horizon.year(); ++year) {
            const Date lcap(year, 7, 1);
            if (m_c.kind != CaseKind::SchoolPlan && lcap >= m_today)
                add(DeadlineSource::LcapAdoption, 0, phrase(text::kLcapTitle), lcap,
                    Meeting::owedUntil(lcap.addDays(1), false), {}, phrase(text::kLcap, {caseRef()}));
            const Date release = dayOf(year, m_s.dashboardReleaseMonth, m_s.dashboardReleaseDay);
            if (release >= m_today)
                add(DeadlineSource::DashboardRelease, 0, phrase(text::kReleaseTitle), release,
                    Meeting::owedUntil(release.addDays(1), false), {}, phrase(text::kRelease, {caseRef()}));
        }
    }

    const CaseBundle &m_b;
    const Case &m_c;
    SharedText m_title, m_owner; // given to each of the case's deadlines
    const CalendarSettings &m_s;
    Date m_today;
    Date m_horizon;
    std::optional<Date> m_end;
    Date m_last; // the last due date this case can have: the horizon or its closing date
    bool m_pending = false;
    std::vector<Deadline> m_out;
    std::vector<std::optional<Date>> m_endsOn; // beside m_out

};

} // namespace

Status validate(const CalendarSettings &s)
{
    if (s.timeZone.empty())
        return Error::badInput("time_zone", "expected an IANA time zone such as America/Los_Angeles");
    if (s.dashboardReleaseMonth < 1 || s.dashboardReleaseMonth > 12)
        return Error::badInput("dashboard_release", "expected a month 1-12, got " +
                                                        std::to_string(s.dashboardReleaseMonth));
    const Date first(2024, s.dashboardReleaseMonth, 1);
    const unsigned lastDay = first.addMonths(1).addDays(-1).day();
    if (s.dashboardReleaseDay < 1 || s.dashboardReleaseDay > lastDay)
        return Error::badInput("dashboard_release", "expected a day 1-" + std::to_string(lastDay) + " of month " +
                                                        std::to_string(s.dashboardReleaseMonth) + ", got " +
                                                        std::to_string(s.dashboardReleaseDay));
    const Date essa(2024, s.essaFileMonth < 1 || s.essaFileMonth > 12 ? 1 : s.essaFileMonth, 1);
    if (s.essaFileMonth < 1 || s.essaFileMonth > 12 || s.essaFileDay < 1 ||
        s.essaFileDay > essa.addMonths(1).addDays(-1).day())
        return Error::badInput("exit_review", "expected a month and day that exist (MM-DD), got month " +
                                                  std::to_string(s.essaFileMonth) + " day " + std::to_string(s.essaFileDay));
    if (s.csiExitLimitYears < 1 || s.csiExitLimitYears > 4)
        return Error::badInput("csi_exit_limit_years", "expected 1 to 4 years (20 USC 6311(d)(3)(A)(i)(I): not to exceed "
                                                       "four years), got " + std::to_string(s.csiExitLimitYears));
    if (s.planApprovalDays < 0 || s.planApprovalDays > 730)
        return Error::badInput("plan_approval_days", "expected 0 (the July 1 after designation) to 730 days, got " +
                                                         std::to_string(s.planApprovalDays));
    return {};
}

std::string dashboardReleaseText(const CalendarSettings &s)
{
    // A leap year, so that every valid month-day prints.
    return Date(2024, s.dashboardReleaseMonth, s.dashboardReleaseDay).toString().substr(5);
}

Status setDashboardRelease(CalendarSettings &s, std::string_view monthDay)
{
    auto d = Date::parse("2024-" + std::string(monthDay), "dashboard_release");
    if (!d || monthDay.size() != 5)
        return Error::badInput("dashboard_release",
                               "expected a month and day as MM-DD (for example 12-15), got \"" + std::string(monthDay) + "\"");
    s.dashboardReleaseMonth = d->month();
    s.dashboardReleaseDay = d->day();
    return {};
}

std::string exitReviewText(const CalendarSettings &s)
{
    if (s.exitReviewOnAnniversary)
        return "anniversary";
    return Date(2024, s.essaFileMonth, s.essaFileDay).toString().substr(5);
}

Status setExitReview(CalendarSettings &s, std::string_view text)
{
    if (text == "anniversary") {
        s.exitReviewOnAnniversary = true;
        return {};
    }
    auto d = Date::parse("2024-" + std::string(text), "exit_review");
    if (!d || text.size() != 5)
        return Error::badInput("exit_review", "expected the day CDE's ESSA assistance file is expected as MM-DD (for "
                                              "example 01-31), or \"anniversary\", got \"" + std::string(text) + "\"");
    s.exitReviewOnAnniversary = false;
    s.essaFileMonth = d->month();
    s.essaFileDay = d->day();
    return {};
}

DeadlineState classify(const Date &due, const std::optional<Date> &doneOn, const Date &today)
{
    if (doneOn)
        return *doneOn <= due ? DeadlineState::Met : DeadlineState::Late;
    return today > due ? DeadlineState::Overdue : DeadlineState::Upcoming;
}

std::optional<Date> caseEndDate(const Case &c)
{
    if (!isTerminal(c.status))
        return std::nullopt;
    if (c.closedOn)
        return c.closedOn;
    if (c.exitedOn)
        return c.exitedOn;
    return c.openedOn;
}

Phrase Deadline::explained() const
{
    Phrase out = phrase(text::kExplanation, {title, Phrase(due.toString()), because});
    switch (state) {
    case DeadlineState::Met: return metOn ? phrase(text::kMetOn, {out, Phrase(metOn->toString())}) : phrase(text::kMet, {out});
    case DeadlineState::Late: // always dated: classify() makes it late only against a date
        return metOn ? phrase(text::kMetLateOn, {out, Phrase(metOn->toString())}) : phrase(text::kMetLateUndated, {out});
    case DeadlineState::Overdue: return phrase(text::kOverdue, {out});
    case DeadlineState::Upcoming: break;
    }
    return out;
}

Phrase Deadline::detailed() const
{
    return owner.empty() ? explained() : phrase(text::kOwnerLine, {explained(), Phrase(owner.str())});
}

std::span<const std::string_view> deadlinePatterns() { return text::kAll; }

Phrase minimumBasisPhrase(const Case &c)
{
    if (c.reidentifiedOn)
        return c.reidentificationYear ? phrase(text::kBasisAgainYear, {Phrase(c.reidentifiedOn->toString()),
                                                                       number(c.reidentificationYear)})
                                      : phrase(text::kBasisAgain, {Phrase(c.reidentifiedOn->toString())});
    if (c.identifiedOn)
        return c.identificationYear
                   ? phrase(text::kBasisYear, {Phrase(c.identifiedOn->toString()), number(c.identificationYear)})
                   : phrase(text::kBasis, {Phrase(c.identifiedOn->toString())});
    return phrase(text::kBasisOpening, {Phrase(c.openedOn.toString())});
}

std::string Deadline::uid() const
{
    // The record's id; for a date a rule computes, the date itself (a schedule's dates, the annual
    // calendar, exit reviews); nothing for the one-per-case dates.
    std::string key;
    switch (source) {
    case DeadlineSource::DocumentationItem:
    case DeadlineSource::Activity:
    case DeadlineSource::SpiAction: key = std::to_string(recordId); break;
    case DeadlineSource::ScheduledCommunication:
    case DeadlineSource::MonitoringReview: key = recordId ? std::to_string(recordId) : due.toString(); break;
    case DeadlineSource::ExitReview:
    case DeadlineSource::LcapAdoption:
    case DeadlineSource::DashboardRelease: key = due.toString(); break;
    case DeadlineSource::TwoYearMinimum:
    case DeadlineSource::PlanApproval:
    case DeadlineSource::SbeApproval:
    case DeadlineSource::MoreRigorousInterventions: break;
    }
    return "case-" + std::to_string(caseId) + "-" + std::string(enumCode(source)) + (key.empty() ? "" : "-" + key) +
           "@casebook";
}

std::vector<Deadline> deadlinesFor(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                   const Date &horizon)
{
    return CaseDeadlines(bundle, settings, today, horizon, false).deadlines();
}

namespace {

bool remind(DeadlineState state, const Date &due, const Date &today, int withinDays, bool overdueOnly)
{
    if (state == DeadlineState::Overdue)
        return true;
    return !overdueOnly && state == DeadlineState::Upcoming && due <= today.addDays(withinDays);
}

} // namespace

bool isReminder(const Deadline &d, const Date &today, int withinDays, bool overdueOnly)
{
    return remind(d.state, d.due, today, withinDays, overdueOnly);
}

std::vector<PendingDeadline> pendingDeadlinesFor(const CaseBundle &bundle, const CalendarSettings &settings,
                                                 const Date &from, const Date &horizon)
{
    return CaseDeadlines(bundle, settings, from, horizon, true).pendingDeadlines();
}

bool makeReminder(Deadline &d, const std::optional<Date> &endsOn, const Date &today, int withinDays, bool overdueOnly)
{
    if (endsOn && today >= *endsOn)
        return false;
    d.state = classify(d.due, std::nullopt, today);
    return remind(d.state, d.due, today, withinDays, overdueOnly);
}

std::optional<Deadline> reminderOn(PendingDeadline pending, const Date &today, int withinDays, bool overdueOnly)
{
    if (!makeReminder(pending.deadline, pending.endsOn, today, withinDays, overdueOnly))
        return std::nullopt;
    return std::move(pending.deadline);
}

std::vector<Deadline> remindersFor(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                   int withinDays, bool overdueOnly)
{
    std::vector<Deadline> out;
    for (auto &pending : pendingDeadlinesFor(bundle, settings, today, today.addDays(withinDays)))
        if (auto reminder = reminderOn(std::move(pending), today, withinDays, overdueOnly))
            out.push_back(std::move(*reminder));
    return out;
}

void keepAnnualDatesOnce(std::vector<Deadline> &deadlines)
{
    std::set<std::pair<DeadlineSource, std::int64_t>> seen;
    std::erase_if(deadlines, [&](const Deadline &d) {
        const bool annual = d.source == DeadlineSource::LcapAdoption || d.source == DeadlineSource::DashboardRelease;
        return annual && !seen.insert({d.source, d.due.daysSinceEpoch()}).second;
    });
}

std::vector<DeadlineGroup> groupByCaseAndOwner(const std::vector<Deadline> &deadlines)
{
    std::map<std::pair<Id, std::string>, DeadlineGroup> groups;
    for (const auto &d : deadlines) {
        auto &g = groups[{d.caseId, d.owner}];
        g.caseId = d.caseId;
        g.caseTitle = d.caseTitle;
        g.owner = d.owner;
        g.deadlines.push_back(d);
    }
    std::vector<DeadlineGroup> out;
    for (auto &[_, g] : groups) {
        std::stable_sort(g.deadlines.begin(), g.deadlines.end(),
                         [](const Deadline &a, const Deadline &b) { return a.due < b.due; });
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace casebook
