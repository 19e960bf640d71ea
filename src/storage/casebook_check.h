// The thorough, read-only check behind `casebook-cli check`: SQLite's integrity and foreign-key checks,
// every stored record and Dashboard result re-validated by the domain rules, every attachment's bytes against its size and
// SHA-256, and every attachment's owner (a record of the same case). It reads only; it never upgrades.
#pragma once

#include "database.h"

#include <string>
#include <vector>

namespace casebook::storage {

struct CheckProblem {
    std::string where; // "attachment 7", "case 3", "SQLite integrity_check"
    std::string what;
};

// Checks a casebook of the current schema version (an older file: check an upgraded copy in memory,
// Database::upgradedCopyInMemory). The problems in the order found; empty when everything holds.
Result<std::vector<CheckProblem>> checkCasebook(Database &db);

// The problems of one attachment's stored bytes against its description, or none.
std::vector<CheckProblem> checkAttachmentBytes(const Attachment &a, const std::vector<unsigned char> &bytes);

} // namespace casebook::storage
