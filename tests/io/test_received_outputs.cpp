// casebook-cli against the failures found in received files and outputs, in the form they were
// found: a received file with a planted trigger, `check` on an older file, swapped attachment bytes,
// evidence of another case, --out naming the casebook or a link, an --out that cannot be written, one
// unreadable record, a 20-digit id, escapes in titles, FIFO, device, empty and URI paths, and the
// rescue of a refused file.
#include "io_sample.h"

#include "support/cli_run.h"
#include "cli/terminal_text.h"
#include "storage/case_store.h"
#include "storage/migrations.h"

#include "support/raw_sqlite.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace casebook;
using casebook::test::runCliCommand;
using casebook::test::rawCount;
using casebook::test::rawExec;
using casebook::test::TempDir;
namespace fs = std::filesystem;

namespace {



// A filled casebook, checkpointed into its main file with a rollback journal, so its bytes say all.
std::string filled(const TempDir &dir, const std::string &name = "c.sqlite")
{
    const auto path = dir.file(name);
    {
        auto db = test::openCasebook(path);
        test::fillCasebook(*db);
    }
    rawExec(path, "PRAGMA journal_mode = DELETE");
    return path;
}

std::vector<std::string> namesIn(const fs::path &dir)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("check never upgrades: an older casebook with a planted trigger is refused, unchanged, not emptied")
{
    TempDir dir;
    const auto path = dir.file("v5.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v5.sqlite", path);
    rawExec(path, "PRAGMA journal_mode = DELETE;"
                  "CREATE TRIGGER tidy AFTER INSERT ON deadlines_stale BEGIN DELETE FROM cases; END;");
    const auto before = test::readFileBytes(path);
    auto check = runCliCommand({"--db", path, "check"});
    CHECK(check.code == 3);
    CHECK_THAT(check.err, Catch::Contains("trigger tidy (on deadlines_stale)"));
    CHECK_THAT(check.out, !Catch::Contains("integrity: ok"));
    CHECK(test::readFileBytes(path) == before);
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"v5.sqlite"});
}

TEST_CASE("check reads an older casebook without writing it: no upgrade, no backup, no WAL switch")
{
    TempDir dir;
    const auto path = dir.file("v5.sqlite");
    fs::copy_file(CASEBOOK_FIXTURE_DIR "/schema-v5.sqlite", path);
    rawExec(path, "PRAGMA journal_mode = DELETE");
    const auto before = test::readFileBytes(path);
    auto check = runCliCommand({"--db", path, "check"});
    INFO(check.out << check.err);
    CHECK(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("schema version: 5 (older than this Casebook's"));
    CHECK_THAT(check.out, Catch::Contains("integrity: ok"));
    CHECK(test::readFileBytes(path) == before);
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"v5.sqlite"});
}

TEST_CASE("Swapped attachment bytes: check names the attachment, the packet is refused and not written")
{
    TempDir dir;
    const auto path = filled(dir);
    auto before = runCliCommand({"--db", path, "check"});
    REQUIRE(before.code == 0);
    // The same number of bytes, other content: only the SHA-256 can tell.
    rawExec(path, "UPDATE attachment_contents SET content = CAST(upper(CAST(content AS TEXT)) || '' AS BLOB) "
                  "WHERE attachment_id = 1");
    auto check = runCliCommand({"--db", path, "check"});
    CHECK(check.code == 3);
    CHECK_THAT(check.out, Catch::Contains("problem: attachment 1 ("));
    CHECK_THAT(check.out, Catch::Contains("do not match its SHA-256"));
    CHECK_THAT(check.err, Catch::Contains("the check found 1 problem"));

    // The whole case up to today: the attachments were added today.
    auto packet = runCliCommand({"--db", path, "export", "packet", "1", "--out", dir.file("p.zip")});
    CHECK(packet.code == 3);
    CHECK_THAT(packet.err, Catch::Contains("attachment 1 ("));
    CHECK_THAT(packet.err, Catch::Contains("the packet was not written"));
    CHECK_FALSE(fs::exists(dir.file("p.zip")));
}

