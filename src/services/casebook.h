// services::Casebook: one open casebook and every user-level operation on it, written once for both
// front ends. The GUI (src/app) and the CLI (src/cli) reach the casebook only through this class: they
// include no storage header and name no storage function (tests/reliability/layer_lint.py checks it).
// Every write is one transaction with its audit rows and returns what it changed (change.h), which
// the GUI's undo stack keeps and hands back to undo() and redo(). Reads return plain read models
// (records, case summaries, audit entries, deadlines), never the database handle.
#pragma once

#include "case_from_findings.h"
#include "change.h"

#include "domain/case_bundle.h"
#include "domain/trends.h"
#include "io/dashboard_import.h"
#include "io/eligibility_import.h"
#include "io/essa_import.h"
#include "io/findings_report.h"
#include "io/findings_sheet.h"
#include "io/generator.h"
#include "io/interchange.h"
#include "io/packet.h"
#include "storage/audit.h"
#include "storage/case_store.h"
#include "storage/casebook_check.h"
#include "storage/dashboard_store.h"
#include "storage/database.h"
#include "storage/deadline_store.h"
#include "storage/official_store.h"
#include "storage/repository.h"
#include "storage/search.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace casebook::services {

// The read models the front ends show.
using CaseSummary = storage::CaseSummary;
using AuditEntry = storage::AuditEntry;
using ReminderQuery = storage::ReminderQuery;
using SearchHit = storage::SearchHit;
using CheckProblem = storage::CheckProblem;
using OpenReport = storage::OpenReport;
using EssaExit = storage::EssaExit;
using OpenMode = storage::Database::OpenMode;
using IntegrityCheck = storage::Database::IntegrityCheck;
using DashboardEntity = storage::DashboardEntity;

// A record's row version: the id of its newest audit row (storage::latestAudit), with who wrote it and
// when. An edit remembers what it read (the record's values, or this version); saving it over a record
// somebody else changed or deleted since is refused, writes nothing, and says who and when.
struct RowVersion {
    Id version = 0;     // 0: no audit row speaks of the record (carried in by an import)
    std::string by;     // the account (file) or login role (server) that wrote it
    std::string atUtc;  // "2026-12-07T10:04:00Z"
    std::string action; // create, update, delete, import
};
// Error::field of a save refused because the record changed (or was deleted) since it was read.
inline constexpr std::string_view kChangedSinceRead = "changed since read";
inline bool isEditConflict(const Error &e) { return e.kind == ErrorKind::Conflict && e.field == kChangedSinceRead; }

// Now, in UTC, as audit rows and listings write it ("2026-11-24T10:06:14Z").
using storage::utcNow;

// The schema version this build writes.
int currentSchemaVersion();
// Whether a casebook at `location` can be written where it is (a file and its folder).
bool canWriteCasebookAt(const std::string &location);
// Whether `location` names a casebook on a PostgreSQL server (a postgresql:// URI or a libpq key=value
// string such as service=NAME) rather than a file.
bool isServerLocation(const std::string &location);
// `location` as messages and titles show it: a server's connection string with any password hidden.
std::string displayLocation(const std::string &location);
// A server location as it may be remembered (recent servers): any password left out. A file path
// comes back as it is.
std::string rememberableLocation(const std::string &location);
// A short name for the casebook at `location`, for a window title: a file's name, or "DB on HOST" for
// a server ("casebook on db.district.org"; a socket folder is "this computer").
std::string locationTitle(const std::string &location);
// A server location made of libpq keywords and values ({"host", "db.district.org"}, {"port", "5432"},
// ...), each value quoted as libpq reads it.
std::string serverLocation(const std::vector<std::pair<std::string, std::string>> &keywords);
// A server location with `password` set, to connect once after asking for it (never stored).
std::string locationWithPassword(const std::string &location, const std::string &password);
// Whether opening a server casebook failed for want of a (right) password.
bool openNeedsPassword(const Error &openError);
// Removes a casebook file that was created for an action that was then refused.
void removeCasebookFiles(const std::string &location);

// Whether a district's CALPADS submission of one year was late (Ed Code 52071(a)(2) ground).
struct CalpadsReport {
    std::string districtCds;
    int year = 0;
    bool late = false;
};

using DashboardSchool = storage::DashboardSchool;

// One district of the casebook as a county office sees it beside the others: its determination for a
// Dashboard year, its open cases and its overdue items.
struct DistrictOverview {
    District district;
    int year = 0;                               // the Dashboard year judged (0: none imported for it)
    std::optional<bool> eligible;               // nullopt: no results that year, or no criteria for it
    std::vector<std::string> qualifyingGroups;  // codes of the groups that made it eligible
    std::string name;                           // as CDE's files spell it ("" without results)
    int schools = 0;                            // schools in the imported files
    int openCases = 0;                          // cases not closed, exited or withdrawn
    int overdue = 0;                            // overdue deadlines of its open cases on `today`
};

