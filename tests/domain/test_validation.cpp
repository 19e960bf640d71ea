#include "domain/validation.h"

#include <catch2/catch.hpp>

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
    District district{1, "0161119", "Sample Unified", "Alameda"};
    CHECK(validate(district).ok());
    requireFieldError(validate(District{1, "161119", "X", ""}), "cds");
    requireFieldError(validate(District{1, "0161119", "  ", ""}), "name");

    CHECK(validate(School{1, 1, "01611190130229", "Sample High", false, true}, district).ok());
    requireFieldError(validate(School{1, 1, "01611200130229", "Elsewhere High", false, true}, district), "cds");
    requireFieldError(validate(School{1, 1, "0161119013022", "Short", false, true}, district), "cds");
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

    Activity a{0, 7, 3, "Ana", ActivityStatus::InProgress, d("2025-06-30"), "", "", std::nullopt};
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

    Communication c{0, 7, d("2025-02-01"), CommunicationMode::Meeting, "COE liaison", "Quarterly check-in", ""};
    CHECK(validate(c, parent).ok());
    c.summary = " ";
    requireFieldError(validate(c, parent), "summary");

    DocumentationItem item{0, 7, "Q1 progress report", d("2025-04-15"), std::nullopt, "County Superintendent", 1};
    CHECK(validate(item, parent).ok());
    item.dueOn = d("2025-01-01");
    requireFieldError(validate(item, parent), "due_on");
    item.dueOn = d("2025-04-15");
    item.activityArea = 9;
    requireFieldError(validate(item, parent), "activity_area");

    Partner p{0, 7, PartnerType::CountyOffice, "Alameda COE", "Data review", 1500000, d("2025-02-01"), d("2025-01-01")};
    requireFieldError(validate(p, parent), "end_on");
    p.endOn.reset();
    p.costCents = -1;
    requireFieldError(validate(p, parent), "cost_cents");

    CceeRecommendation r{0, 7, "Adopt a tiered attendance program", d("2025-03-01"), Consideration::Declined, "", "Goal 2"};
    requireFieldError(validate(r, parent), "rationale");
    r.rationale = "Covered by the existing MTSS program";
    CHECK(validate(r, parent).ok());

    QualifyingGroup g{0, 7, "SWD", "ELA", 4};
    CHECK(validate(g, parent).ok());
    g.priority = 5;
    requireFieldError(validate(g, parent), "priority");
    g.studentGroup = "XX";
    requireFieldError(validate(g, parent), "student_group");
}

TEST_CASE("An SPI stay or rescind of an action required by a bargaining agreement is refused")
{
    const Case spi = parentCase(CaseKind::SpiIntervention);
    SpiAction action{0, 7, SpiActionKind::StayOrRescind, "Stay the layoff resolution", false,
                     ActionStatus::Proposed, std::nullopt, "", std::nullopt};
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
    SpiAction action{0, 7, SpiActionKind::LcapRevision, "Revise goal 2", false, ActionStatus::InProgress,
                     std::nullopt, "", d("2025-05-01")};
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
    Intervention i{0, 7, "Structured literacy tutoring", 1, "EL", 250000};
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
    Attachment a{0, 7, AttachmentOwner::Case, 7, "minutes.pdf", "application/pdf", 1000, std::string(64, 'a'), ""};
    CHECK(validate(a, parent).ok());
    a.size = kMaxAttachmentBytes + 1;
    requireFieldError(validate(a, parent), "size");
    a.size = 10;
    a.fileName = "";
    requireFieldError(validate(a, parent), "file_name");
}
