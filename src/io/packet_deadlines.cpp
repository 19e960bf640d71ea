// Interim deadlines from recorded dates; see packet_deadlines.h.
#include "packet_deadlines.h"

#include "domain/validation.h"

#include <algorithm>

namespace casebook::io {

std::vector<UpcomingDeadline> upcomingDeadlines(const CaseBundle &bundle, const std::map<std::string, std::string> &,
                                                const Date &today, int horizonDays)
{
    const Date until = today.addDays(horizonDays);
    std::vector<UpcomingDeadline> out;
    const auto add = [&](const Date &due, std::string what, std::string because) {
        if (due <= until)
            out.push_back({due, std::move(what), std::move(because), due < today});
    };
    for (const auto &d : bundle.documentationItems)
        if (!d.submittedOn)
            add(d.dueOn, "Documentation due: " + d.title, "due date recorded on the documentation item");
    for (const auto &s : bundle.scheduledContacts)
        if (s.dueOn >= today)
            add(s.dueOn, "Scheduled contact with the County Superintendent: " + s.purpose,
                "date the County Superintendent set for a communication");
    for (const auto &a : bundle.activities)
        if (a.dueOn && a.status != ActivityStatus::Complete && a.status != ActivityStatus::NotApplicable)
            add(*a.dueOn, "Activity " + std::to_string(a.area) + " due: " + std::string(activityAreaTitle(a.area)),
                "due date recorded on the activity");
    for (const auto &s : bundle.spiActions)
        if (s.dueOn && s.status != ActionStatus::Complete && s.status != ActionStatus::Withdrawn)
            add(*s.dueOn, "SPI action due: " + s.description, "due date recorded on the SPI action");
    for (const auto &m : bundle.monitoringReviews)
        if (!m.heldOn)
            add(m.dueOn, "Monitoring review of the school plan", "due date recorded on the monitoring review");
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.dueOn < b.dueOn; });
    return out;
}

} // namespace casebook::io
