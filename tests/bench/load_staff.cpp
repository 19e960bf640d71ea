// The load generator of issue #20: simulated staff working one casebook at once, each its own process
// with its own connection, as each person's window is. Each staff member, with think time between
// steps, opens the deadline list, opens a case page (the case, its records and a page of its history),
// and logs a communication or edits an activity (read, add a line, save over what was read; refused
// when somebody saved first, then read again and retried). Optionally the server is restarted in the
// middle of the run (scripts/pg-cluster stop + start): a save refused then is done again only after it
// was checked, as a person would after the banner.
//
// The first deadline list and case page of each staff member (a window just opened: its statements not
// yet prepared on the server, every staff member starting at once) are reported apart ("…, first").
// It prints throughput and p50/p95/p99 per operation, conflicts detected, and the figures that must be
// 0: lost updates (a saved line missing from its activity), lost writes (a saved communication missing)
// and duplicated writes (a communication stored twice). It exits 1 when any of those is not 0, so the
// short run is a test (tests/CMakeLists.txt); scripts/bench --only load runs the full one.
//
//   load_staff --engine server|file --staff N --steps M [--think-ms T] [--restart] [--cases C]
//              [--pg-cluster SCRIPT] [--dir DIR] [--json]
#include "services/casebook.h"
#include "storage/postgres.h"

#include "io/paths.h"

#include <nlohmann/json.hpp>

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace casebook;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string engine = "server";
    int staff = 50;
    int steps = 20;
    int thinkMs = 200;
    int cases = 200;
    bool restart = false;
    bool json = false;
    std::string pgCluster;
    std::string dir;
};

[[noreturn]] void usage(const std::string &why)
{
    std::cerr << "load_staff: " << why << "\nusage: load_staff --engine server|file --staff N --steps M [--think-ms T] "
                                          "[--restart] [--cases C] [--pg-cluster SCRIPT] [--dir DIR] [--json]\n";
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(a + " needs a value");
            return argv[++i];
        };
        if (a == "--engine")
            o.engine = value();
        else if (a == "--staff")
            o.staff = std::stoi(value());
        else if (a == "--steps")
            o.steps = std::stoi(value());
        else if (a == "--think-ms")
            o.thinkMs = std::stoi(value());
        else if (a == "--cases")
            o.cases = std::stoi(value());
        else if (a == "--pg-cluster")
            o.pgCluster = value();
        else if (a == "--dir")
            o.dir = value();
        else if (a == "--restart")
            o.restart = true;
        else if (a == "--json")
            o.json = true;
        else
            usage("unknown argument " + a);
    }
    if (o.engine != "server" && o.engine != "file")
        usage("--engine is server or file");
    if (o.staff < 1 || o.steps < 1)
        usage("--staff and --steps are at least 1");
    if (o.engine == "server" && o.pgCluster.empty())
        usage("--engine server needs --pg-cluster (scripts/pg-cluster)");
    if (o.restart && o.engine != "server")
        usage("--restart restarts the server: --engine server");
    return o;
}

int shell(const std::string &command)
{
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

std::string slurp(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Shared by the staff processes: steps done (the restart comes at half), and whether the server is
// being restarted.
struct Shared {
    std::atomic<int> stepsDone{0};
    std::atomic<int> staffDone{0};
};

// One staff member's record of the run, written as JSON by the child and read by the parent.
struct StaffResult {
    std::map<std::string, std::vector<double>> latencyMs; // operation -> each time
    int conflicts = 0;
    int refused = 0;        // operations refused while the server was away
    int checkedBeforeRetry = 0;
    std::vector<std::string> savedCalls;                    // summaries of communications saved
    std::vector<std::pair<Id, std::string>> savedLines;     // (activity, line) saved
    std::map<std::string, int> refusedByRules;              // writes the rules refused, by message
    std::string fatal;
};

nlohmann::json toJson(const StaffResult &r)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto &[id, line] : r.savedLines)
        lines.push_back({id, line});
    return {{"latency_ms", r.latencyMs}, {"conflicts", r.conflicts}, {"refused", r.refused},
            {"checked_before_retry", r.checkedBeforeRetry}, {"saved_calls", r.savedCalls}, {"saved_lines", lines},
            {"refused_by_rules", r.refusedByRules}, {"fatal", r.fatal}};
}

