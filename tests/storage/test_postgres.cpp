// The PostgreSQL connection (storage/postgres.h) against a real server: a throwaway cluster that CTest
// starts before these tests and removes after them (scripts/pg-cluster; tests/CMakeLists.txt), reached
// through the connection string in $CASEBOOK_TEST_PG_DIR/conninfo. Each test works in a database of
// its own. Expected values are the ones the test itself wrote.
#include "pg_test_database.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <string>

using namespace casebook;
using namespace casebook::storage;

namespace {

constexpr const char *kTable = R"SQL(
CREATE TABLE notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL UNIQUE,
    pages integer,
    score double precision,
    done boolean NOT NULL DEFAULT false,
    due date,
    body bytea
);
CREATE TABLE note_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note_id bigint NOT NULL);
CREATE FUNCTION log_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO note_log (note_id) VALUES (NEW.id);
    INSERT INTO note_log (note_id) VALUES (NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER notes_log AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION log_note();
)SQL";

// A connection to a new database, with the table `notes` (and its logging trigger) created.
std::unique_ptr<PgConnection> connectWithNotes(const test::TestDatabase &tdb)
{
    auto c = tdb.connect();
    REQUIRE(c->exec(kTable).ok());
    return c;
}

} // namespace

TEST_CASE("postgres: ? placeholders become $1, $2 ... outside quoted text, comments and dollar-quoted bodies")
{
    int n = 0;
    CHECK(numberPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?", n) == "SELECT a FROM t WHERE b = $1 AND c = $2");
    CHECK(n == 2);
    CHECK(numberPlaceholders("SELECT '?', 'it''s ?', \"odd?name\" FROM t WHERE x = ?", n) ==
          "SELECT '?', 'it''s ?', \"odd?name\" FROM t WHERE x = $1");
    CHECK(n == 1);
    CHECK(numberPlaceholders("SELECT 1 -- why?\n, ? /* what? */", n) == "SELECT 1 -- why?\n, $1 /* what? */");
    CHECK(n == 1);
    CHECK(numberPlaceholders("DO $body$ BEGIN PERFORM '?'; END $body$; SELECT ?", n) ==
          "DO $body$ BEGIN PERFORM '?'; END $body$; SELECT $1");
    CHECK(n == 1);
    CHECK(numberPlaceholders("SELECT a FROM t WHERE b LIKE ?1 OR c LIKE ?1 LIMIT ?2", n) ==
          "SELECT a FROM t WHERE b LIKE $1 OR c LIKE $1 LIMIT $2");
    CHECK(n == 2);
    CHECK(numberPlaceholders("SELECT 1", n) == "SELECT 1");
    CHECK(n == 0);
}

TEST_CASE("postgres: a password in a connection string or URI is never shown")
{
    const auto shown = redactedConnInfo("postgresql://alice:s3cret@db.example.invalid:5433/casebook");
    CHECK(shown.find("s3cret") == std::string::npos);
    CHECK(shown.find("password=***") != std::string::npos);
    CHECK(shown.find("dbname=casebook") != std::string::npos);
    const auto keywords = redactedConnInfo("host=db.example.invalid password='a b' dbname=casebook");
    CHECK(keywords.find("a b") == std::string::npos);
    CHECK(keywords.find("host=db.example.invalid") != std::string::npos);
}

TEST_CASE("postgres: a server that cannot be reached is a clear error naming where, without the password")
{
    auto c = PgConnection::open("host=/nonexistent-casebook-socket-dir port=5999 dbname=casebook password=hush");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().kind == ErrorKind::Database);
    CHECK_THAT(c.error().message, Catch::Contains("cannot connect to"));
    CHECK_THAT(c.error().message, Catch::Contains("/nonexistent-casebook-socket-dir"));
    CHECK(c.error().message.find("hush") == std::string::npos);
}

