// publish: a casebook file copied whole into an empty casebook on a PostgreSQL server, then compared.
#include "command.h"

namespace casebook::cli {

namespace {

int runPublish(Context &ctx)
{
    const std::string from = ctx.option("--from");
    const std::string to = ctx.option("--to");
    if (from.empty() || to.empty()) {
        ctx.err << "casebook-cli publish: --from FILE and --to URI are both required\n";
        return Usage;
    }
    auto published = services::publishCasebook(from, to);
    if (!published)
        return ctx.fail(published.error());
    ctx.out << "Published " << from << " to " << published->destination << "; " << from << " was not changed\n";
    std::int64_t rows = 0;
    for (const auto &[table, n] : published->counts) {
        if (n == 0)
            continue;
        ctx.out << "  " << table << ": " << n << " on both\n";
        rows += n;
    }
    ctx.out << "  audit rows carried: " << published->summary.carriedAuditRows << "\n"
            << "Compared: " << rows << " rows in " << published->counts.size()
            << " tables, the same counts on both sides; the casebook read back from the server has the same\n"
            << "SHA-256 as the file's: " << published->sha256 << "\n";
    return Ok;
}

} // namespace

void addPublishCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"publish", "", "Copy a casebook file whole into an empty casebook on a PostgreSQL server.",
         "Copies every case, record, attachment, Dashboard result, setting and audit row of the casebook\n"
         "file --from into the empty server casebook --to (made by `casebook-cli server init`), in one\n"
         "transaction. The server's casebook is then read back inside that transaction and compared with\n"
         "the file: the rows of every table, and the SHA-256 of the two casebook documents (`export json`).\n"
         "Any difference leaves the server as it was. The file is only read; an older file is read through\n"
         "an upgraded copy in memory. The role you connect as must be a casebook administrator\n"
         "(casebook_admin) who sees the file's districts (`server grant`), or the server's superuser.\n"
         "The global --db is not used. Exits 2 when the server casebook is not empty, 3 when the copy\n"
         "differs or the server refuses it.",
         {{"--from", "FILE", "The casebook file to copy."},
          {"--to", "URI", "The server casebook: postgresql://HOST/DB, or a libpq string such as service=NAME."}},
         0, 0, runPublish});
}

} // namespace casebook::cli
