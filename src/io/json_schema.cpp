// Schema validation with valijson; see json_schema.h.
#include "json_schema.h"

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QFile>

#include <map>
#include <memory>
#include <mutex>

namespace casebook::io {

namespace {

// valijson reports a path as {"<root>", "[cases]", "[0]", "[title]"}; a JSON pointer is "/cases/0/title".
std::string jsonPointer(const std::vector<std::string> &context)
{
    std::string pointer;
    for (const auto &part : context) {
        if (part == "<root>")
            continue;
        std::string token = part;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
            token = token.substr(1, token.size() - 2);
        std::string escaped;
        for (char c : token)
            escaped += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
        pointer += "/" + escaped;
    }
    return pointer.empty() ? "/" : pointer;
}

// Parsed schemas are kept for the life of the program; parsing them is the slow part.
Result<const valijson::Schema *> loadSchema(const std::string &schemaName)
{
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<valijson::Schema>> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(schemaName); it != cache.end())
        return static_cast<const valijson::Schema *>(it->second.get());
    auto text = schemaText(schemaName);
    if (!text)
        return text.error();
    try {
        const nlohmann::json schemaJson = nlohmann::json::parse(*text);
        auto schema = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schemaJson);
        parser.populateSchema(adapter, *schema);
        const valijson::Schema *raw = schema.get();
        cache.emplace(schemaName, std::move(schema));
        return raw;
    } catch (const std::exception &e) {
        return Error::internal("internal: schema " + schemaName + " is unusable: " + e.what());
    }
}

} // namespace

Result<std::string> schemaText(const std::string &schemaName)
{
    QFile file(QStringLiteral(":/schemas/") + QString::fromStdString(schemaName));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal("internal: schema " + schemaName + " is not built into this program");
    return file.readAll().toStdString();
}

Status validateAgainstSchema(const nlohmann::json &document, const std::string &schemaName,
                             const std::string &documentName)
{
    auto schema = loadSchema(schemaName);
    if (!schema)
        return schema.error();
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    bool valid = false;
    try {
        valid = validator.validate(**schema, target, &results);
    } catch (const std::exception &e) {
        return Error::badInput(documentName, std::string("could not be validated: ") + e.what());
    }
    if (valid)
        return {};
    // valijson reports the enclosing values too ("failed to validate item #0"); the deepest path
    // names the value that is actually wrong.
    valijson::ValidationResults::Error deepest;
    for (const auto &error : results)
        if (error.context.size() > deepest.context.size() || deepest.description.empty())
            deepest = error;
    return Error::badInput(documentName + " at " + jsonPointer(deepest.context),
                           deepest.description + " (schema " + schemaName + ")");
}

} // namespace casebook::io
