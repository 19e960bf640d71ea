// The statute as written. Every expected value here comes from the cited text, quoted in
// the test names and comments, not from Casebook's own code:
// - Ed Code 52071(c)(1): "technical assistance for a minimum of two years following the identification"
// - BP 0520: "the activities listed in Items #1-5 above, or substantially similar activities"
// - Ed Code 52072.1(a): "The Superintendent may, with the approval of the state board, identify school
//   districts in need of intervention"; (c): "the Superintendent may, with the approval of the state
//   board, do one or more of the following"; (c)(3): "Stay or rescind an action, if that action is not
//   required by a local collective bargaining agreement"
// - 20 USC 6311(d)(1)(B): a CSI plan "is based on a school-level needs assessment", "identifies
//   resource inequities", "is approved by the school, local educational agency, and State educational
//   agency"; (d)(2)(B): a TSI plan "is approved by the local educational agency"; (d)(2)(C): an ATSI
//   school "shall also identify resource inequities"; (d)(3)(A)(i)(I): more rigorous State-determined
//   action for a CSI school that does not meet exit criteria within a number of years "not to exceed
//   four years".
// - CDE, "LEA Criteria for Differentiated Assistance": "Access to a Broad Course of Study (Priority 7)",
//   "Outcomes in a Broad Course of Study (Priority 8)"; CALPADS: "per Education Code (EC) Section 60900"
//   (2024) and "per Education Code (EC) Section 52071 (a)(2)" (2025).
#include "domain/codes.h"
#include "domain/deadlines.h"
#include "domain/validation.h"
#include "domain/workflow.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;

namespace {

Date d(const char *s) { return *Date::parse(s); }

bool contains(const std::string &text, std::string_view part) { return text.find(part) != std::string::npos; }

Case required(const char *openedOn)
{
    Case c;
    c.id = 3;
    c.title = "Differentiated assistance";
    c.districtId = 1;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.status = CaseStatus::ActivitiesComplete;
    c.openedOn = d(openedOn);
    return c;
}

std::vector<Activity> done(ActivityStatus status = ActivityStatus::Complete)
{
    std::vector<Activity> out;
    for (int area = 1; area <= 5; ++area) {
        Activity a;
        a.id = area;
        a.caseId = 3;
        a.area = area;
        a.status = status;
        out.push_back(a);
    }
    return out;
}

Case spi()
{
    Case c;
    c.id = 4;
    c.title = "SPI intervention";
    c.districtId = 1;
    c.kind = CaseKind::SpiIntervention;
    c.status = CaseStatus::Identified;
    c.openedOn = d("2026-03-02");
    return c;
}

Case plan(Designation designation)
{
    Case c;
    c.id = 5;
    c.title = "School plan";
    c.districtId = 1;
    c.schoolId = 9;
    c.kind = CaseKind::SchoolPlan;
    c.status = CaseStatus::PlanDrafted;
    c.designation = designation;
    c.designationYear = 2025;
    c.openedOn = d("2026-01-20");
    return c;
}

std::vector<Deadline> of(const std::vector<Deadline> &all, DeadlineSource source)
{
    std::vector<Deadline> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Deadline &x) { return x.source == source; });
    return out;
}

} // namespace

