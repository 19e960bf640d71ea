// LiveChanges; see live_changes.h.
#include "live_changes.h"

#include "storage/change_watch.h"

namespace casebook::services {

LiveChanges::LiveChanges(std::unique_ptr<storage::ChangeWatch> watch, std::string self)
    : m_watch(std::move(watch)), m_self(std::move(self))
{
}

LiveChanges::~LiveChanges() = default;

Result<std::unique_ptr<LiveChanges>> LiveChanges::watch(Casebook &casebook)
{
    auto watch = storage::ChangeWatch::open(casebook.database());
    if (!watch)
        return watch.error();
    std::string self = (*watch)->serverRole().empty() ? casebook.userName() : (*watch)->serverRole();
    return std::unique_ptr<LiveChanges>(new LiveChanges(std::move(*watch), std::move(self)));
}

int LiveChanges::socket() const { return m_watch->socket(); }

Result<std::vector<AuditEntry>> LiveChanges::changes() { return m_watch->changes(); }

bool LiveChanges::isOwn(const AuditEntry &entry) const { return entry.osUser == m_self; }

int LiveChanges::reconnections() const { return m_watch->reconnections(); }

} // namespace casebook::services
