// export json / import json: the whole casebook as open data (docs/interchange.md).
#include "command.h"

#include "io/interchange.h"
#include "io/output_file.h"

#include <QFile>


namespace casebook::cli {

namespace {

int runExportJson(Context &ctx)
{
    const std::string out = ctx.option("--out");
    if (out.empty()) {
        ctx.err << "casebook-cli export json: --out FILE is required\n";
        return Usage;
    }
    auto db = ctx.openForReading();
    if (!db)
        return DatabaseError;
    std::vector<Error> skipped;
    auto document = db->exportJson(&skipped);
    if (!document)
        return ctx.fail(document.error());
    if (auto written = io::writeWholeFile(out, io::interchangeText(*document)); !written)
        return ctx.fail(written.error());
    ctx.out << "Wrote " << out << "\n";
    if (skipped.empty())
        return Ok;
    for (const auto &e : skipped)
        ctx.err << "casebook-cli: left out of " << out << ": " << e.text() << "\n";
    ctx.err << "casebook-cli: " << out << " was written without " << skipped.size()
            << " record(s) that could not be read; `casebook-cli check` lists every problem\n";
    return DatabaseError;
}

int runImportJson(Context &ctx)
{
    const std::string path = ctx.positional.front();
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::io(path, "cannot be read: " + file.errorString().toStdString()));
    const std::string text = file.readAll().toStdString();
    // A bad document is refused before the casebook is opened (or created).
    if (auto checked = io::parseCasebookDocument(text, path); !checked)
        return ctx.fail(checked.error());
    auto db = ctx.openDatabase(services::OpenMode::CreateIfMissing);
    if (!db)
        return DatabaseError;
    auto summary = db->importJson(text, path);
    if (!summary) {
        // A casebook created for this import and left empty by its refusal is removed again.
        if (db->report().created) {
            const std::string created = db->location();
            db.reset();
            services::removeCasebookFiles(created);
        }
        return ctx.fail(summary.error());
    }
    ctx.out << "Imported " << path << " into " << db->location()
            << (summary->idsPreserved ? " (empty casebook: ids preserved)\n" : " (ids renumbered)\n");
    for (const auto &[collection, count] : summary->imported)
        if (count > 0)
            ctx.out << "  " << collection << ": " << count << "\n";
    if (summary->matchedExisting > 0)
        ctx.out << "  districts/schools already present, reused: " << summary->matchedExisting << "\n";
    if (summary->keptExisting > 0)
        ctx.out << "  Dashboard files, local indicators, CALPADS flags and ESSA statuses already present, kept: "
                << summary->keptExisting << "\n";
    if (summary->replacedDashboardImports > 0)
        ctx.out << "  Dashboard imports replaced by the document's: " << summary->replacedDashboardImports << "\n";
    ctx.out << "  audit rows carried: " << summary->carriedAuditRows << "\n";
    return Ok;
}

} // namespace

void addInterchangeCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"export json", "", "Write the whole casebook as one JSON document (schemas/casebook.schema.json).",
         "Writes every district, school and case with all their records, attachments (bytes as base64),\n"
         "the Dashboard imports and results, local indicators, CALPADS flags, ESSA status, the audit\n"
         "trail and the settings. The output has no timestamp of its own: exporting the same\n"
         "casebook twice gives the same bytes. See docs/interchange.md.",
         {{"--out", "FILE", "The file to write (required); it is replaced as a whole or not at all."}},
         0, 0, runExportJson});
    commands.push_back(
        {"import json", "FILE", "Read a casebook JSON document into the casebook (created if missing).",
         "Validates FILE against schemas/casebook.schema.json first; an invalid document is refused with\n"
         "the JSON pointer of the wrong value and the reason, and nothing changes. The import is one\n"
         "transaction. Into an empty casebook the document's ids are kept; into a non-empty one every\n"
         "record gets a new id, and districts and schools whose CDS code is already present are reused.\n"
         "Each imported audit row is kept as an 'import' row carrying the original. See docs/interchange.md.",
         {}, 1, 1, runImportJson});
}

} // namespace casebook::cli
