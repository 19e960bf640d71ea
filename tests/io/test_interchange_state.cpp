// Whole-casebook JSON with the state's data (interchange version 2): Dashboard imports and results,
// local indicators, CALPADS flags and ESSA status survive a byte-identical round trip, bad entries are
// refused with their JSON pointer and nothing changes, and an import into a non-empty casebook keeps
// every result attached to the right import.
#include "io_sample.h"

#include "support/cli_run.h"
#include "io/demo.h"
#include "io/interchange.h"
#include "io/json_schema.h"
#include "storage/audit.h"
#include "storage/dashboard_store.h"
#include "storage/transfer.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace casebook;
using casebook::test::TempDir;
using nlohmann::json;

namespace {

constexpr const char *kDemoToday = "2025-10-01"; // the demo's Dashboard results are then for 2024

// One Dashboard file of district results (one per group), imported as `import dashboard` would.
storage::DashboardImport addDashboardFile(storage::Database &db, const std::string &indicator, int year,
                                          const std::string &file, char shaDigit, const std::vector<std::string> &groups)
{
    auto done = storage::inTransaction<storage::DashboardImport>(db, [&]() -> Result<storage::DashboardImport> {
        auto writer = storage::DashboardResultWriter::start(db, indicator, year, file, std::string(64, shaDigit));
        if (!writer)
            return writer.error();
        for (const auto &group : groups) {
            DashboardResult r;
            r.indicator = findIndicator(indicator)->indicator;
            r.year = year;
            r.cds = "01999990000000";
            r.rtype = RecordType::District;
            r.studentGroup = group;
            r.currDenom = 120;
            r.currStatus = -12.5;
            r.statusLevel = 2;
            r.color = 2;
            CASEBOOK_TRY(writer->add(r));
        }
        return writer->finish();
    });
    REQUIRE(done.ok());
    return *done;
}

// The demo district, a second ELA file for its year (so the first is a replaced import) and one of
// each fact staff enter or CDE's ESSA file gives.
void fillDemo(const std::string &path)
{
    auto db = test::openCasebook(path);
    REQUIRE(io::createDemoCasebook(*db, test::date(kDemoToday)).ok());
    addDashboardFile(*db, "ELA", 2024, "eladownload2024.txt", 'a', {"ALL", "SWD", "EL"});
    REQUIRE(storage::setLocalIndicator(*db, {io::kDemoDistrictCds, 2024, 2, LocalIndicatorStatus::NotMet}).ok());
    REQUIRE(storage::setCalpadsLate(*db, io::kDemoDistrictCds, 2024, true).ok());
    auto essa = storage::storeEssaStatus(*db, {std::string(io::kDemoDistrictCds) + "0100001", 2024, "ATSI", "SWD,EL", "", ""},
                                         "essaassistance24.txt", std::string(64, 'e'));
    REQUIRE(essa.ok());
}

// Every result belongs to the current import of its indicator and year, and each current import has
// exactly row_count results.
void checkResultsAttached(const json &document)
{
    std::map<Id, json> imports;
    for (const auto &i : document["dashboard_imports"])
        imports[i["id"].get<Id>()] = i;
    std::map<Id, std::int64_t> perImport;
    for (const auto &r : document["dashboard_results"]) {
        INFO(r.dump());
        const auto found = imports.find(r["import_id"].get<Id>());
        REQUIRE(found != imports.end());
        CHECK(found->second["replaced_by"].is_null());
        CHECK(found->second["indicator"] == r["indicator"]);
        CHECK(found->second["reporting_year"] == r["reporting_year"]);
        ++perImport[found->first];
    }
    for (const auto &[id, i] : imports)
        if (i["replaced_by"].is_null())
            CHECK(perImport[id] == i["row_count"].get<std::int64_t>());
}

const json *importWithSha(const json &document, char shaDigit)
{
    for (const auto &i : document["dashboard_imports"])
        if (i["sha256"] == std::string(64, shaDigit))
            return &i;
    return nullptr;
}

} // namespace

