// Reproducible statewide-size data for benchmarks (docs/performance.md): a casebook of a county office with
// thousands of cases, their communications and documentation in realistic text, and the seven
// Dashboard download files of a statewide year in CDE's published layout. The same seed and scale
// give the same bytes on every machine: the generator uses its own pseudo-random sequence
// (splitmix64), never std:: distributions, whose output differs between standard libraries.
#pragma once

#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::io {

// Scale 1 is the practical limit of one county office's casebook: 5,000 cases, 100,000
// communications and 20,000 documentation items, over 100 districts with 1,000 schools.
struct CasebookSize {
    std::int64_t cases = 5'000;
    std::int64_t communications = 100'000;
    std::int64_t documentationItems = 20'000;

    static CasebookSize scaled(double scale);
};

struct CasebookGenerated {
    std::int64_t districts = 0, schools = 0, cases = 0, activities = 0, communications = 0, documentationItems = 0,
                 attachments = 0;
    Id longCaseId = 0; // the two-year case with 500 communications and 50 attachments (when asked for)
};

struct CasebookGeneratorOptions {
    CasebookSize size;
    std::uint64_t seed = 1;
    Date today = Date(2026, 6, 1); // cases open over the two years before it; the benchmarks use the same day
    bool longCase = false;         // add one two-year case with 500 communications and 50 attachments (packet export)
};

// Fills an empty casebook through the repository (validation and audit rows as for any edit) in one
// transaction.
Result<CasebookGenerated> generateCasebook(storage::Database &db, const CasebookGeneratorOptions &options);

// Scale 1 is one statewide Dashboard year: about 1,000 districts and 10,000 schools (plus the state
// row), each with every student group: about 200,000-220,000 rows per indicator.
struct DashboardGeneratorOptions {
    double scale = 1;
    std::uint64_t seed = 1;
    int year = 2024;
};

struct DashboardFilesGenerated {
    std::vector<std::string> paths; // one per indicator: <dir>/eladownload2024.txt ...
    std::int64_t rowsPerFileMax = 0;
    std::int64_t rowsTotal = 0;
    std::int64_t bytesTotal = 0;
    std::string sampleDistrictCds; // a 7-digit district with results in every file (for findings)
};

Result<DashboardFilesGenerated> generateDashboardFiles(const std::string &directory,
                                                       const DashboardGeneratorOptions &options);

} // namespace casebook::io
