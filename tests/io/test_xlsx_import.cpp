// The .xlsx reader on files it did not write, and CDE's eligibility file and ESSA spreadsheet read from
// .xlsx: what is stored, what is refused (naming file, sheet, row and column), and nothing changed then.
#include "io/eligibility_import.h"
#include "io/essa_import.h"
#include "io/xlsx_reader.h"
#include "storage/dashboard_store.h"
#include "storage/official_store.h"

#include "io/xlsx_samples.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace casebook;
using casebook::test::TempDir;

namespace {

std::int64_t count(storage::Database &db, const std::string &table)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM " + table));
}

// One district row of the 2024 sheet, by header name.
std::vector<std::string> district(const std::map<std::string, std::string> &values)
{
    const auto header = test::eligibilityHeader2024();
    std::vector<std::string> row(header.size());
    for (std::size_t i = 0; i < header.size(); ++i)
        if (auto it = values.find(header[i]); it != values.end())
            row[i] = it->second;
    return row;
}

std::vector<std::vector<std::string>> twoDistricts()
{
    return {district({{"Cdcode", "0161119"}, {"CDS", "01611190000000"}, {"LEAname", "Sample Unified"},
                      {"Countyname", "Alameda"}, {"ReportYear", "2024"},
                      {"AssistanceStatus2024", "Differentiated Assistance"}, {"SWDpriorities", "A"},
                      {"ELpriorities", "K"}, {"TOMpriorities", "B"}, {"MetMethod1", "Y"}, {"EC52072_2024", "Y"}}),
            district({{"Cdcode", "0161127"}, {"CDS", "#n:1611270000000"}, {"LEAname", "Hillside Elementary"},
                      {"Countyname", "Alameda"}, {"ReportYear", "2024"},
                      {"AssistanceStatus2024", "General Assistance"}})};
}

const char *kContentTypes = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
const char *kPackageRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char *kWorkbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Notes" sheetId="1" r:id="rId7"/><sheet name="2024-25 ESSA State Schools" sheetId="2" r:id="rId3"/></sheets></workbook>)";
const char *kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/schools.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";
// A rich-text run split in two (as Excel writes a cell with two fonts), and a phonetic run that is not text.
const char *kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>cds</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Lincoln </t></r><r><t>Elementary, East</t></r><rPh sb="0" eb="1"><t>IGNORED</t></rPh></si><si><t>AssistanceStatus2024</t></si></sst>)";

std::string schoolsSheet(const std::string &exit)
{
    return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>2024-25 ESSA Assistance Status</t></is></c></row>
<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="inlineStr"><is><t>schoolname</t></is></c><c r="C3" t="s"><v>2</v></c><c t="inlineStr"><is><t>EL</t></is></c><c t="inlineStr"><is><t>SWD</t></is></c><c r="F3" t="inlineStr"><is><t>TSI</t></is></c><c r="G3" t="inlineStr"><is><t>Exit</t></is></c><c r="H3" t="inlineStr"><is><t>Charter</t></is></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>01611190130245</t></is></c><c r="B4" t="s"><v>1</v></c><c r="C4" t="str"><f>"AT"&amp;"SI"</f><v>ATSI</v></c><c r="D4"><v>1</v></c><c r="E4"><v>0</v></c><c r="G4" t="inlineStr"><is><t>)") +
           exit + R"(</t></is></c><c r="H4" t="b"><v>0</v></c></row>
<row r="6" spans="1:8"><c r="A6" t="inlineStr"><is><r><t>0161119</t></r><r><t>0130252</t></r></is></c><c r="B6" t="inlineStr"><is><t>Washington High</t></is></c><c r="C6" t="inlineStr"><is><t>General Assistance</t></is></c><c r="G6" t="inlineStr"><is><t>CSIEXIT</t></is></c></row>
</sheetData></worksheet>)";
}

void writeHandMadeEssa(const std::string &path, const std::string &exit = "NOEXIT")
{
    test::writeZip(path, {{"[Content_Types].xml", kContentTypes},
                          {"_rels/.rels", kPackageRels},
                          {"xl/workbook.xml", kWorkbook},
                          {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                          {"xl/sharedStrings.xml", kSharedStrings},
                          {"xl/worksheets/notes.xml", R"(<worksheet><sheetData/></worksheet>)"},
                          {"xl/worksheets/schools.xml", schoolsSheet(exit)}});
}

io::EssaImportOptions essaOptions() { return {std::nullopt, test::date("2025-01-15")}; }

} // namespace