TEST_CASE("postgres: values bound with ? come back with their types, and the row's own id, not a trigger's")
{
    test::TestDatabase tdb;
    auto c = connectWithNotes(tdb);

    auto insert = c->prepare("INSERT INTO notes (title, pages, score, done, due, body) VALUES (?, ?, ?, ?, ?, ?)");
    REQUIRE(insert.ok());
    std::string bytes;
    for (int b = 0; b < 256; ++b)
        bytes += char(b);
    insert->bind(1, std::string("Lettre de l'office — \"draft\""))
        .bindInt(2, 12)
        .bindReal(3, 0.1 + 0.2)
        .bindInt(4, 1)
        .bind(5, std::string("2026-01-12"))
        .bindBlob(6, bytes.data(), bytes.size());
    REQUIRE(insert->run().ok());
    CHECK(c->changes() == 1);
    const auto first = c->lastInsertId();
    // The trigger inserted two log rows (ids 1 and 2); the note's own id is 1 all the same.
    CHECK(first == 1);

    insert->reset();
    insert->bind(1, std::string("Second")).bindNull(2).bindNull(3).bindInt(4, 0).bindNull(5).bindNull(6);
    REQUIRE(insert->run().ok());
    CHECK(c->lastInsertId() == 2);

    auto select = c->prepare("SELECT id, title, pages, score, done, due, body FROM notes WHERE id = ?");
    REQUIRE(select.ok());
    select->bindInt(1, first);
    REQUIRE(*select->step());
    CHECK(std::get<std::int64_t>(select->column(0)) == 1);
    CHECK(select->columnText(1) == "Lettre de l'office — \"draft\"");
    CHECK(std::get<std::int64_t>(select->column(2)) == 12);
    CHECK(std::get<double>(select->column(3)) == 0.1 + 0.2); // float8 text output round-trips
    CHECK(select->columnInt(4) == 1);
    CHECK(select->columnText(5) == "2026-01-12");
    const auto blob = select->columnBlob(6);
    CHECK(std::string(blob.begin(), blob.end()) == bytes);
    CHECK_FALSE(*select->step());

    select->reset();
    select->bindInt(1, 2);
    REQUIRE(*select->step());
    CHECK(select->columnIsNull(2));
    CHECK(isNull(select->column(3)));
    CHECK(select->columnInt(4) == 0);
    CHECK(select->columnBlob(6).empty());

    auto logged = c->scalar("SELECT count(*) FROM note_log");
    REQUIRE(logged.ok());
    CHECK(std::get<std::int64_t>(*logged) == 4);
}

TEST_CASE("postgres: statements interleave, a unique violation is named, and a failed transaction rolls back")
{
    test::TestDatabase tdb;
    auto c = connectWithNotes(tdb);
    auto insert = c->prepare("INSERT INTO notes (title) VALUES (?)");
    REQUIRE(insert.ok());
    for (const char *title : {"a", "b", "c"}) {
        insert->reset();
        insert->bind(1, std::string(title));
        REQUIRE(insert->run().ok());
    }
    // Reading one statement's rows while another writes, as storage code does.
    auto all = c->prepare("SELECT title FROM notes ORDER BY id");
    REQUIRE(all.ok());
    std::string seen;
    REQUIRE(all->eachRow([&]() -> Status {
        seen += all->columnText(0);
        insert->reset();
        insert->bind(1, all->columnText(0) + all->columnText(0));
        return insert->run();
    }).ok());
    CHECK(seen == "abc");
    CHECK(std::get<std::int64_t>(*c->scalar("SELECT count(*) FROM notes")) == 6);

    REQUIRE(c->exec("BEGIN").ok());
    CHECK(c->inTransaction());
    insert->reset();
    insert->bind(1, std::string("z"));
    REQUIRE(insert->run().ok());
    insert->reset();
    insert->bind(1, std::string("a"));
    auto duplicate = insert->run();
    REQUIRE_FALSE(duplicate.ok());
    CHECK(c->lastErrorWasUniqueViolation());
    CHECK(duplicate.error().kind == ErrorKind::BadInput);
    CHECK_THAT(duplicate.error().message, Catch::Contains("notes_title_key"));
    REQUIRE(c->exec("ROLLBACK").ok());
    CHECK_FALSE(c->inTransaction());
    CHECK(std::get<std::int64_t>(*c->scalar("SELECT count(*) FROM notes WHERE title = ?", {std::string("z")})) == 0);
}

