// The "upcoming deadlines" of a packet: what the deadline engine (domain/deadlines.h) says the case
// still owes, overdue or due within the horizon. One function, so the packet and its schema only
// see this list.
#pragma once

#include "domain/deadlines.h"

#include <vector>

namespace casebook::io {

inline constexpr int kPacketDeadlineHorizonDays = 120;

// The case's deadlines that are overdue or upcoming (not the met ones) as of `today`, due by
// today + horizonDays, in due-date order, each with the engine's explanation.
std::vector<Deadline> upcomingDeadlines(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                        int horizonDays = kPacketDeadlineHorizonDays);

} // namespace casebook::io
