// CasebookSession: the open casebook of one window, its undo stack, and the edits the GUI makes.
// Every edit is one services operation (one transaction with its audit rows) and one undo step
// holding the change it returned.
#pragma once

#include "services/casebook.h"
#include "domain/deadlines.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <future>
#include <memory>
#include <optional>

namespace casebook::app {

class CasebookSession : public QObject
{
    Q_OBJECT

public:
    explicit CasebookSession(QObject *parent = nullptr);
    ~CasebookSession() override;

    // Opens (or creates) a casebook; on success the previous one is closed.
    Status open(const QString &path, services::OpenMode mode = services::OpenMode::OpenExisting);
    void close();
    bool isOpen() const { return m_casebook != nullptr; }
    // The open casebook's operations and read models (services/casebook.h).
    services::Casebook &casebook() { return *m_casebook; }
    QString path() const;
    // The casebook as it may be remembered (recent list, per-casebook settings): a file's absolute
    // path, or a server's connection string without any password.
    QString rememberedLocation() const;
    QString openMessage() const { return m_openMessage; } // e.g. the backup made before an upgrade
    QUndoStack *undoStack() { return &m_undo; }

    // "Today" in the district's time zone (Preferences).
    Date today() const;

    // Saves a new (before empty) or changed record as one undoable step. A changed record is saved over
    // `before`, the record as the form read it: when somebody else changed or deleted it since, the
    // save is refused (services::isEditConflict) and nothing is written.
    template <typename T>
    Result<T> save(const std::optional<T> &before, const T &after, const QString &text);
    // Saves a changed record over whatever is stored now ("Apply mine again") as one undoable step.
    template <typename T>
    Result<T> overwrite(const T &after, const QString &text);
    // Saves a new (id 0) or changed activity, communication or documentation item and attaches `files`
    // to it as one undoable step; a file that cannot be attached changes nothing and its error is returned.
    // A changed record is saved over `read` as save() does.
    template <typename T>
    Result<T> saveWithFiles(const T &record, const QStringList &files, const QString &text,
                            const std::optional<T> &read = std::nullopt);
    // Deletes a record as one undoable step.
    template <typename T>
    Status removeRecord(const T &record, const QString &text);

    // Creates a case (with its qualifying groups, in one transaction) as one undoable step.
    Result<Case> createCase(const Case &c, const std::vector<QualifyingGroup> &groups = {});
    // Opens the required-assistance case the findings call for (with its district when new) as one step.
    Result<Case> openCaseFromFindings(const services::FindingsCaseProposal &proposal);
    Result<Case> transition(Id caseId, CaseStatus to);
    // Records a school plan's exit and moves it to "exited" as one undoable step.
    Result<Case> exitSchoolPlan(Id caseId, const std::string &reason);
    Status deleteCase(Id caseId);
    Result<Attachment> attach(Id caseId, AttachmentOwner ownerType, Id ownerId, const QString &filePath);
    Status removeAttachment(const Attachment &attachment);
    // Stores the district's calendar settings as one undoable step (none when nothing changed).
    Status saveCalendarSettings(const CalendarSettings &settings);

    // Brings the pending deadlines the casebook keeps up to date for reminder lists of today with a
    // window of `withinDays`, on a connection of its own in another thread (it waits for the
    // integrity check like any write). After a start whose list could not write because the check
    // was still running, the next list then reads kept rows instead of rebuilding them in the
    // window's thread. Nothing on screen changes: the list already shown is the same.
    void updateDeadlinesInBackground(int withinDays);
    // Waits for that update and returns how it ended (success when none ran).
    Status waitForBackgroundWork();

    // Tells the views that something outside the undo stack (an import) changed the casebook.
    void notifyChanged() { emit changed(); }

    // Takes a change back (undo) or does it again (redo), reporting a failure instead of throwing it away.
    bool apply(const services::Change &change, bool forward);

signals:
    void opened(const QString &path);
    void closed();
    // Something in the casebook changed (an edit, undo or redo): views reload.
    void changed();
    void failed(const QString &message);

private:
    // Pushes the undo step of an operation that changed something, and tells the views.
    void pushChange(services::Change change, const QString &text);
    // The record an operation stored, its change pushed as one undo step; or its error.
    template <typename T>
    Result<T> pushed(Result<services::Edited<T>> stored, const QString &text);

    std::unique_ptr<services::Casebook> m_casebook;
    std::future<Status> m_background; // updateDeadlinesInBackground(), on its own connection
    QUndoStack m_undo;
    QString m_openMessage;
};

} // namespace casebook::app

namespace casebook::app {

template <typename T>
Result<T> CasebookSession::save(const std::optional<T> &before, const T &after, const QString &text)
{
    return pushed(before ? m_casebook->saveOver<T>(after, *before) : m_casebook->add<T>(after), text);
}

template <typename T>
Result<T> CasebookSession::overwrite(const T &after, const QString &text)
{
    return pushed(m_casebook->save<T>(after), text);
}

template <typename T>
Result<T> CasebookSession::pushed(Result<services::Edited<T>> stored, const QString &text)
{
    if (!stored)
        return stored.error();
    pushChange(std::move(stored->change), text);
    return stored->record;
}

template <typename T>
Result<T> CasebookSession::saveWithFiles(const T &record, const QStringList &files, const QString &text,
                                         const std::optional<T> &read)
{
    std::vector<std::string> paths;
    for (const QString &file : files)
        paths.push_back(file.toStdString());
    return pushed(m_casebook->saveWithFiles<T>(record, paths, read), text);
}

template <typename T>
Status CasebookSession::removeRecord(const T &record, const QString &text)
{
    auto change = m_casebook->remove<T>(record.id);
    if (!change)
        return change.error();
    pushChange(std::move(*change), text);
    return {};
}

} // namespace casebook::app
