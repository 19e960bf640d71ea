// The SQLite engine's casebook: one file. Opening checks that the file is a regular file holding a
// healthy Casebook file this build understands (SQLite's header, Casebook's application_id, a known
// user_version, exactly the schema Casebook's migrations give that version), backs it up and migrates
// it if it is older, and then configures the connection (foreign keys, WAL). A new file is built under
// a temporary name and linked into place, so it appears complete or not at all.
#pragma once

#include "database.h"
#include "sqlite.h"

namespace casebook::storage {

class SqliteDatabase final : public Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string &path, OpenMode mode, IntegrityCheck check);

    std::string_view engine() const override { return "SQLite"; }
    Result<std::unique_ptr<Database>> openCompanion() const override;
    Result<std::unique_ptr<Database>> upgradedCopyInMemory() const override;
    const std::string &path() const override { return m_path.empty() ? m_conn->path() : m_path; }
    Connection &connection() override { return *m_conn; }
    SqliteConnection &sqlite() { return *m_conn; }

    Result<Id> newCaseNumber() override;
    // PRAGMA integrity_check (full) or quick_check.
    Result<std::string> integrityCheck(bool quick = false) override;
    // SQLite's online backup; the file is created owner-only.
    Status backupTo(const std::string &path) override { return m_conn->backupTo(path); }
    std::optional<Status> integrityVerdict() const override;
    bool checksInBackground() const override { return m_check.valid(); }
    Status awaitIntegrity() const override;
    void setBusyTimeout(int milliseconds) override;
    Status checkFileStillThere() const override;
    // BEGIN IMMEDIATE, after checking the file is still the one opened and passed its check.
    Status beginWrite() override;
    // PRAGMA integrity_check(100) and PRAGMA foreign_key_check.
    Result<std::vector<std::pair<std::string, std::string>>> structureProblems() override;
    // PRAGMA ignore_check_constraints: SQLite 3.40 evaluates a CHECK "x IN (...)" by building a
    // temporary b-tree for the list on every row.
    Result<bool> suspendCheckConstraints() override;
    Status restoreCheckConstraints() override;

private:
    friend Result<std::unique_ptr<Database>> rescueCopyInMemory(const std::string &, std::vector<std::string> &);
    explicit SqliteDatabase(std::unique_ptr<SqliteConnection> conn) : m_conn(std::move(conn)) {}
    Status configure(bool readOnly = false);
    Status migrate(int fromVersion);

    std::unique_ptr<SqliteConnection> m_conn;
    std::shared_future<Status> m_check; // the background quick_check, when there is one
    unsigned long long m_device = 0, m_inode = 0; // of the opened file
    bool m_inMemory = false; // a copy (upgradedCopyInMemory): no file to check, nothing backed up
    std::string m_path;      // of a copy: the file it was copied from, for messages
};

// For `rescue`: the casebook file at `path` (which open() may refuse for its schema) copied into memory
// without running anything in it, every object Casebook did not create dropped, every index, trigger
// and view defined differently put back as Casebook defines it, then verified and upgraded.
// `dropped` names what was dropped or replaced. Fails when a table itself is not Casebook's.
Result<std::unique_ptr<Database>> rescueCopyInMemory(const std::string &path, std::vector<std::string> &dropped);
// Whether `path` is a casebook that open() refuses only for its schema (objects Casebook did not create,
// or its own defined otherwise), so that rescue is the way to its records. Reads sqlite_schema only.
Result<bool> refusedForSchemaOnly(const std::string &path);

} // namespace casebook::storage
