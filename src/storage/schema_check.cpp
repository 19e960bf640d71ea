// Comparing a file's schema with the one Casebook's migrations create; see schema_check.h.
#include "schema_check.h"

#include "migrations.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <tuple>

namespace casebook::storage {

namespace {

auto key(const SchemaObject &o) { return std::tie(o.type, o.name); }

std::string label(const SchemaObject &o)
{
    std::string text = o.type + " " + o.name;
    if (!o.table.empty() && o.table != o.name)
        text += " (on " + o.table + ")";
    return text;
}

std::string list(const std::vector<SchemaObject> &objects)
{
    std::string text;
    for (const auto &o : objects)
        text += (text.empty() ? "" : ", ") + label(o);
    return text;
}

Result<std::vector<SchemaObject>> buildExpected(int version)
{
    auto memory = SqliteConnection::open(":memory:", SqliteConnection::Mode::ReadWrite);
    if (!memory)
        return memory.error();
    for (const auto &step : migrations()) {
        if (step.version > version)
            break;
        if (auto s = (*memory)->exec(step.sql); !s)
            return Error::internal("internal: schema step " + std::to_string(step.version) +
                                   " failed in memory: " + s.error().message);
    }
    return schemaOf(**memory);
}

} // namespace

std::string normalisedSql(std::string_view sql)
{
    std::string out;
    bool space = false;
    for (const char c : sql) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string SchemaDifference::describe() const
{
    std::string text;
    if (!foreign.empty())
        text += "objects Casebook did not create: " + list(foreign);
    if (!changed.empty())
        text += std::string(text.empty() ? "" : "; ") + "objects defined differently from Casebook's: " + list(changed);
    if (!missing.empty())
        text += std::string(text.empty() ? "" : "; ") + "objects missing: " + list(missing);
    return text;
}

Result<std::vector<SchemaObject>> schemaOf(SqliteConnection &c)
{
    auto stmt = c.prepare("SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY type, name");
    if (!stmt)
        return stmt.error();
    std::vector<SchemaObject> objects;
    CASEBOOK_TRY(stmt->eachRow([&] {
        objects.push_back({stmt->columnText(0), stmt->columnText(1), stmt->columnText(2),
                           normalisedSql(stmt->columnView(3))});
    }));
    return objects;
}

Result<std::vector<SchemaObject>> expectedSchema(int version)
{
    if (version < 0 || version > currentSchemaVersion())
        return Error::internal("internal: no schema version " + std::to_string(version));
    static std::mutex mutex;
    static std::map<int, std::vector<SchemaObject>> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    auto built = buildExpected(version);
    if (!built)
        return built.error();
    return cache.emplace(version, std::move(*built)).first->second;
}

Result<SchemaDifference> compareSchema(SqliteConnection &c, int version)
{
    auto expected = expectedSchema(version);
    if (!expected)
        return expected.error();
    auto actual = schemaOf(c);
    if (!actual)
        return actual.error();
    SchemaDifference diff;
    std::map<std::tuple<const std::string &, const std::string &>, const SchemaObject *> wanted;
    for (const auto &o : *expected)
        wanted.emplace(key(o), &o);
    for (const auto &o : *actual) {
        auto it = wanted.find(key(o));
        if (it == wanted.end()) {
            diff.foreign.push_back(o);
            continue;
        }
        if (it->second->table != o.table || it->second->sql != o.sql)
            diff.changed.push_back(o);
        wanted.erase(it);
    }
    for (const auto &[k, o] : wanted)
        diff.missing.push_back(*o);
    return diff;
}

} // namespace casebook::storage
