// Records as JSON objects: the same field names as the database columns (domain/fields.h).
#pragma once

#include "domain/fields.h"

#include <nlohmann/json.hpp>

namespace casebook::io {

nlohmann::ordered_json toJson(const FieldValue &value);
nlohmann::ordered_json toJson(const FieldMap &fields);

template <typename T>
nlohmann::ordered_json recordToJson(const T &record)
{
    auto object = toJson(toFields(record));
    object["id"] = record.id;
    return object;
}

} // namespace casebook::io
