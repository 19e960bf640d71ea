// Writes: audit rows, validation before writing, and rollback on failure.
#include "storage/audit.h"
#include "storage/case_store.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace casebook;
using namespace casebook::storage;
using casebook::test::TempDir;

namespace {

std::int64_t count(Database &db, const std::string &table)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM " + table));
}

std::unique_ptr<Database> freshDb(const TempDir &dir)
{
    auto db = Database::open(casebook::test::newCasebookLocation(dir), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    (*db)->setUserName("tester");
    return std::move(*db);
}

} // namespace

TEST_CASE("Every write leaves one audit row with the changed fields, user and UTC time")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    REQUIRE(c.ok());
    CHECK(c->status == CaseStatus::Determined);
    CHECK(listWhere<Activity>(*db, "case_id", c->id)->size() == 5);

    auto trail = readCaseAudit(*db, c->id);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 6); // the case and its five activities
    CHECK(trail->front().table == "cases");
    CHECK(trail->front().action == "create");
    // On a server the database names the login role (the test cluster's superuser), whatever the
    // application calls its user.
    CHECK(trail->front().osUser == (test::testingOnServer() ? "casebook_dba" : "tester"));
    CHECK(trail->front().atUtc.size() == 20);
    CHECK(trail->front().atUtc.back() == 'Z');

    Communication comm{.caseId = c->id, .occurredOn = test::date("2025-02-03"), .mode = CommunicationMode::Meeting,
                       .participants = "COE liaison", .summary = "Kick-off meeting"};
    auto stored = insert<Communication>(*db, comm);
    REQUIRE(stored.ok());
    stored->summary = "Kick-off meeting with the county team";
    REQUIRE(update<Communication>(*db, *stored).ok());
    auto rows = readAudit(*db, "communications", stored->id);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const auto changes = nlohmann::json::parse(rows->at(1).changesJson);
    CHECK(changes.size() == 1); // only the summary changed
    CHECK(changes["summary"]["old"] == "Kick-off meeting");
    CHECK(changes["summary"]["new"] == "Kick-off meeting with the county team");
    CHECK(rows->at(1).caseId == c->id);

    // An update that changes nothing writes no audit row.
    REQUIRE(update<Communication>(*db, *stored).ok());
    CHECK(readAudit(*db, "communications", stored->id)->size() == 2);

    REQUIRE(remove<Communication>(*db, stored->id).ok());
    rows = readAudit(*db, "communications", stored->id);
    REQUIRE(rows->size() == 3);
    CHECK(rows->back().action == "delete");
    CHECK(nlohmann::json::parse(rows->back().changesJson)["summary"]["old"] ==
          "Kick-off meeting with the county team");
}

TEST_CASE("Audit rows cannot be changed or deleted, even with SQL")
{
    TempDir dir;
    auto db = freshDb(dir);
    test::insertSampleDistrict(*db);
    const auto before = count(*db, "audit_log");
    REQUIRE(before > 0);
    auto s = db->connection().exec("UPDATE audit_log SET os_user = 'mallory'");
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("append-only"));
    CHECK_FALSE(db->connection().exec("DELETE FROM audit_log").ok());
    CHECK(count(*db, "audit_log") == before);
}

TEST_CASE("Invalid records are refused with the field named and nothing written")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    const auto audit = count(*db, "audit_log");

    auto bad = insert<District>(*db, District{.cds = "12345", .name = "Short Code"});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == "cds");

    Case c = test::requiredCase(sample.district.id);
    c.title = "";
    auto badCase = createCase(*db, c);
    REQUIRE_FALSE(badCase.ok());
    CHECK(badCase.error().field == "title");
    CHECK(count(*db, "cases") == 0);
    CHECK(count(*db, "activities") == 0);
    CHECK(count(*db, "audit_log") == audit);

    auto orphan = insert<Communication>(*db, Communication{.caseId = 999, .occurredOn = test::date("2025-01-01"),
                                                           .mode = CommunicationMode::Email, .summary = "Hello"});
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().field == "case_id");

    auto spi = createCase(*db, test::spiCase(sample.district.id));
    REQUIRE(spi.ok());
    auto cba = insert<SpiAction>(*db, SpiAction{.caseId = spi->id, .kind = SpiActionKind::StayOrRescind,
                                                .description = "Rescind MOU clause",
                                                .requiredByBargainingAgreement = true,
                                                .status = ActionStatus::Proposed});
    REQUIRE_FALSE(cba.ok());
    CHECK_THAT(cba.error().message, Catch::Contains("collective bargaining"));
    CHECK(count(*db, "spi_actions") == 0);
}

