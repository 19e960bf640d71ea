// What whole-casebook interchange and the packet need from the file beyond the repository: records
// written with a chosen id and no 'create' row (an import writes its own 'import' rows), the raw
// audit rows, the settings table and attachment bytes. Callers wrap these in one WriteTransaction.
#pragma once

#include "audit.h"

#include <functional>
#include <map>
#include <vector>

namespace casebook::storage {

// True when the casebook holds no record of any kind (audit rows, settings and the state's data included).
Result<bool> isEmptyCasebook(Database &db);

// Validates `record` against what it belongs to and inserts it; with keepId its id is kept,
// otherwise SQLite chooses one. Returns the stored id. Writes NO audit row: the caller does.
template <typename T>
Result<Id> insertImported(Database &db, const T &record, bool keepId);

// The settings table, every key (sorted).
Result<std::map<std::string, std::string>> readSettings(Database &db);
Result<std::optional<std::string>> readSetting(Database &db, const std::string &key);
// Sets one key with its audit row (table "settings", record 0, the key and old/new value).
Status writeSetting(Database &db, const std::string &key, const std::string &value, std::optional<Id> caseId = {});

// Sets one key WITHOUT an audit row: for imports, which write their own 'import' rows.
Status writeImportedSetting(Database &db, const std::string &key, const std::string &value);

// Stores the bytes of an attachment whose description was inserted with insertImported.
Status storeAttachmentContent(Database &db, Id attachmentId, const std::vector<unsigned char> &bytes);

// --- The state's data (schema version 2): Dashboard imports and results, local indicators, CALPADS
// flags, ESSA status. They are not records with RecordTraits; interchange carries their rows as stored.

// One such table: its columns in document order ("id" first when the table has one) and the columns
// that identify a row apart from its id.
struct StateTable {
    std::string_view name;
    std::vector<std::string_view> columns;
    std::vector<std::string_view> naturalKey;
    bool hasId() const { return columns.front() == "id"; }
};

// The tables, parents first (imports before their results).
const std::vector<StateTable> &stateTables();
const StateTable &stateTable(std::string_view name); // one of stateTables(); throws on a typo

// table -> rows, for every table of the state's data.
Result<std::vector<std::pair<std::string, std::int64_t>>> stateDataCounts(Database &db);

// Calls `each` with every row's values in the table's column order: by id; Dashboard results by
// their key (year, CDS, indicator, student group). The vector is reused between rows.
Status forEachStateRow(Database &db, const StateTable &table,
                       const std::function<void(const std::vector<FieldValue> &)> &each);

// Checks `row` (every column of the table) as the application checks what it stores (codes, years,
// priorities) and inserts it; with keepId its id is kept, otherwise SQLite chooses one. Returns the
// stored id (0 for a Dashboard result, which has none). Writes NO audit row: the caller does.
Result<Id> insertStateRow(Database &db, const StateTable &table, const FieldMap &row, bool keepId);

// Many rows of one such table, checked as insertStateRow checks them and sent in bulk
// (Connection::bulkInsert: COPY on a server), the id column left to the database. Nothing else may run
// on the connection between the first add() and finish(); a row the database refuses (a key stored
// twice) may be reported only by finish().
class StateRowWriter {
public:
    static Result<StateRowWriter> start(Database &db, const StateTable &table);
    Status add(const FieldMap &row);
    Status finish();

private:
    StateRowWriter(const StateTable &table, std::vector<std::string_view> columns, std::unique_ptr<BulkInsert> rows)
        : m_table(&table), m_columns(std::move(columns)), m_rows(std::move(rows))
    {
    }
    const StateTable *m_table;
    std::vector<std::string_view> m_columns;
    std::unique_ptr<BulkInsert> m_rows;
};

// The id of the stored row with the same natural key as `row`, if any (tables with an id).
Result<std::optional<Id>> findStateRow(Database &db, const StateTable &table, const FieldMap &row);

// A district or school by its CDS code (the natural key an import matches on).
template <typename T>
Result<std::optional<Id>> findByCds(Database &db, const std::string &cds);

} // namespace casebook::storage
