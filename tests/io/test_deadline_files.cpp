// The deadline list as files: an Excel workbook (read back from its zip: sheet, strings, dates)
// and CSV, both written with --out as a whole file.
#include "io_sample.h"
#include "packet_reading.h"

#include "support/cli_run.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include <QRegularExpression>


using namespace casebook;
using casebook::test::TempDir;

namespace {

test::CliRun deadlines(const std::string &db, std::vector<std::string> options)
{
    std::vector<std::string> args{"--db", db, "deadlines"};
    args.insert(args.end(), options.begin(), options.end());
    qputenv("CASEBOOK_TODAY", "2025-11-15");
    auto run = test::runCliCommand(args);
    qunsetenv("CASEBOOK_TODAY");
    return run;
}

} // namespace

TEST_CASE("deadlines --format xlsx writes a workbook with a header row, dates and escaped text")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    test::fillCasebook(*test::openCasebook(db));
    const auto csv = deadlines(db, {"--format", "csv", "--case", "1"});
    REQUIRE(csv.code == 0);
    const auto rows = std::count(csv.out.begin(), csv.out.end(), '\n') - 1;
    REQUIRE(rows >= 2);

    const auto run = deadlines(db, {"--format", "xlsx", "--case", "1", "--out", dir.file("d.xlsx")});
    INFO(run.err);
#if defined(__SANITIZE_ADDRESS__)
    // Sanitizer runtimes refuse the RTLD_DEEPBIND libxlsxwriter is opened with (io/deadline_xlsx.cpp):
    // the export must say so and write nothing.
    CHECK(run.code != 0);
    CHECK_FALSE(std::filesystem::exists(dir.file("d.xlsx")));
    return;
#endif
    REQUIRE(run.code == 0);
    CHECK_THAT(run.out, Catch::Contains("(" + std::to_string(rows) + " deadlines)"));
    const auto files = test::readZip(dir.file("d.xlsx"));
    REQUIRE(files.contains("xl/workbook.xml"));
    REQUIRE(files.contains("xl/worksheets/sheet1.xml"));
    REQUIRE(files.contains("xl/sharedStrings.xml"));
    CHECK(files.at("xl/workbook.xml").contains("name=\"Deadlines\""));
    const QString sheet = QString::fromUtf8(files.at("xl/worksheets/sheet1.xml"));
    const QString strings = QString::fromUtf8(files.at("xl/sharedStrings.xml"));
    // One header row plus one row per deadline, the header frozen and filterable.
    CHECK(sheet.count(QStringLiteral("<row ")) == rows + 1);
    CHECK(sheet.contains(QStringLiteral("<pane ySplit=\"1\"")));
    CHECK(sheet.contains(QStringLiteral("<autoFilter")));
    for (const char *header : {"Due", "State", "Case title", "Deadline", "Owner", "Why it is due", "UID"})
        CHECK(strings.contains(QStringLiteral(">%1<").arg(QLatin1String(header))));
    // User text is a string cell, escaped as XML: never markup, never a formula.
    CHECK(strings.contains(QStringLiteral("LCAP goal review &lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>")));
    // Dates are real dates (serial numbers with a date format), not text: 2025-10-31 is 45961.
    CHECK(sheet.contains(QStringLiteral("<v>45961</v>")));
}

TEST_CASE("deadlines --out writes the CSV listing to a file; xlsx without --out and text with it are refused")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    test::fillCasebook(*test::openCasebook(db));
    const auto screen = deadlines(db, {"--format", "csv"});
    REQUIRE(screen.code == 0);
    const auto file = deadlines(db, {"--format", "csv", "--out", dir.file("d.csv")});
    REQUIRE(file.code == 0);
    CHECK(test::readFileBytes(dir.file("d.csv")) == screen.out);
    CHECK(deadlines(db, {"--format", "xlsx"}).code == 1);
    CHECK(deadlines(db, {"--out", dir.file("d.txt")}).code == 1);
}