TEST_CASE("A failing step rolls back the whole action, audit rows included")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    const auto audit = count(*db, "audit_log");

    // Make the fourth activity insert fail inside createCase: the case and the first three go too.
    REQUIRE(db->connection()
                .exec(test::testingOnServer()
                          ? "ALTER TABLE activities ADD CONSTRAINT simulated_failure CHECK (area <> 4)"
                          : "CREATE TEMP TRIGGER fail_area_4 BEFORE INSERT ON activities WHEN NEW.area = 4 "
                            "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
                .ok());
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.error().message, Catch::Contains(test::testingOnServer() ? "simulated_failure" : "simulated failure"));
    CHECK(count(*db, "cases") == 0);
    CHECK(count(*db, "activities") == 0);
    CHECK(count(*db, "audit_log") == audit);
    CHECK_FALSE(db->connection().inTransaction());
}

TEST_CASE("Workflow transitions are checked and audited")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id, "2024-01-10"));
    REQUIRE(c.ok());
    auto active = transitionCase(*db, c->id, CaseStatus::Active, test::date("2024-01-11"));
    REQUIRE(active.ok());
    auto refused = transitionCase(*db, c->id, CaseStatus::ActivitiesComplete, test::date("2024-02-01"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);

    auto acts = listWhere<Activity>(*db, "case_id", c->id, "area");
    for (auto a : *acts) {
        a.status = ActivityStatus::Complete;
        REQUIRE(update<Activity>(*db, a).ok());
    }
    REQUIRE(transitionCase(*db, c->id, CaseStatus::ActivitiesComplete, test::date("2025-06-01")).ok());
    auto early = transitionCase(*db, c->id, CaseStatus::EligibleToClose, test::date("2026-01-09"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == "two_year_minimum");
    REQUIRE(transitionCase(*db, c->id, CaseStatus::EligibleToClose, test::date("2026-01-10")).ok());
    auto closed = transitionCase(*db, c->id, CaseStatus::Closed, test::date("2026-02-01"));
    REQUIRE(closed.ok());
    CHECK(closed->closedOn == test::date("2026-02-01"));
    auto trail = readAudit(*db, "cases", c->id);
    REQUIRE(trail->size() == 5); // create + four transitions
    CHECK(nlohmann::json::parse(trail->back().changesJson)["status"]["new"] == "closed");
}

TEST_CASE("Attachments keep their bytes, size and SHA-256; oversized files are refused")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    auto item = insert<DocumentationItem>(*db, DocumentationItem{.caseId = c->id, .title = "Q1 report",
                                                                 .dueOn = test::date("2025-04-15"),
                                                                 .recipient = "County Superintendent"});
    REQUIRE(item.ok());
    const std::string text = "abc";
    const std::vector<unsigned char> bytes(text.begin(), text.end());
    auto a = addAttachment(*db, c->id, AttachmentOwner::DocumentationItem, item->id, "report.txt", "text/plain", bytes);
    REQUIRE(a.ok());
    CHECK(a->size == 3);
    CHECK(a->sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(*attachmentContent(*db, a->id) == bytes);
    CHECK(attachmentsOf(*db, AttachmentOwner::DocumentationItem, item->id)->size() == 1);

    const std::vector<unsigned char> huge(std::size_t(kMaxAttachmentBytes) + 1, 'x');
    auto tooBig = addAttachment(*db, c->id, AttachmentOwner::Case, c->id, "huge.bin", "", huge);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().field == "size");
    CHECK(count(*db, "attachments") == 1);
    CHECK(count(*db, "attachment_contents") == 1);
}

TEST_CASE("Deleting a case deletes everything it holds, each with an audit row")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    REQUIRE(insert<Communication>(*db, Communication{.caseId = c->id, .occurredOn = test::date("2025-02-01"),
                                                     .mode = CommunicationMode::Phone, .summary = "Call"}).ok());
    REQUIRE(addAttachment(*db, c->id, AttachmentOwner::Case, c->id, "a.txt", "text/plain", {'a'}).ok());
    REQUIRE(deleteCase(*db, c->id).ok());
    CHECK(count(*db, "cases") == 0);
    CHECK(count(*db, "activities") == 0);
    CHECK(count(*db, "communications") == 0);
    CHECK(count(*db, "attachment_contents") == 0);
    auto trail = readCaseAudit(*db, c->id);
    const auto deletes = std::count_if(trail->begin(), trail->end(), [](const auto &e) { return e.action == "delete"; });
    CHECK(deletes == 8); // attachment, 5 activities, communication, case
}

TEST_CASE("insertWithId puts a deleted record back under its id, with an audit row")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    auto comm = insert<Communication>(*db, Communication{.caseId = c->id, .occurredOn = test::date("2025-02-01"),
                                                         .mode = CommunicationMode::Phone, .summary = "Call"});
    REQUIRE(remove<Communication>(*db, comm->id).ok());
    auto back = insertWithId<Communication>(*db, *comm);
    REQUIRE(back.ok());
    CHECK(get<Communication>(*db, comm->id)->summary == "Call");
    CHECK(readAudit(*db, "communications", comm->id)->size() == 3);
    CHECK_FALSE(insertWithId<Communication>(*db, *comm).ok()); // the id is taken now

    auto a = addAttachment(*db, c->id, AttachmentOwner::Case, c->id, "a.txt", "text/plain", {'a', 'b'});
    REQUIRE(remove<Attachment>(*db, a->id).ok());
    CHECK_FALSE(restoreAttachment(*db, *a, {'x'}).ok()); // wrong bytes
    REQUIRE(restoreAttachment(*db, *a, {'a', 'b'}).ok());
    CHECK(*attachmentContent(*db, a->id) == std::vector<unsigned char>{'a', 'b'});
}

