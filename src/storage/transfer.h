// What whole-casebook interchange and the packet need from the file beyond the repository: records
// written with a chosen id and no 'create' row (an import writes its own 'import' rows), the raw
// audit rows, the settings table and attachment bytes. Callers wrap these in one WriteTransaction.
#pragma once

#include "audit.h"

#include <map>
#include <vector>

namespace casebook::storage {

// True when the casebook holds no record of any kind (audit rows and settings included).
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

// Rows of the state's data (schema version 2: Dashboard imports and results, local indicators,
// CALPADS flags, ESSA status), which interchange version 1 does not carry.
Result<std::int64_t> stateDataRows(Database &db);

// A district or school by its CDS code (the natural key an import matches on).
template <typename T>
Result<std::optional<Id>> findByCds(Database &db, const std::string &cds);

} // namespace casebook::storage
