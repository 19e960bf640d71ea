// PostgreSQL's implementation of the storage seam's connection (connection.h), over libpq's C API as
// sqlite.h is over SQLite's: a shared casebook on a server. Statements keep the seam's `?` placeholders,
// rewritten to $1, $2, ... when prepared (outside quoted text and comments); each is a server-side
// prepared statement, run when first stepped, its rows then read in order. Values are bound as text,
// blobs as binary bytea; columns come back typed by their PostgreSQL type (integers and booleans as
// integers, float8/numeric as reals, bytea through columnBlob, everything else as text). Only the
// server engine (postgres*.cpp) includes this header.
#pragma once

#include "connection.h"

#include <map>
#include <set>

struct pg_conn;

namespace casebook::storage {

class PgConnection final : public Connection {
public:
    // `conninfo`: any libpq connection string or URI ("postgresql://host/db", "service=casebook",
    // "host=/run/dir dbname=x"). A password is never kept by Casebook: libpq reads ~/.pgpass.
    static Result<std::unique_ptr<PgConnection>> open(const std::string &conninfo);
    ~PgConnection() override;

    Result<Statement> prepare(std::string_view sql) override;
    // COPY table (columns) FROM STDIN in text format, the rows sent in blocks as they are added.
    Result<std::unique_ptr<BulkInsert>> bulkInsert(std::string_view table,
                                                   const std::vector<std::string_view> &columns) override;
    // One or more statements without parameters, sent as one simple query.
    Status exec(std::string_view sql) override;
    // The id the last INSERT into a table with an `id` column gave its row (the statement returns it).
    std::int64_t lastInsertId() const override { return m_lastInsertId; }
    int changes() const override { return m_changes; }
    bool inTransaction() const override;
    bool lastErrorWasUniqueViolation() const override { return m_lastSqlState == "23505"; }
    // The SQLSTATE of the last failure ("" after a success): 42501 a refused privilege, 23505 a
    // unique violation, ...
    const std::string &lastSqlState() const { return m_lastSqlState; }

    pg_conn *handle() const { return m_conn; }

    // Connects again when the connection was lost (a server restart, a network drop) and no transaction
    // was open, restoring the session's SET and LISTEN statements; inside a transaction the loss is an
    // error (the server rolled the transaction back). Every statement calls it first.
    Status ensureConnected();
    // How many times the connection was made again.
    int reconnections() const { return m_reconnections; }
    // The token the open write transaction noted in casebook_operations: when the connection is lost
    // while COMMIT is under way, the commit is known to have happened exactly when the token is there.
    void setCommitToken(std::string token) { m_commitToken = std::move(token); }
    // LISTEN on `channel` (kept across reconnections).
    Status listen(std::string_view channel);
    // Reads what the server sent; whether any notification arrived. Fails when the connection is lost.
    Result<bool> takeNotifications();
    // The connection's socket, to wait on for notifications (-1 when not connected).
    int socket() const;

private:
    friend class PgStatement;
    friend class PgCopy;
    // Ends a COPY left unfinished (its rows abandoned) so that the connection takes statements again.
    void abandonCopy();
    PgConnection(pg_conn *conn, std::string where) : Connection(std::move(where)), m_conn(conn) {}
    // Whether `table` (in the connection's schema) has an `id` column, asked once per table.
    Result<bool> tableHasId(const std::string &table);

    pg_conn *m_conn = nullptr;
    std::int64_t m_lastInsertId = 0;
    int m_changes = 0;
    std::string m_lastSqlState;
    int m_nextStatement = 0;
    std::set<std::string> m_tablesWithId;
    std::set<std::string> m_tablesWithoutId;
    bool m_copying = false; // a COPY FROM STDIN is in progress
    bool m_inTransaction = false; // BEGIN succeeded, COMMIT or ROLLBACK not yet sent
    std::string m_commitToken;
    std::vector<std::string> m_session; // SET and LISTEN statements run outside transactions, replayed on reconnection
    int m_reconnections = 0;
    // Statements prepared on this connection, by their text (as the caller wrote it), kept for reuse.
    struct Prepared {
        std::string name;
        int parameters = 0;
        bool returnsId = false;
    };
    static constexpr std::size_t kMaxPrepared = 2000;
    std::map<std::string, Prepared, std::less<>> m_prepared;
    // Whether the connection is gone while no transaction was open (a statement may be sent again).
    bool lostOutsideTransaction() const;
    // After COMMIT failed with the connection lost: reconnects and asks whether the token is there.
    Status resolveLostCommit(const Error &failure);
};

// "the server refused a statement: <the server's message>" with what a user can do about the common
// failures (no connection, a refused privilege, a row that already exists).
Error pgError(const std::string &doing, const std::string &serverMessage, const std::string &sqlState);

// `sql` with each `?` outside quotes and comments replaced by $1, $2, ... (and `?NNN` by $NNN); `count` is
// set to the highest parameter number.
std::string numberPlaceholders(std::string_view sql, int &count);

// The connection string or URI to show in messages and titles: a password in it is replaced by ***.
std::string redactedConnInfo(const std::string &conninfo);
// `conninfo` (a URI or key=value string) as a key=value string with its password left out (to be
// remembered: Casebook never stores a password), or with `password` set (to connect once after asking
// for it). Values are quoted as libpq reads them. Unreadable input comes back unchanged.
std::string connInfoWithoutPassword(const std::string &conninfo);
std::string connInfoWithPassword(const std::string &conninfo, const std::string &password);
// "DB on HOST" for a window title: the database and the server ("this computer" for a socket folder
// or no host).
std::string serverTitle(const std::string &conninfo);
// A key=value connection string of these keywords and values, each value quoted as libpq reads it.
std::string makeConnInfo(const std::vector<std::pair<std::string, std::string>> &keywords);
// Whether a failure to connect was for want of a (right) password, so that asking for one may help.
bool needsPassword(const Error &connectError);

} // namespace casebook::storage
