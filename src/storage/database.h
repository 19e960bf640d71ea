// Database: one casebook, of any engine. Opening checks that it is a healthy casebook this build
// understands, with exactly the schema Casebook's migrations give its version (a received file's extra
// triggers or views are refused, never run: docs/security.md), backs it up and migrates it if it is
// older, and then configures the connection. A new casebook appears complete or not at all.
// Writes go through WriteTransaction so that every user action is one transaction with its audit rows.
#pragma once

#include "connection.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casebook::storage {

struct OpenReport {
    bool created = false;
    int schemaVersionBefore = 0;
    int schemaVersion = 0;
    int currentSchemaVersion = 0; // the engine's schema version of this build: the file's, or the server's
    std::string backupPath; // set when an older file was migrated
};

// A casebook, whichever engine holds it. Everything in src/storage above this class (records, audit,
// deadlines, Dashboard results, search, checks) works on Database and its Connection, so a second
// engine is added by implementing both (docs/decisions.md, "The storage seam"). SQLite's
// implementation, one file per casebook, is sqlite_database.h.
class Database {
public:
    enum class OpenMode {
        OpenExisting,    // the file must exist
        CreateIfMissing, // create a new casebook when there is no file
        CreateNew,       // the file must not exist yet
        ReadOnly,        // the file must exist; it is verified but never migrated, switched to WAL or
                         // written (`check`): an older file keeps its version (report().schemaVersion)
    };

    // When the integrity check of an existing casebook runs (docs/decisions.md, "quick_check at open").
    enum class IntegrityCheck {
        AtOpen,       // before open() returns: a damaged file is refused (the CLI)
        InBackground, // on its own read-only connection in another thread, so opening does not grow with
                      // the file (the GUI). Reads go ahead; the first write waits for the verdict and is
                      // refused if the check failed, so a damaged file is still never written to. A file
                      // that must be migrated or switched to WAL first is checked at open.
    };

    // Opens the casebook at `location` with the engine that serves it: a PostgreSQL connection URI
    // ("postgresql://...") or key=value string ("service=casebook", "host=... dbname=...") is a
    // server casebook (postgres_database.h); anything else is a file path, an SQLite casebook
    // (sqlite_database.h).
    static Result<std::unique_ptr<Database>> open(const std::string &location, OpenMode mode = OpenMode::OpenExisting,
                                                  IntegrityCheck check = IntegrityCheck::AtOpen);

    virtual ~Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The engine's name for messages and `check` ("SQLite").
    virtual std::string_view engine() const = 0;

    // A second connection to this casebook, for work on another thread: it shares this one's
    // integrity check (its writes wait for the same verdict and are refused on the same damage) and
    // does no checks of its own; it fails if the casebook was deleted or replaced since it was opened.
    virtual Result<std::unique_ptr<Database>> openCompanion() const = 0;

    // A copy of this casebook in memory, upgraded to the current schema if it is older, never saved:
    // reads an older casebook without writing to it (`check`). Holds the whole casebook in memory.
    virtual Result<std::unique_ptr<Database>> upgradedCopyInMemory() const = 0;

    const OpenReport &report() const { return m_report; }
    // Where the casebook is: its file (or, for a copy in memory, the file it was copied from).
    virtual const std::string &path() const = 0;
    virtual Connection &connection() = 0;

    // The engine's full or quick integrity check; "ok" or the first problems.
    virtual Result<std::string> integrityCheck(bool quick = false) = 0;
    // Copies the whole casebook to `path` (a new file, owner-only).
    virtual Status backupTo(const std::string &path) = 0;

    // The background check's verdict without waiting: nullopt while it runs; otherwise success, or
    // the damage it found. Checked at open (or a new casebook): success at once.
    virtual std::optional<Status> integrityVerdict() const = 0;
    // True when open() left the check to the background (its verdict may already be in).
    virtual bool checksInBackground() const = 0;
    // Waits for the background check; fails with what it found. Every write transaction calls it.
    virtual Status awaitIntegrity() const = 0;

