// Whole-casebook JSON: schema validity of our own output, byte-identical round trip, refusal of
// invalid documents with nothing changed, and renumbering into a non-empty casebook.
#include "io_sample.h"

#include "support/cli_run.h"
#include "io/interchange.h"
#include "io/json_schema.h"
#include "storage/audit.h"
#include "storage/transfer.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace casebook;
using casebook::test::TempDir;
using nlohmann::json;

namespace {

// The filled casebook exported once, shared by the schema tests.
json filledDocument()
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    return json::parse(test::exportText(dir.file("a.sqlite")));
}

} // namespace

TEST_CASE("export -> import into a new file -> export gives byte-identical JSON")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    const std::string first = test::exportText(dir.file("a.sqlite"));
    test::writeText(dir.file("a.json"), first);

    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    const std::string second = test::exportText(dir.file("b.sqlite"));
    CHECK(second == first);

    // The importing casebook keeps its own trail: every row is an 'import' row by this user, now.
    auto b = test::openCasebook(dir.file("b.sqlite"));
    auto trail = storage::readAudit(*b);
    REQUIRE(trail.ok());
    REQUIRE(!trail->empty());
    for (const auto &row : *trail)
        CHECK(row.action == "import");
    // Ids were preserved into the empty casebook.
    CHECK(json::parse(second)["cases"][1]["id"] == json::parse(first)["cases"][1]["id"]);
}

TEST_CASE("The export is valid against casebook.schema.json and the schema rejects bad documents")
{
    const json good = filledDocument();
    REQUIRE(io::validateAgainstSchema(good, io::kInterchangeSchema, "good").ok());
    CHECK(good["attachments"].size() == 7);
    CHECK(good["attachments"][0].contains("content_base64"));
    CHECK(good["settings"]["district.time_zone"] == "America/Los_Angeles");

    const std::vector<test::DocumentFault> bad{
        {"missing collection", [](json &d) { d.erase("cases"); }, "at /"},
        {"wrong version", [](json &d) { d["version"] = 99; }, "at /version"},
        {"unknown case type", [](json &d) { d["cases"][0]["kind"] = "vibes"; }, "at /cases/0/kind"},
        {"impossible date", [](json &d) { d["communications"][0]["occurred_on"] = "2025-02-30x"; },
         "at /communications/0/occurred_on"},
        {"unknown field", [](json &d) { d["partners"][0]["colour"] = "red"; }, "at /partners/0"},
        {"id as text", [](json &d) { d["districts"][0]["id"] = "1"; }, "at /districts/0/id"},
        {"bad hash", [](json &d) { d["attachments"][0]["sha256"] = "XYZ"; }, "at /attachments/0/sha256"},
        {"activity area 9", [](json &d) { d["activities"][0]["area"] = 9; }, "at /activities/0/area"},
    };
    test::checkSchemaRefuses(good, bad);
}

TEST_CASE("An invalid document is refused with its JSON pointer and nothing changes")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    doc["communications"][1]["mode"] = "carrier pigeon";
    test::writeText(dir.file("bad.json"), doc.dump());

    for (const char *target : {"a.sqlite", "empty.sqlite"}) {
        INFO(target);
        if (std::string(target) == "empty.sqlite")
            test::openCasebook(dir.file(target)); // an existing, empty casebook
        std::string countsBefore;
        {
            auto db = test::openCasebook(dir.file(target));
            countsBefore = test::rowCounts(*db);
        }
        const std::string bytesBefore = test::readFileBytes(dir.file(target));
        test::CliRun run{};
        CHECK((run = test::runCliCommand({"--db", dir.file(target), "import", "json", dir.file("bad.json")})).code == 2);
        CHECK_THAT(run.err, Catch::Contains("at /communications/1/mode"));
        CHECK_THAT(run.err, Catch::Contains("enum"));
        CHECK(test::readFileBytes(dir.file(target)) == bytesBefore);
        auto db = test::openCasebook(dir.file(target));
        CHECK(test::rowCounts(*db) == countsBefore);
    }
}

TEST_CASE("A document that passes the schema but breaks a rule is refused as a whole")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    // The last attachment's bytes no longer match its hash: found only after every record before it
    // was written, so the transaction must roll them all back.
    doc["attachments"].back()["content_base64"] = "AAAA";
    test::writeText(dir.file("tampered.json"), doc.dump());
    test::CliRun run{};
    CHECK((run = test::runCliCommand({"--db", dir.file("new.sqlite"), "import", "json", dir.file("tampered.json")})).code == 2);
    CHECK_THAT(run.err, Catch::Contains("at /attachments/6/size"));
    // A file that is not a valid document does not even create the casebook it was to go into.
    CHECK((run = test::runCliCommand({"--db", dir.file("never.sqlite"), "import", "json", dir.file("a.sqlite")})).code == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("never.sqlite")));
    auto db = test::openCasebook(dir.file("new.sqlite"));
    auto empty = storage::isEmptyCasebook(*db);
    REQUIRE(empty.ok());
    CHECK(*empty);
}

