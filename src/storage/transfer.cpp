// Interchange support in the file; see transfer.h.
#include "transfer.h"

#include "repository.h"

#include <nlohmann/json.hpp>

namespace casebook::storage {

Result<bool> isEmptyCasebook(Database &db)
{
    auto counts = recordCounts(db);
    if (!counts)
        return counts.error();
    for (const auto &[table, count] : *counts)
        if (count != 0)
            return false;
    auto settings = db.connection().scalar("SELECT count(*) FROM settings");
    if (!settings)
        return settings.error();
    return std::get<std::int64_t>(*settings) == 0;
}

template <typename T>
Result<Id> insertImported(Database &db, const T &record, bool keepId)
{
    CASEBOOK_TRY(checkRecord(db, record));
    std::string columns = "id", marks = "?";
    std::vector<FieldValue> values{keepId ? FieldValue(record.id) : FieldValue{}};
    for (const auto &f : RecordTraits<T>::fields()) {
        columns += ", " + std::string(f.name);
        marks += ", ?";
        values.push_back(f.get(record));
    }
    auto stmt = db.connection().prepare("INSERT INTO " + std::string(RecordTraits<T>::table) + " (" + columns +
                                        ") VALUES (" + marks + ")");
    if (!stmt)
        return stmt.error();
    if (auto run = stmt->bindAll(values).run(); !run) {
        Error e = run.error();
        e.message = std::string(RecordTraits<T>::label) + " " + std::to_string(record.id) + ": " + e.message;
        return e;
    }
    return db.connection().lastInsertId();
}

Result<std::map<std::string, std::string>> readSettings(Database &db)
{
    auto stmt = db.connection().prepare("SELECT key, value FROM settings ORDER BY key");
    if (!stmt)
        return stmt.error();
    std::map<std::string, std::string> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.emplace(stmt->columnText(0), stmt->columnText(1));
    }
    return out;
}

Result<std::optional<std::string>> readSetting(Database &db, const std::string &key)
{
    auto value = db.connection().scalar("SELECT value FROM settings WHERE key = ?", {key});
    if (!value)
        return value.error();
    if (auto text = std::get_if<std::string>(&*value))
        return std::optional<std::string>(*text);
    return std::optional<std::string>();
}

Status writeImportedSetting(Database &db, const std::string &key, const std::string &value)
{
    auto stmt = db.connection().prepare(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    return stmt->bindAll({key, value}).run();
}

Status writeSetting(Database &db, const std::string &key, const std::string &value, std::optional<Id> caseId)
{
    return inTransaction(db, [&]() -> Status {
        auto before = readSetting(db, key);
        if (!before)
            return before.error();
        CASEBOOK_TRY(writeImportedSetting(db, key, value));
        nlohmann::json change = {{"key", key}, {"new", value}};
        if (*before)
            change["old"] = **before;
        return writeAuditJson(db, "settings", 0, caseId, *before ? "update" : "create",
                              nlohmann::json{{"value", change}}.dump());
    });
}

Status storeAttachmentContent(Database &db, Id attachmentId, const std::vector<unsigned char> &bytes)
{
    auto stmt = db.connection().prepare("INSERT INTO attachment_contents (attachment_id, content) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId).bindBlob(2, bytes.data(), bytes.size());
    return stmt->run();
}

Result<std::int64_t> stateDataRows(Database &db)
{
    std::int64_t total = 0;
    for (const char *table :
         {"dashboard_imports", "dashboard_results", "local_indicators", "calpads_submissions", "essa_assistance"}) {
        auto count = db.connection().scalar(std::string("SELECT count(*) FROM ") + table);
        if (!count)
            return count.error();
        total += std::get<std::int64_t>(*count);
    }
    return total;
}

template <typename T>
Result<std::optional<Id>> findByCds(Database &db, const std::string &cds)
{
    auto rows = listWhere<T>(db, "cds", cds);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Id>();
    return std::optional<Id>(rows->front().id);
}

template Result<std::optional<Id>> findByCds<District>(Database &, const std::string &);
template Result<std::optional<Id>> findByCds<School>(Database &, const std::string &);

#define INSTANTIATE(T) template Result<Id> insertImported<T>(Database &, const T &, bool);
CASEBOOK_FOR_EACH_RECORD(INSTANTIATE)
#undef INSTANTIATE

} // namespace casebook::storage
