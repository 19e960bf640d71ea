// SQLite's implementation of the storage seam (connection.h): a thin RAII layer over the SQLite C
// API. Only the SQLite engine (sqlite.cpp, sqlite_database.cpp, schema_check.cpp, migrations.cpp)
// includes this header; the rest of storage works on Connection and Statement.
#pragma once

#include "connection.h"

struct sqlite3;

namespace casebook::storage {

class SqliteConnection final : public Connection {
public:
    // Immutable: read-only media; opened as SQLite's immutable=1 (no locks, no -shm), the file's
    // name passed in a URI that Casebook builds itself.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    static Result<std::unique_ptr<SqliteConnection>> open(const std::string &path, Mode mode);
    ~SqliteConnection() override;

    Result<Statement> prepare(std::string_view sql) override;
    Status exec(std::string_view sql) override;
    std::int64_t lastInsertId() const override;
    int changes() const override;
    bool inTransaction() const override;
    bool lastErrorWasUniqueViolation() const override;

    // Writes a consistent copy of the whole database to `path` with the online backup API.
    Status backupTo(const std::string &path);
    // How long a statement waits for another process's lock before it fails.
    void setBusyTimeout(int milliseconds);
    sqlite3 *handle() const { return m_db; }

private:
    SqliteConnection(sqlite3 *db, std::string path) : Connection(std::move(path)), m_db(db) {}
    sqlite3 *m_db = nullptr;
};

// True for names SQLite would read as a URI ("file:..."); SqliteConnection::open refuses them.
bool isSqliteUri(std::string_view path);

// Turns an SQLite error into a message a user can act on (a busy database names the other process).
Error sqliteError(sqlite3 *db, int code, std::string_view doing);

} // namespace casebook::storage
