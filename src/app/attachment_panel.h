// AttachmentPanel: the files attached to one record (or to the case itself). Files are added with a
// file dialog or by dropping them on the panel, opened with the system's viewer, and deleted with
// confirmation; every change is an undoable step. Inside a record's dialog the panel stages the files
// added instead (listed beside the record's own), and the dialog attaches them when it saves
// (CasebookSession::saveWithFiles).
#pragma once

#include "domain/records.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QLabel;

namespace casebook::app {

class CasebookSession;

class AttachmentPanel : public QWidget
{
    Q_OBJECT

public:
    AttachmentPanel(CasebookSession *session, QWidget *parent = nullptr);

    // Shows the attachments of `ownerType` `ownerId` in case `caseId`; ownerId 0 disables the panel.
    void setOwner(Id caseId, AttachmentOwner ownerType, Id ownerId);
    void reload();
    // Adds files (the drop and the file dialog both end here); returns how many were attached (or staged).
    int addFiles(const QStringList &paths);
    // Staging: files added are kept as paths until attachStaged(), for a record not saved yet.
    void setStaging(bool staging);
    QStringList stagedFiles() const { return m_staged; }
    // Asks for files to attach (the "Attach file…" button, Case ▸ Attach file to the case…).
    void chooseFiles();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openSelected();
    void removeSelected();

    CasebookSession *m_session;
    Id m_caseId = 0;
    AttachmentOwner m_ownerType = AttachmentOwner::Case;
    Id m_ownerId = 0;
    bool m_staging = false;
    QStringList m_staged;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace casebook::app
