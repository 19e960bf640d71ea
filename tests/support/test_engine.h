// Which engine a test's casebook is on. The storage and service suites run twice (tests/CMakeLists.txt):
// on SQLite files, and on PostgreSQL when CASEBOOK_TEST_SERVER_DIR names the throwaway test cluster
// CTest started (scripts/pg-cluster), each new casebook then a fresh database on it, dropped when the
// test process ends. Tests of what only a file does are tagged [file] and left out of the server run.
#pragma once

#include "temp_dir.h"

#include <string>

namespace casebook::test {

// True when this run's casebooks are on the test cluster.
bool testingOnServer();

// Where a test's new casebook named `name` goes: the file `name` in `dir`, or a new, empty database
// on the test cluster (a connection string) when testingOnServer().
std::string newCasebookLocation(const TempDir &dir, const std::string &name = "c.sqlite");

// The test cluster's superuser connection string (its folder's conninfo file).
std::string testClusterConnInfo();

} // namespace casebook::test
