// Every operation of services::Casebook that test_services.cpp does not cover, one service-level test
// each: what the user relies on (one transaction, the audit rows written, an undoable change, a refused
// operation that changes nothing, a clear error). Expected values come from the sources, never from the
// code under test: docs/workflows.md (allowed transitions and their guards), docs/deadlines.md (the
// deadlines a record creates and how communications meet them), the statute as docs/eligibility.md
// quotes it, docs/interchange.md (export -> import into a new casebook -> the same casebook), docs/packet.md,
// and the fixture files' own lines, counted here by reading the files.
#include "service_test_support.h"

#include "io/demo.h"
#include "io/packet_reading.h"
#include "io/xlsx_samples.h"
#include "services/record_defaults.h"
#include "storage/transfer.h"
#include "support/raw_sqlite.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace casebook;
using namespace casebook::test;
using services::Casebook;

namespace {

// The records of the casebook, the state's data (Dashboard imports and results, local indicators,
// CALPADS flags, ESSA statuses: counted per table), the settings, CDE's official determinations and
// the audit trail's length: for "a refused operation changed nothing".
std::string wholeSnapshot(Casebook &c)
{
    std::string out = snapshot(c);
    auto state = storage::stateDataCounts(c.database());
    REQUIRE(state.ok());
    for (const auto &[table, n] : *state)
        out += table + ": " + std::to_string(n) + "\n";
    auto settings = storage::readSettings(c.database());
    REQUIRE(settings.ok());
    for (const auto &[key, value] : *settings)
        out += key + " = " + value + "\n";
    auto years = c.officialDeterminationYears();
    REQUIRE(years.ok());
    for (int y : *years)
        out += "official " + std::to_string(y) + "\n";
    out += "audit rows: " + std::to_string(auditRows(c)) + "\n";
    return out;
}

// Checks that an operation was refused with an error of `kind` and left the casebook as it was
// (`before`, its wholeSnapshot taken before the operation); returns the error for further checks.
template <typename R>
Error refusedUnchanged(Casebook &c, const R &result, ErrorKind kind, const std::string &before)
{
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == kind);
    CHECK(wholeSnapshot(c) == before);
    return result.error();
}

// The data lines of a delimited fixture: the lines after its header line (the first line starting
// with `headerStart`), blank lines left out.
std::vector<std::string> dataLines(const std::filesystem::path &path, const std::string &headerStart = "cds")
{
    std::ifstream in(path);
    REQUIRE(in);
    std::vector<std::string> out;
    bool header = false;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!header) {
            header = line.rfind(headerStart, 0) == 0;
            continue;
        }
        if (!line.empty())
            out.push_back(line);
    }
    REQUIRE(header);
    return out;
}

// How many data lines of a Dashboard fixture are about `cds` (its first column).
std::int64_t linesAbout(const std::filesystem::path &path, const std::string &cds)
{
    const auto lines = dataLines(path);
    return std::count_if(lines.begin(), lines.end(), [&](const std::string &l) { return l.rfind(cds + "\t", 0) == 0; });
}

std::vector<unsigned char> bytesOf(const std::string &text) { return {text.begin(), text.end()}; }

// The audit rows of one table, oldest first.
std::vector<services::AuditEntry> auditOf(Casebook &c, std::string_view table)
{
    auto rows = storage::readAudit(c.database());
    REQUIRE(rows.ok());
    std::vector<services::AuditEntry> out;
    std::copy_if(rows->begin(), rows->end(), std::back_inserter(out),
                 [&](const services::AuditEntry &e) { return e.table == table; });
    return out;
}

// A communication as staff log one (services::newRecord leaves what happened to them).
Communication communication(Id caseId, const std::string &on, const std::string &summary = "Monthly check-in")
{
    Communication m = services::newRecord<Communication>(caseId, date(on));
    m.participants = "Director of Accountability; county liaison";
    m.summary = summary;
    return m;
}

std::vector<Deadline> ofSource(const std::vector<Deadline> &all, DeadlineSource source)
{
    std::vector<Deadline> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Deadline &d) { return d.source == source; });
    return out;
}

Id districtId(Casebook &c)
{
    auto districts = c.listAll<District>();
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 1);
    return districts->front().id;
}

// A new casebook holding the sample district and one required-assistance case determined on
// 2025-01-15, with quarterly communication from 2025-02-15 (test::requiredCase: the month after).
struct WithRequiredCase {
    TempDir dir;
    std::unique_ptr<Casebook> c = newCasebook(dir);
    Sample sample = insertSampleDistrict(c->database());
    Id caseId = 0;
    WithRequiredCase()
    {
        auto made = c->createCase(requiredCase(sample.district.id, "2025-01-15"), {});
        REQUIRE(made.ok());
        REQUIRE(made->record.commScheduleStart == std::optional<Date>(date("2025-02-15")));
        caseId = made->record.id;
    }
};

} // namespace

// ---- Cases: create with groups, transition, exit, attach -----------------------------------------

TEST_CASE("services: createCase stores the case, its five activities and its qualifying groups as one change")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto sample = insertSampleDistrict(c->database());
    const std::string before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);

    // LCFF priorities (Ed Code 52060(d)): the academic indicators are priority 4 (pupil achievement),
    // chronic absenteeism priority 5 (pupil engagement).
    const std::vector<QualifyingGroup> groups{{.studentGroup = "SWD", .indicator = "ELA", .priority = 4},
                                              {.studentGroup = "SWD", .indicator = "CHRONIC", .priority = 5}};
    auto made = c->createCase(requiredCase(sample.district.id), groups);
    INFO((made ? "" : made.error().text()));
    REQUIRE(made.ok());
    const Id caseId = made->record.id;
    CHECK(made->record.status == CaseStatus::Determined); // docs/workflows.md: required assistance starts "determined"
    // The case, the five activities of Ed Code 52071(c), the two groups.
    REQUIRE(made->change.records.size() == 1 + 5 + 2);
    CHECK(std::holds_alternative<Case>(made->change.records.front().after));
    auto stored = c->recordsOf<QualifyingGroup>(caseId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    std::set<std::pair<std::string, int>> got;
    for (const auto &g : *stored)
        got.insert({g.indicator, g.priority});
    CHECK(got == std::set<std::pair<std::string, int>>{{"ELA", 4}, {"CHRONIC", 5}});
    // One audit row per record written, each a "create" in the case's trail.
    CHECK(auditRows(*c) == rowsBefore + 8);
    auto history = c->caseHistory(caseId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 8);
    for (const auto &entry : *history)
        CHECK(entry.action == "create");

    const std::string after = snapshot(*c);
    REQUIRE(c->undo(made->change).ok());
    CHECK(snapshot(*c) == before);
    REQUIRE(c->redo(made->change).ok());
    CHECK(snapshot(*c) == after);
}

TEST_CASE("services: createCase with a group its indicator's priority contradicts stores no case at all")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto sample = insertSampleDistrict(c->database());
    const std::string before = wholeSnapshot(*c);

    // Chronic absenteeism is priority 5 (Ed Code 52060(d)(5)), not 4: the second group is wrong, and the
    // case and its activities, written before it, must go too.
    const std::vector<QualifyingGroup> groups{{.studentGroup = "SWD", .indicator = "ELA", .priority = 4},
                                              {.studentGroup = "SWD", .indicator = "CHRONIC", .priority = 4}};
    const auto refused =
        refusedUnchanged(*c, c->createCase(requiredCase(sample.district.id), groups), ErrorKind::BadInput, before);
    CHECK(refused.field == "priority");
    CHECK_THAT(refused.message, Catch::Contains("CHRONIC"));
}

TEST_CASE("services: transition moves a board request along its workflow, one audited, undoable step at a time")
{
    WithCase f;
    auto &c = f.c;
    const Id id = f.caseId;
    // docs/workflows.md: draft -> requested -> active -> completed -> closed.
    const std::string draft = wholeSnapshot(*c);
    const auto skipped =
        refusedUnchanged(*c, c->transition(id, CaseStatus::Active, date("2025-03-02")), ErrorKind::Conflict, draft);
    CHECK_THAT(skipped.message, Catch::Contains("draft", Catch::CaseSensitive::No) &&
                                    Catch::Contains("active", Catch::CaseSensitive::No));

    const std::string before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);
    auto requested = c->transition(id, CaseStatus::Requested, date("2025-03-02"));
    REQUIRE(requested.ok());
    CHECK(requested->record.status == CaseStatus::Requested);
    REQUIRE(requested->change.records.size() == 1);
    CHECK(std::get<Case>(requested->change.records[0].before).status == CaseStatus::Draft);
    CHECK(std::get<Case>(requested->change.records[0].after).status == CaseStatus::Requested);
    CHECK(auditRows(*c) == rowsBefore + 1);
    auto history = c->caseHistory(id);
    REQUIRE(history.ok());
    CHECK(history->back().action == "update");
    CHECK(history->back().table == "cases");
    CHECK_THAT(history->back().changesJson, Catch::Contains("\"status\"") && Catch::Contains("requested"));
    const std::string after = snapshot(*c);
    REQUIRE(c->undo(requested->change).ok());
    CHECK(snapshot(*c) == before);
    REQUIRE(c->redo(requested->change).ok());
    CHECK(snapshot(*c) == after);

    REQUIRE(c->transition(id, CaseStatus::Active, date("2025-03-10")).ok());
    REQUIRE(c->transition(id, CaseStatus::Completed, date("2025-06-01")).ok());
    // "Closing or withdrawing sets the closing date to today."
    auto closed = c->transition(id, CaseStatus::Closed, date("2025-06-30"));
    REQUIRE(closed.ok());
    REQUIRE(closed->record.closedOn.has_value());
    CHECK(*closed->record.closedOn == date("2025-06-30"));
    // Closed is the end: no step leads out of it.
    const std::string end = wholeSnapshot(*c);
    const auto finished =
        refusedUnchanged(*c, c->transition(id, CaseStatus::Active, date("2025-07-01")), ErrorKind::Conflict, end);
    CHECK_THAT(finished.message, Catch::Contains("finished"));
    refusedUnchanged(*c, c->transition(id + 100, CaseStatus::Requested, date("2025-07-01")), ErrorKind::NotFound, end);
}

