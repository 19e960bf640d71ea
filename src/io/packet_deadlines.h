// The "upcoming deadlines" of a packet and of the deadline list (xlsx/CSV), from ONE function.
// INTERIM: the deadline engine (domain/deadlines.h, deadlinesFor(bundle, settings, today, horizon))
// is being built in parallel. Until it is merged this lists only the dates recorded on the case's
// records; when it lands, upcomingDeadlines() becomes a call to deadlinesFor() and nothing else
// in the packet changes.
#pragma once

#include "domain/case_bundle.h"

#include <map>
#include <string>
#include <vector>

namespace casebook::io {

struct UpcomingDeadline {
    Date dueOn;
    std::string what;    // "Documentation due: LCAP goal review"
    std::string because; // why it is due ("recorded documentation item, due date set on the item")
    bool overdue = false;
};

// Deadlines of the case due on or before today + horizonDays (overdue ones included), by date.
std::vector<UpcomingDeadline> upcomingDeadlines(const CaseBundle &bundle,
                                                const std::map<std::string, std::string> &settings,
                                                const Date &today, int horizonDays = 120);

} // namespace casebook::io
