// determineDistrictYear() and reconcileYear(); see findings_report.h.
#include "findings_report.h"

#include "domain/codes.h"
#include "storage/dashboard_store.h"
#include "storage/official_store.h"

#include <algorithm>
#include <map>

namespace casebook::io {

Result<DistrictYear> determineDistrictYear(storage::Database &db, const std::string &districtCds, int year)
{
    DistrictYear out;
    auto results = storage::dashboardResultsFor(db, districtLevelCds(districtCds), year);
    if (!results)
        return results.error();
    auto local = storage::localIndicatorsFor(db, districtCds, year);
    if (!local)
        return local.error();
    auto late = storage::calpadsLateFor(db, districtCds, year);
    if (!late)
        return late.error();
    auto determination = determineEligibility(districtCds, year, *results, *local, *late);
    if (!determination)
        return determination.error();
    out.name = results->empty() ? std::string() : results->front().districtName;
    out.results = std::move(*results);
    out.local = std::move(*local);
    out.calpadsLate = *late;
    out.determination = std::move(*determination);
    return out;
}

Result<ReferralFinding> referralFor(storage::Database &db, const std::string &districtCds, int year)
{
    auto years = storage::dashboardYearsFor(db, districtLevelCds(districtCds));
    if (!years)
        return years.error();
    std::map<int, EligibilityDetermination> byYear;
    for (int y : *years) {
        if (y < year - 3 || y > year || !rulesForYear(y).ok())
            continue;
        auto known = determineDistrictYear(db, districtCds, y);
        if (!known)
            return known.error();
        byYear.emplace(y, std::move(known->determination));
    }
    return referralUnder52072(year, byYear);
}

Result<CharterDetermination> determineCharterYear(storage::Database &db, const std::string &schoolCds, int year)
{
    auto results = storage::dashboardResultsFor(db, schoolCds, year);
    if (!results)
        return results.error();
    auto prior = storage::dashboardResultsFor(db, schoolCds, year == 2023 ? 2022 : year - 1);
    if (!prior)
        return prior.error();
    results->insert(results->end(), prior->begin(), prior->end());
    return determineCharterEligibility(schoolCds, year, *results);
}

Result<YearReconciliation> reconcileYear(storage::Database &db, int year, const std::optional<std::string> &districtCds)
{
    auto districts = storage::officialDeterminationDistricts(db, year);
    if (!districts)
        return districts.error();
    if (districts->empty())
        return Error::notFound("no CDE eligibility file for " + std::to_string(year) +
                               " in the casebook; import it with casebook-cli import eligibility assistancestatus" +
                               std::to_string(year % 100) + ".xlsx (File > Import CDE eligibility file...)");
    if (districtCds) {
        if (std::find(districts->begin(), districts->end(), *districtCds) == districts->end())
            return Error::notFound("CDE's " + std::to_string(year) + " eligibility file does not list district " +
                                   *districtCds);
        *districts = {*districtCds};
    }
    YearReconciliation out;
    out.year = year;
    for (const auto &district : *districts) {
        auto cde = storage::officialDetermination(db, year, district);
        if (!cde)
            return cde.error();
        auto known = determineDistrictYear(db, district, year);
        if (!known)
            return known.error();
        DistrictReconciliation d;
        d.compared = !known->results.empty();
        d.reconciliation = reconcile(known->determination, **cde);
        if (!d.compared) {
            d.reconciliation.differences.clear();
            d.reconciliation.notes = {"Not compared: no Dashboard results of " + std::to_string(year) +
                                      " are imported for this district."};
        }
        d.name = known->name.empty() ? (*cde)->leaName : known->name;
        (d.compared ? (d.reconciliation.agrees() ? out.agree : out.differ) : out.notCompared) += 1;
        out.districts.push_back(std::move(d));
    }
    return out;
}

} // namespace casebook::io
