// The first commands: init, check, cases, version.
#include "command.h"

#include "io/demo.h"
#include "io/paths.h"
#include "io/record_json.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <QtGlobal>

#include <iomanip>

namespace casebook::cli {

namespace {

bool checkFormat(Context &ctx, const std::vector<std::string> &allowed, std::string &format)
{
    format = ctx.option("--format", allowed.front());
    if (std::find(allowed.begin(), allowed.end(), format) != allowed.end())
        return true;
    std::string list;
    for (const auto &a : allowed)
        list += (list.empty() ? "" : ", ") + a;
    ctx.err << "casebook-cli: unknown --format \"" << format << "\"; expected one of " << list << "\n";
    return false;
}

int runInit(Context &ctx)
{
    auto db = ctx.openDatabase(services::OpenMode::CreateIfMissing);
    if (!db)
        return DatabaseError;
    ctx.out << (db->report().created ? "Created casebook " : "Casebook ") << db->location() << " (schema version "
            << db->report().schemaVersion << ")\n";
    return Ok;
}

int runCheck(Context &ctx)
{
    // Read-only: never upgraded, switched to WAL or written, whatever it holds.
    auto db = ctx.openDatabase(services::OpenMode::ReadOnly);
    if (!db)
        return DatabaseError;
    const int version = db->report().schemaVersion;
    std::unique_ptr<services::Casebook> copy;
    if (version < db->report().currentSchemaVersion) {
        auto upgraded = db->upgradedCopyInMemory();
        if (!upgraded)
            return ctx.fail(upgraded.error());
        copy = std::move(*upgraded);
    }
    services::Casebook &checked = copy ? *copy : *db;
    auto problems = checked.check();
    if (!problems)
        return ctx.fail(problems.error());
    auto counts = checked.recordCounts();
    if (!counts)
        return ctx.fail(counts.error());
    ctx.out << "Casebook " << db->location() << "\n"
            << "schema version: " << version;
    if (copy)
        ctx.out << " (older than this Casebook's " << services::currentSchemaVersion()
                << "; its records were checked on an upgraded copy in memory, the file is unchanged)";
    ctx.out << "\nschema: Casebook's own for its version (no other table, index, trigger or view)\n"
            << "integrity: " << (problems->empty() ? "ok" : std::to_string(problems->size()) + " problems") << "\n";
    for (const auto &[table, count] : *counts)
        ctx.out << std::left << std::setw(22) << (table + ":") << count << "\n";
    for (const auto &p : *problems)
        ctx.out << "problem: " << p.where << ": " << p.what << "\n";
    if (!problems->empty()) {
        ctx.err << "casebook-cli: the check found " << problems->size() << " problem"
                << (problems->size() == 1 ? "" : "s") << " in " << db->location() << "\n";
        return DatabaseError;
    }
    return Ok;
}

int runCases(Context &ctx)
{
    std::string format;
    if (!checkFormat(ctx, {"text", "json"}, format))
        return Usage;
    auto db = ctx.openForReading();
    if (!db)
        return DatabaseError;
    std::vector<Error> unreadable;
    auto cases = db->caseSummaries(&unreadable);
    if (!cases)
        return ctx.fail(cases.error());
    const auto reportUnreadable = [&](int code) {
        for (const auto &e : unreadable)
            ctx.err << "casebook-cli: left out: " << e.text() << "\n";
        if (!unreadable.empty())
            ctx.err << "casebook-cli: " << unreadable.size() << " case(s) could not be read; `casebook-cli check` "
                    << "lists every problem\n";
        return unreadable.empty() ? code : DatabaseError;
    };
    if (format == "json") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto &c : *cases) {
            list.push_back({{"id", c.id},
                            {"type", enumCode(c.kind)},
                            {"origin", c.kind == CaseKind::TechnicalAssistance ? nlohmann::ordered_json(enumCode(c.origin))
                                                                               : nlohmann::ordered_json(nullptr)},
                            {"title", c.title},
                            {"district", c.districtCds},
                            {"district_name", c.districtName},
                            {"school", c.schoolCds.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.schoolCds)},
                            {"school_name", c.schoolName.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.schoolName)},
                            {"status", enumCode(c.status)},
                            {"opened_on", c.openedOn.toString()},
                            {"closed_on", c.closedOn ? nlohmann::ordered_json(c.closedOn->toString()) : nlohmann::ordered_json(nullptr)}});
        }
        ctx.out << list.dump(2) << "\n";
        return reportUnreadable(Ok);
    }
    if (cases->empty()) {
        ctx.out << "No cases in " << db->location() << ".\n";
        return reportUnreadable(Ok);
    }
    ctx.out << std::left << std::setw(6) << "ID" << std::setw(24) << "TYPE" << std::setw(10) << "DISTRICT"
            << std::setw(16) << "SCHOOL" << std::setw(21) << "STATUS" << std::setw(12) << "OPENED" << std::setw(12)
            << "CLOSED" << "TITLE\n";
    for (const auto &c : *cases) {
        std::string type(enumCode(c.kind));
        if (c.kind == CaseKind::TechnicalAssistance)
            type = c.origin == TaOrigin::Required ? "required_assistance" : "assistance_request";
        ctx.out << std::left << std::setw(6) << c.id << std::setw(24) << type << std::setw(10) << c.districtCds
                << std::setw(16) << (c.schoolCds.empty() ? "-" : c.schoolCds) << std::setw(21) << enumCode(c.status)
                << std::setw(12) << c.openedOn.toString() << std::setw(12)
                << (c.closedOn ? c.closedOn->toString() : "-") << c.title << "\n";
    }
    return reportUnreadable(Ok);
}

