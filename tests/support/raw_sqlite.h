// Plain SQLite on a casebook file, as a sender with the sqlite3 shell or a damaged disk would change
// it: no defensive mode, no Casebook checks. For tests that plant what Casebook must refuse. A server
// casebook's location (the storage and service suites' server run) gets the same through libpq.
#pragma once

#include <cstdint>
#include <string>

namespace casebook::test {

// Runs `sql` on the file; fails the test when SQLite refuses it.
void rawExec(const std::string &path, const std::string &sql);
// Runs `sql` on the file and returns SQLite's error message, or "" when it succeeded.
std::string rawExecError(const std::string &path, const std::string &sql);
// SELECT count(*) FROM `table`, read-only.
std::int64_t rawCount(const std::string &path, const std::string &table);

} // namespace casebook::test
