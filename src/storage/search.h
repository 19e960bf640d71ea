// Text search over a casebook: cases, communications, documentation items and attachments.
#pragma once

#include "database.h"

#include <vector>

namespace casebook::storage {

struct SearchHit {
    std::string kind;  // "case", "communication", "documentation_item", "attachment", "activity"
    Id recordId = 0;
    Id caseId = 0;
    std::string caseTitle;
    std::string title;   // what to show: the record's title, summary or file name
    std::string snippet; // the matching text, shortened
    std::string date;    // the record's date, when it has one
};

// Case-insensitive substring search (ASCII case folding) across the text fields users write.
// At most `limit` hits, newest first within each kind.
Result<std::vector<SearchHit>> searchCasebook(Database &db, const std::string &text, int limit = 200);

} // namespace casebook::storage
