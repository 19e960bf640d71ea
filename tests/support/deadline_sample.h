// A casebook whose deadlines cover every source and every state, for the deadline tests and the
// samples the Python checks read. Dates assume today = kDeadlineSampleToday.
#pragma once

#include "storage/case_store.h"

namespace casebook::test {

inline constexpr const char *kDeadlineSampleToday = "2025-09-01";

struct DeadlineSample {
    Id required = 0;   // required assistance, quarterly from 2025-02-15
    Id plan = 0;       // CSI plan designated 2025-01-10
    Id closed = 0;     // a withdrawn board request with a missed item before it closed
    Id overdueDocumentation = 0; // documentation item due 2025-06-30, never submitted
};

// Fills an empty casebook (text with commas, semicolons, quotes and non-ASCII letters included).
DeadlineSample insertDeadlineSample(storage::Database &db);

} // namespace casebook::test