TEST_CASE("The demo's Dashboard data and staff facts survive export -> import -> export byte for byte")
{
    TempDir dir;
    fillDemo(dir.file("a.sqlite"));
    const std::string first = test::exportText(dir.file("a.sqlite"));
    test::writeText(dir.file("a.json"), first);
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    CHECK(test::exportText(dir.file("b.sqlite")) == first);
    // Nothing is left out any more, so export says nothing on stderr.
    CHECK((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "export", "json", "--out", dir.file("b.json")})).code == 0);
    CHECK(run.err.empty());

    const json document = json::parse(first);
    CHECK(document["version"] == io::kInterchangeVersion);
    REQUIRE(io::validateAgainstSchema(document, io::kInterchangeSchema, "a.json").ok());
    CHECK(document["dashboard_imports"].size() == 8); // the demo's seven files and the second ELA file
    CHECK(document["dashboard_results"].size() > 40);
    CHECK(document["local_indicators"].size() == 1);
    CHECK(document["calpads_submissions"][0]["late"] == 1);
    CHECK(document["essa_assistance"][0]["student_groups"] == "SWD,EL");
    checkResultsAttached(document);
    // The first ELA file was replaced by the second; values not reported stay null, never 0.
    const json *replaced = importWithSha(document, '0');
    REQUIRE(replaced);
    CHECK(replaced->at("replaced_by") == importWithSha(document, 'a')->at("id"));
    const json &result = document["dashboard_results"][0];
    CHECK(result["prior_status"].is_null());
    CHECK(result["change_level"].is_null());
    CHECK(result["curr_status"].is_number());
}

TEST_CASE("The schema refuses bad Dashboard entries, and the importer a result without its import")
{
    TempDir dir;
    fillDemo(dir.file("a.sqlite"));
    const json good = json::parse(test::exportText(dir.file("a.sqlite")));
    REQUIRE(io::validateAgainstSchema(good, io::kInterchangeSchema, "good").ok());

    const std::vector<test::DocumentFault> bad{
        {"unknown indicator of an import", [](json &d) { d["dashboard_imports"][1]["indicator"] = "READING"; },
         "at /dashboard_imports/1/indicator"},
        {"unknown indicator of a result", [](json &d) { d["dashboard_results"][2]["indicator"] = "ela"; },
         "at /dashboard_results/2/indicator"},
        {"colour 7", [](json &d) { d["dashboard_results"][3]["color"] = 7; }, "at /dashboard_results/3/color"},
        {"suppressed as text", [](json &d) { d["dashboard_results"][0]["curr_denom"] = "*"; },
         "at /dashboard_results/0/curr_denom"},
        {"unknown student group", [](json &d) { d["dashboard_results"][0]["student_group"] = "KIDS"; },
         "at /dashboard_results/0/student_group"},
        {"local indicator priority 4", [](json &d) { d["local_indicators"][0]["priority"] = 4; },
         "at /local_indicators/0/priority"},
        {"CALPADS before 2024", [](json &d) { d["calpads_submissions"][0]["reporting_year"] = 2023; },
         "at /calpads_submissions/0/reporting_year"},
        {"version 2 without results", [](json &d) { d.erase("dashboard_results"); }, "at /"},
    };
    test::checkSchemaRefuses(good, bad);

    // Rules the schema cannot state: refused by the import, with the pointer, into a new file.
    const std::size_t last = good["dashboard_results"].size() - 1;
    const std::vector<test::DocumentFault> broken{
        {"result of an import not in the document", [=](json &d) { d["dashboard_results"][last]["import_id"] = 999; },
         "/dashboard_results/"},
        {"result of a replaced import",
         [=](json &d) { d["dashboard_results"][last]["import_id"] = importWithSha(d, '0')->at("id"); },
         "/dashboard_results/"},
        {"row count off", [](json &d) { d["dashboard_imports"].back()["row_count"] = 1; }, "/dashboard_imports/"},
        {"two current imports of a year", [](json &d) { (*const_cast<json *>(importWithSha(d, '0')))["replaced_by"] = nullptr; },
         "/replaced_by"},
    };
    for (const auto &b : broken) {
        INFO(b.what);
        json doc = good;
        b.edit(doc);
        REQUIRE(io::validateAgainstSchema(doc, io::kInterchangeSchema, "doc.json").ok());
        test::writeText(dir.file("broken.json"), doc.dump());
        test::CliRun run{};
        CHECK((run = test::runCliCommand({"--db", dir.file("new.sqlite"), "import", "json", dir.file("broken.json")})).code == 2);
        CHECK_THAT(run.err, Catch::Contains("broken.json at ") && Catch::Contains(b.pointer));
        auto db = test::openCasebook(dir.file("new.sqlite"));
        CHECK(*storage::isEmptyCasebook(*db));
    }
    json doc = good;
    doc["dashboard_results"][last]["import_id"] = 999;
    test::writeText(dir.file("broken.json"), doc.dump());
    test::CliRun run{};
    run = test::runCliCommand({"--db", dir.file("new.sqlite"), "import", "json", dir.file("broken.json")});
    CHECK_THAT(run.err, Catch::Contains("broken.json at /dashboard_results/" + std::to_string(last) +
                                    "/import_id: refers to dashboard_imports id 999, which is not in the document"));
}

