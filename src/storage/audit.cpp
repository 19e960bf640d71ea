// Audit rows; see audit.h.
#include "audit.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace casebook::storage {

namespace {

nlohmann::json toJson(const FieldValue &v)
{
    struct Visitor {
        nlohmann::json operator()(std::monostate) const { return nullptr; }
        nlohmann::json operator()(std::int64_t i) const { return i; }
        nlohmann::json operator()(double d) const { return d; }
        nlohmann::json operator()(const std::string &s) const { return s; }
    };
    return std::visit(Visitor{}, v);
}

Result<std::vector<AuditEntry>> collect(Statement &stmt)
{
    std::vector<AuditEntry> out;
    CASEBOOK_TRY(stmt.eachRow([&]() -> Status {
        AuditEntry e{stmt.columnInt(0), stmt.columnText(1), stmt.columnText(2), stmt.columnText(3),
                     stmt.columnInt(4), std::nullopt, stmt.columnText(6), stmt.columnText(7)};
        if (!isNull(stmt.column(5)))
            e.caseId = stmt.columnInt(5);
        out.push_back(std::move(e));
        return {};
    }));
    return out;
}

constexpr std::string_view kSelect =
    "SELECT id, at_utc, os_user, table_name, record_id, case_id, action, changes FROM audit_log ";

} // namespace

std::string utcNow()
{
    const auto now = std::time(nullptr);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buffer;
}

Status writeAudit(Database &db, std::string_view table, Id recordId, std::optional<Id> caseId,
                  std::string_view action, const FieldMap &before, const FieldMap &after)
{
    nlohmann::json changes = nlohmann::json::object();
    const auto keyOf = [](const auto &kv) { return kv.first; };
    std::vector<std::string> keys;
    for (const auto &kv : before)
        keys.push_back(keyOf(kv));
    for (const auto &kv : after)
        if (!before.contains(kv.first))
            keys.push_back(keyOf(kv));
    for (const auto &key : keys) {
        const auto b = before.find(key);
        const auto a = after.find(key);
        const FieldValue oldValue = b == before.end() ? FieldValue{} : b->second;
        const FieldValue newValue = a == after.end() ? FieldValue{} : a->second;
        if (oldValue == newValue && action == "update")
            continue;
        nlohmann::json change = nlohmann::json::object();
        if (b != before.end())
            change["old"] = toJson(oldValue);
        if (a != after.end())
            change["new"] = toJson(newValue);
        changes[key] = std::move(change);
    }
    return writeAuditJson(db, table, recordId, caseId, action, changes.dump());
}

Status writeAuditJson(Database &db, std::string_view table, Id recordId, std::optional<Id> caseId,
                      std::string_view action, const std::string &changesJson)
{
    if (db.auditsRecordChanges()) {
        // The server's triggers wrote the record's row; an import note is stamped by the database.
        if (action != "import")
            return {};
        auto note = db.connection().prepare("SELECT casebook_audit_note(?, ?, ?, ?, ?)");
        if (!note)
            return note.error();
        note->bindAll({std::string(table), recordId, caseId ? FieldValue(*caseId) : FieldValue{},
                       std::string(action), changesJson});
        return note->run();
    }
    auto stmt = db.connection().prepare(
        "INSERT INTO audit_log (at_utc, os_user, table_name, record_id, case_id, action, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({utcNow(), db.userName(), std::string(table), recordId,
                   caseId ? FieldValue(*caseId) : FieldValue{}, std::string(action), changesJson});
    return stmt->run();
}

Result<std::vector<AuditEntry>> readAudit(Database &db, std::string_view table, Id recordId)
{
    auto stmt = db.connection().prepare(
        std::string(kSelect) + (table.empty() ? "ORDER BY id" : "WHERE table_name = ? AND record_id = ? ORDER BY id"));
    if (!stmt)
        return stmt.error();
    if (!table.empty())
        stmt->bindAll({std::string(table), recordId});
    return collect(*stmt);
}

Result<std::vector<AuditEntry>> readCaseAudit(Database &db, Id caseId)
{
    auto stmt = db.connection().prepare(std::string(kSelect) + "WHERE case_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    return collect(*stmt);
}

Result<std::vector<AuditEntry>> readCaseAuditPage(Database &db, Id caseId, Id beforeId, int limit)
{
    auto stmt = db.connection().prepare(std::string(kSelect) +
                                        "WHERE case_id = ? AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({caseId, beforeId, beforeId, std::int64_t(limit)});
    return collect(*stmt);
}

Result<std::optional<AuditEntry>> latestAudit(Database &db, std::string_view table, Id recordId)
{
    auto stmt = db.connection().prepare(std::string(kSelect) +
                                        "WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::string(table), recordId});
    auto rows = collect(*stmt);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<AuditEntry>{};
    return std::optional<AuditEntry>{std::move(rows->front())};
}

Result<std::vector<std::pair<std::pair<std::string, Id>, Id>>> caseRowVersions(Database &db, Id caseId)
{
    auto stmt = db.connection().prepare("SELECT table_name, record_id, max(id) FROM audit_log WHERE case_id = ? "
                                        "GROUP BY table_name, record_id ORDER BY table_name, record_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    std::vector<std::pair<std::pair<std::string, Id>, Id>> out;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        out.push_back({{stmt->columnText(0), stmt->columnInt(1)}, stmt->columnInt(2)});
        return {};
    }));
    return out;
}

Result<std::vector<AuditEntry>> readAuditAfter(Database &db, Id afterId, int limit)
{
    auto stmt = db.connection().prepare(std::string(kSelect) + "WHERE id > ? ORDER BY id LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({afterId, std::int64_t(limit)});
    return collect(*stmt);
}

Result<Id> latestAuditId(Database &db)
{
    auto newest = db.connection().scalar("SELECT coalesce(max(id), 0) FROM audit_log");
    if (!newest)
        return newest.error();
    return std::get<std::int64_t>(*newest);
}

Result<std::vector<AuditEntry>> readAuditSince(Database &db, std::string_view table, Id recordId, Id afterId)
{
    auto stmt = db.connection().prepare(std::string(kSelect) +
                                        "WHERE table_name = ? AND record_id = ? AND id > ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::string(table), recordId, afterId});
    return collect(*stmt);
}

} // namespace casebook::storage
