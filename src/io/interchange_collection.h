// Inside the whole-casebook interchange (interchange.h): one collection of the document — how it is
// written and read back — and what an import carries from one collection to the next (the ids it
// gave, what the trail covers). Only interchange*.cpp include this.
#pragma once

#include "storage/database.h"
#include "storage/dashboard_store.h"

#include "interchange.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace casebook::io::interchange {

// A Dashboard import of the document, as its results need to know it.
struct DocumentDashboardImport {
    std::size_t index = 0;        // in the document's dashboard_imports
    std::string indicator;
    std::int64_t year = 0;
    std::int64_t rowCount = 0;
    bool current = false;         // replaced_by is null
    bool alreadyHere = false;     // the same file is current here: its results are not added again
};

struct ImportState {
    storage::Database &db;
    bool keepIds = false;
    std::string source;
    std::map<std::string, std::map<Id, Id>, std::less<>> ids;    // collection -> document id -> stored id
    std::set<std::pair<std::string, Id>> matched;                // (collection, document id) reused, not added
    std::set<std::pair<std::string, Id>> withTrail;              // (collection, document id) the trail covers
    std::set<std::string> settingsWithTrail;                     // setting keys the trail covers
    const nlohmann::ordered_json *trail = nullptr; // the document's trail with its objects' key order as written
    ImportSummary summary;
    std::map<Id, DocumentDashboardImport> dashboardImports;     // document id -> what its results check

    std::string where(std::string_view pointer) const { return source + " at " + std::string(pointer); }
};

struct Collection {
    std::string_view name;
    // Writes the collection; a stored record that cannot be read is left out and named in the vector.
    std::function<Result<nlohmann::ordered_json>(storage::Database &, std::vector<Error> &)> write;
    std::function<Status(ImportState &, const nlohmann::json &)> read;
};

// The 'import' audit row of a record the document's trail says nothing about (a hand-made document):
// {"imported": {"source": ..., "document_id": ...}}. Nothing when the trail covers the record.
Status auditImported(ImportState &st, const std::string &table, Id storedId, std::optional<Id> caseId, Id documentId);

// The collections of the state's data (schema version 2), in document order (interchange_state.cpp).
Collection dashboardImports();
Collection dashboardResults();
Collection stateRows(std::string_view table); // local_indicators, calpads_submissions, essa_assistance

} // namespace casebook::io::interchange
