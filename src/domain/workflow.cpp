// Workflow tables and guards (docs/workflows.md explains each with its Ed Code source).
#include "workflow.h"

#include "deadlines.h"
#include "validation.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace casebook {

namespace {

using S = CaseStatus;

// Every pattern the refusals of a move are said with (phrase.h), and the workflows' names said in them,
// listed once here so that workflowPatterns() can give them all to the test that checks the desktop
// window translates each. The English (Error::message) is what the CLI prints.
namespace text {
constexpr std::string_view kBoard = "technical-assistance request";
constexpr std::string_view kRequired = "required technical assistance";
constexpr std::string_view kSpi = "SPI intervention";
constexpr std::string_view kPlan = "school plan";
constexpr std::string_view kFinished = "a %1 case cannot go from \"%2\" to \"%3\"; it is finished";
constexpr std::string_view kAllowedNext = "a %1 case cannot go from \"%2\" to \"%3\"; allowed next: %4";
constexpr std::string_view kComma = "%1, %2";
constexpr std::string_view kActivitiesNotDone =
    "activities %1 are not done; required technical assistance documents the completion of activities 1-5 \"or "
    "substantially similar activities\" (BP 0520; Ed Code 52071(c)). Record each as complete, or as done through a "
    "substantially similar activity with what was done instead and its evidence";
constexpr std::string_view kTwoYears =
    "required technical assistance lasts \"for a minimum of two years following the identification\" (Ed Code "
    "52071(c)(1)); counted from %1, the case can close on or after %2";
constexpr std::string_view kAwaitingBoard =
    "awaiting State Board approval: the SPI identifies a district for intervention \"with the approval of the state "
    "board\" (Ed Code 52072.1(a)); record the date of the State Board's approval before the intervention becomes "
    "active";
constexpr std::string_view kPlanIncomplete =
    "a %1 plan is approved only when every required approval and part is recorded; missing: %2";

constexpr std::array kAll{kBoard,      kRequired,          kSpi,       kPlan,           kFinished,
                          kAllowedNext, kComma,            kActivitiesNotDone, kTwoYears, kAwaitingBoard,
                          kPlanIncomplete};
} // namespace text

Phrase statusPhrase(CaseStatus status)
{
    return Phrase::label(std::string(enumLabel(status)), std::string(EnumTraits<CaseStatus>::name));
}

std::string lowered(std::string s)
{
    if (!s.empty())
        s[0] = char(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

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
    static const Workflow board{text::kBoard, kBoardStates, kBoardTransitions};
    static const Workflow required{text::kRequired, kRequiredStates, kRequiredTransitions};
    static const Workflow spi{text::kSpi, kSpiStates, kSpiTransitions};
    static const Workflow plan{text::kPlan, kPlanStates, kPlanTransitions};
    switch (kind) {
    case CaseKind::TechnicalAssistance: return origin == TaOrigin::Required ? required : board;
    case CaseKind::SpiIntervention: return spi;
    case CaseKind::SchoolPlan: break;
    }
    return plan;
}

const Workflow &workflowOf(const Case &c) { return workflowOf(c.kind, c.origin); }

// Activities 1-5 not yet done (complete, or done through a substantially similar activity), each
// with what it is instead: "3 (not requested)", "5 (in progress)", "2 (no record)".
std::string activitiesNotDone(const std::vector<Activity> &activities)
{
    std::string missing;
    for (int area = 1; area <= 5; ++area) {
        const auto it = std::find_if(activities.begin(), activities.end(),
                                     [&](const Activity &a) { return a.area == area; });
        if (it != activities.end() && it->isDone())
            continue;
        const std::string what = it == activities.end() ? std::string("no record")
                                                        : lowered(std::string(enumLabel(it->status)));
        missing += (missing.empty() ? "" : ", ") + std::to_string(area) + " (" + what + ")";
    }
    return missing;
}

// The approvals a school plan needs (20 USC 6311(d)(1)(B)(v) for CSI: the school, the LEA and the
// State; (d)(2)(B)(iii) for TSI and ATSI: the LEA) that are not recorded.
std::vector<std::string> missingApprovals(const Case &c)
{
    std::vector<std::string> out;
    if (c.designation == Designation::CSI) {
        if (!c.approvedBySchoolOn)
            out.emplace_back("the school's approval (approved_by_school_on)");
        if (!c.approvedByDistrictOn)
            out.emplace_back("the district's approval (approved_by_district_on)");
        if (!c.approvedByStateOn)
            out.emplace_back("the State's (CDE's) approval (approved_by_state_on)");
    } else if (!c.approvedByDistrictOn) {
        out.emplace_back("the district's approval (approved_by_district_on)");
    }
    return out;
}

// What the plan must contain before it is approved: stakeholder involvement and a needs assessment
// for every plan; resource inequities for CSI and ATSI (20 USC 6311(d)(1)(B)(iii)-(iv), (d)(2)(C)).
std::vector<std::string> missingPlanContent(const Case &c)
{
    std::vector<std::string> out;
    if (isBlank(c.needsAssessment))
        out.emplace_back("the needs assessment (needs_assessment)");
    if (isBlank(c.stakeholderInvolvement))
        out.emplace_back("stakeholder involvement (stakeholder_involvement)");
    if (c.designation != Designation::TSI && isBlank(c.resourceInequities))
        out.emplace_back("the resource inequities (resource_inequities)");
    return out;
}

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k)
        out += (k == 0 ? "" : k + 1 == parts.size() ? " and " : ", ") + parts[k];
    return out;
}

