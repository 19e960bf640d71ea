// Checking JSON documents against Casebook's JSON Schemas (schemas/*.schema.json, draft-07) with
// valijson. The schemas are compiled into the program (a Qt resource), so an installed casebook-cli
// validates exactly against the schemas it was built with.
#pragma once

#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace casebook::io {

// The text of a bundled schema ("casebook.schema.json").
Result<std::string> schemaText(const std::string &schemaName);

// Validates `document` against the bundled schema `schemaName`. On failure the Error's field is
// "<documentName> at <JSON pointer>" of the most specific failing value and its message the
// schema's reason.
Status validateAgainstSchema(const nlohmann::json &document, const std::string &schemaName,
                             const std::string &documentName);

} // namespace casebook::io
