// The crash test: starts crash_writer (real Casebook storage code doing a seeded random mix of user
// actions), kills it with SIGKILL at a random moment, reopens the file and checks that SQLite's
// integrity check passes, that every commit the writer reported is there with its audit row, and
// that nothing half-written is visible. docs/reliability.md explains what it proves and what not.
//
//   crash_test --writer PATH [--iterations N] [--seed S] [--dir DIR] [--epoch N] [--fixture OLD.sqlite]
//              [--verbose]
//
// With --fixture, every other fresh file starts as a copy of an older-schema casebook, so the first
// kill often lands while it is being backed up and upgraded; its cases must all survive.
//
// Exit status 0 only when every check of every iteration passed.
#include "crash_protocol.h"

#include "storage/case_store.h"
#include "storage/sqlite.h"
#include "storage/sha256.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace casebook;
using namespace casebook::storage;
namespace fs = std::filesystem;

namespace {

struct Options {
    std::string writer;
    int iterations = 100;
    std::uint64_t seed = 20250901;
    std::string dir;
    int epoch = 25; // iterations on one file before a fresh file (and a kill during its creation)
    std::string fixture; // an older-schema casebook that alternate fresh files start from
    bool verbose = false;
};

struct Totals {
    int kills = 0;
    long reported = 0;
    long lost = 0;       // reported commits missing after the kill
    int integrityFailures = 0;
    int halfWritten = 0; // invariant violations: partial transactions visible
    int reopenFailures = 0;
    int writerErrors = 0;
};

std::int64_t asInt(const FieldValue &v)
{
    const auto *i = std::get_if<std::int64_t>(&v);
    return i ? *i : -1;
}

class Checker {
public:
    Checker(Database &db, Totals &totals, int iteration) : m_db(db), m_totals(totals), m_iteration(iteration) {}

    std::int64_t count(const std::string &sql, const std::vector<FieldValue> &params = {})
    {
        auto v = m_db.connection().scalar(sql, params);
        if (!v) {
            fail(m_totals.halfWritten, "query failed: " + sql + ": " + v.error().text());
            return -1;
        }
        return asInt(*v);
    }

    void fail(int &counter, const std::string &what)
    {
        ++counter;
        std::cerr << "iteration " << m_iteration << ": " << what << "\n";
    }
    void lost(const std::string &what)
    {
        ++m_totals.lost;
        std::cerr << "iteration " << m_iteration << ": LOST " << what << "\n";
    }

    void checkIntegrity()
    {
        auto check = m_db.integrityCheck(false);
        if (!check || *check != "ok")
            fail(m_totals.integrityFailures, "integrity_check: " + (check ? *check : check.error().text()));
        if (count("SELECT count(*) FROM pragma_foreign_key_check") != 0)
            fail(m_totals.integrityFailures, "foreign_key_check found dangling references");
    }

