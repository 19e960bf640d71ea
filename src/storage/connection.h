// The seam between Casebook's storage code and a database engine: one connection, statements with
// bound parameters, values as FieldValue. Every query, insert and audit row in src/storage is written
// against these two classes, so a second engine is added by implementing them (and Database, its
// open/migrate/check/backup life cycle: database.h), not by editing the code that uses them.
// SQLite's implementation is sqlite.h. All SQL text passes through here and every value is bound,
// never spliced into the text; statements use `?` placeholders, which an engine that numbers its
// parameters ($1, $2, ...) rewrites when it prepares them.
#pragma once

#include "domain/fields.h"

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace casebook::storage {

// What an engine implements for one prepared statement. Columns and parameters count as the
// engine's API does: parameters from 1, columns from 0.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bind(int index, const FieldValue &value) = 0;
    virtual void bindBlob(int index, const void *data, std::size_t size) = 0;
    virtual void bindNull(int index) = 0;
    virtual void bindInt(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    // `text` stays unchanged until the statement has run.
    virtual void bindTextInPlace(int index, std::string_view text) = 0;
    virtual Result<bool> step() = 0;
    // Back to before the first step, keeping the bindings.
    virtual void rewind() = 0;
    // Back to before the first step, with every parameter unbound.
    virtual void reset() = 0;
    virtual int columnCount() const = 0;
    virtual FieldValue column(int index) const = 0;
    virtual void readColumn(int index, FieldValue &value) const = 0;
    virtual bool columnIsNull(int index) const = 0;
    virtual std::int64_t columnInt(int index) const = 0;
    virtual std::string_view columnView(int index) const = 0;
    virtual std::vector<unsigned char> columnBlob(int index) const = 0;
};

// A prepared statement of any engine: a move-only handle.
class Statement {
public:
    Statement() = default;
    explicit Statement(std::unique_ptr<StatementBackend> backend) : m(std::move(backend)) {}

    // Binds by 1-based position.
    Statement &bind(int index, const FieldValue &value) { m->bind(index, value); return *this; }
    Statement &bindBlob(int index, const void *data, std::size_t size) { m->bindBlob(index, data, size); return *this; }
    Statement &bindAll(const std::vector<FieldValue> &values);
    // Typed binds for loops that insert many rows (no FieldValue built per value).
    Statement &bindNull(int index) { m->bindNull(index); return *this; }
    Statement &bindInt(int index, std::int64_t value) { m->bindInt(index, value); return *this; }
    Statement &bindReal(int index, double value) { m->bindReal(index, value); return *this; }
    // Binds text without copying it: `text` must stay unchanged until the statement has run.
    Statement &bindTextInPlace(int index, std::string_view text) { m->bindTextInPlace(index, text); return *this; }

    // Steps once: true while a row is available, false when done; a failure becomes the error.
    Result<bool> step() { return m->step(); }
    // Runs to completion, ignoring rows; the statement can then run again with new bindings.
    Status run();
    // Steps through every row, calling `each` (returning Status, or nothing) for each; stops at the
    // first error, from the engine or from `each`.
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
    void reset() { m->reset(); }

    int columnCount() const { return m->columnCount(); }
    FieldValue column(int index) const { return m->column(index); }
    // Like column(), into an existing value: text reuses the string's capacity.
    void readColumn(int index, FieldValue &value) const { m->readColumn(index, value); }
    bool columnIsNull(int index) const { return m->columnIsNull(index); }
    std::int64_t columnInt(int index) const { return m->columnInt(index); }
    std::string columnText(int index) const { return std::string(m->columnView(index)); }
    // The text of a column without a copy: valid until the next step() or reset().
    std::string_view columnView(int index) const { return m->columnView(index); }
    std::vector<unsigned char> columnBlob(int index) const { return m->columnBlob(index); }

private:
    std::unique_ptr<StatementBackend> m;
};

// Many rows into one table, as fast as the engine takes them: a prepared INSERT run for each row
// (SQLite), or COPY ... FROM STDIN streaming them (PostgreSQL). A row's values are set by 0-based
// column, then addRow(); finish() ends it. A failure may be reported by addRow() or only by finish()
// (COPY checks the rows when they arrive at the server). Nothing else runs on the connection until
// finish(); dropping the object unfinished abandons the rows not yet committed.
class BulkInsert {
public:
    virtual ~BulkInsert() = default;
    virtual void setNull(int column) = 0;
    virtual void setInt(int column, std::int64_t value) = 0;
    virtual void setReal(int column, double value) = 0;
    // `text` stays unchanged until addRow().
    virtual void setText(int column, std::string_view text) = 0;
    virtual Status addRow() = 0;
    virtual Status finish() = 0;
};

// One connection of any engine.
class Connection {
public:
    virtual ~Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    virtual Result<Statement> prepare(std::string_view sql) = 0;
    // Statements without parameters (DDL, the engine's settings).
    virtual Status exec(std::string_view sql) = 0;
    // Rows into `table`'s `columns` (BulkInsert). The default runs a prepared INSERT per row.
    virtual Result<std::unique_ptr<BulkInsert>> bulkInsert(std::string_view table,
                                                           const std::vector<std::string_view> &columns);
    // A single value from a query.
    Result<FieldValue> scalar(std::string_view sql, const std::vector<FieldValue> &params = {});
    // The id the last INSERT gave its row.
    virtual std::int64_t lastInsertId() const = 0;
    // Rows changed by the last statement.
    virtual int changes() const = 0;
    virtual bool inTransaction() const = 0;
    // Whether the last failure was a UNIQUE or PRIMARY KEY constraint (a row that exists already).
    virtual bool lastErrorWasUniqueViolation() const = 0;
    // Where the connection goes: a file path, or a server and database.
    const std::string &path() const { return m_path; }

protected:
    explicit Connection(std::string path) : m_path(std::move(path)) {}

private:
    std::string m_path;
};

} // namespace casebook::storage
