// MainWindow: the navigator (district → cases by type, schools → school plans) beside the selected
// page (deadlines, a case, findings, reference, search results), with File / Edit / View / Case /
// Help menus, keyboard shortcuts, recent files, and window geometry kept with QSettings.
#pragma once

#include "services/casebook.h"

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QTimer;
class QLabel;
class QTreeWidgetItem;

namespace Ui {
class MainWindow;
}

namespace casebook::app {

class CasebookSession;
class CasePage;
class FindingsPage;
class HomePage;
class ReconcilePage;
class ReferencePage;
class SearchPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CasebookSession *session() const { return m_session; }
    // Opens a casebook file; shows the error and returns false when it cannot be opened.
    bool openCasebook(const QString &path, bool create = false);
    // Creates a new casebook at `path` (".sqlite" added when it has no extension) and shows its home page.
    bool createCasebookAt(QString path);
    // Copies the records of `source` (asked for when empty) into a new casebook the user names, through
    // services::rescueCasebook, reports what was carried and left behind, and opens the new casebook.
    bool rescueCasebook(QString source = {});
    // Opens the demo casebook (creating it in the data folder the first time).
    bool openDemo();

    void showHome();
    void showCase(Id caseId);
    void showFindings();
    void showReconcile();
    void showReference(const QString &anchor = {});
    void search(const QString &text);

    HomePage *homePage() const { return m_home; }
    CasePage *casePage() const { return m_casePage; }
    Ui::MainWindow *ui() const { return m_ui.get(); }

    static QStringList recentFiles();

    // Saves the deadlines the home page lists (overdue and within the reminder window) as .xlsx,
    // .csv or .ics, chosen by the file's extension.
    Status exportDeadlinesTo(const QString &path);

    // Imports files with a progress dialog (cancel rolls the current file back); returns a summary.
    QString importDashboard(const QStringList &paths);

public slots:
    void newCase();
    void newCasebook();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void refresh();
    void rebuildNavigator(const std::vector<services::CaseSummary> &cases);
    void refreshHome();
    void updateRecentMenu();
    void updateTitle();
    void watchIntegrityCheck();
    void openFileDialog();
    void saveCopy();
    // The refusal of a casebook that cannot be opened; for one refused for its schema alone, with the
    // offer to rescue its records. True when a rescued casebook was opened instead.
    bool refuseOpen(const QString &path, const Error &error);
    void addSchool();
    void showPreferences();
    void importDashboardFiles();
    void exportPacket();
    void importEssaList();
    void importEligibilityFile();
    void showAbout();
    void openUserGuide();
    Id currentDistrictId() const;
    void navigatorActivated(QTreeWidgetItem *item);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CasebookSession *m_session;
    HomePage *m_home;
    CasePage *m_casePage;
    FindingsPage *m_findings;
    ReconcilePage *m_reconcile = nullptr;
    ReferencePage *m_reference;
    SearchPage *m_search;
    QLineEdit *m_searchBox;
    QLabel *m_statusCounts;
    QTimer *m_integrityTimer = nullptr; // polls the background quick_check of the open casebook
};

} // namespace casebook::app
