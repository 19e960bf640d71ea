// The SQLite engine's casebook: opening, checking, migrating and configuring a casebook file.
#include "sqlite_database.h"

#include "migrations.h"
#include "schema_check.h"

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <fstream>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casebook::storage {

namespace {

std::string osUserName()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return pw->pw_name;
    if (const char *user = std::getenv("USER"))
        return user;
    return "unknown";
}

// Reads SQLite's 16-byte magic without opening the file as a database. An empty file passes: it is
// what a Casebook stopped while creating a file leaves, and SQLite reads it as an empty database
// plus whatever its -wal file already committed.
Status checkHeader(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::database("cannot read " + path);
    if (in.peek() == std::ifstream::traits_type::eof())
        return {};
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() != sizeof header || std::string_view(header, 16) != std::string_view("SQLite format 3\0", 16))
        return Error::database(path + " is not a Casebook file: it is not an SQLite database");
    return {};
}

std::int64_t asInt(const FieldValue &v)
{
    const auto *i = std::get_if<std::int64_t>(&v);
    return i ? *i : 0;
}

std::string backupPathFor(const std::string &path, int version)
{
    const auto now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::gmtime(&now));
    std::string candidate = path + ".v" + std::to_string(version) + "-backup-" + stamp + ".sqlite";
    for (int n = 2; std::filesystem::exists(candidate); ++n)
        candidate = path + ".v" + std::to_string(version) + "-backup-" + stamp + "-" + std::to_string(n) + ".sqlite";
    return candidate;
}

// PRAGMA quick_check or integrity_check: "ok" or the first problems.
Result<std::string> checkPragma(SqliteConnection &c, bool quick)
{
    auto stmt = c.prepare(quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)");
    if (!stmt)
        return stmt.error();
    std::string out;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        out += (out.empty() ? "" : "; ") + stmt->columnText(0);
        return {};
    }));
    return out;
}

// The background check: its own read-only connection, so it can run while the casebook's own
// connection reads on the GUI thread (WAL lets a reader and a writer work side by side).
Status checkInBackground(const std::string &path)
{
    auto conn = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!conn)
        return conn.error();
    (*conn)->setBusyTimeout(5000);
    auto check = checkPragma(**conn, true);
    if (!check)
        return check.error();
    if (*check != "ok")
        return Error::database(path + " failed SQLite's quick_check: " + *check +
                               ". Nothing was written to it; close it and restore the casebook from a backup");
    return {};
}

} // namespace

