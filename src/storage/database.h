// Database: one casebook file. Opening checks that the file is a regular file holding a healthy
// Casebook file this build understands, with exactly the schema Casebook's migrations give its version
// (a received file's extra triggers or views are refused, never run: docs/security.md), backs it up and
// migrates it if it is older, and then configures the connection. A new file appears complete or not at all.
// Writes go through WriteTransaction so that every user action is one transaction with its audit rows.
#pragma once

#include "sqlite.h"

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
    std::string backupPath; // set when an older file was migrated
};

class Database {
public:
    enum class OpenMode {
        OpenExisting,    // the file must exist
        CreateIfMissing, // create a new casebook when there is no file
        CreateNew,       // the file must not exist yet
        ReadOnly,        // the file must exist; it is verified but never migrated, switched to WAL or
                         // written (`check`): an older file keeps its version (report().schemaVersion)
    };

    // When SQLite's quick_check of an existing file runs (docs/decisions.md, "quick_check at open").
    enum class IntegrityCheck {
        AtOpen,       // before open() returns: a damaged file is refused (the CLI)
        InBackground, // on its own read-only connection in another thread, so opening does not grow with
                      // the file (the GUI). Reads go ahead; the first write waits for the verdict and is
                      // refused if the check failed, so a damaged file is still never written to. A file
                      // that must be migrated or switched to WAL first is checked at open.
    };

    static Result<std::unique_ptr<Database>> open(const std::string &path, OpenMode mode = OpenMode::OpenExisting,
                                                  IntegrityCheck check = IntegrityCheck::AtOpen);

    // A second connection to this casebook, for work on another thread: it shares this one's
    // integrity check (its writes wait for the same verdict and are refused on the same damage) and
    // does no checks of its own; it fails if the file was deleted or replaced since it was opened.
    Result<std::unique_ptr<Database>> openCompanion() const;

    // A copy of this casebook in memory, upgraded to the current schema if it is older, never saved:
    // reads an older file without writing to it (`check`). Holds the whole file in memory.
    Result<std::unique_ptr<Database>> upgradedCopyInMemory() const;

    // For `rescue`: the casebook at `path` (which open() may refuse for its schema) copied into memory
    // without running anything in it, every object Casebook did not create dropped, every index,
    // trigger and view defined differently put back as Casebook defines it, then verified and upgraded.
    // `dropped` names what was dropped or replaced. Fails when a table itself is not Casebook's.
    static Result<std::unique_ptr<Database>> rescueCopyInMemory(const std::string &path,
                                                                std::vector<std::string> &dropped);

    const OpenReport &report() const { return m_report; }
    const std::string &path() const { return m_path.empty() ? m_conn->path() : m_path; }
    Connection &connection() { return *m_conn; }

    // PRAGMA integrity_check (full) or quick_check; "ok" or the first problems.
    Result<std::string> integrityCheck(bool quick = false);
    // Copies the whole casebook to `path` (online backup; the file is created owner-only).
    Status backupTo(const std::string &path) { return m_conn->backupTo(path); }

    // The background check's verdict without waiting: nullopt while it runs; otherwise success, or
    // the damage it found. Checked at open (or a new file): success at once.
    std::optional<Status> integrityVerdict() const;
    // True when open() left the quick_check to the background (its verdict may already be in).
    bool checksInBackground() const { return m_check.valid(); }
    // Waits for the background check; fails with what it found. Every write transaction calls it.
    Status awaitIntegrity() const;

    // How long a write waits for another process's lock before it fails (default 5 s).
    void setBusyTimeout(int milliseconds);

    // Fails when the file at path() is no longer the one that was opened (deleted, or replaced by
    // another file of that name): writes would go to a file nobody can find again.
    Status checkFileStillThere() const;

    // The OS account name written into audit rows; tests may set it.
    const std::string &userName() const { return m_user; }
    void setUserName(std::string user) { m_user = std::move(user); }

private:
    explicit Database(std::unique_ptr<Connection> conn) : m_conn(std::move(conn)) {}
    Status configure(bool readOnly = false);
    Status migrate(int fromVersion);

    std::unique_ptr<Connection> m_conn;
    OpenReport m_report;
    std::shared_future<Status> m_check; // the background quick_check, when there is one
    unsigned long long m_device = 0, m_inode = 0; // of the opened file
    std::string m_user;
    bool m_inMemory = false; // a copy (upgradedCopyInMemory): no file to check, nothing backed up
    std::string m_path;      // of a copy: the file it was copied from, for messages
};

// Whether a casebook at `path` can be written where it is: the file and its folder (for -wal, -shm).
bool canWriteCasebookAt(const std::string &path);

// Removes a casebook file and its -wal and -shm: for a casebook created for an action that was then
// refused (a failed import), so that a refusal leaves no file behind. Close it first.
void removeCasebookFiles(const std::string &path);

// One user action: BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT inside an outer transaction.
// Rolls back unless commit() succeeded. Taking the write lock at the start means a second
// process waits (busy timeout) or gets a clear "in use" error instead of a failed upgrade later.
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
