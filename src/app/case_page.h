// CasePage: one case with a tab for each kind of record it holds, its workflow buttons and its
// history. Every edit opens a Designer form dialog and becomes an undoable step of the session.
#pragma once

#include "domain/case_bundle.h"
#include "record_table_model.h"

#include <QWidget>

#include <memory>
#include <optional>

class QMenu;
class QTableView;

namespace Ui {
class CasePage;
}

namespace casebook::app {

// Shows the parts of the case form (ui/case_form.ui) that the case's type uses: the technical-
// assistance, SPI or school-plan group, and within technical assistance the identification rows of
// required assistance only. The origin is fixed (it defines the workflow). One place for the new-case
// and the edit-case dialogs.
void fitCaseForm(QWidget *form, const Case &c);

class AttachmentPanel;
class AuditTableModel;
class CasebookSession;
class CommunicationReader;
class RecordDialog;
class RecordListTab;

class CasePage : public QWidget
{
    Q_OBJECT

public:
    CasePage(CasebookSession *session, QWidget *parent = nullptr);
    ~CasePage() override;

    void showCase(Id caseId);
    Id caseId() const { return m_caseId; }
    void reload();
    // Opens the "new communication" dialog (also on the Case menu).
    void addCommunication();
    void editCase();
    // Records CDE's exit decision (the ESSA file's Exit column) on a school plan, as one undo step.
    void recordCdeExit();
    // Whether the case is a school plan that CDE's imported ESSA file says exits.
    bool canRecordCdeExit() const;
    void deleteCase();
    // The header's buttons and the tabs' Add buttons, for the Case menu: the workflow's next states, a new
    // documentation item, a new record in the open tab (false when the tab takes none), a file for the case.
    QMenu *moveMenu() const;
    void addDocumentationItem();
    bool addToOpenTab();
    void attachFileToCase();
    RecordListTab *tab(const QString &objectName) const;

signals:
    void policyLinkActivated(const QString &anchor);
    void caseDeleted();

private:
    template <typename T, typename Ui>
    void wire(RecordListTab *tab, const QString &noun, std::function<T()> makeNew);
    template <typename T, typename Ui>
    void editRecord(const std::optional<T> &before, const T &initial, const QString &noun, const QString &title);
    // After the save of a form over `read` was refused because somebody else changed or deleted the
    // record since: asks what to do (EditConflictDialog) and does it. Merge puts the merged values in
    // the form and makes theirs what the next save is checked against (read and base).
    template <typename T>
    Status settleConflict(RecordDialog &dialog, const QString &noun, std::optional<T> &read, T &base, const T &mine,
                          const Error &refusal, const QString &title);
    RecordListTab *addListTab(const QString &objectName, const QString &title, const QString &noun,
                              QList<RecordColumn> columns);
    void buildTabs();
    void updateTabs();
    void updateHeader();
    void fillHistory();
    // The communication form's choice of the scheduled contact it answers: this case's contacts.
    void offerScheduledContacts(RecordDialog &dialog, const Communication &initial);
    void showSelectedCommunication(Id id);
    RecordColumn attachmentCountColumn(AttachmentOwner owner) const;
    RecordColumn documentedByColumn() const;
    RecordColumn answersColumn() const;
    QString overviewHtml() const;

    std::unique_ptr<Ui::CasePage> m_ui;
    CasebookSession *m_session;
    Id m_caseId = 0;
    std::optional<CaseBundle> m_bundle;
    QList<RecordListTab *> m_tabs;
    CommunicationReader *m_communicationReader = nullptr;
    AttachmentPanel *m_communicationFiles = nullptr;
    AttachmentPanel *m_documentFiles = nullptr;
    AttachmentPanel *m_caseFiles = nullptr;
    QWidget *m_caseFilesTab = nullptr;
    QTableView *m_history = nullptr;
    AuditTableModel *m_audit;
    QWidget *m_historyTab = nullptr;
};

} // namespace casebook::app
