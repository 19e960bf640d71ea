// CDE's official differentiated-assistance determinations in the casebook (schema version 7): each
// imported eligibility file, and per district and year what it says. A year holds one file's
// determinations: the same file again changes nothing, a newer one replaces the year. The read
// functions are what `reconcile` compares Casebook's own findings with.
#pragma once

#include "database.h"

#include "domain/codes.h"
#include "domain/official_determination.h"

#include <optional>
#include <vector>

namespace casebook::storage {

struct OfficialImport {
    Id id = 0;
    int year = 0;
    std::string fileName;
    std::string sha256;
    std::int64_t districtCount = 0;
    std::string importedAt;
};

enum class OfficialImportOutcome { Imported, Replaced, Unchanged };

struct OfficialImportResult {
    OfficialImportOutcome outcome = OfficialImportOutcome::Imported;
    OfficialImport import;                 // the current import of the year after the call
    std::optional<OfficialImport> replaced; // the import this one replaced
};

// Stores one file's determinations for `year` in one transaction with its 'import' audit row. The
// determinations must all be of that year, each district once (else nothing is written).
Result<OfficialImportResult> storeOfficialDeterminations(Database &db, int year, const std::string &fileName,
                                                         const std::string &sha256,
                                                         const std::vector<OfficialDetermination> &determinations);

// The import whose determinations are current for a year, if any.
Result<std::optional<OfficialImport>> currentOfficialImport(Database &db, int year);

// What CDE's file for `year` says about one district (7-digit CDS); nullopt when the year has no file
// or the file does not list the district.
Result<std::optional<OfficialDetermination>> officialDetermination(Database &db, int year,
                                                                   const std::string &districtCds);

// The districts (7-digit CDS codes, ascending) CDE's file for `year` lists; empty when none is imported.
Result<std::vector<std::string>> officialDeterminationDistricts(Database &db, int year);

// The years with an imported eligibility file, newest first.
Result<std::vector<int>> officialDeterminationYears(Database &db);

} // namespace casebook::storage
