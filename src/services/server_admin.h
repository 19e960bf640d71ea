// The administration of a shared server casebook (PostgreSQL): creating its schema in an empty database
// (`casebook-cli server init`), letting a person's login role see a district as staff, an administrator,
// county staff or read-only (`server grant`), and listing who sees what (`server grants`). The database
// decides who sees what (storage/postgres_schema.h); these functions only ask it. Every function takes
// a libpq connection string, URI or `service=` name and connects for the one act; a password in it is
// never printed or kept (messages show it as ***; libpq reads ~/.pgpass).
#pragma once

#include "domain/result.h"
#include "storage/postgres_schema.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::services {

using ServerAccess = storage::ServerAccess;

// "staff", "admin", "county", "readonly" (what `server grant --as` takes), or nullopt.
std::optional<ServerAccess> parseServerAccess(std::string_view text);
std::string_view serverAccessName(ServerAccess access);

// isServerLocation and displayLocation (casebook.h) tell a server's location from a file's and show it
// without its password.

// The schema version this build of Casebook creates on a server.
int currentServerVersion();

struct ServerInitReport {
    std::string server; // redacted
    int version = 0;    // the schema version created
};

// Creates the server casebook (group roles, owner role, tables, policies, audit triggers) in the empty
// database `connInfo` names. Run as a role that may create roles and owns the database or may create in
// it (a superuser, or the database's owner with CREATEROLE). Refuses (Conflict, nothing changed) a
// database that already holds a casebook, naming its schema version, or any other tables.
Result<ServerInitReport> initServer(const std::string &connInfo);

// Lets the login role `role` see the district `districtCds` (a 7-digit county-district code) as
// `access`, in one transaction: the row in district_access and membership of the group role. The role
// may also be the group role of `access` itself (casebook_county --as county: every member of the county
// office sees the district). Refuses a code that is not a district code (BadInput), a role the server
// does not have (NotFound), and a role that cannot log in or is another of Casebook's roles (Conflict).
Status grantServer(const std::string &connInfo, const std::string &role, const std::string &districtCds,
                   ServerAccess access);

struct ServerUpgradeReport {
    std::string server; // redacted
    int before = 0;     // the version it had
    int version = 0;    // the version it has now
};

// Brings the server casebook to this build's server schema version: the missing steps, in one
// transaction, as casebook_owner (run as a superuser, or the database's owner with CREATEROLE). A
// casebook already current is left as it is; a newer one is refused.
Result<ServerUpgradeReport> upgradeServer(const std::string &connInfo);

struct ServerGrant {
    std::string role;
    std::string districtCds;
    std::string access;               // "staff", "admin", "county", "readonly"
    std::vector<std::string> members; // when `role` is a group role: its members, who see the district through it
};

// Every district grant of the server casebook, by role and district. Needs an administrator
// (casebook_admin) or a superuser: other roles may not read the grants.
Result<std::vector<ServerGrant>> serverGrants(const std::string &connInfo);

} // namespace casebook::services
