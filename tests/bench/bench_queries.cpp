// Benchmark (not a test): the storage-side figures of docs/performance.md, one process run each.
//   bench_queries deadlines CASEBOOK          opening the file (with its quick_check), the reminder query
//                                             (first in the process, median of repeats, after a rebuild)
//   bench_queries findings CASEBOOK DISTRICT  findings for one district after a statewide import
// Prints "figure value unit" lines; scripts/bench runs it several times and takes the medians.
// CASEBOOK_TODAY fixes "today" so every run computes the same deadlines.
#include "domain/eligibility.h"
#include "io/paths.h"
#include "storage/dashboard_store.h"
#include "storage/deadline_store.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <vector>

using namespace casebook;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The median of `runs` timings of `work` (after one warm-up run when `warm`).
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int fail(const Error &e)
{
    std::cerr << "bench_queries: " << e.text() << "\n";
    return 3;
}

int deadlines(const std::string &path)
{
    // The first open of the process: what a user waits for at start (page cache warm, as after any use).
    auto start = Clock::now();
    auto db = storage::Database::open(path);
    const double openMs = msSince(start);
    if (!db)
        return fail(db.error());
    std::cout << "open_with_quick_check " << openMs << " ms\n";
    start = Clock::now();
    auto check = (*db)->integrityCheck(true);
    if (!check)
        return fail(check.error());
    std::cout << "quick_check " << msSince(start) << " ms\n";

    const Date today = io::today();
    std::size_t count = 0;
    Status failed;
    const auto query = [&] {
        auto settings = storage::loadCalendarSettings(**db);
        if (!settings) {
            failed = settings.error();
            return;
        }
        auto all = storage::reminders(**db, *settings, {today, 30, false, std::nullopt});
        if (!all) {
            failed = all.error();
            return;
        }
        count = all->size();
    };
    start = Clock::now();
    query();
    std::cout << "deadlines_first " << msSince(start) << " ms\n";
    const double median = medianMs(5, query);
    if (!failed)
        return fail(failed.error());
    std::cout << "deadlines " << median << " ms\n" << "deadlines_rows " << count << " rows\n";
    // What a change to the calendar settings (or a new rules version, or a day beyond the kept
    // horizon) costs once: every open case's pending deadlines rebuilt, then the list.
    if (auto forget = (*db)->connection().exec("DELETE FROM pending_deadlines_state"); !forget)
        return fail(forget.error());
    start = Clock::now();
    query();
    if (!failed)
        return fail(failed.error());
    std::cout << "deadlines_rebuild " << msSince(start) << " ms\n";
    return 0;
}

int findings(const std::string &path, const std::string &district)
{
    auto db = storage::Database::open(path);
    if (!db)
        return fail(db.error());
    const std::string cds = districtLevelCds(district);
    Status failed;
    std::size_t groups = 0;
    const auto work = [&] {
        // What `casebook-cli findings` and the findings page do once the file is open.
        auto years = storage::dashboardYearsFor(**db, cds);
        if (!years || years->empty()) {
            failed = years ? Error::notFound("no results for " + district) : years.error();
            return;
        }
        const int year = years->front();
        auto results = storage::dashboardResultsFor(**db, cds, year);
        auto local = storage::localIndicatorsFor(**db, district, year);
        auto late = storage::calpadsLateFor(**db, district, year);
        if (!results || !local || !late) {
            failed = Error::database("a findings query failed");
            return;
        }
        auto determination = determineEligibility(district, year, *results, *local, *late);
        if (!determination) {
            failed = determination.error();
            return;
        }
        const auto f = findDashboardFindings(year, *results);
        groups = determination->groups.size() + f.lowPerforming.size();
    };
    const auto start = Clock::now();
    work();
    std::cout << "findings_first " << msSince(start) << " ms\n";
    const double median = medianMs(5, work);
    if (!failed)
        return fail(failed.error());
    std::cout << "findings " << median << " ms\n" << "findings_items " << groups << " items\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 2 && args[0] == "deadlines")
        return deadlines(args[1]);
    if (args.size() == 3 && args[0] == "findings")
        return findings(args[1], args[2]);
    std::cerr << "usage: bench_queries deadlines CASEBOOK | bench_queries findings CASEBOOK DISTRICT\n";
    return 1;
}
