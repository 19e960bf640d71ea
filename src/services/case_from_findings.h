// Opening a required technical-assistance case from the findings (the GUI's "Create
// required-assistance case…" and `casebook-cli from-findings`): one operation for both front ends.
// The proposal is computed first (so a front end can show it and let the user change the facts),
// then written in one transaction with its qualifying groups and its five activities.
#pragma once

#include "domain/eligibility.h"
#include "domain/records.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::services {

// What the user says about the case; everything else comes from the imported Dashboard results.
struct FindingsCaseRequest {
    std::string districtCds;                 // 7 digits
    int year = 0;                            // the Dashboard year of the identification
    Date openedOn;                           // the case's opening (the front end's today by default)
    std::optional<Date> identifiedOn;        // CDE's determination (Ed Code 52071(c)(1))
    std::optional<Date> countyLetterOn;      // the County Superintendent's letter
    CommunicationSchedule schedule = CommunicationSchedule::None;
    std::optional<Date> scheduleStart;
    std::string countyContact;
    std::string owner;
};

struct FindingsCaseProposal {
    Case caseRecord;                         // not stored yet (id 0)
    std::vector<QualifyingGroup> groups;     // the groups that made the district eligible
    EligibilityDetermination determination;
    std::string districtName;
    // The district as CDE's Dashboard files name it, when the casebook does not hold it yet: added
    // with the case, in the same transaction.
    std::optional<District> newDistrict;
};

// The case the findings call for, or an error saying why there is none: no Dashboard results of
// that year, or a district that is not eligible (with the reason).
Result<FindingsCaseProposal> proposeCaseFromFindings(storage::Database &db, const FindingsCaseRequest &request);

// Writes the proposal: the district when new, the case, its five activities and its qualifying
// groups, in one transaction with their audit rows. Validation errors name the field.
Result<Case> openCaseFromFindings(storage::Database &db, const FindingsCaseProposal &proposal);

} // namespace casebook::services
