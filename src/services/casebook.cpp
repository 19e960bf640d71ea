// The application services; see casebook.h.
#include "casebook.h"

#include "domain/workflow.h"
#include "domain/codes.h"
#include "domain/counties.h"
#include "io/audit_text.h"
#include "io/demo.h"
#include "io/output_file.h"
#include "storage/case_bundle.h"
#include "storage/migrations.h"
#include "storage/postgres.h"
#include "storage/sha256.h"
#include "storage/sqlite_database.h"
#include "storage/transfer.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>
#include <filesystem>
#include <type_traits>

namespace casebook::services {

int currentSchemaVersion() { return storage::currentSchemaVersion(); }
bool canWriteCasebookAt(const std::string &location) { return storage::canWriteCasebookAt(location); }
void removeCasebookFiles(const std::string &location) { storage::removeCasebookFiles(location); }
bool isServerLocation(const std::string &location) { return storage::isServerLocation(location); }
std::string rememberableLocation(const std::string &location)
{
    return storage::isServerLocation(location) ? storage::connInfoWithoutPassword(location) : location;
}
std::string locationWithPassword(const std::string &location, const std::string &password)
{
    return storage::connInfoWithPassword(location, password);
}
bool openNeedsPassword(const Error &openError) { return storage::needsPassword(openError); }
std::string locationTitle(const std::string &location)
{
    if (!storage::isServerLocation(location))
        return std::filesystem::path(location).filename().string();
    return storage::serverTitle(location);
}
std::string serverLocation(const std::vector<std::pair<std::string, std::string>> &keywords)
{
    return storage::makeConnInfo(keywords);
}
std::string displayLocation(const std::string &location)
{
    return storage::isServerLocation(location) ? storage::redactedConnInfo(location) : location;
}

Result<std::unique_ptr<Casebook>> Casebook::open(const std::string &location, OpenMode mode, IntegrityCheck check)
{
    auto db = storage::Database::open(location, mode, check);
    if (!db)
        return db.error();
    return std::make_unique<Casebook>(std::move(*db));
}

Casebook::Casebook(std::unique_ptr<storage::Database> db) : m_db(std::move(db)) {}
Casebook::~Casebook() = default;

const std::string &Casebook::location() const { return m_db->path(); }
std::string_view Casebook::engine() const { return m_db->engine(); }
const OpenReport &Casebook::report() const { return m_db->report(); }
const std::string &Casebook::userName() const { return m_db->userName(); }
void Casebook::setUserName(std::string user) { m_db->setUserName(std::move(user)); }
void Casebook::setBusyTimeout(int milliseconds) { m_db->setBusyTimeout(milliseconds); }

Result<std::unique_ptr<Casebook>> Casebook::companion() const
{
    auto db = m_db->openCompanion();
    if (!db)
        return db.error();
    return std::make_unique<Casebook>(std::move(*db));
}

Result<std::unique_ptr<Casebook>> Casebook::upgradedCopyInMemory() const
{
    auto db = m_db->upgradedCopyInMemory();
    if (!db)
        return db.error();
    return std::make_unique<Casebook>(std::move(*db));
}

Status Casebook::backupTo(const std::string &path) { return m_db->backupTo(path); }
Result<std::string> Casebook::integrityCheck(bool quick) { return m_db->integrityCheck(quick); }
std::optional<Status> Casebook::integrityVerdict() const { return m_db->integrityVerdict(); }
bool Casebook::checksInBackground() const { return m_db->checksInBackground(); }
Status Casebook::awaitIntegrity() const { return m_db->awaitIntegrity(); }
Result<std::vector<CheckProblem>> Casebook::check() { return storage::checkCasebook(*m_db); }
Result<std::vector<std::pair<std::string, std::int64_t>>> Casebook::recordCounts() { return storage::recordCounts(*m_db); }
Result<bool> Casebook::isEmpty() { return storage::isEmptyCasebook(*m_db); }

// ---- Reading --------------------------------------------------------------------------------------

Result<std::vector<CaseSummary>> Casebook::caseSummaries(std::vector<Error> *unreadable)
{
    return storage::listCaseSummaries(*m_db, unreadable);
}
Result<CaseBundle> Casebook::caseBundle(Id caseId) { return storage::loadCaseBundle(*m_db, caseId); }
Result<std::vector<Attachment>> Casebook::attachmentsOf(AttachmentOwner ownerType, Id ownerId)
{
    return storage::attachmentsOf(*m_db, ownerType, ownerId);
}
Result<std::vector<unsigned char>> Casebook::attachmentContent(Id attachmentId)
{
    return storage::attachmentContent(*m_db, attachmentId);
}
Result<std::vector<AuditEntry>> Casebook::caseHistory(Id caseId) { return storage::readCaseAudit(*m_db, caseId); }
Result<std::vector<AuditEntry>> Casebook::caseHistoryPage(Id caseId, Id beforeId, int limit)
{
    return storage::readCaseAuditPage(*m_db, caseId, beforeId, limit);
}
Result<std::vector<SearchHit>> Casebook::search(const std::string &text, int limit)
{
    return storage::searchCasebook(*m_db, text, limit);
}

// ---- Writing records ------------------------------------------------------------------------------

namespace {

// The records of a case as a change that deletes them: what belongs to the case before the case
// itself (attachments first, the case last), so applying it forward deletes children first.
Change deletionOf(const CaseBundle &b, std::vector<std::vector<unsigned char>> contents)
{
    Change change;
    for (std::size_t i = 0; i < b.attachments.size(); ++i)
        change.records.push_back(deleted(b.attachments[i], std::move(contents[i])));
    const auto all = [&](const auto &records) {
        for (const auto &r : records)
            change.records.push_back(deleted(r));
    };
    all(b.monitoringReviews);
    all(b.interventions);
    all(b.spiActions);
    all(b.recommendations);
    all(b.partners);
    all(b.documentationItems);
    all(b.communications); // before the scheduled contacts they answer, so undo adds those first
    all(b.scheduledContacts);
    all(b.activities);
    all(b.qualifyingGroups);
    change.records.push_back(deleted(b.caseRecord));
    return change;
}

// The change that creating case `c` made: the case, then its activities and qualifying groups.
Result<Change> creationOf(storage::Database &db, const Case &c)
{
    Change change{{added(c)}, {}};
    auto activities = storage::listWhere<Activity>(db, "case_id", c.id, "area");
    if (!activities)
        return activities.error();
    for (const auto &a : *activities)
        change.records.push_back(added(a));
    auto groups = storage::listWhere<QualifyingGroup>(db, "case_id", c.id);
    if (!groups)
        return groups.error();
    for (const auto &g : *groups)
        change.records.push_back(added(g));
    return change;
}

} // namespace

template <typename T>
Result<Edited<T>> Casebook::add(const T &record)
{
    if constexpr (std::is_same_v<T, Case>) {
        return createCase(record, {});
    } else if constexpr (std::is_same_v<T, Attachment>) {
        return Error::badInput("attachment", "an attachment is added with its file (`casebook-cli attach`, or "
                                             "Attach… in the case's window), never as a bare record");
    } else {
        auto stored = storage::insert<T>(*m_db, record);
        if (!stored)
            return stored.error();
        return Edited<T>{*stored, Change{{added(*stored)}, {}}};
    }
}

template <typename T>
Result<Edited<T>> Casebook::save(const T &after)
{
    return storage::inTransaction<Edited<T>>(*m_db, [&]() -> Result<Edited<T>> {
        auto before = storage::get<T>(*m_db, after.id);
        if (!before)
            return before.error();
        auto stored = storage::update<T>(*m_db, after);
        if (!stored)
            return stored.error();
        return Edited<T>{*stored, Change{{edited(*before, *stored)}, {}}};
    });
}

namespace {

RowVersion versionOf(const std::optional<AuditEntry> &latest)
{
    if (!latest)
        return {};
    return {latest->id, latest->osUser, latest->atUtc, latest->action};
}

// "status: planned → done; notes: (empty) → Called Tuesday" for the fields that differ.
std::string differencesText(const std::vector<io::FieldChange> &changes)
{
    const auto shown = [](const std::optional<std::string> &v) { return v && !v->empty() ? *v : "(empty)"; };
    std::string out;
    for (const auto &c : changes)
        out += (out.empty() ? "" : "; ") + c.field + ": " + shown(c.oldValue) + " → " + shown(c.newValue);
    return out;
}

} // namespace

template <typename T>
Result<RowVersion> Casebook::rowVersion(Id id)
{
    auto latest = storage::latestAudit(*m_db, RecordTraits<T>::table, id);
    if (!latest)
        return latest.error();
    return versionOf(*latest);
}

Result<std::vector<std::pair<std::pair<std::string, Id>, Id>>> Casebook::caseRowVersions(Id caseId)
{
    return storage::caseRowVersions(*m_db, caseId);
}

template <typename T>
Error Casebook::whyGone(Id id)
{
    const std::string what = std::string(RecordTraits<T>::label) + " " + std::to_string(id);
    auto latest = storage::latestAudit(*m_db, RecordTraits<T>::table, id);
    if (!latest)
        return latest.error();
    if (!*latest || (*latest)->action != "delete")
        return Error::notFound(what + " does not exist");
    return Error::conflict(std::string(kChangedSinceRead), what + " was deleted by " + (*latest)->osUser + " at " +
                                                               (*latest)->atUtc + "; nothing was saved");
}

template <typename T>
Result<std::optional<Error>> Casebook::changedSinceRead(Id id, const T *read, Id version)
{
    const std::string what = std::string(RecordTraits<T>::label) + " " + std::to_string(id);
    auto latest = storage::latestAudit(*m_db, RecordTraits<T>::table, id);
    if (!latest)
        return latest.error();
    const RowVersion now = versionOf(*latest);
    auto stored = storage::get<T>(*m_db, id);
    if (!stored)
        return std::optional<Error>{stored.error().kind == ErrorKind::NotFound ? whyGone<T>(id) : stored.error()};
    std::vector<io::FieldChange> differences;
    if (read) {
        const FieldMap before = toFields(*read), after = toFields(*stored);
        for (const auto &[field, value] : after)
            if (auto was = before.find(field); was == before.end() || was->second != value)
                differences.push_back({field, was == before.end() ? std::nullopt : std::optional(fieldValueText(was->second)),
                                       fieldValueText(value)});
        if (differences.empty())
            return std::optional<Error>{};
    } else {
        if (now.version == version)
            return std::optional<Error>{};
        auto since = storage::readAuditSince(*m_db, RecordTraits<T>::table, id, version);
        if (!since)
            return since.error();
        // Each field once: its value before the first of these rows and after the last.
        for (const auto &entry : *since) {
            const auto changes = io::fieldChanges(entry.changesJson, "UTC");
            for (const auto &c : changes.value_or(std::vector<io::FieldChange>{})) {
                auto seen = std::find_if(differences.begin(), differences.end(),
                                         [&](const io::FieldChange &d) { return d.field == c.field; });
                if (seen == differences.end())
                    differences.push_back(c);
                else
                    seen->newValue = c.newValue;
            }
        }
    }
    std::string message = what + " was changed";
    if (now.version != 0)
        message += " by " + now.by + " at " + now.atUtc;
    message += " after you read it";
    if (!read)
        message += " (version " + std::to_string(version) + ", now " + std::to_string(now.version) + ")";
    if (!differences.empty())
        message += ": " + differencesText(differences);
    message += "; nothing was saved";
    return std::optional<Error>{Error::conflict(std::string(kChangedSinceRead), message)};
}

template <typename T>
Result<Edited<T>> Casebook::saveIfUnchanged(const T &after, const T *read, Id version)
{
    return storage::inTransaction<Edited<T>>(*m_db, [&]() -> Result<Edited<T>> {
        auto refused = changedSinceRead<T>(after.id, read, version);
        if (!refused)
            return refused.error();
        if (*refused)
            return **refused;
        return save<T>(after);
    });
}

template <typename T>
Result<Edited<T>> Casebook::saveOver(const T &after, const T &read)
{
    return saveIfUnchanged(after, &read, 0);
}

template <typename T>
Result<Edited<T>> Casebook::saveAtVersion(const T &after, Id version)
{
    return saveIfUnchanged<T>(after, nullptr, version);
}

template <typename T>
Result<Change> Casebook::remove(Id id)
{
    return storage::inTransaction<Change>(*m_db, [&]() -> Result<Change> {
        if constexpr (std::is_same_v<T, Case>) {
            auto bundle = storage::loadCaseBundle(*m_db, id);
            if (!bundle)
                return bundle.error();
            std::vector<std::vector<unsigned char>> contents;
            for (const auto &a : bundle->attachments) {
                auto bytes = storage::attachmentContent(*m_db, a.id);
                if (!bytes)
                    return bytes.error();
                contents.push_back(std::move(*bytes));
            }
            CASEBOOK_TRY(storage::deleteCase(*m_db, id));
            return deletionOf(*bundle, std::move(contents));
        } else {
            auto before = storage::get<T>(*m_db, id);
            if (!before)
                return before.error();
            std::vector<unsigned char> content;
            if constexpr (std::is_same_v<T, Attachment>) {
                auto bytes = storage::attachmentContent(*m_db, id);
                if (!bytes)
                    return bytes.error();
                content = std::move(*bytes);
            }
            CASEBOOK_TRY(storage::remove<T>(*m_db, id));
            return Change{{deleted(*before, std::move(content))}, {}};
        }
    });
}

Result<Edited<Case>> Casebook::createCase(const Case &c, const std::vector<QualifyingGroup> &groups)
{
    return storage::inTransaction<Edited<Case>>(*m_db, [&]() -> Result<Edited<Case>> {
        auto stored = storage::createCase(*m_db, c, groups);
        if (!stored)
            return stored.error();
        auto change = creationOf(*m_db, *stored);
        if (!change)
            return change.error();
        return Edited<Case>{*stored, std::move(*change)};
    });
}

Result<Edited<Case>> Casebook::changeCase(Id caseId, const std::function<Result<Case>()> &step)
{
    return storage::inTransaction<Edited<Case>>(*m_db, [&]() -> Result<Edited<Case>> {
        auto before = storage::get<Case>(*m_db, caseId);
        if (!before)
            return before.error();
        auto after = step();
        if (!after)
            return after.error();
        return Edited<Case>{*after, Change{{edited(*before, *after)}, {}}};
    });
}

Result<Edited<Case>> Casebook::transition(Id caseId, CaseStatus to, const Date &today)
{
    return changeCase(caseId, [&] { return storage::transitionCase(*m_db, caseId, to, today); });
}

Result<Edited<Case>> Casebook::exitSchoolPlan(Id caseId, const Date &on, const std::string &reason)
{
    return changeCase(caseId, [&] { return storage::exitSchoolPlan(*m_db, caseId, on, reason); });
}

Result<Edited<Attachment>> Casebook::attach(Id caseId, AttachmentOwner ownerType, Id ownerId,
                                            const std::string &fileName, const std::string &mediaType,
                                            const std::vector<unsigned char> &bytes)
{
    auto stored = storage::addAttachment(*m_db, caseId, ownerType, ownerId, fileName, mediaType, bytes);
    if (!stored)
        return stored.error();
    return Edited<Attachment>{*stored, Change{{added(*stored, bytes)}, {}}};
}

Result<Edited<Attachment>> Casebook::attachFile(Id caseId, AttachmentOwner ownerType, Id ownerId, const std::string &path)
{
    const QString file = QString::fromStdString(path);
    const QFileInfo info(file);
    const std::string tooLarge = path + " is larger than the " + std::to_string(kMaxAttachmentBytes / (1024 * 1024)) +
                                 " MiB an attachment may be";
    // Only a regular file: a FIFO would wait for a writer, /dev/zero would never end.
    if (info.exists() && !info.isFile())
        return Error::badInput("file", path + " is not a regular file (a folder, pipe or device); attach a file");
    QFile in(file);
    if (in.size() > kMaxAttachmentBytes)
        return Error::badInput("size", tooLarge);
    if (!in.open(QIODevice::ReadOnly))
        return Error::io("file", "cannot read " + path + ": " + in.errorString().toStdString());
    // At most one byte more than the limit is read, whatever the file turns out to be.
    const QByteArray data = in.read(kMaxAttachmentBytes + 1);
    if (data.size() > kMaxAttachmentBytes)
        return Error::badInput("size", tooLarge);
    // A file name is not Casebook's text: its control characters (ESC, newlines...) become '_'.
    std::string name = info.fileName().toStdString();
    for (char &c : name)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = '_';
    const std::string mediaType = QMimeDatabase().mimeTypeForFile(info).name().toStdString();
    return attach(caseId, ownerType, ownerId, name, mediaType, std::vector<unsigned char>(data.begin(), data.end()));
}

namespace {

// One record's change, forward (as it was done) or backward (taken back).
Status applyRecord(storage::Database &db, const RecordChange &change, bool forward)
{
    const AnyRecord &from = forward ? change.before : change.after;
    const AnyRecord &to = forward ? change.after : change.before;
    const auto status = [](const auto &result) -> Status { return result ? Status{} : Status{result.error()}; };
    if (!std::holds_alternative<std::monostate>(to)) {
        return std::visit(
            [&](const auto &record) -> Status {
                using T = std::decay_t<decltype(record)>;
                if constexpr (std::is_same_v<T, std::monostate>) {
                    return {};
                } else if constexpr (std::is_same_v<T, Attachment>) {
                    if (!std::holds_alternative<std::monostate>(from))
                        return status(storage::update<T>(db, record));
                    return status(storage::restoreAttachment(db, record, change.content));
                } else {
                    if (!std::holds_alternative<std::monostate>(from))
                        return status(storage::update<T>(db, record));
                    return status(storage::insertWithId<T>(db, record));
                }
            },
            to);
    }
    return std::visit(
        [&](const auto &record) -> Status {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else
                return storage::remove<T>(db, record.id);
        },
        from);
}

} // namespace

Status Casebook::apply(const Change &change, bool forward)
{
    return storage::inTransaction(*m_db, [&]() -> Status {
        if (forward) {
            for (const auto &r : change.records)
                CASEBOOK_TRY(applyRecord(*m_db, r, true));
        } else {
            for (auto it = change.records.rbegin(); it != change.records.rend(); ++it)
                CASEBOOK_TRY(applyRecord(*m_db, *it, false));
        }
        if (change.calendar)
            CASEBOOK_TRY(storage::saveCalendarSettings(*m_db, forward ? change.calendar->second : change.calendar->first));
        return {};
    });
}

Status Casebook::undo(const Change &change) { return apply(change, false); }
Status Casebook::redo(const Change &change) { return apply(change, true); }

template <typename T>
Result<Edited<T>> Casebook::saveWithFiles(const T &record, const std::vector<std::string> &paths,
                                          const std::optional<T> &read)
{
    static_assert(std::is_same_v<T, Activity> || std::is_same_v<T, Communication> ||
                  std::is_same_v<T, DocumentationItem>, "only these records have files of their own");
    constexpr AttachmentOwner owner = std::is_same_v<T, Activity>        ? AttachmentOwner::Activity
                                      : std::is_same_v<T, Communication> ? AttachmentOwner::Communication
                                                                         : AttachmentOwner::DocumentationItem;
    return storage::inTransaction<Edited<T>>(*m_db, [&]() -> Result<Edited<T>> {
        auto stored = record.id == 0 ? add<T>(record) : read ? saveOver<T>(record, *read) : save<T>(record);
        if (!stored)
            return stored.error();
        for (const auto &path : paths) {
            auto attached = attachFile(stored->record.caseId, owner, stored->record.id, path);
            if (!attached)
                return attached.error();
            stored->change.append(std::move(attached->change));
        }
        return stored;
    });
}

template Result<Edited<Activity>> Casebook::saveWithFiles<Activity>(const Activity &, const std::vector<std::string> &,
                                                                    const std::optional<Activity> &);
template Result<Edited<Communication>> Casebook::saveWithFiles<Communication>(const Communication &,
                                                                              const std::vector<std::string> &,
                                                                              const std::optional<Communication> &);
template Result<Edited<DocumentationItem>> Casebook::saveWithFiles<DocumentationItem>(
    const DocumentationItem &, const std::vector<std::string> &, const std::optional<DocumentationItem> &);

#define CASEBOOK_INSTANTIATE(T)                                                                    \
    template Result<Edited<T>> Casebook::add<T>(const T &);                                        \
    template Result<Edited<T>> Casebook::save<T>(const T &);                                       \
    template Result<Edited<T>> Casebook::saveOver<T>(const T &, const T &);                        \
    template Result<Edited<T>> Casebook::saveAtVersion<T>(const T &, Id);                          \
    template Result<RowVersion> Casebook::rowVersion<T>(Id);                                       \
    template Error Casebook::whyGone<T>(Id);                                                       \
    template Result<Change> Casebook::remove<T>(Id);
CASEBOOK_FOR_EACH_RECORD(CASEBOOK_INSTANTIATE)
#undef CASEBOOK_INSTANTIATE

// ---- Findings -------------------------------------------------------------------------------------

Result<FindingsCaseProposal> Casebook::proposeCaseFromFindings(const FindingsCaseRequest &request)
{
    return services::proposeCaseFromFindings(*m_db, request);
}

Result<Edited<Case>> Casebook::openCaseFromFindings(const FindingsCaseProposal &proposal)
{
    return storage::inTransaction<Edited<Case>>(*m_db, [&]() -> Result<Edited<Case>> {
        auto c = services::openCaseFromFindings(*m_db, proposal);
        if (!c)
            return c.error();
        Change change;
        if (proposal.newDistrict) {
            auto district = storage::get<District>(*m_db, c->districtId);
            if (!district)
                return district.error();
            change.records.push_back(added(*district));
        }
        auto created = creationOf(*m_db, *c);
        if (!created)
            return created.error();
        change.append(std::move(*created));
        return Edited<Case>{*c, std::move(change)};
    });
}

Result<std::vector<int>> Casebook::dashboardYears(const std::string &cds) { return storage::dashboardYearsFor(*m_db, cds); }
Result<std::vector<DashboardResult>> Casebook::dashboardResults(const std::string &cds, int year)
{
    return storage::dashboardResultsFor(*m_db, cds, year);
}
Result<std::vector<DashboardEntity>> Casebook::dashboardEntities(const std::string &districtCode, int year)
{
    return storage::dashboardEntitiesOf(*m_db, districtCode, year);
}

Result<KnownDistrict> Casebook::knownDistrict(const std::string &code)
{
    const std::string district = code.size() == 14 ? districtPartOf(code) : code;
    CASEBOOK_TRY(validateDistrictCode(district, "cds"));
    KnownDistrict known{district, {}, std::string(countyOfCode(district))};
    // The latest Dashboard year that names the district or one of its schools.
    auto years = storage::dashboardYearsFor(*m_db, districtLevelCds(district));
    if (!years)
        return years.error();
    if (!years->empty()) {
        auto entities = storage::dashboardEntitiesOf(*m_db, district, years->front());
        if (!entities)
            return entities.error();
        for (const auto &e : *entities)
            if (!e.districtName.empty()) {
                known.name = e.districtName;
                if (!e.countyName.empty())
                    known.county = e.countyName;
                return known;
            }
    }
    auto officialYears = storage::officialDeterminationYears(*m_db);
    if (!officialYears)
        return officialYears.error();
    for (int year : *officialYears) {
        auto official = storage::officialDetermination(*m_db, year, district);
        if (!official)
            return official.error();
        if (*official && !(*official)->leaName.empty()) {
            known.name = (*official)->leaName;
            if (!(*official)->countyName.empty())
                known.county = (*official)->countyName;
            break;
        }
    }
    return known;
}

Result<io::DistrictYear> Casebook::districtYear(const std::string &districtCds, int year)
{
    return io::determineDistrictYear(*m_db, districtCds, year);
}
Result<ReferralFinding> Casebook::referral(const std::string &districtCds, int year)
{
    return io::referralFor(*m_db, districtCds, year);
}
Result<CharterDetermination> Casebook::charterYear(const std::string &schoolCds, int year)
{
    return io::determineCharterYear(*m_db, schoolCds, year);
}
Result<io::YearReconciliation> Casebook::reconcile(int year, const std::optional<std::string> &onlyDistrict)
{
    return io::reconcileYear(*m_db, year, onlyDistrict);
}
Result<std::vector<int>> Casebook::importedDashboardYears() { return storage::importedDashboardYears(*m_db); }
Result<std::vector<DashboardSchool>> Casebook::dashboardSchools(const std::string &districtCds)
{
    return storage::dashboardSchoolsOf(*m_db, districtCds);
}
Result<std::vector<GroupTrend>> Casebook::dashboardTrends(const std::string &cds)
{
    auto years = storage::dashboardYearsFor(*m_db, cds);
    if (!years)
        return years.error();
    std::vector<DashboardResult> all;
    for (int y : *years) {
        auto results = storage::dashboardResultsFor(*m_db, cds, y);
        if (!results)
            return results.error();
        all.insert(all.end(), results->begin(), results->end());
    }
    return casebook::dashboardTrends(all);
}
Result<io::FindingsSheet> Casebook::findingsSheet(const std::string &cds, int year)
{
    return io::findingsSheetFor(*m_db, cds, year);
}

Result<std::vector<DistrictOverview>> Casebook::districtOverview(int year, const Date &today)
{
    auto districts = storage::listAll<District>(*m_db, "name");
    if (!districts)
        return districts.error();
    auto cases = storage::listCaseSummaries(*m_db);
    if (!cases)
        return cases.error();
    auto settings = storage::loadCalendarSettings(*m_db);
    if (!settings)
        return settings.error();
    auto overdue = storage::reminders(*m_db, *settings, {.today = today, .withinDays = 0, .overdueOnly = true});
    if (!overdue)
        return overdue.error();
    std::vector<DistrictOverview> out;
    for (const auto &d : *districts) {
        DistrictOverview o;
        o.district = d;
        auto years = storage::dashboardYearsFor(*m_db, districtLevelCds(d.cds));
        if (!years)
            return years.error();
        if (year == 0 && !years->empty())
            o.year = years->front();
        else if (std::find(years->begin(), years->end(), year) != years->end())
            o.year = year;
        if (o.year != 0 && rulesForYear(o.year).ok()) {
            auto known = io::determineDistrictYear(*m_db, d.cds, o.year);
            if (!known)
                return known.error();
            o.eligible = known->determination.eligible;
            o.qualifyingGroups = known->determination.qualifyingGroups();
            o.name = known->name;
        }
        auto schools = storage::dashboardSchoolsOf(*m_db, d.cds);
        if (!schools)
            return schools.error();
        o.schools = int(schools->size());
        for (const auto &c : *cases)
            if (c.districtCds == d.cds && !isTerminal(c.status)) {
                ++o.openCases;
                o.overdue += int(std::count_if(overdue->begin(), overdue->end(),
                                               [&](const Deadline &dl) { return dl.caseId == c.id; }));
            }
        out.push_back(std::move(o));
    }
    return out;
}

Result<std::vector<LocalIndicator>> Casebook::localIndicators(const std::string &districtCds, int year)
{
    return storage::localIndicatorsFor(*m_db, districtCds, year);
}
Result<std::optional<bool>> Casebook::calpadsLate(const std::string &districtCds, int year)
{
    return storage::calpadsLateFor(*m_db, districtCds, year);
}

Status Casebook::recordLocalData(const std::vector<LocalIndicator> &indicators, const std::optional<CalpadsReport> &calpads)
{
    return storage::inTransaction(*m_db, [&]() -> Status {
        for (const auto &li : indicators)
            CASEBOOK_TRY(storage::setLocalIndicator(*m_db, li));
        if (calpads)
            CASEBOOK_TRY(storage::setCalpadsLate(*m_db, calpads->districtCds, calpads->year, calpads->late));
        return {};
    });
}

Result<std::optional<EssaExit>> Casebook::essaExit(const std::string &schoolCds) { return storage::essaExitFor(*m_db, schoolCds); }
Result<std::vector<int>> Casebook::officialDeterminationYears() { return storage::officialDeterminationYears(*m_db); }
Result<std::optional<OfficialDetermination>> Casebook::officialDetermination(int year, const std::string &districtCds)
{
    return storage::officialDetermination(*m_db, year, districtCds);
}

// ---- Deadlines and settings -----------------------------------------------------------------------

Result<CalendarSettings> Casebook::calendarSettings() { return storage::loadCalendarSettings(*m_db); }

Result<Change> Casebook::saveCalendarSettings(const CalendarSettings &settings)
{
    return storage::inTransaction<Change>(*m_db, [&]() -> Result<Change> {
        auto before = storage::loadCalendarSettings(*m_db);
        if (!before)
            return before.error();
        if (*before == settings)
            return Change{};
        CASEBOOK_TRY(storage::saveCalendarSettings(*m_db, settings));
        return Change{{}, std::pair{*before, settings}};
    });
}

Result<std::vector<Deadline>> Casebook::reminders(const CalendarSettings &settings, const ReminderQuery &query)
{
    return storage::reminders(*m_db, settings, query);
}

Status Casebook::updatePendingDeadlines(const CalendarSettings &settings, const Date &today, int withinDays)
{
    return storage::updatePendingDeadlines(*m_db, settings, today, withinDays);
}

Result<std::vector<Deadline>> Casebook::deadlinesBetween(const CalendarSettings &settings, const Date &today,
                                                         const Date &from, const Date &to)
{
    const Date last = std::min(to, kLastSupportedDate);
    std::vector<Deadline> listed;
    if (last < from)
        return listed;
    auto bundles = storage::loadOpenCaseDeadlineBundles(*m_db);
    if (!bundles)
        return bundles.error();
    for (const auto &bundle : *bundles)
        for (auto &d : deadlinesFor(bundle, settings, today, last))
            if (!(d.due < from))
                listed.push_back(std::move(d));
    keepAnnualDatesOnce(listed);
    std::stable_sort(listed.begin(), listed.end(), [](const Deadline &a, const Deadline &b) { return a.due < b.due; });
    return listed;
}

// ---- Imports and exports --------------------------------------------------------------------------

Result<io::DashboardImportReport> Casebook::importDashboardFile(const std::string &path,
                                                               const io::DashboardImportOptions &options)
{
    return io::importDashboardFile(*m_db, path, options);
}
Result<io::EssaImportReport> Casebook::importEssaFile(const std::string &path, const io::EssaImportOptions &options)
{
    return io::importEssaFile(*m_db, path, options);
}
Result<io::EligibilityImportReport> Casebook::importEligibilityFile(const std::string &path)
{
    return io::importEligibilityFile(*m_db, path);
}
Result<io::ImportSummary> Casebook::importJson(const std::string &text, const std::string &sourceName)
{
    return io::importCasebook(*m_db, text, sourceName);
}
Result<nlohmann::ordered_json> Casebook::exportJson(std::vector<Error> *skipped) { return io::exportCasebook(*m_db, skipped); }
Result<io::PreparedPacket> Casebook::preparePacket(const io::PacketRequest &request) { return io::preparePacket(*m_db, request); }
Result<io::PacketReport> Casebook::writePacket(const io::PacketRequest &request, const io::PreparedPacket &packet)
{
    return io::writePacket(*m_db, request, packet);
}
Result<io::PacketReport> Casebook::exportPacket(const io::PacketRequest &request) { return io::exportPacket(*m_db, request); }
Result<io::PacketPeriod> Casebook::defaultPacketPeriod(const Case &c, const io::PacketRequest &request)
{
    return io::defaultPacketPeriod(*m_db, c, request);
}
Status Casebook::fillWithDemo(const Date &today) { return io::createDemoCasebook(*m_db, today); }
Result<io::CasebookGenerated> Casebook::fillWithGenerated(const io::CasebookGeneratorOptions &options)
{
    return io::generateCasebook(*m_db, options);
}

Result<bool> rescueCanHelp(const std::string &source)
{
    if (storage::isServerLocation(source))
        return false; // a server's schema is the server's: nothing to rescue from a file
    return storage::refusedForSchemaOnly(source);
}

Result<RescueReport> rescueCasebook(const std::string &source, const std::string &out)
{
    CASEBOOK_TRY(io::checkOutputIsNotCasebook(out, source));
    RescueReport report;
    std::string text;
    {
        auto copy = storage::rescueCopyInMemory(source, report.leftBehind);
        if (!copy)
            return copy.error();
        auto document = io::exportCasebook(**copy, &report.skipped);
        if (!document)
            return document.error();
        text = io::interchangeText(*document);
    } // the copy in memory is gone before the new file is written
    if (auto checked = io::parseCasebookDocument(text, source); !checked)
        return checked.error();
    auto db = storage::Database::open(out, OpenMode::CreateNew);
    if (!db)
        return db.error();
    auto summary = io::importCasebook(**db, text, source);
    if (!summary) {
        db->reset();
        storage::removeCasebookFiles(out);
        return summary.error();
    }
    report.summary = std::move(*summary);
    return report;
}

} // namespace casebook::services

