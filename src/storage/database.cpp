// Opening, checking, migrating and configuring a casebook file.
#include "database.h"

#include "migrations.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
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

thread_local int t_savepointDepth = 0;

// PRAGMA quick_check or integrity_check: "ok" or the first problems.
Result<std::string> checkPragma(Connection &c, bool quick)
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
    auto conn = Connection::open(path, Connection::Mode::ReadOnly);
    if (!conn)
        return conn.error();
    sqlite3_busy_timeout((*conn)->handle(), 5000);
    auto check = checkPragma(**conn, true);
    if (!check)
        return check.error();
    if (*check != "ok")
        return Error::database(path + " failed SQLite's quick_check: " + *check +
                               ". Nothing was written to it; close it and restore the casebook from a backup");
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string &path, OpenMode mode, IntegrityCheck check)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (exists && mode == OpenMode::CreateNew)
        return Error::database(path + " already exists; choose a new file name");
    if (!exists && mode == OpenMode::OpenExisting)
        return Error::database(path + " does not exist");
    if (exists)
        CASEBOOK_TRY(checkHeader(path));

    auto conn = Connection::open(path, exists ? Connection::Mode::ReadWrite : Connection::Mode::ReadWriteCreate);
    if (!conn)
        return conn.error();
    std::unique_ptr<Database> db(new Database(std::move(*conn)));
    if (struct stat st {}; ::stat(path.c_str(), &st) == 0) {
        db->m_device = st.st_dev;
        db->m_inode = st.st_ino;
    }
    db->m_user = osUserName();
    db->m_report.created = !exists;
    auto &c = *db->m_conn;
    sqlite3_busy_timeout(c.handle(), 5000);

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
    const int fileVersion = int(asInt(*version));
    if (fileVersion > currentSchemaVersion())
        return Error::database(path + " has schema version " + std::to_string(fileVersion) +
                               ", newer than this Casebook build knows (schema version " +
                               std::to_string(currentSchemaVersion()) + "); open it with a newer Casebook");
    if (!empty) {
        // Opening writes to a file only to migrate it or to switch it to WAL: those files are
        // checked first whatever was asked, so that a damaged file is never written to.
        auto journal = c.scalar("PRAGMA journal_mode");
        if (!journal)
            return journal.error();
        const auto *mode = std::get_if<std::string>(&*journal);
        const bool writesAtOpen = fileVersion < currentSchemaVersion() || !mode || *mode != "wal";
        if (check == IntegrityCheck::InBackground && !writesAtOpen) {
            db->m_check = std::async(std::launch::async, checkInBackground, path).share();
        } else {
            auto verdict = checkPragma(c, true);
            if (!verdict)
                return verdict.error();
            if (*verdict != "ok")
                return Error::database(path + " failed SQLite's quick_check and was not opened: " + *verdict);
        }
    }
    db->m_report.schemaVersionBefore = fileVersion;
    CASEBOOK_TRY(db->configure());
    if (fileVersion < currentSchemaVersion())
        CASEBOOK_TRY(db->migrate(fileVersion));
    db->m_report.schemaVersion = currentSchemaVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::openCompanion() const
{
    auto conn = Connection::open(path(), Connection::Mode::ReadWrite);
    if (!conn)
        return conn.error();
    std::unique_ptr<Database> db(new Database(std::move(*conn)));
    db->m_device = m_device;
    db->m_inode = m_inode;
    db->m_user = m_user;
    db->m_check = m_check;
    db->m_report.schemaVersionBefore = db->m_report.schemaVersion = m_report.schemaVersion;
    CASEBOOK_TRY(db->checkFileStillThere()); // the file opened above is the one this one opened
    sqlite3_busy_timeout(db->m_conn->handle(), 5000);
    CASEBOOK_TRY(db->configure());
    return db;
}

void Database::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_conn->handle(), milliseconds); }

Status Database::checkFileStillThere() const
{
    struct stat st {};
    if (::stat(path().c_str(), &st) != 0 || st.st_dev != m_device || st.st_ino != m_inode)
        return Error::database(path() + " was deleted or replaced while Casebook had it open; nothing more was saved "
                                        "to it. What it held is still open: save a copy under a new name to keep it");
    return {};
}

Status Database::configure()
{
    CASEBOOK_TRY(m_conn->exec("PRAGMA foreign_keys = ON"));
    auto mode = m_conn->scalar("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    CASEBOOK_TRY(m_conn->exec("PRAGMA synchronous = NORMAL"));
    return {};
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
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

Result<std::string> Database::integrityCheck(bool quick) { return checkPragma(*m_conn, quick); }

std::optional<Status> Database::integrityVerdict() const
{
    if (!m_check.valid())
        return Status{};
    if (m_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return m_check.get();
}

Status Database::awaitIntegrity() const { return m_check.valid() ? m_check.get() : Status{}; }

Result<WriteTransaction> WriteTransaction::begin(Database &db)
{
    auto &c = db.connection();
    if (c.inTransaction()) {
        const int depth = ++t_savepointDepth;
        if (auto s = c.exec("SAVEPOINT casebook_" + std::to_string(depth)); !s) {
            --t_savepointDepth;
            return s.error();
        }
        return WriteTransaction(&db, true, depth);
    }
    // SQLite would go on writing to a deleted file (POSIX keeps it alive while open), and the
    // data would vanish when the file is closed: refuse instead, before anything is written.
    CASEBOOK_TRY(db.checkFileStillThere());
    CASEBOOK_TRY(db.awaitIntegrity());
    CASEBOOK_TRY(c.exec("BEGIN IMMEDIATE"));
    return WriteTransaction(&db, false, 0);
}

WriteTransaction::WriteTransaction(WriteTransaction &&other) noexcept
    : m_db(other.m_db), m_nested(other.m_nested), m_depth(other.m_depth), m_done(other.m_done)
{
    other.m_done = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    auto &c = m_db->connection();
    if (m_nested) {
        const std::string name = "casebook_" + std::to_string(m_depth);
        (void)c.exec("ROLLBACK TO " + name);
        (void)c.exec("RELEASE " + name);
        --t_savepointDepth;
    } else if (c.inTransaction()) {
        (void)c.exec("ROLLBACK");
    }
}

Status WriteTransaction::commit()
{
    auto &c = m_db->connection();
    if (m_nested) {
        CASEBOOK_TRY(c.exec("RELEASE casebook_" + std::to_string(m_depth)));
        --t_savepointDepth;
        m_done = true;
        return {};
    }
    if (auto s = c.exec("COMMIT"); !s) {
        // The transaction stays open after a failed COMMIT (SQLITE_BUSY); the destructor rolls it back.
        return s;
    }
    m_done = true;
    return {};
}

Status inTransaction(Database &db, const std::function<Status()> &work)
{
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    CASEBOOK_TRY(work());
    return tx->commit();
}

} // namespace casebook::storage
