// Casebook's own differentiated-assistance determination of a district beside CDE's official one
// (the LCFF District/COE Eligibility File): every difference named — the district's status, and per
// student group the priorities (CDE's letter) and the indicator results behind them — or "agrees".
// Only what the Dashboard files decide is compared: local indicators and CALPADS timeliness are
// facts staff enter, and a district in its second year of assistance stays in assistance whatever
// the new Dashboard says; each is named as such instead of being counted as a disagreement.
#pragma once

#include "eligibility.h"
#include "official_determination.h"

#include <string>
#include <vector>

namespace casebook {

struct GroupComparison {
    std::string studentGroup;
    std::string casebookLetter;       // "" when the group does not qualify in Casebook's determination
    std::string cdeLetter;            // "" when CDE's file gives the group no letter
    std::vector<int> casebookPriorities;
    std::vector<int> cdePriorities;
    bool agrees = false;
    std::string difference;           // one sentence when they differ, naming the group, letters and evidence
    std::string detail;               // the same without the group and letters: "only CDE lists priority 6 (...)"
};

struct Reconciliation {
    std::string districtCds;
    int year = 0;
    bool casebookEligible = false;
    bool cdeInAssistance = false;     // CDE's status says differentiated assistance
    std::string cdeStatus;            // as CDE writes it
    std::optional<int> yearInAssistance;
    bool statusAgrees = false;
    std::vector<GroupComparison> groups; // every group either side names, by code
    std::vector<std::string> differences; // one sentence per difference (status and groups)
    std::vector<std::string> notes;       // what the Dashboard files cannot decide
    bool agrees() const { return differences.empty(); }
};

Reconciliation reconcile(const EligibilityDetermination &casebook, const OfficialDetermination &cde);

} // namespace casebook