    // Invariants over everything in the file, reported or not.
    void checkNothingHalfWritten()
    {
        static const char *tables[] = {"districts", "cases", "activities", "communications", "attachments"};
        for (const char *t : tables) {
            const std::string table(t);
            if (auto n = count("SELECT count(*) FROM " + table + " r WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                               "WHERE a.table_name = '" + table + "' AND a.record_id = r.id AND a.action = 'create')"))
                fail(m_totals.halfWritten, std::to_string(n) + " " + table + " rows without their audit row");
            if (auto n = count("SELECT count(*) FROM audit_log a WHERE a.table_name = '" + table + "' AND a.action = "
                               "'create' AND NOT EXISTS (SELECT 1 FROM " + table + " r WHERE r.id = a.record_id)"))
                fail(m_totals.halfWritten, std::to_string(n) + " audit rows for " + table + " rows that are not there");
        }
        if (auto n = count("SELECT count(*) FROM cases c WHERE c.kind = 'technical_assistance' AND "
                           "(SELECT count(*) FROM activities a WHERE a.case_id = c.id) != 5"))
            fail(m_totals.halfWritten, std::to_string(n) + " technical-assistance cases without exactly 5 activities");
        if (auto n = count("SELECT count(*) FROM attachments a LEFT JOIN attachment_contents c ON c.attachment_id = a.id "
                           "WHERE c.attachment_id IS NULL OR length(c.content) != a.size"))
            fail(m_totals.halfWritten, std::to_string(n) + " attachments without their full content");
        if (auto n = count("SELECT count(*) FROM dashboard_imports i WHERE i.replaced_by IS NULL AND i.row_count != "
                           "(SELECT count(*) FROM dashboard_results r WHERE r.import_id = i.id)"))
            fail(m_totals.halfWritten, std::to_string(n) + " Dashboard imports whose results are not all there");
        if (auto n = count("SELECT count(*) FROM dashboard_results r JOIN dashboard_imports i ON i.id = r.import_id "
                           "WHERE i.replaced_by IS NOT NULL"))
            fail(m_totals.halfWritten, std::to_string(n) + " results of replaced Dashboard imports still there");
        if (auto n = count("SELECT count(*) FROM dashboard_imports i WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                           "WHERE a.table_name = 'dashboard_imports' AND a.record_id = i.id AND a.action = 'import')"))
            fail(m_totals.halfWritten, std::to_string(n) + " Dashboard imports without their audit row");
        if (auto n = count("SELECT count(*) FROM dashboard_imports WHERE indicator = 'ELA' AND reporting_year = 2024 "
                           "AND replaced_by IS NULL");
            n > 1)
            fail(m_totals.halfWritten, std::to_string(n) + " current imports for one indicator and year");
    }

    // Every commit the writer reported is there, with the audit row it named.
    void checkReported(const std::vector<protocol::Report> &reports)
    {
        static const std::map<std::string, std::string> tableOf{
            {"district", "districts"},         {"case", "cases"},          {"communication", "communications"},
            {"update", "communications"},      {"attachment", "attachments"}, {"transition", "cases"},
            {"activity", "activities"},        {"dashboard", "dashboard_imports"}};
        std::map<std::int64_t, long> newestRevision;
        for (const auto &r : reports) {
            const auto it = tableOf.find(r.kind);
            if (it == tableOf.end()) {
                fail(m_totals.halfWritten, "unknown report kind " + r.kind);
                continue;
            }
            const std::string &table = it->second;
            const std::string what = r.kind + " " + std::to_string(r.recordId);
            if (count("SELECT count(*) FROM audit_log WHERE id = ? AND table_name = ? AND record_id = ?",
                      {r.auditId, table, r.recordId}) != 1)
                lost(what + ": audit row " + std::to_string(r.auditId) + " is missing");
            if (count("SELECT count(*) FROM " + table + " WHERE id = ?", {r.recordId}) != 1)
                lost(what + ": the record is missing");
            if (r.kind == "update")
                newestRevision[r.recordId] = std::max(newestRevision[r.recordId], std::stol(r.detail));
            if (r.kind == "attachment") {
                auto content = attachmentContent(m_db, r.recordId);
                if (!content || sha256Hex(*content) != r.detail)
                    lost(what + ": its content is missing or changed");
            }
            if (r.kind == "dashboard" &&
                count("SELECT count(*) FROM dashboard_imports WHERE id = ? AND row_count = ?",
                      {r.recordId, std::int64_t(std::stol(r.detail))}) != 1)
                lost(what + ": the import's row count is not " + r.detail);
        }
        // A later, unreported update may have committed just before the kill: the stored revision
        // is the reported one or newer, never older.
        for (const auto &[id, rev] : newestRevision) {
            auto c = get<Communication>(m_db, id);
            const long stored = c && c->summary.rfind("rev ", 0) == 0 ? std::atol(c->summary.c_str() + 4) : -1;
            if (stored < rev)
                lost("communication " + std::to_string(id) + ": revision " + std::to_string(rev) +
                     " was reported but the file holds " + std::to_string(stored));
        }
    }

private:
    Database &m_db;
    Totals &m_totals;
    int m_iteration;
};

// Runs the writer until it has reported `waitForLines` commits, then waits up to `delayMicros`
// and kills it. Lines that reached the pipe before the kill count as reported.
bool runAndKill(const Options &o, const std::string &db, std::uint64_t seed, int waitForLines, int delayMicros,
                std::vector<protocol::Report> &reports, Totals &totals)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    const std::string seedText = std::to_string(seed);
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(o.writer.c_str(), o.writer.c_str(), "crash", db.c_str(), seedText.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    FILE *in = fdopen(fds[0], "r");
    char buffer[4096];
    int lines = 0;
    bool killed = false;
    auto take = [&](const char *text) {
        protocol::Report r;
        if (protocol::parse(text, r)) {
            reports.push_back(r);
            ++totals.reported;
        }
    };
    if (waitForLines == 0) {
        usleep(useconds_t(delayMicros));
        kill(pid, SIGKILL);
        killed = true;
    }
    while (fgets(buffer, sizeof buffer, in)) {
        take(buffer);
        if (!killed && ++lines >= waitForLines) {
            if (delayMicros > 0)
                usleep(useconds_t(delayMicros));
            kill(pid, SIGKILL);
            killed = true;
        }
    }
    fclose(in);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) {
        ++totals.kills;
        return true;
    }
    ++totals.writerErrors;
    std::cerr << "the writer ended on its own (status " << status << ") instead of being killed\n";
    return false;
}

// The cases in an older casebook, read without upgrading it (a plain read-only connection).
std::int64_t countFixtureCases(const std::string &path)
{
    auto conn = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!conn)
        return 0;
    auto n = (*conn)->scalar("SELECT count(*) FROM cases");
    return n ? asInt(*n) : 0;
}

int usage()
{
    std::cerr << "usage: crash_test --writer PATH [--iterations N] [--seed S] [--dir DIR] [--epoch N] "
                 "[--fixture OLD.sqlite] [--verbose]\n";
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--writer" && hasValue) o.writer = argv[++i];
        else if (arg == "--iterations" && hasValue) o.iterations = std::atoi(argv[++i]);
        else if (arg == "--seed" && hasValue) o.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--dir" && hasValue) o.dir = argv[++i];
        else if (arg == "--epoch" && hasValue) o.epoch = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--fixture" && hasValue) o.fixture = argv[++i];
        else if (arg == "--verbose") o.verbose = true;
        else return usage();
    }
    if (o.writer.empty() || o.iterations < 1)
        return usage();
    const bool ownDir = o.dir.empty();
    if (ownDir) {
        char pattern[] = "/tmp/casebook-crash-XXXXXX";
        if (!mkdtemp(pattern))
            return 2;
        o.dir = pattern;
    }
    fs::create_directories(o.dir);