TEST_CASE("A case's audit trail reads in pages, newest first, without gaps or repeats")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto c = createCase(*db, test::requiredCase(sample.district.id));
    for (int i = 0; i < 23; ++i)
        REQUIRE(insert<Communication>(*db, Communication{.caseId = c->id, .occurredOn = test::date("2025-02-01"),
                                                         .mode = CommunicationMode::Phone,
                                                         .summary = "Call " + std::to_string(i)}).ok());
    auto all = readCaseAudit(*db, c->id);
    REQUIRE(all->size() == 29);
    std::vector<Id> paged;
    Id before = 0;
    for (;;) {
        auto page = readCaseAuditPage(*db, c->id, before, 10);
        REQUIRE(page.ok());
        if (page->empty())
            break;
        for (const auto &e : *page)
            paged.push_back(e.id);
        before = page->back().id;
    }
    std::vector<Id> expected;
    for (auto it = all->rbegin(); it != all->rend(); ++it)
        expected.push_back(it->id);
    CHECK(paged == expected);
}

TEST_CASE("A communication answers a scheduled contact of its own case only, and that contact is kept")
{
    TempDir dir;
    auto db = freshDb(dir);
    auto sample = test::insertSampleDistrict(*db);
    auto mine = createCase(*db, test::requiredCase(sample.district.id));
    auto other = createCase(*db, test::requiredCase(sample.district.id));
    REQUIRE(mine.ok());
    REQUIRE(other.ok());
    auto contact = insert<ScheduledContact>(*db, ScheduledContact{.caseId = mine->id, .dueOn = test::date("2025-03-01"),
                                                                  .purpose = "Spring review"});
    auto foreign = insert<ScheduledContact>(*db, ScheduledContact{.caseId = other->id, .dueOn = test::date("2025-03-01")});
    REQUIRE(contact.ok());
    REQUIRE(foreign.ok());
    Communication c{.caseId = mine->id, .occurredOn = test::date("2025-02-27"), .mode = CommunicationMode::Email,
                    .summary = "Report sent", .direction = CommunicationDirection::DistrictToCounty,
                    .subject = "Spring report", .scheduledContactId = foreign->id};
    const auto before = count(*db, "audit_log");

    // Another case's contact: refused, naming the field, nothing written.
    auto refused = insert<Communication>(*db, c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "scheduled_contact_id");
    CHECK_THAT(refused.error().message, Catch::Contains("not of the communication's case"));
    c.scheduledContactId = 999;
    CHECK(insert<Communication>(*db, c).error().field == "scheduled_contact_id");
    CHECK(count(*db, "communications") == 0);
    CHECK(count(*db, "audit_log") == before);

    // Its own case's contact: stored with the direction and subject.
    c.scheduledContactId = contact->id;
    auto stored = insert<Communication>(*db, c);
    REQUIRE(stored.ok());
    auto read = get<Communication>(*db, stored->id);
    REQUIRE(read.ok());
    CHECK(read->direction == CommunicationDirection::DistrictToCounty);
    CHECK(read->subject == "Spring report");
    CHECK(read->scheduledContactId == contact->id);

    // The answered contact is neither deleted nor moved to another case while it is named.
    auto kept = remove<ScheduledContact>(*db, contact->id);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().field == "scheduled_contact_id");
    auto moved = *contact;
    moved.caseId = other->id;
    CHECK(update(*db, moved).error().field == "scheduled_contact_id");
    CHECK(get<ScheduledContact>(*db, contact->id)->caseId == mine->id);
    // Moving the communication to the other case would leave it naming this one's contact.
    auto away = *read;
    away.caseId = other->id;
    CHECK(update(*db, away).error().field == "scheduled_contact_id");

    // The schema keeps the rule for any program that writes the file.
    const auto raw = db->connection().exec("DELETE FROM scheduled_contacts WHERE id = " + std::to_string(contact->id));
    REQUIRE_FALSE(raw.ok());
    CHECK_THAT(raw.error().message, Catch::Contains("cannot be deleted"));

    // Unlinked, it may go; deleting the case deletes both.
    read->scheduledContactId.reset();
    REQUIRE(update(*db, *read).ok());
    REQUIRE(remove<ScheduledContact>(*db, contact->id).ok());
    read->scheduledContactId = foreign->id;
    read->caseId = other->id;
    REQUIRE(update(*db, *read).ok());
    CHECK(deleteCase(*db, other->id).ok());
    CHECK(count(*db, "communications") == 0);
}
