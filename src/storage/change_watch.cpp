// ChangeWatch; see change_watch.h.
#include "change_watch.h"

#include "postgres.h"
#include "postgres_database.h"

namespace casebook::storage {

Result<std::unique_ptr<ChangeWatch>> ChangeWatch::open(const Database &db)
{
    auto own = db.openCompanion();
    if (!own)
        return own.error();
    PgConnection *pg = nullptr;
    std::string role;
    if (auto *server = dynamic_cast<PgDatabase *>(own->get())) {
        pg = &server->pg();
        CASEBOOK_TRY(pg->listen("casebook_changes"));
        auto who = pg->scalar("SELECT session_user::text");
        if (!who)
            return who.error();
        role = fieldValueText(*who);
    }
    auto newest = latestAuditId(**own);
    if (!newest)
        return newest.error();
    return std::unique_ptr<ChangeWatch>(new ChangeWatch(std::move(*own), pg, *newest, std::move(role)));
}

ChangeWatch::~ChangeWatch() = default;

int ChangeWatch::socket() const { return m_pg ? m_pg->socket() : -1; }

int ChangeWatch::reconnections() const { return m_pg ? m_pg->reconnections() : 0; }

Result<std::vector<AuditEntry>> ChangeWatch::changes(int limit)
{
    if (m_pg) {
        CASEBOOK_TRY(m_pg->ensureConnected());
        if (auto woke = m_pg->takeNotifications(); !woke)
            return woke.error();
    }
    auto rows = readAuditAfter(*m_db, m_lastSeen, limit);
    if (!rows)
        return rows.error();
    if (!rows->empty())
        m_lastSeen = rows->back().id;
    return rows;
}

} // namespace casebook::storage
