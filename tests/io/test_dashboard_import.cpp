// DashboardImporter: CDE's layouts, encodings and delimiters, idempotence and replacement, every
// kind of bad input (with its message and an untouched casebook), and streaming a statewide-sized file.
#include "io/dashboard_import.h"
#include "io/delimited_text.h"
#include "storage/audit.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/resource.h>

using namespace casebook;
using casebook::test::TempDir;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard";

const std::string kHeader = "cds\trtype\tschoolname\tdistrictname\tcountyname\tcharter_flag\tcoe_flag\tdass_flag\t"
                            "studentgroup\tcurrdenom\tcurrstatus\tpriordenom\tpriorstatus\tchange\tstatuslevel\t"
                            "changelevel\tcolor\tbox\treportingyear\n";

std::string line(const std::string &cds, const std::string &rtype, const std::string &group, const std::string &denom,
                 const std::string &color = "1", const std::string &year = "2024")
{
    return cds + "\t" + rtype + "\t\tSample Unified\tAlameda\t\t\t\t" + group + "\t" + denom + "\t-10.5\t100\t-9.0\t-1.5\t2\t2\t" +
           color + "\t7\t" + year + "\n";
}

void write(const std::string &path, const std::string &bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::int64_t count(storage::Database &db, const std::string &table)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM " + table));
}

std::unique_ptr<storage::Database> openDb(const std::string &path)
{
    auto db = storage::Database::open(path, storage::Database::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
    (*db)->setUserName("tester");
    return std::move(*db);
}

struct Snapshot {
    std::int64_t results, imports, audit;
    std::string bytes;
};

} // namespace

TEST_CASE("CDE's layouts import: columns by name, suppressed values as not reported, Windows-1252 names")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    for (const auto *name : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"}) {
        auto report = io::importDashboardFile(*db, (kFixtures / name).string());
        INFO(name);
        REQUIRE(report.ok());
        CHECK(report->outcome == io::ImportOutcome::Imported);
        CHECK(report->year == 2024);
    }
    CHECK(count(*db, "dashboard_results") == 7 + 7 + 5);
    auto district = storage::dashboardResultsFor(*db, "01611190000000", 2024);
    REQUIRE(district.ok());
    const auto hom = std::find_if(district->begin(), district->end(), [](const DashboardResult &r) {
        return r.indicator == Indicator::ELA && r.studentGroup == "HOM";
    });
    REQUIRE(hom != district->end());
    CHECK_FALSE(hom->currDenom.has_value()); // "*": not reported, never 0
    CHECK_FALSE(hom->currStatus.has_value());
    auto penasco = storage::dashboardResultsFor(*db, "01611200130237", 2024);
    REQUIRE(penasco.ok());
    REQUIRE(penasco->size() == 1);
    CHECK(penasco->front().districtName == "Pe\xc3\xb1" "asco Unified");
    CHECK(penasco->front().schoolName == "Escuela de los Ni\xc3\xb1os");
    CHECK(penasco->front().rtype == RecordType::School);
    auto state = storage::dashboardResultsFor(*db, "00000000000000", 2024);
    REQUIRE(state.ok());
    CHECK(state->size() == 2);
    auto audit = storage::readAudit(*db);
    REQUIRE(audit.ok());
    std::erase_if(*audit, [](const storage::AuditEntry &e) { return e.table != "dashboard_imports"; });
    REQUIRE(audit->size() == 3);
    CHECK(audit->front().action == "import");
    CHECK_THAT(audit->front().changesJson, Catch::Contains("eladownload2024.txt") && Catch::Contains("sha256"));
}

TEST_CASE("CSV with quotes, a byte-order mark, CRLF, other column order and extra columns reads the same")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const auto path = dir.file("suspdownload2023.csv");
    write(path, "\xEF\xBB\xBFreportingyear,extra_column,studentgroup,cds,rtype,schoolname,currdenom,statuslevel,color\r\n"
                "2023,x,ALL,01611190130229,S,\"Lincoln \"\"Lion\"\" Academy, East\",250,3,3\r\n"
                "2023,y,SWD,01611190130229,S,\"Lincoln \"\"Lion\"\" Academy, East\",*,,\r\n");
    auto report = io::importDashboardFile(*db, path);
    REQUIRE(report.ok());
    CHECK(report->indicator == Indicator::Suspension);
    CHECK(report->rows == 2);
    auto rows = storage::dashboardResultsFor(*db, "01611190130229", 2023);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->front().schoolName == "Lincoln \"Lion\" Academy, East");
    CHECK(rows->front().currDenom == 250);
    CHECK_FALSE(rows->back().color.has_value());
}

