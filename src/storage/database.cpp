// The engine-independent part of a casebook: choosing the engine, and transactions; see database.h.
#include "database.h"

#include "postgres_database.h"
#include "sqlite_database.h"

namespace casebook::storage {

namespace {
thread_local int t_savepointDepth = 0;
} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string &location, OpenMode mode, IntegrityCheck check)
{
    if (isServerLocation(location))
        return PgDatabase::open(location, mode);
    return SqliteDatabase::open(location, mode, check);
}

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
    CASEBOOK_TRY(db.beginWrite());
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
    CASEBOOK_TRY(m_db->beforeCommit());
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
