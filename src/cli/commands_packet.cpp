// export packet: the documentation packet for the county office (docs/packet.md).
#include "command.h"

#include "io/packet.h"
#include "io/paths.h"

#include <limits>

namespace casebook::cli {

namespace {

bool parseDateOption(Context &ctx, const char *option, std::optional<Date> &out)
{
    auto d = ctx.dateOption(option);
    if (!d) {
        ctx.fail(d.error());
        return false;
    }
    if (*d)
        out = *d;
    return true;
}

int runExportPacket(Context &ctx)
{
    io::PacketRequest request;
    request.outPath = ctx.option("--out");
    if (request.outPath.empty()) {
        ctx.err << "casebook-cli export packet: --out FILE.zip is required\n";
        return Usage;
    }
    const std::string &idText = ctx.positional.front();
    const auto id = parseWholeNumber(idText, 1, std::numeric_limits<std::int64_t>::max());
    if (!id)
        return ctx.fail(Error::badInput("CASE_ID", "expected a case id (a whole number from 1 to " +
                                                       std::to_string(std::numeric_limits<std::int64_t>::max()) +
                                                       ", see `casebook-cli cases`), got \"" + idText + "\""));
    request.caseId = *id;
    if (!parseDateOption(ctx, "--from", request.from) || !parseDateOption(ctx, "--to", request.to))
        return BadInput;
    request.today = io::today();
    request.generator = std::string("Casebook ") + CASEBOOK_VERSION;
    request.preparedBy = ctx.option("--prepared-by");
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    auto report = db->exportPacket(request);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "Wrote " << request.outPath << ": packet for case " << request.caseId << ", "
            << report->period.from.toString() << " to " << report->period.to.toString();
    if (report->period.basis == "since_last_packet")
        ctx.out << " (since the last packet)";
    else if (report->period.basis == "whole_case")
        ctx.out << " (the whole case: no earlier packet)";
    ctx.out << ", " << report->pages << " pages, " << report->files.size() << " files\n";
    if (!report->notRecorded.empty()) {
        ctx.err << "casebook-cli: " << report->notRecorded << "\n";
        return DatabaseError;
    }
    return Ok;
}

} // namespace

void addPacketCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"export packet", "CASE_ID", "Write the documentation packet of a case for the county office (a zip).",
         "Writes FILE.zip with packet.pdf (cover, contents, the obligation and its Ed Code basis, activities\n"
         "1-5 with evidence, communications, documentation items with on-time/late, partners with cost, CCEE\n"
         "recommendations, SPI actions or the school plan, upcoming deadlines, an index of attachments with\n"
         "SHA-256), packet.json (the same content as data, schemas/packet.schema.json) and attachments/.\n"
         "Without --from the period starts the day after the last packet's period (or at the case's\n"
         "opening); without --to it ends today. The period is recorded as the case's last packet.\n"
         "The cover names who prepared it only as --prepared-by gives it (never the system account).",
         {{"--from", "DATE", "First day of the period (YYYY-MM-DD)."},
          {"--to", "DATE", "Last day of the period (YYYY-MM-DD); default today."},
          {"--prepared-by", "\"NAME, TITLE\"", "Who prepared the packet, as the cover names them."},
          {"--out", "FILE.zip", "The zip to write (required)."}},
         1, 1, runExportPacket});
}

} // namespace casebook::cli
