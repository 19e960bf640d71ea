// The numbered schema steps of a casebook file. PRAGMA user_version holds the last step applied;
// each step runs in its own transaction. Released steps never change: add a new one.
#pragma once

#include <span>
#include <string_view>

namespace casebook::storage {

struct Migration {
    int version;              // user_version after this step
    std::string_view summary; // one line for the log and docs
    std::string_view sql;
};

std::span<const Migration> migrations();
int currentSchemaVersion();

// PRAGMA application_id of every casebook file: 'CSBK'.
inline constexpr int kApplicationId = 0x4353424B;

} // namespace casebook::storage
