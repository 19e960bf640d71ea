// Reads CDE's "LCFF District/COE Eligibility File" (assistancestatus22.xlsx, assistancestatus23.xlsx,
// assistancestatus24.xlsx ...) into the casebook's official determinations: the sheet "District and
// COE YYYY" (title rows above the header; columns found by header name), checked against the file's
// own letter legend (the "Value" sheet) when it has one. One file is one transaction; importing the
// same file again changes nothing; a new file for the same year replaces that year.
// docs/data-formats.md describes the file and what could not be confirmed.
#pragma once

#include "storage/official_store.h"

namespace casebook::io {

struct EligibilityFile {
    std::string fileName;
    std::string sheetName;
    int year = 0;
    std::vector<OfficialDetermination> districts;
};

// Reads and checks the whole file; writes nothing.
Result<EligibilityFile> readEligibilityFile(const std::string &path);

struct EligibilityImportReport {
    std::string fileName;
    int year = 0;
    int districts = 0;
    int differentiatedAssistance = 0; // districts whose status is differentiated assistance
    storage::OfficialImportResult stored;
};

Result<EligibilityImportReport> importEligibilityFile(storage::Database &db, const std::string &path);

// One line for the user: "assistancestatus24.xlsx: imported 25 districts and county offices for 2024,
// 7 in differentiated assistance (import 3)", or that it was unchanged or replaced another file.
std::string describeEligibilityImport(const EligibilityImportReport &report);

} // namespace casebook::io
