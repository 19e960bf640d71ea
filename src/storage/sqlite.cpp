// SQLite C API wrapper; see sqlite.h.
#include "sqlite.h"

#include <sqlite3.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casebook::storage {

Error sqliteError(sqlite3 *db, int code, std::string_view doing)
{
    const int primary = code & 0xff;
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error::database(std::string(doing) + ": the casebook is in use by another Casebook window or "
                                                    "process and stayed locked; try again in a moment (" +
                               detail + ")");
    if (primary == SQLITE_FULL)
        return Error::database(std::string(doing) + ": the disk is full; nothing was saved (" + detail + ")");
    if (primary == SQLITE_READONLY)
        return Error::database(std::string(doing) + ": the casebook file is read-only; nothing was saved (" +
                               detail + ")");
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return Error::database(std::string(doing) + ": the file is damaged or not a database (" + detail + ")");
    if (primary == SQLITE_CONSTRAINT)
        return {ErrorKind::BadInput, {}, std::string(doing) + ": " + detail};
    return Error::database(std::string(doing) + ": " + detail);
}

namespace {

class SqliteStatement final : public StatementBackend {
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, const FieldValue &value) override
    {
        struct Binder {
            sqlite3_stmt *s;
            int i;
            void operator()(std::monostate) const { sqlite3_bind_null(s, i); }
            void operator()(std::int64_t v) const { sqlite3_bind_int64(s, i, v); }
            void operator()(double v) const { sqlite3_bind_double(s, i, v); }
            void operator()(const std::string &v) const
            {
                sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
            }
        };
        std::visit(Binder{m_stmt, index}, value);
    }
    void bindBlob(int index, const void *data, std::size_t size) override
    {
        sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(size), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }
    void bindInt(int index, std::int64_t value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindReal(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    void bindTextInPlace(int index, std::string_view text) override
    {
        // An empty view may have no data pointer, which SQLite would bind as NULL instead of ''.
        sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
    }

    Result<bool> step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        Error e = sqliteError(m_db, rc, "the database refused a statement");
        sqlite3_reset(m_stmt);
        return e;
    }
    void rewind() override { sqlite3_reset(m_stmt); }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    FieldValue column(int index) const override
    {
        switch (sqlite3_column_type(m_stmt, index)) {
        case SQLITE_INTEGER: return std::int64_t(sqlite3_column_int64(m_stmt, index));
        case SQLITE_FLOAT: return sqlite3_column_double(m_stmt, index);
        case SQLITE_NULL: return std::monostate{};
        default: return std::string(columnView(index));
        }
    }
    void readColumn(int index, FieldValue &value) const override
    {
        if (sqlite3_column_type(m_stmt, index) == SQLITE_TEXT) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
            const auto size = text ? std::size_t(sqlite3_column_bytes(m_stmt, index)) : 0;
            if (!text)
                text = "";
            if (auto *s = std::get_if<std::string>(&value))
                s->assign(text, size);
            else
                value = std::string(text, size);
            return;
        }
        value = column(index);
    }
    bool columnIsNull(int index) const override { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }
    std::int64_t columnInt(int index) const override { return sqlite3_column_int64(m_stmt, index); }
    std::string_view columnView(int index) const override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
        return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
    }
    std::vector<unsigned char> columnBlob(int index) const override
    {
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, index));
        const int size = sqlite3_column_bytes(m_stmt, index);
        return data ? std::vector<unsigned char>(data, data + size) : std::vector<unsigned char>();
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// A casebook may come from someone else: its schema (triggers, views, CHECK and DEFAULT expressions)
// is data, never code that runs with Casebook's rights. Defensive mode refuses writes to the schema
// and other ways to corrupt the file on purpose; with trusted_schema off, SQL functions with side
// effects cannot run from the schema; the FTS3 tokenizer pointer trick is off.
// (SQLite: sqlite3_db_config, SQLITE_DBCONFIG_DEFENSIVE / TRUSTED_SCHEMA / ENABLE_FTS3_TOKENIZER.)
Status harden(sqlite3 *db)
{
    int applied = -1;
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied) != SQLITE_OK || applied != 1)
        return Error::internal("internal: SQLite refused defensive mode");
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied) != SQLITE_OK || applied != 0)
        return Error::internal("internal: SQLite refused to distrust the schema");
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &applied) != SQLITE_OK || applied != 0)
        return Error::internal("internal: SQLite refused to turn the FTS3 tokenizer off");
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    return {};
}

} // namespace

bool isSqliteUri(std::string_view path) { return path.size() >= 5 && std::string_view(path.data(), 5) == "file:"; }

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string &path, Mode mode)
{
    // Debian's SQLite interprets "file:..." names as URIs whatever the open flags say
    // (SQLITE_USE_URI=1), so "file:x?mode=memory" would open a database in memory and report
    // success. A casebook is a file path, never a URI.
    if (isSqliteUri(path))
        return Error::database(path + " is an SQLite URI, not a file path; give the casebook's file path "
                                      "(./" + path + " if the file's name really starts with \"file:\")");
    if (mode == Mode::ReadWriteCreate) {
        // Create the file ourselves so it is readable by its owner only; SQLite gives its -wal and
        // -shm files the same permissions.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error::database("cannot create " + path + ": " + std::string(std::strerror(errno)));
        ::close(fd);
    }
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= mode == Mode::ReadOnly || mode == Mode::Immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    std::string name = path;
    if (mode == Mode::Immutable) {
        // RFC 3986 percent-encoding of every byte but the unreserved ones and '/'.
        char resolved[PATH_MAX];
        name = "file:";
        for (const char c : std::string(::realpath(path.c_str(), resolved) ? resolved : path.c_str())) {
            const auto u = static_cast<unsigned char>(c);
            if (std::isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
                name += c;
            } else {
                static const char *hex = "0123456789ABCDEF";
                name += '%';
                name += hex[u >> 4];
                name += hex[u & 0xF];
            }
        }
        name += "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, rc, "cannot open " + path);
        sqlite3_close_v2(db);
        return e;
    }
    sqlite3_extended_result_codes(db, 1);
    if (auto hardened = harden(db); !hardened) {
        sqlite3_close_v2(db);
        return hardened.error();
    }
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, path));
}

SqliteConnection::~SqliteConnection() { sqlite3_close_v2(m_db); }

Result<Statement> SqliteConnection::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "cannot prepare a statement");
    return Statement(std::make_unique<SqliteStatement>(m_db, stmt));
}

Status SqliteConnection::exec(std::string_view sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        return sqliteError(m_db, rc, "the database refused a statement");
    }
    return {};
}

std::int64_t SqliteConnection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int SqliteConnection::changes() const { return sqlite3_changes(m_db); }

bool SqliteConnection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

bool SqliteConnection::lastErrorWasUniqueViolation() const
{
    const int code = sqlite3_extended_errcode(m_db);
    return code == SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLITE_CONSTRAINT_UNIQUE;
}

void SqliteConnection::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db, milliseconds); }

Status SqliteConnection::backupTo(const std::string &path)
{
    if (isSqliteUri(path))
        return Error::database(path + " is an SQLite URI, not a file path");
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::io({}, "cannot create the backup " + path + ": " + std::string(std::strerror(errno)));
    ::close(fd);
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &target, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK && !harden(target))
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (!backup) {
            rc = sqlite3_errcode(target);
        } else {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
    Status status;
    if (rc != SQLITE_OK) {
        status = sqliteError(target, rc, "cannot write the backup " + path);
        sqlite3_close_v2(target);
        ::unlink(path.c_str());
        return status;
    }
    sqlite3_close_v2(target);
    return status;
}

} // namespace casebook::storage
