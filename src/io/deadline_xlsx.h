// The deadline list as an Excel workbook (libxlsxwriter): one "Deadlines" sheet with a bold,
// frozen, filterable header row, real dates, and the same columns as the CSV (deadline_export.h).
#pragma once

#include "say.h"

#include "domain/deadlines.h"

#include <string>
#include <vector>

namespace casebook::io {

// Writes the workbook to `path` (through a temporary file: the whole file or nothing), its headers,
// states, titles and explanations as `say` gives them (English, or the desktop window's language).
Status writeDeadlinesXlsx(const std::vector<Deadline> &deadlines, const std::string &path, const Say &say = inEnglish);

} // namespace casebook::io