TEST_CASE("A version 1 document (no state collections) is still imported")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    doc["version"] = 1;
    for (const char *name :
         {"dashboard_imports", "dashboard_results", "local_indicators", "calpads_submissions", "essa_assistance"})
        doc.erase(name);
    test::writeText(dir.file("v1.json"), doc.dump());
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("v1.json")})).code == 0);
    CHECK(json::parse(test::exportText(dir.file("b.sqlite")))["cases"] == doc["cases"]);
}

TEST_CASE("A refused import with Dashboard data changes nothing, though it failed after replacing an import")
{
    TempDir dir;
    fillDemo(dir.file("a.sqlite"));
    json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    doc["dashboard_results"].back()["import_id"] = 999; // found after every import was written
    test::writeText(dir.file("bad.json"), doc.dump());
    {
        auto db = test::openCasebook(dir.file("target.sqlite"));
        test::fillCasebook(*db);
        addDashboardFile(*db, "ELA", 2024, "ELAdownload2024.txt", 'b', {"ALL", "HI"}); // replaced by the document's
    }
    std::string countsBefore;
    {
        auto db = test::openCasebook(dir.file("target.sqlite"));
        countsBefore = test::rowCounts(*db);
    }
    const std::string bytesBefore = test::readFileBytes(dir.file("target.sqlite"));
    test::CliRun run{};
    CHECK((run = test::runCliCommand({"--db", dir.file("target.sqlite"), "import", "json", dir.file("bad.json")})).code == 2);
    CHECK_THAT(run.err, Catch::Contains("/import_id"));
    CHECK(test::readFileBytes(dir.file("target.sqlite")) == bytesBefore);
    auto db = test::openCasebook(dir.file("target.sqlite"));
    CHECK(test::rowCounts(*db) == countsBefore);
    CHECK_THAT(countsBefore, Catch::Contains("dashboard_results: 2\n"));
}

