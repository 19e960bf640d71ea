// The bad-input catalogue: every kind of malformed input for every reader Casebook has (Dashboard
// files, the ESSA list, command-line options and arguments, dates, CDS codes, record JSON,
// attachments), one row each. Every row must fail with its own specific message and leave the
// casebook exactly as it was: the same row counts and the same file bytes.
#include "support/cli_run.h"
#include "storage/case_store.h"
#include "storage/sqlite.h"
#include "storage/sha256.h"

#include "io/dashboard_import.h"
#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

using namespace casebook;
using namespace casebook::storage;
namespace fs = std::filesystem;

namespace {

const std::string kHeader =
    "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tcoe_flag\tdass_flag\tstudentgroup\t"
    "currdenom\tcurrstatus\tpriordenom\tpriorstatus\tchange\tstatuslevel\tchangelevel\tcolor\tbox\treportingyear\n";
const std::vector<std::string> kRow{"01611190000000", "D", "", "Sample Unified", "Alameda", "", "", "", "ALL",
                                    "5200", "-12.4", "5150", "-14.0", "1.6", "3", "3", "3", "13", "2024"};

// A Dashboard line: kRow with field `index` replaced by `value` (index -1: unchanged).
std::string row(int index = -1, const std::string &value = {})
{
    std::string out;
    for (std::size_t i = 0; i < kRow.size(); ++i)
        out += (i ? "\t" : "") + (int(i) == index ? value : kRow[i]);
    return out + "\n";
}

std::string csv(std::string tabbed)
{
    std::replace(tabbed.begin(), tabbed.end(), '\t', ',');
    return tabbed;
}

const std::string kEssaHeader = "cds,schoolname,districtname,countyname,TitleI2324,AssistanceStatus2024,AA,EL,SWD\n";
const std::string kEssaRow = "01611190130229,Sample High,Sample Unified,Alameda,Yes,CSI Grad,0,0,0\n";

struct BadInput {
    std::string name;
    std::vector<std::string> args;                          // casebook-cli arguments; {db} and {dir} expand
    std::vector<std::pair<std::string, std::string>> files; // written into {dir} first
    int exitCode = 2;
    std::string message;                                    // must appear in what casebook-cli prints
    // Instead of the CLI: a call into the library that must fail; returns its error text.
    std::function<std::string(Database &)> direct = {};
};

std::string expand(std::string s, const std::string &db, const std::string &dir)
{
    for (auto [key, value] : {std::pair{std::string("{db}"), db}, std::pair{std::string("{dir}"), dir}})
        for (std::size_t at; (at = s.find(key)) != std::string::npos;)
            s.replace(at, key.size(), value);
    return s;
}

template <typename T>
std::string errorOf(const Result<T> &r) { return r.ok() ? std::string("(accepted)") : r.error().text(); }

FieldMap fieldsOf(const std::string &json)
{
    FieldMap fields;
    const auto object = nlohmann::json::parse(json);
    for (const auto &[key, value] : object.items()) {
        if (value.is_string()) fields[key] = value.get<std::string>();
        else if (value.is_number_integer()) fields[key] = value.get<std::int64_t>();
        else if (value.is_null()) fields[key] = std::monostate{};
    }
    return fields;
}

template <typename T>
std::string fromJson(const std::string &json)
{
    return errorOf(fromFields<T>(fieldsOf(json)));
}

std::vector<BadInput> catalogue()
{
    const std::string ela = "{dir}/eladownload2024.txt";
    const std::string essa = "{dir}/essa.csv";
    auto dashboard = [&](std::string name, std::string content, std::string message) {
        return BadInput{std::move(name), {"--db", "{db}", "import", "dashboard", ela},
                        {{"eladownload2024.txt", std::move(content)}}, 2, std::move(message)};
    };
    auto essaFile = [&](std::string name, std::string content, std::string message,
                        std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"--db", "{db}", "import", "essa", essa, "--designated-on", "2025-01-10"};
        args.insert(args.end(), extra.begin(), extra.end());
        return BadInput{std::move(name), args, {{"essa.csv", std::move(content)}}, 2, std::move(message)};
    };
    auto cli = [](std::string name, std::vector<std::string> args, int code, std::string message) {
        return BadInput{std::move(name), std::move(args), {}, code, std::move(message)};
    };
    std::string headerNoCds = kHeader.substr(kHeader.find('\t') + 1);
    std::string rowNoCds = row().substr(row().find('\t') + 1);
    std::string headerNoYear = kHeader.substr(0, kHeader.rfind('\t')) + "\n";
    std::string rowNoYear = row().substr(0, row().rfind('\t')) + "\n";
    std::string cutOff = row();
    cutOff = cutOff.substr(0, cutOff.size() / 2);

