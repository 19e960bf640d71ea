// A second process for the concurrency test: appends communications to one case, one
// transaction each, and exits non-zero on the first error it cannot wait out.
#include "storage/repository.h"

#include <cstdlib>
#include <iostream>

using namespace casebook;

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::cerr << "usage: concurrent_writer DB CASE_ID COUNT LABEL\n";
        return 1;
    }
    auto db = storage::Database::open(argv[1]);
    if (!db) {
        std::cerr << db.error().text() << "\n";
        return 3;
    }
    const Id caseId = std::atoll(argv[2]);
    const int count = std::atoi(argv[3]);
    for (int i = 0; i < count; ++i) {
        Communication c{.caseId = caseId, .occurredOn = *Date::parse("2025-03-01"), .mode = CommunicationMode::Email,
                        .participants = argv[4], .summary = std::string(argv[4]) + " #" + std::to_string(i)};
        auto stored = storage::insert<Communication>(**db, c);
        if (!stored) {
            std::cerr << argv[4] << ": " << stored.error().text() << "\n";
            return 3;
        }
    }
    return 0;
}
