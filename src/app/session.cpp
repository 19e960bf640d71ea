// CasebookSession; see session.h.
#include "session.h"

#include "services/records.h"
#include "domain_labels.h"

#include "io/paths.h"
#include "storage/deadline_store.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace casebook::app {

void SessionCommand::redo()
{
    if (m_applied) { // the first redo: already done by the session
        m_applied = false;
        return;
    }
    if (m_session->apply(doRedo(m_session->db())))
        return;
    setObsolete(true);
}

void SessionCommand::undo()
{
    if (!m_session->apply(doUndo(m_session->db())))
        setObsolete(true);
}

namespace {

template <typename T>
Status restoreAll(storage::Database &db, const std::vector<T> &records)
{
    for (const auto &r : records)
        if (auto stored = storage::insertWithId<T>(db, r); !stored)
            return stored.error();
    return {};
}

} // namespace

Status CreateCaseCommand::doRedo(storage::Database &db)
{
    return storage::inTransaction(db, [&]() -> Status {
        auto c = storage::insertWithId<Case>(db, m_case);
        if (!c)
            return c.error();
        CASEBOOK_TRY(restoreAll(db, m_activities));
        return restoreAll(db, m_groups);
    });
}


Status DeleteCaseCommand::doUndo(storage::Database &db)
{
    return storage::inTransaction(db, [&]() -> Status {
        const auto &b = m_bundle;
        if (auto c = storage::insertWithId<Case>(db, b.caseRecord); !c)
            return c.error();
        CASEBOOK_TRY(restoreAll(db, b.qualifyingGroups));
        CASEBOOK_TRY(restoreAll(db, b.activities));
        CASEBOOK_TRY(restoreAll(db, b.communications));
        CASEBOOK_TRY(restoreAll(db, b.scheduledContacts));
        CASEBOOK_TRY(restoreAll(db, b.documentationItems));
        CASEBOOK_TRY(restoreAll(db, b.partners));
        CASEBOOK_TRY(restoreAll(db, b.recommendations));
        CASEBOOK_TRY(restoreAll(db, b.spiActions));
        CASEBOOK_TRY(restoreAll(db, b.interventions));
        CASEBOOK_TRY(restoreAll(db, b.monitoringReviews));
        for (std::size_t i = 0; i < b.attachments.size(); ++i)
            if (auto a = storage::restoreAttachment(db, b.attachments[i], m_contents[i]); !a)
                return a.error();
        return {};
    });
}

CasebookSession::CasebookSession(QObject *parent) : QObject(parent) {}

CasebookSession::~CasebookSession()
{
    // An update that failed is left to the next list, which brings the kept rows up to date itself.
    static_cast<void>(waitForBackgroundWork());
}

Status CasebookSession::open(const QString &path, storage::Database::OpenMode mode)
{
    // The quick_check runs beside the window (a casebook of a million communications takes about a
    // second to check); the first write waits for it (docs/decisions.md).
    auto db = storage::Database::open(path.toStdString(), mode, storage::Database::IntegrityCheck::InBackground);
    if (!db)
        return db.error();
    close();
    m_db = std::move(*db);
    m_openMessage.clear();
    if (!m_db->report().backupPath.empty())
        m_openMessage = tr("The casebook was upgraded from schema version %1 to %2. A copy of the old file was "
                           "saved as %3.")
                            .arg(m_db->report().schemaVersionBefore)
                            .arg(m_db->report().schemaVersion)
                            .arg(QString::fromStdString(m_db->report().backupPath));
    emit opened(path);
    return {};
}

void CasebookSession::close()
{
    if (!m_db)
        return;
    static_cast<void>(waitForBackgroundWork()); // as in the destructor
    m_undo.clear();
    m_db.reset();
    emit closed();
}

Status CasebookSession::saveCalendarSettings(const CalendarSettings &settings)
{
    auto before = storage::loadCalendarSettings(*m_db);
    if (!before)
        return before.error();
    if (*before == settings)
        return {};
    CASEBOOK_TRY(storage::saveCalendarSettings(*m_db, settings));
    m_undo.push(new CalendarSettingsCommand(this, *before, settings, tr("Change calendar settings")));
    emit changed();
    return {};
}

void CasebookSession::updateDeadlinesInBackground(int withinDays)
{
    if (!m_db)
        return;
    static_cast<void>(waitForBackgroundWork()); // one at a time; a failed one is retried by this one
    auto settings = storage::loadCalendarSettings(*m_db);
    auto companion = settings ? m_db->openCompanion() : Result<std::unique_ptr<storage::Database>>(settings.error());
    if (!companion) {
        std::promise<Status> failed;
        failed.set_value(companion.error());
        m_background = failed.get_future();
        return;
    }
    m_background = std::async(std::launch::async, [db = std::move(*companion), calendar = *settings,
                                                   day = today(), withinDays]() -> Status {
        return storage::updatePendingDeadlines(*db, calendar, day, withinDays);
    });
}

