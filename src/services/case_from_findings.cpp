// Opening a required-assistance case from the findings; see case_from_findings.h.
#include "case_from_findings.h"

#include "domain/codes.h"
#include "domain/validation.h"
#include "io/findings_report.h"
#include "storage/case_store.h"
#include "storage/repository.h"

namespace casebook::services {

Result<FindingsCaseProposal> proposeCaseFromFindings(storage::Database &db, const FindingsCaseRequest &request)
{
    CASEBOOK_TRY(validateDistrictCode(request.districtCds, "district"));
    auto districts = storage::listWhere<District>(db, "cds", request.districtCds);
    if (!districts)
        return districts.error();
    auto found = io::determineDistrictYear(db, request.districtCds, request.year);
    if (!found)
        return found.error();
    const auto &d = found->determination;
    if (found->results.empty())
        return Error::badInput("year", "no " + std::to_string(request.year) + " Dashboard results of district " +
                                           request.districtCds + " are imported");
    if (!d.eligible)
        return Error::conflict("year", "district " + request.districtCds + " is not eligible for differentiated "
                                       "assistance on the " + std::to_string(request.year) + " Dashboard (" +
                                       d.source + "); there is no required-assistance case to open");
    FindingsCaseProposal p;
    p.determination = d;
    if (districts->empty()) {
        District district;
        district.cds = request.districtCds;
        district.name = found->name.empty() ? "District " + request.districtCds : found->name;
        CASEBOOK_TRY(validate(district));
        p.newDistrict = district;
        p.districtName = district.name;
    } else {
        p.districtName = districts->front().name;
    }
    p.groups = qualifyingGroupRecords(d);
    Case &c = p.caseRecord;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.status = CaseStatus::Determined;
    c.districtId = districts->empty() ? 1 : districts->front().id; // a new district's id is set when written
    c.title = "Differentiated assistance \u2014 " + std::to_string(request.year) + " Dashboard";
    c.openedOn = request.openedOn;
    c.identificationYear = request.year;
    c.identifiedOn = request.identifiedOn;
    c.countyLetterOn = request.countyLetterOn;
    c.commSchedule = request.schedule;
    c.commScheduleStart = request.scheduleStart;
    c.countyContact = request.countyContact;
    c.owner = request.owner;
    c.notes = "Opened from the findings of the " + std::to_string(request.year) + " Dashboard (" + d.source + ").";
    CASEBOOK_TRY(validate(c));
    return p;
}

Result<Case> openCaseFromFindings(storage::Database &db, const FindingsCaseProposal &proposal)
{
    return storage::inTransaction<Case>(db, [&]() -> Result<Case> {
        Case c = proposal.caseRecord;
        if (proposal.newDistrict) {
            auto district = storage::insert(db, *proposal.newDistrict);
            if (!district)
                return district.error();
            c.districtId = district->id;
        }
        return storage::createCase(db, c, proposal.groups);
    });
}

} // namespace casebook::services