    const auto started = std::chrono::steady_clock::now();
    std::mt19937_64 rng(o.seed);
    Totals totals;
    std::vector<protocol::Report> reports;
    std::string db;
    std::int64_t fixtureCases = 0;
    for (int it = 0; it < o.iterations; ++it) {
        const bool freshFile = it % o.epoch == 0;
        if (freshFile) {
            db = o.dir + "/crash-" + std::to_string(it / o.epoch) + ".sqlite";
            reports.clear();
            fixtureCases = 0;
            if (!o.fixture.empty() && (it / o.epoch) % 2 == 1) {
                fs::copy_file(o.fixture, db);
                // Counted on the copy: the fixture is a WAL file, and opening it, even read-only,
                // would leave -shm and -wal files beside it in the source tree.
                fixtureCases = countFixtureCases(db);
            }
        }
        // A fresh file is killed early, often while it is being created and migrated.
        const int waitFor = freshFile ? 0 : std::uniform_int_distribution<int>(0, 12)(rng);
        const int delay = freshFile ? std::uniform_int_distribution<int>(0, 40000)(rng)
                                    : std::uniform_int_distribution<int>(0, 3000)(rng);
        const std::size_t before = reports.size();
        if (!runAndKill(o, db, o.seed * 1000003 + std::uint64_t(it), waitFor, delay, reports, totals))
            continue;
        if (!fs::exists(db) && reports.empty())
            continue; // killed before the file was created
        auto opened = Database::open(db, Database::OpenMode::OpenExisting);
        if (!opened) {
            ++totals.reopenFailures;
            std::cerr << "iteration " << it << ": cannot reopen after the kill: " << opened.error().text() << "\n";
            continue;
        }
        Checker check(**opened, totals, it);
        if (fixtureCases > 0 && check.count("SELECT count(*) FROM cases") < fixtureCases)
            check.lost("cases of the upgraded older casebook");
        check.checkIntegrity();
        check.checkNothingHalfWritten();
        check.checkReported(reports);
        if (o.verbose)
            std::cerr << "iteration " << it << ": waited for " << waitFor << " commits + " << delay << " us; "
                      << reports.size() - before << " new commits reported\n";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "crash test: " << o.iterations << " iterations, " << totals.kills << " SIGKILLs, " << totals.reported
              << " commits reported, " << totals.lost << " lost, " << totals.integrityFailures
              << " integrity failures, " << totals.halfWritten << " half-written states, " << totals.reopenFailures
              << " files that would not reopen, " << totals.writerErrors << " writer errors; seed " << o.seed << ", "
              << seconds << " s\n";
    if (ownDir)
        fs::remove_all(o.dir);
    const bool clean = totals.lost == 0 && totals.integrityFailures == 0 && totals.halfWritten == 0 &&
                       totals.reopenFailures == 0 && totals.writerErrors == 0 && totals.kills == o.iterations;
    return clean ? 0 : 1;
}