TEST_CASE("services: a required case closes only with activities 1-5 done and two years after the identification")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto sample = insertSampleDistrict(c->database());
    Case required = requiredCase(sample.district.id, "2025-01-20");
    required.identificationYear = 2024;
    required.identifiedOn = date("2025-01-15");
    auto made = c->createCase(required, {});
    REQUIRE(made.ok());
    const Id id = made->record.id;
    // docs/workflows.md: determined -> active -> activities_complete -> eligible_to_close -> closed.
    REQUIRE(c->transition(id, CaseStatus::Active, date("2025-02-01")).ok());

    // "activities_complete ... need[s] activities 1-5 done" (BP 0520 items 1-5).
    std::string before = wholeSnapshot(*c);
    refusedUnchanged(*c, c->transition(id, CaseStatus::ActivitiesComplete, date("2025-06-01")), ErrorKind::Conflict,
                     before);

    auto activities = c->recordsOf<Activity>(id);
    REQUIRE(activities.ok());
    REQUIRE(activities->size() == 5);
    for (auto a : *activities) {
        a.status = ActivityStatus::Complete;
        a.completedOn = date("2025-05-30");
        REQUIRE(c->save(a).ok());
    }
    REQUIRE(c->transition(id, CaseStatus::ActivitiesComplete, date("2025-06-01")).ok());

    // Ed Code 52071(c)(1): "for a minimum of two years following the identification" — the identification
    // of 2025-01-15, not the case's opening on 2025-01-20: eligible to close from 2027-01-15.
    before = wholeSnapshot(*c);
    const auto tooSoon = refusedUnchanged(*c, c->transition(id, CaseStatus::EligibleToClose, date("2027-01-14")),
                                          ErrorKind::Conflict, before);
    CHECK(tooSoon.field == "two_year_minimum");
    REQUIRE(c->transition(id, CaseStatus::EligibleToClose, date("2027-01-15")).ok());
    auto closed = c->transition(id, CaseStatus::Closed, date("2027-02-01"));
    REQUIRE(closed.ok());
    CHECK(closed->record.closedOn == std::optional<Date>(date("2027-02-01")));
}

TEST_CASE("services: exitSchoolPlan records the exit and moves the plan to exited in one undoable change")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto sample = insertSampleDistrict(c->database());
    auto made = c->createCase(schoolPlanCase(sample.district.id, sample.school.id, "2024-01-10"), {});
    REQUIRE(made.ok());
    const Id id = made->record.id;
    CHECK(made->record.status == CaseStatus::Identified);
    CHECK(made->change.records.size() == 1); // a school plan has no activities (Ed Code 52071 is for districts)

    // The exit needs the plan in monitoring (docs/workflows.md): refused from "identified", nothing written.
    std::string before = wholeSnapshot(*c);
    refusedUnchanged(*c, c->exitSchoolPlan(id, date("2025-02-15"), "CSIEXIT"), ErrorKind::Conflict, before);
    CHECK_FALSE(c->get<Case>(id)->exitedOn.has_value());

    REQUIRE(c->transition(id, CaseStatus::NeedsAssessment, date("2024-02-01")).ok());
    REQUIRE(c->transition(id, CaseStatus::PlanDrafted, date("2024-04-01")).ok());
    // A CSI plan is approved by the school, the LEA and the State (20 USC 6311(d)(1)(B)(v)) and records
    // its needs assessment, stakeholder involvement and resource inequities: refused without them.
    before = wholeSnapshot(*c);
    refusedUnchanged(*c, c->transition(id, CaseStatus::PlanApproved, date("2024-06-01")), ErrorKind::Conflict, before);
    Case plan = *c->get<Case>(id);
    plan.approvedBySchoolOn = date("2024-05-01");
    plan.approvedByDistrictOn = date("2024-05-10");
    plan.approvedByStateOn = date("2024-05-20");
    plan.needsAssessment = "Graduation rate below 68%";
    plan.stakeholderInvolvement = "School site council, 3 meetings";
    plan.resourceInequities = "Counselor ratio 1:600";
    REQUIRE(c->save(plan).ok());
    REQUIRE(c->transition(id, CaseStatus::PlanApproved, date("2024-06-01")).ok());
    REQUIRE(c->transition(id, CaseStatus::Monitoring, date("2024-06-02")).ok());

    before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);
    const std::string reason = "CDE's 2024-25 ESSA assistance status file: CSIEXIT";
    auto exited = c->exitSchoolPlan(id, date("2025-02-15"), reason);
    INFO((exited ? "" : exited.error().text()));
    REQUIRE(exited.ok());
    CHECK(exited->record.status == CaseStatus::Exited);
    CHECK(exited->record.exitedOn == std::optional<Date>(date("2025-02-15")));
    CHECK(exited->record.exitReason == reason);
    REQUIRE(exited->change.records.size() == 1);
    CHECK(std::get<Case>(exited->change.records[0].before).status == CaseStatus::Monitoring);
    // Audited as changes of the case: the exit date, the reason and the status.
    auto history = c->caseHistory(id);
    REQUIRE(history.ok());
    REQUIRE(auditRows(*c) > rowsBefore);
    std::string written;
    for (auto it = history->end() - (auditRows(*c) - rowsBefore); it != history->end(); ++it) {
        CHECK(it->table == "cases");
        CHECK(it->action == "update");
        written += it->changesJson;
    }
    CHECK_THAT(written, Catch::Contains("exited_on") && Catch::Contains("exit_reason") && Catch::Contains("\"status\""));

    REQUIRE(c->undo(exited->change).ok());
    CHECK(snapshot(*c) == before);

    // Only a school plan exits.
    auto ta = c->add<Case>(boardRequestCase(sample.district.id));
    REQUIRE(ta.ok());
    before = wholeSnapshot(*c);
    refusedUnchanged(*c, c->exitSchoolPlan(ta->record.id, date("2025-02-15"), reason), ErrorKind::Conflict, before);
}

TEST_CASE("services: attach keeps the bytes given, owned by a record of the case, and undo takes them away")
{
    WithCase f;
    auto &c = f.c;
    const Id caseId = f.caseId;
    auto comm = c->add(communication(caseId, "2025-03-04"));
    REQUIRE(comm.ok());
    const std::string text = "Agenda: 1. data review 2. LCAP goals\n";
    const auto bytes = bytesOf(text);
    const std::string before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);

    auto attached = c->attach(caseId, AttachmentOwner::Communication, comm->record.id, "agenda.txt", "text/plain", bytes);
    INFO((attached ? "" : attached.error().text()));
    REQUIRE(attached.ok());
    const Id attachmentId = attached->record.id;
    CHECK(attached->record.caseId == caseId);
    CHECK(attached->record.ownerType == AttachmentOwner::Communication);
    CHECK(attached->record.ownerId == comm->record.id);
    CHECK(attached->record.size == std::int64_t(text.size()));
    CHECK(attached->record.sha256 == sha256Of(text));
    REQUIRE(attached->change.records.size() == 1);
    CHECK(attached->change.records[0].content == bytes); // kept so an undone delete can put them back
    CHECK(auditRows(*c) == rowsBefore + 1);
    auto listed = c->attachmentsOf(AttachmentOwner::Communication, comm->record.id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    auto content = c->attachmentContent(attachmentId);
    REQUIRE(content.ok());
    CHECK(*content == bytes);
    const std::string after = snapshot(*c);

    REQUIRE(c->undo(attached->change).ok());
    CHECK(snapshot(*c) == before);
    CHECK_FALSE(c->attachmentContent(attachmentId).ok());
    REQUIRE(c->redo(attached->change).ok());
    CHECK(snapshot(*c) == after);
    content = c->attachmentContent(attachmentId);
    REQUIRE(content.ok());
    CHECK(*content == bytes);

    // Refused, nothing written: a communication of another case as owner; more than 25 MiB.
    auto other = c->add<Case>(boardRequestCase(districtId(*c)));
    REQUIRE(other.ok());
    const std::string unchanged = wholeSnapshot(*c);
    CHECK_FALSE(c->attach(other->record.id, AttachmentOwner::Communication, comm->record.id, "x.txt", "text/plain", bytes).ok());
    auto tooBig = c->attach(caseId, AttachmentOwner::Case, caseId, "big.bin", "",
                            std::vector<unsigned char>(std::size_t(kMaxAttachmentBytes) + 1, 'x'));
    REQUIRE_FALSE(tooBig.ok());
    CHECK(wholeSnapshot(*c) == unchanged);
}

// ---- Deadlines -----------------------------------------------------------------------------------