TEST_CASE("Re-importing a file changes nothing - another file for the same indicator and year replaces it")
{
    TempDir dir;
    const auto dbPath = dir.file("c.sqlite");
    auto db = openDb(dbPath);
    const auto ela = (kFixtures / "eladownload2024.txt").string();
    REQUIRE(io::importDashboardFile(*db, ela).ok());
    const auto audit = count(*db, "audit_log");
    auto again = io::importDashboardFile(*db, ela);
    REQUIRE(again.ok());
    CHECK(again->outcome == io::ImportOutcome::Unchanged);
    CHECK(count(*db, "audit_log") == audit);
    CHECK(count(*db, "dashboard_imports") == 1);

    const auto newer = dir.file("eladownload2024.txt");
    write(newer, kHeader + line("01611190000000", "D", "ALL", "5300", "4"));
    auto replaced = io::importDashboardFile(*db, newer);
    REQUIRE(replaced.ok());
    CHECK(replaced->outcome == io::ImportOutcome::Replaced);
    REQUIRE(replaced->replaced.has_value());
    CHECK(count(*db, "dashboard_results") == 1);
    auto trail = storage::readAudit(*db, "dashboard_imports", replaced->importId);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 1);
    CHECK_THAT(trail->front().changesJson, Catch::Contains("\"replaced\"") && Catch::Contains("\"rows\":7"));
    // Other indicators and years are untouched by the replacement.
    REQUIRE(io::importDashboardFile(*db, (kFixtures / "mathdownload2024.txt").string()).ok());
    REQUIRE(io::importDashboardFile(*db, newer).ok());
    CHECK(count(*db, "dashboard_results") == 8);
}

