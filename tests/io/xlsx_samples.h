// Workbooks for the .xlsx tests: written by libxlsxwriter (as Excel would save them) or assembled by
// hand with QuaZip (inline strings, rich-text runs), so the reader is tested on files it did not write.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace casebook::test {

struct SampleSheet {
    std::string name;
    std::vector<std::vector<std::string>> rows; // from row 1; "" leaves the cell empty
};

// Writes the sheets with libxlsxwriter (shared strings; a cell "#n:123" is written as the number 123).
void writeXlsx(const std::string &path, const std::vector<SampleSheet> &sheets);

// A zip of the given entries (name, bytes), written with QuaZip.
void writeZip(const std::string &path, const std::vector<std::pair<std::string, std::string>> &entries);

// The header row of the "District and COE 2024" sheet, with the column names CDE's file uses
// (docs/data-formats.md; the order is not confirmed).
std::vector<std::string> eligibilityHeader2024();
// A row of that sheet: the CDS code, the LEA's name, its status and a letter per group ({"LTEL", "B"});
// the county Alameda, every other cell empty.
std::vector<std::string> eligibilityRow2024(const std::string &cds, const std::string &name, const std::string &status,
                                            const std::vector<std::pair<std::string, std::string>> &letters);
// CDE's Value sheet, its wording as public code quotes it; `override` replaces one letter's description.
SampleSheet valueSheet(char overrideLetter = 0, const std::string &overrideDescription = {});
// A 2024 eligibility workbook: title rows, the header on row 6, then `rows`.
void writeEligibility2024(const std::string &path, const std::vector<std::vector<std::string>> &rows,
                          bool withLegend = true, const SampleSheet &legend = valueSheet());

} // namespace casebook::test
