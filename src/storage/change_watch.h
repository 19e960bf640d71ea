// ChangeWatch: what other people write into an open casebook, as it happens. It reads the audit rows
// after the last one it saw, on a connection of its own and with that connection's rights, so a
// server's row-level security decides what it learns. On a server a LISTEN on casebook_changes wakes
// it (the audit trail's trigger notifies at each commit that writes audit rows; the notification
// carries nothing); a file has no such signal, and its watcher is asked on a timer (a cheap indexed
// read). A lost server connection is made again at the next call (PgConnection::ensureConnected).
#pragma once

#include "audit.h"
#include "database.h"

#include <memory>
#include <vector>

namespace casebook::storage {

class PgConnection;

class ChangeWatch {
public:
    // Watches the casebook `db` has open, from its newest audit row on.
    static Result<std::unique_ptr<ChangeWatch>> open(const Database &db);
    ~ChangeWatch();

    // The socket to wait on for a wake-up (a server), or -1 (a file: ask on a timer).
    int socket() const;
    // The audit rows written since the last call (at most `limit`; the rest at the next call). Fails
    // while the server cannot be reached; the next call connects again.
    Result<std::vector<AuditEntry>> changes(int limit = 500);
    // The login role a server records as the writer of this person's changes ("" for a file).
    const std::string &serverRole() const { return m_role; }
    // How many times the server connection was made again.
    int reconnections() const;

private:
    ChangeWatch(std::unique_ptr<Database> db, PgConnection *pg, Id lastSeen, std::string role)
        : m_db(std::move(db)), m_pg(pg), m_lastSeen(lastSeen), m_role(std::move(role))
    {
    }
    std::unique_ptr<Database> m_db;
    PgConnection *m_pg = nullptr; // m_db's connection on a server
    Id m_lastSeen = 0;
    std::string m_role;
};

} // namespace casebook::storage