TEST_CASE("Evidence stays with its case: an attachment to another case's record or to no record is refused")
{
    TempDir dir;
    const auto path = filled(dir);
    std::ofstream(dir.file("minutes.txt")) << "minutes";
    // Case 2 is the school plan; communication 1 belongs to case 1.
    auto other = runCliCommand({"--db", path, "attach", "2", dir.file("minutes.txt"), "--to", "communication:1"});
    CHECK(other.code == 2);
    CHECK_THAT(other.err, Catch::Contains("communication 1 is a record of case 1, not of the attachment's case 2"));
    auto missing = runCliCommand({"--db", path, "attach", "1", dir.file("minutes.txt"), "--to", "communication:99999"});
    CHECK(missing.code == 2);
    CHECK_THAT(missing.err, Catch::Contains("communication 99999 does not exist"));

    SECTION("and the file itself refuses one planted with another program (schema version 8)")
    {
        CHECK_THAT(test::rawExecError(path, "UPDATE attachments SET owner_type = 'communication', owner_id = 99999 "
                                            "WHERE id = 1"),
                   Catch::Contains("an attachment belongs to its case or to a record of that same case"));
        CHECK(runCliCommand({"--db", path, "check"}).code == 0);
    }
    SECTION("a record with attachments is not deleted out from under them")
    {
        auto attached = runCliCommand({"--db", path, "attach", "1", dir.file("minutes.txt"), "--to", "communication:1"});
        REQUIRE(attached.code == 0);
        auto removed = runCliCommand({"--db", path, "delete", "communication", "1"});
        CHECK(removed.code == 2);
        CHECK_THAT(removed.err, Catch::Contains("communication 1 has 1 attachment(s); delete them first"));
    }
}

TEST_CASE("An export's --out may not name the casebook or its -wal, -shm or -journal file")
{
    TempDir dir;
    const auto path = filled(dir);
    const auto before = test::readFileBytes(path);
    const std::vector<std::vector<std::string>> commands{
        {"--db", path, "export", "json", "--out", path},
        {"--db", path, "export", "json", "--out", path + "-wal"},
        {"--db", path, "export", "packet", "1", "--out", path},
        {"--db", path, "deadlines", "--format", "ics", "--out", path + "-journal"},
        {"--db", path, "deadlines", "--format", "json", "--out", dir.path().string() + "/./c.sqlite-shm"},
    };
    for (const auto &args : commands) {
        INFO(args[3] << " " << args.back());
        auto r = runCliCommand(args);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::Contains("is the casebook"));
    }
    // A hard link to the casebook is the casebook too.
    REQUIRE(::link(path.c_str(), dir.file("alias.sqlite").c_str()) == 0);
    auto alias = runCliCommand({"--db", path, "export", "json", "--out", dir.file("alias.sqlite")});
    CHECK(alias.code == 2);
    CHECK(test::readFileBytes(path) == before);
}

TEST_CASE("An export whose --out cannot be written exits 4 (a file error), writes nothing and changes nothing")
{
    TempDir dir;
    const auto path = filled(dir);
    const auto before = test::exportText(path); // every record and audit row
    std::ofstream(dir.file("plain.txt")) << "a file, not a folder";
    const std::string missingFolder = dir.file("no/such/folder/out");
    const std::string underAFile = dir.file("plain.txt") + "/out";
    for (const auto &out : {missingFolder, underAFile}) {
        for (const auto &args : std::vector<std::vector<std::string>>{
                 {"--db", path, "export", "json", "--out", out + ".json"},
                 {"--db", path, "deadlines", "--format", "csv", "--out", out + ".csv"},
                 {"--db", path, "export", "packet", "1", "--out", out + ".zip"}}) {
            INFO(args[2] << " " << args.back());
            auto r = runCliCommand(args);
            CHECK(r.code == 4);
            CHECK_THAT(r.err, Catch::Contains(args.back() + ": cannot be written"));
            CHECK_FALSE(fs::exists(args.back()));
        }
    }
    CHECK_THAT(runCliCommand({"--db", path, "export", "json", "--out", missingFolder + ".json"}).err,
               Catch::Contains("does not exist"));
    CHECK(test::readFileBytes(dir.file("plain.txt")) == "a file, not a folder");
    CHECK(test::exportText(path) == before);
}

