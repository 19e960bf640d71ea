#include "domain/deadlines.h"
#include "domain/workflow.h"

#include "support/phrase_patterns.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;

namespace {

Date d(const char *s) { return *Date::parse(s); }

Case requiredCase()
{
    Case c;
    c.id = 1;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.status = CaseStatus::Active;
    c.openedOn = d("2024-02-29");
    return c;
}

std::vector<Activity> activities(ActivityStatus status, int count = 5)
{
    std::vector<Activity> out;
    for (int area = 1; area <= count; ++area)
        out.push_back(Activity{.id = area, .caseId = 1, .area = area, .status = status});
    return out;
}

} // namespace

TEST_CASE("Each case type starts in its workflow's first state")
{
    CHECK(initialStatus(CaseKind::TechnicalAssistance, TaOrigin::BoardRequest) == CaseStatus::Draft);
    CHECK(initialStatus(CaseKind::TechnicalAssistance, TaOrigin::Required) == CaseStatus::Determined);
    CHECK(initialStatus(CaseKind::SpiIntervention, TaOrigin::BoardRequest) == CaseStatus::Identified);
    CHECK(initialStatus(CaseKind::SchoolPlan, TaOrigin::BoardRequest) == CaseStatus::Identified);
}

TEST_CASE("A required case cannot close before determination + 2 years nor with incomplete activities")
{
    Case c = requiredCase();
    const auto complete = activities(ActivityStatus::Complete);

    // Two years from a leap day: 2026-02-28.
    CHECK(earliestCloseDate(c) == d("2026-02-28"));

    auto s = checkTransition(c, CaseStatus::ActivitiesComplete, activities(ActivityStatus::InProgress), d("2026-06-01"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == "activities");
    CHECK_THAT(s.error().message,
               Catch::Contains("1 (in progress), 2 (in progress), 3 (in progress), 4 (in progress), 5 (in progress)"));

    // Four complete activities and one missing is not enough.
    s = checkTransition(c, CaseStatus::ActivitiesComplete, activities(ActivityStatus::Complete, 4), d("2026-06-01"));
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("activities 5 (no record) are not done"));

    REQUIRE(checkTransition(c, CaseStatus::ActivitiesComplete, complete, d("2025-01-01")).ok());
    c.status = CaseStatus::ActivitiesComplete;

    s = checkTransition(c, CaseStatus::EligibleToClose, complete, d("2026-02-27"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == "two_year_minimum");
    CHECK_THAT(s.error().message, Catch::Contains("2026-02-28"));
    CHECK(checkTransition(c, CaseStatus::EligibleToClose, complete, d("2026-02-28")).ok());

    c.status = CaseStatus::EligibleToClose;
    auto closed = applyTransition(c, CaseStatus::Closed, complete, d("2026-03-02"));
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(closed->closedOn == d("2026-03-02"));
}

TEST_CASE("Transitions the workflow does not list are refused with the allowed ones")
{
    Case c = requiredCase();
    c.status = CaseStatus::Determined;
    auto s = checkTransition(c, CaseStatus::Closed, {}, d("2030-01-01"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Conflict);
    CHECK_THAT(s.error().message, Catch::Contains("allowed next: Active"));

    Case board;
    board.kind = CaseKind::TechnicalAssistance;
    board.origin = TaOrigin::BoardRequest;
    board.status = CaseStatus::Closed;
    s = checkTransition(board, CaseStatus::Active, {}, d("2030-01-01"));
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("it is finished"));
}

TEST_CASE("A school plan needs its approval and exit dates before those states")
{
    Case plan;
    plan.kind = CaseKind::SchoolPlan;
    plan.status = CaseStatus::PlanDrafted;
    plan.openedOn = d("2024-01-10");
    auto s = checkTransition(plan, CaseStatus::PlanApproved, {}, d("2024-05-01"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == "plan_approved");
    plan.approvedByDistrictOn = d("2024-04-20");
    // A CSI plan also needs the school's and the State's approval and its parts (20 USC 6311(d)(1)(B)).
    CHECK_FALSE(checkTransition(plan, CaseStatus::PlanApproved, {}, d("2024-05-01")).ok());
    plan.approvedBySchoolOn = d("2024-04-10");
    plan.approvedByStateOn = d("2024-04-30");
    plan.needsAssessment = "Needs assessment";
    plan.stakeholderInvolvement = "School site council";
    plan.resourceInequities = "Teacher experience";
    CHECK(checkTransition(plan, CaseStatus::PlanApproved, {}, d("2024-05-01")).ok());
    plan.status = CaseStatus::Monitoring;
    CHECK_FALSE(checkTransition(plan, CaseStatus::Exited, {}, d("2026-05-01")).ok());
    plan.exitedOn = d("2026-04-01");
    CHECK(checkTransition(plan, CaseStatus::Exited, {}, d("2026-05-01")).ok());
}

TEST_CASE("Technical-assistance cases start with the five activities of Ed Code 52071")
{
    Case c = requiredCase();
    const auto list = initialActivities(c);
    REQUIRE(list.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(list[std::size_t(i)].area == i + 1);
    c.kind = CaseKind::SpiIntervention;
    CHECK(initialActivities(c).empty());
}

TEST_CASE("A refused move keeps its phrase beside the same English, and every pattern in it is listed")
{
    std::vector<Error> refusals;
    const auto refused = [&](const Status &s) {
        REQUIRE_FALSE(s.ok());
        refusals.push_back(s.error());
    };
    Case c = requiredCase();
    refused(checkTransition(c, CaseStatus::ActivitiesComplete, activities(ActivityStatus::InProgress), d("2026-06-01")));
    c.status = CaseStatus::ActivitiesComplete;
    refused(checkTransition(c, CaseStatus::EligibleToClose, activities(ActivityStatus::Complete), d("2026-02-27")));
    c.status = CaseStatus::Determined;
    refused(checkTransition(c, CaseStatus::Closed, {}, d("2030-01-01")));
    Case board;
    board.kind = CaseKind::TechnicalAssistance;
    board.origin = TaOrigin::BoardRequest;
    board.status = CaseStatus::Closed;
    refused(checkTransition(board, CaseStatus::Active, {}, d("2030-01-01")));
    Case spi;
    spi.kind = CaseKind::SpiIntervention;
    spi.status = CaseStatus::Identified;
    refused(checkTransition(spi, CaseStatus::Active, {}, d("2030-01-01")));
    Case plan;
    plan.kind = CaseKind::SchoolPlan;
    plan.status = CaseStatus::PlanDrafted;
    plan.openedOn = d("2024-01-10");
    refused(checkTransition(plan, CaseStatus::PlanApproved, {}, d("2024-05-01")));

    const std::vector<std::string> patterns = test::refusalPatterns(refusals);
    // The two-year basis is the deadlines' own phrase (deadlinePatterns()).
    const auto listed = [](const std::string &p) {
        return std::find(workflowPatterns().begin(), workflowPatterns().end(), p) != workflowPatterns().end() ||
               std::find(deadlinePatterns().begin(), deadlinePatterns().end(), p) != deadlinePatterns().end();
    };
    for (const auto &p : patterns) {
        INFO(p);
        CHECK(listed(p));
    }
    // The English as the CLI has always printed it (the statute's words from Ed Code 52071(c)(1)).
    CHECK(refusals[2].message ==
          "a required technical assistance case cannot go from \"Determined\" to \"Closed\"; allowed next: Active");
    CHECK(refusals[3].message == "a technical-assistance request case cannot go from \"Closed\" to \"Active\"; it is finished");
    CHECK_THAT(refusals[1].message, Catch::Contains("\"for a minimum of two years following the identification\""));
}