    // How long a write waits for another process's lock before it fails (default 5 s).
    virtual void setBusyTimeout(int milliseconds) = 0;

    // Fails when the casebook is no longer the one that was opened (a file deleted, or replaced by
    // another file of that name): writes would go where nobody can find them again.
    virtual Status checkFileStillThere() const = 0;

    // Begins the outermost write transaction of one user action (WriteTransaction calls it): checks
    // that the casebook may be written, then takes the write lock.
    virtual Status beginWrite() = 0;

    // What the engine itself finds wrong in the casebook's structure (for SQLite its integrity_check
    // and foreign_key_check), as (which check, what it found) pairs; none when all is well.
    virtual Result<std::vector<std::pair<std::string, std::string>>> structureProblems() = 0;

    // For a bulk load that checks each row's table rules itself (Dashboard results): turns the
    // engine's CHECK constraints off for this connection if that makes the load faster, and says
    // whether it did; restoreCheckConstraints() turns them back on.
    virtual Result<bool> suspendCheckConstraints() = 0;
    virtual Status restoreCheckConstraints() = 0;

    // --- What differs between one person's file and a server shared under row-level security.

    // Whether the database writes the audit rows of record changes itself (a server's triggers): the
    // application then adds only its 'import' notes (audit.h).
    virtual bool auditsRecordChanges() const { return false; }
    // The number a new case gets: never one a case of this casebook had before, even a deleted one.
    virtual Result<Id> newCaseNumber() = 0;
    // Rows were stored in `table` with ids of their own (an import that keeps ids): ids given later
    // must come after them. Done by the time the write transaction commits.
    virtual void noteExplicitIds(std::string_view table) { (void)table; }
    // Called by the outermost WriteTransaction just before COMMIT.
    virtual Status beforeCommit() { return {}; }
    // Whether lists of deadlines read kept pending rows (deadline_store.h) or compute them each time
    // (a server: each person's list is the cases row-level security shows them).
    virtual bool keepsPendingDeadlines() const { return true; }
    // Begins loading a whole casebook into this empty one (an import that keeps ids and carries the
    // trail), inside the write transaction: a server checks that it is empty for everyone and lets the
    // carried trail stand for the records' own rows.
    virtual Status beginWholeLoad() { return {}; }

    // The account name written into audit rows; tests may set it.
    const std::string &userName() const { return m_user; }
    void setUserName(std::string user) { m_user = std::move(user); }

protected:
    Database() = default;
    OpenReport m_report;
    std::string m_user;
};

// Whether `location` names a casebook on a PostgreSQL server rather than a file.
bool isServerLocation(std::string_view location);

// Whether a casebook at `path` can be written where it is: the file and its folder (for -wal, -shm).
bool canWriteCasebookAt(const std::string &path);

// Removes a casebook file and its -wal and -shm: for a casebook created for an action that was then
// refused (a failed import), so that a refusal leaves no file behind. Close it first.
void removeCasebookFiles(const std::string &path);

// One user action: Database::beginWrite() ... COMMIT, or a SAVEPOINT inside an outer transaction.
// Rolls back unless commit() succeeded.
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(Database &db);
    WriteTransaction(WriteTransaction &&other) noexcept;
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    WriteTransaction &operator=(WriteTransaction &&) = delete;
    ~WriteTransaction();

    Status commit();

private:
    WriteTransaction(Database *db, bool nested, int depth) : m_db(db), m_nested(nested), m_depth(depth) {}
    Database *m_db = nullptr;
    bool m_nested = false;
    int m_depth = 0;
    bool m_done = false;
};

// Runs `work` inside one WriteTransaction; commits when it succeeds, rolls back otherwise.
template <typename T>
Result<T> inTransaction(Database &db, const std::function<Result<T>()> &work)
{
    auto tx = WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    auto result = work();
    if (!result)
        return result.error();
    CASEBOOK_TRY(tx->commit());
    return result;
}
Status inTransaction(Database &db, const std::function<Status()> &work);

} // namespace casebook::storage
