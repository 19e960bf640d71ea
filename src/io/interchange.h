// The whole casebook as one JSON document (schemas/casebook.schema.json; docs/interchange.md):
// every collection of records, attachments with their bytes, the audit trail and the settings.
// Export is deterministic (no timestamps of its own, keys in a fixed order, records by id), so
// export -> import into a new file -> export gives the same bytes.
#pragma once

#include "storage/database.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace casebook::io {

// Version 2 adds the state's data (Dashboard imports and results, local indicators, CALPADS flags,
// ESSA status); version 3 completion dates; version 4 the identification, State Board
// approval, CCEE determination and substantially similar activity fields; version 5 a communication's
// direction, subject and the scheduled contact it answers (scheduled contacts now come before the
// communications that name them). Older documents are still read.
inline constexpr int kInterchangeVersion = 5;
inline constexpr const char *kInterchangeSchema = "casebook.schema.json";
inline constexpr const char *kInterchangeSchemaId = "https://example.invalid/casebook/schemas/casebook.schema.json";

// A stored record the domain rules refuse fails the export, or, with `skipped`, is left out of the
// document and named there, so the rest can still be saved.
Result<nlohmann::ordered_json> exportCasebook(storage::Database &db, std::vector<Error> *skipped = nullptr);
// The document as written to a file: two-space indentation, UTF-8, a final newline.
std::string interchangeText(const nlohmann::ordered_json &document);

struct ImportSummary {
    bool idsPreserved = false; // true: imported into an empty casebook with the document's ids
    std::vector<std::pair<std::string, std::int64_t>> imported; // collection -> records added
    std::int64_t matchedExisting = 0; // districts/schools already present (same CDS code), reused
    // Rows of the state's data already present (same key, or the same Dashboard file current): kept as they are.
    std::int64_t keptExisting = 0;
    std::int64_t replacedDashboardImports = 0; // imports here that the document's current ones replaced
    std::int64_t carriedAuditRows = 0;
};

// The deepest nesting a casebook document may have (an audit row's "changes" is the deepest part).
inline constexpr int kMaxJsonDepth = 32;

// Parses JSON refusing duplicate keys and nesting deeper than kMaxJsonDepth.
Result<nlohmann::json> parseJsonStrictly(const std::string &text, const std::string &sourceName);
// RFC 4648 base64 with padding, checked in one pass (no regular expression).
bool isCanonicalBase64(std::string_view text);

// Parses `text` and validates it against the schema (what importCasebook does first), so a caller can
// refuse a bad document before it opens or creates a casebook.
Result<nlohmann::json> parseCasebookDocument(const std::string &text, const std::string &sourceName);

// Validates `text` against the schema, then imports it in one transaction: on any error nothing
// changes. Into an empty casebook ids are preserved; into a non-empty one every record gets a new
// id (districts and schools with a CDS code already present are reused). See docs/interchange.md.
Result<ImportSummary> importCasebook(storage::Database &db, const std::string &text, const std::string &sourceName);

} // namespace casebook::io
