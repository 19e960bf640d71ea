// casebook-cli import eligibility and import essa on .xlsx files: report lines, exit codes, help.
#include "support/cli_run.h"

#include "io/xlsx_samples.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>


using casebook::test::TempDir;
using casebook::test::runCliCommand;

namespace {

std::vector<std::string> row(const std::string &cds, const std::string &status, const std::string &swd)
{
    auto r = std::vector<std::string>(casebook::test::eligibilityHeader2024().size());
    r[1] = cds;
    r[2] = "Sample Unified";
    r[7] = status;
    r[19] = swd; // SWDpriorities
    return r;
}

} // namespace

TEST_CASE("import eligibility stores a year's determinations once, and refuses a bad cell with exit code 2")
{
    TempDir dir;
    const auto db = dir.file("c.sqlite");
    const auto file = dir.file("assistancestatus24.xlsx");
    casebook::test::writeEligibility2024(file, {row("01611190000000", "Differentiated Assistance", "A"),
                                                row("01611270000000", "General Assistance", "")});
    REQUIRE(runCliCommand({"--db", db, "init"}).code == 0);
    auto imported = runCliCommand({"--db", db, "import", "eligibility", file});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    CHECK(imported.out == "assistancestatus24.xlsx: imported 2 districts and county offices for 2024, 1 in "
                          "differentiated assistance (import 1)\n");
    auto again = runCliCommand({"--db", db, "import", "eligibility", file});
    CHECK(again.code == 0);
    CHECK(again.out == "assistancestatus24.xlsx: unchanged; this file is already imported (import 1)\n");
    const auto bad = dir.file("assistancestatus24-bad.xlsx");
    casebook::test::writeEligibility2024(bad, {row("01611190000000", "Differentiated Assistance", "Z")});
    auto refused = runCliCommand({"--db", db, "import", "eligibility", bad});
    CHECK(refused.code == 2);
    CHECK_THAT(refused.err, Catch::Contains("assistancestatus24-bad.xlsx, sheet \"District and COE 2024\", row 7, "
                                            "column T (SWDpriorities)"));
    auto help = runCliCommand({"import", "eligibility", "--help"});
    CHECK(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("District and COE YYYY"));
    CHECK_THAT(runCliCommand({"import", "essa", "--help"}).out, Catch::Contains("essaassistance24.xlsx"));
}