    return {
        // Dashboard download files
        dashboard("Dashboard: empty file", "", "eladownload2024.txt: the file is empty; expected a header line and data lines"),
        dashboard("Dashboard: no header, data only", row() + row(8, "SWD"), "eladownload2024.txt line 1: the required column \"cds\" is missing"),
        dashboard("Dashboard: header without cds", headerNoCds + rowNoCds, "the required column \"cds\" is missing\n"),
        dashboard("Dashboard: header without reportingyear", headerNoYear + rowNoYear, "line 1: the required column \"reportingyear\" is missing"),
        dashboard("Dashboard: CDS code of 13 digits", kHeader + row(0, "0161119000000"), "line 2, column cds: expected a 14-digit CDS code, got \"0161119000000\" (a spreadsheet program may have dropped its leading zero)"),
        dashboard("Dashboard: CDS code with letters", kHeader + row(0, "0161119000000X"), "line 2, column cds: expected a 14-digit CDS code, got \"0161119000000X\""),
        dashboard("Dashboard: unknown record type", kHeader + row(1, "Q"), "line 2, column rtype: expected D (district), S (school) or X (state), got \"Q\""),
        dashboard("Dashboard: colour 7", kHeader + row(16, "7"), "line 2, column color: expected a colour 0-5 (1 Red ... 5 Blue), or * or empty when suppressed; got \"7\""),
        dashboard("Dashboard: colour as a word", kHeader + row(16, "red"), "column color: expected a colour 0-5 (1 Red ... 5 Blue), or * or empty when suppressed; got \"red\""),
        dashboard("Dashboard: status level 9", kHeader + row(14, "9"), "line 2, column statuslevel: expected a status level 0-5, or * or empty when suppressed; got \"9\""),
        dashboard("Dashboard: denominator not a number", kHeader + row(9, "abc"), "line 2, column currdenom: expected a whole number of students, or * or empty when suppressed; got \"abc\""),
        dashboard("Dashboard: status with two decimal points", kHeader + row(10, "1.2.3"), "line 2, column currstatus: expected a number such as -12.3, or * or empty when suppressed; got \"1.2.3\""),
        dashboard("Dashboard: unknown student group", kHeader + row(8, "XYZ"), "line 2, column studentgroup: unknown student group \"XYZ\"; expected one of ALL"),
        dashboard("Dashboard: reporting year not a number", kHeader + row(18, "20x4"), "line 2, column reportingyear: expected a year such as 2024, got \"20x4\""),
        dashboard("Dashboard: two reporting years in one file", kHeader + row() + row(8, "SWD") + row(8, "EL").replace(row(8, "EL").rfind("2024"), 4, "2023"), "line 4, column reportingyear: expected 2024 like the first data line, got 2023; one file holds one Dashboard year"),
        dashboard("Dashboard: a line with too few fields", kHeader + row() + "01611190000000\tD\n", "line 3: expected 19 tab-separated columns like the header, found 2"),
        dashboard("Dashboard: last line cut off", kHeader + row(8, "SWD") + cutOff, "line 3: the line is truncated: the file ends after 9 of 19 columns without a line break (was the download cut off?)"),
        dashboard("Dashboard: the same result twice", kHeader + row() + row(), "line 3, column studentgroup: a second result for CDS 01611190000000 and student group ALL; each appears once per file"),
        dashboard("Dashboard: binary garbage", std::string("\x00\x01\x02\xff\xfe PK\x03\x04", 10) + std::string(200, '\0'), "(the header has a single column: is the file separated by something other than tabs or commas?)"),
        dashboard("Dashboard: later line bad after good lines", kHeader + row() + row(8, "SWD") + row(8, "EL") + row(16, "9"), "line 5, column color: expected a colour 0-5 (1 Red ... 5 Blue), or * or empty when suppressed; got \"9\""),
        BadInput{"Dashboard: unterminated quote (CSV)", {"--db", "{db}", "import", "dashboard", "{dir}/eladownload2024.csv"},
                 {{"eladownload2024.csv", csv(kHeader) + csv(row()) + "\"" + csv(row(8, "SWD"))}}, 2, "eladownload2024.csv line 3: a quoted field is never closed: the file ends inside it (is the file cut off?)"},
        cli("Dashboard: file does not exist", {"--db", "{db}", "import", "dashboard", "{dir}/eladownload2030.txt"}, 4, "eladownload2030.txt: no such file"),
        cli("Dashboard: a folder, not a file", {"--db", "{db}", "import", "dashboard", "{dir}"}, 2, "this is a folder, not a file; name the file inside it"),
        BadInput{"Dashboard: file name names no indicator", {"--db", "{db}", "import", "dashboard", "{dir}/results.txt"},
                 {{"results.txt", kHeader + row()}}, 2, "results.txt: cannot tell the indicator from the file name"},
        BadInput{"Dashboard: unknown --indicator", {"--db", "{db}", "import", "dashboard", "--indicator", "READING", ela},
                 {{"eladownload2024.txt", kHeader + row()}}, 2, "--indicator: unknown indicator \"READING\"; expected one of ELA, MATH, ELPI, GRAD, CHRONIC, SUSP, CCI"},
        // ESSA assistance status list
        essaFile("ESSA: empty file", "", "essa.csv: the file is empty; expected a header line and data lines"),
        essaFile("ESSA: title rows only", "2024-25 ESSA Assistance Status,,\nSource: CDE,,\n", "essa.csv: the required column \"cds\" is missing (no header line with a \"cds\" column in the first six lines)"),
        essaFile("ESSA: header without cds", "schoolname,AssistanceStatus2024\nSample High,CSI Grad\n", "the required column \"cds\" is missing (no header line"),
        essaFile("ESSA: CDS code of 12 digits", kEssaHeader + "016111901302,Sample High,Sample Unified,Alameda,Yes,CSI Grad,0,0,0\n", "essa.csv line 2, column cds: expected a 14-digit CDS code, got \"016111901302\""),
        essaFile("ESSA: unknown assistance status", kEssaHeader + "01611190130229,Sample High,Sample Unified,Alameda,Yes,XYZ,0,0,0\n", "essa.csv line 2, column AssistanceStatus2024: expected an assistance status such as \"CSI Low Perform\", \"CSI Grad\", \"ATSI\", \"TSI\" or \"General Assistance\", got \"XYZ\""),
        essaFile("ESSA: no status column and no --year", "cds,schoolname\n01611190130229,Sample High\n", "essa.csv line 1: the required column \"AssistanceStatus\" (or AssistanceStatusYYYY) is missing"),
        essaFile("ESSA: --year not a number", kEssaHeader + kEssaRow, "--year: expected a year such as 2023, got \"twenty\"", {"--year", "twenty"}),
        essaFile("ESSA: --designated-on February 30", kEssaHeader + kEssaRow, "--designated-on: \"2025-02-30\" is not a day of the calendar", {"--designated-on", "2025-02-30"}),
        essaFile("ESSA: --designated-on without leading zeros", kEssaHeader + kEssaRow, "--designated-on: expected a date as YYYY-MM-DD, got \"2025-1-5\"", {"--designated-on", "2025-1-5"}),
        essaFile("ESSA: --designated-on in US order", kEssaHeader + kEssaRow, "--designated-on: expected a date as YYYY-MM-DD, got \"01/10/2025\"", {"--designated-on", "01/10/2025"}),
        // Command line
        cli("CLI: unknown command", {"--db", "{db}", "frobnicate"}, 1, "unknown command \"frobnicate\"; see casebook-cli --help"),
        cli("CLI: unknown option", {"--db", "{db}", "cases", "--colour"}, 1, "casebook-cli cases: unknown option --colour; see casebook-cli cases --help"),
        cli("CLI: missing FILE", {"--db", "{db}", "import", "dashboard"}, 1, "casebook-cli import dashboard: wrong number of arguments"),
        cli("CLI: too many files", {"--db", "{db}", "import", "essa", "{dir}/a.csv", "{dir}/b.csv"}, 1, "casebook-cli import essa: wrong number of arguments"),
        cli("CLI: option without its value", {"--db", "{db}", "import", "dashboard", ela, "--indicator"}, 1, "casebook-cli import dashboard: --indicator needs a value (CODE)"),
        cli("CLI: --format xml", {"--db", "{db}", "cases", "--format", "xml"}, 1, "unknown --format \"xml\"; expected one of text, json"),
        cli("CLI: --within not a number", {"--db", "{db}", "deadlines", "--within", "soon"}, 1, "--within expects a whole number from 0 to 3660, got \"soon\""),
        cli("CLI: --case that does not exist", {"--db", "{db}", "deadlines", "--case", "99999"}, 2, "case 99999 does not exist"),
        cli("CLI: --db in a folder that does not exist", {"--db", "{dir}/missing/folder/c.sqlite", "cases"}, 3, "missing/folder/c.sqlite does not exist"),
        BadInput{"CLI: --db is a text file", {"--db", "{dir}/notes.txt", "cases"}, {{"notes.txt", "meeting notes\n"}}, 3, "notes.txt is not a Casebook file: it is not an SQLite database"},
        BadInput{"CLI: --db is another application's SQLite file", {"--db", "{dir}/other.sqlite", "cases"}, {}, 3, "other.sqlite is not a Casebook file: it is an SQLite database of another application (application_id 0x000004D2)"},
        cli("CDS: local indicator for a 6-digit district", {"--db", "{db}", "local-indicator", "--district", "016111", "--year", "2024", "--priority", "1", "--status", "met"}, 2, "--district: expected a 7-digit county-district code, got \"016111\""),
        cli("CDS: findings for a school code", {"--db", "{db}", "findings", "--district", "01611190130229"}, 2, "--district: expected a 7-digit county-district code, got \"01611190130229\""),
        cli("Local indicator: priority 4", {"--db", "{db}", "local-indicator", "--district", "0161119", "--year", "2024", "--priority", "4", "--status", "met"}, 2, "--priority: expected 1, 2, 3, 6 or 7 (the local indicators), got \"4\""),
        cli("Local indicator: unknown status", {"--db", "{db}", "local-indicator", "--district", "0161119", "--year", "2024", "--priority", "1", "--status", "maybe"}, 2, "--status: unknown local indicator status \"maybe\"; expected one of met, not_met, not_met_two_years"),
        cli("Local indicator: year not a number", {"--db", "{db}", "local-indicator", "--district", "0161119", "--year", "last", "--priority", "1", "--status", "met"}, 2, "--year: expected a Dashboard year such as 2024, got \"last\""),
        cli("Local indicator: CALPADS yes-or-no", {"--db", "{db}", "local-indicator", "--district", "0161119", "--year", "2024", "--calpads-late", "perhaps"}, 2, "--calpads-late: expected yes or no, got \"perhaps\""),
        cli("Date: --dashboard-release February 30", {"--db", "{db}", "settings", "--dashboard-release", "02-30"}, 2, "dashboard_release: expected a month and day as MM-DD (for example 12-15), got \"02-30\""),
        cli("Settings: unknown time zone", {"--db", "{db}", "settings", "--time-zone", "Mars/Olympus_Mons"}, 2, "time_zone: unknown time zone \"Mars/Olympus_Mons\"; expected an IANA id such as America/Los_Angeles"),
        cli("Settings: negative plan-approval days", {"--db", "{db}", "settings", "--plan-approval-days", "-5"}, 1, "--plan-approval-days expects a whole number from 0 to 730, got \"-5\""),
        // Record JSON (the fields a JSON import reads), dates inside it
        BadInput{"JSON record: date 2025-13-01", {}, {}, 0, "occurred_on: \"2025-13-01\" is not a day of the calendar", [](Database &) {
            return fromJson<Communication>(R"({"case_id": 1, "occurred_on": "2025-13-01", "mode": "email"})"); }},
        BadInput{"JSON record: unknown communication mode", {}, {}, 0, "mode: unknown communication mode \"carrier pigeon\"; expected one of meeting", [](Database &) {
            return fromJson<Communication>(R"({"case_id": 1, "occurred_on": "2025-03-01", "mode": "carrier pigeon"})"); }},
        BadInput{"JSON record: case id as text", {}, {}, 0, "case_id: expected a whole number, got \"one\"", [](Database &) {
            return fromJson<Communication>(R"({"case_id": "one", "occurred_on": "2025-03-01", "mode": "email"})"); }},
        // Attachments
        BadInput{"Attachment: one byte over 25 MiB", {}, {}, 0, "size: the file is 26214401 bytes; attachments may be at most 25 MiB (26214400 bytes)", [](Database &db) {
            const std::vector<unsigned char> big(std::size_t(kMaxAttachmentBytes) + 1, 'a');
            return errorOf(addAttachment(db, 1, AttachmentOwner::Case, 0, "scan.pdf", "application/pdf", big)); }},
        BadInput{"Attachment: empty file name", {}, {}, 0, "file_name: must not be empty", [](Database &db) {
            return errorOf(addAttachment(db, 1, AttachmentOwner::Case, 0, "", "text/plain", {'x'})); }},
        BadInput{"Attachment: to a case that does not exist", {}, {}, 0, "case_id: case 4242 does not exist", [](Database &db) {
            return errorOf(addAttachment(db, 4242, AttachmentOwner::Case, 0, "a.txt", "text/plain", {'x'})); }},
    };
}

