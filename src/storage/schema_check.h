// Schema verification: a casebook's sqlite_schema must hold exactly the tables, indexes, triggers and
// views that Casebook's own migrations create for its schema version, nothing more, less or different.
// The expected schema is built by running the migrations up to that version in an in-memory database,
// so every future migration is covered without a list to keep up to date.
#pragma once

#include "sqlite.h"

#include <string>
#include <vector>

namespace casebook::storage {

struct SchemaObject {
    std::string type;  // table, index, trigger, view
    std::string name;
    std::string table; // tbl_name: the table an index or trigger belongs to
    std::string sql;   // the CREATE statement, whitespace collapsed; empty for automatic indexes
};

struct SchemaDifference {
    std::vector<SchemaObject> foreign; // in the file, not created by Casebook
    std::vector<SchemaObject> missing; // created by Casebook, not in the file
    std::vector<SchemaObject> changed; // same name and type, other definition (the file's version)
    bool empty() const { return foreign.empty() && missing.empty() && changed.empty(); }
    // "trigger wipe_communications (on pending_deadlines); view audit_log ..." for messages.
    std::string describe() const;
};

// The objects a casebook of schema `version` (0 to currentSchemaVersion()) has; cached per version.
Result<std::vector<SchemaObject>> expectedSchema(int version);
// The objects in a connection's main database, read from sqlite_schema (nothing in them runs).
Result<std::vector<SchemaObject>> schemaOf(SqliteConnection &c);
Result<SchemaDifference> compareSchema(SqliteConnection &c, int version);

// Collapses every run of white space to one space: the form in which both sides are compared.
std::string normalisedSql(std::string_view sql);

} // namespace casebook::storage
