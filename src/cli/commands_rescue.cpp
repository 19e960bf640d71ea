// rescue: the records of a casebook that open() refuses for its schema (a received file with extra
// triggers or views), copied into a new casebook through the same validation as `import json`.
#include "command.h"

#include "io/interchange.h"
#include "storage/sqlite_database.h"
#include "io/output_file.h"


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
    if (auto s = io::checkOutputIsNotCasebook(out, source); !s)
        return ctx.fail(s.error());
    std::vector<std::string> dropped;
    auto copy = storage::rescueCopyInMemory(source, dropped);
    if (!copy)
        return ctx.fail(copy.error());
    std::vector<Error> skipped;
    auto document = io::exportCasebook(**copy, &skipped);
    if (!document)
        return ctx.fail(document.error());
    copy->reset();
    const std::string text = io::interchangeText(*document);
    if (auto checked = io::parseCasebookDocument(text, source); !checked)
        return ctx.fail(checked.error());
    auto db = storage::Database::open(out, storage::Database::OpenMode::CreateNew);
    if (!db)
        return ctx.fail(db.error());
    auto summary = io::importCasebook(**db, text, source);
    if (!summary) {
        db->reset();
        storage::removeCasebookFiles(out);
        return ctx.fail(summary.error());
    }
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