TEST_CASE("Import into a non-empty casebook keeps each Dashboard result with its import")
{
    TempDir dir;
    fillDemo(dir.file("a.sqlite"));
    const json original = json::parse(test::exportText(dir.file("a.sqlite")));
    test::writeText(dir.file("a.json"), original.dump());
    {
        auto db = test::openCasebook(dir.file("target.sqlite"));
        test::fillCasebook(*db);
        addDashboardFile(*db, "MATH", 2023, "mathdownload2023.txt", 'c', {"ALL"});   // not in the document
        addDashboardFile(*db, "ELA", 2024, "ELAdownload2024.txt", 'b', {"ALL", "HI"}); // the document's replaces it
        REQUIRE(storage::setLocalIndicator(*db, {io::kDemoDistrictCds, 2024, 2, LocalIndicatorStatus::Met}).ok());
    }
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("target.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    CHECK_THAT(run.out, Catch::Contains("ids renumbered"));
    CHECK_THAT(run.out, Catch::Contains("Dashboard imports replaced by the document's: 1"));

    const json merged = json::parse(test::exportText(dir.file("target.sqlite")));
    REQUIRE(io::validateAgainstSchema(merged, io::kInterchangeSchema, "merged").ok());
    checkResultsAttached(merged);
    CHECK(merged["dashboard_imports"].size() == 2 + original["dashboard_imports"].size());
    CHECK(merged["dashboard_results"].size() == 1 + original["dashboard_results"].size());
    // The target's own ELA 2024 file is replaced by the document's current one, whose new id the
    // document's older ELA file also points at; the MATH 2023 file is untouched.
    const json *documentEla = importWithSha(merged, 'a');
    REQUIRE(documentEla);
    CHECK(documentEla->at("id") != importWithSha(original, 'a')->at("id"));
    CHECK(importWithSha(merged, 'b')->at("replaced_by") == documentEla->at("id"));
    CHECK(importWithSha(merged, '0')->at("replaced_by") == documentEla->at("id"));
    CHECK(importWithSha(merged, 'c')->at("replaced_by").is_null());
    // The casebook's own local indicator is kept; the document's CALPADS flag and ESSA status are added.
    REQUIRE(merged["local_indicators"].size() == 1);
    CHECK(merged["local_indicators"][0]["status"] == "met");
    CHECK(merged["calpads_submissions"].size() == 1);
    CHECK(merged["essa_assistance"].size() == 1);
    // The replacement is in this casebook's audit log.
    auto db = test::openCasebook(dir.file("target.sqlite"));
    auto trail = storage::readAudit(*db);
    REQUIRE(trail.ok());
    bool replacementAudited = false;
    for (const auto &row : *trail)
        if (row.table == "dashboard_imports" && row.recordId == documentEla->at("id").get<Id>() &&
            row.changesJson.find("\"replaced\"") != std::string::npos &&
            row.changesJson.find("\"document_id\"") != std::string::npos)
            replacementAudited = true;
    CHECK(replacementAudited);

    // The same document again: its files are already current here, so the Dashboard data stays as it is.
    db.reset();
    REQUIRE((run = test::runCliCommand({"--db", dir.file("target.sqlite"), "import", "json", dir.file("a.json")})).code == 0);
    const json again = json::parse(test::exportText(dir.file("target.sqlite")));
    CHECK(again["dashboard_results"] == merged["dashboard_results"]);
    CHECK(again["dashboard_imports"] == merged["dashboard_imports"]);
    checkResultsAttached(again);
}

TEST_CASE("A Dashboard file the casebook has since replaced does not come back with an older document")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("old.sqlite"));
        addDashboardFile(*db, "ELA", 2024, "eladownload2024.txt", '1', {"ALL", "SWD"});
    }
    test::writeText(dir.file("old.json"), test::exportText(dir.file("old.sqlite")));
    {
        auto db = test::openCasebook(dir.file("target.sqlite"));
        addDashboardFile(*db, "ELA", 2024, "eladownload2024.txt", '1', {"ALL", "SWD"});
        addDashboardFile(*db, "ELA", 2024, "eladownload2024.txt", '2', {"ALL", "SWD", "EL"}); // CDE's correction
    }
    const json before = json::parse(test::exportText(dir.file("target.sqlite")));
    test::CliRun run{};
    REQUIRE((run = test::runCliCommand({"--db", dir.file("target.sqlite"), "import", "json", dir.file("old.json")})).code == 0);
    CHECK_THAT(run.out, Catch::Contains("already present, kept: 1"));
    const json after = json::parse(test::exportText(dir.file("target.sqlite")));
    CHECK(after["dashboard_imports"] == before["dashboard_imports"]);
    CHECK(after["dashboard_results"] == before["dashboard_results"]);
    CHECK(importWithSha(after, '2')->at("replaced_by").is_null());
}

TEST_CASE("Completion dates travel in version 3 documents; a version 2 document without them is still imported")
{
    TempDir dir;
    {
        auto db = test::openCasebook(dir.file("a.sqlite"));
        test::fillCasebook(*db);
    }
    const json doc = json::parse(test::exportText(dir.file("a.sqlite")));
    CHECK(doc["version"] == 5);
    int dated = 0;
    for (const auto &a : doc["activities"]) {
        REQUIRE(a.contains("completed_on"));
        dated += a["completed_on"] == "2025-04-02" ? 1 : 0;
    }
    CHECK(dated == 1);
    test::CliRun run{};
    test::writeText(dir.file("v3.json"), doc.dump());
    REQUIRE((run = test::runCliCommand({"--db", dir.file("b.sqlite"), "import", "json", dir.file("v3.json")})).code == 0);
    CHECK(json::parse(test::exportText(dir.file("b.sqlite")))["activities"] == doc["activities"]);

    json v2 = doc;
    v2["version"] = 2;
    for (const char *name : {"activities", "spi_actions"})
        for (auto &record : v2[name])
            record.erase("completed_on");
    test::writeText(dir.file("v2.json"), v2.dump());
    REQUIRE((run = test::runCliCommand({"--db", dir.file("c.sqlite"), "import", "json", dir.file("v2.json")})).code == 0);
    const json again = json::parse(test::exportText(dir.file("c.sqlite")));
    REQUIRE(again["activities"].size() == doc["activities"].size());
    for (const auto &a : again["activities"])
        CHECK(a["completed_on"].is_null());
    // A version 2 document is checked against version 2: a completion date is no part of it there
    // only by being optional, so the same document with the dates is read as well.
    v2["activities"] = doc["activities"];
    test::writeText(dir.file("v2-dated.json"), v2.dump());
    CHECK((run = test::runCliCommand({"--db", dir.file("d.sqlite"), "import", "json", dir.file("v2-dated.json")})).code == 0);
}
