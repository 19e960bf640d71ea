// iCalendar (RFC 5545) writing: all-day events in a VCALENDAR, with CRLF line endings, lines folded
// at 75 octets without splitting a UTF-8 sequence, and TEXT values escaped.
#pragma once

#include "domain/date.h"

#include <string>
#include <string_view>
#include <vector>

namespace casebook::io {

// One all-day VEVENT: DTSTART;VALUE=DATE is `date`, DTEND the next day.
struct CalendarEvent {
    std::string uid; // stable across exports, so calendar programs update instead of duplicating
    Date date;
    std::string summary;
    std::string description;
    std::vector<std::string> categories;
    std::string status = "CONFIRMED"; // TENTATIVE, CONFIRMED or CANCELLED (RFC 5545 3.8.1.11)
};

// RFC 5545 3.3.11: backslash, semicolon and comma get a backslash; a line break becomes "\n".
std::string escapeText(std::string_view text);

// RFC 5545 3.1: one content line as physical lines of at most 75 octets each, every one ended by
// CRLF, continuation lines starting with a space. A UTF-8 sequence is never split.
std::string foldLine(std::string_view line);

// A whole calendar. `dtstamp` is the UTC time of the export as YYYYMMDDTHHMMSSZ.
std::string writeICalendar(const std::vector<CalendarEvent> &events, const std::string &dtstamp,
                           const std::string &calendarName);

// The current UTC time as an iCalendar DATE-TIME (YYYYMMDDTHHMMSSZ).
std::string icalendarNow();

} // namespace casebook::io