// A district as Casebook knows it from its code: the name and county the latest imported Dashboard files
// (else CDE's eligibility file) give it, else only the county the code's first two digits stand for.
struct KnownDistrict {
    std::string cds;    // 7 digits
    std::string name;   // empty when no imported file names the district
    std::string county; // empty when the code has no county code 01-58
};

// What `rescue` carried into the new casebook.
struct RescueReport {
    io::ImportSummary summary;
    std::vector<std::string> leftBehind; // the objects of the received file that were not Casebook's
    std::vector<Error> skipped;          // records that could not be read
};

// Copies the records of the casebook at `source`, which open() refuses for its schema (a received
// file with triggers, views or other objects Casebook did not create), into the new casebook `out`
// through the same validation as a JSON import: nothing in `source` runs and it is not changed; on
// failure `out` is not left behind.
Result<RescueReport> rescueCasebook(const std::string &source, const std::string &out);
// Whether the casebook at `source` is refused by open() for its schema alone, so that rescueCasebook is
// the way to its records (the GUI offers it then). Reads the file's schema only; runs nothing in it.
Result<bool> rescueCanHelp(const std::string &source);

// What `publish` copied and how it knows the copy is whole.
struct PublishReport {
    io::ImportSummary summary;
    std::vector<std::pair<std::string, std::int64_t>> counts; // table -> rows, the same on both sides
    std::string sha256;      // of the casebook document, the same exported from both sides
    std::string destination; // the server casebook, its password (if any) hidden
};

// Copies the whole casebook at `from` (a file; an older one is read through its upgraded copy in
// memory and not changed) into the empty casebook at `to` (a server), in one transaction: the
// interchange document of `from` is loaded with its audit trail, then the destination is exported
// again inside the same transaction and compared with it, table by table and by the SHA-256 of the
// two documents. Any difference, or any record of `from` that cannot be read, leaves `to` as it was.
Result<PublishReport> publishCasebook(const std::string &from, const std::string &to);

class Casebook {
public:
    // Opens (or creates, per `mode`) the casebook at `location` with the engine that serves it.
    static Result<std::unique_ptr<Casebook>> open(const std::string &location, OpenMode mode = OpenMode::OpenExisting,
                                                  IntegrityCheck check = IntegrityCheck::AtOpen);
    explicit Casebook(std::unique_ptr<storage::Database> db);
    ~Casebook();
    Casebook(const Casebook &) = delete;
    Casebook &operator=(const Casebook &) = delete;

    // ---- The casebook itself ------------------------------------------------------------------
    const std::string &location() const;
    std::string_view engine() const;
    const OpenReport &report() const;
    const std::string &userName() const;
    void setUserName(std::string user);
    void setBusyTimeout(int milliseconds);
    // A second connection for work on another thread (it shares this one's integrity check).
    Result<std::unique_ptr<Casebook>> companion() const;
    // A copy in memory, upgraded to the current schema, never saved (`check` of an older casebook).
    Result<std::unique_ptr<Casebook>> upgradedCopyInMemory() const;
    Status backupTo(const std::string &path);
    Result<std::string> integrityCheck(bool quick = false);
    std::optional<Status> integrityVerdict() const;
    bool checksInBackground() const;
    Status awaitIntegrity() const;
    // The thorough read-only check (`casebook-cli check`): the engine's own checks, every record
    // re-validated, every attachment's bytes against its SHA-256.
    Result<std::vector<CheckProblem>> check();
    Result<std::vector<std::pair<std::string, std::int64_t>>> recordCounts();
    Result<bool> isEmpty();

