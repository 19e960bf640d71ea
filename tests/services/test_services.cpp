// The application services (src/services/casebook.h): each operation is one transaction, returns what
// it changed, and undo/redo of that change restore the casebook exactly. Expected values come from the
// statute (Ed Code 52071(c)'s five activity areas), from the bytes the test itself attaches, and from
// what the casebook held before the operation — never from the services' own code.
#include "service_test_support.h"

#include "services/record_defaults.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sys/stat.h>

using namespace casebook;
using namespace casebook::test;
using services::Casebook;

TEST_CASE("services: a new technical-assistance case is one change with the five activities of Ed Code 52071(c)")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const auto sample = test::insertSampleDistrict(c->database());
    const std::string before = snapshot(*c);

    auto made = c->add<Case>(test::requiredCase(sample.district.id));
    REQUIRE(made.ok());
    const Id caseId = made->record.id;
    // Ed Code 52071(c)(1)-(5): five activity areas, so the change is the case and five activities.
    REQUIRE(made->change.records.size() == 6);
    CHECK(std::holds_alternative<Case>(made->change.records[0].after));
    std::set<int> areas;
    for (std::size_t i = 1; i < 6; ++i) {
        REQUIRE(std::holds_alternative<Activity>(made->change.records[i].after));
        const auto &a = std::get<Activity>(made->change.records[i].after);
        CHECK(a.caseId == caseId);
        areas.insert(a.area);
    }
    CHECK(areas.size() == 5);
    const std::string after = snapshot(*c);
    CHECK(after != before);

    REQUIRE(c->undo(made->change).ok());
    CHECK(snapshot(*c) == before);
    REQUIRE(c->redo(made->change).ok());
    CHECK(snapshot(*c) == after); // the same ids: later steps that edit them still apply
}

TEST_CASE("services: an edit's change takes back exactly the fields it changed")
{
    WithCase f;
    auto &c = f.c;
    const Id caseId = f.caseId;
    Communication meeting = services::newRecord<Communication>(caseId, test::date("2025-03-04"));
    meeting.participants = "Assistant superintendent; county liaison";
    meeting.summary = "Kick-off meeting";
    auto comm = c->add(meeting);
    INFO((comm ? "" : comm.error().text()));
    REQUIRE(comm.ok());
    const std::string before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);

    Communication changed = comm->record;
    changed.summary = "Called the county's liaison about area 3";
    auto saved = c->save(changed);
    REQUIRE(saved.ok());
    REQUIRE(saved->change.records.size() == 1);
    CHECK(std::get<Communication>(saved->change.records[0].before).summary == comm->record.summary);
    CHECK(std::get<Communication>(saved->change.records[0].after).summary == changed.summary);
    CHECK(auditRows(*c) == rowsBefore + 1); // one operation, one audit row

    REQUIRE(c->undo(saved->change).ok());
    CHECK(snapshot(*c) == before);
}

TEST_CASE("services: a refused write changes nothing and writes no audit row")
{
    WithCase f;
    auto &c = f.c;
    const Id caseId = f.caseId;
    const std::string before = snapshot(*c);
    const auto rowsBefore = auditRows(*c);

    Communication orphan = services::newRecord<Communication>(9999, test::date("2025-03-04"));
    CHECK_FALSE(c->add(orphan).ok());
    // A technical-assistance case cannot skip from draft to closed (domain/workflow.h), nor close
    // before its activities are done.
    CHECK_FALSE(c->transition(caseId, CaseStatus::Closed, test::date("2025-03-05")).ok());
    CHECK_FALSE(c->remove<Case>(caseId + 100).ok());
    CHECK(snapshot(*c) == before);
    CHECK(auditRows(*c) == rowsBefore);
}