std::string_view approvalSource(const Case &c)
{
    return c.designation == Designation::CSI ? "20 USC 6311(d)(1)(B)(v)" : "20 USC 6311(d)(2)(B)(iii)";
}

std::string_view contentSource(const Case &c)
{
    switch (c.designation) {
    case Designation::CSI: return "20 USC 6311(d)(1)(B)";
    case Designation::TSI: return "20 USC 6311(d)(2)(B); Ed Code 64001";
    case Designation::ATSI: break;
    }
    return "20 USC 6311(d)(2)(B)-(C); Ed Code 64001";
}

bool pastPlanApproval(CaseStatus s) { return s == S::PlanApproved || s == S::Monitoring || s == S::Exited; }

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

Date identificationDate(const Case &c)
{
    if (c.reidentifiedOn)
        return *c.reidentifiedOn;
    return c.identifiedOn ? *c.identifiedOn : c.openedOn;
}

Date earliestCloseDate(const Case &c) { return identificationDate(c).addYears(2); }

std::string minimumBasis(const Case &c) { return minimumBasisPhrase(c).str(); }

std::vector<std::string> missingFacts(const Case &c, const std::vector<SpiAction> &actions)
{
    std::vector<std::string> out;
    if (c.isRequiredAssistance() && !c.identifiedOn)
        out.push_back("The identification date (CDE's determination) is not recorded: the two-year minimum runs "
                      "from the identification (Ed Code 52071(c)(1)) and is counted from the opening date until it is.");
    if (c.kind == CaseKind::SpiIntervention) {
        if (!c.sbeIdentificationOn)
            out.push_back("Awaiting State Board approval of the identification: the SPI identifies a district "
                          "\"with the approval of the state board\" (Ed Code 52072.1(a)).");
        for (const auto &a : actions)
            if (!a.sbeApprovedOn && a.status != ActionStatus::Withdrawn)
                out.push_back("Awaiting State Board approval of SPI action " + std::to_string(a.id) + " (" +
                              std::string(enumLabel(a.kind)) + "): each action is taken \"with the approval of the "
                              "state board\" (Ed Code 52072.1(c)).");
    }
    if (c.kind == CaseKind::SchoolPlan && pastPlanApproval(c.status)) {
        if (auto missing = missingApprovals(c); !missing.empty())
            out.push_back("The plan is marked approved but " + joined(missing) + (missing.size() > 1 ? " are" : " is") +
                          " not recorded (" + std::string(approvalSource(c)) + ").");
        if (auto missing = missingPlanContent(c); !missing.empty())
            out.push_back("The approved plan does not record " + joined(missing) + " (" +
                          std::string(contentSource(c)) + ").");
    }
    return out;
}

Status checkTransition(const Case &c, CaseStatus to, const std::vector<Activity> &activities, const Date &today)
{
    const auto &wf = workflowOf(c);
    const bool listed = std::any_of(wf.transitions.begin(), wf.transitions.end(),
                                    [&](const Transition &t) { return t.from == c.status && t.to == to; });
    if (!listed) {
        Phrase allowed;
        for (auto s : nextStates(c))
            allowed = allowed.empty() ? statusPhrase(s) : Phrase::of(text::kComma, {allowed, statusPhrase(s)});
        const Phrase name = Phrase::of(wf.name);
        if (allowed.empty())
            return Error::conflict("status", Phrase::of(text::kFinished, {name, statusPhrase(c.status), statusPhrase(to)}));
        return Error::conflict("status",
                               Phrase::of(text::kAllowedNext, {name, statusPhrase(c.status), statusPhrase(to), allowed}));
    }
    if (c.isRequiredAssistance()) {
        const bool needsActivities = to == S::ActivitiesComplete || to == S::EligibleToClose || to == S::Closed;
        if (needsActivities) {
            if (auto missing = activitiesNotDone(activities); !missing.empty())
                return Error::conflict("activities", Phrase::of(text::kActivitiesNotDone, {missing}));
        }
        if ((to == S::EligibleToClose || to == S::Closed) && today < earliestCloseDate(c))
            return Error::conflict("two_year_minimum", Phrase::of(text::kTwoYears, {minimumBasisPhrase(c),
                                                                                  earliestCloseDate(c).toString()}));
    }
    if (c.kind == CaseKind::SpiIntervention && to == S::Active && !c.sbeIdentificationOn)
        return Error::conflict("sbe_identification_on", Phrase::of(text::kAwaitingBoard));
    if (c.kind == CaseKind::SchoolPlan) {
        if (to == S::PlanApproved) {
            std::vector<std::string> problems;
            if (auto missing = missingApprovals(c); !missing.empty())
                problems.push_back(joined(missing) + " (" + std::string(approvalSource(c)) + ")");
            if (auto missing = missingPlanContent(c); !missing.empty())
                problems.push_back(joined(missing) + " (" + std::string(contentSource(c)) + ")");
            if (!problems.empty())
                return Error::conflict("plan_approved", Phrase::of(text::kPlanIncomplete,
                                                                   {std::string(enumCode(c.designation)), joined(problems)}));
        }
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

std::span<const std::string_view> workflowPatterns() { return text::kAll; }

} // namespace casebook
