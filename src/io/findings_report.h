// What the casebook knows of one district and Dashboard year, Casebook's determination from it,
// and the comparison with CDE's official determinations (the LCFF District/COE Eligibility File):
// one computation for the CLI's `findings` and `reconcile` and the GUI's findings and reconcile views.
#pragma once

#include "domain/eligibility.h"
#include "domain/reconcile.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::io {

struct DistrictYear {
    std::vector<DashboardResult> results;     // the district's own rows (rtype D) of the year
    std::vector<LocalIndicator> local;
    std::optional<bool> calpadsLate;
    EligibilityDetermination determination;
    std::string name;                         // as CDE's files spell it ("" when no row names it)
};

Result<DistrictYear> determineDistrictYear(storage::Database &db, const std::string &districtCds, int year);

// Ed Code 52072(a) for the district and year, from the determinations of the Dashboard years year-3 ...
// year that have results imported (referralUnder52072).
Result<ReferralFinding> referralFor(storage::Database &db, const std::string &districtCds, int year);

// A charter school's determination of `year` (its rows of that year and the prior Dashboard year).
Result<CharterDetermination> determineCharterYear(storage::Database &db, const std::string &schoolCds, int year);

struct DistrictReconciliation {
    Reconciliation reconciliation;
    std::string name;
    bool compared = false; // false: no Dashboard results of the year are imported for the district
};

struct YearReconciliation {
    int year = 0;
    std::vector<DistrictReconciliation> districts; // by CDS code
    int agree = 0, differ = 0, notCompared = 0;
};

// Every district CDE's file of `year` lists (or only `districtCds`), compared. An error when no file
// of that year is imported, or when the file does not list the district asked for.
Result<YearReconciliation> reconcileYear(storage::Database &db, int year,
                                         const std::optional<std::string> &districtCds = std::nullopt);

} // namespace casebook::io
