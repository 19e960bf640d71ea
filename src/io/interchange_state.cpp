// The state's data in the whole-casebook document (schema version 2): Dashboard imports and their
// results, local indicators, CALPADS flags and ESSA status, written as the tables hold them and read
// back by the rules in docs/interchange.md ("The state's data").
#include "interchange_collection.h"

#include "record_json.h"

#include "storage/transfer.h"

#include <algorithm>

namespace casebook::io::interchange {

namespace {

using storage::Database;
using storage::StateTable;
using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr std::string_view kImports = "dashboard_imports";
constexpr std::string_view kResults = "dashboard_results";

std::function<Result<ordered>(Database &, std::vector<Error> &)> writeRows(std::string_view tableName)
{
    return [tableName](Database &db, std::vector<Error> &) -> Result<ordered> {
        const StateTable &table = storage::stateTable(tableName);
        ordered array = ordered::array();
        CASEBOOK_TRY(storage::forEachStateRow(db, table, [&](const std::vector<FieldValue> &values) {
            ordered object = ordered::object();
            for (std::size_t i = 0; i < values.size(); ++i)
                object[std::string(table.columns[i])] = toJson(values[i]);
            array.push_back(std::move(object));
        }));
        return array;
    };
}

// A storage error about one row, placed at the row (or its field, when the field is a column).
Error placed(const ImportState &st, const StateTable &table, const std::string &pointer, const Error &e)
{
    const bool column = std::find(table.columns.begin(), table.columns.end(), e.field) != table.columns.end();
    if (column)
        return Error{e.kind, st.where(pointer + "/" + e.field), e.message};
    return Error{e.kind, st.where(pointer), e.field.empty() ? e.message : e.field + ": " + e.message};
}

// Every column of the table from one object of the document (the schema made sure they are there).
Result<FieldMap> rowFromJson(const ImportState &st, const StateTable &table, const json &object,
                             const std::string &pointer)
{
    FieldMap row;
    for (const auto &column : table.columns) {
        auto value = fieldValueFromJson(object.at(std::string(column)), column);
        if (!value)
            return Error::badInput(st.where(pointer + "/" + std::string(column)), value.error().message);
        row[std::string(column)] = *value;
    }
    return row;
}

std::string pointerOf(std::string_view table, std::size_t index)
{
    return "/" + std::string(table) + "/" + std::to_string(index);
}

// Each id appears once in a collection.
Status checkNewId(ImportState &st, std::string_view table, Id documentId, const std::string &pointer)
{
    if (st.ids[std::string(table)].contains(documentId))
        return Error::badInput(st.where(pointer + "/id"), "id " + std::to_string(documentId) + " appears twice");
    return {};
}

// --- Dashboard imports ----------------------------------------------------------------------------

// Imports first, without their replaced_by links (a link may point at a later import); then the links.
// A file (indicator, year, SHA-256) already recorded here is not added again: the document's import
// stands for the one here, and its results are not added. Any other import the document holds as
// current replaces the one current here for its indicator and year, as a newer file would.
Status readImports(ImportState &st, const json &array)
{
    const StateTable &table = storage::stateTable(kImports);
    const std::string name(kImports);
    std::vector<FieldMap> rows;
    std::map<std::pair<std::string, std::int64_t>, std::size_t> currentAt; // (indicator, year) -> index
    std::vector<std::optional<storage::DashboardImport>> sameFileHere(array.size()), currentHere(array.size());
    for (std::size_t index = 0; index < array.size(); ++index) {
        const std::string pointer = pointerOf(kImports, index);
        auto row = rowFromJson(st, table, array[index], pointer);
        if (!row)
            return row.error();
        const Id id = intField(*row, "id");
        if (st.dashboardImports.contains(id))
            return Error::badInput(st.where(pointer + "/id"), "id " + std::to_string(id) + " appears twice");
        DocumentDashboardImport info{index, textField(*row, "indicator"), intField(*row, "reporting_year"),
                                     intField(*row, "row_count"), isNull(row->at("replaced_by")), false};
        if (info.current) {
            auto [at, added] = currentAt.emplace(std::pair(info.indicator, info.year), index);
            if (!added)
                return Error::badInput(st.where(pointer + "/replaced_by"),
                                       "a second current import for " + info.indicator + " " +
                                           std::to_string(info.year) + " (the first is " +
                                           pointerOf(kImports, at->second) +
                                           "); an earlier one must name the import that replaced it");
        }
        // Looked up before anything is added, so the document's own imports are never found here.
        if (!st.keepIds) {
            auto same = storage::findDashboardImport(st.db, info.indicator, int(info.year), textField(*row, "sha256"));
            if (!same)
                return same.error();
            sameFileHere[index] = *same;
            info.alreadyHere = same->has_value();
            if (info.current && !info.alreadyHere) {
                auto here = storage::currentDashboardImport(st.db, info.indicator, int(info.year));
                if (!here)
                    return here.error();
                currentHere[index] = *here;
            }
        }
        st.dashboardImports[id] = info;
        rows.push_back(std::move(*row));
    }
    std::int64_t added = 0;
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const std::string pointer = pointerOf(kImports, index);
        FieldMap row = rows[index];
        const Id documentId = intField(row, "id");
        if (st.dashboardImports[documentId].alreadyHere) {
            st.ids[name][documentId] = sameFileHere[index]->id;
            st.matched.insert({name, documentId});
            ++st.summary.keptExisting;
            continue;
        }
        row["replaced_by"] = FieldValue{};
        auto stored = storage::insertStateRow(st.db, table, row, st.keepIds);
        if (!stored)
            return placed(st, table, pointer, stored.error());
        st.ids[name][documentId] = *stored;
        ++added;
        if (currentHere[index]) {
            CASEBOOK_TRY(storage::replaceDashboardImport(st.db, *currentHere[index], *stored, st.source, documentId));
            ++st.summary.replacedDashboardImports;
        }
        CASEBOOK_TRY(auditImported(st, name, *stored, std::nullopt, documentId));
    }
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const FieldMap &row = rows[index];
        if (isNull(row.at("replaced_by")) || st.matched.contains({name, intField(row, "id")}))
            continue; // a file already recorded here keeps its own link
        const std::string pointer = pointerOf(kImports, index) + "/replaced_by";
        const Id by = intField(row, "replaced_by");
        const auto &ids = st.ids[name];
        if (by == intField(row, "id") || !ids.contains(by))
            return Error::badInput(st.where(pointer), "refers to dashboard_imports id " + std::to_string(by) +
                                                          ", which is not another import in the document");
        CASEBOOK_TRY(storage::retireDashboardImport(st.db, ids.at(intField(row, "id")), ids.at(by)));
    }
    st.summary.imported.emplace_back(name, added);
    return {};
}

