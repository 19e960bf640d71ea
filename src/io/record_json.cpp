// JSON for records; see record_json.h.
#include "record_json.h"

#include "domain/validation.h"

#include <nlohmann/json.hpp>

namespace casebook::io {

nlohmann::ordered_json toJson(const FieldValue &value)
{
    struct Visitor {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(std::int64_t i) const { return i; }
        nlohmann::ordered_json operator()(double d) const { return d; }
        nlohmann::ordered_json operator()(const std::string &s) const { return s; }
    };
    return std::visit(Visitor{}, value);
}

nlohmann::ordered_json toJson(const FieldMap &fields)
{
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto &[name, value] : fields)
        object[name] = toJson(value);
    return object;
}

} // namespace casebook::io

namespace casebook::io {

Result<FieldValue> fieldValueFromJson(const nlohmann::json &value, std::string_view field)
{
    if (value.is_null())
        return FieldValue{};
    if (value.is_boolean())
        return FieldValue(std::int64_t(value.get<bool>() ? 1 : 0));
    if (value.is_number_integer())
        return FieldValue(value.get<std::int64_t>());
    if (value.is_number())
        return FieldValue(value.get<double>());
    if (value.is_string()) {
        // Text from a document Casebook may not have written: bounded, no control characters.
        const auto &text = value.get_ref<const std::string &>();
        if (text.size() > kMaxImportedTextBytes)
            return Error::badInput(std::string(field), "is " + std::to_string(text.size()) + " bytes long; at most " +
                                                           std::to_string(kMaxImportedTextBytes) + " are allowed");
        CASEBOOK_TRY(checkForeignText(text, field, true));
        return FieldValue(text);
    }
    return Error::badInput(std::string(field), "expected a number, text or null, got " + std::string(value.type_name()));
}

Result<FieldMap> fieldsFromJson(const nlohmann::json &object, std::string_view where)
{
    if (!object.is_object())
        return Error::badInput(std::string(where), "expected an object");
    FieldMap out;
    for (const auto &[key, value] : object.items()) {
        if (key == kAttachmentContentKey)
            continue; // the attachment's bytes: base64, checked and decoded by the interchange
        auto v = fieldValueFromJson(value, std::string(where) + "/" + key);
        if (!v)
            return v.error();
        out.emplace(key, std::move(*v));
    }
    return out;
}

} // namespace casebook::io
