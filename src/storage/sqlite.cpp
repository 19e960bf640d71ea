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

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, const FieldValue &value)
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
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, std::size_t size)
{
    sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(size), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindAll(const std::vector<FieldValue> &values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        bind(int(i + 1), values[i]);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindInt(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindTextInPlace(int index, std::string_view text)
{
    // An empty view may have no data pointer, which SQLite would bind as NULL instead of ''.
    sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
    return *this;
}

Result<bool> Statement::step()
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

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

std::string Statement::columnName(int index) const { return sqlite3_column_name(m_stmt, index); }

FieldValue Statement::column(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER: return std::int64_t(sqlite3_column_int64(m_stmt, index));
    case SQLITE_FLOAT: return sqlite3_column_double(m_stmt, index);
    case SQLITE_NULL: return std::monostate{};
    default: return columnText(index);
    }
}

void Statement::readColumn(int index, FieldValue &value) const
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

std::int64_t Statement::columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }

std::string Statement::columnText(int index) const { return std::string(columnView(index)); }

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

std::string_view Statement::columnView(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_stmt, index))) : std::string_view();
}

std::vector<unsigned char> Statement::columnBlob(int index) const
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, index));
    const int size = sqlite3_column_bytes(m_stmt, index);
    return data ? std::vector<unsigned char>(data, data + size) : std::vector<unsigned char>();
}

namespace {

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

Result<std::unique_ptr<Connection>> Connection::open(const std::string &path, Mode mode)
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
    return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection() { sqlite3_close_v2(m_db); }

Result<Statement> Connection::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "cannot prepare a statement");
    return Statement(m_db, stmt);
}

Status Connection::exec(std::string_view sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        return sqliteError(m_db, rc, "the database refused a statement");
    }
    return {};
}

Result<FieldValue> Connection::scalar(std::string_view sql, const std::vector<FieldValue> &params)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(params);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->column(0) : FieldValue{};
}

std::int64_t Connection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Connection::changes() const { return sqlite3_changes(m_db); }

bool Connection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

std::string Connection::errorMessage() const { return sqlite3_errmsg(m_db); }

Status Connection::backupTo(const std::string &path)
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
