// Loads a CaseBundle; see case_bundle.h.
#include "case_bundle.h"

#include "repository.h"

namespace casebook::storage {

namespace {

template <typename T>
Status loadChildren(Database &db, Id caseId, std::vector<T> &out, std::string_view orderBy = "id")
{
    auto rows = listWhere<T>(db, "case_id", caseId, orderBy);
    if (!rows)
        return rows.error();
    out = std::move(*rows);
    return {};
}

} // namespace

Result<CaseBundle> loadCaseBundle(Database &db, Id caseId)
{
    CaseBundle b;
    auto c = get<Case>(db, caseId);
    if (!c)
        return c.error();
    b.caseRecord = std::move(*c);
    auto district = get<District>(db, b.caseRecord.districtId);
    if (!district)
        return district.error();
    b.district = std::move(*district);
    if (b.caseRecord.schoolId) {
        auto school = get<School>(db, *b.caseRecord.schoolId);
        if (!school)
            return school.error();
        b.school = std::move(*school);
    }
    CASEBOOK_TRY(loadChildren(db, caseId, b.qualifyingGroups, "priority"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.activities, "area"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.communications, "occurred_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.scheduledContacts, "due_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.documentationItems, "due_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.partners, "start_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.recommendations, "received_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.spiActions, "id"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.interventions, "id"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.monitoringReviews, "due_on"));
    CASEBOOK_TRY(loadChildren(db, caseId, b.attachments, "file_name"));
    return b;
}

} // namespace casebook::storage
