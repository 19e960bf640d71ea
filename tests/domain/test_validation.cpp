#include "domain/validation.h"

#include "support/phrase_patterns.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace casebook;

namespace {

Date d(const char *s) { return *Date::parse(s); }

Case parentCase(CaseKind kind = CaseKind::TechnicalAssistance)
{
    Case c;
    c.id = 7;
    c.kind = kind;
    c.origin = TaOrigin::Required;
    c.status = CaseStatus::Determined;
    c.districtId = 1;
    c.title = "Required assistance";
    c.openedOn = d("2025-01-15");
    if (kind == CaseKind::SpiIntervention)
        c.status = CaseStatus::Identified;
    if (kind == CaseKind::SchoolPlan) {
        c.status = CaseStatus::Identified;
        c.schoolId = 3;
        c.designationYear = 2023;
    }
    return c;
}

void requireFieldError(const Status &s, const std::string &field)
{
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == field);
    CHECK_FALSE(s.error().message.empty());
}

} // namespace

TEST_CASE("District and school validation names the field")
{
    District district{.id = 1, .cds = "0161119", .name = "Sample Unified", .county = "Alameda"};
    CHECK(validate(district).ok());
    requireFieldError(validate(District{.id = 1, .cds = "161119", .name = "X"}), "cds");
    requireFieldError(validate(District{.id = 1, .cds = "0161119", .name = "  "}), "name");

    CHECK(validate(School{.id = 1, .districtId = 1, .cds = "01611190130229", .name = "Sample High",
                          .titleI = true}, district).ok());
    requireFieldError(validate(School{.id = 1, .districtId = 1, .cds = "01611200130229", .name = "Elsewhere High",
                                      .titleI = true}, district), "cds");
    requireFieldError(validate(School{.id = 1, .districtId = 1, .cds = "0161119013022", .name = "Short",
                                      .titleI = true}, district), "cds");
}

TEST_CASE("Case validation")
{
    Case c = parentCase();
    CHECK(validate(c).ok());

    SECTION("a title is required") { c.title = ""; requireFieldError(validate(c), "title"); }
    SECTION("closing before opening is refused")
    {
        c.closedOn = d("2024-12-31");
        requireFieldError(validate(c), "closed_on");
    }
    SECTION("a periodic schedule needs its first date")
    {
        c.commSchedule = CommunicationSchedule::Monthly;
        requireFieldError(validate(c), "comm_schedule_start");
        c.commScheduleStart = d("2025-01-01");
        requireFieldError(validate(c), "comm_schedule_start");
        c.commScheduleStart = d("2025-02-01");
        CHECK(validate(c).ok());
    }
    SECTION("a status outside the workflow is refused")
    {
        c.status = CaseStatus::PlanApproved;
        requireFieldError(validate(c), "status");
    }
    SECTION("school plans need a school and a plausible year")
    {
        Case p = parentCase(CaseKind::SchoolPlan);
        CHECK(validate(p).ok());
        p.schoolId.reset();
        requireFieldError(validate(p), "school_id");
        p.schoolId = 3;
        p.designationYear = 2016;
        requireFieldError(validate(p), "designation_year");
        p.designationYear = 2023;
        p.approvedByDistrictOn = d("2023-12-01");
        requireFieldError(validate(p), "approved_by_district_on");
        p.approvedByDistrictOn.reset();
        p.monitoringIntervalMonths = 30;
        requireFieldError(validate(p), "monitoring_interval_months");
    }
}