StaffResult fromJson(const nlohmann::json &j)
{
    StaffResult r;
    r.latencyMs = j.at("latency_ms").get<std::map<std::string, std::vector<double>>>();
    r.conflicts = j.at("conflicts");
    r.refused = j.at("refused");
    r.checkedBeforeRetry = j.at("checked_before_retry");
    r.savedCalls = j.at("saved_calls").get<std::vector<std::string>>();
    for (const auto &l : j.at("saved_lines"))
        r.savedLines.emplace_back(l.at(0).get<Id>(), l.at(1).get<std::string>());
    r.refusedByRules = j.at("refused_by_rules").get<std::map<std::string, int>>();
    r.fatal = j.at("fatal");
    return r;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Runs one staff member's steps; returns what happened.
StaffResult runStaff(const std::string &location, int who, const Options &o, Shared &shared,
                     const std::vector<Id> &cases)
{
    StaffResult r;
    std::mt19937 random(std::uint32_t(1000 + who));
    auto opened = services::Casebook::open(location, services::OpenMode::OpenExisting,
                                           services::IntegrityCheck::InBackground);
    if (!opened) {
        r.fatal = opened.error().text();
        return r;
    }
    services::Casebook &db = **opened;
    db.setUserName("staff" + std::to_string(who));
    db.setBusyTimeout(30000);
    const Date today = io::today();
    auto settings = db.calendarSettings();
    const CalendarSettings calendar = settings ? *settings : CalendarSettings{};
    // Retries a step refused because the server is away, after a pause, as a person would once the
    // banner is gone; `alreadyDone` checks (by reading) whether a write that failed was saved after all,
    // and is asked again until it can tell (a read that fails tells nothing): never done twice blindly.
    using Known = std::optional<bool>;
    const auto persist = [&](const std::function<Status()> &step, const std::function<Known()> &alreadyDone) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            auto s = step();
            if (s)
                return true;
            if (s.error().kind != ErrorKind::Database) {
                const std::string why = s.error().text();
                ++r.refusedByRules[why.substr(0, std::min<std::size_t>(why.find('\n'), 160))];
                return false;
            }
            ++r.refused;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            if (!alreadyDone)
                continue;
            ++r.checkedBeforeRetry;
            Known known;
            for (int look = 0; look < 200 && !known; ++look) {
                known = alreadyDone();
                if (!known)
                    std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
            if (!known)
                return false;
            if (*known)
                return true;
        }
        return false;
    };
    for (int step = 0; step < o.steps; ++step) {
        std::this_thread::sleep_for(std::chrono::milliseconds(o.thinkMs ? random() % (2 * o.thinkMs) : 0));
        const Id caseId = cases[random() % cases.size()];
        // Open the deadline list.
        persist([&]() -> Status {
            const auto start = Clock::now();
            auto list = db.reminders(calendar, {today, 30, false, std::nullopt});
            if (!list)
                return list.error();
            r.latencyMs[step == 0 ? "deadline list, first" : "deadline list"].push_back(msSince(start));
            return {};
        }, nullptr);
        // Open a case page: the case with its records, and the first page of its history.
        persist([&]() -> Status {
            const auto start = Clock::now();
            auto bundle = db.caseBundle(caseId);
            if (!bundle)
                return bundle.error();
            auto history = db.caseHistoryPage(caseId, 0, 200);
            if (!history)
                return history.error();
            r.latencyMs[step == 0 ? "case page, first" : "case page"].push_back(msSince(start));
            return {};
        }, nullptr);
        if (random() % 2 == 0) {
            // Log a communication; a failed save is checked (is it there?) before it is done again.
            const std::string summary = "load staff " + std::to_string(who) + " step " + std::to_string(step);
            Communication call;
            call.caseId = caseId;
            call.occurredOn = today;
            call.mode = CommunicationMode::Phone;
            call.summary = summary;
            const bool saved = persist(
                [&]() -> Status {
                    const auto start = Clock::now();
                    auto added = db.add<Communication>(call);
                    if (!added)
                        return added.error();
                    r.latencyMs["log communication"].push_back(msSince(start));
                    return {};
                },
                [&]() -> Known {
                    auto found = db.listWhere<Communication>("summary", summary);
                    return found ? Known(!found->empty()) : Known();
                });
            if (saved)
                r.savedCalls.push_back(summary);
        } else {
            // Edit an activity: add one line to its notes over what was read.
            auto activities = db.recordsOf<Activity>(caseId);
            if (!activities || activities->empty()) {
                ++shared.stepsDone;
                continue;
            }
            const Id activityId = (*activities)[random() % activities->size()].id;
            const std::string line = "[s" + std::to_string(who) + "." + std::to_string(step) + "]";
            bool saved = false;
            persist(
                [&]() -> Status {
                    for (int attempt = 0; attempt < 50; ++attempt) {
                        const auto start = Clock::now();
                        auto read = db.get<Activity>(activityId);
                        if (!read)
                            return read.error();
                        Activity mine = *read;
                        mine.notes += line;
                        auto stored = db.saveOver<Activity>(mine, *read);
                        if (stored) {
                            r.latencyMs["edit activity"].push_back(msSince(start));
                            saved = true;
                            return {};
                        }
                        if (!services::isEditConflict(stored.error()))
                            return stored.error();
                        ++r.conflicts;
                    }
                    return Error::conflict("edit", "refused 50 times in a row");
                },
                [&]() -> Known {
                    auto now = db.get<Activity>(activityId);
                    if (!now)
                        return {};
                    saved = now->notes.find(line) != std::string::npos;
                    return saved;
                });
            if (saved)
                r.savedLines.emplace_back(activityId, line);
        }
        ++shared.stepsDone;
    }
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

// CPU seconds the server's processes used so far: the postmaster with its ended children, and the
// children still running (from /proc).
double serverCpuSeconds(const fs::path &dataDir)
{
    const std::string pidText = slurp(dataDir / "postmaster.pid");
    if (pidText.empty())
        return 0;
    const int postmaster = std::stoi(pidText.substr(0, pidText.find('\n')));
    const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (const auto &entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const std::string stat = slurp(entry.path() / "stat");
        const auto close = stat.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream fields(stat.substr(close + 2));
        std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
        if (f.size() < 15)
            continue;
        const int pid = std::stoi(name), ppid = std::stoi(f[1]);
        if (pid != postmaster && ppid != postmaster)
            continue;
        total += std::stod(f[11]) + std::stod(f[12]); // utime, stime
        if (pid == postmaster)
            total += std::stod(f[13]) + std::stod(f[14]); // cutime, cstime: ended backends
    }
    return total / tick;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    char tmpl[] = "/tmp/casebook-load-XXXXXX";
    const fs::path dir = o.dir.empty() ? fs::path(mkdtemp(tmpl)) : fs::path(o.dir);
    fs::create_directories(dir);
    // The cluster runs as the system user postgres when started by root: it must reach its folder.
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
    const fs::path cluster = dir / "cluster";
    std::string location;
    std::cerr << "load_staff: " << o.staff << " staff x " << o.steps << " steps on a " << o.engine << " casebook in "
              << dir << "\n";
    if (o.engine == "server") {
        if (shell("PG_FAST=1 '" + o.pgCluster + "' start '" + cluster.string() + "' > /dev/null") != 0)
            usage("cannot start the cluster with " + o.pgCluster);
        const std::string admin = slurp(cluster / "conninfo");
        {
            auto c = storage::PgConnection::open(admin);
            if (!c || !(*c)->exec("CREATE DATABASE casebook_load"))
                usage("cannot create the database on " + admin);
        }
        location = admin;
        location.replace(location.find("dbname=postgres"), 15, "dbname=casebook_load");
    } else {
        location = (dir / "shared.sqlite").string();
    }
    std::vector<Id> cases;
    {
        auto made = services::Casebook::open(location, services::OpenMode::CreateNew);
        if (!made)
            usage("cannot create the casebook: " + made.error().text());
        io::CasebookGeneratorOptions g;
        g.size = {o.cases, std::int64_t(o.cases) * 10, std::int64_t(o.cases) * 2};
        g.today = io::today();
        if (auto filled = (*made)->fillWithGenerated(g); !filled)
            usage("cannot fill the casebook: " + filled.error().text());
        auto summaries = (*made)->caseSummaries();
        for (const auto &s : *summaries)
            cases.push_back(s.id);
    }

    auto *shared = static_cast<Shared *>(
        mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    new (shared) Shared;
    const double cpuBefore = o.engine == "server" ? serverCpuSeconds(cluster / "data") : 0;
    const auto started = Clock::now();
    std::vector<pid_t> children;
    for (int who = 0; who < o.staff; ++who) {
        const pid_t pid = fork();
        if (pid == 0) {
            const StaffResult r = runStaff(location, who, o, *shared, cases);
            ++shared->staffDone;
            std::ofstream(dir / ("staff-" + std::to_string(who) + ".json")) << toJson(r).dump();
            std::_Exit(0);
        }
        children.push_back(pid);
    }
    double restartSeconds = 0, cpuOldServer = 0;
    if (o.restart) {
        // In the middle of the run: when half of all steps are done.
        while (shared->stepsDone.load() < o.staff * o.steps / 2 && shared->staffDone.load() < o.staff)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const auto down = Clock::now();
        cpuOldServer = serverCpuSeconds(cluster / "data") - cpuBefore;
        std::cerr << "load_staff: restarting the server at step " << shared->stepsDone.load() << "\n";
        shell("'" + o.pgCluster + "' stop '" + cluster.string() + "' > /dev/null");
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        shell("PG_FAST=1 '" + o.pgCluster + "' start '" + cluster.string() + "' > /dev/null");
        restartSeconds = msSince(down) / 1000;
    }
    for (pid_t pid : children)
        waitpid(pid, nullptr, 0);
    const double wall = msSince(started) / 1000;
    // The server's CPU: the first postmaster's until the restart, then the new one's.
    const double cpu = o.engine != "server" ? 0
                       : o.restart          ? cpuOldServer + serverCpuSeconds(cluster / "data")
                                            : serverCpuSeconds(cluster / "data") - cpuBefore;

    // Gather, then compare with what is stored.
    std::map<std::string, std::vector<double>> latency;
    int conflicts = 0, refused = 0, checked = 0, fatal = 0;
    std::map<std::string, int> refusedByRules;
    std::vector<std::string> savedCalls;
    std::vector<std::pair<Id, std::string>> savedLines;
    for (int who = 0; who < o.staff; ++who) {
        const auto r = fromJson(nlohmann::json::parse(slurp(dir / ("staff-" + std::to_string(who) + ".json"))));
        for (const auto &[op, times] : r.latencyMs)
            latency[op].insert(latency[op].end(), times.begin(), times.end());
        conflicts += r.conflicts;
        refused += r.refused;
        for (const auto &[why, n] : r.refusedByRules)
            refusedByRules[why] += n;
        checked += r.checkedBeforeRetry;
        if (!r.fatal.empty()) {
            ++fatal;
            std::cerr << "load_staff: staff " << who << ": " << r.fatal << "\n";
        }
        savedCalls.insert(savedCalls.end(), r.savedCalls.begin(), r.savedCalls.end());
        savedLines.insert(savedLines.end(), r.savedLines.begin(), r.savedLines.end());
    }
    auto db = services::Casebook::open(location);
    if (!db)
        usage("cannot open the casebook afterwards: " + db.error().text());
    int lostWrites = 0, duplicated = 0, lostUpdates = 0;
    for (const auto &summary : savedCalls) {
        auto found = (*db)->listWhere<Communication>("summary", summary);
        const std::size_t n = found ? found->size() : 0;
        lostWrites += n == 0;
        duplicated += n > 1 ? int(n - 1) : 0;
    }
    for (const auto &[activity, line] : savedLines) {
        auto a = (*db)->get<Activity>(activity);
        const auto at = a ? a->notes.find(line) : std::string::npos;
        if (at == std::string::npos)
            ++lostUpdates;
        else if (a->notes.find(line, at + 1) != std::string::npos)
            ++duplicated;
    }
    // A communication logged by the load whose save was never reported as done must not be there either.
    auto allLoad = (*db)->listAll<Communication>();
    int unreported = 0;
    if (allLoad)
        for (const auto &c : *allLoad)
            if (c.summary.starts_with("load staff ") &&
                std::find(savedCalls.begin(), savedCalls.end(), c.summary) == savedCalls.end())
                ++unreported;

    int total = 0;
    for (const auto &[op, times] : latency)
        total += int(times.size());
    nlohmann::ordered_json report{{"engine", o.engine}, {"staff", o.staff}, {"steps", o.steps},
                                  {"think_ms", o.thinkMs}, {"wall_s", wall},
                                  {"operations_per_s", wall > 0 ? double(total) / wall : 0.0}};
    for (const auto &[op, times] : latency)
        report["operations"][op] = {{"count", times.size()}, {"p50_ms", percentile(times, 50)},
                                    {"p95_ms", percentile(times, 95)}, {"p99_ms", percentile(times, 99)}};
    report["conflicts_detected"] = conflicts;
    report["refused_while_server_away"] = refused;
    report["checked_before_retry"] = checked;
    report["lost_updates"] = lostUpdates;
    report["lost_writes"] = lostWrites;
    report["duplicated_writes"] = duplicated;
    report["saved_but_not_reported"] = unreported;
    report["staff_failed"] = fatal;
    report["refused_by_rules"] = refusedByRules;
    if (o.engine == "server")
        report["server_cpu_s"] = cpu;
    if (o.restart)
        report["restart_s"] = restartSeconds;
    if (o.json) {
        std::cout << report.dump(2) << "\n";
    } else {
        std::printf("%s, %d staff x %d steps, think %d ms: %.1f s, %.1f operations/s\n", o.engine.c_str(), o.staff,
                    o.steps, o.thinkMs, wall, report["operations_per_s"].get<double>());
        for (const auto &[op, times] : latency)
            std::printf("  %-18s %5zu  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms\n", op.c_str(), times.size(),
                        percentile(times, 50), percentile(times, 95), percentile(times, 99));
        std::printf("  conflicts detected %d, refused while the server was away %d (checked before retry %d)\n",
                    conflicts, refused, checked);
        std::printf("  lost updates %d, lost writes %d, duplicated writes %d, saved but not reported %d\n", lostUpdates,
                    lostWrites, duplicated, unreported);
        for (const auto &[why, n] : refusedByRules)
            std::printf("  refused by the rules %d time(s): %s\n", n, why.c_str());
        if (o.engine == "server")
            std::printf("  server CPU %.1f s (%.0f%% of one core over the run)%s\n", cpu, wall > 0 ? 100 * cpu / wall : 0,
                        o.restart ? (", restarted in " + std::to_string(int(restartSeconds * 1000)) + " ms").c_str() : "");
    }
    if (o.engine == "server")
        shell("'" + o.pgCluster + "' remove '" + cluster.string() + "' > /dev/null");
    if (o.dir.empty())
        fs::remove_all(dir);
    return lostUpdates + lostWrites + duplicated + unreported + fatal == 0 ? 0 : 1;
}