// The casebook every row starts from: a district, a school, a case and one Dashboard import.
std::string makeTemplate(const test::TempDir &dir)
{
    const auto path = dir.file("template.sqlite");
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    auto sample = test::insertSampleDistrict(**db);
    REQUIRE(createCase(**db, test::requiredCase(sample.district.id)).ok());
    REQUIRE(io::importDashboardFile(**db, CASEBOOK_FIXTURE_DIR "/dashboard/eladownload2024.txt").ok());
    return path;
}

std::vector<std::pair<std::string, std::int64_t>> rowCounts(const std::string &path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    auto counts = recordCounts(**db);
    REQUIRE(counts.ok());
    for (const char *table : {"dashboard_imports", "dashboard_results", "essa_assistance", "local_indicators",
                              "calpads_submissions", "settings"})
        counts->emplace_back(table, std::get<std::int64_t>(*(*db)->connection().scalar(
                                        std::string("SELECT count(*) FROM ") + table)));
    return *counts;
}

} // namespace

TEST_CASE("Every kind of bad input is refused with its own message and changes nothing")
{
    test::TempDir dir;
    const std::string templatePath = makeTemplate(dir);
    const auto expectedCounts = rowCounts(templatePath);
    const auto rows = catalogue();
    CHECK(rows.size() >= 40);
    std::set<std::string> messages;
    for (const auto &input : rows) {
        DYNAMIC_SECTION(input.name)
        {
            test::TempDir work;
            const std::string db = work.file("casebook.sqlite");
            fs::copy_file(templatePath, db);
            for (const auto &[name, content] : input.files)
                std::ofstream(work.file(name), std::ios::binary) << content;
            if (input.name.find("another application") != std::string::npos) {
                auto other = SqliteConnection::open(work.file("other.sqlite"), SqliteConnection::Mode::ReadWriteCreate);
                REQUIRE(other.ok());
                REQUIRE((*other)->exec("PRAGMA application_id = 1234; CREATE TABLE notes (text TEXT)").ok());
            }
            std::map<std::string, std::string> before;
            for (const auto &entry : fs::directory_iterator(work.path()))
                if (entry.is_regular_file())
                    before[entry.path().string()] = sha256Hex(
                        [&] { auto b = test::readFileBytes(entry.path().string()); return std::vector<unsigned char>(b.begin(), b.end()); }());

            std::string said;
            if (input.direct) {
                auto opened = Database::open(db);
                REQUIRE(opened.ok());
                said = input.direct(**opened);
            } else {
                std::vector<std::string> args;
                for (const auto &a : input.args)
                    args.push_back(expand(a, db, work.path().string()));
                const auto run = test::runCliCommand(args);
                said = run.err + run.out;
                CHECK(run.code == input.exitCode);
            }
            INFO("message: " << said);
            CHECK_THAT(said, Catch::Contains(input.message));
            CHECK(said.find("(accepted)") == std::string::npos);
            CHECK(messages.insert(input.message).second); // each row's message is its own

            for (const auto &[path, hash] : before) {
                INFO("file " << path);
                auto b = test::readFileBytes(path);
                CHECK(sha256Hex(std::vector<unsigned char>(b.begin(), b.end())) == hash);
            }
            CHECK_FALSE(fs::exists(db + "-wal"));
            CHECK(rowCounts(db) == expectedCounts);
        }
    }
}