TEST_CASE("Exports do not write through a symbolic link, and replace a file in one step, leaving no temporary file")
{
    TempDir dir;
    const auto path = filled(dir);
    std::ofstream(dir.file("target.txt")) << "keep me";
    fs::create_symlink(dir.file("target.txt"), dir.file("link.json"));
    for (const auto &args : std::vector<std::vector<std::string>>{
             {"--db", path, "export", "json", "--out", dir.file("link.json")},
             {"--db", path, "deadlines", "--format", "csv", "--out", dir.file("link.json")},
             {"--db", path, "export", "packet", "1", "--out", dir.file("link.json")}}) {
        auto r = runCliCommand(args);
        CHECK(r.code == 2);
        CHECK_THAT(r.err, Catch::Contains("is a symbolic link"));
    }
    CHECK(test::readFileBytes(dir.file("target.txt")) == "keep me");
    CHECK(fs::is_symlink(dir.file("link.json")));

    std::ofstream(dir.file("old.json")) << "old";
    auto written = runCliCommand({"--db", path, "export", "json", "--out", dir.file("old.json")});
    REQUIRE(written.code == 0);
    CHECK(test::readFileBytes(dir.file("old.json")).starts_with("{"));
    auto packet = runCliCommand({"--db", path, "export", "packet", "1", "--to", "2025-11-15", "--out", dir.file("p.zip")});
    REQUIRE(packet.code == 0);
    for (const auto &name : namesIn(dir.path())) {
        INFO(name);
        CHECK_FALSE(name.starts_with("."));   // no hidden temporary file
        CHECK(name.find(".partial") == std::string::npos);
    }
    CHECK(fs::exists(dir.file("p.zip")));
}

TEST_CASE("One unreadable record does not lock the user out: listings and export json name it and go on")
{
    TempDir dir;
    const auto path = filled(dir);
    rawExec(path, "UPDATE cases SET status = 'abandoned' WHERE id = 2");
    auto cases = runCliCommand({"--db", path, "cases"});
    CHECK(cases.code == 3);
    CHECK_THAT(cases.out, Catch::Contains("Differentiated assistance"));
    CHECK_THAT(cases.err, Catch::Contains("left out: stored case 2 is unreadable"));
    auto exported = runCliCommand({"--db", path, "export", "json", "--out", dir.file("all.json")});
    CHECK(exported.code == 3);
    CHECK_THAT(exported.out, Catch::Contains("Wrote "));
    CHECK_THAT(exported.err, Catch::Contains("stored case 2 is unreadable"));
    CHECK_THAT(exported.err, Catch::Contains("interventions id 1 was left out with it: its case 2 could not be read"));
    CHECK_THAT(exported.err, Catch::Contains("record(s) that could not be read"));
    // What was written is whole: it imports, with the first case and its records.
    auto imported = runCliCommand({"--db", dir.file("saved.sqlite"), "import", "json", dir.file("all.json")});
    INFO(imported.err);
    CHECK(imported.code == 0);
    CHECK_THAT(runCliCommand({"--db", dir.file("saved.sqlite"), "cases"}).out, Catch::Contains("Differentiated assistance"));
    auto deadlines = runCliCommand({"--db", path, "deadlines", "--within", "3660"});
    CHECK(deadlines.code == 3);
    CHECK_THAT(deadlines.out, Catch::Contains("Case 1: Differentiated assistance"));
    CHECK_THAT(deadlines.err, Catch::Contains("left out of the deadlines: stored case 2 is unreadable"));
    auto check = runCliCommand({"--db", path, "check"});
    CHECK(check.code == 3);
    CHECK_THAT(check.out, Catch::Contains("stored case 2 is unreadable"));
}

