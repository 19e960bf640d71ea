// The read-only casebook check; see casebook_check.h.
#include "casebook_check.h"

#include "case_store.h"
#include "dashboard_store.h"
#include "repository.h"
#include "sha256.h"

#include "domain/validation.h"


namespace casebook::storage {

namespace {

std::string recordName(std::string_view label, Id id) { return std::string(label) + " " + std::to_string(id); }

// Reads every record of T and re-validates it against what it belongs to.
template <typename T>
Status checkRecords(Database &db, std::vector<CheckProblem> &problems)
{
    std::vector<Error> unreadable;
    auto records = listReadable<T>(db, unreadable);
    if (!records)
        return records.error();
    for (const auto &e : unreadable)
        problems.push_back({std::string(RecordTraits<T>::label), e.text()});
    for (const auto &r : *records) {
        if (auto valid = checkRecord(db, r); !valid)
            problems.push_back({recordName(RecordTraits<T>::label, r.id), valid.error().text()});
    }
    return {};
}

// The most problems listed for the Dashboard results: one bad file's worth can be a million rows.
constexpr std::size_t kMostDashboardProblems = 100;

// Every stored Dashboard result re-validated by the rule the importer applies (domain validate()).
Status checkDashboardResults(Database &db, std::vector<CheckProblem> &problems)
{
    std::size_t found = 0;
    CASEBOOK_TRY(forEachDashboardResult(db, [&](const StoredDashboardRow &row) {
        Status valid = row.result ? validate(*row.result)
                                  : Status(Error::badInput("indicator", "\"" + row.indicator +
                                                                            "\" with its record type is not one Casebook knows"));
        if (valid)
            return;
        if (++found <= kMostDashboardProblems)
            problems.push_back({"Dashboard result " + std::to_string(row.year) + " " + row.cds + " " + row.indicator +
                                    " " + row.studentGroup,
                                valid.error().text()});
    }));
    if (found > kMostDashboardProblems)
        problems.push_back({"Dashboard results", std::to_string(found - kMostDashboardProblems) +
                                                     " more stored results break the same rules (not listed)"});
    return {};
}

} // namespace

std::vector<CheckProblem> checkAttachmentBytes(const Attachment &a, const std::vector<unsigned char> &bytes)
{
    std::vector<CheckProblem> problems;
    const std::string where = recordName(RecordTraits<Attachment>::label, a.id) + " (" + a.fileName + ")";
    if (std::int64_t(bytes.size()) != a.size)
        problems.push_back({where, "its stored bytes are " + std::to_string(bytes.size()) + " bytes, its record says " +
                                       std::to_string(a.size)});
    else if (sha256Hex(bytes) != a.sha256)
        problems.push_back({where, "its stored bytes do not match its SHA-256 " + a.sha256 +
                                       ": they were changed after it was attached"});
    return problems;
}

Result<std::vector<CheckProblem>> checkCasebook(Database &db)
{
    std::vector<CheckProblem> problems;
    auto structure = db.structureProblems();
    if (!structure)
        return structure.error();
    for (auto &[where, what] : *structure)
        problems.push_back({std::move(where), std::move(what)});

    CASEBOOK_TRY(checkRecords<District>(db, problems));
    CASEBOOK_TRY(checkRecords<School>(db, problems));
    CASEBOOK_TRY(checkRecords<Case>(db, problems));
    CASEBOOK_TRY(checkRecords<QualifyingGroup>(db, problems));
    CASEBOOK_TRY(checkRecords<Activity>(db, problems));
    CASEBOOK_TRY(checkRecords<Communication>(db, problems));
    CASEBOOK_TRY(checkRecords<ScheduledContact>(db, problems));
    CASEBOOK_TRY(checkRecords<DocumentationItem>(db, problems));
    CASEBOOK_TRY(checkRecords<Partner>(db, problems));
    CASEBOOK_TRY(checkRecords<CceeRecommendation>(db, problems));
    CASEBOOK_TRY(checkRecords<SpiAction>(db, problems));
    CASEBOOK_TRY(checkRecords<Intervention>(db, problems));
    CASEBOOK_TRY(checkRecords<MonitoringReview>(db, problems));
    CASEBOOK_TRY(checkDashboardResults(db, problems));

    std::vector<Error> unreadable;
    auto attachments = listReadable<Attachment>(db, unreadable);
    if (!attachments)
        return attachments.error();
    for (const auto &e : unreadable)
        problems.push_back({std::string(RecordTraits<Attachment>::label), e.text()});
    for (const auto &a : *attachments) {
        const std::string where = recordName(RecordTraits<Attachment>::label, a.id) + " (" + a.fileName + ")";
        // Its owner included: its case, or a record of that same case (repository's checkRecord).
        if (auto valid = checkRecord(db, a); !valid)
            problems.push_back({where, valid.error().text()});
        auto bytes = attachmentContent(db, a.id);
        if (!bytes) {
            problems.push_back({where, bytes.error().text()});
            continue;
        }
        for (auto &p : checkAttachmentBytes(a, *bytes))
            problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace casebook::storage
