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

// "id" first, then the fields in their declared order: the stable layout of interchange files.
template <typename T>
nlohmann::ordered_json recordToOrderedJson(const T &record)
{
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    object["id"] = record.id;
    for (const auto &f : RecordTraits<T>::fields())
        object[std::string(f.name)] = toJson(f.get(record));
    return object;
}

// The longest text a field of a document may carry (the longest any record field allows).
inline constexpr std::size_t kMaxImportedTextBytes = 100000;
// The key of an attachment's bytes in a document; fieldsFromJson leaves it to the interchange.
inline constexpr std::string_view kAttachmentContentKey = "content_base64";

// A JSON value as a field value (booleans become 0/1; arrays and objects are refused; text longer
// than kMaxImportedTextBytes, with control characters or invalid UTF-8 is refused).
Result<FieldValue> fieldValueFromJson(const nlohmann::json &value, std::string_view field);

// The fields of `object` that T knows, as a FieldMap (other keys are left to the caller).
Result<FieldMap> fieldsFromJson(const nlohmann::json &object, std::string_view where);

} // namespace casebook::io