TEST_CASE("Child records are validated against their case")
{
    const Case parent = parentCase();

    Activity a{.caseId = 7, .area = 3, .owner = "Ana", .status = ActivityStatus::InProgress, .dueOn = d("2025-06-30")};
    CHECK(validate(a, parent).ok());
    a.area = 6;
    requireFieldError(validate(a, parent), "area");
    a.area = 3;
    a.dueOn = d("2024-12-01");
    requireFieldError(validate(a, parent), "due_on");
    a.dueOn.reset();
    a.completedOn = d("2025-05-01"); // in progress: no completion date yet
    requireFieldError(validate(a, parent), "completed_on");
    a.status = ActivityStatus::Complete;
    CHECK(validate(a, parent).ok());
    a.completedOn = d("2024-12-01"); // before the case opened
    requireFieldError(validate(a, parent), "completed_on");
    a.completedOn.reset();
    a.caseId = 8;
    requireFieldError(validate(a, parent), "case_id");

    Communication c{.caseId = 7, .occurredOn = d("2025-02-01"), .mode = CommunicationMode::Meeting,
                    .participants = "COE liaison", .summary = "Quarterly check-in"};
    CHECK(validate(c, parent).ok());
    c.summary = " ";
    requireFieldError(validate(c, parent), "summary");

    DocumentationItem item{.caseId = 7, .title = "Q1 progress report", .dueOn = d("2025-04-15"),
                           .recipient = "County Superintendent", .activityArea = 1};
    CHECK(validate(item, parent).ok());
    item.dueOn = d("2025-01-01");
    requireFieldError(validate(item, parent), "due_on");
    item.dueOn = d("2025-04-15");
    item.activityArea = 9;
    requireFieldError(validate(item, parent), "activity_area");

    Partner p{.caseId = 7, .type = PartnerType::CountyOffice, .name = "Alameda COE", .scope = "Data review",
              .costCents = 1500000, .startOn = d("2025-02-01"), .endOn = d("2025-01-01")};
    requireFieldError(validate(p, parent), "end_on");
    p.endOn.reset();
    p.costCents = -1;
    requireFieldError(validate(p, parent), "cost_cents");

    CceeRecommendation r{.caseId = 7, .text = "Adopt a tiered attendance program", .receivedOn = d("2025-03-01"),
                         .consideration = Consideration::Declined, .lcapGoal = "Goal 2"};
    requireFieldError(validate(r, parent), "rationale");
    r.rationale = "Covered by the existing MTSS program";
    CHECK(validate(r, parent).ok());

    QualifyingGroup g{.caseId = 7, .studentGroup = "SWD", .indicator = "ELA", .priority = 4};
    CHECK(validate(g, parent).ok());
    g.priority = 5;
    requireFieldError(validate(g, parent), "priority");
    g.studentGroup = "XX";
    requireFieldError(validate(g, parent), "student_group");
}

TEST_CASE("An SPI stay or rescind of an action required by a bargaining agreement is refused")
{
    const Case spi = parentCase(CaseKind::SpiIntervention);
    SpiAction action{.caseId = 7, .kind = SpiActionKind::StayOrRescind, .description = "Stay the layoff resolution",
                     .status = ActionStatus::Proposed};
    CHECK(validate(action, spi).ok());
    action.requiredByBargainingAgreement = true;
    auto s = validate(action, spi);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Conflict);
    CHECK_THAT(s.error().message, Catch::Contains("collective bargaining agreement"));
    action.kind = SpiActionKind::BudgetRevision; // a budget revision may touch such an action
    CHECK(validate(action, spi).ok());
    // SPI actions only belong to SPI cases.
    requireFieldError(validate(action, parentCase()), "case_id");
}

TEST_CASE("An SPI action has a completion date only once complete, and not before the identification")
{
    const Case spi = parentCase(CaseKind::SpiIntervention);
    SpiAction action{.caseId = 7, .kind = SpiActionKind::LcapRevision, .description = "Revise goal 2",
                     .status = ActionStatus::InProgress, .completedOn = d("2025-05-01")};
    auto s = validate(action, spi);
    requireFieldError(s, "completed_on");
    CHECK_THAT(s.error().message, Catch::Contains("only a complete action"));
    action.status = ActionStatus::Complete;
    CHECK(validate(action, spi).ok());
    action.completedOn = spi.openedOn.addDays(-1);
    requireFieldError(validate(action, spi), "completed_on");
}

TEST_CASE("School-plan interventions carry an ESSA evidence tier 1-4")
{
    const Case plan = parentCase(CaseKind::SchoolPlan);
    Intervention i{.caseId = 7, .description = "Structured literacy tutoring", .targetGroup = "EL",
                   .costCents = 250000};
    CHECK(validate(i, plan).ok());
    i.evidenceTier = 5;
    requireFieldError(validate(i, plan), "evidence_tier");
    i.evidenceTier = 2;
    i.targetGroup = "BOGUS";
    requireFieldError(validate(i, plan), "target_group");
}