TEST_CASE("services: reminders list the overdue and upcoming deadlines the records create, from the kept rows")
{
    WithRequiredCase f;
    auto &c = f.c;
    const auto &sample = f.sample;
    const Id id = f.caseId;
    auto settings = c->calendarSettings();
    REQUIRE(settings.ok());
    const Date today = date("2025-06-01");

    // updatePendingDeadlines fills the kept rows (derived data: no record, no audit row).
    const std::string before = wholeSnapshot(*c);
    // A file keeps the pending deadlines; a server computes each person's list (Database::keepsPendingDeadlines).
    CHECK(rawCount(c->location(), "pending_deadlines") == 0);
    REQUIRE(c->updatePendingDeadlines(*settings, today, 30).ok());
    if (testingOnServer())
        CHECK(rawCount(c->location(), "pending_deadlines") == 0);
    else
        CHECK(rawCount(c->location(), "pending_deadlines") > 0);
    CHECK(wholeSnapshot(*c) == before);

    // docs/deadlines.md: a reminder is overdue, or upcoming and due from today to today + 30 days.
    // The schedule's 2025-02-15 and 2025-05-15 have passed without a communication; 2025-08-15 is
    // beyond the window. LCAP adoption (Ed Code 52060, July 1) falls on today + 30.
    auto listed = c->reminders(*settings, {.today = today, .withinDays = 30});
    REQUIRE(listed.ok());
    auto scheduled = ofSource(*listed, DeadlineSource::ScheduledCommunication);
    REQUIRE(scheduled.size() == 2);
    CHECK(scheduled[0].due == date("2025-02-15"));
    CHECK(scheduled[1].due == date("2025-05-15"));
    for (const auto &d : scheduled) {
        CHECK(d.state == DeadlineState::Overdue);
        CHECK(d.caseId == id);
    }
    auto lcap = ofSource(*listed, DeadlineSource::LcapAdoption);
    REQUIRE(lcap.size() == 1);
    CHECK(lcap[0].due == date("2025-07-01"));
    CHECK(lcap[0].state == DeadlineState::Upcoming);
    CHECK(ofSource(*listed, DeadlineSource::TwoYearMinimum).empty()); // 2027-01-15, far beyond the window
    for (std::size_t i = 1; i < listed->size(); ++i)
        CHECK_FALSE((*listed)[i].due < (*listed)[i - 1].due);

    // A communication on 2025-05-10: not in 2025-02-15's window, so it meets that date late (the first
    // record after the due date and before the next); 2025-05-15 stays overdue (docs/deadlines.md,
    // "Matching scheduled dates with what happened"). The kept rows follow the new record.
    REQUIRE(c->add(communication(id, "2025-05-10")).ok());
    listed = c->reminders(*settings, {.today = today, .withinDays = 30});
    REQUIRE(listed.ok());
    scheduled = ofSource(*listed, DeadlineSource::ScheduledCommunication);
    REQUIRE(scheduled.size() == 1);
    CHECK(scheduled[0].due == date("2025-05-15"));

    // Only the missed items; only one case.
    auto overdue = c->reminders(*settings, {.today = today, .withinDays = 30, .overdueOnly = true});
    REQUIRE(overdue.ok());
    REQUIRE_FALSE(overdue->empty());
    for (const auto &d : *overdue)
        CHECK(d.state == DeadlineState::Overdue);
    CHECK(ofSource(*overdue, DeadlineSource::LcapAdoption).empty());
    auto other = c->createCase(requiredCase(sample.district.id, "2025-04-01"), {}); // first date 2025-05-01
    REQUIRE(other.ok());
    auto ofOther = c->reminders(*settings, {.today = today, .withinDays = 30, .caseId = other->record.id});
    REQUIRE(ofOther.ok());
    REQUIRE_FALSE(ofOther->empty());
    for (const auto &d : *ofOther)
        CHECK(d.caseId == other->record.id);
}

TEST_CASE("services: deadlinesBetween lists every open case's deadlines of a month, met ones too, annual dates once")
{
    // Two required cases with quarterly communication from 2025-02-15: 05-15, 08-15, 11-15 ...
    WithRequiredCase f;
    auto &c = f.c;
    const auto &sample = f.sample;
    const Id first = f.caseId;
    auto made = c->createCase(requiredCase(sample.district.id, "2025-01-15"), {});
    REQUIRE(made.ok());
    const Id second = made->record.id;
    DocumentationItem report = services::newRecord<DocumentationItem>(first, date("2025-07-01"));
    report.title = "Progress report on activities 1-5";
    report.dueOn = date("2025-08-20");
    report.submittedOn = date("2025-08-18");
    REQUIRE(c->add(report).ok());
    // A withdrawn case (not open) with a monthly schedule in August lists nothing.
    Case board = boardRequestCase(sample.district.id, "2025-07-01");
    board.commSchedule = CommunicationSchedule::Monthly;
    board.commScheduleStart = date("2025-08-05");
    auto withdrawn = c->add(board);
    REQUIRE(withdrawn.ok());
    REQUIRE(c->transition(withdrawn->record.id, CaseStatus::Withdrawn, date("2025-07-02")).ok());
    auto settings = c->calendarSettings();
    REQUIRE(settings.ok());
    const Date today = date("2025-09-01");
    const std::string before = wholeSnapshot(*c);

    // August, seen on 2025-09-01: each case's 08-15 communication (none logged: overdue) and the
    // documentation item due 08-20, met on 08-18 (docs/deadlines.md: met when dated on or before the due date).
    auto august = c->deadlinesBetween(*settings, today, date("2025-08-01"), date("2025-08-31"));
    REQUIRE(august.ok());
    REQUIRE(august->size() == 3);
    auto scheduled = ofSource(*august, DeadlineSource::ScheduledCommunication);
    REQUIRE(scheduled.size() == 2);
    std::set<Id> cases;
    for (const auto &d : scheduled) {
        CHECK(d.due == date("2025-08-15"));
        CHECK(d.state == DeadlineState::Overdue);
        cases.insert(d.caseId);
    }
    CHECK(cases == std::set<Id>{first, second});
    auto documentation = ofSource(*august, DeadlineSource::DocumentationItem);
    REQUIRE(documentation.size() == 1);
    CHECK(documentation[0].state == DeadlineState::Met);
    CHECK(documentation[0].metOn == std::optional<Date>(date("2025-08-18")));
    CHECK(august->back().due == date("2025-08-20")); // by due date

    // To the year's end: the Dashboard release (calendar setting, default 12-15) once for the casebook,
    // not once per case; the upcoming 11-15 communications of both cases.
    auto autumn = c->deadlinesBetween(*settings, today, date("2025-09-01"), date("2025-12-31"));
    REQUIRE(autumn.ok());
    auto release = ofSource(*autumn, DeadlineSource::DashboardRelease);
    REQUIRE(release.size() == 1);
    CHECK(release[0].due == date("2025-12-15"));
    scheduled = ofSource(*autumn, DeadlineSource::ScheduledCommunication);
    REQUIRE(scheduled.size() == 2);
    for (const auto &d : scheduled)
        CHECK(d.state == DeadlineState::Upcoming);

    // A range that ends before it starts is empty; listing writes nothing.
    auto none = c->deadlinesBetween(*settings, today, date("2025-08-31"), date("2025-08-01"));
    REQUIRE(none.ok());
    CHECK(none->empty());
    CHECK(wholeSnapshot(*c) == before);
}

// ---- The state's files ---------------------------------------------------------------------------

TEST_CASE("services: importDashboardFile stores every line of the file once, with an import audit row")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto ela = kDashboardFixtures / "eladownload2024.txt";
    const auto lines = dataLines(ela);
    const std::string empty = wholeSnapshot(*c);

    // A file with a bad count is refused naming the column, and leaves nothing behind.
    const std::string bad = dir.file("eladownload2024.txt");
    {
        std::ifstream in(ela);
        std::string header;
        std::getline(in, header);
        std::ofstream out(bad);
        out << header << "\n" << lines[0] << "\n";
        std::string broken = lines[1];
        // currdenom is the tenth column (tab-separated) of this layout's header
        std::size_t at = 0;
        for (int i = 0; i < 9; ++i)
            at = broken.find('\t', at) + 1;
        broken.replace(at, broken.find('\t', at) - at, "twelve");
        out << broken << "\n";
    }
    const auto refused = refusedUnchanged(*c, c->importDashboardFile(bad, {}), ErrorKind::BadInput, empty);
    CHECK_THAT(refused.text(), Catch::Contains("line 3") && Catch::Contains("twelve"));

    // A line given twice is refused whole, on either engine (a server's COPY finds it when the rows
    // arrive, and names the key; a file's insert finds it at the line).
    {
        std::ifstream in(ela);
        std::string header;
        std::getline(in, header);
        std::ofstream out(bad, std::ios::trunc);
        out << header << "\n";
        for (const auto &line : lines)
            out << line << "\n";
        out << lines[5] << "\n";
    }
    const auto twice = refusedUnchanged(*c, c->importDashboardFile(bad, {}), ErrorKind::BadInput, empty);
    CHECK_THAT(twice.text(), Catch::Contains("a second result for"));

    auto imported = c->importDashboardFile(ela.string(), {});
    INFO((imported ? "" : imported.error().text()));
    REQUIRE(imported.ok());
    CHECK(imported->outcome == io::ImportOutcome::Imported);
    CHECK(imported->indicator == Indicator::ELA); // from the file name
    CHECK(imported->year == 2024);               // the reportingyear column
    CHECK(imported->rows == std::int64_t(lines.size()));
    auto district = c->dashboardResults("01611190000000", 2024);
    REQUIRE(district.ok());
    CHECK(std::int64_t(district->size()) == linesAbout(ela, "01611190000000"));
    auto audit = auditOf(*c, "dashboard_imports");
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "import");
    CHECK(audit[0].recordId == imported->importId);

    // The same file again: unchanged, nothing written.
    const std::string once = wholeSnapshot(*c);
    auto again = c->importDashboardFile(ela.string(), {});
    REQUIRE(again.ok());
    CHECK(again->outcome == io::ImportOutcome::Unchanged);
    CHECK(wholeSnapshot(*c) == once);

    // A republished file for the same indicator and year (the state row dropped) replaces the first.
    const std::string republished = dir.file("ELAdownload2024.txt");
    {
        std::ifstream in(ela);
        std::string header;
        std::getline(in, header);
        std::ofstream out(republished);
        out << header << "\n";
        for (const auto &l : lines)
            if (l.rfind("00000000000000\t", 0) != 0)
                out << l << "\n";
    }
    auto replaced = c->importDashboardFile(republished, {});
    REQUIRE(replaced.ok());
    CHECK(replaced->outcome == io::ImportOutcome::Replaced);
    CHECK(replaced->rows == std::int64_t(lines.size()) - linesAbout(ela, "00000000000000"));
    REQUIRE(replaced->replaced.has_value());
    CHECK(replaced->replaced->rowCount == std::int64_t(lines.size()));
    CHECK(auditOf(*c, "dashboard_imports").size() == 2);
    auto state = c->dashboardResults("00000000000000", 2024);
    REQUIRE(state.ok());
    CHECK(state->empty());
}

