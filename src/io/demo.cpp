// Builds the demo district; see demo.h. Every name here is invented.
#include "demo.h"

#include "storage/case_store.h"
#include "storage/dashboard_store.h"

#include "domain/codes.h"

#include <array>

namespace casebook::io {

namespace {

using namespace storage;

template <typename T>
Result<T> add(Database &db, T record)
{
    return insert<T>(db, std::move(record));
}

std::vector<unsigned char> bytesOf(const std::string &text) { return {text.begin(), text.end()}; }

Status addRequiredAssistance(Database &db, Id districtId, const Date &today)
{
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.districtId = districtId;
    c.title = "Differentiated assistance — Students with Disabilities and English Learners";
    c.openedOn = today.addMonths(-22);
    c.identifiedOn = c.openedOn.addDays(-20);
    c.identificationYear = c.identifiedOn->month() == 12 ? c.identifiedOn->year() : c.identifiedOn->year() - 1;
    c.countyLetterOn = c.openedOn;
    c.owner = "Dana Whitfield, Director of Accountability";
    c.commSchedule = CommunicationSchedule::Monthly;
    c.commScheduleStart = c.openedOn.addMonths(1);
    c.countyContact = "Luis Ortega, County Office Differentiated Assistance Lead";
    c.notes = "Determined from the Dashboard: Students with Disabilities (Priority 4 and 5) and English "
              "Learners (Priority 4 and 6).";
    auto stored = createCase(db, c);
    if (!stored)
        return stored.error();
    const Id id = stored->id;
    for (auto g : std::array<QualifyingGroup, 4>{{{0, id, "SWD", "ELA", 4},
                                                  {0, id, "SWD", "CHRONIC", 5},
                                                  {0, id, "EL", "ELPI", 4},
                                                  {0, id, "EL", "SUSP", 6}}})
        if (auto r = add(db, g); !r)
            return r.error();
    if (auto r = transitionCase(db, id, CaseStatus::Active, c.openedOn.addDays(14)); !r)
        return r.error();

    auto activities = listWhere<Activity>(db, "case_id", id, "area");
    if (!activities)
        return activities.error();
    const std::array<ActivityStatus, 5> statuses{ActivityStatus::Complete, ActivityStatus::Complete,
                                                 ActivityStatus::InProgress, ActivityStatus::InProgress,
                                                 ActivityStatus::NotStarted};
    const std::array<const char *, 5> evidence{
        "Dashboard review with the county team; strengths/weaknesses memo adopted by the cabinet.",
        "Root-cause analysis for SWD and EL groups; empathy interviews at three sites.",
        "Fiscal expert engaged through the county office; scope agreed.",
        "LCAP goals 2 and 3 rewritten; increased/improved services actions under review.",
        ""};
    for (auto &a : *activities) {
        const auto i = std::size_t(a.area - 1);
        a.status = statuses[i];
        a.evidence = evidence[i];
        a.dueOn = c.openedOn.addMonths(6 + 3 * a.area);
        if (a.status == ActivityStatus::Complete) // the first on time, the second a week late
            a.completedOn = a.area == 1 ? a.dueOn->addDays(-5) : a.dueOn->addDays(7);
        a.owner = a.area <= 2 ? "Dana Whitfield" : (a.area == 5 ? "Priya Natarajan, Data Coordinator" : "Sam Oduya, LCAP Lead");
        if (auto r = update<Activity>(db, a); !r)
            return r.error();
    }

    // Monthly communications for most of the two years; two recent months were missed.
    const std::array<CommunicationMode, 4> modes{CommunicationMode::Meeting, CommunicationMode::Video,
                                                 CommunicationMode::Email, CommunicationMode::Phone};
    for (int m = 1; m <= 21; ++m) {
        if (m == 19 || m == 20)
            continue;
        Communication comm;
        comm.caseId = id;
        comm.occurredOn = c.openedOn.addMonths(m).addDays(-(m % 4));
        comm.mode = modes[std::size_t(m % 4)];
        // The district reports; every third month the County Office writes back with its feedback.
        comm.direction = m % 3 == 0 ? CommunicationDirection::CountyToDistrict : CommunicationDirection::DistrictToCounty;
        comm.subject = m % 3 == 0 ? "County feedback on month " + std::to_string(m)
                                  : "Monthly check-in " + std::to_string(m);
        comm.participants = "Luis Ortega (County Office); Dana Whitfield; Sam Oduya";
        comm.summary = "Monthly differentiated-assistance check-in " + std::to_string(m) +
                       ": progress on activities, data review, next steps.";
        comm.followUps = m % 3 == 0 ? "Send updated SWD attendance data before the next check-in." : "";
        if (auto r = add(db, comm); !r)
            return r.error();
    }

    // Quarterly documentation: most submitted on time, one late, one overdue, two upcoming.
    for (int q = 1; q <= 9; ++q) {
        DocumentationItem item;
        item.caseId = id;
        item.title = "Quarterly progress report " + std::to_string(q);
        item.dueOn = c.openedOn.addMonths(3 * q);
        item.recipient = "County Superintendent of Schools";
        item.activityArea = 1 + (q % 5);
        if (item.dueOn < today.addDays(-30))
            item.submittedOn = q == 4 ? item.dueOn.addDays(9) : item.dueOn.addDays(-2);
        auto stored = add(db, item);
        if (!stored)
            return stored.error();
        if (q == 1) {
            auto a = addAttachment(db, id, AttachmentOwner::DocumentationItem, stored->id, "Q1-progress-report.txt",
                                   "text/plain",
                                   bytesOf("Mariposa Creek Unified (DEMO)\nQuarterly progress report 1\n\n"
                                           "Activities 1 and 2 under way; county liaison meetings held monthly.\n"));
            if (!a)
                return a.error();
        }
    }

    Partner partner{.caseId = id, .type = PartnerType::CountyOffice,
                    .name = "Mariposa County Office of Education (DEMO)",
                    .scope = "Facilitated data review and LCAP goal redesign", .costCents = 4500000,
                    .startOn = c.openedOn.addMonths(2)};
    if (auto r = add(db, partner); !r)
        return r.error();
    Partner district{.caseId = id, .type = PartnerType::District, .name = "Sunridge Elementary District (DEMO)",
                     .scope = "Peer coaching on co-teaching for students with disabilities", .costCents = 1200000,
                     .startOn = c.openedOn.addMonths(5), .endOn = c.openedOn.addMonths(17)};
    if (auto r = add(db, district); !r)
        return r.error();

    const std::array<CceeRecommendation, 3> recs{{
        {0, id, "Adopt a tiered attendance intervention system with monthly data reviews.", c.openedOn.addMonths(4),
         Consideration::Adopted, "Folded into LCAP action 2.4.", "Goal 2: Engagement"},
        {0, id, "Commission an external review of special-education service delivery.", c.openedOn.addMonths(4),
         Consideration::Adapted, "An internal review with county support instead of a new contract.", "Goal 3"},
        {0, id, "Replace the student information system.", c.openedOn.addMonths(8), Consideration::Declined,
         "The current system meets CALPADS needs; training on data entry addresses the errors found.", "Goal 4"},
    }};
    for (const auto &r : recs)
        if (auto s = add(db, r); !s)
            return s.error();
    auto letter = addAttachment(db, id, AttachmentOwner::Case, id, "determination-letter.txt", "text/plain",
                                bytesOf("County Superintendent of Schools (DEMO)\n\nDetermination of required "
                                        "technical assistance under Ed Code 52071 for Mariposa Creek Unified (DEMO).\n"));
    if (!letter)
        return letter.error();
    return {};
}

Status addBoardRequest(Database &db, Id districtId, const Date &today)
{
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::BoardRequest;
    c.districtId = districtId;
    c.title = "Board request: data-management and submission review";
    c.openedOn = today.addMonths(-3);
    c.owner = "Priya Natarajan, Data Coordinator";
    auto stored = createCase(db, c);
    if (!stored)
        return stored.error();
    for (auto to : {CaseStatus::Requested, CaseStatus::Active})
        if (auto r = transitionCase(db, stored->id, to, c.openedOn.addDays(7)); !r)
            return r.error();
    auto activities = listWhere<Activity>(db, "case_id", stored->id, "area");
    if (!activities)
        return activities.error();
    for (auto &a : *activities) {
        a.status = a.area == 5 ? ActivityStatus::InProgress : ActivityStatus::NotApplicable;
        if (a.area == 5)
            a.dueOn = today.addDays(20);
        if (auto r = update<Activity>(db, a); !r)
            return r.error();
    }
    Communication comm{.caseId = stored->id, .occurredOn = c.openedOn.addDays(10), .mode = CommunicationMode::Letter,
                       .participants = "Board President; County Superintendent",
                       .summary = "Board resolution requesting technical assistance "
                                  "on CALPADS submission processes sent to the County Superintendent.",
                       .direction = CommunicationDirection::DistrictToCounty,
                       .subject = "Request for technical assistance"};
    if (auto r = add(db, comm); !r)
        return r.error();
    return {};
}

Status addSpiIntervention(Database &db, Id districtId, const Date &today)
{
    Case c;
    c.kind = CaseKind::SpiIntervention;
    c.districtId = districtId;
    c.title = "SPI intervention (Ed Code 52072.1) — academic trustee appointed";
    c.openedOn = today.addMonths(-8);
    c.owner = "Superintendent's Office";
    c.academicAdvisor = "Dr. Renata Alvarez (DEMO)";
    c.cceeDeterminationOn = c.openedOn.addMonths(-2);
    c.cceeDetermination = "The district has been unable to implement the CCEE's recommendations (DEMO).";
    c.sbeIdentificationOn = c.openedOn.addDays(1);
    c.sbeIdentificationReference = "SBE agenda item 12 (DEMO)";
    auto stored = createCase(db, c);
    if (!stored)
        return stored.error();
    if (auto r = transitionCase(db, stored->id, CaseStatus::Active, c.openedOn.addDays(3)); !r)
        return r.error();
    const std::array<SpiAction, 3> actions{{
        {0, stored->id, SpiActionKind::LcapRevision, "Revise LCAP goals 2 and 3 with the academic trustee.", false,
         ActionStatus::Complete, c.openedOn.addMonths(3), "Revised LCAP adopted by the Board.",
         c.openedOn.addMonths(3).addDays(-2), c.openedOn.addDays(20), "SBE agenda item 4 (DEMO)"},
        {0, stored->id, SpiActionKind::BudgetRevision, "Revise the budget to fund the revised LCAP actions.", false,
         ActionStatus::InProgress, today.addDays(12), "", std::nullopt, c.openedOn.addMonths(4), "SBE agenda item 9 (DEMO)"},
        {0, stored->id, SpiActionKind::StayOrRescind, "Stay the planned closure of the newcomer program.", false,
         ActionStatus::Proposed, today.addDays(-5), "", std::nullopt, std::nullopt, ""},
    }};
    for (const auto &a : actions)
        if (auto r = add(db, a); !r)
            return r.error();
    return {};
}

Status addSchoolPlan(Database &db, Id districtId, Id schoolId, const Date &today)
{
    Case c;
    c.kind = CaseKind::SchoolPlan;
    c.districtId = districtId;
    c.schoolId = schoolId;
    c.title = "CSI plan — Mariposa Creek High (DEMO)";
    c.openedOn = today.addMonths(-20);
    c.owner = "Jordan Lee, Principal";
    c.designation = Designation::CSI;
    c.designationYear = today.year() - 2;
    c.needsAssessment = "Graduation rate 64.1 % (two-year average); chronic absenteeism Red; ELA and Math Orange.";
    c.resourceInequities = "Fewer credentialed math teachers than the district average; counselor ratio 1:610.";
    c.stakeholderInvolvement = "School Site Council, ELAC, student focus groups, two community meetings.";
    c.externalPartner = "Central Valley Graduation Partnership (DEMO)";
    c.approvedBySchoolOn = c.openedOn.addMonths(3);
    c.approvedByDistrictOn = c.openedOn.addMonths(4);
    c.approvedByStateOn = c.openedOn.addMonths(6);
    c.monitoringIntervalMonths = 6;
    auto stored = createCase(db, c);
    if (!stored)
        return stored.error();
    for (auto to : {CaseStatus::NeedsAssessment, CaseStatus::PlanDrafted, CaseStatus::PlanApproved, CaseStatus::Monitoring})
        if (auto r = transitionCase(db, stored->id, to, c.openedOn.addMonths(6)); !r)
            return r.error();
    for (auto g : std::array<QualifyingGroup, 2>{{{0, stored->id, "ALL", "GRAD", 5}, {0, stored->id, "ALL", "CHRONIC", 5}}})
        if (auto r = add(db, g); !r)
            return r.error();
    const std::array<Intervention, 3> interventions{{
        {0, stored->id, "Ninth-grade on-track early-warning system with weekly advisory.", 2, "", 8500000},
        {0, stored->id, "Credit recovery with certificated teachers in the school day.", 3, "SED", 4200000},
        {0, stored->id, "Check & Connect mentoring for chronically absent students.", 1, "SWD", 3100000},
    }};
    for (const auto &i : interventions)
        if (auto r = add(db, i); !r)
            return r.error();
    for (int k = 1; k <= 4; ++k) {
        MonitoringReview m{.caseId = stored->id, .dueOn = c.approvedByStateOn->addMonths(6 * k)};
        if (m.dueOn < today) {
            m.heldOn = m.dueOn.addDays(k == 3 ? 0 : -3);
            m.outcome = "Reviewed attendance and credit data with the School Site Council; plan on track.";
        }
        if (auto r = add(db, m); !r)
            return r.error();
    }
    return {};
}

// Dashboard results in the published layout's terms, as if the year's files had been imported:
// Students with Disabilities and English Learners meet criteria in two priorities each.
Status addDashboardResults(Database &db, const std::string &districtCds, const std::string &schoolCds, int year)
{
    struct Row {
        const char *group;
        int count;
        // colours by indicator: ELA, MATH, ELPI, GRAD, CHRONIC, SUSP, CCI (0: not reported)
        std::array<int, 7> colors;
    };
    const std::array<Row, 7> rows{{
        {"ALL", 5400, {3, 2, 3, 3, 2, 3, 3}},
        {"SWD", 640, {1, 2, 0, 2, 1, 2, 1}},
        {"EL", 1150, {2, 2, 1, 3, 3, 1, 2}},
        {"SED", 3300, {2, 2, 0, 3, 2, 3, 3}},
        {"HI", 2900, {3, 2, 0, 3, 2, 3, 3}},
        {"FOS", 22, {1, 1, 0, 0, 2, 1, 0}},
        {"HOM", 12, {1, 1, 0, 0, 1, 1, 0}},
    }};
    const auto inds = indicators();
    for (std::size_t i = 0; i < inds.size(); ++i) {
        const auto &info = inds[i];
        const std::string file = std::string(info.fileStem) + std::to_string(year) + ".txt (demo)";
        auto writer = DashboardResultWriter::start(db, info.code, year, file, std::string(64, '0' + char(i)));
        if (!writer)
            return writer.error();
        for (const auto &cds : {districtLevelCds(districtCds), schoolCds}) {
            const bool school = cds == schoolCds;
            for (const auto &row : rows) {
                if (row.colors[i] == 0)
                    continue;
                DashboardResult r;
                r.indicator = info.indicator;
                r.year = year;
                r.cds = cds;
                r.rtype = school ? RecordType::School : RecordType::District;
                r.studentGroup = row.group;
                r.schoolName = school ? "Mariposa Creek High (DEMO)" : "";
                r.districtName = kDemoDistrictName;
                r.countyName = "Alameda";
                r.currDenom = school ? row.count / 4 : row.count;
                r.color = row.colors[i];
                r.statusLevel = row.colors[i];
                r.currStatus = 10.0 * row.colors[i] - 35.0;
                CASEBOOK_TRY(writer->add(r));
            }
        }
        if (auto done = writer->finish(); !done)
            return done.error();
    }
    return {};
}

} // namespace

Status createDemoCasebook(Database &db, const Date &today)
{
    return inTransaction(db, [&]() -> Status {
        auto existing = listWhere<District>(db, "cds", std::string(kDemoDistrictCds));
        if (!existing)
            return existing.error();
        if (!existing->empty())
            return Error::conflict("demo", "this casebook already holds the demo district");
        auto district = add(db, District{.cds = kDemoDistrictCds, .name = kDemoDistrictName, .county = "Alameda"});
        if (!district)
            return district.error();
        auto high = add(db, School{.districtId = district->id, .cds = std::string(kDemoDistrictCds) + "0100001",
                                   .name = "Mariposa Creek High (DEMO)", .titleI = true});
        if (!high)
            return high.error();
        for (auto s : std::array<School, 2>{{{0, district->id, std::string(kDemoDistrictCds) + "0100002",
                                              "Oak Hollow Elementary (DEMO)", false, true},
                                             {0, district->id, std::string(kDemoDistrictCds) + "0100003",
                                              "Riverbend Middle (DEMO)", false, false}}})
            if (auto r = add(db, s); !r)
                return r.error();
        CASEBOOK_TRY(addDashboardResults(db, kDemoDistrictCds, high->cds, today.year() - 1));
        CASEBOOK_TRY(addRequiredAssistance(db, district->id, today));
        CASEBOOK_TRY(addBoardRequest(db, district->id, today));
        CASEBOOK_TRY(addSpiIntervention(db, district->id, today));
        return addSchoolPlan(db, district->id, high->id, today);
    });
}

} // namespace casebook::io
