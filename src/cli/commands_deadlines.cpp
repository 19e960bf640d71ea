// `deadlines`: what is due, overdue or missed, as a table, JSON, CSV or an iCalendar file;
// `settings`: the district's calendar (time zone, Dashboard release, school-plan approval rule).
#include "command.h"

#include "io/deadline_export.h"
#include "io/icalendar.h"
#include "io/paths.h"

#include <QTimeZone>

#include <charconv>
#include <iomanip>
#include <limits>

namespace casebook::cli {

namespace {

// A whole number in [low, high] from an option's text, or nullopt (with a usage message printed).
std::optional<std::int64_t> wholeNumber(Context &ctx, const std::string &option, std::int64_t low, std::int64_t high)
{
    const std::string text = ctx.option(option);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.empty() || value < low || value > high) {
        ctx.err << "casebook-cli: " << option << " expects a whole number from " << low << " to " << high << ", got \""
                << text << "\"\n";
        return std::nullopt;
    }
    return value;
}

struct OpenCasebook {
    std::unique_ptr<services::Casebook> db;
    CalendarSettings settings;
};

// Opens the existing casebook and reads its calendar settings; on failure prints why and sets `code`.
std::optional<OpenCasebook> openWithSettings(Context &ctx, int &code, bool writes = false)
{
    auto db = writes ? ctx.openDatabase(services::OpenMode::OpenExisting) : ctx.openForReading();
    if (!db) {
        code = DatabaseError;
        return std::nullopt;
    }
    auto settings = db->calendarSettings();
    if (!settings) {
        code = ctx.fail(settings.error());
        return std::nullopt;
    }
    return OpenCasebook{std::move(db), *settings};
}

void printTable(Context &ctx, const std::vector<Deadline> &deadlines, const Date &today)
{
    if (deadlines.empty()) {
        ctx.out << "Nothing due.\n";
        return;
    }
    for (const auto &group : groupByCaseAndOwner(deadlines)) {
        ctx.out << "Case " << group.caseId << ": " << group.caseTitle << " \u2014 owner: "
                << (group.owner.empty() ? "(none)" : group.owner) << "\n";
        ctx.out << "  " << std::left << std::setw(12) << "DUE" << std::setw(10) << "STATE" << std::setw(8) << "DAYS"
                << "WHAT\n";
        for (const auto &d : group.deadlines) {
            ctx.out << "  " << std::left << std::setw(12) << d.due.toString() << std::setw(10) << enumCode(d.state)
                    << std::setw(8) << today.daysUntil(d.due) << d.title << "\n"
                    << "  " << std::string(30, ' ') << d.explanation() << "\n";
        }
        ctx.out << "\n";
    }
}

int runDeadlines(Context &ctx)
{
    const std::string format = ctx.option("--format", "text");
    if (format != "text" && format != "json" && format != "csv" && format != "ics" && format != "xlsx") {
        ctx.err << "casebook-cli: unknown --format \"" << format << "\"; expected one of text, json, csv, ics, xlsx\n";
        return Usage;
    }
    if (format == "text" && ctx.has("--out")) {
        ctx.err << "casebook-cli deadlines: --out writes json, csv, ics or xlsx; choose one with --format\n";
        return Usage;
    }
    if (format == "xlsx" && !ctx.has("--out")) {
        ctx.err << "casebook-cli deadlines: --format xlsx writes a workbook and needs --out FILE.xlsx\n";
        return Usage;
    }
    services::ReminderQuery query;
    query.overdueOnly = ctx.has("--overdue");
    if (ctx.has("--within")) {
        const auto within = wholeNumber(ctx, "--within", 0, 3660);
        if (!within)
            return Usage;
        query.withinDays = int(*within);
    }
    if (ctx.has("--case")) {
        const auto id = wholeNumber(ctx, "--case", 1, std::numeric_limits<std::int64_t>::max());
        if (!id)
            return Usage;
        query.caseId = *id;
    }
    // --from/--to: every deadline due in the range, met ones too, instead of the reminders.
    auto from = ctx.dateOption("--from"), to = ctx.dateOption("--to");
    for (const auto *d : {&from, &to})
        if (!*d)
            return ctx.fail(d->error());
    const bool range = *from || *to;
    if (range && (ctx.has("--within") || ctx.has("--overdue"))) {
        ctx.err << "casebook-cli deadlines: --from/--to list every deadline of a range; --within and --overdue "
                   "choose reminders instead: use one or the other\n";
        return Usage;
    }
    int code = Ok;
    auto casebook = openWithSettings(ctx, code);
    if (!casebook)
        return code;
    const CalendarSettings &settings = casebook->settings;
    query.today = io::today(settings.timeZone);
    const Date first = from->value_or(query.today);
    const Date last = to->value_or(std::max(first, query.today).addDays(query.withinDays));
    if (range && last < first) {
        ctx.err << "casebook-cli deadlines: --to " << last.toString() << " is before the first day listed, "
                << first.toString() << (from->has_value() ? " (--from)" : " (today)") << "\n";
        return Usage;
    }
    auto deadlines = range ? casebook->db->deadlinesBetween(settings, query.today, first, last)
                           : casebook->db->reminders(settings, query);
    if (!deadlines)
        return ctx.fail(deadlines.error());
    if (range && query.caseId)
        std::erase_if(*deadlines, [&](const Deadline &d) { return d.caseId != *query.caseId; });
    // A case that cannot be read is left out of the list, and named.
    std::vector<Error> unreadable;
    if (auto listed = casebook->db->caseSummaries(&unreadable); !listed)
        return ctx.fail(listed.error());
    const int done = unreadable.empty() ? Ok : DatabaseError;
    for (const auto &e : unreadable)
        ctx.err << "casebook-cli: left out of the deadlines: " << e.text() << "\n";
    io::DeadlineListing listing{.today = query.today,
                                .timeZone = settings.timeZone,
                                .withinDays = query.withinDays,
                                .overdueOnly = query.overdueOnly,
                                .caseId = query.caseId,
                                .generatedAt = services::utcNow()};
    if (range) {
        listing.from = first;
        listing.to = last;
    }
    if (ctx.has("--out")) {
        const auto fileFormat = format == "json"  ? io::DeadlineFileFormat::Json
                                : format == "csv" ? io::DeadlineFileFormat::Csv
                                : format == "ics" ? io::DeadlineFileFormat::Ics
                                                  : io::DeadlineFileFormat::Xlsx;
        if (auto written = io::writeDeadlinesFile(*deadlines, fileFormat, ctx.option("--out"), listing); !written)
            return ctx.fail(written.error());
        ctx.out << "Wrote " << ctx.option("--out") << " (" << deadlines->size() << " deadlines)\n";
    } else if (format == "json") {
        ctx.out << io::deadlinesJson(*deadlines, listing);
    } else if (format == "csv") {
        ctx.out << io::deadlinesCsv(*deadlines);
    } else if (format == "ics") {
        ctx.out << io::deadlinesIcs(*deadlines, io::icalendarNow());
    } else {
        printTable(ctx, *deadlines, query.today);
    }
    return done;
}

int runSettings(Context &ctx)
{
    int code = Ok;
    const bool changing = ctx.has("--time-zone") || ctx.has("--dashboard-release") || ctx.has("--plan-approval-days") ||
                          ctx.has("--exit-review") || ctx.has("--csi-exit-years");
    auto casebook = openWithSettings(ctx, code, changing);
    if (!casebook)
        return code;
    CalendarSettings changed = casebook->settings;
    if (ctx.has("--time-zone")) {
        changed.timeZone = ctx.option("--time-zone");
        if (!QTimeZone(QByteArray::fromStdString(changed.timeZone)).isValid())
            return ctx.fail(Error::badInput("time_zone", "unknown time zone \"" + changed.timeZone +
                                                             "\"; expected an IANA id such as America/Los_Angeles"));
    }
    if (ctx.has("--dashboard-release"))
        if (auto ok = setDashboardRelease(changed, ctx.option("--dashboard-release")); !ok)
            return ctx.fail(ok.error());
    if (ctx.has("--plan-approval-days")) {
        const auto days = wholeNumber(ctx, "--plan-approval-days", 0, 730);
        if (!days)
            return Usage;
        changed.planApprovalDays = int(*days);
    }
    if (ctx.has("--exit-review"))
        if (auto ok = setExitReview(changed, ctx.option("--exit-review")); !ok)
            return ctx.fail(ok.error());
    if (ctx.has("--csi-exit-years")) {
        const auto years = wholeNumber(ctx, "--csi-exit-years", 1, 4);
        if (!years)
            return Usage;
        changed.csiExitLimitYears = int(*years);
    }
    if (changing)
        if (auto saved = casebook->db->saveCalendarSettings(changed); !saved)
            return ctx.fail(saved.error());
    ctx.out << "time zone:          " << changed.timeZone << " (today is " << io::today(changed.timeZone).toString()
            << ")\n"
            << "Dashboard release:  " << dashboardReleaseText(changed) << " (MM-DD, each year; the district's expectation)\n"
            << "plan approval:      "
            << (changed.planApprovalDays > 0 ? std::to_string(changed.planApprovalDays) + " days after designation"
                                             : std::string("by the July 1 after designation"))
            << " (the district's schedule)\n"
            << "exit review:        "
            << (changed.exitReviewOnAnniversary ? std::string("each anniversary of the designation (the district's schedule)")
                                                : exitReviewText(changed) + " each year, when CDE's ESSA assistance file is expected")
            << "\n"
            << "CSI exit limit:     " << changed.csiExitLimitYears
            << " years, then more rigorous interventions (20 USC 6311(d)(3)(A)(i)(I))\n";
    return Ok;
}

} // namespace

void addDeadlineCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"deadlines", "", "List what is overdue and what is due soon, with why each date is due.",
         "Derives every deadline from the recorded facts of the open cases (or of one case with --case):\n"
         "scheduled communications, documentation items, activities, the two-year minimum of required\n"
         "assistance, SPI actions, school-plan approval, monitoring and exit reviews, LCAP adoption and the\n"
         "Dashboard release. Lists the overdue items and the upcoming ones due within --within days.\n"
         "Dates are calendar dates in the district's time zone (see `casebook-cli settings`);\n"
         "CASEBOOK_TODAY=YYYY-MM-DD sets today. docs/deadlines.md states every rule.",
         {{"--within", "DAYS", "List upcoming items due within DAYS days from today (default 30)."},
          {"--overdue", "", "List only the missed items: due before today and not done."},
          {"--case", "ID", "Only this case (also a closed one, whose missed items stay listed)."},
          {"--from", "DATE",
           "List every deadline of the open cases due from DATE (YYYY-MM-DD) on, met and late ones\n"
           "      included, instead of the reminders (default today). Not with --within or --overdue;\n"
           "      with --case, only that case's (an open one)."},
          {"--to", "DATE",
           "The last due date of the range (default 30 days after the later of --from and today)."},
          {"--format", "text|json|csv|ics|xlsx",
           "A table grouped by case and owner (text, the default), JSON (schemas/deadlines.schema.json),\n"
           "      CSV (RFC 4180), an iCalendar file (RFC 5545) with one all-day event per deadline, or an\n"
           "      Excel workbook (xlsx, needs --out)."},
          {"--out", "FILE", "Write the json, csv, ics or xlsx listing to FILE instead of the screen."}},
         0, 0, runDeadlines});
    commands.push_back(
        {"settings", "", "Show or change the calendar settings deadlines use.",
         "Without options, shows the settings. Each change is written with an audit row.",
         {{"--time-zone", "ZONE", "The district's IANA time zone (default America/Los_Angeles)."},
          {"--dashboard-release", "MM-DD",
           "When the district expects CDE's Dashboard release each year (default 12-15; no statute\n"
           "      sets it, and CDE has released it in November and in December)."},
          {"--plan-approval-days", "DAYS",
           "The district's schedule for school-plan approval: DAYS after designation; 0 (default)\n"
           "      means by the July 1 after it. No statute sets this date."},
          {"--exit-review", "MM-DD|anniversary",
           "School plans: the exit review is due each year on the day CDE's ESSA assistance file is\n"
           "      expected (default 01-31), or, with \"anniversary\", on each anniversary of the designation."},
          {"--csi-exit-years", "N",
           "The State's limit (1-4 years, default 4) for a CSI school to exit before more rigorous\n"
           "      interventions (20 USC 6311(d)(3)(A)(i)(I))."}},
         0, 0, runSettings});
}

} // namespace casebook::cli
