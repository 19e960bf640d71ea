// Deadlines as JSON (schemas/deadlines.schema.json), CSV (RFC 4180) and iCalendar (RFC 5545):
// what `casebook-cli deadlines --format` writes and what a calendar or spreadsheet reads.
#pragma once

#include "say.h"

#include "domain/deadlines.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::io {

inline constexpr int kDeadlinesFormatVersion = 1;

// What a listing was asked for; written into the JSON document so a reader knows its scope.
struct DeadlineListing {
    Date today;
    std::string timeZone;
    int withinDays = 30;
    bool overdueOnly = false;
    std::optional<Id> caseId;
    std::optional<std::string> owner; // the one owner listed, when the list was narrowed to one
    std::optional<Date> from, to;     // a range of due dates listed whole (met ones too), not reminders
    std::string generatedAt;          // UTC, ISO 8601
};

std::string deadlinesJson(const std::vector<Deadline> &deadlines, const DeadlineListing &listing);
// A header row, then one row per deadline; CRLF line ends, fields quoted when they need it.
std::string deadlinesCsv(const std::vector<Deadline> &deadlines);
// One all-day event per deadline; `dtstamp` as YYYYMMDDTHHMMSSZ (see icalendar.h).
std::string deadlinesIcs(const std::vector<Deadline> &deadlines, const std::string &dtstamp);

// The files a listing is written to, told by their extension.
enum class DeadlineFileFormat { Json, Csv, Ics, Xlsx };
// .json, .csv, .ics or .xlsx (any case); nullopt for another name.
std::optional<DeadlineFileFormat> deadlineFileFormatOf(const std::string &path);
// Writes the listing to `path` in `format`, the whole file or nothing (output_file.h's rule). An .xlsx
// workbook is for people: its headers and words as `say` gives them. JSON, CSV and iCalendar are
// read by programs (their fields and categories are fixed: schemas/deadlines.schema.json): English.
Status writeDeadlinesFile(const std::vector<Deadline> &deadlines, DeadlineFileFormat format, const std::string &path,
                          const DeadlineListing &listing, const Say &say = inEnglish);

} // namespace casebook::io
