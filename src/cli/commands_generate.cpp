// `generate`: reproducible benchmark data (a casebook and statewide Dashboard files) from a seed.
#include "command.h"

#include "io/generator.h"

#include <charconv>
#include <cmath>

namespace casebook::cli {

namespace {

template <typename T>
Result<T> numberOption(const Context &ctx, const std::string &name, T fallback, T lowest, T highest)
{
    if (!ctx.has(name))
        return fallback;
    const std::string v = ctx.option(name);
    T n{};
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || !(n >= lowest && n <= highest))
        return Error::badInput(name, "expected a number from " + std::to_string(lowest) + " to " +
                                         std::to_string(highest) + ", got \"" + v + "\"");
    return n;
}

int runGenerate(Context &ctx)
{
    auto scale = numberOption<double>(ctx, "--scale", 1.0, 0.0001, 100.0);
    if (!scale)
        return ctx.fail(scale.error());
    auto seed = numberOption<std::uint64_t>(ctx, "--seed", 1, 0, UINT64_MAX);
    if (!seed)
        return ctx.fail(seed.error());
    if (!ctx.has("--out") && !ctx.has("--dashboard")) {
        ctx.err << "casebook-cli generate: give --out FILE (a casebook), --dashboard DIR (Dashboard files), or both\n";
        return Usage;
    }
    if (ctx.has("--out")) {
        io::CasebookGeneratorOptions options;
        options.size = io::CasebookSize::scaled(*scale);
        options.seed = *seed;
        options.longCase = ctx.has("--long-case");
        auto comms = numberOption<std::int64_t>(ctx, "--communications", options.size.communications, 0, 100'000'000);
        if (!comms)
            return ctx.fail(comms.error());
        options.size.communications = *comms;
        if (ctx.has("--today")) {
            auto today = Date::parse(ctx.option("--today"), "--today");
            if (!today)
                return ctx.fail(today.error());
            options.today = *today;
        }
        ctx.dbPath = ctx.option("--out");
        auto db = ctx.openDatabase(services::OpenMode::CreateNew);
        if (!db)
            return DatabaseError;
        auto made = db->fillWithGenerated(options);
        if (!made)
            return ctx.fail(made.error());
        ctx.out << "Casebook " << db->location() << ": " << made->districts << " districts, " << made->schools
                << " schools, " << made->cases << " cases, " << made->activities << " activities, "
                << made->communications << " communications, " << made->documentationItems
                << " documentation items, " << made->attachments << " attachments";
        if (made->longCaseId)
            ctx.out << "; two-year case " << made->longCaseId;
        ctx.out << "\n";
    }
    if (ctx.has("--dashboard")) {
        auto files = io::generateDashboardFiles(ctx.option("--dashboard"), {*scale, *seed, 2024});
        if (!files)
            return ctx.fail(files.error());
        for (const auto &p : files->paths)
            ctx.out << p << "\n";
        ctx.out << files->paths.size() << " Dashboard files, " << files->rowsTotal << " rows (at most "
                << files->rowsPerFileMax << " per file), " << files->bytesTotal << " bytes; sample district "
                << files->sampleDistrictCds << "\n";
    }
    return Ok;
}

} // namespace

void addGenerateCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"generate", "", "Write benchmark data from a seed: a large casebook and/or statewide Dashboard files.",
         "Scale 1 is the practical limit Casebook is measured against (docs/performance.md): a casebook of\n"
         "5,000 cases, 100,000 communications and 20,000 documentation items with realistic text, and the seven\n"
         "Dashboard download files of one statewide year (about 11,000 districts and schools x 18-20 student\n"
         "groups: about 200,000 rows per indicator) in CDE's layout. The same --seed and --scale give the same\n"
         "data. The casebook is written through the same validation and audit trail as any edit, in one transaction.",
         {{"--scale", "N", "Multiplies every count (default 1; 0.1 or 4 are fine)."},
          {"--seed", "S", "The seed of the pseudo-random sequence (default 1)."},
          {"--out", "FILE", "Write a new casebook to FILE (it must not exist)."},
          {"--dashboard", "DIR", "Write eladownload2024.txt ... ccidownload2024.txt into DIR."},
          {"--communications", "N", "Communications in the casebook instead of 100,000 x scale."},
          {"--long-case", "", "Add a two-year case with 500 communications and 50 attachments (packet export)."},
          {"--today", "DATE", "The day the casebook's cases lead up to (default 2026-06-01)."}},
         0, 0, runGenerate});
}

} // namespace casebook::cli
