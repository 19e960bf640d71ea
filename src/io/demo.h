// The demo district: a fictional, clearly labelled casebook with one case of every type, two years
// of communications and documentation and a few overdue items, so a new user sees every screen filled.
#pragma once

#include "storage/database.h"

namespace casebook::io {

inline constexpr const char *kDemoDistrictCds = "0199999";
inline constexpr const char *kDemoDistrictName = "Mariposa Creek Unified (DEMO — fictional)";

// Fills `db` (which must hold no demo district yet) with the demo district, dated relative to `today`.
// One transaction: on failure nothing is written.
Status createDemoCasebook(storage::Database &db, const Date &today);

} // namespace casebook::io