TEST_CASE("services: importEssaFile opens a school plan per identified school with its reasons, once")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto essa = kDashboardFixtures / "essaassistance24.csv";
    const auto lines = dataLines(essa);
    // The status column of the fixture is AssistanceStatus2024, the sixth.
    const auto statusOf = [](const std::string &line) {
        std::vector<std::string> fields;
        std::string field;
        bool quoted = false;
        for (char ch : line) {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
                fields.push_back(std::exchange(field, {}));
            else
                field += ch;
        }
        fields.push_back(field);
        return fields.at(5);
    };
    const auto identified = std::count_if(lines.begin(), lines.end(), [&](const std::string &l) {
        const auto s = statusOf(l);
        return s.rfind("CSI", 0) == 0 || s.rfind("TSI", 0) == 0 || s.rfind("ATSI", 0) == 0;
    });
    REQUIRE(identified == 2);

    io::EssaImportOptions options;
    options.designatedOn = date("2024-09-01");
    auto imported = c->importEssaFile(essa.string(), options);
    INFO((imported ? "" : imported.error().text()));
    REQUIRE(imported.ok());
    CHECK(imported->year == 2024); // the highest AssistanceStatusYYYY column
    CHECK(imported->schools == int(lines.size()));
    CHECK(imported->identified == identified);
    CHECK(imported->casesCreated == identified);
    auto cases = c->listAll<Case>();
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == std::size_t(identified));
    for (const auto &k : *cases) {
        CHECK(k.kind == CaseKind::SchoolPlan);
        CHECK(k.designationYear == 2024);
        CHECK(k.openedOn == date("2024-09-01"));
        auto history = c->caseHistory(k.id);
        REQUIRE(history.ok());
        CHECK_FALSE(history->empty()); // created with audit rows
        auto school = c->get<School>(*k.schoolId);
        REQUIRE(school.ok());
        auto groups = c->recordsOf<QualifyingGroup>(k.id);
        REQUIRE(groups.ok());
        std::set<std::string> reasons;
        for (const auto &g : *groups)
            reasons.insert(g.studentGroup + "/" + g.indicator + "/" + std::to_string(g.priority));
        if (school->cds == "01611190130229") {
            // "CSI Grad": docs/data-formats.md, CSI with "grad" in the status -> ALL / GRAD / priority 5.
            CHECK(k.designation == Designation::CSI);
            CHECK(school->titleI); // TitleI2324 Yes
            CHECK(reasons == std::set<std::string>{"ALL/GRAD/5"});
        } else {
            // "ATSI" with EL and SWD flagged: one row per flagged group, priority 4.
            CHECK(school->cds == "01611190130245");
            CHECK(school->name == "Lincoln Elementary, East");
            CHECK(k.designation == Designation::ATSI);
            REQUIRE(reasons.size() == 2);
            std::set<std::string> flagged;
            for (const auto &r : reasons) {
                flagged.insert(r.substr(0, r.find('/')));
                CHECK(r.ends_with("/4"));
            }
            CHECK(flagged == std::set<std::string>{"EL", "SWD"});
        }
    }

    // The same file again changes nothing.
    const std::string once = wholeSnapshot(*c);
    auto again = c->importEssaFile(essa.string(), options);
    REQUIRE(again.ok());
    CHECK(again->casesCreated == 0);
    CHECK(again->unchanged == identified);
    CHECK(wholeSnapshot(*c) == once);

    // A status that is none of CSI, TSI, ATSI, General Assistance or No Status is refused naming it.
    const std::string bad = dir.file("essa-bad.csv");
    {
        std::ifstream in(essa);
        std::ofstream out(bad);
        for (std::string line; std::getline(in, line);) {
            const auto at = line.find("General Assistance");
            if (at != std::string::npos)
                line.replace(at, std::string("General Assistance").size(), "Intensive Support");
            out << line << "\n";
        }
    }
    TempDir other;
    auto fresh = newCasebook(other);
    const std::string nothing = wholeSnapshot(*fresh);
    const auto refused = refusedUnchanged(*fresh, fresh->importEssaFile(bad, options), ErrorKind::BadInput, nothing);
    CHECK_THAT(refused.text(), Catch::Contains("Intensive Support"));
}

namespace {

const std::filesystem::path kLayouts2024 = kDashboardFixtures / "layouts" / "2024";

} // namespace

TEST_CASE("services: importEligibilityFile keeps CDE's determinations per district, once, and officialDetermination reads them")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const std::vector<std::vector<std::string>> rows{
        eligibilityRow2024("01611190000000", "Sample Unified", "Differentiated Assistance", {{"LTEL", "B"}}),
        eligibilityRow2024("01611270000000", "Other Elementary", "General Assistance", {})};
    const std::string file = dir.file("assistancestatus24.xlsx");
    writeEligibility2024(file, rows);

    // A status the year's table does not know is refused, and nothing is stored.
    const std::string badFile = dir.file("assistancestatus24-bad.xlsx");
    writeEligibility2024(badFile, {eligibilityRow2024("01611190000000", "Sample Unified", "Maybe Assistance", {})});
    const std::string empty = wholeSnapshot(*c);
    const auto refused = refusedUnchanged(*c, c->importEligibilityFile(badFile), ErrorKind::BadInput, empty);
    CHECK_THAT(refused.text(), Catch::Contains("Maybe Assistance"));

    auto imported = c->importEligibilityFile(file);
    INFO((imported ? "" : imported.error().text()));
    REQUIRE(imported.ok());
    CHECK(imported->year == 2024); // the sheet "District and COE 2024"
    CHECK(imported->districts == int(rows.size()));
    CHECK(imported->differentiatedAssistance == 1);
    CHECK(imported->stored.outcome == storage::OfficialImportOutcome::Imported);
    auto audit = auditOf(*c, "official_imports");
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "import");

    auto years = c->officialDeterminationYears();
    REQUIRE(years.ok());
    CHECK(*years == std::vector<int>{2024});
    auto sample = c->officialDetermination(2024, "0161119");
    REQUIRE(sample.ok());
    REQUIRE(sample->has_value());
    CHECK((*sample)->status == "Differentiated Assistance");
    CHECK((*sample)->differentiatedAssistance);
    CHECK((*sample)->leaName == "Sample Unified");
    REQUIRE((*sample)->groups.size() == 1);
    CHECK((*sample)->groups[0].studentGroup == "LTEL");
    CHECK((*sample)->groups[0].letter == 'B');
    auto other = c->officialDetermination(2024, "0161127");
    REQUIRE(other.ok());
    REQUIRE(other->has_value());
    CHECK_FALSE((*other)->differentiatedAssistance);
    auto unlisted = c->officialDetermination(2024, "0161135");
    REQUIRE(unlisted.ok());
    CHECK_FALSE(unlisted->has_value());
    auto noFile = c->officialDetermination(2023, "0161119");
    REQUIRE(noFile.ok());
    CHECK_FALSE(noFile->has_value());

    // The same file again changes nothing.
    const std::string once = wholeSnapshot(*c);
    auto again = c->importEligibilityFile(file);
    REQUIRE(again.ok());
    CHECK(again->stored.outcome == storage::OfficialImportOutcome::Unchanged);
    CHECK(wholeSnapshot(*c) == once);
}

