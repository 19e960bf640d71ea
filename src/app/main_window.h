// MainWindow: the navigator (district → cases by type, schools → school plans) beside the selected
// page (deadlines, a case, findings, reference, search results), with File / Edit / View / Case /
// Help menus, keyboard shortcuts, recent files, and window geometry kept with QSettings. The navigator
// follows the page shown, and moving through it with the arrow keys shows what it selects; the search
// box searches as you type, Enter opens the first result and Down moves into the results.
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
class LiveUpdates;
class FindingsPage;
class GettingStartedPanel;
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
    // Asks where to keep a new casebook, suggesting the data folder; empty when cancelled.
    QString askNewCasebookPath();
    // Asks for a district of the open casebook (its code fills the name and county where Casebook knows
    // them) and adds it as one undoable step; its id, 0 when cancelled.
    Id askDistrict(const QString &title);
    // Opens the demo casebook (creating it in the data folder the first time).
    bool openDemo();
    // File ▸ Connect to a server…: a casebook shared on a PostgreSQL server; true when one was opened.
    bool connectToServer();

    void showHome();
    void showCase(Id caseId);
    void showFindings();
    // The findings of one district or school (14-digit CDS code), of `year` when it has results then.
    void showFindingsFor(const QString &cds, int year = 0);
    void showReconcile();
    void showReference(const QString &anchor = {});
    void search(const QString &text);

    HomePage *homePage() const { return m_home; }
    CasePage *casePage() const { return m_casePage; }
    FindingsPage *findingsPage() const { return m_findings; }
    SearchPage *searchPage() const { return m_search; }
    QLineEdit *searchBox() const { return m_searchBox; }
    GettingStartedPanel *gettingStarted() const { return m_gettingStarted; }
    Ui::MainWindow *ui() const { return m_ui.get(); }

    static QStringList recentFiles();

    // Saves the deadlines the home page lists (overdue and within the reminder window) as .xlsx,
    // .csv or .ics, chosen by the file's extension.
    Status exportDeadlinesTo(const QString &path);

    // What an import of Dashboard files did: a line per file, and what the files hold for the casebook's
    // district (found or not, which indicators, how many of its schools).
    struct DashboardImportSummary {
        QStringList files;
        QString district;     // empty when the casebook holds no district
        QString districtCds;  // the district's 14-digit CDS when the files hold it ("Show findings")
        int year = 0;         // the latest Dashboard year imported
        QString text() const;
    };
    // Imports files with a progress dialog (cancel rolls the current file back).
    DashboardImportSummary importDashboard(const QStringList &paths);
    // Imports files and shows the summary, whose "Show findings" opens the district's findings.
    void importAndSummarize(const QStringList &paths);

    // Others' changes to the open casebook (tests ask it to look now instead of waiting for its timer).
    LiveUpdates *liveUpdates() const { return m_live; }

public slots:
    void newCase();
    void newCasebook();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    // Selects the navigator's item of the page shown (without showing it again).
    void followPageInNavigator();
    void updateCaseActions();
    void gettingStartedStep(int step);
    void describeDistrictImport(const District &district, DashboardImportSummary &out);
    // Runs the search for the box's text now, unless its results are already shown.
    void searchNow();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CasebookSession *m_session;
    HomePage *m_home;
    CasePage *m_casePage;
    FindingsPage *m_findings;
    ReconcilePage *m_reconcile = nullptr;
    ReferencePage *m_reference;
    SearchPage *m_search;
    QLineEdit *m_searchBox;
    QTimer *m_searchTimer;  // search as you type, a moment after the last key
    QString m_searched;     // the text whose results the search page shows
    GettingStartedPanel *m_gettingStarted;
    QLabel *m_statusCounts;
    QTimer *m_integrityTimer = nullptr; // polls the background quick_check of the open casebook
    LiveUpdates *m_live;                // others' changes, shown as they happen
    QLabel *m_connectionBanner;         // shown while the server cannot be reached
};

} // namespace casebook::app
