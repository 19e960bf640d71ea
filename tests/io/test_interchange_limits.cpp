// The JSON interchange under hostile and large inputs: Casebook's own export of a casebook with large
// attachments imports back (the schema's base64 pattern, checked by std::regex, overflowed the stack
// at about 20 KiB), and documents that are too deep, carry duplicate keys or bad base64 are refused
// before anything is written.
#include "io_sample.h"

#include "support/cli_run.h"
#include "io/interchange.h"
#include "storage/case_store.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace casebook;
using casebook::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A filled casebook plus one attachment of `size` bytes, exported, imported into a new file through
// the CLI and exported again: the two exports must be the same bytes.
void roundTrip(std::size_t size)
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        auto filled = test::fillCasebook(*db);
        std::vector<unsigned char> bytes(size);
        for (std::size_t i = 0; i < size; ++i)
            bytes[i] = static_cast<unsigned char>((i * 2654435761u) >> 13);
        auto added = storage::addAttachment(*db, filled.required.id, AttachmentOwner::Case, filled.required.id,
                                            "scan.pdf", "application/pdf", bytes);
        REQUIRE(added.ok());
    }
    const std::string first = test::exportText(dir.file("a.sqlite"));
    test::writeText(dir.file("a.json"), first);
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    const std::string second = test::exportText(dir.file("b.sqlite"));
    CHECK(second.size() == first.size());
    CHECK(second == first);
}

std::string smallDocument()
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    return test::exportText(dir.file("a.sqlite"));
}

// Import of `text` into a casebook that does not exist yet: must fail with `message`, leaving no file.
void refusedLeavingNothing(const std::string &text, const std::string &message)
{
    TempDir dir;
    test::writeText(dir.file("doc.json"), text);
    test::CliRun run{};
    CHECK((run = test::runCliCommand({"--db", dir.file("new.sqlite"), "import", "json", dir.file("doc.json")})).code == 2);
    CHECK_THAT(run.err, Catch::Contains(message));
    CHECK_FALSE(fs::exists(dir.file("new.sqlite")));
    CHECK_FALSE(fs::exists(dir.file("new.sqlite-wal")));
}

} // namespace

TEST_CASE("A casebook with a 30 KiB attachment survives export and import byte for byte")
{
    roundTrip(30 * 1024);
}

TEST_CASE("A casebook with an attachment of the full 25 MiB survives export and import byte for byte")
{
    roundTrip(std::size_t(kMaxAttachmentBytes));
}

TEST_CASE("Base64 is checked in one pass: alphabet, padding, length")
{
    CHECK(io::isCanonicalBase64(""));
    CHECK(io::isCanonicalBase64("TWFu"));
    CHECK(io::isCanonicalBase64("TWE="));
    CHECK(io::isCanonicalBase64("TQ=="));
    CHECK(io::isCanonicalBase64("+/+/"));
    CHECK_FALSE(io::isCanonicalBase64("TWF"));
    CHECK_FALSE(io::isCanonicalBase64("TQ=a"));
    CHECK_FALSE(io::isCanonicalBase64("T==="));
    CHECK_FALSE(io::isCanonicalBase64("TW u"));
    CHECK_FALSE(io::isCanonicalBase64("TW\nu"));
    CHECK_FALSE(io::isCanonicalBase64("T-_u")); // the URL alphabet is not RFC 4648 section 4
    CHECK_FALSE(io::isCanonicalBase64("\xc3\xa9\xc3\xa9"));
    // A long one costs no stack.
    CHECK(io::isCanonicalBase64(std::string(40 * 1024 * 1024, 'A')));
}

TEST_CASE("A document with an attachment that is not base64 is refused naming its pointer, leaving no file")
{
    auto doc = nlohmann::json::parse(smallDocument());
    REQUIRE_FALSE(doc["attachments"].empty());
    doc["attachments"][0]["content_base64"] = "not base64!";
    refusedLeavingNothing(doc.dump(), "at /attachments/0/content_base64: is not base64");
}

TEST_CASE("Duplicate keys are refused instead of keeping the last one")
{
    std::string text = smallDocument();
    const auto at = text.find("\"format\": \"casebook\"");
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"format\": \"casebook\",\n  ");
    refusedLeavingNothing(text, "has the key \"format\" twice in one object");
}

TEST_CASE("Nesting deeper than a casebook document has is refused before validation recurses into it")
{
    auto doc = nlohmann::json::parse(smallDocument());
    REQUIRE_FALSE(doc["audit_trail"].empty());
    doc["audit_trail"][0]["changes"] = "DEEP";
    std::string text = doc.dump();
    // Built as text: 100,000 levels would overflow a recursive writer too.
    std::string deep;
    for (int i = 0; i < 100000; ++i)
        deep += "{\"x\":";
    deep += "{}" + std::string(100000, '}');
    text.replace(text.find("\"DEEP\""), 6, deep);
    refusedLeavingNothing(text, "is nested more than 32 levels deep");
}

TEST_CASE("A document refused after the casebook was created leaves no file behind")
{
    // Valid against the schema, refused by the import itself: the content does not match its SHA-256.
    auto doc = nlohmann::json::parse(smallDocument());
    REQUIRE_FALSE(doc["attachments"].empty());
    doc["attachments"][0]["content_base64"] = "AAAA";
    doc["attachments"][0]["size"] = 3;
    refusedLeavingNothing(doc.dump(), "does not match the SHA-256 of the content");
}
