// Commands that read the state's files: import dashboard, import essa, import eligibility.
#include "command.h"

#include "io/eligibility_import.h"
#include "io/essa_import.h"
#include "io/paths.h"

#include <unistd.h>

namespace casebook::cli {

namespace {

// Progress on a terminal only: piped output stays exactly the report lines.
bool showProgress(const Context &ctx) { return ctx.outIsTerminal && isatty(STDERR_FILENO) == 1; }

std::string outcomeText(const io::DashboardImportReport &r)
{
    const std::string what = std::to_string(r.rows) + " " + std::string(indicatorInfo(r.indicator).code) +
                             " results of the " + std::to_string(r.year) + " Dashboard";
    switch (r.outcome) {
    case io::ImportOutcome::Unchanged:
        return r.fileName + ": unchanged; this file is already imported (import " + std::to_string(r.importId) +
               ", " + what + ")";
    case io::ImportOutcome::Replaced:
        return r.fileName + ": imported " + what + " (import " + std::to_string(r.importId) + "), replacing import " +
               std::to_string(r.replaced->id) + " from " + r.replaced->fileName + " (" +
               std::to_string(r.replaced->rowCount) + " results)";
    case io::ImportOutcome::Imported: break;
    }
    return r.fileName + ": imported " + what + " (import " + std::to_string(r.importId) + ")";
}

int runImportDashboard(Context &ctx)
{
    io::DashboardImportOptions options;
    if (ctx.has("--indicator")) {
        auto indicator = io::parseIndicatorCode(ctx.option("--indicator"));
        if (!indicator)
            return ctx.fail(indicator.error());
        options.indicator = *indicator;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return DatabaseError;
    for (const auto &file : ctx.positional) {
        if (showProgress(ctx))
            options.progress = [&](const io::ImportProgress &p) {
                const auto percent = p.bytesTotal > 0 ? p.bytesRead * 100 / p.bytesTotal : 0;
                ctx.err << "\r" << file << ": " << percent << "% (" << p.rows << " rows)" << std::flush;
                return true;
            };
        auto report = db->importDashboardFile(file, options);
        if (showProgress(ctx))
            ctx.err << "\r\033[K" << std::flush;
        if (!report) {
            if (ctx.positional.size() > 1)
                ctx.err << "casebook-cli: " << file << " was not imported; files before it on the command line were\n";
            return ctx.fail(report.error());
        }
        ctx.out << outcomeText(*report) << "\n";
    }
    return Ok;
}

int runImportEssa(Context &ctx)
{
    io::EssaImportOptions options;
    if (ctx.has("--year")) {
        const auto year = parseWholeNumber(ctx.option("--year"), 1900, 2200);
        if (!year)
            return ctx.fail(Error::badInput("--year", "expected a year such as 2023, got \"" + ctx.option("--year") + "\""));
        options.year = int(*year);
    }
    if (ctx.has("--designated-on")) {
        auto date = Date::parse(ctx.option("--designated-on"));
        if (!date)
            return ctx.fail(Error::badInput("--designated-on", date.error().message));
        options.designatedOn = *date;
    } else {
        options.designatedOn = io::today();
    }
    auto db = ctx.openDatabase();
    if (!db)
        return DatabaseError;
    auto report = db->importEssaFile(ctx.positional.front(), options);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << report->fileName << ": " << report->schools << " schools for " << report->year << ", "
            << report->identified << " identified for CSI, TSI or ATSI; " << report->casesCreated
            << " school-plan cases opened, " << report->casesUpdated << " updated, " << report->unchanged
            << " unchanged\n";
    return Ok;
}

int runImportEligibility(Context &ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return DatabaseError;
    auto report = db->importEligibilityFile(ctx.positional.front());
    if (!report)
        return ctx.fail(report.error());
    ctx.out << io::describeEligibilityImport(*report) << "\n";
    return Ok;
}

} // namespace

void addImportCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"import dashboard", "FILE...", "Import California School Dashboard download files (eladownload2024.txt, ...).",
         "Reads CDE's per-indicator Dashboard files (tab-delimited or CSV; UTF-8 or Windows-1252). The indicator\n"
         "comes from the file name (eladownload, mathdownload, elpidownload, graddownload, chronicdownload,\n"
         "suspdownload, ccidownload) or --indicator; the year from the reportingyear column. Each file is one\n"
         "transaction: a bad line names the file, line and column and nothing of that file is kept. Importing\n"
         "the same file again changes nothing; another file for the same indicator and year replaces its results.",
         {{"--indicator", "CODE", "ELA, MATH, ELPI, GRAD, CHRONIC, SUSP or CCI, when the file name does not say."}},
         1, -1, runImportDashboard});
    commands.push_back(
        {"import essa", "FILE", "Import CDE's ESSA assistance status list; open or update CSI/TSI/ATSI school-plan cases.",
         "Reads the ESSA Assistance Status spreadsheet (essaassistance24.xlsx: the sheet \"YYYY-YY ESSA State\n"
         "Schools\") or that sheet saved as CSV or tab-delimited text; title rows above the header are skipped.\n"
         "The 2024-25 TSI and Exit columns are kept per school. Each school identified for CSI, TSI or ATSI gets a school-plan\n"
         "case for that year, with the reasons as qualifying groups. Importing the same file again changes nothing.",
         {{"--year", "YEAR", "The Dashboard year the determinations followed (default: from the AssistanceStatusYYYY column)."},
          {"--designated-on", "DATE", "Opening date of new cases (default: today)."}},
         1, 1, runImportEssa});
    commands.push_back(
        {"import eligibility", "FILE.xlsx", "Import CDE's LCFF District/COE Eligibility File (assistancestatus24.xlsx).",
         "Reads the sheet \"District and COE YYYY\" of CDE's eligibility file: per district the assistance status\n"
         "and per student group the letter A-K of the LCFF priorities it met (checked against the file's \"Value\"\n"
         "legend). Stored as the state's official determinations for that year. One transaction: a bad cell names\n"
         "the file, sheet, row and column and nothing is kept. The same file again changes nothing; another file\n"
         "for the same year replaces that year.",
         {}, 1, 1, runImportEligibility});
}

} // namespace casebook::cli