// --- Dashboard results ----------------------------------------------------------------------------

// Each result belongs to its indicator and year's current import in the document; an import's
// row_count must equal its results. Results have no audit rows of their own: their import's row
// covers them, as when CDE's file is imported.
Status readResults(ImportState &st, const json &array)
{
    const StateTable &table = storage::stateTable(kResults);
    std::map<Id, std::int64_t> perImport;
    std::int64_t added = 0;
    // Sent in bulk (COPY on a server): a statewide casebook holds millions of results.
    std::optional<storage::StateRowWriter> rows;
    for (std::size_t index = 0; index < array.size(); ++index) {
        const std::string pointer = pointerOf(kResults, index);
        auto row = rowFromJson(st, table, array[index], pointer);
        if (!row)
            return row.error();
        const Id importId = intField(*row, "import_id");
        auto found = st.dashboardImports.find(importId);
        if (found == st.dashboardImports.end())
            return Error::badInput(st.where(pointer + "/import_id"), "refers to dashboard_imports id " +
                                                                         std::to_string(importId) +
                                                                         ", which is not in the document");
        const DocumentDashboardImport &import = found->second;
        if (!import.current)
            return Error::badInput(st.where(pointer + "/import_id"),
                                   "refers to dashboard_imports id " + std::to_string(importId) +
                                       ", which was replaced; only the current import of an indicator and year has "
                                       "results");
        if (textField(*row, "indicator") != import.indicator || intField(*row, "reporting_year") != import.year)
            return Error::badInput(st.where(pointer + "/indicator"),
                                   "is " + textField(*row, "indicator") + " " + std::to_string(intField(*row, "reporting_year")) +
                                       " but its import " + std::to_string(importId) + " is " + import.indicator +
                                       " " + std::to_string(import.year));
        ++perImport[importId];
        if (import.alreadyHere)
            continue;
        (*row)["import_id"] = st.ids[std::string(kImports)].at(importId);
        if (!rows) {
            auto started = storage::StateRowWriter::start(st.db, table);
            if (!started)
                return started.error();
            rows.emplace(std::move(*started));
        }
        if (auto stored = rows->add(*row); !stored)
            return placed(st, table, pointer, stored.error());
        ++added;
    }
    if (rows)
        if (auto sent = rows->finish(); !sent)
            return placed(st, table, std::string("/") + std::string(kResults), sent.error());
    for (const auto &[id, import] : st.dashboardImports)
        if (import.current && perImport[id] != import.rowCount)
            return Error::badInput(st.where(pointerOf(kImports, import.index) + "/row_count"),
                                   "says " + std::to_string(import.rowCount) + " results but the document has " +
                                       std::to_string(perImport[id]) + " for this import");
    st.summary.imported.emplace_back(std::string(kResults), added);
    return {};
}

// --- local indicators, CALPADS flags, ESSA status ----------------------------------------------

// A row whose key (district or school, year, priority) is already here is not added: the casebook's
// own entry is kept, as its own settings are.
Status readKeyedRows(ImportState &st, const StateTable &table, const json &array)
{
    const std::string name(table.name);
    std::int64_t added = 0;
    for (std::size_t index = 0; index < array.size(); ++index) {
        const std::string pointer = pointerOf(table.name, index);
        auto row = rowFromJson(st, table, array[index], pointer);
        if (!row)
            return row.error();
        const Id documentId = intField(*row, "id");
        CASEBOOK_TRY(checkNewId(st, name, documentId, pointer));
        if (!st.keepIds) {
            auto existing = storage::findStateRow(st.db, table, *row);
            if (!existing)
                return existing.error();
            if (*existing) {
                st.ids[name][documentId] = **existing;
                st.matched.insert({name, documentId});
                ++st.summary.keptExisting;
                continue;
            }
        }
        auto stored = storage::insertStateRow(st.db, table, *row, st.keepIds);
        if (!stored)
            return placed(st, table, pointer, stored.error());
        st.ids[name][documentId] = *stored;
        ++added;
        CASEBOOK_TRY(auditImported(st, name, *stored, std::nullopt, documentId));
    }
    st.summary.imported.emplace_back(name, added);
    return {};
}

} // namespace

Collection dashboardImports() { return {kImports, writeRows(kImports), readImports}; }

Collection dashboardResults() { return {kResults, writeRows(kResults), readResults}; }

Collection stateRows(std::string_view table)
{
    const StateTable &t = storage::stateTable(table);
    return {t.name, writeRows(t.name), [&t](ImportState &st, const json &array) { return readKeyedRows(st, t, array); }};
}

} // namespace casebook::io::interchange
