// What a new record of a case holds before the user fills it in: one set of defaults for the GUI's
// "Add…" dialogs and `casebook-cli add TYPE case_id=N ...` (they used to differ: the CLI's
// records started empty). Each default says what a user most often means; validation still decides.
#pragma once

#include "domain/records.h"

namespace casebook::services {

template <typename T>
T newRecord(Id caseId, const Date &today);

template <>
inline Case newRecord<Case>(Id, const Date &today)
{
    Case c;
    c.openedOn = today;
    return c;
}

template <>
inline QualifyingGroup newRecord<QualifyingGroup>(Id caseId, const Date &)
{
    return QualifyingGroup{.caseId = caseId, .studentGroup = "ALL", .indicator = "ELA", .priority = 4};
}

template <>
inline Activity newRecord<Activity>(Id caseId, const Date &)
{
    Activity a;
    a.caseId = caseId;
    return a;
}

template <>
inline Communication newRecord<Communication>(Id caseId, const Date &today)
{
    return Communication{.caseId = caseId, .occurredOn = today, .mode = CommunicationMode::Meeting,
                         .direction = CommunicationDirection::DistrictToCounty};
}

template <>
inline ScheduledContact newRecord<ScheduledContact>(Id caseId, const Date &today)
{
    return ScheduledContact{.caseId = caseId, .dueOn = today};
}

// BP 0520: documentation goes to the County Superintendent; due in 30 days unless the user says.
template <>
inline DocumentationItem newRecord<DocumentationItem>(Id caseId, const Date &today)
{
    return DocumentationItem{.caseId = caseId, .dueOn = today.addDays(30),
                             .recipient = "County Superintendent of Schools"};
}

template <>
inline Partner newRecord<Partner>(Id caseId, const Date &today)
{
    return Partner{.caseId = caseId, .type = PartnerType::CountyOffice, .startOn = today};
}

template <>
inline CceeRecommendation newRecord<CceeRecommendation>(Id caseId, const Date &today)
{
    return CceeRecommendation{.caseId = caseId, .receivedOn = today, .consideration = Consideration::Pending};
}

template <>
inline SpiAction newRecord<SpiAction>(Id caseId, const Date &)
{
    SpiAction a;
    a.caseId = caseId;
    return a;
}

template <>
inline Intervention newRecord<Intervention>(Id caseId, const Date &)
{
    return Intervention{.caseId = caseId};
}

template <>
inline MonitoringReview newRecord<MonitoringReview>(Id caseId, const Date &today)
{
    return MonitoringReview{.caseId = caseId, .dueOn = today.addMonths(6)};
}

} // namespace casebook::services