int runDemo(Context &ctx)
{
    auto db = ctx.openDatabase(services::OpenMode::CreateIfMissing);
    if (!db)
        return DatabaseError;
    if (auto s = db->fillWithDemo(io::today()); !s)
        return ctx.fail(s.error());
    ctx.out << "Added the demo district \"" << io::kDemoDistrictName << "\" to " << db->location() << "\n";
    return Ok;
}

int runVersion(Context &ctx)
{
    ctx.out << "casebook-cli " << CASEBOOK_VERSION << " (schema version " << services::currentSchemaVersion()
            << ", SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << ")\n";
    return Ok;
}

} // namespace

void addCoreCommands(std::vector<Command> &commands)
{
    commands.push_back({"init", "", "Create a new casebook file (or upgrade an existing one).",
                        "Creates the casebook named by --db (or the default casebook) with the current schema,\n"
                        "readable by its owner only. An existing older casebook is backed up and upgraded.",
                        {}, 0, 0, runInit});
    commands.push_back({"check", "", "Check the casebook thoroughly, read-only; print its schema version and record counts.",
                        "Opens the file read-only (it is never upgraded or written) and checks that its schema is\n"
                        "exactly Casebook's for its version, SQLite's integrity_check and foreign_key_check, every\n"
                        "stored record and Dashboard result against the domain rules (a Dashboard result by the\n"
                        "importer's own rule), every attachment's bytes against its size and\n"
                        "SHA-256, and that every attachment belongs to a record of its own case. Lists each problem\n"
                        "with the record it is in. Exits 3 when it finds any.",
                        {}, 0, 0, runCheck});
    commands.push_back({"cases", "", "List every case with its id, type, district, school, status and dates.", "",
                        {{"--format", "text|json", "Output as an aligned table (text, the default) or a JSON array."}},
                        0, 0, runCases});
    commands.push_back({"demo", "", "Add the fictional demo district, with a case of every type, to the casebook.",
                        "Creates the casebook if needed and fills it with \"Mariposa Creek Unified (DEMO)\": a required\n"
                        "technical-assistance case with two years of communications and documentation (some of it\n"
                        "overdue), a Board request, an SPI intervention and a CSI school plan, dated relative to today.\n"
                        "Every name in it is invented.",
                        {}, 0, 0, runDemo});
    commands.push_back({"version", "", "Print the version of casebook-cli, its schema, SQLite and Qt.", "", {}, 0, 0,
                        runVersion});
}

} // namespace casebook::cli