TEST_CASE("services: reconcile puts Casebook's determination beside CDE's, district by district")
{
    TempDir dir;
    auto c = newCasebook(dir);
    for (const char *f : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        REQUIRE(c->importDashboardFile((kLayouts2024 / f).string(), {}).ok());
    // By hand from the 2024 layout fixtures and the 2024 criteria (docs/eligibility.md): LTEL (20 students
    // in ELA and math, 21 in chronic absenteeism; 15 make it significant, Ed Code 52052) is Red on ELA
    // and on math (priority 4) and Red on chronic absenteeism (priority 5): two priorities, CDE's letter B
    // ("Priority Areas 4 ... and 5"). SWD is Red on ELA but Yellow on math, so only priority 5; FOS has
    // 14 students; ALL never qualifies. CDE's file saying "LTEL: B" agrees.
    writeEligibility2024(dir.file("assistancestatus24.xlsx"),
                         {eligibilityRow2024("01611190000000", "Sample Unified", "Differentiated Assistance", {{"LTEL", "B"}}),
                          eligibilityRow2024("01611270000000", "Other Elementary", "General Assistance", {})});
    REQUIRE(c->importEligibilityFile(dir.file("assistancestatus24.xlsx")).ok());
    const std::string before = wholeSnapshot(*c);

    auto year = c->reconcile(2024);
    INFO((year ? "" : year.error().text()));
    REQUIRE(year.ok());
    CHECK(year->year == 2024);
    REQUIRE(year->districts.size() == 2); // every district CDE's file lists
    CHECK(year->agree == 1);
    CHECK(year->differ == 0);
    CHECK(year->notCompared == 1); // Other Elementary: no Dashboard results imported
    const auto &sample = year->districts[0];
    CHECK(sample.reconciliation.districtCds == "0161119");
    CHECK(sample.compared);
    CHECK(sample.reconciliation.casebookEligible);
    CHECK(sample.reconciliation.agrees());
    CHECK_FALSE(year->districts[1].compared);

    auto one = c->reconcile(2024, std::string("0161119"));
    REQUIRE(one.ok());
    CHECK(one->districts.size() == 1);
    // Refused with the reason: a district the file does not list; a year without a file.
    auto unlisted = c->reconcile(2024, std::string("0161135"));
    REQUIRE_FALSE(unlisted.ok());
    CHECK_THAT(unlisted.error().message, Catch::Contains("0161135"));
    auto noFile = c->reconcile(2023);
    REQUIRE_FALSE(noFile.ok());
    CHECK_THAT(noFile.error().message, Catch::Contains("2023"));
    CHECK(wholeSnapshot(*c) == before); // reading only
}

TEST_CASE("services: dashboardYears, dashboardResults and districtYear read what the Dashboard files hold")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const char *files[] = {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"};
    std::int64_t districtLines = 0, schoolLines = 0;
    for (const char *f : files) {
        REQUIRE(c->importDashboardFile((kDashboardFixtures / f).string(), {}).ok());
        districtLines += linesAbout(kDashboardFixtures / f, "01611190000000");
        schoolLines += linesAbout(kDashboardFixtures / f, "01611190130229");
    }
    auto years = c->dashboardYears("01611190000000");
    REQUIRE(years.ok());
    CHECK(*years == std::vector<int>{2024});
    auto none = c->dashboardYears("01611350000000");
    REQUIRE(none.ok());
    CHECK(none->empty());
    auto results = c->dashboardResults("01611190000000", 2024);
    REQUIRE(results.ok());
    CHECK(std::int64_t(results->size()) == districtLines);
    auto school = c->dashboardResults("01611190130229", 2024);
    REQUIRE(school.ok());
    CHECK(std::int64_t(school->size()) == schoolLines);
    auto earlier = c->dashboardResults("01611190000000", 2023);
    REQUIRE(earlier.ok());
    CHECK(earlier->empty());

    // By hand from the fixtures and the 2024 criteria (docs/eligibility.md): SWD is Red on ELA and
    // Orange on math (priority 4: "Red on one, Red or Orange on the other") and Red on chronic
    // absenteeism with 1,200 students (priority 5), so it qualifies. EL is Orange and Yellow; FOS has 14
    // students (15 needed); HOM meets priority 5 only; ALL never qualifies.
    auto year = c->districtYear("0161119", 2024);
    INFO((year ? "" : year.error().text()));
    REQUIRE(year.ok());
    CHECK(std::int64_t(year->results.size()) == districtLines);
    CHECK(year->name == "Sample Unified");
    CHECK(year->determination.eligible);
    CHECK(year->determination.qualifyingGroups() == std::vector<std::string>{"SWD"});
    CHECK_FALSE(year->calpadsLate.has_value());
}

// ---- JSON, packet, demo, generated ---------------------------------------------------------------

namespace {

// A casebook with something of every kind the JSON carries: records, an attachment, a Dashboard import,
// local data and a changed calendar setting.
void fillForExport(Casebook &c)
{
    const auto sample = insertSampleDistrict(c.database());
    auto made = c.createCase(requiredCase(sample.district.id),
                             {{.studentGroup = "SWD", .indicator = "ELA", .priority = 4}});
    REQUIRE(made.ok());
    auto comm = c.add(communication(made->record.id, "2025-03-04", "Kick-off with the county liaison — ¿qué sigue?"));
    REQUIRE(comm.ok());
    REQUIRE(c.attach(made->record.id, AttachmentOwner::Communication, comm->record.id, "minutes.txt", "text/plain",
                     bytesOf("minutes\n"))
                .ok());
    REQUIRE(c.importDashboardFile((kDashboardFixtures / "eladownload2024.txt").string(), {}).ok());
    REQUIRE(c.recordLocalData({{"0161119", 2024, 1, LocalIndicatorStatus::Met}},
                              services::CalpadsReport{"0161119", 2024, false})
                .ok());
    auto settings = c.calendarSettings();
    REQUIRE(settings.ok());
    settings->planApprovalDays = 90;
    REQUIRE(c.saveCalendarSettings(*settings).ok());
}

// Such a casebook and its export.
struct Exported {
    TempDir dir;
    std::unique_ptr<Casebook> source = newCasebook(dir, "source.sqlite");
    nlohmann::ordered_json document;
    std::string text;
    Exported()
    {
        fillForExport(*source);
        auto exported = source->exportJson();
        REQUIRE(exported.ok());
        document = std::move(*exported);
        text = io::interchangeText(document);
    }
};

} // namespace

TEST_CASE("services: exportJson then importJson into a new casebook gives the same casebook")
{
    Exported e;
    auto &source = e.source;
    const std::string &text = e.text;
    CHECK(e.document["format"] == "casebook");
    const std::string sourceBefore = wholeSnapshot(*source);

    auto copy = newCasebook(e.dir, "copy.sqlite");
    auto summary = copy->importJson(text, "casebook.json");
    INFO((summary ? "" : summary.error().text()));
    REQUIRE(summary.ok());
    CHECK(summary->idsPreserved); // docs/interchange.md: into an empty casebook every record keeps its id
    CHECK(snapshot(*copy) == snapshot(*source));
    CHECK(wholeSnapshot(*copy) == wholeSnapshot(*source)); // the state's data, settings, audit trail's length
    auto again = copy->exportJson();
    REQUIRE(again.ok());
    CHECK(io::interchangeText(*again) == text); // "export -> import into a new file -> export gives the same bytes"
    auto attachments = copy->listAll<Attachment>();
    REQUIRE(attachments.ok());
    REQUIRE(attachments->size() == 1);
    auto content = copy->attachmentContent(attachments->front().id);
    REQUIRE(content.ok());
    CHECK(*content == bytesOf("minutes\n"));
    CHECK(wholeSnapshot(*source) == sourceBefore); // exporting writes nothing
}

TEST_CASE("services: importJson into a non-empty casebook renumbers, reuses districts by CDS, and refuses bad documents whole")
{
    Exported e;
    const auto &document = e.document;
    WithCase f; // the same district (CDS 0161119) and one case of its own
    auto &c = f.c;
    const auto casesBefore = c->listAll<Case>()->size();
    const std::string before = wholeSnapshot(*c);

    // Refused whole, nothing changed: not JSON; a case whose status is not a code; a document whose
    // attachment bytes do not match its SHA-256.
    refusedUnchanged(*c, c->importJson("{ not json", "broken.json"), ErrorKind::BadInput, before);
    auto badStatus = document;
    badStatus["cases"][0]["status"] = "finished";
    const auto refused = refusedUnchanged(*c, c->importJson(badStatus.dump(), "bad.json"), ErrorKind::BadInput, before);
    CHECK_THAT(refused.text(), Catch::Contains("bad.json") && Catch::Contains("/cases/0"));
    auto badBytes = document;
    badBytes["attachments"][0]["content_base64"] = "b3RoZXIK"; // "other\n"
    refusedUnchanged(*c, c->importJson(badBytes.dump(), "bytes.json"), ErrorKind::BadInput, before);

    auto summary = c->importJson(e.text, "casebook.json");
    INFO((summary ? "" : summary.error().text()));
    REQUIRE(summary.ok());
    CHECK_FALSE(summary->idsPreserved);
    CHECK(summary->matchedExisting >= 1); // the district with the same CDS code is reused
    auto districts = c->listAll<District>();
    REQUIRE(districts.ok());
    CHECK(districts->size() == 1);
    auto cases = c->listAll<Case>();
    REQUIRE(cases.ok());
    CHECK(cases->size() == casesBefore + document["cases"].size());
    // The imported case hangs on this casebook's district, under a new number.
    CHECK(cases->back().districtId == districts->front().id);
    CHECK(cases->back().id != document["cases"][0]["id"].get<Id>());
}

TEST_CASE("services: preparePacket writes nothing, writePacket writes the zip and records the period")
{
    WithRequiredCase f;
    auto &c = f.c;
    const auto &dir = f.dir;
    const Id id = f.caseId;
    REQUIRE(c->add(communication(id, "2025-03-04", "Kick-off meeting")).ok());
    REQUIRE(c->add(communication(id, "2025-08-04", "After the period")).ok());
    const std::string minutes = "minutes of the kick-off\n";
    auto attached = c->attach(id, AttachmentOwner::Case, id, "minutes.txt", "text/plain", bytesOf(minutes));
    REQUIRE(attached.ok());

    io::PacketRequest request;
    request.caseId = id;
    request.from = date("2025-01-15");
    request.to = date("2025-06-30");
    request.today = date("2025-07-01");
    request.outPath = dir.file("packet.zip");
    const std::string before = wholeSnapshot(*c);

    auto prepared = c->preparePacket(request);
    INFO((prepared ? "" : prepared.error().text()));
    REQUIRE(prepared.ok());
    REQUIRE(prepared->entries.size() >= 2);
    CHECK(prepared->entries[0].name == "packet.pdf"); // docs/packet.md: packet.pdf, packet.json, attachments/
    CHECK(prepared->entries[1].name == "packet.json");
    CHECK(prepared->pdf().startsWith("%PDF"));
    CHECK(prepared->period.from == date("2025-01-15"));
    CHECK(prepared->period.to == date("2025-06-30"));
    CHECK(prepared->period.basis == "given");
    CHECK_FALSE(std::filesystem::exists(request.outPath));
    CHECK(wholeSnapshot(*c) == before); // typesetting writes nothing

    auto written = c->writePacket(request, *prepared);
    INFO((written ? "" : written.error().text()));
    REQUIRE(written.ok());
    CHECK(written->notRecorded.empty());
    const auto zip = readZip(request.outPath);
    REQUIRE(zip.contains("packet.pdf"));
    REQUIRE(zip.contains("packet.json"));
    const std::string attachmentPath = "attachments/" + std::to_string(attached->record.id) + "-minutes.txt";
    REQUIRE(zip.contains(attachmentPath));
    CHECK(zip.at(attachmentPath).toStdString() == minutes);
    CHECK(zip.size() == 3);
    const auto packet = nlohmann::json::parse(zip.at("packet.json").toStdString());
    CHECK(packet["communications"].size() == 1); // only the one that took place in the period
    // The period is recorded as the case's last packet (settings, with an audit row).
    auto recorded = storage::readSetting(c->database(), io::lastPacketSettingKey(id));
    REQUIRE(recorded.ok());
    REQUIRE(recorded->has_value());
    const auto last = nlohmann::json::parse(**recorded);
    CHECK(last["from"] == "2025-01-15");
    CHECK(last["to"] == "2025-06-30");
    auto settingsAudit = auditOf(*c, "settings");
    REQUIRE_FALSE(settingsAudit.empty());
    CHECK_THAT(settingsAudit.back().changesJson, Catch::Contains(io::lastPacketSettingKey(id)));
}

TEST_CASE("services: exportPacket writes one zip, and refuses an unknown case or a backwards period leaving no file")
{
    WithRequiredCase f;
    auto &c = f.c;
    const auto &dir = f.dir;
    io::PacketRequest request;
    request.caseId = f.caseId;
    request.today = date("2025-07-01");
    request.outPath = dir.file("packet.zip");

    auto report = c->exportPacket(request);
    INFO((report ? "" : report.error().text()));
    REQUIRE(report.ok());
    // docs/packet.md: with no earlier packet, the case's whole life, from its opening to today.
    CHECK(report->period.basis == "whole_case");
    CHECK(report->period.from == date("2025-01-15"));
    CHECK(report->period.to == date("2025-07-01"));
    CHECK(report->pages > 0);
    CHECK(report->files == std::vector<std::string>{"packet.pdf", "packet.json"});
    CHECK(readZip(request.outPath).size() == 2);

    const std::string before = wholeSnapshot(*c);
    io::PacketRequest unknown = request;
    unknown.caseId = f.caseId + 100;
    unknown.outPath = dir.file("unknown.zip");
    auto noCase = c->exportPacket(unknown);
    REQUIRE_FALSE(noCase.ok());
    CHECK(noCase.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(std::filesystem::exists(unknown.outPath));
    io::PacketRequest backwards = request;
    backwards.from = date("2025-06-01");
    backwards.to = date("2025-05-01");
    backwards.outPath = dir.file("backwards.zip");
    refusedUnchanged(*c, c->exportPacket(backwards), ErrorKind::BadInput, before);
    CHECK_FALSE(std::filesystem::exists(backwards.outPath));
}

TEST_CASE("services: fillWithDemo adds the demo district with a case of every type, once")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const Date today = date("2025-09-01");
    REQUIRE(c->fillWithDemo(today).ok());
    auto districts = c->listAll<District>();
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 1);
    CHECK(districts->front().cds == io::kDemoDistrictCds);
    CHECK_THAT(districts->front().name, Catch::Contains("DEMO"));
    // io/demo.h: one case of every type — required assistance, a board request, an SPI intervention,
    // a school plan.
    auto cases = c->listAll<Case>();
    REQUIRE(cases.ok());
    std::set<std::string> kinds;
    for (const auto &k : *cases) {
        kinds.insert(k.kind == CaseKind::TechnicalAssistance ? std::string(enumCode(k.origin)) : std::string(enumCode(k.kind)));
        auto history = c->caseHistory(k.id);
        REQUIRE(history.ok());
        CHECK_FALSE(history->empty()); // written with audit rows, as any edit
    }
    CHECK(kinds == std::set<std::string>{std::string(enumCode(TaOrigin::Required)), std::string(enumCode(TaOrigin::BoardRequest)),
                                         std::string(enumCode(CaseKind::SpiIntervention)),
                                         std::string(enumCode(CaseKind::SchoolPlan))});
    // "... and a few overdue items".
    auto settings = c->calendarSettings();
    REQUIRE(settings.ok());
    auto overdue = c->reminders(*settings, {.today = today, .withinDays = 30, .overdueOnly = true});
    REQUIRE(overdue.ok());
    CHECK_FALSE(overdue->empty());

    // A second demo district is refused, and nothing changes.
    const std::string before = wholeSnapshot(*c);
    refusedUnchanged(*c, c->fillWithDemo(today), ErrorKind::Conflict, before);
}