namespace casebook::services {

namespace {

Result<std::string> documentText(storage::Database &db, const std::string &where)
{
    std::vector<Error> skipped;
    auto document = io::exportCasebook(db, &skipped);
    if (!document)
        return document.error();
    if (!skipped.empty())
        return Error::database(where + " has " + std::to_string(skipped.size()) +
                               " record(s) that cannot be read, the first: " + skipped.front().text() +
                               "; nothing was copied (`casebook-cli check` names them all)");
    return io::interchangeText(*document);
}

std::string sha256Of(const std::string &text)
{
    storage::Sha256 hash;
    hash.add(text.data(), text.size());
    return hash.hex();
}

} // namespace

// Rows per table: the records, the audit trail and the state's data (Dashboard results, ...).
static Result<std::vector<std::pair<std::string, std::int64_t>>> everyTableCount(storage::Database &db)
{
    auto counts = storage::recordCounts(db);
    if (!counts)
        return counts.error();
    auto state = storage::stateDataCounts(db);
    if (!state)
        return state.error();
    counts->insert(counts->end(), state->begin(), state->end());
    return counts;
}

Result<PublishReport> publishCasebook(const std::string &from, const std::string &to)
{
    if (storage::isServerLocation(from))
        return Error::badInput("--from", "publish copies a casebook file to a server; " +
                                             storage::redactedConnInfo(from) + " is not a file");
    if (!storage::isServerLocation(to))
        return Error::badInput("--to", "publish copies to a casebook on a PostgreSQL server (postgresql://HOST/DB "
                                       "or service=NAME); " + to + " is not one");
    std::string text;
    std::vector<std::pair<std::string, std::int64_t>> sourceCounts;
    {
        auto file = storage::Database::open(from, OpenMode::ReadOnly);
        if (!file)
            return file.error();
        std::unique_ptr<storage::Database> source = std::move(*file);
        if (source->report().schemaVersion < source->report().currentSchemaVersion) {
            auto copy = source->upgradedCopyInMemory();
            if (!copy)
                return copy.error();
            source = std::move(*copy);
        }
        auto document = documentText(*source, from);
        if (!document)
            return document.error();
        text = std::move(*document);
        auto counts = everyTableCount(*source);
        if (!counts)
            return counts.error();
        sourceCounts = std::move(*counts);
    }
    auto server = storage::Database::open(to, OpenMode::OpenExisting);
    if (!server)
        return server.error();
    storage::Database &db = **server;
    PublishReport report;
    report.destination = db.path();
    report.sha256 = sha256Of(text);
    CASEBOOK_TRY(storage::inTransaction(db, [&]() -> Status {
        auto empty = storage::isEmptyCasebook(db);
        if (!empty)
            return empty.error();
        if (!*empty)
            return Error::conflict("publish", report.destination + " already holds records; publish copies a "
                                                                   "casebook into an empty server casebook only");
        auto summary = io::importCasebook(db, text, from);
        if (!summary)
            return summary.error();
        report.summary = std::move(*summary);
        // Read back in the same transaction: what the server now holds, as it would export it.
        auto again = documentText(db, report.destination);
        if (!again)
            return again.error();
        auto counts = everyTableCount(db);
        if (!counts)
            return counts.error();
        for (const auto &[table, n] : sourceCounts) {
            const std::string &name = table; // a structured binding is not captured (C++20, clang)
            const auto other = std::find_if(counts->begin(), counts->end(),
                                            [&](const auto &row) { return row.first == name; });
            const std::int64_t there = other == counts->end() ? -1 : other->second;
            // The server's own 'import' notes are its record of the load, not rows of the file.
            if (there != n && table != "audit_log")
                return Error::database("publish: " + table + " has " + std::to_string(n) + " rows in " + from +
                                       " but " + std::to_string(there) + " on the server; nothing was copied");
        }
        const std::string copied = sha256Of(*again);
        if (copied != report.sha256) {
            // Where they part, so that the difference can be looked into.
            const auto at = std::size_t(std::mismatch(text.begin(), text.end(), again->begin(), again->end()).first -
                                        text.begin());
            const auto around = [&](const std::string &s) {
                const std::size_t from = at < 60 ? 0 : at - 60;
                return s.substr(from, 160);
            };
            return Error::database("publish: the casebook read back from the server differs from " + from +
                                   " (SHA-256 " + copied + " against " + report.sha256 + "), first at byte " +
                                   std::to_string(at) + ": the file has \"" + around(text) +
                                   "\", the server \"" + around(*again) + "\"; nothing was copied");
        }
        report.counts = sourceCounts;
        return {};
    }));
    return report;
}

} // namespace casebook::services
