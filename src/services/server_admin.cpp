// The administration of a server casebook; see server_admin.h.
#include "server_admin.h"

#include "casebook.h"

#include "domain/codes.h"
#include "storage/postgres.h"

#include <array>

namespace casebook::services {

namespace {

using storage::PgConnection;

constexpr std::array<ServerAccess, 4> kAccesses{ServerAccess::Staff, ServerAccess::Admin, ServerAccess::County,
                                                ServerAccess::ReadOnly};

Result<std::unique_ptr<PgConnection>> connect(const std::string &connInfo)
{
    // PgConnection::open names the server with its password replaced by *** (redactedConnInfo).
    return PgConnection::open(connInfo);
}

// The casebook's schema version on the server, or a refusal that says the database holds none.
Status needCasebook(PgConnection &c)
{
    auto version = storage::serverSchemaVersion(c);
    if (!version && c.lastSqlState() == "42501")
        return Error::conflict("server", c.path() + " holds a casebook your role may not read: ask its "
                                                    "administrator for a grant (casebook-cli server grant ROLE "
                                                    "--district CDS --as ...)");
    if (!version)
        return version.error();
    if (!version->has_value())
        return Error::conflict("server", c.path() + " holds no casebook; create one first with `casebook-cli "
                                                    "server init --db ...` (as a superuser, or the database's "
                                                    "owner with CREATEROLE)");
    if (**version > storage::currentServerSchemaVersion())
        return Error::conflict("server", c.path() + " holds a casebook at server schema version " +
                                             std::to_string(**version) + ", newer than this Casebook knows (" +
                                             std::to_string(storage::currentServerSchemaVersion()) +
                                             "); use a newer Casebook");
    return {};
}

bool isGroupRole(const std::string &role)
{
    for (const ServerAccess a : kAccesses)
        if (role == storage::serverGroupRole(a))
            return true;
    return false;
}

} // namespace

std::optional<ServerAccess> parseServerAccess(std::string_view text)
{
    for (const ServerAccess a : kAccesses)
        if (text == serverAccessName(a))
            return a;
    return std::nullopt;
}

std::string_view serverAccessName(ServerAccess access)
{
    // The group role's name without its prefix: casebook_staff is "staff".
    return storage::serverGroupRole(access).substr(std::string_view("casebook_").size());
}


int currentServerVersion() { return storage::currentServerSchemaVersion(); }

Result<ServerInitReport> initServer(const std::string &connInfo)
{
    auto c = connect(connInfo);
    if (!c)
        return c.error();
    PgConnection &conn = **c;
    auto version = storage::serverSchemaVersion(conn);
    if (!version && conn.lastSqlState() == "42501")
        return Error::conflict("server", conn.path() + " already holds a casebook, which your role may not read; "
                                                       "nothing was changed. `server init` creates a casebook in an "
                                                       "empty database only");
    if (!version && conn.lastSqlState().empty()) // another application's casebook_schema, or one without its row
        return Error::conflict("server", version.error().message + "; `server init` creates a casebook in an empty "
                                                                   "database only, and nothing was changed");
    if (!version)
        return version.error();
    if (version->has_value()) {
        const int v = **version;
        std::string message = conn.path() + " already holds a Casebook server casebook (server schema version " +
                              std::to_string(v);
        if (v > storage::currentServerSchemaVersion())
            message += ", newer than this Casebook's " + std::to_string(storage::currentServerSchemaVersion());
        message += "); nothing was changed. `server init` creates a casebook in an empty database only";
        return Error::conflict("server", message);
    }
    if (auto s = storage::initServerSchema(conn); !s) {
        if (conn.lastSqlState() == "42501")
            return Error::database(s.error().message + ". `server init` needs a superuser, or the database's owner "
                                                       "with the CREATEROLE attribute; nothing was changed");
        return s.error();
    }
    return ServerInitReport{conn.path(), storage::currentServerSchemaVersion()};
}

Result<ServerUpgradeReport> upgradeServer(const std::string &connInfo)
{
    auto c = connect(connInfo);
    if (!c)
        return c.error();
    PgConnection &conn = **c;
    auto before = storage::upgradeServerSchema(conn);
    if (!before) {
        if (conn.lastSqlState() == "42501")
            return Error::database(before.error().message + ". `server upgrade` needs a superuser, or the database's "
                                                            "owner with the CREATEROLE attribute; nothing was changed");
        return before.error();
    }
    return ServerUpgradeReport{conn.path(), *before, storage::currentServerSchemaVersion()};
}

Status grantServer(const std::string &connInfo, const std::string &role, const std::string &districtCds,
                   ServerAccess access)
{
    CASEBOOK_TRY(validateDistrictCode(districtCds, "--district"));
    if (role.empty())
        return Error::badInput("ROLE", "name the login role to grant the district to");
    auto c = connect(connInfo);
    if (!c)
        return c.error();
    PgConnection &conn = **c;
    CASEBOOK_TRY(needCasebook(conn));

    auto found = conn.prepare("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?");
    if (!found)
        return found.error();
    found->bind(1, role);
    auto row = found->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound("the server " + conn.path() + " has no role \"" + role +
                               "\"; create the person's login role first (as a superuser or a role with CREATEROLE: "
                               "CREATE ROLE \"" + role + "\" LOGIN), then grant the district");
    const bool canLogin = found->columnInt(0) != 0;
    const std::string group(storage::serverGroupRole(access));
    if (role != group) {
        if (role == "casebook_owner" || isGroupRole(role))
            return Error::conflict("ROLE", "\"" + role + "\" is one of Casebook's own roles; a district is granted "
                                           "to a person's login role, or as `--as " +
                                           std::string(serverAccessName(access)) +
                                           "` to " + group + " itself (every member of it then sees the district)");
        if (!canLogin)
            return Error::conflict("ROLE", "the role \"" + role + "\" cannot log in; a district is granted to a "
                                           "person's login role (ALTER ROLE \"" + role + "\" LOGIN makes it one)");
    }

    CASEBOOK_TRY(conn.exec("BEGIN"));
    if (auto s = storage::grantDistrict(conn, role, districtCds, access); !s) {
        const bool refused = conn.lastSqlState() == "42501";
        (void)conn.exec("ROLLBACK");
        if (refused)
            return Error::database(s.error().message + ". Granting needs a superuser, or an administrator "
                                                       "(casebook_admin) who may also grant " + group +
                                   " (CREATEROLE, or membership WITH ADMIN OPTION); nothing was changed");
        return s.error();
    }
    return conn.exec("COMMIT");
}

Result<std::vector<ServerGrant>> serverGrants(const std::string &connInfo)
{
    auto c = connect(connInfo);
    if (!c)
        return c.error();
    PgConnection &conn = **c;
    CASEBOOK_TRY(needCasebook(conn));
    auto rows = conn.prepare("SELECT role_name, district_cds, access FROM district_access "
                             "ORDER BY role_name, district_cds");
    if (!rows)
        return rows.error();
    std::vector<ServerGrant> grants;
    const auto each = [&] { grants.push_back({rows->columnText(0), rows->columnText(1), rows->columnText(2), {}}); };
    if (auto s = rows->eachRow(each); !s) {
        if (conn.lastSqlState() == "42501")
            return Error::database(s.error().message + ". Only an administrator (casebook_admin) or a "
                                                       "superuser may read the grants");
        return s.error();
    }
    auto members = conn.prepare("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ? ORDER BY m.rolname");
    if (!members)
        return members.error();
    for (auto &g : grants) {
        if (!isGroupRole(g.role))
            continue;
        members->reset();
        members->bind(1, g.role);
        CASEBOOK_TRY(members->eachRow([&] { g.members.push_back(members->columnText(0)); }));
    }
    return grants;
}

} // namespace casebook::services