TEST_CASE("Bad files are refused with file, line and column, and the casebook is left exactly as it was")
{
    TempDir dir;
    const auto dbPath = dir.file("c.sqlite");
    {
        auto db = openDb(dbPath);
        REQUIRE(io::importDashboardFile(*db, (kFixtures / "eladownload2024.txt").string()).ok());
    }
    const auto good = line("01611190000000", "D", "ALL", "120");
    struct Case {
        std::string name, file, content, expected;
    };
    const std::vector<Case> cases{
        {"empty file", "chronicdownload2024.txt", "", "chronicdownload2024.txt: the file is empty"},
        {"header only", "chronicdownload2024.txt", kHeader, "chronicdownload2024.txt: the file has a header line but no data lines"},
        {"missing column", "chronicdownload2024.txt",
         "cds\trtype\tstudentgroup\tstatuslevel\tcolor\treportingyear\n01611190000000\tD\tALL\t2\t1\t2024\n",
         "chronicdownload2024.txt line 1: the required column \"currdenom\" is missing"},
        {"wrong delimiter", "chronicdownload2024.txt", "cds;rtype;studentgroup;currdenom\n01611190000000;D;ALL;5\n",
         "the required column \"cds\" is missing (the header has a single column"},
        {"truncated last line", "chronicdownload2024.txt", kHeader + good + "01611190000000\tD\t\tSample Uni",
         "chronicdownload2024.txt line 3: the line is truncated: the file ends after 4 of 19 columns"},
        {"too few columns mid-file", "chronicdownload2024.txt", kHeader + "01611190000000\tD\n" + good,
         "chronicdownload2024.txt line 2: expected 19 tab-separated columns like the header, found 2"},
        {"non-numeric count", "chronicdownload2024.txt", kHeader + good + line("01611190000000", "D", "SWD", "twelve"),
         "chronicdownload2024.txt line 3, column currdenom: expected a whole number of students"},
        {"negative count", "chronicdownload2024.txt", kHeader + line("01611190000000", "D", "SWD", "-4"),
         "line 2, column currdenom: expected a whole number"},
        {"bad colour", "chronicdownload2024.txt", kHeader + line("01611190000000", "D", "SWD", "40", "7"),
         "line 2, column color: expected a colour 0-5"},
        {"short CDS code", "chronicdownload2024.txt", kHeader + good + line("1611190000000", "D", "SWD", "40"),
         "line 3, column cds: expected a 14-digit CDS code, got \"1611190000000\" (a spreadsheet program may have dropped"},
        {"county 99", "chronicdownload2024.txt", kHeader + line("99611190000000", "D", "SWD", "40"),
         "line 2, column cds: \"99611190000000\" has county code 99"},
        {"district row with a school code", "chronicdownload2024.txt", kHeader + line("01611190130229", "D", "SWD", "40"),
         "line 2, column cds: a district record (rtype D) has a CDS code ending in seven zeros"},
        {"unknown record type", "chronicdownload2024.txt", kHeader + line("01611190000000", "L", "SWD", "40"),
         "line 2, column rtype: expected D (district), S (school) or X (state), got \"L\""},
        {"unknown student group", "chronicdownload2024.txt", kHeader + good + line("01611190000000", "D", "XYZ", "40"),
         "line 3, column studentgroup: unknown student group \"XYZ\""},
        {"duplicate result", "chronicdownload2024.txt", kHeader + good + good,
         "line 3, column studentgroup: a second result for CDS 01611190000000 and student group ALL"},
        {"two years in one file", "chronicdownload2024.txt",
         kHeader + good + line("01611190000000", "D", "SWD", "40", "1", "2023"),
         "line 3, column reportingyear: expected 2024 like the first data line, got 2023"},
        {"file name and year disagree", "chronicdownload2023.txt", kHeader + good,
         "line 2, column reportingyear: the file name says 2023 but reportingyear is 2024"},
        {"unknown file name", "results.txt", kHeader + good, "cannot tell the indicator from the file name"},
        {"a replacing file with a bad last line", "eladownload2024.txt", kHeader + good + "0161119",
         "eladownload2024.txt line 3: the line is truncated"},
    };
    for (const auto &c : cases) {
        SECTION(c.name)
        {
            const auto before = test::readFileBytes(dbPath);
            Snapshot snap{};
            {
                auto db = openDb(dbPath);
                snap = {count(*db, "dashboard_results"), count(*db, "dashboard_imports"), count(*db, "audit_log"), {}};
                const auto file = (dir.path() / "in" / c.file).string();
                std::filesystem::create_directories(dir.path() / "in");
                write(file, c.content);
                auto report = io::importDashboardFile(*db, file);
                REQUIRE_FALSE(report.ok());
                CHECK(report.error().kind == ErrorKind::BadInput);
                CHECK_THAT(report.error().text(), Catch::Contains(c.expected));
                CHECK(count(*db, "dashboard_results") == snap.results);
                CHECK(count(*db, "dashboard_imports") == snap.imports);
                CHECK(count(*db, "audit_log") == snap.audit);
            }
            CHECK(test::readFileBytes(dbPath) == before);
        }
    }
}

TEST_CASE("Cancelling from the progress callback rolls the whole file back")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const auto path = dir.file("graddownload2024.txt");
    {
        std::ofstream out(path, std::ios::binary);
        out << kHeader;
        for (int school = 0; school < 10000; ++school) {
            char cds[16];
            std::snprintf(cds, sizeof cds, "0161119%07d", 100000 + school);
            out << line(cds, "S", "ALL", "100");
        }
    }
    int calls = 0;
    io::DashboardImportOptions options;
    options.progress = [&](const io::ImportProgress &p) {
        CHECK(p.bytesRead <= p.bytesTotal);
        return ++calls < 2;
    };
    auto report = io::importDashboardFile(*db, path, options);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().message, Catch::Contains("cancelled; nothing was changed"));
    CHECK(calls == 2);
    CHECK(count(*db, "dashboard_results") == 0);
    CHECK(count(*db, "dashboard_imports") == 0);
}

TEST_CASE("Windows-1252 and UTF-8 decode to the same text")
{
    CHECK(io::toUtf8("Ni\xf1os") == "Ni\xc3\xb1os");
    CHECK(io::toUtf8("Ni\xc3\xb1os") == "Ni\xc3\xb1os");
    CHECK(io::toUtf8("\x93quoted\x94 \x80") == "\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x82\xac");
    CHECK_FALSE(io::isValidUtf8("Pe\xf1"));
    CHECK_FALSE(io::isValidUtf8("\xc3"));
}

