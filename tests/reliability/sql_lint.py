#!/usr/bin/env python3
"""The SQL rule of Casebook, checked on every build (docs/security.md):

1. SQL runs only in src/storage: no file elsewhere calls SQLite's statement functions
   (sqlite3_prepare*, sqlite3_exec, sqlite3_step), libpq's (PQexec*, PQprepare, PQsend*) or Qt SQL
   (QSqlQuery, QSqlDatabase).
2. In src/storage, the SQL text given to prepare/exec/scalar (or to sqlite3_prepare*/sqlite3_exec, or
   to libpq's PQexec/PQexecParams/PQprepare/PQsendQuery*)
   is a string literal, a named constant, or one of the few identifier-building expressions
   listed in ALLOWED below, each of which builds SQL only from compile-time names and integers.
   Values always go through bound parameters (?), never into the text.

Usage: sql_lint.py SRC_DIR      exit 0 when the rule holds, 1 with each violation listed
       sql_lint.py --self-test  proves the lint catches a concatenated value
"""
import os
import lint_main
import re
import sys
import tempfile

# file (relative to src/) -> {normalised first argument: why it is safe}
ALLOWED = {
    "storage/repository.cpp": {
        'Sql<T>::get().select + " WHERE id = ?"': "table and column names from RecordTraits<T> (compile time)",
        "sql": "listWhere: Sql<T>::get().select plus a column and an ORDER BY that isField<T>() checked",
        "Sql<T>::get().insert": "from RecordTraits<T>::fields()",
        "Sql<T>::get().insertWithId": "from RecordTraits<T>::fields()",
        "keepId ? Sql<T>::get().insertWithId : Sql<T>::get().insert": "insertRow: one of two statements from RecordTraits<T>::fields()",
        "Sql<T>::get().update": "from RecordTraits<T>::fields()",
        "Sql<T>::get().remove": "from RecordTraits<T>::table",
        '"SELECT count(*) FROM " + std::string(table)': "recordCounts: a constexpr list of table names",
    },
    "storage/database.cpp": {
        '"SAVEPOINT casebook_" + std::to_string(depth)': "an integer savepoint depth",
        '"ROLLBACK TO " + name': "name is \"casebook_\" + an integer depth",
        '"RELEASE " + name': "name is \"casebook_\" + an integer depth",
        '"RELEASE casebook_" + std::to_string(m_depth)': "an integer savepoint depth",
    },
    "storage/sqlite_database.cpp": {
        "step.sql": "the migration steps, string constants in migrations.cpp",
        '"PRAGMA application_id = " + std::to_string(kApplicationId)': "an integer constant",
        '"PRAGMA user_version = " + std::to_string(step.version)': "the migration step's integer",
        'quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)"': "two literals",
        '"PRAGMA user_version = " + std::to_string(currentSchemaVersion())': "an integer constant (a new file)",
        "dropStatement(o)": "rescue, on the in-memory copy only: DROP of a name read from the file, quoted as an "
                            "identifier (double quotes doubled), never spliced as SQL",
        "definition(o)": "rescue: Casebook's own CREATE text for the object, from the migrations run in memory",
        "o.sql": "rescue: Casebook's own CREATE text of a missing object, from the migrations run in memory",
        "sql": "structureProblems: a loop over the two literals PRAGMA integrity_check(100) / foreign_key_check",
    },
    "storage/schema_check.cpp": {
        "step.sql": "the migration steps, string constants in migrations.cpp, run on an in-memory database",
    },
    "storage/audit.cpp": {
        'std::string(kSelect) + "WHERE case_id = ? ORDER BY id"': "a constant and a literal",
        'std::string(kSelect) + "WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1"': "a constant and a literal",
        'std::string(kSelect) + "WHERE table_name = ? AND record_id = ? AND id > ? ORDER BY id"': "a constant and a literal",
        'std::string(kSelect) + "WHERE id > ? ORDER BY id LIMIT ?"': "a constant and a literal",
        'std::string(kSelect) + "WHERE case_id = ? AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"':
            "a constant and a literal (readCaseAuditPage)",
        'std::string(kSelect) + (table.empty() ? "ORDER BY id" : "WHERE table_name = ? AND record_id = ? ORDER BY id")':
            "a constant and one of two literals",
    },
    "storage/transfer.cpp": {
        '"SELECT count(*) FROM " + std::string(t.name)': "stateDataCounts: names from the constant stateTables()",
        '"SELECT " + joined(table.columns, ", ") + " FROM " + std::string(table.name) + " ORDER BY " + order':
            "forEachStateRow: columns, table and order from the constant stateTables()",
        '"INSERT INTO " + std::string(table.name) + " (" + joined(columns, ", ") + ") VALUES (" + marks + ")"':
            "insertStateRow: names from the constant stateTables(), marks are ?",
        '"SELECT id FROM " + std::string(table.name) + " WHERE " + joined(table.naturalKey, " = ? AND ") + " = ?"':
            "findStateRow: names from the constant stateTables(), values bound",
    },
    "storage/connection.cpp": {
        "sql": "Connection::scalar passes its caller's text to prepare",
    },
    "storage/postgres_schema.cpp": {
        "sql": "initServerSchema: loops over string literals (roles, grants, SET ROLE, COMMIT)",
        "step.sql": "the server schema steps, string constants in postgres_schema.cpp",
        "membership->columnText(0)": "grantDistrict: GRANT built by the server's format('GRANT %I TO %I') from two "
                                     "bound names, each quoted as an identifier",
        'fromVersion == 0 ? "INSERT INTO casebook_schema (id, application_id, version) VALUES (1, ?, ?)" : '
        '"UPDATE casebook_schema SET application_id = ?, version = ? WHERE id = 1"':
            "runServerSteps: one of two literals, values bound",
    },
    "storage/postgres_database.cpp": {
        '"SET lock_timeout = " + std::to_string(std::max(0, milliseconds))': "setBusyTimeout: an integer",
    },
    "storage/postgres.cpp": {
        '("DEALLOCATE " + m_name).c_str()': "the statement's own name, \"casebook_\" + an integer",
        "text.c_str()": "prepare(): its caller's text with ? numbered $1, $2, ... and possibly RETURNING id",
        "std::string(sql).c_str()": "the wrapper itself: exec() passes its caller's text through",
        "statement.c_str()": "ensureConnected(): replays the SET and LISTEN texts exec() ran before (its callers' constants)",
        '("COPY " + std::string(table) + " (" + names + ") FROM STDIN").c_str()':
            "bulkInsert: its caller's table and column names (the Dashboard writer's constants); rows are sent "
            "as COPY data, never as SQL",
    },
    "storage/sqlite.cpp": {
        "sql": "the wrapper itself: passes its caller's text through",
        "std::string(sql).c_str()": "the wrapper itself",
        "m_db": "sqlite3_prepare_v2 / sqlite3_exec inside the wrapper (first argument is the handle)",
    },
}

