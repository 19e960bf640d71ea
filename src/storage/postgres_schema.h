// The shared casebook's schema on a PostgreSQL server: the same records, columns and rules as the SQLite
// file's (migrations.h), in PostgreSQL's types (identity keys, date, timestamptz, jsonb, bytea), with
// what only a server can add: who may see and change which district's cases is decided by the
// database (row-level security over the district grants), and the audit trail is written by the
// database (PL/pgSQL triggers, in the same transaction, with the login role and the time) and can be
// changed by nobody. Versioned steps with the SQLite file's discipline: a released step never changes;
// the version is recorded in casebook_schema with Casebook's application id.
//
// Roles. Every table, function and policy belongs to casebook_owner, a role nobody logs in as. People
// log in as their own roles, members of one or more group roles:
//   casebook_staff     district staff: read and change their districts' cases and records
//   casebook_admin     administrators: as staff, and settings, the state's data (imports), the grants
//   casebook_county    county office staff: read the districts granted to them, log communications,
//                      review documentation items
//   casebook_readonly  read their districts' cases
// Which districts a role sees is district_access (role, district CDS, how): `server grant`.
#pragma once

#include "postgres.h"

#include <span>
#include <string_view>

namespace casebook::storage {

struct ServerMigration {
    int version;
    std::string_view description;
    std::string_view sql;
};

// The server schema's steps, oldest first.
std::span<const ServerMigration> serverMigrations();
int currentServerSchemaVersion();

// The group roles, as `server grant --as` names them.
enum class ServerAccess { Staff, Admin, County, ReadOnly };
std::string_view serverGroupRole(ServerAccess access); // "casebook_staff", ...

// Creates the group roles and the owner role when the server has none, then the schema in the
// connection's (empty) database, owned by casebook_owner, with its policies and triggers, recording
// the version. Run by a role that may create roles and owns or may create in the database (the
// database's owner or a superuser). Refuses a database that already holds tables.
Status initServerSchema(PgConnection &c);

// The schema version a server casebook records, or nullopt when the database holds no casebook.
// Refuses a database whose casebook_schema names another application.
Result<std::optional<int>> serverSchemaVersion(PgConnection &c);

// Brings an older server casebook to the current schema: the missing steps as casebook_owner, in one
// transaction (run by a role that may, as for initServerSchema). Returns the version it had.
// Refuses a database with no casebook or with a newer one.
Result<int> upgradeServerSchema(PgConnection &c);
// "... holds a casebook of server schema version N, made by a newer Casebook ...".
Error newerServerSchema(const PgConnection &c, int version);

// Lets `role` (an existing login role) see the district `districtCds` as `access`: the row in
// district_access and membership of the group role. Idempotent; an administrator's act, audited.
Status grantDistrict(PgConnection &c, const std::string &role, const std::string &districtCds, ServerAccess access);

} // namespace casebook::storage