namespace {

std::string fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

// Creates a complete, empty casebook at `path`: built under a temporary name in the same folder
// (owner-only), then linked into place, which fails if `path` appeared meanwhile. A kill before the
// link leaves no file under the casebook's name, so a half-created casebook is never opened.
Status createCasebookFile(const std::string &path)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".creating-" +
                                                  std::to_string(::getpid()));
    const std::string tempPath = temp.string();
    const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::database("cannot create " + path + ": " + std::strerror(errno));
    ::close(fd);
    const auto fail = [&](const Error &e) -> Status {
        ::unlink(tempPath.c_str());
        ::unlink((tempPath + "-journal").c_str());
        return e;
    };
    {
        auto conn = SqliteConnection::open(tempPath, SqliteConnection::Mode::ReadWrite);
        if (!conn)
            return fail(conn.error());
        auto &c = **conn;
        if (auto s = c.exec("BEGIN IMMEDIATE"); !s)
            return fail(s.error());
        for (const auto &step : migrations())
            if (auto s = c.exec(step.sql); !s)
                return fail(Error::database("schema step " + std::to_string(step.version) + " failed: " +
                                            s.error().message));
        if (auto s = c.exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !s)
            return fail(s.error());
        if (auto s = c.exec("PRAGMA user_version = " + std::to_string(currentSchemaVersion())); !s)
            return fail(s.error());
        if (auto s = c.exec("COMMIT"); !s)
            return fail(s.error());
        if (auto mode = c.scalar("PRAGMA journal_mode = WAL"); !mode)
            return fail(mode.error());
    } // closed: everything is in the main file
    if (const int sync = ::open(tempPath.c_str(), O_RDONLY | O_CLOEXEC); sync >= 0) {
        ::fsync(sync);
        ::close(sync);
    }
    if (::link(tempPath.c_str(), path.c_str()) != 0) {
        const int error = errno;
        return fail(Error::database(error == EEXIST ? path + " already exists; choose a new file name"
                                                    : "cannot create " + path + ": " + std::strerror(error)));
    }
    ::unlink(tempPath.c_str());
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> SqliteDatabase::open(const std::string &path, OpenMode mode, IntegrityCheck check)
{
    if (isSqliteUri(path))
        return Error::database(path + " is an SQLite URI, not a file path; give the casebook's file path");
    const bool readOnly = mode == OpenMode::ReadOnly;
    struct stat before {};
    bool exists = ::stat(path.c_str(), &before) == 0;
    if (!exists && errno != ENOENT)
        return Error::database("cannot open " + path + ": " + std::strerror(errno));
    if (exists && !S_ISREG(before.st_mode))
        return Error::database(path + " is " + fileKind(before.st_mode) + ", not a casebook file");
    if (exists && mode == OpenMode::CreateNew)
        return Error::database(path + " already exists; choose a new file name");
    if (!exists && (mode == OpenMode::OpenExisting || readOnly))
        return Error::database(path + " does not exist");
    bool created = false;
    if (!exists) {
        auto made = createCasebookFile(path);
        // Another process may have created it meanwhile: CreateIfMissing then opens that one.
        if (!made && !(mode == OpenMode::CreateIfMissing && ::stat(path.c_str(), &before) == 0 && S_ISREG(before.st_mode)))
            return made.error();
        created = made.ok();
    }
    if (!created) {
        CASEBOOK_TRY(checkHeader(path));
        // An empty file is not a casebook, unless it has a -wal file beside it: what an older
        // Casebook stopped while creating a file left (SQLite reads the committed -wal).
        struct stat wal {};
        if (before.st_size == 0 && (::stat((path + "-wal").c_str(), &wal) != 0 || wal.st_size == 0))
            return Error::database(path + " is an empty file, not a casebook; `casebook-cli init` creates a "
                                          "casebook under a new name");
    }

    // On read-only media SQLite cannot create a WAL file's -shm; such a file is opened immutable
    // (nothing can change it there), the only way SQLite reads it.
    const bool immutable = readOnly && !canWriteCasebookAt(path);
    auto conn = SqliteConnection::open(path, immutable  ? SqliteConnection::Mode::Immutable
                                       : readOnly ? SqliteConnection::Mode::ReadOnly
                                                  : SqliteConnection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(std::move(*conn)));
    if (struct stat st {}; ::stat(path.c_str(), &st) == 0) {
        db->m_device = st.st_dev;
        db->m_inode = st.st_ino;
    }
    db->m_user = osUserName();
    db->m_report.created = created;
    db->m_report.currentSchemaVersion = currentSchemaVersion();
    auto &c = *db->m_conn;
    c.setBusyTimeout(5000);

    // Identify the file before anything writes to it.
    auto appId = c.scalar("PRAGMA application_id");
    if (!appId)
        return appId.error();
    auto version = c.scalar("PRAGMA user_version");
    if (!version)
        return version.error();
    auto tables = c.scalar("SELECT count(*) FROM sqlite_schema");
    if (!tables)
        return tables.error();
    const bool empty = asInt(*tables) == 0 && asInt(*appId) == 0;
    if (!empty && asInt(*appId) != kApplicationId) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08llX", static_cast<unsigned long long>(asInt(*appId)));
        return Error::database(path + " is not a Casebook file: it is an SQLite database of another application "
                                      "(application_id " + hex + ")");
    }
    if (empty && mode != OpenMode::CreateIfMissing)
        return Error::database(path + " is an empty SQLite database, not a casebook; `casebook-cli init` turns it "
                                      "into one");
    const int fileVersion = int(asInt(*version));
    if (fileVersion > currentSchemaVersion())
        return Error::database(path + " has schema version " + std::to_string(fileVersion) +
                               ", newer than this Casebook build knows (schema version " +
                               std::to_string(currentSchemaVersion()) + "); open it with a newer Casebook");
    if (fileVersion < 0)
        return Error::database(path + " has schema version " + std::to_string(fileVersion) + ", which no Casebook writes");
    // Before anything else reads or writes the file: its schema is exactly Casebook's for its version.
    // Reading sqlite_schema runs nothing; a trigger or view it holds would run on the first write or read.
    auto difference = compareSchema(c, fileVersion);
    if (!difference)
        return difference.error();
    if (!difference->empty())
        return Error::database(path + " was not opened: its schema is not Casebook's (schema version " +
                               std::to_string(fileVersion) + "): " + difference->describe() +
                               ". A casebook from elsewhere may carry code that would run when it is used. "
                               "`casebook-cli rescue " + path + " --out NEW.sqlite` copies its records into a new "
                               "casebook and leaves this file as it is");
    if (!empty && !readOnly) {
        // Opening writes to a file only to migrate it or to switch it to WAL: those files are
        // checked first whatever was asked, so that a damaged file is never written to.
        auto journal = c.scalar("PRAGMA journal_mode");
        if (!journal)
            return journal.error();
        const auto *journalMode = std::get_if<std::string>(&*journal);
        const bool writesAtOpen = fileVersion < currentSchemaVersion() || !journalMode || *journalMode != "wal";
        if (check == IntegrityCheck::InBackground && !writesAtOpen) {
            db->m_check = std::async(std::launch::async, checkInBackground, path).share();
        } else if (!created) {
            auto verdict = checkPragma(c, true);
            if (!verdict)
                return verdict.error();
            if (*verdict != "ok")
                return Error::database(path + " failed SQLite's quick_check and was not opened: " + *verdict);
        }
    }
    db->m_report.schemaVersionBefore = fileVersion;
    CASEBOOK_TRY(db->configure(readOnly));
    if (readOnly) {
        db->m_report.schemaVersion = fileVersion;
        return std::unique_ptr<Database>(std::move(db));
    }
    if (fileVersion < currentSchemaVersion())
        CASEBOOK_TRY(db->migrate(fileVersion));
    db->m_report.schemaVersion = currentSchemaVersion();
    return std::unique_ptr<Database>(std::move(db));
}