TEST_CASE("Attachments have a size limit with a clear error")
{
    const Case parent = parentCase();
    Attachment a{.caseId = 7, .ownerType = AttachmentOwner::Case, .ownerId = 7, .fileName = "minutes.pdf",
                 .mediaType = "application/pdf", .size = 1000, .sha256 = std::string(64, 'a')};
    CHECK(validate(a, parent).ok());
    a.size = kMaxAttachmentBytes + 1;
    requireFieldError(validate(a, parent), "size");
    a.size = 10;
    a.fileName = "";
    requireFieldError(validate(a, parent), "file_name");
}

TEST_CASE("A Dashboard result is judged by what CDE's files can carry, whoever stored it")
{
    // The district row of the 2024 ELA layout's first data line (ela24.asp columns).
    const DashboardResult good{.indicator = Indicator::ELA,
                               .year = 2024,
                               .cds = "01611190000000",
                               .rtype = RecordType::District,
                               .studentGroup = "SWD",
                               .districtName = "Sample Unified",
                               .countyName = "Alameda",
                               .currDenom = 640,
                               .statusLevel = 1,
                               .color = 1};
    REQUIRE(validate(good).ok());
    const auto fieldOf = [](const DashboardResult &r) { return validate(r).ok() ? std::string() : validate(r).error().field; };
    auto r = good;
    r.cds = "01611190112233"; // a school's code on a district row
    CHECK(fieldOf(r) == "cds");
    r = good;
    r.cds = "99611190000000"; // California's counties are 01-58
    CHECK(fieldOf(r) == "cds");
    r = good;
    r.rtype = RecordType::State;
    r.cds = "00000000000000"; // the state's row
    CHECK(fieldOf(r).empty());
    r = good;
    r.studentGroup = "ZZZ";
    CHECK(fieldOf(r) == "studentgroup");
    r = good;
    r.districtName = std::string("Sample\x1b[2J");
    CHECK(fieldOf(r) == "districtname");
    r = good;
    r.schoolName = std::string(201, 'a');
    CHECK(fieldOf(r) == "schoolname");
    r = good;
    r.currDenom = -1;
    CHECK(fieldOf(r) == "currdenom");
    r = good;
    r.color = 6;
    CHECK(fieldOf(r) == "color");
    r = good;
    r.change = std::numeric_limits<double>::infinity();
    CHECK(fieldOf(r) == "change");
    r = good;
    r.year = 1999;
    CHECK(fieldOf(r) == "reportingyear");
}

TEST_CASE("A refusal built from parts keeps them, its English unchanged, and every pattern in it is listed")
{
    const Case parent = parentCase();
    std::vector<Error> refusals;
    const auto refused = [&](const Status &s) {
        REQUIRE_FALSE(s.ok());
        refusals.push_back(s.error());
    };
    for (auto schedule : {CommunicationSchedule::Weekly, CommunicationSchedule::Monthly, CommunicationSchedule::Quarterly}) {
        Case c = parentCase();
        c.commSchedule = schedule;
        refused(validate(c));
    }
    for (auto consideration : {Consideration::Declined, Consideration::Adapted})
        refused(validate(CceeRecommendation{.caseId = 7, .text = "Hire a data coach", .consideration = consideration}, parent));
    Case closedEarly = parentCase();
    closedEarly.closedOn = d("2024-12-31");
    refused(validate(closedEarly));
    refused(validate(DocumentationItem{.caseId = 7, .title = "Report", .dueOn = d("2024-12-01")}, parent));
    refused(validate(District{.id = 1, .cds = "0161119", .name = std::string(201, 'x')}));
    refused(validate(District{.id = 1, .cds = "0161119", .name = "Tab\x01name"}));

    const std::vector<std::string> patterns = test::refusalPatterns(refusals);
    for (const auto &p : patterns) {
        INFO(p);
        CHECK(std::find(validationPatterns().begin(), validationPatterns().end(), p) != validationPatterns().end());
    }
    // The English reads as it always did (the CLI prints it).
    CHECK(refusals[0].message == "a weekly communication schedule needs its first date");
    CHECK(refusals[3].message == "a recommendation that was declined needs the district's reasons");
    CHECK(refusals[5].message == "2024-12-31 is before the opening date 2025-01-15");
    CHECK(refusals[6].message == "2024-12-01 is before the case's opening date 2025-01-15");
    CHECK(refusals[7].message == "is 201 characters long; at most 200 are allowed");
    CHECK(refusals[8].message == "holds the control character 0x01 at byte 4; text may not contain control characters");
}