TEST_CASE("The xlsx reader reads a hand-assembled workbook: inline strings, rich-text runs, gaps, formulas")
{
    TempDir dir;
    const auto path = dir.file("essaassistance24.xlsx");
    writeHandMadeEssa(path);
    auto book = io::XlsxWorkbook::open(path);
    REQUIRE(book.ok());
    CHECK(book->sheetNames() == std::vector<std::string>{"Notes", "2024-25 ESSA State Schools"});
    auto sheet = book->sheet("2024-25 ESSA State Schools");
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 4);
    CHECK(sheet->rows[0].number == 1);
    CHECK(sheet->rows[1].number == 3); // row 2 is missing from the file
    CHECK(sheet->rows[1].text(0) == "cds");
    CHECK(sheet->rows[1].text(3) == "EL");  // a cell without r follows C3
    CHECK(sheet->rows[1].text(4) == "SWD");
    const auto &school = sheet->rows[2];
    CHECK(school.text(1) == "Lincoln Elementary, East"); // two runs joined, the phonetic run left out
    CHECK(school.text(2) == "ATSI");                     // t="str": the formula's cached result
    REQUIRE(school.find(3));
    CHECK(school.find(3)->type == io::XlsxCell::Type::Number);
    CHECK(school.find(3)->number == 1);
    CHECK(school.find(5) == nullptr); // F4 is not in the file
    CHECK(school.find(7)->type == io::XlsxCell::Type::Boolean);
    CHECK(school.text(7) == "FALSE");
    CHECK(sheet->rows[3].text(0) == "01611190130252"); // an inline string in two runs
    CHECK(sheet->where(4, 6, "Exit") == "essaassistance24.xlsx, sheet \"2024-25 ESSA State Schools\", row 4, column G (Exit)");
    CHECK(io::xlsxColumnName(0) == "A");
    CHECK(io::xlsxColumnName(29) == "AD");
    CHECK(*io::xlsxColumnOf("AD6") == 29);
    CHECK_FALSE(io::xlsxColumnOf("6").ok());
}

TEST_CASE("The xlsx reader reads what libxlsxwriter writes: shared strings and numbers")
{
    TempDir dir;
    const auto path = dir.file("book.xlsx");
    test::writeXlsx(path, {{"First", {{"a", "", "#n:42"}, {}, {"", "b"}}}, {"Second", {{"#n:1611190000000"}}}});
    auto book = io::XlsxWorkbook::open(path);
    REQUIRE(book.ok());
    CHECK(book->sheetNames() == std::vector<std::string>{"First", "Second"});
    auto first = book->sheet("First");
    REQUIRE(first.ok());
    REQUIRE(first->rows.size() == 2);
    CHECK(first->rows[0].text(0) == "a");
    CHECK(first->rows[0].find(1) == nullptr);
    CHECK(first->rows[0].text(2) == "42");
    CHECK(first->rows[1].number == 3);
    CHECK(first->rows[1].text(1) == "b");
    auto second = book->sheet("Second");
    REQUIRE(second.ok());
    CHECK(second->rows[0].text(0) == "1611190000000"); // no exponent
}

TEST_CASE("The xlsx reader refuses what is not a workbook, a missing sheet and a zip bomb")
{
    TempDir dir;
    SECTION("a text file")
    {
        const auto path = dir.file("assistancestatus24.xlsx");
        std::ofstream(path) << "CDS\tLEAname\n";
        auto book = io::XlsxWorkbook::open(path);
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().text() == "assistancestatus24.xlsx: is not an .xlsx workbook (an .xlsx file is a zip file; "
                                     "this one is not)");
    }
    SECTION("a zip that is no workbook")
    {
        const auto path = dir.file("other.xlsx");
        test::writeZip(path, {{"readme.txt", "hello"}});
        auto book = io::XlsxWorkbook::open(path);
        REQUIRE_FALSE(book.ok());
        CHECK_THAT(book.error().text(), Catch::Contains("has no xl/workbook.xml"));
    }
    SECTION("a sheet the workbook does not have")
    {
        const auto path = dir.file("b.xlsx");
        test::writeXlsx(path, {{"Only", {{"x"}}}});
        auto book = io::XlsxWorkbook::open(path);
        REQUIRE(book.ok());
        auto sheet = book->sheet("District and COE 2024");
        REQUIRE_FALSE(sheet.ok());
        CHECK(sheet.error().text() == "b.xlsx, sheet \"District and COE 2024\": the workbook has no such sheet (its "
                                      "sheets: \"Only\")");
    }
    SECTION("a sheet part over 200 MiB uncompressed")
    {
        const std::string rels = std::string(kWorkbookRels);
        test::writeZip(dir.file("bomb2.xlsx"),
                       {{"_rels/.rels", kPackageRels},
                        {"xl/workbook.xml", kWorkbook},
                        {"xl/_rels/workbook.xml.rels",
                         std::string(rels).replace(rels.find("/xl/worksheets/schools.xml"), 26, "/xl/worksheets/big.xml")},
                        {"xl/worksheets/big.xml", std::string(201 << 20, '0')}});
        auto bomb = io::XlsxWorkbook::open(dir.file("bomb2.xlsx"));
        REQUIRE(bomb.ok());
        auto sheet = bomb->sheet("2024-25 ESSA State Schools");
        REQUIRE_FALSE(sheet.ok());
        CHECK_THAT(sheet.error().text(), Catch::Contains("xl/worksheets/big.xml is larger than 200 MiB uncompressed"));
    }
}

