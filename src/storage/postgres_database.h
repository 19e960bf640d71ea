// The server engine's casebook: one PostgreSQL database holding the server schema (postgres_schema.h),
// shared by a team. Each person connects as their own login role; row-level security decides which
// districts' cases the connection sees and the database writes the audit trail. Opening checks that
// the database holds a casebook of a server schema version this build knows (a newer one is refused,
// an older one upgraded when the role may, otherwise refused with what to do); a casebook is created
// in an empty database by `server init`, or by opening with CreateNew / CreateIfMissing as a role that
// may create roles (the tests' superuser, an administrator setting up).
#pragma once

#include "database.h"
#include "postgres.h"

#include <set>

namespace casebook::storage {

class PgDatabase final : public Database {
public:
    // `conninfo`: a libpq URI or key=value string; kept in memory only, for companion connections.
    static Result<std::unique_ptr<Database>> open(const std::string &conninfo, OpenMode mode);

    std::string_view engine() const override { return "PostgreSQL"; }
    Result<std::unique_ptr<Database>> openCompanion() const override;
    // A server casebook is never copied into memory: `check` reads it where it is.
    Result<std::unique_ptr<Database>> upgradedCopyInMemory() const override;
    // The connection string with any password replaced by ***.
    const std::string &path() const override { return m_conn->path(); }
    Connection &connection() override { return *m_conn; }
    PgConnection &pg() { return *m_conn; }

    // The server keeps its own data safe (checksums, WAL); "ok" when the connection answers.
    Result<std::string> integrityCheck(bool quick = false) override;
    // Refused: a server casebook is backed up with pg_dump (docs/server.md).
    Status backupTo(const std::string &path) override;
    std::optional<Status> integrityVerdict() const override { return Status{}; }
    bool checksInBackground() const override { return false; }
    Status awaitIntegrity() const override { return {}; }
    // PostgreSQL's lock_timeout for this connection.
    void setBusyTimeout(int milliseconds) override;
    // Fails when the connection to the server is lost.
    Status checkFileStillThere() const override;
    // BEGIN, then the casebook's write lock (a transaction-scoped advisory lock): one writer at a time,
    // as in the file, so that every rule a write checks still holds when it commits.
    Status beginWrite() override;
    // The server schema's version and objects as this build expects them.
    Result<std::vector<std::pair<std::string, std::string>>> structureProblems() override;
    Result<bool> suspendCheckConstraints() override { return false; }
    Status restoreCheckConstraints() override { return {}; }

    bool auditsRecordChanges() const override { return true; }
    // The next value of the cases' identity sequence.
    Result<Id> newCaseNumber() override;
    void noteExplicitIds(std::string_view table) override { m_explicitIds.emplace(table); }
    // Moves each identity sequence past the ids stored with their own numbers in this transaction.
    Status beforeCommit() override;
    bool keepsPendingDeadlines() const override { return false; }
    // casebook_begin_load(): an administrator, a casebook empty for everyone.
    Status beginWholeLoad() override;

private:
    PgDatabase(std::unique_ptr<PgConnection> conn, std::string conninfo)
        : m_conn(std::move(conn)), m_conninfo(std::move(conninfo))
    {
    }
    std::unique_ptr<PgConnection> m_conn;
    std::string m_conninfo;
    std::set<std::string, std::less<>> m_explicitIds;
};

} // namespace casebook::storage
