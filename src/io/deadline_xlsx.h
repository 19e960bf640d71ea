// The deadline list as an Excel workbook (libxlsxwriter): one "Deadlines" sheet with a bold,
// frozen, filterable header row, real dates, and the same columns as the CSV (deadline_export.h).
#pragma once

#include "domain/deadlines.h"

#include <string>
#include <vector>

namespace casebook::io {

// Writes the workbook to `path` (through a temporary file: the whole file or nothing).
Status writeDeadlinesXlsx(const std::vector<Deadline> &deadlines, const std::string &path);

} // namespace casebook::io
