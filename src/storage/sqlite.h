// A thin RAII layer over the SQLite C API: one connection, prepared statements with bound
// parameters, values as FieldValue. All SQL text in Casebook passes through here and every value
// is bound, never spliced into the text.
#pragma once

#include "domain/fields.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook::storage {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Binds by 1-based position.
    Statement &bind(int index, const FieldValue &value);
    Statement &bindBlob(int index, const void *data, std::size_t size);
    Statement &bindAll(const std::vector<FieldValue> &values);
    // Typed binds for loops that insert many rows (no FieldValue built per value).
    Statement &bindNull(int index);
    Statement &bindInt(int index, std::int64_t value);
    Statement &bindReal(int index, double value);
    // Binds text without copying it: `text` must stay unchanged until the statement has run.
    Statement &bindTextInPlace(int index, std::string_view text);

    // Steps once: true while a row is available, false when done; a failure becomes the error.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Status run();
    // Steps through every row, calling `each` (returning Status, or nothing) for each; stops at the
    // first error, from SQLite or from `each`.
    template <typename F>
    Status eachRow(F each)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if constexpr (std::is_same_v<decltype(each()), void>)
                each();
            else
                CASEBOOK_TRY(each());
        }
    }
    void reset();

    int columnCount() const;
    std::string columnName(int index) const;
    FieldValue column(int index) const;
    // Like column(), into an existing value: text reuses the string's capacity.
    void readColumn(int index, FieldValue &value) const;
    bool columnIsNull(int index) const;
    std::int64_t columnInt(int index) const;
    std::string columnText(int index) const;
    // The text of a column without a copy: valid until the next step() or reset().
    std::string_view columnView(int index) const;
    std::vector<unsigned char> columnBlob(int index) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class Connection {
public:
    // Immutable: read-only media; opened as SQLite's immutable=1 (no locks, no -shm), the file's
    // name passed in a URI that Casebook builds itself.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    static Result<std::unique_ptr<Connection>> open(const std::string &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Result<Statement> prepare(std::string_view sql);
    Status exec(std::string_view sql); // statements without parameters (DDL, pragmas)
    // A single value from a query ("PRAGMA user_version").
    Result<FieldValue> scalar(std::string_view sql, const std::vector<FieldValue> &params = {});
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    std::string errorMessage() const;
    // Writes a consistent copy of the whole database to `path` with the online backup API.
    Status backupTo(const std::string &path);
    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    Connection(sqlite3 *db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

// True for names SQLite would read as a URI ("file:..."); Connection::open refuses them.
bool isSqliteUri(std::string_view path);

// Turns an SQLite error into a message a user can act on (a busy database names the other process).
Error sqliteError(sqlite3 *db, int code, std::string_view doing);

} // namespace casebook::storage
