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