SQL_CALL = re.compile(r"(?:\.|->)(prepare|exec|scalar)\s*\(|\b(sqlite3_prepare\w*|sqlite3_exec)\s*\(")
FOREIGN = re.compile(r"\b(sqlite3_prepare\w*|sqlite3_exec|sqlite3_step|PQexec\w*|PQprepare|PQsend\w*|QSqlQuery|QSqlDatabase)\b")
# libpq's calls that take SQL text, and which argument (from 0) it is.
LIBPQ_CALL = re.compile(r"\b(PQexec|PQexecParams|PQprepare|PQsendQuery|PQsendQueryParams|PQsendPrepare)\s*\(")
LIBPQ_SQL_ARGUMENT = {"PQexec": 1, "PQexecParams": 1, "PQprepare": 2, "PQsendQuery": 1, "PQsendQueryParams": 1,
                      "PQsendPrepare": 2}
LITERALS = re.compile(r'^(\s*(R"(\w*)\((.|\n)*?\)\3"|"([^"\\\n]|\\.)*"))+\s*$')
CONSTANT = re.compile(r"^k[A-Z]\w*$")


def first_argument(text, start):
    """The first argument of the call whose '(' is at text[start - 1]."""
    return argument_at(text, start)[0]


def nth_argument(text, start, n):
    """Argument n (from 0) of the call whose '(' is at text[start - 1]."""
    arg, end = argument_at(text, start)
    for _ in range(n):
        if end >= len(text) or text[end] != ",":
            return ""
        arg, end = argument_at(text, end + 1)
    return arg


