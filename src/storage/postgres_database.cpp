// The server engine's casebook; see postgres_database.h.
#include "postgres_database.h"

#include "postgres_schema.h"

#include <libpq-fe.h>

#include <cstdio>
#include <random>

namespace casebook::storage {

namespace {

// The casebook's write lock: a transaction-scoped advisory lock (advisory locks belong to one
// database, so two casebooks on one server do not share it). "Casebook" in ASCII.
constexpr std::string_view kWriteLock = "SELECT pg_advisory_xact_lock(4855985420209581931)";

} // namespace

bool isServerLocation(std::string_view location)
{
    if (location.starts_with("postgresql://") || location.starts_with("postgres://"))
        return true;
    // A key=value connection string: libpq reads it without error ("service=casebook",
    // "host=/run/pg dbname=casebook"). A file path has no "=", or names no libpq keyword before it.
    if (location.find('=') == std::string_view::npos)
        return false;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(std::string(location).c_str(), &error);
    PQfreemem(error);
    if (!options)
        return false;
    PQconninfoFree(options);
    return true;
}

Result<std::unique_ptr<Database>> PgDatabase::open(const std::string &conninfo, OpenMode mode)
{
    auto conn = PgConnection::open(conninfo);
    if (!conn)
        return conn.error();
    std::unique_ptr<PgDatabase> db(new PgDatabase(std::move(*conn), conninfo));
    PgConnection &c = *db->m_conn;
    auto version = serverSchemaVersion(c);
    if (!version)
        return version.error();
    OpenReport report;
    report.currentSchemaVersion = currentServerSchemaVersion();
    if (!*version) {
        if (mode != OpenMode::CreateNew && mode != OpenMode::CreateIfMissing)
            return Error::notFound(c.path() + " holds no casebook yet; an administrator creates one with "
                                              "`casebook-cli server init --db URI` (docs/server.md)");
        CASEBOOK_TRY(initServerSchema(c));
        report.created = true;
        report.schemaVersion = currentServerSchemaVersion();
    } else {
        if (mode == OpenMode::CreateNew)
            return Error::conflict("server", c.path() + " already holds a casebook");
        report.schemaVersionBefore = report.schemaVersion = **version;
        if (**version > currentServerSchemaVersion())
            return newerServerSchema(c, **version);
        if (**version < currentServerSchemaVersion() && mode != OpenMode::ReadOnly) {
            if (auto upgraded = upgradeServerSchema(c); !upgraded)
                return Error::database(c.path() + " holds a casebook of an older server schema (version " +
                                       std::to_string(**version) + "; this Casebook uses " +
                                       std::to_string(currentServerSchemaVersion()) +
                                       ") and it could not be upgraded: " + upgraded.error().text() +
                                       ". An administrator upgrades it with `casebook-cli server upgrade --db URI`.");
            report.schemaVersion = currentServerSchemaVersion();
        }
    }
    if (mode == OpenMode::ReadOnly)
        CASEBOOK_TRY(c.exec("SET default_transaction_read_only = on"));
    auto who = c.scalar("SELECT session_user::text");
    if (!who)
        return who.error();
    db->setUserName(std::get<std::string>(*who));
    db->m_report = report;
    return std::unique_ptr<Database>(std::move(db));
}

Result<std::unique_ptr<Database>> PgDatabase::openCompanion() const
{
    auto conn = PgConnection::open(m_conninfo);
    if (!conn)
        return conn.error();
    std::unique_ptr<PgDatabase> db(new PgDatabase(std::move(*conn), m_conninfo));
    db->m_report = m_report;
    db->setUserName(userName());
    if (auto readOnly = m_conn->scalar("SHOW default_transaction_read_only");
        readOnly && std::get_if<std::string>(&*readOnly) && std::get<std::string>(*readOnly) == "on")
        CASEBOOK_TRY(db->m_conn->exec("SET default_transaction_read_only = on"));
    return std::unique_ptr<Database>(std::move(db));
}

Result<std::unique_ptr<Database>> PgDatabase::upgradedCopyInMemory() const
{
    return Error::database(path() + " is a casebook on a server: it is read where it is, not copied into memory");
}

Result<std::string> PgDatabase::integrityCheck(bool)
{
    CASEBOOK_TRY(checkFileStillThere());
    return std::string("ok");
}

Status PgDatabase::backupTo(const std::string &)
{
    return Error::database(path() + " is a casebook on a server: back it up with pg_dump (docs/server.md)");
}

void PgDatabase::setBusyTimeout(int milliseconds)
{
    (void)m_conn->exec("SET lock_timeout = " + std::to_string(std::max(0, milliseconds)));
}

Status PgDatabase::checkFileStillThere() const
{
    // A lost connection is made again (outside a transaction); a server that does not answer is an error.
    return m_conn->ensureConnected();
}

Status PgDatabase::beginWrite()
{
    CASEBOOK_TRY(checkFileStillThere());
    m_explicitIds.clear();
    CASEBOOK_TRY(m_conn->exec("BEGIN"));
    if (auto locked = m_conn->exec(kWriteLock); !locked) {
        (void)m_conn->exec("ROLLBACK");
        return locked;
    }
    return {};
}

Result<std::vector<std::pair<std::string, std::string>>> PgDatabase::structureProblems()
{
    std::vector<std::pair<std::string, std::string>> problems;
    auto version = serverSchemaVersion(*m_conn);
    if (!version)
        return version.error();
    if (!*version || **version != currentServerSchemaVersion())
        problems.emplace_back("server schema version", "the casebook records version " +
                                                           (*version ? std::to_string(**version) : std::string("none")) +
                                                           ", not " + std::to_string(currentServerSchemaVersion()));
    // A disabled trigger would let writes go unaudited or break the rules the triggers keep.
    auto disabled = m_conn->prepare(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled = 'D' AND c.relnamespace = current_schema()::regnamespace "
        "ORDER BY c.relname, t.tgname");
    if (!disabled)
        return disabled.error();
    CASEBOOK_TRY(disabled->eachRow([&] {
        problems.emplace_back("triggers", "trigger " + disabled->columnText(1) + " on " + disabled->columnText(0) +
                                              " is disabled");
    }));
    return problems;
}

Result<Id> PgDatabase::newCaseNumber()
{
    auto next = m_conn->scalar("SELECT nextval(pg_get_serial_sequence('cases', 'id'))");
    if (!next)
        return next.error();
    return std::get<std::int64_t>(*next);
}

Status PgDatabase::beforeCommit()
{
    // The token that tells, after a connection lost during COMMIT, whether this transaction was saved.
    // From the system's random source each time: processes forked from one another (and threads) never
    // share a generator's state.
    std::random_device random;
    char token[33];
    std::snprintf(token, sizeof token, "%08x%08x%08x%08x", unsigned(random()), unsigned(random()), unsigned(random()),
                  unsigned(random()));
    auto note = m_conn->prepare("SELECT casebook_note_operation(?)");
    if (!note)
        return note.error();
    CASEBOOK_TRY(note->bind(1, std::string(token)).run());
    m_conn->setCommitToken(token);
    if (m_explicitIds.empty())
        return {};
    auto advance = m_conn->prepare("SELECT casebook_advance_identity(?)");
    if (!advance)
        return advance.error();
    for (const auto &table : m_explicitIds) {
        advance->reset();
        CASEBOOK_TRY(advance->bind(1, table).run());
    }
    m_explicitIds.clear();
    return {};
}

Status PgDatabase::beginWholeLoad()
{
    auto begin = m_conn->prepare("SELECT casebook_begin_load()");
    if (!begin)
        return begin.error();
    return begin->run();
}

} // namespace casebook::storage