TEST_CASE("services: fillWithGenerated writes the sizes asked for, reproducibly, and refuses an empty size")
{
    io::CasebookGeneratorOptions options;
    options.size = {.cases = 12, .communications = 40, .documentationItems = 9};
    options.seed = 7;
    TempDir dir;
    auto c = newCasebook(dir, "a.sqlite");
    auto generated = c->fillWithGenerated(options);
    INFO((generated ? "" : generated.error().text()));
    REQUIRE(generated.ok());
    CHECK(generated->cases == 12);
    CHECK(generated->communications == 40);
    CHECK(generated->documentationItems == 9);
    CHECK(c->listAll<Case>()->size() == 12);
    CHECK(c->listAll<Communication>()->size() == 40);
    CHECK(c->listAll<DocumentationItem>()->size() == 9);
    CHECK(std::int64_t(c->listAll<District>()->size()) == generated->districts);
    CHECK(std::int64_t(c->listAll<Activity>()->size()) == generated->activities);
    // Through the repository: every record written has its audit row.
    auto counts = c->recordCounts();
    REQUIRE(counts.ok());
    std::int64_t records = 0;
    for (const auto &[table, n] : *counts)
        if (table != "audit_log")
            records += n;
    CHECK(auditRows(*c) >= records);

    // "The same seed and scale give the same bytes on every machine."
    auto second = newCasebook(dir, "b.sqlite");
    REQUIRE(second->fillWithGenerated(options).ok());
    CHECK(snapshot(*second) == snapshot(*c));

    auto empty = newCasebook(dir, "empty.sqlite");
    const std::string before = wholeSnapshot(*empty);
    io::CasebookGeneratorOptions none = options;
    none.size.cases = 0;
    refusedUnchanged(*empty, empty->fillWithGenerated(none), ErrorKind::BadInput, before);
}

// ---- Reading: check, search, history, backup -----------------------------------------------------

TEST_CASE("services: check finds nothing wrong in a sound casebook and names an attachment whose bytes changed")
{
    WithCase f;
    auto &c = f.c;
    auto attached = c->attach(f.caseId, AttachmentOwner::Case, f.caseId, "letter.txt", "text/plain", bytesOf("letter\n"));
    REQUIRE(attached.ok());
    auto sound = c->check();
    REQUIRE(sound.ok());
    for (const auto &p : *sound)
        FAIL_CHECK(p.where + ": " + p.what);
    CHECK(sound->empty());

    // The bytes changed behind Casebook's back (plain SQLite, as a damaged disk or another tool would).
    rawExec(c->location(), std::string("UPDATE attachment_contents SET content = ") +
                               (testingOnServer() ? "'\\x00'::bytea" : "X'00'") + " WHERE attachment_id = " +
                               std::to_string(attached->record.id));
    auto damaged = c->check();
    REQUIRE(damaged.ok());
    REQUIRE_FALSE(damaged->empty());
    // Named by its number and file name: "attachment 1 (letter.txt)".
    CHECK(std::any_of(damaged->begin(), damaged->end(), [&](const services::CheckProblem &p) {
        return p.where.rfind("attachment " + std::to_string(attached->record.id) + " ", 0) == 0 &&
               p.where.find("letter.txt") != std::string::npos;
    }));

    // On a server: a disabled trigger (the audit's, by a DBA) is named (docs/security.md).
    if (testingOnServer()) {
        rawExec(c->location(), "ALTER TABLE communications DISABLE TRIGGER communications_audit");
        auto unaudited = c->check();
        REQUIRE(unaudited.ok());
        CHECK(std::any_of(unaudited->begin(), unaudited->end(), [](const services::CheckProblem &p) {
            return (p.where + " " + p.what).find("communications_audit") != std::string::npos;
        }));
    }
}

