// The findings of a district or school as an Excel workbook for a board report (libxlsxwriter):
// one "Findings" sheet with the grid in the Dashboard's colours (each result that drove eligibility
// bold, boxed and marked "*", with the criteria it met in a column of its own), the determination,
// the low-performing table, the disparities and the source once.
#pragma once

#include "findings_sheet.h"

#include <string>

namespace casebook::io {

// Writes the workbook to `path` (through a temporary file: the whole file or nothing), its words
// as `say` gives them (English, or the desktop window's language).
Status writeFindingsXlsx(const FindingsSheet &sheet, const std::string &path, const Say &say = inEnglish);

} // namespace casebook::io
