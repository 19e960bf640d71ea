// LiveChanges: what other people write into the open casebook, for open windows to show within a
// second (storage/change_watch.h does the watching: LISTEN/NOTIFY on a server, a timer for a file).
#pragma once

#include "casebook.h"

#include <memory>
#include <vector>

namespace casebook::storage {
class ChangeWatch;
}

namespace casebook::services {

class LiveChanges {
public:
    // Watches the casebook `casebook` has open, from now on, on a connection of its own.
    static Result<std::unique_ptr<LiveChanges>> watch(Casebook &casebook);
    ~LiveChanges();

    // The socket to wait on (a server), or -1: ask changes() on a timer.
    int socket() const;
    // The changes since the last call, oldest first; fails while the server cannot be reached (the next
    // call connects again).
    Result<std::vector<AuditEntry>> changes();
    // Whether `entry` was written by the person at this window (their account for a file, their login
    // role on a server), rather than by somebody else.
    bool isOwn(const AuditEntry &entry) const;
    int reconnections() const;

private:
    LiveChanges(std::unique_ptr<storage::ChangeWatch> watch, std::string self);
    std::unique_ptr<storage::ChangeWatch> m_watch;
    std::string m_self;
};

} // namespace casebook::services