TEST_CASE("Numbers on the command line are parsed without exceptions: a 20-digit id is a clear error")
{
    TempDir dir;
    const auto path = filled(dir);
    auto packet = runCliCommand({"--db", path, "export", "packet", "99999999999999999999", "--out", dir.file("p.zip")});
    CHECK(packet.code == 2);
    CHECK_THAT(packet.err, Catch::Contains("expected a case id (a whole number from 1 to 9223372036854775807"));
    auto show = runCliCommand({"--db", path, "show", "99999999999999999999"});
    CHECK(show.code == 1);
    auto within = runCliCommand({"--db", path, "deadlines", "--within", "99999999999999999999"});
    CHECK(within.code == 1);
    auto year = runCliCommand({"--db", path, "import", "essa", dir.file("x.csv"), "--year", "99999999999999999999"});
    CHECK(year.code == 2);
    CHECK_THAT(year.err, Catch::Contains("expected a year such as 2023"));
}

TEST_CASE("Terminal escapes in stored titles and file names are printed escaped by every listing")
{
    TempDir dir;
    const auto path = filled(dir);
    // ESC ] 52 ; c ; ... BEL: OSC 52 sets the terminal's clipboard; ESC [ 2 J clears the screen.
    rawExec(path, "UPDATE cases SET title = 'Plan' || char(27) || ']52;c;cm0gLXJmIH4=' || char(7) || char(27) || '[2J' "
                  "WHERE id = 1; UPDATE attachments SET file_name = 'a' || char(27) || '[31m.pdf' WHERE id = 1");
    for (const auto &args : std::vector<std::vector<std::string>>{{"--db", path, "cases"},
                                                                  {"--db", path, "search", "Plan"},
                                                                  {"--db", path, "show", "1"},
                                                                  {"--db", path, "deadlines"}}) {
        INFO(args[2]);
        auto r = runCliCommand(args);
        CHECK(r.out.find('\x1b') == std::string::npos);
        CHECK(r.out.find('\x07') == std::string::npos);
        CHECK(r.err.find('\x1b') == std::string::npos);
    }
    CHECK_THAT(runCliCommand({"--db", path, "cases"}).out, Catch::Contains("Plan\\x1B]52;c;cm0gLXJmIH4=\\x07\\x1B[2J"));
    CHECK(cli::terminalText("a\tb\r\nc\rd\x7f\xc2\x9b\xc2\xa9") == "a\tb\r\nc\\x0Dd\\x7F\\u009B\xc2\xa9");
}

TEST_CASE("The casebook named by --db must be a regular file: a FIFO, a device, an empty file and a URI are refused")
{
    TempDir dir;
    const auto fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto onFifo = runCliCommand({"--db", fifo, "cases"});
    CHECK(onFifo.code == 3);
    CHECK_THAT(onFifo.err, Catch::Contains("named pipe (FIFO), not a casebook file"));
    auto onDevice = runCliCommand({"--db", "/dev/null", "init"});
    CHECK(onDevice.code == 3);
    CHECK_THAT(onDevice.err, Catch::Contains("/dev/null is a device"));

    const auto empty = dir.file("empty");
    std::ofstream{empty};
    ::chmod(empty.c_str(), 0644);
    auto onEmpty = runCliCommand({"--db", empty, "cases"});
    CHECK(onEmpty.code == 3);
    CHECK_THAT(onEmpty.err, Catch::Contains("is an empty file, not a casebook"));
    CHECK(fs::file_size(empty) == 0);

    auto uri = runCliCommand({"--db", "file:" + dir.file("x") + "?mode=memory", "init"});
    CHECK(uri.code == 3);
    CHECK_THAT(uri.err, Catch::Contains("is an SQLite URI"));

    auto missing = runCliCommand({"--db", dir.file("nothing.sqlite"), "cases"});
    CHECK(missing.code == 3);
    CHECK_FALSE(fs::exists(dir.file("nothing.sqlite")));
}