TEST_CASE("Import into a non-empty casebook renumbers records and reuses a district by its CDS code")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    const json original = json::parse(test::exportText(dir.file("a.sqlite")));
    test::writeText(dir.file("a.json"), original.dump());
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("a.sqlite"), "import", "json", dir.file("a.json")})).code == 0);

    const json twice = json::parse(test::exportText(dir.file("a.sqlite")));
    CHECK(twice["districts"].size() == 1);
    CHECK(twice["schools"].size() == 1);
    CHECK(twice["cases"].size() == 2 * original["cases"].size());
    CHECK(twice["attachments"].size() == 2 * original["attachments"].size());
    // The copies point at the new case ids, never at the originals.
    const auto copyId = twice["cases"].back()["id"].get<Id>();
    CHECK(copyId > original["cases"].back()["id"].get<Id>());
    CHECK(twice["communications"].back()["case_id"] != original["communications"].back()["case_id"]);
    CHECK(io::validateAgainstSchema(twice, io::kInterchangeSchema, "twice").ok());
    // The second import into the now non-empty casebook keeps working.
    CHECK((run = test::runCliCommand({"--db", dir.file("a.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
}

namespace {

// The filled casebook with one communication that has every version 5 field: a direction, a subject
// and the scheduled contact it answers. Returns the contact's id.
Id addAnsweringCommunication(const std::string &path)
{
    auto db = test::openCasebook(path);
    const auto filled = test::fillCasebook(*db);
    auto contact = storage::insert<ScheduledContact>(
        *db, {.caseId = filled.required.id, .dueOn = test::date("2025-11-20"), .purpose = "Autumn review"});
    REQUIRE(contact.ok());
    REQUIRE(storage::insert<Communication>(*db, {.caseId = filled.required.id, .occurredOn = test::date("2025-11-18"),
                                                 .mode = CommunicationMode::Letter, .participants = "County DA lead",
                                                 .summary = "The county's reply to the autumn report",
                                                 .direction = CommunicationDirection::CountyToDistrict,
                                                 .subject = "Reply: autumn report",
                                                 .scheduledContactId = contact->id})
                .ok());
    return contact->id;
}

} // namespace

TEST_CASE("A communication's direction, subject and answered contact go through export and import")
{
    TempDir dir;
    const Id contactId = addAnsweringCommunication(dir.file("a.sqlite"));
    const std::string first = test::exportText(dir.file("a.sqlite"));
    const json doc = json::parse(first);
    CHECK(doc["version"] == 5);
    const json &answering = doc["communications"].back();
    CHECK(answering["direction"] == "county_to_district");
    CHECK(answering["subject"] == "Reply: autumn report");
    CHECK(answering["scheduled_contact_id"] == contactId);
    CHECK(doc["communications"][0]["scheduled_contact_id"].is_null());
    CHECK(io::validateAgainstSchema(doc, io::kInterchangeSchema, "a.json").ok());

    // Into an empty casebook: the same document again, byte for byte.
    test::writeText(dir.file("a.json"), first);
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    CHECK(test::exportText(dir.file("b.sqlite")) == first);

    // Into a non-empty one: the copy answers the copy of the contact, in the copy of the case.
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    const json twice = json::parse(test::exportText(dir.file("b.sqlite")));
    const json &copy = twice["communications"].back();
    CHECK(copy["subject"] == "Reply: autumn report");
    REQUIRE(copy["scheduled_contact_id"].is_number_integer());
    CHECK(copy["scheduled_contact_id"] != contactId);
    bool found = false;
    for (const auto &contact : twice["scheduled_contacts"])
        if (contact["id"] == copy["scheduled_contact_id"]) {
            found = true;
            CHECK(contact["case_id"] == copy["case_id"]);
            CHECK(contact["purpose"] == "Autumn review");
        }
    CHECK(found);

    // A link to a contact the document does not hold is refused with its place; nothing changes.
    json dangling = doc;
    dangling["communications"].back()["scheduled_contact_id"] = 999999;
    test::writeText(dir.file("dangling.json"), dangling.dump());
    CHECK((run = test::runCliCommand({"--db", dir.file("c.sqlite"), "import", "json", dir.file("dangling.json")})).code == 2);
    CHECK_THAT(run.err, Catch::Contains("scheduled_contact_id"));
    CHECK_FALSE(std::filesystem::exists(dir.file("c.sqlite")));
}

TEST_CASE("A version 4 document is still read: its communications have no direction, subject or contact")
{
    TempDir dir;
    addAnsweringCommunication(dir.file("a.sqlite"));
    json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    // As Casebook wrote version 4: communications before scheduled contacts, without the new fields.
    doc["version"] = 4;
    for (auto &c : doc["communications"]) {
        c.erase("direction");
        c.erase("subject");
        c.erase("scheduled_contact_id");
    }
    test::writeText(dir.file("v4.json"), doc.dump()); // keys sorted: communications come first again
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("v4.json")})).code == 0);
    auto b = test::openCasebook(dir.file("b.sqlite"));
    auto communications = storage::listAll<Communication>(*b, "id");
    REQUIRE(communications.ok());
    REQUIRE(communications->size() == doc["communications"].size());
    for (const auto &c : *communications) {
        CHECK(c.direction == CommunicationDirection::NotRecorded);
        CHECK(c.subject.empty());
        CHECK_FALSE(c.scheduledContactId);
    }
}