TEST_CASE("A statewide-sized file of 500,000 rows streams in bounded memory")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const auto path = dir.file("chronicdownload2024.txt");
    constexpr int kSchools = 27778, kRows = 500000;
    const std::array<std::string, 18> groups{"ALL", "AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR",
                                             "EL", "ELO", "RFP", "EO", "LTEL", "SED", "SWD", "FOS", "HOM"};
    {
        std::ofstream out(path, std::ios::binary);
        out << kHeader;
        int written = 0;
        for (int school = 0; school < kSchools && written < kRows; ++school) {
            char cds[16];
            std::snprintf(cds, sizeof cds, "%02d%05d%07d", 1 + school % 58, 10000 + school, 1000000 + school);
            for (const auto &g : groups) {
                if (written++ == kRows)
                    break;
                out << cds << "\tS\tA School With A Reasonably Long Name\tA Unified School District\tA County\t\t\t\t"
                    << g << "\t" << (written % 7 == 0 ? "*" : std::to_string(written % 900)) << "\t12.5\t300\t11.0\t1.5\t3\t3\t"
                    << written % 6 << "\t13\t2024\n";
            }
        }
    }
    const auto size = std::filesystem::file_size(path);
    REQUIRE(size > 60u * 1024 * 1024);
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    std::int64_t lastRows = 0;
    io::DashboardImportOptions options;
    options.progress = [&](const io::ImportProgress &p) {
        lastRows = p.rows;
        return true;
    };
    auto report = io::importDashboardFile(*db, path, options);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    REQUIRE(report.ok());
    CHECK(report->rows == kRows);
    CHECK(lastRows == kRows);
    CHECK(count(*db, "dashboard_results") == kRows);
    const long growthKb = after.ru_maxrss - before.ru_maxrss;
    INFO("peak RSS grew by " << growthKb << " KiB for a " << size / 1024 << " KiB file");
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine (256 MiB), so peak RSS says nothing here.
    WARN("peak RSS is not checked under AddressSanitizer");
#else
    CHECK(growthKb < 24 * 1024); // far below the file's size: nothing holds the whole file
#endif
}

TEST_CASE("The hash taken while reading is the file's SHA-256, and SQLite's CHECKs are back on after every import")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const auto checksIgnored = [&] { return std::get<std::int64_t>(*db->connection().scalar("PRAGMA ignore_check_constraints")); };
    const auto path = dir.file("chronicdownload2024.txt");
    std::string crlf = kHeader + line("01611190000000", "D", "ALL", "120") + line("01611190000000", "D", "SWD", "40");
    for (std::size_t at = crlf.find('\n'); at != std::string::npos; at = crlf.find('\n', at + 2))
        crlf.insert(at, "\r");
    write(path, "\xEF\xBB\xBF" + crlf + "\r\n\r\n");
    auto report = io::importDashboardFile(*db, path);
    REQUIRE(report.ok());
    CHECK(report->rows == 2);
    auto current = storage::currentDashboardImport(*db, "CHRONIC", 2024);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK((*current)->sha256 == *io::sha256OfFile(path));
    CHECK(checksIgnored() == 0);

    const auto bad = dir.file("suspdownload2024.txt");
    write(bad, kHeader + line("01611190000000", "D", "ALL", "120") + line("01611190000000", "D", "SWD", "x"));
    REQUIRE_FALSE(io::importDashboardFile(*db, bad).ok());
    CHECK(checksIgnored() == 0);

    // While a writer is open SQLite skips CHECK constraints: the writer checks the table's rules itself.
    {
        auto tx = storage::WriteTransaction::begin(*db);
        REQUIRE(tx.ok());
        auto writer = storage::DashboardResultWriter::start(*db, "SUSP", 2024, "suspdownload2024.txt", "");
        REQUIRE(writer.ok());
        DashboardResult r{Indicator::Suspension, 2024, "01611190000000", RecordType::District, "ALL", "", "", "",
                          false, 100, 1.5, {}, {}, {}, 2, {}, 7, {}};
        auto refused = writer->add(r);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().text(), Catch::Contains("color") && Catch::Contains("got 7"));
        r.color = 3;
        r.cds = "0161119000000";
        REQUIRE_FALSE(writer->add(r).ok());
        CHECK(checksIgnored() == 1);
    }
    CHECK(checksIgnored() == 0);
    CHECK_FALSE(db->connection().exec("INSERT INTO dashboard_results (reporting_year, cds, indicator, student_group, "
                                      "import_id, rtype) VALUES (2024, '01611190000000', 'SUSP', 'ALL', 1, 'Q')").ok());
}

