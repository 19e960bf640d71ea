// CasebookSession; see session.h.
#include "session.h"

#include "domain_labels.h"
#include "record_commands.h"

#include "io/paths.h"

#include <QFileInfo>

namespace casebook::app {

void ChangeCommand::redo()
{
    if (m_applied) { // the first redo: already done by the session
        m_applied = false;
        return;
    }
    if (!m_session->apply(m_change, true))
        setObsolete(true);
}

void ChangeCommand::undo()
{
    if (!m_session->apply(m_change, false))
        setObsolete(true);
}

CasebookSession::CasebookSession(QObject *parent) : QObject(parent) {}

CasebookSession::~CasebookSession()
{
    // An update that failed is left to the next list, which brings the kept rows up to date itself.
    static_cast<void>(waitForBackgroundWork());
}

Status CasebookSession::open(const QString &path, services::OpenMode mode)
{
    // The quick_check runs beside the window (a casebook of a million communications takes about a
    // second to check); the first write waits for it (docs/decisions.md).
    auto loaded = services::Casebook::open(path.toStdString(), mode, services::IntegrityCheck::InBackground);
    if (!loaded)
        return loaded.error();
    close();
    m_casebook = std::move(*loaded);
    m_openMessage.clear();
    if (!m_casebook->report().backupPath.empty())
        m_openMessage = tr("The casebook was upgraded from schema version %1 to %2. A copy of the old file was "
                           "saved as %3.")
                            .arg(m_casebook->report().schemaVersionBefore)
                            .arg(m_casebook->report().schemaVersion)
                            .arg(QString::fromStdString(m_casebook->report().backupPath));
    emit opened(path);
    return {};
}

void CasebookSession::close()
{
    if (!m_casebook)
        return;
    static_cast<void>(waitForBackgroundWork()); // as in the destructor
    m_undo.clear();
    m_casebook.reset();
    emit closed();
}

Status CasebookSession::saveCalendarSettings(const CalendarSettings &settings)
{
    auto change = m_casebook->saveCalendarSettings(settings);
    if (!change)
        return change.error();
    if (!change->empty())
        pushChange(std::move(*change), tr("Change calendar settings"));
    return {};
}

void CasebookSession::updateDeadlinesInBackground(int withinDays)
{
    if (!m_casebook)
        return;
    static_cast<void>(waitForBackgroundWork()); // one at a time; a failed one is retried by this one
    auto settings = m_casebook->calendarSettings();
    auto companion = settings ? m_casebook->companion() : Result<std::unique_ptr<services::Casebook>>(settings.error());
    if (!companion) {
        std::promise<Status> failed;
        failed.set_value(companion.error());
        m_background = failed.get_future();
        return;
    }
    m_background = std::async(std::launch::async, [db = std::move(*companion), calendar = *settings,
                                                   day = today(), withinDays]() -> Status {
        return db->updatePendingDeadlines(calendar, day, withinDays);
    });
}

Status CasebookSession::waitForBackgroundWork()
{
    if (!m_background.valid())
        return {};
    return m_background.get(); // leaves it invalid
}

QString CasebookSession::path() const
{
    return m_casebook ? QString::fromStdString(m_casebook->location()) : QString();
}

QString CasebookSession::rememberedLocation() const
{
    if (!m_casebook)
        return {};
    const std::string &location = m_casebook->location();
    if (services::isServerLocation(location))
        return QString::fromStdString(services::rememberableLocation(location));
    return QFileInfo(QString::fromStdString(location)).absoluteFilePath();
}

Date CasebookSession::today() const
{
    std::string zone = io::kDefaultTimeZone;
    if (m_casebook)
        if (auto settings = m_casebook->calendarSettings())
            zone = settings->timeZone;
    return io::today(zone);
}

bool CasebookSession::apply(const services::Change &change, bool forward)
{
    const Status status = forward ? m_casebook->redo(change) : m_casebook->undo(change);
    if (!status)
        emit failed(QString::fromStdString(status.error().text()));
    emit changed();
    return status.ok();
}

void CasebookSession::pushChange(services::Change change, const QString &text)
{
    m_undo.push(new ChangeCommand(this, std::move(change), text));
    emit changed();
}

Result<Case> CasebookSession::createCase(const Case &c, const std::vector<QualifyingGroup> &groups)
{
    auto stored = m_casebook->createCase(c, groups);
    if (!stored)
        return stored.error();
    pushChange(std::move(stored->change), tr("Create case “%1”").arg(QString::fromStdString(c.title)));
    return stored->record;
}

Result<Case> CasebookSession::openCaseFromFindings(const services::FindingsCaseProposal &proposal)
{
    auto stored = m_casebook->openCaseFromFindings(proposal);
    if (!stored)
        return stored.error();
    pushChange(std::move(stored->change),
               tr("Create case “%1”").arg(QString::fromStdString(proposal.caseRecord.title)));
    return stored->record;
}

Result<Case> CasebookSession::transition(Id caseId, CaseStatus to)
{
    auto moved = m_casebook->transition(caseId, to, today());
    if (!moved)
        return moved.error();
    pushChange(std::move(moved->change), tr("Move case to “%1”").arg(labelOf(to)));
    return moved->record;
}

Result<Case> CasebookSession::exitSchoolPlan(Id caseId, const std::string &reason)
{
    auto exited = m_casebook->exitSchoolPlan(caseId, today(), reason);
    if (!exited)
        return exited.error();
    pushChange(std::move(exited->change), tr("Record the school's exit"));
    return exited->record;
}

Status CasebookSession::deleteCase(Id caseId)
{
    auto c = m_casebook->get<Case>(caseId);
    if (!c)
        return c.error();
    return removeRecord(*c, tr("Delete case “%1”").arg(QString::fromStdString(c->title)));
}

Result<Attachment> CasebookSession::attach(Id caseId, AttachmentOwner ownerType, Id ownerId, const QString &filePath)
{
    auto stored = m_casebook->attachFile(caseId, ownerType, ownerId, filePath.toStdString());
    if (!stored)
        return stored.error();
    pushChange(std::move(stored->change), tr("Attach “%1”").arg(QFileInfo(filePath).fileName()));
    return stored->record;
}

Status CasebookSession::removeAttachment(const Attachment &attachment)
{
    return removeRecord(attachment, tr("Delete attachment “%1”").arg(QString::fromStdString(attachment.fileName)));
}

} // namespace casebook::app
