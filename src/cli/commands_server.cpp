// server init, server grant, server grants: the administration of a shared casebook on a PostgreSQL
// server (services/server_admin.h). --db names the server; it is required and never a file.
#include "command.h"

#include "services/server_admin.h"

#include <algorithm>

namespace casebook::cli {

namespace {

// The server --db names, or a usage error printed and false.
bool needServer(Context &ctx, const std::string &command)
{
    if (!ctx.dbGiven) {
        ctx.err << "casebook-cli " << command << ": --db URI is required: the server casebook, as a PostgreSQL "
                << "connection URI or string (postgresql://host/dbname, service=NAME, host=... dbname=...)\n";
        return false;
    }
    if (!services::isServerLocation(ctx.dbPath)) {
        ctx.err << "casebook-cli " << command << ": --db " << ctx.dbPath << " is not a PostgreSQL connection URI or "
                << "string; `" << command << "` works on a server casebook (postgresql://host/dbname, "
                << "service=NAME, host=... dbname=...), not on a file\n";
        return false;
    }
    return true;
}

int runServerInit(Context &ctx)
{
    if (!needServer(ctx, "server init"))
        return Usage;
    auto report = services::initServer(ctx.dbPath);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "Created a Casebook server casebook in " << report->server << " (server schema version "
            << report->version << ")\n"
            << "Next: create each person's login role (CREATE ROLE name LOGIN) and give it districts with\n"
            << "  casebook-cli server grant ROLE --district CDS --as staff|admin|county|readonly --db ...\n";
    return Ok;
}

int runServerUpgrade(Context &ctx)
{
    if (!needServer(ctx, "server upgrade"))
        return Usage;
    auto report = services::upgradeServer(ctx.dbPath);
    if (!report)
        return ctx.fail(report.error());
    if (report->before == report->version)
        ctx.out << report->server << " is at server schema version " << report->version
                << ", this Casebook's; nothing to do\n";
    else
        ctx.out << "Upgraded " << report->server << " from server schema version " << report->before << " to "
                << report->version << "\n";
    return Ok;
}

int runServerGrant(Context &ctx)
{
    if (!needServer(ctx, "server grant"))
        return Usage;
    const std::string district = ctx.option("--district");
    const std::string as = ctx.option("--as");
    if (!ctx.has("--district") || !ctx.has("--as")) {
        ctx.err << "casebook-cli server grant: --district CDS and --as staff|admin|county|readonly are required\n";
        return Usage;
    }
    const auto access = services::parseServerAccess(as);
    if (!access) {
        ctx.err << "casebook-cli server grant: unknown --as \"" << as
                << "\"; expected one of staff, admin, county, readonly\n";
        return Usage;
    }
    const std::string role = ctx.positional.front();
    if (auto s = services::grantServer(ctx.dbPath, role, district, *access); !s)
        return ctx.fail(s.error());
    ctx.out << "Granted district " << district << " to " << role << " as " << as << " on "
            << services::displayLocation(ctx.dbPath) << "\n";
    return Ok;
}

int runServerGrants(Context &ctx)
{
    if (!needServer(ctx, "server grants"))
        return Usage;
    auto grants = services::serverGrants(ctx.dbPath);
    if (!grants)
        return ctx.fail(grants.error());
    if (grants->empty()) {
        ctx.out << "No district is granted on " << services::displayLocation(ctx.dbPath)
                << " yet; see casebook-cli server grant --help\n";
        return Ok;
    }
    std::size_t width = 4;
    for (const auto &g : *grants)
        width = std::max(width, g.role.size());
    ctx.out << "ROLE" << std::string(width - 2, ' ') << "DISTRICT  ACCESS\n";
    for (const auto &g : *grants) {
        ctx.out << g.role << std::string(width + 2 - g.role.size(), ' ') << g.districtCds << "   " << g.access;
        if (!g.members.empty()) {
            ctx.out << "  (members:";
            for (const auto &m : g.members)
                ctx.out << " " << m;
            ctx.out << ")";
        }
        ctx.out << "\n";
    }
    return Ok;
}

} // namespace

void addServerCommands(std::vector<Command> &commands)
{
    commands.push_back(
        {"server init", "", "Create a shared casebook in an empty PostgreSQL database.",
         "Creates Casebook's schema in the empty database --db names: its tables, the group roles\n"
         "casebook_staff, casebook_admin, casebook_county and casebook_readonly (and casebook_owner, who\n"
         "owns everything and whom nobody logs in as) when the server has none yet, the row-level security\n"
         "policies that decide which districts each role sees, and the triggers that write the audit trail.\n"
         "Run it as a superuser, or as the database's owner with the CREATEROLE attribute. A database that\n"
         "already holds a casebook (its server schema version is named) or any other tables is refused and\n"
         "left as it was (exit 2). A server that cannot be reached, or refuses the role, exits 3.\n"
         "Then create each person's login role and grant it districts with `server grant`.",
         {}, 0, 0, runServerInit, true});
    commands.push_back(
        {"server upgrade", "", "Bring a server casebook to this Casebook's server schema version.",
         "Runs the server schema steps a casebook made by an older Casebook lacks, in one transaction, as\n"
         "casebook_owner: everyone's Casebook then works with it. Opening an older server casebook does the\n"
         "same when the role may; other roles are refused until an administrator runs this. Run it as a\n"
         "superuser, or as the database's owner with the CREATEROLE attribute. A casebook already at this\n"
         "version is left as it is; one made by a newer Casebook is refused (exit 3).",
         {}, 0, 0, runServerUpgrade, true});
    commands.push_back(
        {"server grant", "ROLE", "Let a person's login role see a district of a server casebook.",
         "Lets the login role ROLE see the district CDS (its 7-digit county-district code) as\n"
         "  staff     read and change the district's cases and their records\n"
         "  admin     as staff, and the settings, the state's data (imports) and the grants\n"
         "  county    county office staff: read the district's cases, log communications, review\n"
         "            documentation items\n"
         "  readonly  read the district's cases\n"
         "ROLE becomes a member of the group role (casebook_staff, casebook_admin, casebook_county,\n"
         "casebook_readonly) and the grant is recorded in district_access, in one transaction. Granting a\n"
         "district --as county to casebook_county itself lets every member of the county role see it.\n"
         "Granting again changes the access. Refused (exit 2, nothing changed): a code that is not a\n"
         "7-digit district code, a role the server does not have (create it first: CREATE ROLE name\n"
         "LOGIN), a role that cannot log in, another of Casebook's own roles. Run it as a superuser or as an\n"
         "administrator who may grant the group role; a refusal by the server exits 3.",
         {{"--district", "CDS", "The district's 7-digit county-district code (required)."},
          {"--as", "staff|admin|county|readonly", "What the role may do in that district (required)."}},
         1, 1, runServerGrant, true});
    commands.push_back(
        {"server grants", "", "List who sees which district of a server casebook.",
         "Lists every district grant: the role, the district's code and the access (staff, admin, county,\n"
         "readonly); a grant to a group role (casebook_county) lists the roles that are its members. Only\n"
         "an administrator (casebook_admin) or a superuser may read the grants.",
         {}, 0, 0, runServerGrants, true});
}

} // namespace casebook::cli