Status CasebookSession::waitForBackgroundWork()
{
    if (!m_background.valid())
        return {};
    return m_background.get(); // leaves it invalid
}

QString CasebookSession::path() const { return m_db ? QString::fromStdString(m_db->path()) : QString(); }

Date CasebookSession::today() const
{
    std::string zone = io::kDefaultTimeZone;
    if (m_db)
        if (auto settings = storage::loadCalendarSettings(*m_db))
            zone = settings->timeZone;
    return io::today(zone);
}

bool CasebookSession::apply(const Status &status)
{
    if (!status) {
        emit failed(QString::fromStdString(status.error().text()));
        emit changed();
        return false;
    }
    emit changed();
    return true;
}

Result<Case> CasebookSession::createCase(const Case &c, const std::vector<QualifyingGroup> &groups)
{
    auto stored = groups.empty() ? services::addRecord<Case>(*m_db, c) : storage::createCase(*m_db, c, groups);
    if (!stored)
        return stored.error();
    auto activities = storage::listWhere<Activity>(*m_db, "case_id", stored->id, "area");
    if (!activities)
        return activities.error();
    auto storedGroups = storage::listWhere<QualifyingGroup>(*m_db, "case_id", stored->id);
    if (!storedGroups)
        return storedGroups.error();
    m_undo.push(new CreateCaseCommand(this, *stored, *activities, *storedGroups,
                                      tr("Create case “%1”").arg(QString::fromStdString(c.title))));
    emit changed();
    return stored;
}

Result<Case> CasebookSession::transition(Id caseId, CaseStatus to)
{
    auto before = storage::get<Case>(*m_db, caseId);
    if (!before)
        return before.error();
    auto after = storage::transitionCase(*m_db, caseId, to, today());
    if (!after)
        return after.error();
    m_undo.push(new SaveRecordCommand<Case>(this, *before, *after,
                                            tr("Move case to “%1”").arg(labelOf(to))));
    emit changed();
    return after;
}

Result<Case> CasebookSession::exitSchoolPlan(Id caseId, const std::string &reason)
{
    auto before = storage::get<Case>(*m_db, caseId);
    if (!before)
        return before.error();
    auto after = storage::exitSchoolPlan(*m_db, caseId, today(), reason);
    if (!after)
        return after.error();
    m_undo.push(new SaveRecordCommand<Case>(this, *before, *after, tr("Record the school's exit")));
    emit changed();
    return after;
}

Status CasebookSession::deleteCase(Id caseId)
{
    auto bundle = storage::loadCaseBundle(*m_db, caseId);
    if (!bundle)
        return bundle.error();
    std::vector<std::vector<unsigned char>> contents;
    for (const auto &a : bundle->attachments) {
        auto bytes = storage::attachmentContent(*m_db, a.id);
        if (!bytes)
            return bytes.error();
        contents.push_back(std::move(*bytes));
    }
    CASEBOOK_TRY(services::deleteRecord<Case>(*m_db, caseId));
    const QString title = QString::fromStdString(bundle->caseRecord.title);
    m_undo.push(new DeleteCaseCommand(this, std::move(*bundle), std::move(contents), tr("Delete case “%1”").arg(title)));
    emit changed();
    return {};
}

Result<Attachment> CasebookSession::attach(Id caseId, AttachmentOwner ownerType, Id ownerId, const QString &filePath)
{
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (info.size() > kMaxAttachmentBytes)
        return Error::badInput("size", tr("%1 is %2 MiB; attachments may be at most %3 MiB")
                                           .arg(info.fileName())
                                           .arg(info.size() / (1024 * 1024))
                                           .arg(kMaxAttachmentBytes / (1024 * 1024))
                                           .toStdString());
    if (!file.open(QIODevice::ReadOnly))
        return Error::io("file", tr("cannot read %1: %2").arg(filePath, file.errorString()).toStdString());
    const QByteArray data = file.readAll();
    std::vector<unsigned char> bytes(data.begin(), data.end());
    const QString mediaType = QMimeDatabase().mimeTypeForFile(info).name();
    auto stored = storage::addAttachment(*m_db, caseId, ownerType, ownerId, info.fileName().toStdString(),
                                         mediaType.toStdString(), bytes);
    if (!stored)
        return stored.error();
    m_undo.push(new AttachmentCommand(this, *stored, std::move(bytes), true,
                                      tr("Attach “%1”").arg(info.fileName())));
    emit changed();
    return stored;
}

Status CasebookSession::removeAttachment(const Attachment &attachment)
{
    auto bytes = storage::attachmentContent(*m_db, attachment.id);
    if (!bytes)
        return bytes.error();
    CASEBOOK_TRY(storage::remove<Attachment>(*m_db, attachment.id));
    m_undo.push(new AttachmentCommand(this, attachment, std::move(*bytes), false,
                                      tr("Delete attachment “%1”").arg(QString::fromStdString(attachment.fileName))));
    emit changed();
    return {};
}

} // namespace casebook::app
