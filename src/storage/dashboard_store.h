// The state's data in the casebook: imported Dashboard results (with the import each came from),
// the local indicators and CALPADS flags staff enter, and the ESSA assistance status of schools.
// Writers run inside the caller's WriteTransaction so a whole file is one all-or-nothing import.
#pragma once

#include "database.h"

#include "domain/dashboard.h"

#include <functional>
#include <optional>
#include <vector>

namespace casebook::storage {

// One imported file: which indicator and year it carried and what it was.
struct DashboardImport {
    Id id = 0;
    std::string indicator;  // Casebook's code ("ELA")
    int year = 0;
    std::string fileName;
    std::string sha256;
    std::int64_t rowCount = 0;
    std::string importedAt;
};

// The import whose results are current for an indicator and year, if any.
Result<std::optional<DashboardImport>> currentDashboardImport(Database &db, std::string_view indicator, int year);

// An import of the same file (indicator, year and SHA-256) recorded here, current or replaced
// (the current one first, then the latest).
Result<std::optional<DashboardImport>> findDashboardImport(Database &db, std::string_view indicator, int year,
                                                           const std::string &sha256);
// Removes an import's results and marks it replaced by another (stored) import. No audit row.
Status retireDashboardImport(Database &db, Id importId, Id replacedBy);
// Whole-casebook interchange: `current` is replaced by the import `byImportId` a JSON document brought
// (`source`, where its id was `documentId`); its results are removed and the 'import' audit row says so.
Status replaceDashboardImport(Database &db, const DashboardImport &current, Id byImportId, const std::string &source,
                              Id documentId);

// Streams one file's results into the casebook. start() must run inside a WriteTransaction: it
// records the import and, when another file was current for the same indicator and year, removes
// that file's results (the audit row names it). finish() writes the 'import' audit row.
// While a writer is open, the connection skips SQLite's CHECK constraints and add() checks the same
// rules itself (see start() for why); finish() or the writer's end turns them back on.
class DashboardResultWriter {
public:
    // `sha256` may be empty when the file's hash is known only after its last line; finish() then
    // records it.
    static Result<DashboardResultWriter> start(Database &db, std::string_view indicator, int year,
                                               const std::string &fileName, const std::string &sha256);
    DashboardResultWriter(DashboardResultWriter &&other) noexcept;
    DashboardResultWriter(const DashboardResultWriter &) = delete;
    DashboardResultWriter &operator=(const DashboardResultWriter &) = delete;
    DashboardResultWriter &operator=(DashboardResultWriter &&) = delete;
    ~DashboardResultWriter();

    // Adds one result; a second result for the same CDS and group is refused with a clear message.
    Status add(const DashboardResult &result);
    Result<DashboardImport> finish(const std::optional<std::string> &sha256 = std::nullopt);

    const std::optional<DashboardImport> &replaced() const { return m_replaced; }

private:
    DashboardResultWriter(Database &db, std::unique_ptr<BulkInsert> insert) : m_db(&db), m_insert(std::move(insert)) {}
    Status restoreChecks();
    Database *m_db;
    std::unique_ptr<BulkInsert> m_insert; // a prepared INSERT per row, or COPY on a server
    bool m_checksOff = false;
    DashboardImport m_import;
    std::optional<DashboardImport> m_replaced;
};

// One CDS code's results for a Dashboard year (all indicators and groups), ordered by indicator and group.
Result<std::vector<DashboardResult>> dashboardResultsFor(Database &db, const std::string &cds, int year);
// One stored Dashboard result with the key it is stored under; `result` is empty when the row's
// indicator or record type is not one Casebook knows.
struct StoredDashboardRow {
    int year = 0;
    std::string cds;
    std::string indicator;
    std::string studentGroup;
    std::optional<DashboardResult> result;
};
// Every stored Dashboard result, in key order, one at a time (a statewide casebook holds millions).
Status forEachDashboardResult(Database &db, const std::function<void(const StoredDashboardRow &)> &visit);
// The Dashboard years with results for a CDS code, newest first.
Result<std::vector<int>> dashboardYearsFor(Database &db, const std::string &cds);

// The Dashboard years any file was imported for, newest first.
Result<std::vector<int>> importedDashboardYears(Database &db);

// A school as the imported Dashboard files name it (rtype S rows of a district's CDS range).
struct DashboardSchool {
    std::string cds;         // 14 digits
    std::string name;        // as the newest file spells it
    bool charter = false;    // charter_flag Y in the newest file
    std::vector<int> years;  // the Dashboard years with its rows, newest first
};
// The schools of a district (7-digit code) found in the imported results of any year, by name.
Result<std::vector<DashboardSchool>> dashboardSchoolsOf(Database &db, const std::string &districtCds);

// A district, or one of its schools, as one Dashboard year's files name it, with the indicators they
// hold results for.
struct DashboardEntity {
    std::string cds; // 14 digits
    RecordType rtype = RecordType::District;
    std::string schoolName;
    std::string districtName;
    std::string countyName;
    std::vector<Indicator> indicators; // in Casebook's indicator order
};
// The district (7-digit code) and its schools in one Dashboard year's imported results, by CDS code:
// the district's own row first when the files have it.
Result<std::vector<DashboardEntity>> dashboardEntitiesOf(Database &db, const std::string &districtCode, int year);

// Local indicators staff entered for a district and year.
Result<std::vector<LocalIndicator>> localIndicatorsFor(Database &db, const std::string &districtCds, int year);
// The rules a local indicator must meet (district code, priority, year).
Status checkLocalIndicator(const LocalIndicator &indicator);
// Creates or replaces one local indicator (validated), with its audit row.
Status setLocalIndicator(Database &db, const LocalIndicator &indicator);

// Whether the district submitted CALPADS data late for that year's determination (null: not entered).
Result<std::optional<bool>> calpadsLateFor(Database &db, const std::string &districtCds, int year);
// The rules a CALPADS flag must meet (district code; 2024 on).
Status checkCalpadsSubmission(const std::string &districtCds, int year);
Status setCalpadsLate(Database &db, const std::string &districtCds, int year, bool late);

// One school's ESSA assistance status for a school year, as CDE's file listed it.
struct EssaStatus {
    std::string cds;
    int schoolYear = 0;          // the Dashboard year the determination followed
    std::string status;          // CDE's wording ("CSI Low Perform", "ATSI", ...)
    std::string studentGroups;   // comma-separated Dashboard codes ("" for school-wide reasons)
    std::string tsi;             // the 2024-25 TSI column as written ("" when the file has none)
    std::string exitStatus;      // the 2024-25 Exit column: CSIEXIT, ATSIEXIT, NOEXIT or ""
};

// Stores the status; returns false when the same status was already stored (nothing written).
Result<bool> storeEssaStatus(Database &db, const EssaStatus &status, const std::string &fileName,
                             const std::string &sha256);

// CDE's latest exit decision for a school (the 2024-25 ESSA file's Exit column CSIEXIT or ATSIEXIT), with
// the file it came from; nullopt when no imported file says the school exits.
struct EssaExit {
    int schoolYear = 0;
    std::string exitStatus; // CSIEXIT or ATSIEXIT
    std::string fileName;
    std::string sha256;
};
Result<std::optional<EssaExit>> essaExitFor(Database &db, const std::string &schoolCds);

} // namespace casebook::storage