TEST_CASE("services: search finds text case-insensitively, takes % and _ literally, and respects the limit")
{
    WithCase f;
    auto &c = f.c;
    Communication call = services::newRecord<Communication>(f.caseId, date("2025-03-04"));
    call.summary = "Called the county's LIAISON about 100% attendance";
    auto first = c->add(call);
    REQUIRE(first.ok());
    call.summary = "Attendance review with the liaison";
    call.occurredOn = date("2025-04-04");
    auto second = c->add(call);
    REQUIRE(second.ok());

    auto hits = c->search("liaison");
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    for (const auto &h : *hits) {
        CHECK(h.kind == "communication");
        CHECK(h.caseId == f.caseId);
    }
    auto percent = c->search("100%");
    REQUIRE(percent.ok());
    REQUIRE(percent->size() == 1);
    CHECK(percent->front().recordId == first->record.id);
    auto wildcard = c->search("0%a"); // a LIKE wildcard would match "100% a"; the text has no "0%a"
    REQUIRE(wildcard.ok());
    CHECK(wildcard->empty());
    auto underscore = c->search("_");
    REQUIRE(underscore.ok());
    CHECK(underscore->empty());
    auto limited = c->search("liaison", 1);
    REQUIRE(limited.ok());
    CHECK(limited->size() == 1);
    auto title = c->search("lcap DATA");
    REQUIRE(title.ok());
    REQUIRE(title->size() == 1);
    CHECK(title->front().kind == "case"); // "Board request: LCAP data review"
    auto nothing = c->search("");
    REQUIRE(nothing.ok());
    CHECK(nothing->empty());
}

TEST_CASE("services: caseHistory is the case's trail oldest first, caseHistoryPage pages it newest first")
{
    WithCase f;
    auto &c = f.c;
    const Id id = f.caseId;
    auto comm = c->add(communication(id, "2025-03-04"));
    REQUIRE(comm.ok());
    Communication edited = comm->record;
    edited.summary = "Edited";
    REQUIRE(c->save(edited).ok());
    // Another case's trail is not this one's.
    REQUIRE(c->add<Case>(boardRequestCase(districtId(*c))).ok());

    auto history = c->caseHistory(id);
    REQUIRE(history.ok());
    // The case and its five activities created, the communication created, then edited.
    REQUIRE(history->size() == 1 + 5 + 1 + 1);
    CHECK(history->front().table == "cases");
    CHECK(history->front().action == "create");
    CHECK(history->back().table == "communications");
    CHECK(history->back().action == "update");
    CHECK_THAT(history->back().changesJson, Catch::Contains("Edited"));
    for (std::size_t i = 0; i < history->size(); ++i) {
        CHECK((*history)[i].caseId == std::optional<Id>(id));
        if (i > 0)
            CHECK((*history)[i].id > (*history)[i - 1].id);
    }

    std::vector<Id> newestFirst;
    for (auto it = history->rbegin(); it != history->rend(); ++it)
        newestFirst.push_back(it->id);
    std::vector<Id> paged;
    Id before = 0;
    for (int page = 0; page < 10; ++page) {
        auto entries = c->caseHistoryPage(id, before, 3);
        REQUIRE(entries.ok());
        CHECK(entries->size() <= 3);
        if (entries->empty())
            break;
        for (const auto &e : *entries)
            paged.push_back(e.id);
        before = entries->back().id;
    }
    CHECK(paged == newestFirst);
}

TEST_CASE("services: backupTo writes a copy that opens as the same casebook, and never overwrites a file", "[file]")
{
    WithCase f;
    auto &c = f.c;
    auto attached = c->attach(f.caseId, AttachmentOwner::Case, f.caseId, "letter.txt", "text/plain", bytesOf("letter\n"));
    REQUIRE(attached.ok());
    const std::string path = f.dir.file("backup.sqlite");
    REQUIRE(c->backupTo(path).ok());
    {
        auto copy = Casebook::open(path);
        REQUIRE(copy.ok());
        CHECK(wholeSnapshot(**copy) == wholeSnapshot(*c));
        auto content = (*copy)->attachmentContent(attached->record.id);
        REQUIRE(content.ok());
        CHECK(*content == bytesOf("letter\n"));
    }
    // An existing file is left as it is.
    const std::string existing = f.dir.file("notes.txt");
    std::ofstream(existing) << "my notes\n";
    auto refused = c->backupTo(existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Io);
    CHECK(readFileBytes(existing) == "my notes\n");
}

// ---- Rescue, reading a case, packet period, ESSA exit, referral, charter schools ------------------------------------

TEST_CASE("services: rescueCanHelp is yes only for a casebook refused for its schema, and rescueCasebook copies its records", "[file]")
{
    TempDir dir;
    const std::string path = dir.file("received.sqlite");
    std::string records;
    Id attachmentId = 0;
    {
        auto c = newCasebook(dir, "received.sqlite");
        fillForExport(*c);
        records = snapshot(*c);
        attachmentId = c->listAll<Attachment>()->front().id;
    }
    auto healthy = services::rescueCanHelp(path);
    REQUIRE(healthy.ok());
    CHECK_FALSE(*healthy); // it opens: nothing to rescue

    // A received file with a trigger and a view Casebook did not create (docs/security.md: a received
    // casebook is data, never code) is refused at open; rescue is the way to its records.
    rawExec(path, "CREATE TRIGGER keep_it_tidy AFTER INSERT ON pending_deadlines BEGIN DELETE FROM communications; END;"
                  "CREATE VIEW everything AS SELECT * FROM cases;");
    REQUIRE_FALSE(Casebook::open(path).ok());
    auto refused = services::rescueCanHelp(path);
    REQUIRE(refused.ok());
    CHECK(*refused);
    const std::string bytes = readFileBytes(path);

    const std::string out = dir.file("rescued.sqlite");
    auto report = services::rescueCasebook(path, out);
    INFO((report ? "" : report.error().text()));
    REQUIRE(report.ok());
    CHECK(report->skipped.empty());
    REQUIRE(report->leftBehind.size() == 2);
    CHECK_THAT(report->leftBehind[0] + report->leftBehind[1],
               Catch::Contains("keep_it_tidy") && Catch::Contains("everything"));
    CHECK(readFileBytes(path) == bytes); // the received file is left as it is
    {
        auto rescued = Casebook::open(out);
        REQUIRE(rescued.ok());
        CHECK(snapshot(**rescued) == records); // every record, under its own id
        auto content = (*rescued)->attachmentContent(attachmentId);
        REQUIRE(content.ok());
        CHECK(*content == bytesOf("minutes\n"));
    }

    // Never into the received file itself; a file that is no casebook is no case for rescue.
    CHECK_FALSE(services::rescueCasebook(path, path).ok());
    CHECK(readFileBytes(path) == bytes);
    const std::string notes = dir.file("notes.sqlite");
    std::ofstream(notes) << "not a database";
    auto notCasebook = services::rescueCanHelp(notes);
    REQUIRE(notCasebook.ok());
    CHECK_FALSE(*notCasebook);
}

TEST_CASE("services: caseSummaries and caseBundle read a case with everything it holds")
{
    WithCase f;
    auto &c = f.c;
    const auto school = c->listAll<School>()->front();
    REQUIRE(c->add(communication(f.caseId, "2025-03-04")).ok());
    auto plan = c->createCase(schoolPlanCase(districtId(*c), school.id), {{.studentGroup = "ALL", .indicator = "GRAD", .priority = 5}});
    REQUIRE(plan.ok());
    const std::string before = wholeSnapshot(*c);

    auto summaries = c->caseSummaries();
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 2);
    CHECK((*summaries)[0].id == f.caseId);
    CHECK((*summaries)[0].districtCds == "0161119");
    CHECK((*summaries)[0].schoolCds.empty());
    CHECK((*summaries)[0].status == CaseStatus::Draft);
    CHECK((*summaries)[1].kind == CaseKind::SchoolPlan);
    CHECK((*summaries)[1].schoolCds == school.cds);
    CHECK((*summaries)[1].status == CaseStatus::Identified);

    auto bundle = c->caseBundle(f.caseId);
    REQUIRE(bundle.ok());
    CHECK(bundle->caseRecord.id == f.caseId);
    CHECK(bundle->activities.size() == 5); // Ed Code 52071(c)(1)-(5)
    CHECK(bundle->communications.size() == 1);
    CHECK(bundle->qualifyingGroups.empty());
    auto planBundle = c->caseBundle(plan->record.id);
    REQUIRE(planBundle.ok());
    CHECK(planBundle->activities.empty());
    CHECK(planBundle->qualifyingGroups.size() == 1);
    auto unknown = c->caseBundle(plan->record.id + 100);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    CHECK(wholeSnapshot(*c) == before); // reading only
}

TEST_CASE("services: defaultPacketPeriod covers the whole case first, then the time since the last packet")
{
    WithRequiredCase f;
    auto &c = f.c;
    auto theCase = c->get<Case>(f.caseId);
    REQUIRE(theCase.ok());
    io::PacketRequest request;
    request.caseId = f.caseId;
    request.today = date("2025-07-01");
    request.outPath = f.dir.file("packet.zip");
    // docs/packet.md: with no earlier packet, from the case's opening to today.
    auto first = c->defaultPacketPeriod(*theCase, request);
    REQUIRE(first.ok());
    CHECK(first->basis == "whole_case");
    CHECK(first->from == date("2025-01-15"));
    CHECK(first->to == date("2025-07-01"));
    request.to = date("2025-06-30");
    REQUIRE(c->exportPacket(request).ok());
    // Then from the day after the last packet's period ended.
    io::PacketRequest next;
    next.caseId = f.caseId;
    next.today = date("2025-10-01");
    auto second = c->defaultPacketPeriod(*theCase, next);
    REQUIRE(second.ok());
    CHECK(second->basis == "since_last_packet");
    CHECK(second->from == date("2025-07-01"));
    CHECK(second->to == date("2025-10-01"));
}

