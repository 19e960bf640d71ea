// DashboardImporter: reads one of CDE's California School Dashboard download files
// (eladownload2024.txt, chronicdownload2023.txt, ...) into the casebook. Columns are found by
// header name; the year comes from the reportingyear column; suppressed values are stored as
// "not reported". One file is one transaction: any bad line leaves the casebook untouched.
// docs/data-formats.md describes the files.
#pragma once

#include "storage/dashboard_store.h"

#include <functional>
#include <optional>

namespace casebook::io {

struct ImportProgress {
    std::int64_t bytesRead = 0;
    std::int64_t bytesTotal = 0;
    std::int64_t rows = 0;
};

// Called now and then during an import; return false to cancel (the import is rolled back).
using ProgressCallback = std::function<bool(const ImportProgress &)>;

struct DashboardImportOptions {
    std::optional<Indicator> indicator; // overrides the file name
    ProgressCallback progress;
};

enum class ImportOutcome {
    Imported,  // the first file for this indicator and year
    Replaced,  // another file was current for this indicator and year; its results were replaced
    Unchanged, // this very file (same bytes) is already the current one; nothing was written
};

struct DashboardImportReport {
    std::string fileName;
    Indicator indicator = Indicator::ELA;
    int year = 0;
    std::int64_t rows = 0;
    ImportOutcome outcome = ImportOutcome::Imported;
    Id importId = 0;
    std::optional<storage::DashboardImport> replaced;
};

// The indicator a CDE file name stands for ("ELAdownload2023.txt" -> ELA), or an error that
// suggests --indicator.
Result<Indicator> indicatorFromFileName(const std::string &path);
// "ela", "MATH", "chronic" ... as the user types them on the command line.
Result<Indicator> parseIndicatorCode(const std::string &code);

Result<DashboardImportReport> importDashboardFile(storage::Database &db, const std::string &path,
                                                  const DashboardImportOptions &options = {});

} // namespace casebook::io