    // ---- Reading records ------------------------------------------------------------------------
    template <typename T>
    Result<T> get(Id id) { return storage::get<T>(*m_db, id); }
    // The records whose `column` equals `value`, ordered by `orderBy` then id.
    template <typename T>
    Result<std::vector<T>> listWhere(std::string_view column, const FieldValue &value, std::string_view orderBy = "id")
    {
        return storage::listWhere<T>(*m_db, column, value, orderBy);
    }
    // The records of one case.
    template <typename T>
    Result<std::vector<T>> recordsOf(Id caseId, std::string_view orderBy = "id")
    {
        return storage::listWhere<T>(*m_db, "case_id", caseId, orderBy);
    }
    template <typename T>
    Result<std::vector<T>> listAll(std::string_view orderBy = "id") { return storage::listAll<T>(*m_db, orderBy); }
    Result<std::vector<CaseSummary>> caseSummaries(std::vector<Error> *unreadable = nullptr);
    Result<CaseBundle> caseBundle(Id caseId);
    Result<std::vector<Attachment>> attachmentsOf(AttachmentOwner ownerType, Id ownerId);
    Result<std::vector<unsigned char>> attachmentContent(Id attachmentId);
    Result<std::vector<AuditEntry>> caseHistory(Id caseId);
    Result<std::vector<AuditEntry>> caseHistoryPage(Id caseId, Id beforeId, int limit);
    Result<std::vector<SearchHit>> search(const std::string &text, int limit = 200);
    // A record's row version (0 when no audit row speaks of it).
    template <typename T>
    Result<RowVersion> rowVersion(Id id);
    // Why record `id` cannot be read to edit it: deleted (by whom and when, kChangedSinceRead), or never
    // there (NotFound), or the error reading its trail.
    template <typename T>
    Error whyGone(Id id);
    // The row versions of a case and of every record of it: (table, record id) -> version.
    Result<std::vector<std::pair<std::pair<std::string, Id>, Id>>> caseRowVersions(Id caseId);

    // ---- Writing records (each one transaction with its audit rows) ------------------------------
    // A new record of any type; a technical-assistance case gets its five activities of Ed Code 52071.
    template <typename T>
    Result<Edited<T>> add(const T &record);
    // A stored record replaced by `after` (same id); the audit row lists the changed fields. This one
    // writes over whatever is stored ("apply mine again", `edit --force`).
    template <typename T>
    Result<Edited<T>> save(const T &after);
    // The same, unless the stored record is no longer `read` (the values the edit began from): then
    // refused with kChangedSinceRead, naming who changed or deleted it, when, and which fields.
    template <typename T>
    Result<Edited<T>> saveOver(const T &after, const T &read);
    // The same, unless the record's row version is no longer `version` (`edit --version`).
    template <typename T>
    Result<Edited<T>> saveAtVersion(const T &after, Id version);
    // Deletes a record; a case goes with everything it holds (attachment bytes kept in the change).
    template <typename T>
    Result<Change> remove(Id id);

    Result<Edited<Case>> createCase(const Case &c, const std::vector<QualifyingGroup> &groups);
    // Moves a case through its workflow (domain/workflow.h guards each step).
    Result<Edited<Case>> transition(Id caseId, CaseStatus to, const Date &today);
    // Records a school plan's exit (as the ESSA file decided it) and moves the plan to "exited".
    Result<Edited<Case>> exitSchoolPlan(Id caseId, const Date &on, const std::string &reason);
    // Attaches bytes to a case or to a record of that case.
    Result<Edited<Attachment>> attach(Id caseId, AttachmentOwner ownerType, Id ownerId, const std::string &fileName,
                                      const std::string &mediaType, const std::vector<unsigned char> &bytes);
    // Attaches a file, read whole (at most kMaxAttachmentBytes), its media type from its name and content.
    Result<Edited<Attachment>> attachFile(Id caseId, AttachmentOwner ownerType, Id ownerId, const std::string &path);
    // Adds (id 0) or saves an activity, communication or documentation item and attaches `paths` to it,
    // in one transaction: a file that cannot be attached changes nothing, not even the record. A save
    // with `read` is refused as saveOver() refuses it.
    template <typename T>
    Result<Edited<T>> saveWithFiles(const T &record, const std::vector<std::string> &paths,
                                    const std::optional<T> &read = std::nullopt);

    // Takes a change back, or does it again, in one transaction.
    Status undo(const Change &change);
    Status redo(const Change &change);

