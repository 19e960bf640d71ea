// rescue: the records of a casebook that open() refuses for its schema (a received file with extra
// triggers or views), copied into a new casebook through the same validation as `import json`.
#include "command.h"

#include "io/interchange.h"


namespace casebook::cli {

namespace {

int runRescue(Context &ctx)
{
    const std::string source = ctx.positional.front();
    const std::string out = ctx.option("--out");
    if (out.empty()) {
        ctx.err << "casebook-cli rescue: --out NEW.sqlite is required\n";
        return Usage;
    }
    auto rescued = services::rescueCasebook(source, out);
    if (!rescued)
        return ctx.fail(rescued.error());
    const auto &dropped = rescued->leftBehind;
    const auto &skipped = rescued->skipped;
    const io::ImportSummary *summary = &rescued->summary;
    ctx.out << "Rescued the records of " << source << " into the new casebook " << out << "; " << source
            << " was not changed\n";
    for (const auto &d : dropped)
        ctx.out << "  left behind: " << d << "\n";
    for (const auto &[collection, count] : summary->imported)
        if (count > 0)
            ctx.out << "  " << collection << ": " << count << "\n";
    ctx.out << "  audit rows carried: " << summary->carriedAuditRows << "\n";
    if (skipped.empty())
        return Ok;
    for (const auto &e : skipped)
        ctx.err << "casebook-cli: left out: " << e.text() << "\n";
    ctx.err << "casebook-cli: " << out << " was written without " << skipped.size()
            << " record(s) that could not be read\n";
    return DatabaseError;
}

} // namespace

void addRescueCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"rescue", "FILE", "Copy the records of a casebook Casebook refuses to open into a new casebook.",
         "For a casebook whose schema is not Casebook's (a received file with triggers, views or other\n"
         "objects Casebook did not create): FILE is copied into memory without running anything in it, the\n"
         "foreign objects are left behind, and every record is carried into the new casebook --out through\n"
         "the same validation as `import json` (with its audit trail). FILE itself is never changed. The\n"
         "objects left behind and any record that could not be read are listed. Exits 3 when a record was\n"
         "left out (the new casebook holds the rest) or when a table itself is not Casebook's.",
         {{"--out", "NEW.sqlite", "The new casebook to create (it must not exist)."}},
         1, 1, runRescue});
}

} // namespace casebook::cli
