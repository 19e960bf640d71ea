#include "test_engine.h"

#include "storage/postgres.h"

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <unistd.h>

namespace casebook::test {

namespace {

const char *serverDir() { return std::getenv("CASEBOOK_TEST_SERVER_DIR"); }

// The databases this process made, dropped when it exits (each CTest test is one process).
std::vector<std::string> &madeDatabases()
{
    static std::vector<std::string> names;
    return names;
}

void dropMadeDatabases()
{
    auto admin = storage::PgConnection::open(testClusterConnInfo());
    if (!admin)
        return;
    for (const auto &name : madeDatabases())
        (void)(*admin)->exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

} // namespace

bool testingOnServer() { return serverDir() != nullptr && *serverDir() != '\0'; }

std::string testClusterConnInfo()
{
    const char *dir = serverDir() ? serverDir() : std::getenv("CASEBOOK_TEST_PG_DIR");
    if (!dir)
        throw std::runtime_error("no test cluster: CASEBOOK_TEST_SERVER_DIR is not set");
    std::ifstream in(std::string(dir) + "/conninfo");
    std::string line;
    if (!std::getline(in, line))
        throw std::runtime_error(std::string("the test cluster's conninfo is missing in ") + dir);
    return line;
}

std::string newCasebookLocation(const TempDir &dir, const std::string &name)
{
    if (!testingOnServer())
        return dir.file(name);
    static std::once_flag registered;
    // The list is made before the handler is registered, so that it is destroyed after the handler runs.
    std::call_once(registered, [] {
        (void)madeDatabases();
        std::atexit(dropMadeDatabases);
    });
    const std::string database = "casebook_t" + std::to_string(::getpid()) + "_" +
                                 std::to_string(madeDatabases().size() + 1);
    auto admin = storage::PgConnection::open(testClusterConnInfo());
    if (!admin)
        throw std::runtime_error(admin.error().text());
    if (auto made = (*admin)->exec("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'"); !made)
        throw std::runtime_error(made.error().text());
    madeDatabases().push_back(database);
    std::string conninfo = testClusterConnInfo();
    const std::string from = "dbname=postgres";
    conninfo.replace(conninfo.find(from), from.size(), "dbname=" + database);
    return conninfo;
}

} // namespace casebook::test
