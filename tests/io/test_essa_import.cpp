// ESSA assistance status import: school-plan cases with their reasons, idempotence, bad lines.
#include "io/essa_import.h"
#include "storage/case_store.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace casebook;
using casebook::test::TempDir;

namespace {

const std::string kEssa = (std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard" / "essaassistance24.csv").string();

std::int64_t count(storage::Database &db, const std::string &table)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM " + table));
}

io::EssaImportOptions options() { return {std::nullopt, test::date("2025-01-15")}; }

} // namespace

TEST_CASE("The ESSA list opens a school-plan case per identified school, with its reasons")
{
    TempDir dir;
    auto db = storage::Database::open(dir.file("c.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    test::insertSampleDistrict(**db); // Sample High already exists
    auto report = io::importEssaFile(**db, kEssa, options());
    REQUIRE(report.ok());
    CHECK(report->year == 2024);
    CHECK(report->schools == 3);
    CHECK(report->identified == 2);
    CHECK(report->casesCreated == 2);
    auto cases = storage::listAll<Case>(**db);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 2);
    CHECK(cases->at(0).designation == Designation::CSI);
    CHECK(cases->at(0).designationYear == 2024);
    CHECK(cases->at(0).title == "CSI plan, Sample High (2024)");
    CHECK(cases->at(1).designation == Designation::ATSI);
    CHECK(cases->at(1).title == "ATSI plan, Lincoln Elementary, East (2024)");
    auto csiReasons = storage::listWhere<QualifyingGroup>(**db, "case_id", cases->at(0).id);
    REQUIRE(csiReasons.ok());
    REQUIRE(csiReasons->size() == 1);
    CHECK(csiReasons->front().indicator == "GRAD");
    auto atsiReasons = storage::listWhere<QualifyingGroup>(**db, "case_id", cases->at(1).id, "student_group");
    REQUIRE(atsiReasons.ok());
    REQUIRE(atsiReasons->size() == 2);
    CHECK(atsiReasons->at(0).studentGroup == "EL");
    CHECK(atsiReasons->at(1).studentGroup == "SWD");
    CHECK(count(**db, "schools") == 2); // Lincoln created, Washington (General Assistance) not

    SECTION("importing the same file again changes nothing")
    {
        const auto audit = count(**db, "audit_log");
        auto again = io::importEssaFile(**db, kEssa, options());
        REQUIRE(again.ok());
        CHECK(again->casesCreated == 0);
        CHECK(again->casesUpdated == 0);
        CHECK(again->unchanged == 2);
        CHECK(count(**db, "audit_log") == audit);
    }
    SECTION("a corrected list updates the designation and the reasons")
    {
        const auto path = dir.file("essa.txt");
        std::ofstream(path) << "cds\tschoolname\tAssistanceStatus2024\tEL\tSWD\n"
                               "01611190130245\tLincoln Elementary, East\tCSI Low Perform\t0\t0\n";
        auto updated = io::importEssaFile(**db, path, options());
        REQUIRE(updated.ok());
        CHECK(updated->casesUpdated == 1);
        auto c = storage::get<Case>(**db, cases->at(1).id);
        REQUIRE(c.ok());
        CHECK(c->designation == Designation::CSI);
        auto reasons = storage::listWhere<QualifyingGroup>(**db, "case_id", c->id);
        REQUIRE(reasons.ok());
        REQUIRE(reasons->size() == 1);
        CHECK(reasons->front().studentGroup == "ALL");
    }
}

TEST_CASE("Bad ESSA lines are refused with their line and column - nothing is kept")
{
    TempDir dir;
    auto db = storage::Database::open(dir.file("c.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    const auto path = dir.file("essa.csv");
    const std::string header = "cds,schoolname,AssistanceStatus2024,EL\n";
    const std::string good = "01611190130245,Lincoln,ATSI,1\n";
    struct Case {
        std::string name, content, expected;
    };
    const std::vector<Case> cases{
        {"unknown status", header + good + "01611190130252,Washington,Priority School,0\n",
         "essa.csv line 3, column AssistanceStatus2024: expected an assistance status"},
        {"bad flag", header + "01611190130245,Lincoln,ATSI,maybe\n", "essa.csv line 2, column EL: expected 1 (yes) or 0 (no)"},
        {"bad CDS", header + good + "0161119013024,Lincoln,ATSI,1\n", "essa.csv line 3, column cds: expected a 14-digit CDS code"},
        {"no status column", "cds,schoolname\n" + good, "the required column \"AssistanceStatus\""},
        {"no header", "a,b\n1,2\n", "the required column \"cds\" is missing"},
    };
    for (const auto &c : cases) {
        SECTION(c.name)
        {
            std::ofstream(path) << c.content;
            const auto audit = count(**db, "audit_log");
            auto report = io::importEssaFile(**db, path, options());
            REQUIRE_FALSE(report.ok());
            CHECK_THAT(report.error().text(), Catch::Contains(c.expected));
            CHECK(count(**db, "cases") == 0);
            CHECK(count(**db, "schools") == 0);
            CHECK(count(**db, "audit_log") == audit);
        }
    }
}
