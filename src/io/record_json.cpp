// JSON for records; see record_json.h.
#include "record_json.h"

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