namespace {

// Copies the main database of `source` page by page into a new in-memory database (nothing in it runs).
Result<std::unique_ptr<SqliteConnection>> copyToMemory(SqliteConnection &source, const std::string &name)
{
    auto memory = SqliteConnection::open(":memory:", SqliteConnection::Mode::ReadWrite);
    if (!memory)
        return memory.error();
    sqlite3_backup *backup = sqlite3_backup_init((*memory)->handle(), "main", source.handle(), "main");
    if (!backup)
        return sqliteError((*memory)->handle(), sqlite3_errcode((*memory)->handle()), "cannot copy " + name);
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(source.handle(), rc, "cannot copy " + name);
    return memory;
}

// DROP of an object named in a received file, for the in-memory copy only: the name is read from
// the file, so it is quoted as an identifier (its double quotes doubled), never run as SQL.
std::string dropStatement(const SchemaObject &o)
{
    const std::string kind = o.type == "table" ? "TABLE" : o.type == "index" ? "INDEX" : o.type == "view" ? "VIEW" : "TRIGGER";
    std::string quoted = "\"";
    for (const char ch : o.name)
        quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return "DROP " + kind + " IF EXISTS " + quoted + "\"";
}

} // namespace

Result<std::unique_ptr<Database>> SqliteDatabase::upgradedCopyInMemory() const
{
    auto memory = copyToMemory(*m_conn, path());
    if (!memory)
        return memory.error();
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(std::move(*memory)));
    db->m_inMemory = true;
    db->m_path = path();
    db->m_user = m_user;
    db->m_report = m_report;
    CASEBOOK_TRY(db->m_conn->exec("PRAGMA foreign_keys = ON"));
    if (m_report.schemaVersion < currentSchemaVersion())
        CASEBOOK_TRY(db->migrate(m_report.schemaVersion));
    db->m_report.schemaVersion = currentSchemaVersion();
    return std::unique_ptr<Database>(std::move(db));
}

namespace {

// A casebook file opened read-only for rescue, with its schema version: it is a regular file with
// Casebook's header and application id and a version this build can read. Nothing in it has run.
struct RescueSource {
    std::unique_ptr<SqliteConnection> file;
    int version = 0;
};

Result<RescueSource> openRescueSource(const std::string &path)
{
    if (isSqliteUri(path))
        return Error::database(path + " is an SQLite URI, not a file path");
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return Error::database("cannot open " + path + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        return Error::database(path + " is " + fileKind(st.st_mode) + ", not a casebook file");
    CASEBOOK_TRY(checkHeader(path));
    auto file = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!file)
        return file.error();
    (*file)->setBusyTimeout(5000);
    auto appId = (*file)->scalar("PRAGMA application_id");
    if (!appId)
        return appId.error();
    if (asInt(*appId) != kApplicationId)
        return Error::database(path + " is not a Casebook file (its application_id is not Casebook's)");
    auto version = (*file)->scalar("PRAGMA user_version");
    if (!version)
        return version.error();
    const int fileVersion = int(asInt(*version));
    if (fileVersion < 1 || fileVersion > currentSchemaVersion())
        return Error::database(path + " has schema version " + std::to_string(fileVersion) +
                               ", which this Casebook cannot rescue");
    return RescueSource{std::move(*file), fileVersion};
}

} // namespace

