// Workflow tables and guards (docs/workflows.md explains each with its Ed Code source).
#include "workflow.h"

#include <algorithm>
#include <array>

namespace casebook {

namespace {

using S = CaseStatus;

struct Transition {
    S from;
    S to;
};

struct Workflow {
    std::string_view name;
    std::span<const S> states;
    std::span<const Transition> transitions;
};

constexpr std::array kBoardStates{S::Draft, S::Requested, S::Active, S::Completed, S::Closed, S::Withdrawn};
constexpr std::array kBoardTransitions{
    Transition{S::Draft, S::Requested}, Transition{S::Requested, S::Active}, Transition{S::Active, S::Completed},
    Transition{S::Completed, S::Active}, Transition{S::Completed, S::Closed}, Transition{S::Draft, S::Withdrawn},
    Transition{S::Requested, S::Withdrawn}, Transition{S::Active, S::Withdrawn}};

constexpr std::array kRequiredStates{S::Determined, S::Active, S::ActivitiesComplete, S::EligibleToClose, S::Closed};
constexpr std::array kRequiredTransitions{
    Transition{S::Determined, S::Active}, Transition{S::Active, S::ActivitiesComplete},
    Transition{S::ActivitiesComplete, S::Active}, Transition{S::ActivitiesComplete, S::EligibleToClose},
    Transition{S::EligibleToClose, S::Active}, Transition{S::EligibleToClose, S::Closed}};

constexpr std::array kSpiStates{S::Identified, S::Active, S::Completed, S::Closed};
constexpr std::array kSpiTransitions{Transition{S::Identified, S::Active}, Transition{S::Active, S::Completed},
                                     Transition{S::Completed, S::Active}, Transition{S::Completed, S::Closed}};

constexpr std::array kPlanStates{S::Identified, S::NeedsAssessment, S::PlanDrafted, S::PlanApproved, S::Monitoring,
                                 S::Exited};
constexpr std::array kPlanTransitions{
    Transition{S::Identified, S::NeedsAssessment}, Transition{S::NeedsAssessment, S::PlanDrafted},
    Transition{S::PlanDrafted, S::NeedsAssessment}, Transition{S::PlanDrafted, S::PlanApproved},
    Transition{S::PlanApproved, S::Monitoring}, Transition{S::Monitoring, S::Exited}};

const Workflow &workflowOf(CaseKind kind, TaOrigin origin)
{
    static const Workflow board{"technical-assistance request", kBoardStates, kBoardTransitions};
    static const Workflow required{"required technical assistance", kRequiredStates, kRequiredTransitions};
    static const Workflow spi{"SPI intervention", kSpiStates, kSpiTransitions};
    static const Workflow plan{"school plan", kPlanStates, kPlanTransitions};
    switch (kind) {
    case CaseKind::TechnicalAssistance: return origin == TaOrigin::Required ? required : board;
    case CaseKind::SpiIntervention: return spi;
    case CaseKind::SchoolPlan: break;
    }
    return plan;
}

const Workflow &workflowOf(const Case &c) { return workflowOf(c.kind, c.origin); }

std::string incompleteActivities(const std::vector<Activity> &activities)
{
    std::string missing;
    for (int area = 1; area <= 5; ++area) {
        const auto it = std::find_if(activities.begin(), activities.end(),
                                     [&](const Activity &a) { return a.area == area; });
        if (it == activities.end() || it->status != ActivityStatus::Complete)
            missing += (missing.empty() ? "" : ", ") + std::to_string(area);
    }
    return missing;
}

} // namespace

std::string_view workflowName(const Case &c) { return workflowOf(c).name; }

std::span<const CaseStatus> workflowStates(const Case &c) { return workflowOf(c).states; }

CaseStatus initialStatus(CaseKind kind, TaOrigin origin) { return workflowOf(kind, origin).states.front(); }

bool statusAllowed(const Case &c, CaseStatus status)
{
    const auto states = workflowStates(c);
    return std::find(states.begin(), states.end(), status) != states.end();
}

bool isTerminal(CaseStatus status)
{
    return status == S::Closed || status == S::Withdrawn || status == S::Exited;
}

std::vector<CaseStatus> nextStates(const Case &c)
{
    std::vector<CaseStatus> out;
    for (const auto &t : workflowOf(c).transitions)
        if (t.from == c.status)
            out.push_back(t.to);
    return out;
}

Date earliestCloseDate(const Case &c) { return c.openedOn.addYears(2); }

Status checkTransition(const Case &c, CaseStatus to, const std::vector<Activity> &activities, const Date &today)
{
    const auto &wf = workflowOf(c);
    const bool listed = std::any_of(wf.transitions.begin(), wf.transitions.end(),
                                    [&](const Transition &t) { return t.from == c.status && t.to == to; });
    if (!listed) {
        std::string allowed;
        for (auto s : nextStates(c))
            allowed += (allowed.empty() ? "" : ", ") + std::string(enumLabel(s));
        return Error::conflict("status", "a " + std::string(wf.name) + " case cannot go from \"" +
                                             std::string(enumLabel(c.status)) + "\" to \"" +
                                             std::string(enumLabel(to)) + "\"" +
                                             (allowed.empty() ? std::string("; it is finished")
                                                              : "; allowed next: " + allowed));
    }
    if (c.isRequiredAssistance()) {
        const bool needsActivities = to == S::ActivitiesComplete || to == S::EligibleToClose || to == S::Closed;
        if (needsActivities) {
            if (auto missing = incompleteActivities(activities); !missing.empty())
                return Error::conflict("activities", "activities " + missing +
                                                         " are not complete; required technical assistance "
                                                         "documents the completion of activities 1-5 (Ed Code 52071)");
        }
        if ((to == S::EligibleToClose || to == S::Closed) && today < earliestCloseDate(c))
            return Error::conflict("two_year_minimum",
                                   "required technical assistance lasts at least two years from the determination "
                                   "of " + c.openedOn.toString() + "; the case can close on or after " +
                                       earliestCloseDate(c).toString() + " (Ed Code 52071)");
    }
    if (c.kind == CaseKind::SchoolPlan) {
        if (to == S::PlanApproved && !c.approvedByDistrictOn)
            return Error::conflict("approved_by_district_on",
                                   "record the date the district approved the plan before marking it approved");
        if (to == S::Exited && !c.exitedOn)
            return Error::conflict("exited_on", "record the exit date and reason before marking the school exited");
    }
    return {};
}

Result<Case> applyTransition(Case c, CaseStatus to, const std::vector<Activity> &activities, const Date &today)
{
    CASEBOOK_TRY(checkTransition(c, to, activities, today));
    c.status = to;
    if (to == S::Closed || to == S::Withdrawn)
        c.closedOn = today;
    else if (!isTerminal(to))
        c.closedOn.reset();
    return c;
}

std::vector<Activity> initialActivities(const Case &c)
{
    std::vector<Activity> out;
    if (c.kind != CaseKind::TechnicalAssistance)
        return out;
    for (int area = 1; area <= 5; ++area) {
        Activity a;
        a.caseId = c.id;
        a.area = area;
        a.owner = c.owner;
        out.push_back(a);
    }
    return out;
}

} // namespace casebook
