// Two processes on one casebook: a long Dashboard import in one while the other reads (WAL keeps
// reads working and shows the import only once it is committed), and a clear message when a
// writer has to wait too long for another process's lock. The other process is crash_writer;
// it tells us over a pipe when it is inside its transaction, so nothing here depends on timing.
#include "support/cli_run.h"
#include "storage/case_store.h"

#include "support/sample_data.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace casebook;
using namespace casebook::storage;

namespace {

// crash_writer with its stdin and stdout as pipes.
struct Child {
    pid_t pid = -1;
    FILE *out = nullptr; // what the child says
    int in = -1;         // what we tell it

    Child(std::vector<std::string> args)
    {
        int toChild[2], fromChild[2];
        REQUIRE(pipe(toChild) == 0);
        REQUIRE(pipe(fromChild) == 0);
        std::signal(SIGPIPE, SIG_IGN);
        pid = fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            dup2(toChild[0], STDIN_FILENO);
            dup2(fromChild[1], STDOUT_FILENO);
            for (int fd : {toChild[0], toChild[1], fromChild[0], fromChild[1]})
                close(fd);
            std::vector<char *> argv{const_cast<char *>(CASEBOOK_CRASH_WRITER)};
            for (auto &a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            execv(CASEBOOK_CRASH_WRITER, argv.data());
            _exit(127);
        }
        close(toChild[0]);
        close(fromChild[1]);
        in = toChild[1];
        out = fdopen(fromChild[0], "r");
    }
    std::string readLine()
    {
        char buffer[256] = {};
        return fgets(buffer, sizeof buffer, out) ? std::string(buffer) : std::string();
    }
    void say(const std::string &line) { REQUIRE(write(in, line.data(), line.size()) == ssize_t(line.size())); }
    int finish()
    {
        if (in >= 0)
            close(in);
        in = -1;
        int status = 0;
        waitpid(pid, &status, 0);
        fclose(out);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
};

std::int64_t results(Database &db)
{
    return std::get<std::int64_t>(*db.connection().scalar("SELECT count(*) FROM dashboard_results"));
}

// A statewide-sized slice: 1,200 schools x 18 student groups.
std::string writeLargeElaFile(const test::TempDir &dir, int &rows)
{
    const auto path = dir.file("eladownload2024.txt");
    std::ofstream out(path);
    out << "cds\trtype\tschoolname\tdistrictname\tcountyname\tstudentgroup\tcurrdenom\tcurrstatus\tstatuslevel\t"
           "color\treportingyear\n";
    static const char *groups[] = {"ALL", "AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR",
                                   "EL", "ELO", "RFP", "EO", "LTEL", "SED", "SWD", "FOS", "HOM"};
    rows = 0;
    for (int s = 1; s <= 1200; ++s)
        for (const char *g : groups) {
            out << "0161119" << 1300000 + s << "\tS\tSchool " << s << "\tSample Unified\tAlameda\t" << g << "\t120\t-"
                << s % 90 << ".5\t" << s % 6 << "\t" << s % 6 << "\t2024\n";
            ++rows;
        }
    return path;
}

std::pair<int, std::string> runCasebookCli(const std::vector<std::string> &args)
{
    const auto run = test::runCliCommand(args);
    return {run.code, run.out + run.err};
}

} // namespace

TEST_CASE("Reads keep working while another process imports a long Dashboard file, and see it only when committed")
{
    test::TempDir dir;
    const auto path = dir.file("shared.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        auto sample = test::insertSampleDistrict(**db);
        REQUIRE(createCase(**db, test::requiredCase(sample.district.id)).ok());
    }
    int rows = 0;
    const auto file = writeLargeElaFile(dir, rows);

    Child importer({"import", path, file});
    const std::string inside = importer.readLine();
    REQUIRE(inside.rfind("inside ", 0) == 0); // the import holds its write transaction, rows written

    auto reader = Database::open(path);
    REQUIRE(reader.ok());
    CHECK(results(**reader) == 0); // nothing half-imported is visible
    CHECK(listCaseSummaries(**reader)->size() == 1);
    CHECK(*(*reader)->integrityCheck(true) == "ok");
    auto [code, text] = runCasebookCli({"--db", path, "cases"});
    CHECK(code == 0);
    CHECK_THAT(text, Catch::Contains("Differentiated assistance"));

    // A write meanwhile waits for the lock and, when the wait is too long, says why.
    (*reader)->setBusyTimeout(100);
    auto refused = insert<District>(**reader, District{.cds = "0161200", .name = "Other Unified"});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("in use by another Casebook window or process"));

    importer.say("go\n");
    CHECK(importer.readLine() == "imported " + std::to_string(rows) + "\n");
    CHECK(importer.finish() == 0);
    CHECK(results(**reader) == rows);
    CHECK(listAll<District>(**reader)->size() == 1);
    CHECK(*(*reader)->integrityCheck() == "ok");
}

TEST_CASE("casebook-cli waits for another process's lock, then says the casebook is in use and changes nothing")
{
    test::TempDir dir;
    const auto path = dir.file("held.sqlite");
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db.ok());
        test::insertSampleDistrict(**db);
    }
    Child holder({"hold", path});
    REQUIRE(holder.readLine() == "locked\n");
    // Reading works; writing waits out the 5-second busy timeout and fails with exit code 3.
    CHECK(runCasebookCli({"--db", path, "cases"}).first == 0);
    auto [code, text] = runCasebookCli({"--db", path, "local-indicator", "--district", "0161119", "--year", "2024", "--priority",
                             "1", "--status", "met"});
    CHECK(code == 3);
    CHECK_THAT(text, Catch::Contains("in use by another Casebook window or process and stayed locked"));
    CHECK(holder.finish() == 0);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(*(*db)->integrityCheck() == "ok");
    CHECK(std::get<std::int64_t>(*(*db)->connection().scalar("SELECT count(*) FROM local_indicators")) == 0);
}