    // ---- Findings -------------------------------------------------------------------------------
    Result<FindingsCaseProposal> proposeCaseFromFindings(const FindingsCaseRequest &request);
    Result<Edited<Case>> openCaseFromFindings(const FindingsCaseProposal &proposal);
    Result<std::vector<int>> dashboardYears(const std::string &cds);
    Result<std::vector<DashboardResult>> dashboardResults(const std::string &cds, int year);
    // The district (7 digits) and its schools in one Dashboard year's imported files, with the indicators of each.
    Result<std::vector<DashboardEntity>> dashboardEntities(const std::string &districtCode, int year);
    // The district of a 7-digit code, or of a 14-digit CDS code of the district or one of its schools.
    Result<KnownDistrict> knownDistrict(const std::string &code);
    Result<io::DistrictYear> districtYear(const std::string &districtCds, int year);
    Result<ReferralFinding> referral(const std::string &districtCds, int year);
    Result<CharterDetermination> charterYear(const std::string &schoolCds, int year);
    Result<io::YearReconciliation> reconcile(int year, const std::optional<std::string> &onlyDistrict = {});
    // Every Dashboard year any file was imported for, newest first.
    Result<std::vector<int>> importedDashboardYears();
    // The schools of a district (7 digits) as the imported Dashboard files list them, by name: nobody
    // types them in.
    Result<std::vector<DashboardSchool>> dashboardSchools(const std::string &districtCds);
    // A CDS code's results across every imported year: each indicator's and group's trend.
    Result<std::vector<GroupTrend>> dashboardTrends(const std::string &cds);
    // The findings of a district's or school's row for a year: the grid (with the results that drove
    // eligibility), the determination and the other findings, as the page, Copy and Export show them.
    Result<io::FindingsSheet> findingsSheet(const std::string &cds, int year);
    // Every district of the casebook, by name, with its determination for `year` (0: each district's
    // newest imported year), open cases and deadlines overdue on `today`.
    Result<std::vector<DistrictOverview>> districtOverview(int year, const Date &today);
    Result<std::vector<LocalIndicator>> localIndicators(const std::string &districtCds, int year);
    Result<std::optional<bool>> calpadsLate(const std::string &districtCds, int year);
    // The district's own local-indicator ratings and whether its CALPADS data was late, in one transaction.
    Status recordLocalData(const std::vector<LocalIndicator> &indicators, const std::optional<CalpadsReport> &calpads = {});
    Result<std::optional<EssaExit>> essaExit(const std::string &schoolCds);
    Result<std::vector<int>> officialDeterminationYears();
    Result<std::optional<OfficialDetermination>> officialDetermination(int year, const std::string &districtCds);

    // ---- Deadlines and settings -----------------------------------------------------------------
    Result<CalendarSettings> calendarSettings();
    // Stores the district's calendar settings; the change is empty when nothing changed.
    Result<Change> saveCalendarSettings(const CalendarSettings &settings);
    Result<std::vector<Deadline>> reminders(const CalendarSettings &settings, const ReminderQuery &query);
    Status updatePendingDeadlines(const CalendarSettings &settings, const Date &today, int withinDays);
    // Every deadline of the open cases due from `from` to `to` (clamped to the supported dates), met
    // and late ones included, each in its state on `today`, by due date: what a calendar month shows
    // however far ahead it is. The annual calendar's dates appear from today on, once for the casebook.
    Result<std::vector<Deadline>> deadlinesBetween(const CalendarSettings &settings, const Date &today,
                                                   const Date &from, const Date &to);

    // ---- Imports and exports --------------------------------------------------------------------
    Result<io::DashboardImportReport> importDashboardFile(const std::string &path, const io::DashboardImportOptions &options);
    Result<io::EssaImportReport> importEssaFile(const std::string &path, const io::EssaImportOptions &options);
    Result<io::EligibilityImportReport> importEligibilityFile(const std::string &path);
    Result<io::ImportSummary> importJson(const std::string &text, const std::string &sourceName);
    Result<nlohmann::ordered_json> exportJson(std::vector<Error> *skipped = nullptr);
    Result<io::PreparedPacket> preparePacket(const io::PacketRequest &request);
    Result<io::PacketReport> writePacket(const io::PacketRequest &request, const io::PreparedPacket &packet);
    Result<io::PacketReport> exportPacket(const io::PacketRequest &request);
    Result<io::PacketPeriod> defaultPacketPeriod(const Case &c, const io::PacketRequest &request);
    Status fillWithDemo(const Date &today);
    Result<io::CasebookGenerated> fillWithGenerated(const io::CasebookGeneratorOptions &options);

    // The storage engine underneath, for tests and tools that work below the services (fixtures,
    // benchmarks). The front ends never call it: tests/reliability/layer_lint.py checks.
    storage::Database &database() { return *m_db; }

private:
    Status apply(const Change &change, bool forward);
    // Inside a write transaction: the refusal of an edit of record `id` that read `read` (or, without
    // it, row version `version`), when the stored record is no longer that; nullopt when it still is.
    template <typename T>
    Result<std::optional<Error>> changedSinceRead(Id id, const T *read, Id version);
    template <typename T>
    Result<Edited<T>> saveIfUnchanged(const T &after, const T *read, Id version);
    // A case-level step (a transition, an exit) in one transaction, with the case before and after.
    Result<Edited<Case>> changeCase(Id caseId, const std::function<Result<Case>()> &step);
    std::unique_ptr<storage::Database> m_db;
};

} // namespace casebook::services