TEST_CASE("services: essaExit reads CDE's exit decision for a school from the ESSA file's Exit column")
{
    TempDir dir;
    auto c = newCasebook(dir);
    // The 2024-25 layout (docs/data-formats.md): an Exit column of CSIEXIT, ATSIEXIT, NOEXIT or blank.
    const std::string file = dir.file("essaassistance24.csv");
    std::ofstream(file) << "cds,schoolname,districtname,countyname,AssistanceStatus2024,Exit\n"
                           "01611190130229,Sample High,Sample Unified,Alameda,CSI Low Perform,CSIEXIT\n"
                           "01611190130245,Lincoln Elementary,Sample Unified,Alameda,ATSI,NOEXIT\n";
    io::EssaImportOptions options;
    options.designatedOn = date("2025-02-01");
    auto imported = c->importEssaFile(file, options);
    INFO((imported ? "" : imported.error().text()));
    REQUIRE(imported.ok());
    auto exit = c->essaExit("01611190130229");
    REQUIRE(exit.ok());
    REQUIRE(exit->has_value());
    CHECK((*exit)->exitStatus == "CSIEXIT");
    CHECK((*exit)->schoolYear == 2024);
    CHECK((*exit)->fileName == "essaassistance24.csv");
    CHECK((*exit)->sha256 == sha256Of(readFileBytes(file)));
    auto staying = c->essaExit("01611190130245"); // NOEXIT: no exit
    REQUIRE(staying.ok());
    CHECK_FALSE(staying->has_value());

    // Any other Exit value is refused, naming it; nothing is stored.
    const std::string bad = dir.file("essa-bad.csv");
    std::ofstream(bad) << "cds,schoolname,districtname,countyname,AssistanceStatus2024,Exit\n"
                          "01611190130252,Washington Middle,Sample Unified,Alameda,ATSI,EXITED\n";
    const std::string before = wholeSnapshot(*c);
    const auto refused = refusedUnchanged(*c, c->importEssaFile(bad, options), ErrorKind::BadInput, before);
    CHECK_THAT(refused.text(), Catch::Contains("EXITED"));
}

TEST_CASE("services: referral decides Ed Code 52072(a) from the imported years")
{
    TempDir dir;
    auto c = newCasebook(dir);
    for (const char *f : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        REQUIRE(c->importDashboardFile((kDashboardFixtures / f).string(), {}).ok());
    // Ed Code 52072(a): three or more subgroups (or all, when fewer than three) meeting the criteria in
    // three of four consecutive years, 2021-2024 here. 2021 had no Dashboard (never met); in 2024 only SWD
    // qualifies of the significant groups SWD, EL (900 students) and HOM (15 in chronic absenteeism): not
    // met. At most 2022 and 2023 could be: fewer than three of four, so it is decided without them.
    auto referral = c->referral("0161119", 2024);
    INFO((referral ? "" : referral.error().text()));
    REQUIRE(referral.ok());
    CHECK(referral->year == 2024);
    CHECK(referral->decided);
    CHECK_FALSE(referral->referred);
    CHECK(referral->yearsMet.empty());
    CHECK(referral->yearsUnknown == std::vector<int>{2022, 2023});
}

TEST_CASE("services: charterYear judges a charter school on two consecutive Dashboards and refuses a district school")
{
    TempDir dir;
    auto c = newCasebook(dir);
    // Rows with the key columns of the 2023 and 2024 layouts for a charter school (charter_flag Y) and a
    // district school, each with 90 students with disabilities who are Red on ELA, math and chronic
    // absenteeism in both years.
    struct SchoolRow {
        const char *cds, *name, *charter;
    };
    const SchoolRow schools[] = {{"01611190130000", "Sample Charter", "Y"}, {"01611190140000", "Sample Elementary", ""}};
    for (int year : {2023, 2024})
        for (const std::string stem : {"eladownload", "mathdownload", "chronicdownload"}) {
            const std::string path = dir.file(stem + std::to_string(year) + ".txt");
            {
                std::ofstream out(path);
                out << "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tstudentgroup\tcurrdenom\t"
                       "currstatus\tstatuslevel\tcolor\treportingyear\n";
                for (const auto &s : schools)
                    out << s.cds << "\tS\t" << s.name << "\tSample Unified\tAlameda\t" << s.charter << "\tSWD\t90\t-80\t1\t1\t"
                        << year << "\n";
            }
            auto imported = c->importDashboardFile(path, {});
            INFO((imported ? "" : imported.error().text()));
            REQUIRE(imported.ok());
        }
    // docs/eligibility.md: a charter is eligible only when the criteria are met on both the year's
    // Dashboard and the one before (2023 and 2024 for 2024). SWD meets priority 4 (Red on ELA and math)
    // and priority 5 (Red on chronic absenteeism): CDE's letter B.
    auto charter = c->charterYear("01611190130000", 2024);
    INFO((charter ? "" : charter.error().text()));
    REQUIRE(charter.ok());
    CHECK(charter->priorYear == 2023);
    CHECK(charter->decided);
    CHECK(charter->eligible);
    REQUIRE(charter->current.groups.size() == 1);
    CHECK(charter->current.groups[0].studentGroup == "SWD");
    CHECK(charter->current.groups[0].priorities == std::vector<int>{4, 5});
    CHECK(charter->current.groups[0].letter == "B");
    // "a school that is not a charter in the files is refused".
    auto district = c->charterYear("01611190140000", 2024);
    REQUIRE_FALSE(district.ok());
    CHECK_THAT(district.error().message, Catch::Contains("not a charter"));
}

// ---- The casebook itself -------------------------------------------------------------------------

TEST_CASE("services: the casebook itself: empty or not, its counts, its integrity, the user its audit rows name, a companion")
{
    TempDir dir;
    auto c = newCasebook(dir);
    if (testingOnServer())
        CHECK(c->location().find("dbname=casebook_t") != std::string::npos); // the server's database
    else
        CHECK(c->location() == dir.file("c.sqlite"));
    auto empty = c->isEmpty();
    REQUIRE(empty.ok());
    CHECK(*empty);
    auto integrity = c->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(*integrity == "ok");

    c->setUserName("jdoe");
    CHECK(c->userName() == "jdoe");
    const auto sample = insertSampleDistrict(c->database());
    auto made = c->add<Case>(boardRequestCase(sample.district.id));
    REQUIRE(made.ok());
    empty = c->isEmpty();
    REQUIRE(empty.ok());
    CHECK_FALSE(*empty);
    // Counted as SQLite itself counts the file's rows.
    auto counts = c->recordCounts();
    REQUIRE(counts.ok());
    for (const auto &[table, n] : *counts) {
        INFO(table);
        CHECK(n == rawCount(c->location(), table));
    }
    auto history = c->caseHistory(made->record.id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->empty());
    // On a server the database names the login role (the test cluster's superuser) whatever the
    // application calls its user.
    for (const auto &entry : *history)
        CHECK(entry.osUser == (testingOnServer() ? "casebook_dba" : "jdoe"));

    // A second connection to the same casebook sees and writes the same records.
    auto other = c->companion();
    REQUIRE(other.ok());
    auto cases = (*other)->listAll<Case>();
    REQUIRE(cases.ok());
    CHECK(cases->size() == 1);
    REQUIRE((*other)->add(communication(made->record.id, "2025-03-04")).ok());
    CHECK(c->recordsOf<Communication>(made->record.id)->size() == 1);
}

TEST_CASE("services: upgradedCopyInMemory reads an older casebook at the current version and leaves the file as it is", "[file]")
{
    TempDir dir;
    const std::string path = dir.file("old.sqlite");
    std::filesystem::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v1.sqlite", path);
    const std::string bytes = readFileBytes(path);
    auto file = Casebook::open(path, services::OpenMode::ReadOnly);
    INFO((file ? "" : file.error().text()));
    REQUIRE(file.ok());
    CHECK((*file)->report().schemaVersion == 1);
    auto copy = (*file)->upgradedCopyInMemory();
    INFO((copy ? "" : copy.error().text()));
    REQUIRE(copy.ok());
    auto problems = (*copy)->check();
    REQUIRE(problems.ok());
    CHECK(problems->empty());
    auto cases = (*copy)->caseSummaries();
    REQUIRE(cases.ok());
    CHECK(std::int64_t(cases->size()) == rawCount(path, "cases"));
    REQUIRE((*copy)->add<Case>(boardRequestCase((*copy)->listAll<District>()->front().id)).ok()); // never saved
    copy->reset();
    file->reset();
    CHECK(readFileBytes(path) == bytes);
}

TEST_CASE("services: a casebook checked in the background gives its verdict before the first write, and its files can be removed", "[file]")
{
    TempDir dir;
    const std::string path = dir.file("c.sqlite");
    {
        auto created = newCasebook(dir);
        CHECK(created->report().schemaVersion == services::currentSchemaVersion());
        CHECK(created->engine() == "SQLite"); // the default engine for a file path (docs/architecture.md)
        CHECK(services::canWriteCasebookAt(path));
        insertSampleDistrict(created->database());
    }
    auto c = Casebook::open(path, services::OpenMode::OpenExisting, services::IntegrityCheck::InBackground);
    REQUIRE(c.ok());
    CHECK((*c)->checksInBackground()); // a current file in WAL mode is not checked before open() returns
    REQUIRE((*c)->awaitIntegrity().ok());
    REQUIRE((*c)->integrityVerdict().has_value());
    CHECK((*c)->integrityVerdict()->ok());
    REQUIRE((*c)->add<Case>(boardRequestCase(districtId(**c))).ok());
    c->reset();

    // What a refused action created goes, with SQLite's companions.
    std::ofstream(path + "-wal") << "";
    std::ofstream(path + "-shm") << "";
    services::removeCasebookFiles(path);
    for (const char *suffix : {"", "-wal", "-shm"})
        CHECK_FALSE(std::filesystem::exists(path + suffix));
}
