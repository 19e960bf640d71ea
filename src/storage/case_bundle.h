// A case with every record that belongs to it, read in one go: what a case page, a packet or the
// deadline engine needs.
#pragma once

#include "database.h"

#include <vector>

namespace casebook::storage {

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

Result<CaseBundle> loadCaseBundle(Database &db, Id caseId);

} // namespace casebook::storage