TEST_CASE("services: deleting a case keeps its attachments' bytes, and undo puts every record back")
{
    WithCase f;
    auto &c = f.c;
    auto &dir = f.dir;
    const Id caseId = f.caseId;
    DocumentationItem minutes = services::newRecord<DocumentationItem>(caseId, test::date("2025-03-04"));
    minutes.title = "Minutes of the kick-off meeting";
    auto item = c->add(minutes);
    INFO((item ? "" : item.error().text()));
    REQUIRE(item.ok());
    const std::string bytes = "minutes of the 4 March meeting\n";
    const auto file = dir.file("minutes.txt");
    std::ofstream(file, std::ios::binary) << bytes;
    auto attached = c->attachFile(caseId, AttachmentOwner::DocumentationItem, item->record.id, file);
    REQUIRE(attached.ok());
    CHECK(attached->record.sha256 == sha256Of(bytes));
    CHECK(attached->record.size == std::int64_t(bytes.size()));
    const std::string before = snapshot(*c);

    auto removed = c->remove<Case>(caseId);
    REQUIRE(removed.ok());
    // Children before the case, so a redo deletes them first.
    CHECK(std::holds_alternative<Attachment>(removed->records.front().before));
    CHECK(std::holds_alternative<Case>(removed->records.back().before));
    auto cases = c->listAll<Case>();
    REQUIRE(cases.ok());
    CHECK(cases->empty());

    REQUIRE(c->undo(*removed).ok());
    CHECK(snapshot(*c) == before);
    auto content = c->attachmentContent(attached->record.id);
    REQUIRE(content.ok());
    CHECK(std::string(content->begin(), content->end()) == bytes);
    REQUIRE(c->redo(*removed).ok());
    cases = c->listAll<Case>();
    REQUIRE(cases.ok());
    CHECK(cases->empty());
}

TEST_CASE("services: attachFile refuses what is not a regular file or is too large, and cleans the name")
{
    WithCase f;
    auto &c = f.c;
    auto &dir = f.dir;
    const Id caseId = f.caseId;
    const Id id = caseId;
    const std::string before = snapshot(*c);

    auto folder = c->attachFile(id, AttachmentOwner::Case, id, dir.path().string());
    REQUIRE_FALSE(folder.ok());
    CHECK_THAT(folder.error().message, Catch::Contains("not a regular file"));
    const auto fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_FALSE(c->attachFile(id, AttachmentOwner::Case, id, fifo).ok()); // and does not wait for a writer
    const auto big = dir.file("big.bin");
    std::filesystem::resize_file((std::ofstream(big), big), std::uintmax_t(kMaxAttachmentBytes) + 1);
    auto tooBig = c->attachFile(id, AttachmentOwner::Case, id, big);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().field == "size");
    CHECK(snapshot(*c) == before);

    const auto odd = dir.file("evil\x1b[2Jname.txt");
    std::ofstream(odd) << "x";
    auto cleaned = c->attachFile(id, AttachmentOwner::Case, id, odd);
    REQUIRE(cleaned.ok());
    CHECK(cleaned->record.fileName == "evil_[2Jname.txt");
}

TEST_CASE("services: calendar settings are a change only when they differ, and undo restores them")
{
    TempDir dir;
    auto c = newCasebook(dir);
    auto settings = c->calendarSettings();
    REQUIRE(settings.ok());
    auto same = c->saveCalendarSettings(*settings);
    REQUIRE(same.ok());
    CHECK(same->empty());

    CalendarSettings changed = *settings;
    changed.planApprovalDays = settings->planApprovalDays + 15;
    auto saved = c->saveCalendarSettings(changed);
    REQUIRE(saved.ok());
    REQUIRE(saved->calendar);
    CHECK(saved->calendar->first == *settings);
    REQUIRE(c->undo(*saved).ok());
    auto back = c->calendarSettings();
    REQUIRE(back.ok());
    CHECK(*back == *settings);
    REQUIRE(c->redo(*saved).ok());
    back = c->calendarSettings();
    REQUIRE(back.ok());
    CHECK(back->planApprovalDays == changed.planApprovalDays);
}

