// Where Casebook keeps its files by default, and what "today" is for the district.
#pragma once

#include "domain/date.h"

#include <string>

namespace casebook::io {

// The default casebook: <AppDataLocation>/casebook.sqlite (~/.local/share/Casebook/casebook.sqlite
// on Linux). The folder is created, owner-only, when missing. Needs QCoreApplication's names set
// (see setApplicationNames).
std::string defaultDatabasePath();

// Sets the organisation and application names QStandardPaths and QSettings use.
void setApplicationNames();

// The district's IANA time zone; deadlines are calendar dates there.
inline constexpr const char *kDefaultTimeZone = "America/Los_Angeles";

// Today's calendar date in `timeZone` (an IANA id); an unknown zone falls back to the default.
// CASEBOOK_TODAY=YYYY-MM-DD overrides it, for tests and for planning ahead.
Date today(const std::string &timeZone = kDefaultTimeZone);

} // namespace casebook::io
