// The packet's deadlines from the deadline engine; see packet_deadlines.h.
#include "packet_deadlines.h"

#include <algorithm>

namespace casebook::io {

std::vector<Deadline> upcomingDeadlines(const CaseBundle &bundle, const CalendarSettings &settings, const Date &today,
                                        int horizonDays)
{
    auto all = deadlinesFor(bundle, settings, today, today.addDays(horizonDays));
    std::erase_if(all, [](const Deadline &d) {
        return d.state != DeadlineState::Overdue && d.state != DeadlineState::Upcoming;
    });
    return all;
}

} // namespace casebook::io