TEST_CASE("Ed Code 52071(c)(1): the two-year minimum runs from the identification, not the case's opening")
{
    Case c = required("2026-02-10"); // the county's letter came weeks after CDE's determination
    c.identificationYear = 2025;
    c.identifiedOn = d("2025-12-15");
    c.countyLetterOn = d("2026-02-10");
    CHECK(earliestCloseDate(c) == d("2027-12-15"));
    CHECK(checkTransition(c, CaseStatus::EligibleToClose, done(), d("2027-12-15")).ok());
    const auto early = checkTransition(c, CaseStatus::EligibleToClose, done(), d("2027-12-14"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == "two_year_minimum");
    CHECK(contains(early.error().message, "following the identification"));
    CHECK(contains(early.error().message, "2025-12-15 (2025 Dashboard)"));

    SECTION("identified again while in assistance: the case continues and its minimum is extended")
    {
        c.reidentificationYear = 2026;
        c.reidentifiedOn = d("2026-12-14");
        CHECK(earliestCloseDate(c) == d("2028-12-14"));
        CHECK_FALSE(checkTransition(c, CaseStatus::EligibleToClose, done(), d("2027-12-15")).ok());
        CHECK(validate(c).ok());
        c.reidentifiedOn = d("2025-12-01");
        CHECK(validate(c).error().field == "reidentified_on");
    }
    SECTION("without a recorded identification the opening date counts, and the case says what is missing")
    {
        c.identifiedOn.reset();
        c.identificationYear = 0;
        CHECK(earliestCloseDate(c) == d("2028-02-10"));
        const auto missing = missingFacts(c, {});
        REQUIRE(missing.size() == 1);
        CHECK(contains(missing[0], "identification date"));
    }
    SECTION("the identification is a fact of required assistance only")
    {
        c.origin = TaOrigin::BoardRequest;
        c.status = CaseStatus::Active;
        CHECK(validate(c).error().field == "identified_on");
    }
}

TEST_CASE("BP 0520: an activity done through a substantially similar activity counts like a complete one")
{
    Case c = required("2024-01-10");
    auto activities = done();
    activities[2].status = ActivityStatus::SubstantiallySimilar;
    activities[2].substitute = "The county's data review replaced our own review of dashboards";
    activities[2].evidence = "County data review report, 2025-03";
    CHECK(validate(activities[2], c).ok());
    CHECK(checkTransition(c, CaseStatus::EligibleToClose, activities, d("2026-06-01")).ok());

    SECTION("it says what was done instead, with evidence")
    {
        activities[2].substitute.clear();
        CHECK(validate(activities[2], c).error().field == "substitute");
        activities[2].substitute = "Something else";
        activities[2].evidence = " ";
        CHECK(validate(activities[2], c).error().field == "evidence");
    }
    SECTION("\"not requested\" never closes a required case, and the refusal says what does")
    {
        activities[2].status = ActivityStatus::NotApplicable;
        const auto refused = checkTransition(c, CaseStatus::EligibleToClose, activities, d("2026-06-01"));
        REQUIRE_FALSE(refused.ok());
        CHECK(contains(refused.error().message, "3 (not requested)"));
        CHECK(contains(refused.error().message, "substantially similar"));
    }
}

TEST_CASE("Ed Code 52072.1(a): an SPI intervention becomes active only with the State Board's approval")
{
    Case c = spi();
    const auto refused = checkTransition(c, CaseStatus::Active, {}, d("2026-04-01"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "sbe_identification_on");
    CHECK(contains(refused.error().message, "with the approval of the state board"));
    CHECK(contains(refused.error().message, "52072.1(a)"));
    c.sbeIdentificationOn = d("2026-03-12");
    c.sbeIdentificationReference = "Item 14";
    CHECK(checkTransition(c, CaseStatus::Active, {}, d("2026-04-01")).ok());
    CHECK(validate(c).ok());
}

TEST_CASE("Ed Code 52072.1(c): each SPI action is taken with the State Board's approval")
{
    Case c = spi();
    SpiAction a;
    a.id = 1;
    a.caseId = c.id;
    a.description = "Revise LCAP goal 2";
    a.status = ActionStatus::InProgress;
    const auto refused = checkStep(nullptr, a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "sbe_approved_on");
    CHECK(contains(refused.error().message, "52072.1(c)"));
    SpiAction proposed = a;
    proposed.status = ActionStatus::Proposed;
    CHECK(checkStep(nullptr, proposed).ok());
    CHECK_FALSE(checkStep(&proposed, a).ok());
    a.sbeApprovedOn = d("2026-05-01");
    CHECK(checkStep(&proposed, a).ok());

    SECTION("an action already under way in an older casebook keeps its state and shows what it lacks")
    {
        SpiAction old = a;
        old.sbeApprovedOn.reset();
        SpiAction edited = old;
        edited.outcome = "Board adopted the revision";
        CHECK(checkStep(&old, edited).ok());
        c.sbeIdentificationOn = d("2026-03-12");
        const auto missing = missingFacts(c, {old});
        REQUIRE(missing.size() == 1);
        CHECK(contains(missing[0], "Awaiting State Board approval of SPI action 1"));
    }
    SECTION("the deadline list says the approval is awaited")
    {
        CaseBundle b;
        b.caseRecord = c;
        SpiAction due = a;
        due.sbeApprovedOn.reset();
        due.status = ActionStatus::Proposed;
        due.dueOn = d("2026-06-30");
        b.spiActions = {due};
        const auto all = deadlinesFor(b, CalendarSettings{}, d("2026-04-01"), d("2026-12-31"));
        const auto actions = of(all, DeadlineSource::SpiAction);
        REQUIRE(actions.size() == 1);
        CHECK(contains(actions[0].title.str(), "awaiting State Board approval"));
        const auto identification = of(all, DeadlineSource::SbeApproval);
        REQUIRE(identification.size() == 1);
        CHECK(contains(identification[0].because.str(), "52072.1(a)"));
    }
}

TEST_CASE("Ed Code 52072.1(c)(3): no stay or rescission of an action a bargaining agreement requires")
{
    Case c = spi();
    SpiAction a;
    a.caseId = c.id;
    a.kind = SpiActionKind::StayOrRescind;
    a.description = "Stay the layoff notices";
    a.requiredByBargainingAgreement = true;
    const auto refused = validate(a, c);
    REQUIRE_FALSE(refused.ok());
    CHECK(contains(refused.error().message, "52072.1(c)(3)"));
    CHECK_FALSE(contains(refused.error().message, "(b)(3)"));
}

TEST_CASE("20 USC 6311(d): who approves a plan and what it must contain, by designation")
{
    SECTION("CSI: the school, the LEA and the State approve; needs assessment, stakeholders, resource inequities")
    {
        Case c = plan(Designation::CSI);
        c.approvedByDistrictOn = d("2026-05-01");
        const auto refused = checkTransition(c, CaseStatus::PlanApproved, {}, d("2026-06-01"));
        REQUIRE_FALSE(refused.ok());
        for (const char *part : {"school's approval", "State's (CDE's) approval", "needs assessment",
                                 "stakeholder involvement", "resource inequities", "6311(d)(1)(B)(v)"})
            CHECK(contains(refused.error().message, part));
        CHECK_FALSE(contains(refused.error().message, "district's approval"));
        c.approvedBySchoolOn = d("2026-04-20");
        c.approvedByStateOn = d("2026-05-20");
        c.needsAssessment = "Needs assessment of 2025 Dashboard results";
        c.stakeholderInvolvement = "School site council, ELAC";
        c.resourceInequities = "Fewer credentialed teachers than the district average";
        CHECK(checkTransition(c, CaseStatus::PlanApproved, {}, d("2026-06-01")).ok());
    }
    SECTION("TSI: the LEA approves; no resource-inequity review is required")
    {
        Case c = plan(Designation::TSI);
        c.needsAssessment = "Needs assessment";
        c.stakeholderInvolvement = "School site council";
        const auto refused = checkTransition(c, CaseStatus::PlanApproved, {}, d("2026-06-01"));
        REQUIRE_FALSE(refused.ok());
        CHECK(contains(refused.error().message, "district's approval"));
        CHECK_FALSE(contains(refused.error().message, "school's approval"));
        c.approvedByDistrictOn = d("2026-05-01");
        CHECK(checkTransition(c, CaseStatus::PlanApproved, {}, d("2026-06-01")).ok());
    }
    SECTION("ATSI: the LEA approves, and the plan identifies resource inequities")
    {
        Case c = plan(Designation::ATSI);
        c.needsAssessment = "Needs assessment";
        c.stakeholderInvolvement = "School site council";
        c.approvedByDistrictOn = d("2026-05-01");
        const auto refused = checkTransition(c, CaseStatus::PlanApproved, {}, d("2026-06-01"));
        REQUIRE_FALSE(refused.ok());
        CHECK(contains(refused.error().message, "resource inequities"));
    }
    SECTION("a plan an older casebook already marked approved keeps its state and shows what is missing")
    {
        Case c = plan(Designation::CSI);
        c.status = CaseStatus::Monitoring;
        c.approvedByDistrictOn = d("2026-05-01");
        const auto missing = missingFacts(c, {});
        REQUIRE(missing.size() == 2);
        CHECK(contains(missing[0], "the State's (CDE's) approval"));
        CHECK(contains(missing[1], "needs assessment"));
    }
}

TEST_CASE("School-plan deadlines: the district's schedule is a setting; exit follows CDE's ESSA file")
{
    CaseBundle b;
    b.caseRecord = plan(Designation::CSI);
    b.caseRecord.status = CaseStatus::Monitoring;
    CalendarSettings settings;
    const auto all = deadlinesFor(b, settings, d("2026-02-01"), d("2031-12-31"));

    const auto approval = of(all, DeadlineSource::PlanApproval);
    REQUIRE(approval.size() == 1);
    CHECK(approval[0].due == d("2026-07-01"));
    CHECK(contains(approval[0].because.str(), "district's schedule"));
    CHECK_FALSE(contains(approval[0].because.str(), "64001"));

    // The exit review falls on the day the ESSA file is expected (default 01-31), from the first one
    // after the designation of 2026-01-20: 2027-01-31, 2028-01-31, ...
    const auto exits = of(all, DeadlineSource::ExitReview);
    REQUIRE(exits.size() >= 2);
    CHECK(exits[0].due == d("2027-01-31"));
    CHECK(exits[1].due == d("2028-01-31"));
    settings.exitReviewOnAnniversary = true;
    const auto anniversaries = of(deadlinesFor(b, settings, d("2026-02-01"), d("2031-12-31")), DeadlineSource::ExitReview);
    REQUIRE_FALSE(anniversaries.empty());
    CHECK(anniversaries[0].due == d("2027-01-20"));
    CHECK(contains(anniversaries[0].because.str(), "district's schedule"));

    // More rigorous interventions: designation + the State's limit (at most four years).
    const auto rigorous = of(all, DeadlineSource::MoreRigorousInterventions);
    REQUIRE(rigorous.size() == 1);
    CHECK(rigorous[0].due == d("2030-01-20"));
    CHECK(contains(rigorous[0].because.str(), "6311(d)(3)(A)(i)(I)"));
    settings.csiExitLimitYears = 5;
    CHECK(validate(settings).error().field == "csi_exit_limit_years");

    b.caseRecord.designation = Designation::TSI;
    CHECK(of(deadlinesFor(b, CalendarSettings{}, d("2026-02-01"), d("2031-12-31")),
             DeadlineSource::MoreRigorousInterventions)
              .empty());
}

TEST_CASE("The Dashboard release is the district's expectation, cited to no Ed Code section")
{
    CaseBundle b;
    b.caseRecord = required("2026-01-10");
    b.caseRecord.status = CaseStatus::Active;
    const auto releases = of(deadlinesFor(b, CalendarSettings{}, d("2026-02-01"), d("2026-12-31")),
                             DeadlineSource::DashboardRelease);
    REQUIRE(releases.size() == 1);
    CHECK_FALSE(contains(releases[0].because.str(), "Ed Code"));
    CHECK(contains(releases[0].because.str(), "calendar setting"));
}

TEST_CASE("Priority names as CDE's criteria write them")
{
    CHECK(lcffPriorityName(7) == "Access to a Broad Course of Study");
    CHECK(lcffPriorityName(8) == "Outcomes in a Broad Course of Study");
    CHECK(lcffPriorityName(3) == "Parent Engagement");
}

TEST_CASE("Exit review setting: MM-DD of the ESSA file, or the designation's anniversary")
{
    CalendarSettings s;
    CHECK(exitReviewText(s) == "01-31");
    REQUIRE(setExitReview(s, "02-15").ok());
    CHECK(s.essaFileMonth == 2);
    CHECK(s.essaFileDay == 15);
    REQUIRE(setExitReview(s, "anniversary").ok());
    CHECK(exitReviewText(s) == "anniversary");
    CHECK(setExitReview(s, "13-01").error().field == "exit_review");
}