TEST_CASE("services: the case from findings adds a district the casebook lacks, and one undo takes all of it back")
{
    TempDir dir;
    auto c = newCasebook(dir);
    for (const char *f : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        REQUIRE(c->importDashboardFile((kDashboardFixtures / f).string(), {}).ok());
    const std::string before = snapshot(*c);

    services::FindingsCaseRequest request;
    request.districtCds = "0161119";
    request.year = 2024;
    request.openedOn = test::date("2025-01-22");
    auto proposal = c->proposeCaseFromFindings(request);
    REQUIRE(proposal.ok());
    REQUIRE(proposal->newDistrict); // the casebook held no district: the Dashboard file names it
    auto made = c->openCaseFromFindings(*proposal);
    REQUIRE(made.ok());
    REQUIRE(std::holds_alternative<District>(made->change.records.front().after));
    auto groups = c->recordsOf<QualifyingGroup>(made->record.id);
    REQUIRE(groups.ok());
    CHECK_FALSE(groups->empty());

    REQUIRE(c->undo(made->change).ok());
    CHECK(snapshot(*c) == before);
    auto districts = c->listAll<District>();
    REQUIRE(districts.ok());
    CHECK(districts->empty());
}

TEST_CASE("services: local data of a year is stored all or nothing")
{
    TempDir dir;
    auto c = newCasebook(dir);
    const std::vector<LocalIndicator> indicators = {
        {"0161119", 2024, 1, LocalIndicatorStatus::Met},
        {"0161119", 2024, 4, LocalIndicatorStatus::NotMet}, // priority 4 is no local indicator (state indicators)
    };
    CHECK_FALSE(c->recordLocalData(indicators, services::CalpadsReport{"0161119", 2024, true}).ok());
    auto stored = c->localIndicators("0161119", 2024);
    REQUIRE(stored.ok());
    CHECK(stored->empty());
    auto late = c->calpadsLate("0161119", 2024);
    REQUIRE(late.ok());
    CHECK_FALSE(late->has_value());

    REQUIRE(c->recordLocalData({indicators[0]}, services::CalpadsReport{"0161119", 2024, true}).ok());
    stored = c->localIndicators("0161119", 2024);
    REQUIRE(stored.ok());
    CHECK(stored->size() == 1);
    late = c->calpadsLate("0161119", 2024);
    REQUIRE(late.ok());
    CHECK(late->value_or(false));
}

TEST_CASE("services: a case number is never given again after its case is deleted")
{
    WithCase f;
    auto &c = f.c;
    const auto district = c->listAll<District>()->front().id;
    auto second = c->add<Case>(test::boardRequestCase(district));
    REQUIRE(second.ok());
    REQUIRE(c->remove<Case>(second->record.id).ok());
    auto third = c->add<Case>(test::boardRequestCase(district));
    REQUIRE(third.ok());
    // The deleted case's number and its history belong to it alone.
    CHECK(third->record.id != second->record.id);
    CHECK(third->record.id > second->record.id);
    auto history = c->caseHistory(third->record.id);
    REQUIRE(history.ok());
    for (const auto &entry : *history)
        CHECK(entry.action != "delete");
}

TEST_CASE("services: a bare attachment record is refused, its bytes come with attach")
{
    TempDir dir;
    auto c = newCasebook(dir);
    Attachment a;
    a.fileName = "x.txt";
    auto added = c->add(a);
    REQUIRE_FALSE(added.ok());
    CHECK_THAT(added.error().message, Catch::Contains("with its file"));
}

TEST_CASE("services: a refused rescue leaves no new casebook behind")
{
    TempDir dir;
    const auto notCasebook = dir.file("notes.sqlite");
    std::ofstream(notCasebook) << "not a database";
    const auto out = dir.file("new.sqlite");
    CHECK_FALSE(services::rescueCasebook(notCasebook, out).ok());
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("services: a record saved with its files is one change; a file that cannot be read changes nothing")
{
    WithCase f;
    auto &c = f.c;
    const auto file = f.dir.file("report.txt");
    std::ofstream(file, std::ios::binary) << "quarterly report\n";
    DocumentationItem report = services::newRecord<DocumentationItem>(f.caseId, test::date("2025-03-04"));
    report.title = "Quarterly report";
    report.activityArea = 2;

    // A missing second file: refused with its name, and neither the item nor the first file is kept.
    const std::string before = snapshot(*c);
    const auto auditBefore = auditRows(*c);
    auto refused = c->saveWithFiles(report, {file, f.dir.file("missing.pdf")});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().text(), Catch::Contains("missing.pdf"));
    CHECK(snapshot(*c) == before);
    CHECK(auditRows(*c) == auditBefore);

    auto saved = c->saveWithFiles(report, {file});
    REQUIRE(saved.ok());
    REQUIRE(saved->change.records.size() == 2); // the item, then its file
    CHECK(std::holds_alternative<DocumentationItem>(saved->change.records[0].after));
    const auto *attachment = std::get_if<Attachment>(&saved->change.records[1].after);
    REQUIRE(attachment);
    CHECK(attachment->ownerType == AttachmentOwner::DocumentationItem);
    CHECK(attachment->ownerId == saved->record.id);
    CHECK(attachment->sha256 == sha256Of("quarterly report\n"));
    REQUIRE(c->undo(saved->change).ok());
    CHECK(snapshot(*c) == before);

    // An edit with a refused file keeps the stored item as it was.
    REQUIRE(c->redo(saved->change).ok());
    const std::string afterRedo = snapshot(*c);
    auto edited = saved->record;
    edited.recipient = "Someone else";
    CHECK_FALSE(c->saveWithFiles(edited, {f.dir.file("missing.pdf")}).ok());
    CHECK(snapshot(*c) == afterRedo);
}

TEST_CASE("services: a district's code names it, its county and its schools from the imported Dashboard files")
{
    TempDir dir;
    auto c = newCasebook(dir);
    // Before any import only the county is known: CDS codes starting 37 are San Diego County's.
    auto bare = c->knownDistrict("3768338");
    REQUIRE(bare.ok());
    CHECK(bare->cds == "3768338");
    CHECK(bare->name.empty());
    CHECK(bare->county == "San Diego");
    CHECK_FALSE(c->knownDistrict("12345").ok());

    for (const char *f : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        REQUIRE(c->importDashboardFile((kDashboardFixtures / f).string(), {}).ok());
    // The fixture's files name 0161119 "Sample Unified" in Alameda, from its 7-digit or any 14-digit code.
    for (const char *code : {"0161119", "01611190000000", "01611190130229"}) {
        INFO(code);
        auto known = c->knownDistrict(code);
        REQUIRE(known.ok());
        CHECK(known->cds == "0161119");
        CHECK(known->name == "Sample Unified");
        CHECK(known->county == "Alameda");
    }
    // The district has ELA, math and chronic absenteeism rows and one school (Sample High, ELA and math);
    // the neighbouring district 0161120 and its school are not counted.
    auto entities = c->dashboardEntities("0161119", 2024);
    REQUIRE(entities.ok());
    REQUIRE(entities->size() == 2);
    CHECK(entities->at(0).cds == "01611190000000");
    CHECK(entities->at(0).rtype == RecordType::District);
    CHECK(entities->at(0).indicators ==
          std::vector<Indicator>{Indicator::ELA, Indicator::Math, Indicator::ChronicAbsenteeism});
    CHECK(entities->at(1).cds == "01611190130229");
    CHECK(entities->at(1).rtype == RecordType::School);
    CHECK(entities->at(1).schoolName == "Sample High");
    CHECK(entities->at(1).indicators == std::vector<Indicator>{Indicator::ELA, Indicator::Math});
    auto otherYear = c->dashboardEntities("0161119", 2023);
    REQUIRE(otherYear.ok());
    CHECK(otherYear->empty());
}