Result<bool> refusedForSchemaOnly(const std::string &path)
{
    auto source = openRescueSource(path);
    if (!source)
        return false; // not a casebook this build reads at all: rescue cannot help either
    auto difference = compareSchema(*source->file, source->version);
    if (!difference)
        return difference.error();
    return !difference->empty();
}

Result<std::unique_ptr<Database>> rescueCopyInMemory(const std::string &path, std::vector<std::string> &dropped)
{
    auto source = openRescueSource(path);
    if (!source)
        return source.error();
    auto &file = source->file;
    const int fileVersion = source->version;
    auto memory = copyToMemory(*file, path);
    if (!memory)
        return memory.error();
    file.reset(); // the file is closed, untouched
    auto &c = **memory;
    auto difference = compareSchema(c, fileVersion);
    if (!difference)
        return difference.error();
    auto expected = expectedSchema(fileVersion);
    if (!expected)
        return expected.error();
    const auto definition = [&](const SchemaObject &o) -> std::string {
        for (const auto &e : *expected)
            if (e.type == o.type && e.name == o.name)
                return e.sql;
        return {};
    };
    const auto drop = [&](const SchemaObject &o) -> Status {
        if (o.name.starts_with("sqlite_autoindex_"))
            return {}; // goes with its table
        return c.exec(dropStatement(o));
    };
    // Triggers and views first: nothing of the sender's may run while the rest is dropped.
    for (const char *pass : {"trigger", "view", "index", "table"}) {
        for (const auto &o : difference->foreign)
            if (o.type == pass) {
                CASEBOOK_TRY(drop(o));
                dropped.push_back(o.type + " " + o.name + " (not Casebook's)");
            }
        for (const auto &o : difference->changed)
            if (o.type == pass) {
                if (o.type == "table")
                    return Error::database(path + " cannot be rescued: its table " + o.name +
                                           " is not defined as Casebook defines it");
                CASEBOOK_TRY(drop(o));
                dropped.push_back(o.type + " " + o.name + " (defined differently; put back as Casebook's)");
            }
    }
    for (const auto &o : difference->missing)
        if (o.type == "table")
            return Error::database(path + " cannot be rescued: its table " + o.name + " is missing");
    for (const auto &o : difference->changed)
        CASEBOOK_TRY(c.exec(definition(o)));
    for (const auto &o : difference->missing)
        if (!o.sql.empty()) {
            CASEBOOK_TRY(c.exec(o.sql));
            dropped.push_back(o.type + " " + o.name + " (missing; put back)");
        }
    auto after = compareSchema(c, fileVersion);
    if (!after)
        return after.error();
    if (!after->empty())
        return Error::database(path + " cannot be rescued: " + after->describe());
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(std::move(*memory)));
    db->m_inMemory = true;
    db->m_path = path;
    db->m_user = osUserName();
    db->m_report.schemaVersionBefore = db->m_report.schemaVersion = fileVersion;
    db->m_report.currentSchemaVersion = currentSchemaVersion();
    CASEBOOK_TRY(db->m_conn->exec("PRAGMA foreign_keys = ON"));
    if (fileVersion < currentSchemaVersion())
        CASEBOOK_TRY(db->migrate(fileVersion));
    db->m_report.schemaVersion = currentSchemaVersion();
    return std::unique_ptr<Database>(std::move(db));
}

Result<std::unique_ptr<Database>> SqliteDatabase::openCompanion() const
{
    auto conn = SqliteConnection::open(path(), SqliteConnection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(std::move(*conn)));
    db->m_device = m_device;
    db->m_inode = m_inode;
    db->m_user = m_user;
    db->m_check = m_check;
    db->m_report.schemaVersionBefore = db->m_report.schemaVersion = m_report.schemaVersion;
    db->m_report.currentSchemaVersion = currentSchemaVersion();
    CASEBOOK_TRY(db->checkFileStillThere()); // the file opened above is the one this one opened
    db->m_conn->setBusyTimeout(5000);
    CASEBOOK_TRY(db->configure());
    return std::unique_ptr<Database>(std::move(db));
}

void SqliteDatabase::setBusyTimeout(int milliseconds) { m_conn->setBusyTimeout(milliseconds); }

Status SqliteDatabase::checkFileStillThere() const
{
    if (m_inMemory)
        return {};
    struct stat st {};
    if (::stat(path().c_str(), &st) != 0 || st.st_dev != m_device || st.st_ino != m_inode)
        return Error::database(path() + " was deleted or replaced while Casebook had it open; nothing more was saved "
                                        "to it. What it held is still open: save a copy under a new name to keep it");
    return {};
}

