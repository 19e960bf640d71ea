// A case with every record that belongs to it: what a case page, a packet or the deadline engine
// reads. Plain data; storage/case_bundle.h loads it.
#pragma once

#include "records.h"

#include <optional>
#include <vector>

namespace casebook {

struct CaseBundle {
    Case caseRecord;
    District district;
    std::optional<School> school;
    std::vector<QualifyingGroup> qualifyingGroups;
    std::vector<Activity> activities;           // by area
    std::vector<Communication> communications;  // by date
    std::vector<ScheduledContact> scheduledContacts;
    std::vector<DocumentationItem> documentationItems; // by due date
    std::vector<Partner> partners;
    std::vector<CceeRecommendation> recommendations;
    std::vector<SpiAction> spiActions;
    std::vector<Intervention> interventions;
    std::vector<MonitoringReview> monitoringReviews;
    std::vector<Attachment> attachments;        // descriptions only, no bytes
};

} // namespace casebook
