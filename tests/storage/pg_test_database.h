// A database of its own on the throwaway test cluster that CTest starts for the PostgreSQL tests
// (scripts/pg-cluster; its connection string is in $CASEBOOK_TEST_PG_DIR/conninfo), dropped at the end.
#pragma once

#include "storage/postgres.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

namespace casebook::test {

using storage::PgConnection;

inline std::string adminConnInfo()
{
    const char *dir = std::getenv("CASEBOOK_TEST_PG_DIR");
    REQUIRE(dir != nullptr);
    std::ifstream in(std::string(dir) + "/conninfo");
    std::string line;
    REQUIRE(std::getline(in, line));
    return line;
}

inline int pgTestDatabaseCounter = 0;

// A new, empty database on the test cluster, dropped when the test ends.
struct TestDatabase {
    std::string name;
    std::string conninfo;
    TestDatabase()
    {
        name = "casebook_test_" + std::to_string(::getpid()) + "_" + std::to_string(++pgTestDatabaseCounter);
        auto admin = PgConnection::open(adminConnInfo());
        REQUIRE(admin.ok());
        REQUIRE((*admin)->exec("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'").ok());
        conninfo = adminConnInfo();
        conninfo.replace(conninfo.find("dbname=postgres"), std::string("dbname=postgres").size(), "dbname=" + name);
    }
    ~TestDatabase()
    {
        auto admin = PgConnection::open(adminConnInfo());
        if (admin)
            (void)(*admin)->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    // A connection to it, as `role` (a login role; the cluster trusts its socket) or as the superuser.
    std::unique_ptr<PgConnection> connect(const std::string &role = {}) const
    {
        auto c = PgConnection::open(conninfo + (role.empty() ? std::string() : " user=" + role));
        REQUIRE(c.ok());
        return std::move(*c);
    }
};

} // namespace casebook::test