Status SqliteDatabase::configure(bool readOnly)
{
    CASEBOOK_TRY(m_conn->exec("PRAGMA foreign_keys = ON"));
    if (readOnly)
        return {};
    auto mode = m_conn->scalar("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    CASEBOOK_TRY(m_conn->exec("PRAGMA synchronous = NORMAL"));
    return {};
}

Status SqliteDatabase::migrate(int fromVersion)
{
    if (fromVersion > 0 && !m_inMemory) {
        m_report.backupPath = backupPathFor(path(), fromVersion);
        CASEBOOK_TRY(m_conn->backupTo(m_report.backupPath));
    }
    for (const auto &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        auto tx = WriteTransaction::begin(*this);
        if (!tx)
            return tx.error();
        if (auto s = m_conn->exec(step.sql); !s)
            return Error::database("schema step " + std::to_string(step.version) + " failed: " + s.error().message);
        CASEBOOK_TRY(m_conn->exec("PRAGMA application_id = " + std::to_string(kApplicationId)));
        CASEBOOK_TRY(m_conn->exec("PRAGMA user_version = " + std::to_string(step.version)));
        CASEBOOK_TRY(tx->commit());
    }
    return {};
}

bool canWriteCasebookAt(const std::string &path)
{
    if (isServerLocation(path))
        return true; // the server decides, statement by statement
    const auto folder = std::filesystem::path(path).parent_path();
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
}

void removeCasebookFiles(const std::string &path)
{
    if (isServerLocation(path))
        return;
    for (const char *suffix : {"", "-wal", "-shm"})
        ::unlink((path + suffix).c_str());
}

Result<Id> SqliteDatabase::newCaseNumber()
{
    // One past the highest number any case of this casebook ever had, which the append-only audit
    // trail remembers (an index seek).
    auto highest = m_conn->scalar("SELECT max(n) FROM (SELECT max(id) AS n FROM cases UNION ALL "
                                  "SELECT max(record_id) AS n FROM audit_log WHERE table_name = 'cases') AS used");
    if (!highest)
        return highest.error();
    const auto *n = std::get_if<std::int64_t>(&*highest);
    return (n ? *n : 0) + 1;
}

Result<std::string> SqliteDatabase::integrityCheck(bool quick) { return checkPragma(*m_conn, quick); }

std::optional<Status> SqliteDatabase::integrityVerdict() const
{
    if (!m_check.valid())
        return Status{};
    if (m_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return m_check.get();
}

Status SqliteDatabase::awaitIntegrity() const { return m_check.valid() ? m_check.get() : Status{}; }

Status SqliteDatabase::beginWrite()
{
    // SQLite would go on writing to a deleted file (POSIX keeps it alive while open), and the
    // data would vanish when the file is closed: refuse instead, before anything is written.
    CASEBOOK_TRY(checkFileStillThere());
    CASEBOOK_TRY(awaitIntegrity());
    // Taking the write lock at the start means a second process waits (busy timeout) or gets a
    // clear "in use" error instead of a failed upgrade later.
    return m_conn->exec("BEGIN IMMEDIATE");
}

Result<std::vector<std::pair<std::string, std::string>>> SqliteDatabase::structureProblems()
{
    std::vector<std::pair<std::string, std::string>> problems;
    const std::pair<const char *, const char *> checks[] = {
        {"PRAGMA integrity_check(100)", "SQLite integrity_check"},
        {"PRAGMA foreign_key_check", "SQLite foreign_key_check"},
    };
    for (const auto &check : checks) {
        const char *sql = check.first;
        const std::string where = check.second; // a named copy: lambdas may not capture structured bindings (clang)
        auto stmt = m_conn->prepare(sql);
        if (!stmt)
            return stmt.error();
        CASEBOOK_TRY(stmt->eachRow([&] {
            std::string row;
            for (int i = 0; i < stmt->columnCount(); ++i)
                row += (i ? " " : "") + stmt->columnText(i);
            if (row != "ok")
                problems.emplace_back(where, row);
        }));
    }
    return problems;
}

Result<bool> SqliteDatabase::suspendCheckConstraints()
{
    auto ignored = m_conn->scalar("PRAGMA ignore_check_constraints");
    if (!ignored)
        return ignored.error();
    if (*ignored != FieldValue(std::int64_t(0)))
        return false;
    CASEBOOK_TRY(m_conn->exec("PRAGMA ignore_check_constraints = ON"));
    return true;
}

Status SqliteDatabase::restoreCheckConstraints() { return m_conn->exec("PRAGMA ignore_check_constraints = OFF"); }

} // namespace casebook::storage
