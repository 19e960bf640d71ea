// Reads CDE's "ESSA Assistance Status" list of schools (saved from CDE's spreadsheet as CSV or
// tab-delimited text) and opens or updates a school-plan case for each school identified for CSI,
// TSI or ATSI, with the reasons as qualifying groups. One file is one transaction; importing the
// same file again changes nothing. docs/data-formats.md describes the columns and what is assumed.
#pragma once

#include "dashboard_import.h"

#include "domain/date.h"

namespace casebook::io {

struct EssaImportOptions {
    std::optional<int> year; // the Dashboard year the determinations followed; else from the columns
    Date designatedOn;       // opened-on date of new cases
};

struct EssaImportReport {
    std::string fileName;
    int year = 0;
    int schools = 0;          // data lines read
    int identified = 0;       // schools with CSI, TSI or ATSI
    int casesCreated = 0;
    int casesUpdated = 0;
    int unchanged = 0;        // identified schools whose case already said the same
};

Result<EssaImportReport> importEssaFile(storage::Database &db, const std::string &path, const EssaImportOptions &options);

} // namespace casebook::io