def argument_at(text, start):
    """The argument that begins at text[start], and the index of the ',' or ')' that ends it."""
    depth, i, arg = 0, start, []
    while i < len(text):
        ch = text[i]
        if ch == '"':
            raw = text[i - 1] == "R"
            if raw:
                m = re.match(r'"(\w*)\(', text[i:])
                end = text.find(")" + m.group(1) + '"', i)
                arg.append(text[i:end + len(m.group(1)) + 2])
                i = end + len(m.group(1)) + 2
                continue
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            arg.append(text[i:j + 1])
            i = j + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif ch == "," and depth == 0:
            break
        arg.append(ch)
        i += 1
    return " ".join("".join(arg).split()), i


def check(src):
    problems = []
    for folder, _, files in os.walk(src):
        for name in files:
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, src).replace(os.sep, "/")
            text = open(path, encoding="utf-8").read()
            in_storage = rel.startswith("storage/")
            if not in_storage:
                for m in FOREIGN.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append(f"{rel}:{line}: {m.group(1)} outside src/storage (SQL lives only in storage)")
                continue
            calls = [(m, first_argument(text, m.end())) for m in SQL_CALL.finditer(text)]
            calls += [(m, nth_argument(text, m.end(), LIBPQ_SQL_ARGUMENT[m.group(1)])) for m in LIBPQ_CALL.finditer(text)]
            for m, arg in calls:
                if rel in ("storage/sqlite.h", "storage/connection.h", "storage/postgres.h"):
                    continue  # declarations
                line = text.count("\n", 0, m.start()) + 1
                if not arg or LITERALS.match(arg) or CONSTANT.match(arg):
                    continue
                if arg in ALLOWED.get(rel, {}):
                    continue
                problems.append(f"{rel}:{line}: SQL text built from `{arg}`: bind values with ? instead, or, "
                                f"for a compile-time identifier, add it to ALLOWED in {os.path.basename(__file__)} "
                                f"with the reason")
    return problems


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "storage"))
        os.makedirs(os.path.join(tmp, "io"))
        with open(os.path.join(tmp, "storage", "bad.cpp"), "w") as f:
            f.write('auto s = c.prepare("SELECT id FROM cases WHERE title = \'" + title + "\'");\n'
                    'auto t = c.prepare("SELECT id FROM cases WHERE title = ?");\n'
                    'auto u = c.exec(R"SQL(CREATE TABLE x (a TEXT);)SQL");\n')
            f.write('PQclear(PQexec(conn, ("DELETE FROM cases WHERE title = \'" + title + "\'").c_str()));\n'
                    'PQclear(PQprepare(conn, "s1", "SELECT id FROM cases WHERE title = $1", 1, nullptr));\n')
        with open(os.path.join(tmp, "io", "sneaky.cpp"), "w") as f:
            f.write("sqlite3_exec(db, text.c_str(), nullptr, nullptr, nullptr);\n")
        problems = check(tmp)
        expected = ["storage/bad.cpp:1:", "storage/bad.cpp:4:", "io/sneaky.cpp:1:"]
        found = [p for p in problems if any(p.startswith(e) for e in expected)]
        if len(problems) != 3 or len(found) != 3:
            print("self-test failed; the lint reported:", *problems, sep="\n  ")
            return 1
    print("self-test: the lint catches a concatenated value (SQLite's and libpq's calls) and SQL outside storage")
    return 0


def main():
    return lint_main.run(__doc__, check, self_test, "sql lint: every SQL text in src/ is a literal, a constant or an allowed identifier expression")


if __name__ == "__main__":
    sys.exit(main())