TEST_CASE("The eligibility file's districts, statuses and letters are stored as the official determinations")
{
    TempDir dir;
    auto db = storage::Database::open(dir.file("c.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    const auto path = dir.file("assistancestatus24.xlsx");
    test::writeEligibility2024(path, twoDistricts());
    auto report = io::importEligibilityFile(**db, path);
    REQUIRE(report.ok());
    CHECK(report->year == 2024);
    CHECK(report->districts == 2);
    CHECK(report->differentiatedAssistance == 1);
    CHECK(report->stored.outcome == storage::OfficialImportOutcome::Imported);
    auto years = storage::officialDeterminationYears(**db);
    REQUIRE(years.ok());
    CHECK(*years == std::vector<int>{2024});
    auto sample = storage::officialDetermination(**db, 2024, "0161119");
    REQUIRE(sample.ok());
    REQUIRE(sample->has_value());
    const auto &d = **sample;
    CHECK(d.leaName == "Sample Unified");
    CHECK(d.status == "Differentiated Assistance");
    CHECK(d.differentiatedAssistance);
    CHECK_FALSE(d.yearInAssistance.has_value());
    CHECK(d.ec52072 == std::optional<bool>(true));
    REQUIRE(d.methods.size() == 1);
    CHECK(d.methods[0] == std::optional<std::string>("Y"));
    REQUIRE(d.groups.size() == 3);
    CHECK(d.groups[0].studentGroup == "EL");
    CHECK(d.groups[0].letter == 'K');
    CHECK(d.groups[1].studentGroup == "MR"); // TOMpriorities
    CHECK(d.groups[2].studentGroup == "SWD");
    CHECK(*prioritiesForCdeLetter(d.groups[2].letter) == std::vector<int>{4, 5, 6});
    auto hillside = storage::officialDetermination(**db, 2024, "0161127"); // a CDS typed as a number
    REQUIRE(hillside.ok());
    REQUIRE(hillside->has_value());
    CHECK((*hillside)->ec52072 == std::optional<bool>(false));
    CHECK((*hillside)->groups.empty());
    CHECK_FALSE(storage::officialDetermination(**db, 2023, "0161119")->has_value());
    CHECK(count(**db, "audit_log") == 1);

    SECTION("the same file again changes nothing")
    {
        auto again = io::importEligibilityFile(**db, path);
        REQUIRE(again.ok());
        CHECK(again->stored.outcome == storage::OfficialImportOutcome::Unchanged);
        CHECK(count(**db, "official_imports") == 1);
        CHECK(count(**db, "audit_log") == 1);
    }
    SECTION("a new file for the year replaces the year")
    {
        const auto revised = dir.file("assistancestatus24-rev.xlsx");
        test::writeEligibility2024(revised, {district({{"CDS", "01611190000000"}, {"LEAname", "Sample Unified"},
                                                       {"AssistanceStatus2024", "General Assistance"}})});
        auto replaced = io::importEligibilityFile(**db, revised);
        REQUIRE(replaced.ok());
        CHECK(replaced->stored.outcome == storage::OfficialImportOutcome::Replaced);
        REQUIRE(replaced->stored.replaced.has_value());
        CHECK(replaced->stored.replaced->fileName == "assistancestatus24.xlsx");
        CHECK(count(**db, "official_determinations") == 1);
        CHECK(count(**db, "official_group_letters") == 0);
        CHECK_FALSE((*storage::officialDetermination(**db, 2024, "0161119"))->differentiatedAssistance);
        CHECK_FALSE(storage::officialDetermination(**db, 2024, "0161127")->has_value());
    }
}

TEST_CASE("Bad eligibility files are refused naming file, sheet, row and column, and change nothing")
{
    TempDir dir;
    auto db = storage::Database::open(dir.file("c.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    const auto path = dir.file("assistancestatus24.xlsx");
    std::string expected;
    SECTION("not a zip")
    {
        std::ofstream(path) << "CDS,LEAname\n01611190000000,Sample Unified\n";
        expected = "assistancestatus24.xlsx: is not an .xlsx workbook (an .xlsx file is a zip file; this one is not)";
    }
    SECTION("the district sheet missing")
    {
        test::writeXlsx(path, {{"Value", {{"Value", "Description"}}}, {"Charter 2024", {{"CDS"}}}});
        expected = "assistancestatus24.xlsx, sheet \"District and COE YYYY\": the workbook has no such sheet (its "
                   "sheets: \"Value\", \"Charter 2024\"); is this CDE's LCFF District/COE Eligibility File?";
    }
    SECTION("no header row")
    {
        test::writeXlsx(path, {{"District and COE 2024", {{"title"}, {"LEA"}, {"01611190000000"}}}});
        expected = "assistancestatus24.xlsx, sheet \"District and COE 2024\", column CDS: no header row with a \"CDS\" "
                   "column in the first 11 rows";
    }
    SECTION("a letter outside A-K")
    {
        auto rows = twoDistricts();
        rows[1][19] = "L"; // SWDpriorities, column T
        test::writeEligibility2024(path, rows);
        expected = "assistancestatus24.xlsx, sheet \"District and COE 2024\", row 8, column T (SWDpriorities): "
                   "expected a letter A to K (CDE's legend) or blank, got \"L\"";
    }
    SECTION("an unknown status")
    {
        auto rows = twoDistricts();
        rows[0][7] = "Intensive Assistance";
        test::writeEligibility2024(path, rows);
        expected = "assistancestatus24.xlsx, sheet \"District and COE 2024\", row 7, column H (AssistanceStatus2024): "
                   "expected one of the 2024 statuses \"General Assistance\", \"Differentiated Assistance\", "
                   "\"Differentiated Assistance Year 1\", \"Differentiated Assistance Year 2\", got \"Intensive "
                   "Assistance\"";
    }
    SECTION("a legend that disagrees with CDE's")
    {
        test::writeEligibility2024(path, twoDistricts(), true,
                                   test::valueSheet('B', "Met Criteria in Priority Areas 4 (Academic Indicators) and 6 (Suspensions)"));
        expected = "assistancestatus24.xlsx, sheet \"Value\", row 6, column B (Description): the file's legend says B "
                   "is \"Met Criteria in Priority Areas 4 (Academic Indicators) and 6 (Suspensions)\", but CDE's legend "
                   "(docs/eligibility.md) has B = priorities 4, 5; refused, since the letters would be read wrongly";
    }
    auto report = io::importEligibilityFile(**db, path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().text() == expected);
    CHECK(count(**db, "official_imports") == 0);
    CHECK(count(**db, "official_determinations") == 0);
    CHECK(count(**db, "audit_log") == 0);
}

TEST_CASE("A file without a Value sheet is read with Casebook's legend")
{
    TempDir dir;
    const auto path = dir.file("assistancestatus24.xlsx");
    test::writeEligibility2024(path, twoDistricts(), false);
    auto file = io::readEligibilityFile(path);
    REQUIRE(file.ok());
    CHECK(file->districts.size() == 2);
}

TEST_CASE("The ESSA spreadsheet is read from .xlsx with its TSI and Exit columns")
{
    TempDir dir;
    auto db = storage::Database::open(dir.file("c.sqlite"), storage::Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    test::insertSampleDistrict(**db);
    const auto path = dir.file("essaassistance24.xlsx");
    writeHandMadeEssa(path);
    auto report = io::importEssaFile(**db, path, essaOptions());
    REQUIRE(report.ok());
    CHECK(report->year == 2024);
    CHECK(report->schools == 2);
    CHECK(report->identified == 1);
    CHECK(report->casesCreated == 1);
    auto stmt = (*db)->connection().prepare("SELECT cds, status, student_groups, exit_status FROM essa_assistance ORDER BY cds");
    REQUIRE(stmt.ok());
    std::vector<std::string> rows;
    REQUIRE(stmt->eachRow([&] {
        rows.push_back(stmt->columnText(0) + " " + stmt->columnText(1) + " [" + stmt->columnText(2) + "] " +
                       stmt->columnText(3));
    }).ok());
    CHECK(rows == std::vector<std::string>{"01611190130245 ATSI [EL] NOEXIT",
                                           "01611190130252 General Assistance [] CSIEXIT"});
    SECTION("the same file again changes nothing")
    {
        const auto audit = count(**db, "audit_log");
        auto again = io::importEssaFile(**db, path, essaOptions());
        REQUIRE(again.ok());
        CHECK(again->unchanged == 1);
        CHECK(count(**db, "audit_log") == audit);
    }
    SECTION("an unknown exit determination is refused with its cell")
    {
        const auto bad = dir.file("essaassistance24-bad.xlsx");
        writeHandMadeEssa(bad, "EXITED");
        const auto audit = count(**db, "audit_log");
        auto refused = io::importEssaFile(**db, bad, essaOptions());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().text() == "essaassistance24-bad.xlsx, sheet \"2024-25 ESSA State Schools\", row 4, column G "
                                        "(Exit): expected CSIEXIT, ATSIEXIT, NOEXIT or blank, got \"EXITED\"");
        CHECK(count(**db, "audit_log") == audit);
    }
}
