// Adding and deleting a record, with the special cases of a case written once for both front ends:
// a new technical-assistance case gets its five activities (storage::createCase), and deleting a case
// deletes everything it holds (storage::deleteCase). Each is one transaction with its audit rows.
#pragma once

#include "storage/case_store.h"
#include "storage/repository.h"

#include <type_traits>

namespace casebook::services {

template <typename T>
Result<T> addRecord(storage::Database &db, const T &record)
{
    if constexpr (std::is_same_v<T, Case>)
        return storage::createCase(db, record);
    else
        return storage::insert<T>(db, record);
}

template <typename T>
Status deleteRecord(storage::Database &db, Id id)
{
    if constexpr (std::is_same_v<T, Case>)
        return storage::deleteCase(db, id);
    else
        return storage::remove<T>(db, id);
}

} // namespace casebook::services
