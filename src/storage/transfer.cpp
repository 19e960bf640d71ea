// Interchange support in the file; see transfer.h.
#include "transfer.h"

#include "dashboard_store.h"
#include "repository.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace casebook::storage {

Result<bool> isEmptyCasebook(Database &db)
{
    auto counts = recordCounts(db);
    if (!counts)
        return counts.error();
    for (const auto &[table, count] : *counts)
        if (count != 0)
            return false;
    auto state = stateDataCounts(db);
    if (!state)
        return state.error();
    for (const auto &[table, count] : *state)
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
    auto id = insertRow(db, record, keepId);
    if (!id && id.error().kind == ErrorKind::Database) {
        Error e = id.error();
        e.message = std::string(RecordTraits<T>::label) + " " + std::to_string(record.id) + ": " + e.message;
        return e;
    }
    return id;
}

Result<std::map<std::string, std::string>> readSettings(Database &db)
{
    auto stmt = db.connection().prepare("SELECT key, value FROM settings ORDER BY key");
    if (!stmt)
        return stmt.error();
    std::map<std::string, std::string> out;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        out.emplace(stmt->columnText(0), stmt->columnText(1));
        return {};
    }));
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

const std::vector<StateTable> &stateTables()
{
    static const std::vector<StateTable> tables{
        {"dashboard_imports",
         {"id", "indicator", "reporting_year", "file_name", "sha256", "row_count", "imported_at", "replaced_by"},
         {}},
        {"dashboard_results",
         {"reporting_year", "cds", "indicator", "student_group", "import_id", "rtype", "school_name", "district_name",
          "county_name", "charter", "curr_denom", "curr_status", "prior_denom", "prior_status", "change",
          "status_level", "change_level", "color", "box"},
         {"reporting_year", "cds", "indicator", "student_group"}},
        {"local_indicators", {"id", "district_cds", "reporting_year", "priority", "status"},
         {"district_cds", "reporting_year", "priority"}},
        {"calpads_submissions", {"id", "district_cds", "reporting_year", "late"}, {"district_cds", "reporting_year"}},
        {"essa_assistance", {"id", "cds", "school_year", "status", "student_groups", "file_name", "sha256"},
         {"cds", "school_year"}},
    };
    return tables;
}

const StateTable &stateTable(std::string_view name)
{
    for (const auto &t : stateTables())
        if (t.name == name)
            return t;
    throw std::logic_error("no state table " + std::string(name));
}

Result<std::vector<std::pair<std::string, std::int64_t>>> stateDataCounts(Database &db)
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto &t : stateTables()) {
        auto count = db.connection().scalar("SELECT count(*) FROM " + std::string(t.name));
        if (!count)
            return count.error();
        out.emplace_back(std::string(t.name), std::get<std::int64_t>(*count));
    }
    return out;
}

namespace {

// The columns joined with `separator` (", " for lists, " = ? AND " for conditions).
std::string joined(const std::vector<std::string_view> &columns, std::string_view separator)
{
    std::string out;
    for (const auto &c : columns)
        out += (out.empty() ? "" : std::string(separator)) + std::string(c);
    return out;
}

// The rules the application applies when it writes these rows itself (the schema and the tables'
// CHECK constraints cover the rest).
Status checkStateRow(const StateTable &table, const FieldMap &row)
{
    if (table.name == "dashboard_imports" || table.name == "dashboard_results")
        return validateIndicator(textField(row, "indicator"));
    if (table.name == "local_indicators") {
        auto status = parseEnum<LocalIndicatorStatus>(textField(row, "status"), "status");
        if (!status)
            return status.error();
        return checkLocalIndicator(
            {textField(row, "district_cds"), int(intField(row, "reporting_year")), int(intField(row, "priority")), *status});
    }
    if (table.name == "calpads_submissions")
        return checkCalpadsSubmission(textField(row, "district_cds"), int(intField(row, "reporting_year")));
    return {};
}

} // namespace

Status forEachStateRow(Database &db, const StateTable &table,
                       const std::function<void(const std::vector<FieldValue> &)> &each)
{
    const std::string order = table.hasId() ? "id" : joined(table.naturalKey, ", ");
    auto stmt = db.connection().prepare("SELECT " + joined(table.columns, ", ") + " FROM " + std::string(table.name) +
                                        " ORDER BY " + order);
    if (!stmt)
        return stmt.error();
    std::vector<FieldValue> values(table.columns.size());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        for (std::size_t i = 0; i < values.size(); ++i)
            stmt->readColumn(int(i), values[i]);
        each(values);
    }
}

Result<Id> insertStateRow(Database &db, const StateTable &table, const FieldMap &row, bool keepId)
{
    CASEBOOK_TRY(checkStateRow(table, row));
    // Without keepId the id column is left out and the database gives one.
    std::string marks;
    std::vector<std::string_view> columns;
    std::vector<FieldValue> values;
    for (const auto &column : table.columns) {
        if (column == "id" && !keepId)
            continue;
        marks += marks.empty() ? "?" : ", ?";
        columns.push_back(column);
        values.push_back(row.at(std::string(column)));
    }
    auto stmt = db.connection().prepare("INSERT INTO " + std::string(table.name) + " (" + joined(columns, ", ") +
                                        ") VALUES (" + marks + ")");
    if (!stmt)
        return stmt.error();
    CASEBOOK_TRY(stmt->bindAll(values).run());
    if (keepId && table.hasId())
        db.noteExplicitIds(table.name);
    return table.hasId() ? db.connection().lastInsertId() : Id(0);
}

Result<StateRowWriter> StateRowWriter::start(Database &db, const StateTable &table)
{
    std::vector<std::string_view> columns;
    for (const auto &column : table.columns)
        if (column != "id")
            columns.push_back(column);
    auto rows = db.connection().bulkInsert(table.name, columns);
    if (!rows)
        return rows.error();
    return StateRowWriter(table, std::move(columns), std::move(*rows));
}

Status StateRowWriter::add(const FieldMap &row)
{
    CASEBOOK_TRY(checkStateRow(*m_table, row));
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const FieldValue &value = row.at(std::string(m_columns[i]));
        const int column = int(i);
        if (const auto *n = std::get_if<std::int64_t>(&value))
            m_rows->setInt(column, *n);
        else if (const auto *d = std::get_if<double>(&value))
            m_rows->setReal(column, *d);
        else if (const auto *s = std::get_if<std::string>(&value))
            m_rows->setText(column, *s);
        else
            m_rows->setNull(column);
    }
    return m_rows->addRow();
}

Status StateRowWriter::finish() { return m_rows->finish(); }

Result<std::optional<Id>> findStateRow(Database &db, const StateTable &table, const FieldMap &row)
{
    std::vector<FieldValue> key;
    for (const auto &column : table.naturalKey)
        key.push_back(row.at(std::string(column)));
    auto id = db.connection().scalar("SELECT id FROM " + std::string(table.name) + " WHERE " +
                                         joined(table.naturalKey, " = ? AND ") + " = ?",
                                     key);
    if (!id)
        return id.error();
    if (const auto *value = std::get_if<std::int64_t>(&*id))
        return std::optional<Id>(*value);
    return std::optional<Id>();
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
