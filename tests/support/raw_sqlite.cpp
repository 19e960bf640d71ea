// Plain SQLite for tests; see raw_sqlite.h.
#include "raw_sqlite.h"

#include "storage/database.h"
#include "storage/postgres.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace casebook::test {

namespace {

// A casebook on the test cluster (support/test_engine.h): the same plain SQL through libpq, as the
// server's superuser.
std::unique_ptr<storage::PgConnection> rawServer(const std::string &location)
{
    auto c = storage::PgConnection::open(location);
    INFO((c ? "" : c.error().text()));
    REQUIRE(c.ok());
    return std::move(*c);
}

} // namespace

void rawExec(const std::string &path, const std::string &sql)
{
    if (storage::isServerLocation(path)) {
        auto done = rawServer(path)->exec(sql);
        INFO((done ? "" : done.error().text()));
        REQUIRE(done.ok());
        return;
    }
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    INFO((msg ? msg : ""));
    sqlite3_free(msg);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string rawExecError(const std::string &path, const std::string &sql)
{
    if (storage::isServerLocation(path)) {
        auto done = rawServer(path)->exec(sql);
        return done ? std::string() : done.error().text();
    }
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    std::string error = rc == SQLITE_OK ? std::string() : std::string(msg ? msg : "failed");
    sqlite3_free(msg);
    sqlite3_close(db);
    return error;
}

std::int64_t rawCount(const std::string &path, const std::string &table)
{
    if (storage::isServerLocation(path)) {
        auto n = rawServer(path)->scalar("SELECT count(*) FROM " + table);
        REQUIRE(n.ok());
        return std::get<std::int64_t>(*n);
    }
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, ("SELECT count(*) FROM " + table).c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const auto n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

} // namespace casebook::test
