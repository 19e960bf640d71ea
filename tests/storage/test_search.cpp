#include "storage/case_store.h"
#include "storage/search.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <set>

using namespace casebook;
using namespace casebook::storage;

TEST_CASE("Search finds cases, communications, documentation and attachments; patterns are data")
{
    test::TempDir dir;
    auto db = Database::open(casebook::test::newCasebookLocation(dir, "s.sqlite"), Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    auto sample = test::insertSampleDistrict(**db);
    auto c = createCase(**db, test::requiredCase(sample.district.id));
    REQUIRE(insert<Communication>(**db, Communication{.caseId = c->id, .occurredOn = test::date("2025-02-01"),
                                                      .mode = CommunicationMode::Phone, .participants = "Luis Ortega",
                                                      .summary = "Attendance data review"}).ok());
    REQUIRE(insert<DocumentationItem>(**db, DocumentationItem{.caseId = c->id, .title = "Attendance report 100%",
                                                              .dueOn = test::date("2025-03-01")}).ok());
    REQUIRE(addAttachment(**db, c->id, AttachmentOwner::Case, c->id, "attendance.pdf", "application/pdf", {'x'}).ok());

    auto hits = searchCasebook(**db, "ATTENDANCE");
    REQUIRE(hits.ok());
    std::set<std::string> kinds;
    for (const auto &h : *hits)
        kinds.insert(h.kind);
    CHECK(kinds == std::set<std::string>{"communication", "documentation_item", "attachment"});
    CHECK(searchCasebook(**db, "ortega")->size() == 1);
    // % and _ are matched literally, not as wildcards.
    CHECK(searchCasebook(**db, "100%")->size() == 1);
    CHECK(searchCasebook(**db, "%")->size() == 1);
    CHECK(searchCasebook(**db, "_")->empty());
    CHECK(searchCasebook(**db, "'; DROP TABLE cases; --")->empty());
    CHECK(listAll<Case>(**db)->size() == 1);
}