TEST_CASE("A replacing file that changes while it is imported is refused and changes nothing")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const auto path = dir.file("graddownload2024.txt");
    write(path, kHeader + line("01611190000000", "D", "ALL", "120"));
    REQUIRE(io::importDashboardFile(*db, path).ok());
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << kHeader;
        for (int school = 0; school < 10000; ++school) {
            char cds[16];
            std::snprintf(cds, sizeof cds, "0161119%07d", 100000 + school);
            out << line(cds, "S", "ALL", "100");
        }
    }
    io::DashboardImportOptions options;
    options.progress = [&](const io::ImportProgress &p) {
        if (p.rows == 4096) { // someone saves over the file: its last line's count becomes 900
            std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
            f.seekp(-std::streamoff(line("01611190109999", "S", "ALL", "100").size()) + 48, std::ios::end);
            f.put('9');
        }
        return true;
    };
    auto report = io::importDashboardFile(*db, path, options);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().message, Catch::Contains("the file changed while it was being imported"));
    CHECK(count(*db, "dashboard_results") == 1);
    CHECK(count(*db, "dashboard_imports") == 1);
}

TEST_CASE("A line longer than the record limit is refused with its line number, before it is held in memory")
{
    // One 2 GB line once took 2 GB of memory. The same refusal, found at kMaxRecordBytes + 1.
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const std::string path = dir.file("eladownload2024.txt");
    write(path, kHeader + line("01611190000000", "D", "ALL", "5200") +
                    std::string(io::kMaxRecordBytes + 1, 'x') + "\n" + line("01611190000000", "D", "EL", "100"));
    auto report = io::importDashboardFile(*db, path);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().text(), Catch::Contains("eladownload2024.txt line 3: the line is longer than 1048576 bytes"));
    CHECK(count(*db, "dashboard_results") == 0);

    // A quoted field that never closes is bounded too.
    write(path, kHeader + "\"" + std::string(io::kMaxRecordBytes / 2, 'x') + "\n" +
                    std::string(io::kMaxRecordBytes / 2 + 10, 'y') + "\n");
    auto quoted = io::importDashboardFile(*db, path);
    REQUIRE_FALSE(quoted.ok());
    CHECK_THAT(quoted.error().text(), Catch::Contains("1 MiB"));
}

TEST_CASE("Names with NUL, control characters or invalid UTF-8 are refused, naming the column")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const std::string path = dir.file("eladownload2024.txt");
    std::string bad = line("01611190000000", "D", "ALL", "5200");
    bad.replace(bad.find("Sample Unified"), 14, std::string("Sample\0Unified", 14));
    write(path, kHeader + bad);
    auto report = io::importDashboardFile(*db, path);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().text(), Catch::Contains("line 2, column districtname"));
    CHECK_THAT(report.error().text(), Catch::Contains("control character 0x00"));
    CHECK(count(*db, "dashboard_results") == 0);
}

TEST_CASE("A line mixing UTF-8 with Windows-1252 bytes is refused instead of stored as garbled names")
{
    TempDir dir;
    auto db = openDb(dir.file("c.sqlite"));
    const std::string path = dir.file("eladownload2024.txt");
    std::string mixed = line("01611190000000", "D", "ALL", "5200");
    // "Peñasco" in Windows-1252 (0xF1) beside "Año" in UTF-8 (0xC3 0xB1).
    mixed.replace(mixed.find("Sample Unified"), 14, "Pe\xf1" "asco A\xc3\xb1o");
    write(path, kHeader + mixed);
    auto report = io::importDashboardFile(*db, path);
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().text(), Catch::Contains("line 2: the line mixes UTF-8 characters with bytes of another encoding"));
    CHECK(count(*db, "dashboard_results") == 0);
}
