// Reading and writing records. Every write validates the record (against its case or district),
// runs in one transaction and writes its audit row in that same transaction. The SQL is derived
// from the record's field list (domain/fields.h), never from values, and every value is bound.
#pragma once

#include "database.h"

#include <vector>

namespace casebook::storage {

template <typename T>
Result<T> get(Database &db, Id id);

// Records whose `column` (one of T's fields) equals `value`, ordered by `orderBy` (a field) then id.
template <typename T>
Result<std::vector<T>> listWhere(Database &db, std::string_view column, const FieldValue &value,
                                 std::string_view orderBy = "id");

template <typename T>
Result<std::vector<T>> listAll(Database &db, std::string_view orderBy = "id");

// Like listAll, but a stored record that the domain rules refuse is left out and named in
// `unreadable`, so a listing or an export goes on with the rest: one bad record does not lock a user out.
template <typename T>
Result<std::vector<T>> listReadable(Database &db, std::vector<Error> &unreadable, std::string_view orderBy = "id");

// Inserts a new record (its id is ignored) and returns it with the id it was given.
template <typename T>
Result<T> insert(Database &db, T record);

// Inserts a record under its own id (undoing a delete, redoing an insert); fails if the id is taken.
template <typename T>
Result<T> insertWithId(Database &db, T record);

// The INSERT alone, validated but without a transaction or an audit row, under the record's own id
// when `keepId` (else a new one); returns the id. For writers that audit in their own way (the
// whole-casebook JSON import); everything else uses insert() / insertWithId().
template <typename T>
Result<Id> insertRow(Database &db, const T &record, bool keepId);

// Replaces the stored record with the same id; the audit row lists only the changed fields.
template <typename T>
Result<T> update(Database &db, const T &record);

template <typename T>
Status remove(Database &db, Id id);

// Validates a record against what it belongs to (its district or case), as every write does.
template <typename T>
Status checkRecord(Database &db, const T &record);

// Records of each type (for `check` and the status bar).
Result<std::vector<std::pair<std::string, std::int64_t>>> recordCounts(Database &db);

} // namespace casebook::storage