TEST_CASE("attach takes regular files only and reads at most the limit")
{
    TempDir dir;
    const auto path = filled(dir);
    const auto fifo = dir.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto onFifo = runCliCommand({"--db", path, "attach", "1", fifo});
    CHECK(onFifo.code == 2);
    CHECK_THAT(onFifo.err, Catch::Contains("is not a regular file"));
    auto onZero = runCliCommand({"--db", path, "attach", "1", "/dev/zero"});
    CHECK(onZero.code == 2);
    CHECK_THAT(onZero.err, Catch::Contains("is not a regular file"));
}

TEST_CASE("rescue copies a refused casebook's records into a new one and leaves the original untouched")
{
    TempDir dir;
    const auto path = filled(dir, "received.sqlite");
    rawExec(path, "CREATE TRIGGER keep_it_tidy AFTER INSERT ON pending_deadlines BEGIN DELETE FROM communications; END;");
    const auto before = test::readFileBytes(path);
    REQUIRE(runCliCommand({"--db", path, "cases"}).code == 3);

    auto same = runCliCommand({"rescue", path, "--out", path});
    CHECK(same.code == 2);
    auto rescued = runCliCommand({"rescue", path, "--out", dir.file("rescued.sqlite")});
    INFO(rescued.out << rescued.err);
    REQUIRE(rescued.code == 0);
    CHECK_THAT(rescued.out, Catch::Contains("left behind: trigger keep_it_tidy (not Casebook's)"));
    CHECK(test::readFileBytes(path) == before);

    auto check = runCliCommand({"--db", dir.file("rescued.sqlite"), "check"});
    CHECK(check.code == 0);
    CHECK_THAT(check.out, Catch::Contains("communications:       3"));
    auto deadlines = runCliCommand({"--db", dir.file("rescued.sqlite"), "deadlines"});
    CHECK(deadlines.code == 0);
    CHECK_THAT(runCliCommand({"--db", dir.file("rescued.sqlite"), "check"}).out, Catch::Contains("communications:       3"));
}

TEST_CASE("check re-validates every stored Dashboard result by the importer's rule, naming the row")
{
    TempDir dir;
    const auto path = dir.file("c.sqlite");
    REQUIRE(runCliCommand({"--db", path, "init"}).code == 0);
    const auto file = (fs::path(CASEBOOK_FIXTURE_DIR) / "dashboard" / "layouts" / "2024" / "eladownload2024.txt").string();
    auto imported = runCliCommand({"--db", path, "import", "dashboard", file});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    auto clean = runCliCommand({"--db", path, "check"});
    INFO(clean.out << clean.err);
    CHECK(clean.code == 0);

    // What another program could have written, each of which the importer refuses in a file: a name with
    // a terminal escape, a student group CDE does not report, a district row whose code is a school's.
    rawExec(path, "UPDATE dashboard_results SET district_name = 'Sample' || char(27) || '[2J' "
                  "WHERE cds = '01611190000000' AND student_group = 'ALL' AND reporting_year = 2024");
    rawExec(path, "UPDATE dashboard_results SET student_group = 'ZZZ' "
                  "WHERE cds = '01611190000000' AND student_group = 'SWD' AND reporting_year = 2024");
    rawExec(path, "UPDATE dashboard_results SET cds = '01611190112233' "
                  "WHERE cds = '01611190000000' AND rtype = 'D' AND student_group = 'FOS' AND reporting_year = 2024");
    auto check = runCliCommand({"--db", path, "check"});
    INFO(check.out << check.err);
    CHECK(check.code == 3);
    CHECK_THAT(check.out, Catch::Contains("Dashboard result 2024 01611190000000 ELA ALL"));
    CHECK_THAT(check.out, Catch::Contains("districtname: holds the control character 0x1B"));
    CHECK_THAT(check.out, Catch::Contains("Dashboard result 2024 01611190000000 ELA ZZZ"));
    CHECK_THAT(check.out, Catch::Contains("Dashboard result 2024 01611190112233 ELA FOS"));
    CHECK_THAT(check.out, Catch::Contains("ending in seven zeros"));
    CHECK_THAT(check.err, Catch::Contains("the check found 3 problems"));
    // The escape is shown escaped, never sent to the terminal.
    CHECK(check.out.find('\x1B') == std::string::npos);
}