TEST_CASE("postgres: a role without the privilege is refused with a message that says so")
{
    test::TestDatabase tdb;
    auto c = connectWithNotes(tdb);
    REQUIRE(c->exec("DROP ROLE IF EXISTS casebook_test_reader; CREATE ROLE casebook_test_reader; "
                    "GRANT SELECT ON notes TO casebook_test_reader; SET ROLE casebook_test_reader")
                .ok());
    auto write = c->prepare("INSERT INTO notes (title) VALUES (?)");
    REQUIRE(write.ok()); // preparing checks no privilege; running does
    write->bind(1, std::string("not mine"));
    auto refused = write->run();
    REQUIRE_FALSE(refused.ok());
    CHECK(c->lastSqlState() == "42501");
    CHECK_THAT(refused.error().message, Catch::Contains("your role may not do this"));
    REQUIRE(c->exec("RESET ROLE; DROP OWNED BY casebook_test_reader; DROP ROLE casebook_test_reader").ok());
}

TEST_CASE("postgres: a server location is told from a file path, and kept or used without ever storing its password")
{
    using namespace casebook::storage;
    // libpq's connection strings (libpq-connect, "Connection Strings"): a URI, or keyword=value pairs.
    CHECK(isServerLocation("postgresql://db.district.example/casebook"));
    CHECK(isServerLocation("postgres:///casebook?host=/run/postgresql"));
    CHECK(isServerLocation("service=casebook"));
    CHECK(isServerLocation("host=/tmp dbname=casebook"));
    CHECK_FALSE(isServerLocation("/home/me/casebook.sqlite"));
    CHECK_FALSE(isServerLocation("casebook.sqlite"));
    CHECK_FALSE(isServerLocation("notes=2024.sqlite")); // "notes" is no libpq keyword: a file name
    // Remembered without the password; a value with a space or a quote is quoted as libpq reads it
    // (single quotes, \' and \\ inside).
    const std::string remembered =
        connInfoWithoutPassword("postgresql://alice:s3cret@db.district.example:5433/case%20book?sslmode=verify-full");
    CHECK(remembered.find("s3cret") == std::string::npos);
    CHECK(remembered.find("password") == std::string::npos);
    CHECK(remembered.find("dbname='case book'") != std::string::npos);
    CHECK(remembered.find("port=5433") != std::string::npos);
    CHECK(remembered.find("sslmode=verify-full") != std::string::npos);
    CHECK(makeConnInfo({{"user", "o'neil"}, {"dbname", "a\\b"}}) == "user='o\\'neil' dbname='a\\\\b'");
    // The password, for one connection only, set whatever the string held.
    const std::string once = connInfoWithPassword("host=db user=alice password=old", "it's new");
    CHECK(once.find("password='it\\'s new'") != std::string::npos);
    CHECK(once.find("old") == std::string::npos);
    // What libpq says when the server wants a password: asking for one may help; otherwise not.
    CHECK(needsPassword(Error::database("cannot connect to host=db: fe_sendauth: no password supplied")));
    CHECK(needsPassword(Error::database("cannot connect: FATAL:  password authentication failed for user \"alice\"")));
    CHECK_FALSE(needsPassword(Error::database("cannot connect: could not connect to server: No such file or directory")));
    CHECK(serverTitle("postgresql://alice@db.district.example/casebook") == "casebook on db.district.example");
    CHECK(serverTitle("host=/run/postgresql dbname=team") == "team on this computer");
}
