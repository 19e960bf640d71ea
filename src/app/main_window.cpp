// MainWindow; see main_window.h.
#include "main_window.h"

#include "connect_server_dialog.h"
#include "record_form.h"
#include "domain_labels.h"

#include "case_page.h"
#include "district_lookup.h"
#include "export_packet_dialog.h"
#include "getting_started_panel.h"
#include "live_updates.h"
#include "preferences.h"
#include "findings_page.h"
#include "reconcile_page.h"
#include "home_page.h"
#include "preferences_dialog.h"
#include "record_dialog.h"
#include "reference_page.h"
#include "search_page.h"
#include "screen_fit.h"
#include "session.h"

#include "domain/workflow.h"
#include "io/dashboard_import.h"
#include "io/deadline_export.h"
#include "services/casebook.h"
#include "io/eligibility_import.h"
#include "io/essa_import.h"
#include "io/output_file.h"
#include "io/paths.h"

#include "ui_case_form.h"
#include "ui_district_form.h"
#include "ui_main_window.h"
#include "ui_school_form.h"

#include <QApplication>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QMenu>
#include <QPushButton>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QTextBrowser>
#include <QUrl>

#include <algorithm>
#include <set>

// The resources live in the static casebook_app library, so they are registered explicitly.
static void initCasebookResources() { Q_INIT_RESOURCE(casebook); }

namespace casebook::app {

namespace {

enum NavRole { KindRole = Qt::UserRole + 1, IdRole };
enum NavKind { NavHome = 1, NavFindings, NavReference, NavCase, NavDistrict, NavFolder, NavReconcile };


QTreeWidgetItem *navItem(QTreeWidgetItem *parent, const QString &text, NavKind kind, qlonglong id = 0)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, id);
    return item;
}

constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(new CasebookSession(this))
{
    initCasebookResources();
    m_ui->setupUi(this);
    m_home = new HomePage(m_session, this);
    m_casePage = new CasePage(m_session, this);
    m_findings = new FindingsPage(m_session, this);
    m_reconcile = new ReconcilePage(m_session, this);
    m_reference = new ReferencePage(this);
    m_search = new SearchPage(m_session, this);
    for (QWidget *page : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_casePage),
                          static_cast<QWidget *>(m_findings), static_cast<QWidget *>(m_reconcile),
                          static_cast<QWidget *>(m_reference),
                          static_cast<QWidget *>(m_search)})
        m_ui->pages->addWidget(page);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({290, 910});

    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search cases, communications, documents… (Ctrl+F)"));
    m_searchBox->setAccessibleName(tr("Search"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(360);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->toolBar->addWidget(spacer);
    m_ui->toolBar->addWidget(m_searchBox);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    m_searchBox->installEventFilter(this);
    m_gettingStarted = new GettingStartedPanel(m_session, this);
    m_home->addPanel(m_gettingStarted);
    // The focused list or table is framed in the highlight colour: the style's own mark is faint.
    setStyleSheet(QStringLiteral("QAbstractItemView:focus { border: 2px solid palette(highlight); }"));
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    // A quiet line above the pages while the server cannot be reached.
    m_connectionBanner = new QLabel(this);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36c;"
                                                     " padding: 6px; }"));
    m_connectionBanner->hide();
    {
        QWidget *pages = takeCentralWidget();
        auto *column = new QWidget(this);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_connectionBanner);
        layout->addWidget(pages, 1);
        setCentralWidget(column);
    }
    m_live = new LiveUpdates(this);
    connect(m_live, &LiveUpdates::changedByOthers, this, [this](const QString &notice, const QList<qint64> &deletedCases) {
        if (m_ui->pages->currentWidget() == m_casePage && deletedCases.contains(m_casePage->caseId()))
            showHome(); // the case shown is gone; the notice says who deleted it
        m_session->notifyChanged();
        statusBar()->showMessage(notice, 10000);
    });
    connect(m_live, &LiveUpdates::connectionLost, this, [this](const QString &reason) {
        m_connectionBanner->setText(tr("<b>The connection to the server was lost.</b> Casebook is connecting again by "
                                       "itself. Until it is back nothing can be saved, and nothing is kept waiting "
                                       "to be saved: a save you make now is refused and your form keeps what you "
                                       "typed."));
        m_connectionBanner->setToolTip(plainToolTip(reason)); // the server's own words, for whoever looks after it
        m_connectionBanner->show();
    });
    connect(m_session, &CasebookSession::closed, m_live, &LiveUpdates::stop);
    connect(m_live, &LiveUpdates::connectionBack, this, [this] {
        m_connectionBanner->hide();
        m_session->notifyChanged();
        statusBar()->showMessage(tr("Connected to the server again"), 8000);
    });

    setUpActions();
    connect(m_session, &CasebookSession::changed, this, &MainWindow::refresh);
    connect(m_session, &CasebookSession::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("The change could not be made"), message); });
    connect(m_home, &HomePage::caseActivated, this, &MainWindow::showCase);
    connect(m_home, &HomePage::exportRequested, m_ui->actionExportDeadlines, &QAction::trigger);
    connect(m_search, &SearchPage::caseActivated, this, &MainWindow::showCase);
    connect(m_casePage, &CasePage::policyLinkActivated, this, &MainWindow::showReference);
    connect(m_casePage, &CasePage::caseDeleted, this, &MainWindow::showHome);
    connect(m_findings, &FindingsPage::caseCreated, this, &MainWindow::showCase);
    connect(m_reconcile, &ReconcilePage::importRequested, this, &MainWindow::importEligibilityFile);
    connect(m_ui->navigator, &QTreeWidget::itemActivated, this, &MainWindow::navigatorActivated);
    connect(m_ui->navigator, &QTreeWidget::itemClicked, this, &MainWindow::navigatorActivated);
    // Arrow keys in the navigator show what they select (the window selects items with signals blocked).
    connect(m_ui->navigator, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { navigatorActivated(item); });
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::searchNow);
    connect(m_searchBox, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (const Id id = m_search->firstCaseId())
            showCase(id);
    });
    connect(m_gettingStarted, &GettingStartedPanel::stepRequested, this,
            [this](GettingStartedPanel::Step step) { gettingStartedStep(step); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Within the screen's free area whatever size it had (a size saved on a larger screen, or the
    // form's own 1200 x 760 on a 1024 x 640 laptop).
    fitToScreen(*this, size());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    auto *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertAction(m_ui->actionPreferences, undo);
    m_ui->menuEdit->insertAction(m_ui->actionPreferences, redo);
    m_ui->menuEdit->insertSeparator(m_ui->actionPreferences);

    connect(m_ui->actionNewCasebook, &QAction::triggered, this, &MainWindow::newCasebook);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_ui->actionConnectServer, &QAction::triggered, this, [this] { connectToServer(); });
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_ui->actionRescue, &QAction::triggered, this, [this] { rescueCasebook(); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionHome, &QAction::triggered, this, &MainWindow::showHome);
    connect(m_ui->actionFindings, &QAction::triggered, this, &MainWindow::showFindings);
    connect(m_ui->actionReconcile, &QAction::triggered, this, &MainWindow::showReconcile);
    connect(m_ui->actionReference, &QAction::triggered, this, [this] { showReference(); });
    connect(m_ui->actionPolicy, &QAction::triggered, this, [this] { showReference(); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    connect(m_ui->actionNewCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_ui->actionLogCommunication, &QAction::triggered, this, [this] {
        if (m_ui->pages->currentWidget() == m_casePage && m_casePage->caseId())
            m_casePage->addCommunication();
        else
            QMessageBox::information(this, tr("Log communication"),
                                     tr("Open a case first: a communication is logged on a case."));
    });
    connect(m_ui->actionEditCase, &QAction::triggered, this, [this] {
        if (m_ui->pages->currentWidget() == m_casePage && m_casePage->caseId())
            m_casePage->editCase();
    });
    // Every button of the case page has its Case-menu action.
    QMenu *move = m_casePage->moveMenu();
    move->setTitle(tr("&Move to"));
    m_ui->menuCase->insertMenu(m_ui->actionLogCommunication, move);
    connect(m_ui->actionAddDocumentation, &QAction::triggered, m_casePage, &CasePage::addDocumentationItem);
    connect(m_ui->actionAddRow, &QAction::triggered, this, [this] {
        if (!m_casePage->addToOpenTab())
            statusBar()->showMessage(tr("The open tab takes no new rows: open a tab such as Communications or "
                                        "Documentation first."),
                                     6000);
    });
    connect(m_ui->actionAttachToCase, &QAction::triggered, m_casePage, &CasePage::attachFileToCase);
    connect(m_ui->actionRecordExit, &QAction::triggered, m_casePage, &CasePage::recordCdeExit);
    connect(m_ui->actionCasePacket, &QAction::triggered, m_ui->actionExportPacket, &QAction::trigger);
    connect(m_ui->actionDeleteCase, &QAction::triggered, m_casePage, &CasePage::deleteCase);
    connect(m_ui->menuCase, &QMenu::aboutToShow, this, &MainWindow::updateCaseActions);
    connect(m_ui->actionAddSchool, &QAction::triggered, this, &MainWindow::addSchool);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::openUserGuide);
    connect(m_ui->actionImportDashboard, &QAction::triggered, this, &MainWindow::importDashboardFiles);
    connect(m_ui->actionImportEssa, &QAction::triggered, this, &MainWindow::importEssaList);
    connect(m_ui->actionImportEligibility, &QAction::triggered, this, &MainWindow::importEligibilityFile);
    connect(m_ui->actionExportPacket, &QAction::triggered, this, &MainWindow::exportPacket);
    connect(m_ui->actionExportDeadlines, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export deadlines"), QDir(Preferences::load().exportFolder).filePath(QStringLiteral("deadlines-%1.xlsx").arg(toQString(m_session->today().toString()))),
            tr("Excel workbook (*.xlsx);;CSV (*.csv);;iCalendar (*.ics);;JSON (*.json)"));
        if (path.isEmpty())
            return;
        if (auto s = exportDeadlinesTo(path); !s)
            QMessageBox::warning(this, tr("Deadlines not exported"), toQString(s.error().text()));
        else
            statusBar()->showMessage(tr("Saved the deadlines as %1").arg(path), 8000);
    });
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::followPageInNavigator);
}

bool MainWindow::openCasebook(const QString &path, bool create)
{
    const auto mode = create ? services::OpenMode::CreateIfMissing : services::OpenMode::OpenExisting;
    auto opened = m_session->open(path, mode);
    if (!opened && services::isServerLocation(path.toStdString()) && services::openNeedsPassword(opened.error())) {
        // The server wants a password: asked for now, used for this connection only, never stored.
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Password"),
            tr("The server %1 asks for your password:")
                .arg(QString::fromStdString(services::locationTitle(path.toStdString()))),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        opened = m_session->open(
            QString::fromStdString(services::locationWithPassword(path.toStdString(), password.toStdString())), mode);
    }
    if (!opened)
        return refuseOpen(path, opened.error());
    if (!m_session->openMessage().isEmpty())
        QMessageBox::information(this, tr("Casebook upgraded"), m_session->openMessage());
    QSettings settings;
    QStringList recent = recentFiles();
    const QString remembered = m_session->rememberedLocation();
    recent.removeAll(remembered);
    recent.prepend(remembered);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
    updateTitle();
    refresh(); // fills the deadlines page too
    m_ui->pages->setCurrentWidget(m_home);
    watchIntegrityCheck();
    m_live->watch(*m_session);
    return true;
}

void MainWindow::watchIntegrityCheck()
{
    if (!m_session->casebook().checksInBackground())
        return; // checked at open (a new or migrated file)
    statusBar()->showMessage(tr("Checking the casebook's integrity…"));
    if (!m_integrityTimer) {
        m_integrityTimer = new QTimer(this);
        m_integrityTimer->setInterval(50);
        connect(m_integrityTimer, &QTimer::timeout, this, [this] {
            if (!m_session->isOpen()) {
                m_integrityTimer->stop();
                return;
            }
            const auto verdict = m_session->casebook().integrityVerdict();
            if (!verdict)
                return;
            m_integrityTimer->stop();
            if (verdict->ok()) {
                updateTitle();
                // The list shown at start could not write while the check ran: the kept pending
                // deadlines are brought up to date beside the window, not at the next list.
                m_session->updateDeadlinesInBackground(Preferences::load().homeWindowDays());
                return;
            }
            // What it holds stays on screen to be read, copied or exported; every write is refused.
            statusBar()->showMessage(tr("Damaged casebook: read only"));
            QMessageBox::critical(this, tr("The casebook is damaged"), toQString(verdict->error().text()));
        });
    }
    m_integrityTimer->start();
}

bool MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo-district.sqlite"));
    if (!QFileInfo::exists(path)) {
        auto demo = services::Casebook::open(path.toStdString(), services::OpenMode::CreateNew);
        if (!demo) {
            QMessageBox::critical(this, tr("Cannot create the demo"), toQString(demo.error().text()));
            return false;
        }
        if (auto s = (*demo)->fillWithDemo(io::today()); !s) {
            QMessageBox::critical(this, tr("Cannot create the demo"), toQString(s.error().text()));
            return false;
        }
    }
    return openCasebook(path);
}

QStringList MainWindow::recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString shown = QString::fromStdString(services::displayLocation(recent[i].toStdString()));
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown));
        connect(action, &QAction::triggered, this, [this, path = recent[i]] { openCasebook(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent casebooks"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    const bool open = m_session->isOpen();
    const std::string location = open ? m_session->path().toStdString() : std::string();
    setWindowTitle(open ? tr("%1 — Casebook").arg(QString::fromStdString(services::locationTitle(location)))
                        : tr("Casebook"));
    for (QAction *a : {m_ui->actionSaveCopy, m_ui->actionNewCase, m_ui->actionLogCommunication, m_ui->actionAddSchool,
                       m_ui->actionHome, m_ui->actionFindings, m_ui->actionReconcile,
                       m_ui->actionFind, m_ui->actionImportDashboard, m_ui->actionImportEssa,
                       m_ui->actionImportEligibility, m_ui->actionExportDeadlines})
        a->setEnabled(open);
    m_searchBox->setEnabled(open);
    // A server casebook is backed up on the server (pg_dump: docs/server.md), not copied to a file.
    m_ui->actionSaveCopy->setEnabled(open && !services::isServerLocation(location));
    updateCaseActions();
    statusBar()->showMessage(open ? QString::fromStdString(services::displayLocation(location)) : tr("No casebook open"));
}

void MainWindow::updateCaseActions()
{
    const bool caseShown = m_session->isOpen() && m_ui->pages->currentWidget() == m_casePage && m_casePage->caseId();
    for (QAction *a : {m_ui->actionEditCase, m_ui->actionAddDocumentation, m_ui->actionAddRow, m_ui->actionAttachToCase,
                       m_ui->actionCasePacket, m_ui->actionDeleteCase, m_ui->actionExportPacket})
        a->setEnabled(caseShown);
    m_casePage->moveMenu()->menuAction()->setEnabled(caseShown && !m_casePage->moveMenu()->isEmpty());
    m_ui->actionRecordExit->setEnabled(caseShown && m_casePage->canRecordCdeExit());
}

void MainWindow::refresh()
{
    if (!m_session->isOpen())
        return;
    // A case that cannot be read is left out of the navigator and named, instead of emptying it.
    std::vector<Error> unreadable;
    auto cases = m_session->casebook().caseSummaries(&unreadable);
    if (cases)
        rebuildNavigator(*cases);
    m_home->reload(cases ? &*cases : nullptr);
    m_gettingStarted->reload();
    if (!unreadable.empty())
        statusBar()->showMessage(tr("%n case(s) could not be read and are not listed (first: %1); "
                                    "casebook-cli check lists every problem", nullptr, int(unreadable.size()))
                                     .arg(toQString(unreadable.front().text())));
    if (m_ui->pages->currentWidget() == m_casePage)
        m_casePage->reload();
    if (m_ui->pages->currentWidget() == m_findings)
        m_findings->reload();
    if (m_ui->pages->currentWidget() == m_reconcile)
        m_reconcile->reload();
    updateCaseActions();
    if (auto counts = m_session->casebook().recordCounts()) {
        // Whole words in the right number, each translatable (English and Spanish have one and other).
        const auto count = [](std::int64_t n, const QString &one, const QString &other) {
            return (n == 1 ? one : other).arg(n);
        };
        QStringList parts;
        for (const auto &[table, n] : *counts) {
            if (table == "cases")
                parts << count(n, tr("%1 case"), tr("%1 cases"));
            else if (table == "communications")
                parts << count(n, tr("%1 communication"), tr("%1 communications"));
            else if (table == "documentation_items")
                parts << count(n, tr("%1 documentation item"), tr("%1 documentation items"));
        }
        parts << count(m_home->overdueCount(), tr("%1 overdue", "one deadline"), tr("%1 overdue", "several deadlines"));
        m_statusCounts->setText(parts.join(QStringLiteral(" · ")));
    }
}

void MainWindow::rebuildNavigator(const std::vector<services::CaseSummary> &cases)
{
    auto *tree = m_ui->navigator;
    const QTreeWidgetItem *current = tree->currentItem();
    const int currentKind = current ? current->data(0, KindRole).toInt() : 0;
    const qlonglong currentId = current ? current->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker rebuilding(tree); // the page shown stays as it is
    tree->clear();
    auto *root = tree->invisibleRootItem();
    navItem(root, tr("Deadlines"), NavHome);
    navItem(root, tr("Findings"), NavFindings);
    navItem(root, tr("Compare with CDE"), NavReconcile);
    navItem(root, tr("Reference: BP 0520"), NavReference);
    auto districts = m_session->casebook().listAll<District>("name");
    if (!districts)
        return;
    std::map<std::string, std::vector<const services::CaseSummary *>> casesOf; // by district code
    for (const auto &c : cases)
        casesOf[c.districtCds].push_back(&c);
    tree->setUpdatesEnabled(false);
    for (const auto &d : *districts) {
        auto *district = navItem(root, QStringLiteral("%1 (%2)").arg(toQString(d.name), toQString(d.cds)), NavDistrict, d.id);
        auto *ta = navItem(district, tr("Technical assistance"), NavFolder);
        auto *spi = navItem(district, tr("SPI interventions"), NavFolder);
        auto *schools = navItem(district, tr("Schools"), NavFolder);
        std::map<std::string, QTreeWidgetItem *> schoolItems;
        if (auto list = m_session->casebook().listWhere<School>("district_id", d.id, "name"))
            for (const auto &s : *list)
                schoolItems[s.cds] = navItem(schools, toQString(s.name), NavFolder, s.id);
        for (const auto *cp : casesOf[d.cds]) {
            const auto &c = *cp;
            QTreeWidgetItem *parent = c.kind == CaseKind::SpiIntervention ? spi : ta;
            if (c.kind == CaseKind::SchoolPlan)
                parent = schoolItems.count(c.schoolCds) ? schoolItems[c.schoolCds] : schools;
            QString label = toQString(c.title);
            if (c.closedOn)
                label += tr(" (closed)");
            auto *item = navItem(parent, label, NavCase, c.id);
            item->setToolTip(0, tr("%1 — %2").arg(toQString(c.title), labelOf(c.status)));
        }
        for (auto *folder : {ta, spi})
            if (folder->childCount() == 0)
                navItem(folder, tr("No cases"), NavFolder)->setDisabled(true);
    }
    tree->expandAll();
    tree->setUpdatesEnabled(true);
    // Keep the selection on the same item.
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == currentKind && (*it)->data(0, IdRole).toLongLong() == currentId) {
            tree->setCurrentItem(*it);
            break;
        }
    if (!tree->currentItem())
        followPageInNavigator(); // a casebook just opened: the item of the page shown
}

void MainWindow::navigatorActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(0, KindRole).toInt();
    if (kind == NavCase && m_ui->pages->currentWidget() == m_casePage &&
        m_casePage->caseId() == item->data(0, IdRole).toLongLong())
        return; // already shown
    switch (item->data(0, KindRole).toInt()) {
    case NavHome: showHome(); break;
    case NavFindings: showFindings(); break;
    case NavReconcile: showReconcile(); break;
    case NavReference: showReference(); break;
    case NavCase: showCase(item->data(0, IdRole).toLongLong()); break;
    default: break;
    }
}

void MainWindow::showHome()
{
    refreshHome();
    m_ui->pages->setCurrentWidget(m_home);
}

void MainWindow::refreshHome()
{
    std::vector<Error> unreadable; // named by refresh()
    auto cases = m_session->casebook().caseSummaries(&unreadable);
    m_home->reload(cases ? &*cases : nullptr);
}

void MainWindow::showCase(Id caseId)
{
    if (!m_session->isOpen() || caseId == 0)
        return;
    m_casePage->showCase(caseId);
    m_ui->pages->setCurrentWidget(m_casePage);
    followPageInNavigator();
    updateCaseActions();
}

void MainWindow::followPageInNavigator()
{
    QWidget *page = m_ui->pages->currentWidget();
    const int kind = page == m_home        ? NavHome
                     : page == m_findings  ? NavFindings
                     : page == m_reconcile ? NavReconcile
                     : page == m_reference ? NavReference
                     : page == m_casePage  ? NavCase
                                           : 0;
    if (kind == 0)
        return; // search results: the navigator keeps its place
    const qlonglong id = kind == NavCase ? m_casePage->caseId() : 0;
    const QSignalBlocker following(m_ui->navigator);
    for (QTreeWidgetItemIterator it(m_ui->navigator); *it; ++it)
        if ((*it)->data(0, KindRole).toInt() == kind && (kind != NavCase || (*it)->data(0, IdRole).toLongLong() == id)) {
            m_ui->navigator->setCurrentItem(*it);
            return;
        }
}

void MainWindow::showFindingsFor(const QString &cds, int year)
{
    m_findings->reload();
    m_findings->showScope(cds);
    if (year)
        m_findings->showYear(year);
    m_ui->pages->setCurrentWidget(m_findings);
}

void MainWindow::showFindings()
{
    m_findings->reload();
    m_ui->pages->setCurrentWidget(m_findings);
}

void MainWindow::showReconcile()
{
    m_reconcile->reload();
    m_ui->pages->setCurrentWidget(m_reconcile);
}

void MainWindow::showReference(const QString &anchor)
{
    m_reference->showAnchor(anchor);
    m_ui->pages->setCurrentWidget(m_reference);
}

void MainWindow::search(const QString &text)
{
    if (!m_session->isOpen())
        return;
    m_searchTimer->stop();
    m_search->search(text);
    m_searched = text;
    m_ui->pages->setCurrentWidget(m_search);
}

void MainWindow::searchNow()
{
    m_searchTimer->stop();
    const QString text = m_searchBox->text();
    if (text.trimmed().isEmpty() || (m_ui->pages->currentWidget() == m_search && text == m_searched))
        return;
    search(text);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search box moves into the results, on the first one.
    if (watched == m_searchBox && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        searchNow();
        if (m_ui->pages->currentWidget() == m_search)
            m_search->focusFirstResult();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

Id MainWindow::currentDistrictId() const
{
    for (auto *item = m_ui->navigator->currentItem(); item; item = item->parent())
        if (item->data(0, KindRole).toInt() == NavDistrict)
            return item->data(0, IdRole).toLongLong();
    auto districts = m_session->casebook().listAll<District>("id");
    return districts && !districts->empty() ? districts->front().id : 0;
}

void MainWindow::newCase()
{
    if (!m_session->isOpen())
        return;
    Id districtId = currentDistrictId();
    if (districtId == 0 && (districtId = askDistrict(tr("Add your district"))) == 0)
        return;
    const QStringList types{tr("Technical-assistance request (by the Board)"),
                            tr("Required technical assistance (County Superintendent's determination)"),
                            tr("SPI intervention"), tr("School plan (CSI / TSI / ATSI)")};
    bool ok = false;
    const QString type = QInputDialog::getItem(this, tr("New case"), tr("What kind of obligation is this case about?"),
                                               types, 0, false, &ok);
    if (!ok)
        return;
    const int which = int(types.indexOf(type));
    Case c;
    c.districtId = districtId;
    c.openedOn = m_session->today();
    c.kind = which <= 1 ? CaseKind::TechnicalAssistance : which == 2 ? CaseKind::SpiIntervention : CaseKind::SchoolPlan;
    c.origin = which == 1 ? TaOrigin::Required : TaOrigin::BoardRequest;
    c.designationYear = c.openedOn.year();
    c.status = initialStatus(c.kind, c.origin);
    auto dialog = makeRecordDialog<Ui::CaseForm, Case>(tr("New case: %1").arg(type), this);
    dialog->setObjectName(QStringLiteral("newCaseDialog"));
    QList<QPair<QVariant, QString>> schools;
    if (auto list = m_session->casebook().listWhere<School>("district_id", districtId, "name"))
        for (const auto &s : *list)
            schools.append({qlonglong(s.id), QStringLiteral("%1 (%2)").arg(toQString(s.name), toQString(s.cds))});
    if (c.kind == CaseKind::SchoolPlan && schools.isEmpty()) {
        QMessageBox::information(this, tr("New school plan"), tr("Add the school first with Case ▸ Add school…."));
        return;
    }
    dialog->form().setChoices(QStringLiteral("school_id"), schools);
    dialog->form().setFields(toFields(c));
    fitCaseForm(dialog->formWidget(), c);
    Id created = 0;
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto record = fromFields<Case>(fields, c);
        if (!record)
            return record.error();
        if (record->kind != CaseKind::SchoolPlan)
            record->schoolId.reset();
        auto saved = m_session->createCase(*record);
        if (!saved)
            return saved.error();
        created = saved->id;
        return {};
    });
    if (dialog->exec() == QDialog::Accepted && created)
        showCase(created);
}

void MainWindow::addSchool()
{
    const Id districtId = currentDistrictId();
    if (districtId == 0) {
        QMessageBox::information(this, tr("Add school"), tr("Add your district first: Case ▸ New case… asks for it."));
        return;
    }
    auto dialog = makeRecordDialog<Ui::SchoolForm, School>(tr("Add school"), this);
    School initial;
    initial.districtId = districtId;
    if (auto d = m_session->casebook().get<District>(districtId))
        initial.cds = d->cds;
    dialog->form().setFields(toFields(initial));
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto s = fromFields<School>(fields, initial);
        if (!s)
            return s.error();
        auto saved = m_session->save<School>(std::nullopt, *s, tr("Add school"));
        if (!saved)
            return saved.error();
        return {};
    });
    dialog->exec();
}

Id MainWindow::askDistrict(const QString &title)
{
    if (!m_session->isOpen())
        return 0;
    auto dialog = makeRecordDialog<Ui::DistrictForm, District>(title, this);
    dialog->setObjectName(QStringLiteral("districtDialog"));
    fillDistrictFromCode(dialog->formWidget(), m_session);
    Id districtId = 0;
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto d = fromFields<District>(fields);
        if (!d)
            return d.error();
        auto saved = m_session->save<District>(std::nullopt, *d, tr("Add district"));
        if (!saved)
            return saved.error();
        districtId = saved->id;
        return {};
    });
    return dialog->exec() == QDialog::Accepted ? districtId : 0;
}

QString MainWindow::askNewCasebookPath()
{
    // Offered in the data folder, where the default casebook lives (under its name while it is free).
    const QString defaultPath = QString::fromStdString(io::defaultDatabasePath());
    const QString folder = QFileInfo(defaultPath).absolutePath();
    QDir().mkpath(folder);
    return QFileDialog::getSaveFileName(this, tr("New casebook"), QFileInfo::exists(defaultPath) ? folder : defaultPath,
                                        tr("Casebook files (*.sqlite *.casebook);;All files (*)"));
}

void MainWindow::newCasebook()
{
    const QString path = askNewCasebookPath();
    if (!path.isEmpty() && createCasebookAt(path))
        askDistrict(tr("Your district"));
}

bool MainWindow::createCasebookAt(QString path)
{
    // A name typed without an extension gets Casebook's own, so the file is recognisable later.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New casebook"), tr("%1 already exists; choose a new file name.").arg(path));
        return false;
    }
    // The new casebook opens on its home page (the next step is importing Dashboard files or adding a
    // district, not necessarily a case).
    if (!openCasebook(path, true))
        return false;
    showHome();
    return true;
}

bool MainWindow::refuseOpen(const QString &path, const Error &error)
{
    const auto canRescue = services::rescueCanHelp(path.toStdString());
    if (!canRescue || !*canRescue) {
        QMessageBox::critical(this, tr("Cannot open the casebook"), toQString(error.text()));
        return false;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the casebook"), toQString(error.text()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("rescueOffer"));
    box.setInformativeText(tr("Its records can be copied into a new casebook, checked as an import is checked. "
                              "Nothing in this file runs, and the file is left as it is."));
    QPushButton *rescue = box.addButton(tr("&Rescue its records…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(rescue);
    box.exec();
    return box.clickedButton() == rescue && rescueCasebook(path);
}

bool MainWindow::rescueCasebook(QString source)
{
    const QString filter = tr("Casebook files (*.sqlite *.casebook);;All files (*)");
    if (source.isEmpty())
        source = QFileDialog::getOpenFileName(this, tr("Rescue the records of a casebook"), QDir::homePath(), filter);
    if (source.isEmpty())
        return false;
    // Offered in the data folder: the received file's own folder may be a download or a read-only share.
    const QString folder = QFileInfo(QString::fromStdString(io::defaultDatabasePath())).absolutePath();
    QDir().mkpath(folder);
    const QString suggested = QDir(folder).filePath(QFileInfo(source).completeBaseName() + QStringLiteral("-rescued.sqlite"));
    QString out = QFileDialog::getSaveFileName(this, tr("Save the rescued records as"), suggested, filter, nullptr,
                                               QFileDialog::DontConfirmOverwrite);
    if (out.isEmpty())
        return false;
    if (QFileInfo(out).suffix().isEmpty())
        out += QStringLiteral(".sqlite");
    if (QFileInfo::exists(out)) {
        QMessageBox::warning(this, tr("Rescue"), tr("%1 already exists; choose a new file name.").arg(out));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto rescued = services::rescueCasebook(source.toStdString(), out.toStdString());
    QApplication::restoreOverrideCursor();
    if (!rescued) {
        QMessageBox::critical(this, tr("The records were not rescued"), toQString(rescued.error().text()));
        return false;
    }
    QStringList carried;
    for (const auto &[collection, count] : rescued->summary.imported)
        if (count > 0)
            carried << tr("%1: %2").arg(toQString(collection).replace(QLatin1Char('_'), QLatin1Char(' '))).arg(count);
    QStringList details;
    for (const auto &d : rescued->leftBehind)
        details << tr("Left behind: %1").arg(toQString(d));
    for (const auto &e : rescued->skipped)
        details << tr("Not readable, not copied: %1").arg(toQString(e.text()));
    QMessageBox report(rescued->skipped.empty() ? QMessageBox::Information : QMessageBox::Warning, tr("Records rescued"),
                       tr("The records of %1 were copied into the new casebook %2. %1 was not changed.")
                           .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(out)),
                       QMessageBox::Ok, this);
    report.setObjectName(QStringLiteral("rescueReport"));
    report.setInformativeText(tr("Copied: %1. Audit rows carried: %2.")
                                  .arg(carried.isEmpty() ? tr("no records") : carried.join(QStringLiteral(", ")))
                                  .arg(rescued->summary.carriedAuditRows) +
                              QLatin1Char(' ') +
                              tr("Not Casebook's and left behind: %n object(s) (Show Details…).", nullptr,
                                 int(rescued->leftBehind.size())));
    if (!details.isEmpty())
        report.setDetailedText(details.join(QLatin1Char('\n')));
    report.exec();
    return openCasebook(out);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open casebook"), QDir::homePath(),
                                                      tr("Casebook files (*.sqlite *.casebook);;All files (*)"));
    if (!path.isEmpty())
        openCasebook(path);
}

bool MainWindow::connectToServer()
{
    QStringList servers;
    for (const QString &location : recentFiles())
        if (services::isServerLocation(location.toStdString()))
            servers.append(location);
    ConnectServerDialog dialog(servers, this);
    return dialog.exec() == QDialog::Accepted && openCasebook(dialog.location());
}

void MainWindow::saveCopy()
{
    if (!m_session->isOpen())
        return;
    const QString suggested = QFileInfo(m_session->path()).completeBaseName() + QStringLiteral("-copy.sqlite");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the casebook"),
                                                      QDir(QDir::homePath()).filePath(suggested),
                                                      tr("Casebook files (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Save a copy"), tr("Cannot replace %1.").arg(path));
        return;
    }
    if (auto s = m_session->casebook().backupTo(path.toStdString()); !s)
        QMessageBox::warning(this, tr("Save a copy"), toQString(s.error().text()));
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
}

QString MainWindow::DashboardImportSummary::text() const
{
    return files.join(QLatin1Char('\n')) + (district.isEmpty() ? QString() : QStringLiteral("\n\n") + district);
}

MainWindow::DashboardImportSummary MainWindow::importDashboard(const QStringList &paths)
{
    DashboardImportSummary out;
    QStringList &summary = out.files;
    std::set<int> years;
    QProgressDialog progress(tr("Importing Dashboard files…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    for (const QString &path : paths) {
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        progress.setValue(0);
        io::DashboardImportOptions options;
        options.progress = [&progress](const io::ImportProgress &p) {
            progress.setValue(p.bytesTotal > 0 ? int(1000 * p.bytesRead / p.bytesTotal) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        };
        auto report = m_session->casebook().importDashboardFile(path.toStdString(), options);
        if (!report) {
            summary << tr("%1: not imported — %2").arg(QFileInfo(path).fileName(), toQString(report.error().text()));
            if (progress.wasCanceled())
                break;
            continue;
        }
        years.insert(report->year);
        const QString what = QStringLiteral("%1 %2").arg(indicatorLabel(report->indicator)).arg(report->year);
        switch (report->outcome) {
        case io::ImportOutcome::Imported: summary << tr("%1: %2 rows imported").arg(what).arg(report->rows); break;
        case io::ImportOutcome::Replaced:
            summary << tr("%1: %2 rows replaced the earlier file").arg(what).arg(report->rows);
            break;
        case io::ImportOutcome::Unchanged: summary << tr("%1: already imported, nothing changed").arg(what); break;
        }
    }
    progress.setValue(1000);
    m_session->notifyChanged();
    if (!years.empty())
        out.year = *years.rbegin();
    if (const Id districtId = out.year ? currentDistrictId() : 0)
        if (auto district = m_session->casebook().get<District>(districtId))
            describeDistrictImport(*district, out);
    return out;
}

void MainWindow::describeDistrictImport(const District &district, DashboardImportSummary &out)
{
    const QString who = tr("%1 (%2)").arg(toQString(district.name), toQString(district.cds));
    auto entities = m_session->casebook().dashboardEntities(district.cds, out.year);
    if (!entities) {
        out.district = tr("What the files hold for %1 could not be read: %2").arg(who, toQString(entities.error().text()));
        return;
    }
    if (entities->empty()) {
        out.district = tr("%1 is not in the %2 Dashboard files: no row has a CDS code starting %3. Are they the files "
                          "of your district's Dashboard year?")
                           .arg(who)
                           .arg(out.year)
                           .arg(toQString(district.cds));
        return;
    }
    const auto own = std::find_if(entities->begin(), entities->end(),
                                  [](const services::DashboardEntity &e) { return e.rtype == RecordType::District; });
    const auto schools = std::count_if(entities->begin(), entities->end(),
                                       [](const services::DashboardEntity &e) { return e.rtype == RecordType::School; });
    QStringList found, missing;
    for (const auto &info : indicators()) {
        const bool has = own != entities->end() &&
                         std::find(own->indicators.begin(), own->indicators.end(), info.indicator) != own->indicators.end();
        (has ? found : missing) << indicatorLabel(info.indicator);
    }
    out.districtCds = QString::fromStdString(districtLevelCds(district.cds));
    out.district = (own != entities->end() ? tr("%1 is in the %2 Dashboard files: %3 for the district")
                                                 .arg(who)
                                                 .arg(out.year)
                                                 .arg(found.join(QStringLiteral(", ")))
                                           : tr("%1 has no district-level rows in the %2 Dashboard files").arg(who).arg(out.year)) +
                   (schools == 0 ? tr(", and none for its schools.")
                                 : tr(", and results for %1 of its schools.").arg(schools));
    if (!missing.isEmpty())
        out.district += QLatin1Char(' ') + tr("Not imported yet for %1: %2.").arg(out.year).arg(missing.join(QStringLiteral(", ")));
}

void MainWindow::importAndSummarize(const QStringList &paths)
{
    const DashboardImportSummary summary = importDashboard(paths);
    QMessageBox box(QMessageBox::Information, tr("Dashboard import"), summary.text(), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("importSummaryBox"));
    box.setTextFormat(Qt::PlainText); // district and file names as the files write them
    QPushButton *show = box.addButton(tr("&Show findings"), QMessageBox::AcceptRole);
    box.setDefaultButton(show);
    box.exec();
    if (box.clickedButton() != show)
        return;
    if (summary.districtCds.isEmpty())
        showFindings();
    else
        showFindingsFor(summary.districtCds, summary.year);
}

void MainWindow::gettingStartedStep(int step)
{
    switch (GettingStartedPanel::Step(step)) {
    case GettingStartedPanel::EnterDistrict: askDistrict(tr("Your district")); break;
    case GettingStartedPanel::ImportDashboard: m_ui->actionImportDashboard->trigger(); break;
    case GettingStartedPanel::ReadFindings:
        if (const Id id = currentDistrictId(); auto district = m_session->casebook().get<District>(id))
            showFindingsFor(QString::fromStdString(districtLevelCds(district->cds)));
        else
            showFindings();
        break;
    case GettingStartedPanel::OpenCase:
        // The case the findings call for, else a case of any kind.
        gettingStartedStep(GettingStartedPanel::ReadFindings);
        if (m_findings->canCreateRequiredCase()) {
            if (const Id id = m_findings->createRequiredCase())
                showCase(id);
        } else {
            newCase();
        }
        break;
    }
}

Status MainWindow::exportDeadlinesTo(const QString &path)
{
    const auto format = io::deadlineFileFormatOf(path.toStdString());
    if (!format)
        return Error::badInput("file", "choose a file ending in .xlsx, .csv, .ics or .json");
    auto calendar = m_session->casebook().calendarSettings();
    if (!calendar)
        return calendar.error();
    // The one output rule (io/output_file.h): never the open casebook, never through a link.
    CASEBOOK_TRY(io::checkOutputIsNotCasebook(path.toStdString(), m_session->path().toStdString()));
    // What the deadlines page lists, narrowed as it is narrowed.
    const io::DeadlineListing listing{.today = m_session->today(),
                                      .timeZone = calendar->timeZone,
                                      .withinDays = HomePage::kListedDays,
                                      .overdueOnly = false,
                                      .caseId = m_home->caseFilter(),
                                      .owner = m_home->ownerFilter(),
                                      .generatedAt = services::utcNow()};
    // A workbook in the window's language; the files programs read in their fixed English.
    return io::writeDeadlinesFile(m_home->listedDeadlines(), *format, path.toStdString(), listing,
                                  [](const Phrase &phrase) { return phraseText(phrase).toStdString(); });
}

void MainWindow::exportPacket()
{
    if (!m_session->isOpen() || m_ui->pages->currentWidget() != m_casePage || !m_casePage->caseId())
        return;
    QString preparedBy;
    if (!askPreparedBy(this, preparedBy))
        return;
    ExportPacketDialog dialog(m_session, m_casePage->caseId(), Preferences::load().exportFolder, preparedBy, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Saved the packet as %1").arg(dialog.savedPath()), 8000);
    showPacketSaved(this, dialog.savedPath(), dialog.savedPdfPath());
}

void MainWindow::importDashboardFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Dashboard files"), QDir::homePath(),
        tr("Dashboard data files (*download*.txt *.txt *.tsv *.csv);;All files (*)"));
    if (paths.isEmpty())
        return;
    importAndSummarize(paths);
}

void MainWindow::importEssaList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the CSI/TSI/ATSI list"), QDir::homePath(),
                                                      tr("CDE ESSA assistance status (*.txt *.tsv *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    io::EssaImportOptions options;
    options.designatedOn = m_session->today();
    auto report = m_session->casebook().importEssaFile(path.toStdString(), options);
    m_session->notifyChanged();
    if (!report) {
        QMessageBox::warning(this, tr("The list was not imported"), toQString(report.error().text()));
        return;
    }
    QMessageBox::information(this, tr("CSI/TSI/ATSI list imported"),
                             tr("%1 schools read, %2 identified: %3 school-plan cases opened, %4 updated, %5 unchanged.")
                                 .arg(report->schools)
                                 .arg(report->identified)
                                 .arg(report->casesCreated)
                                 .arg(report->casesUpdated)
                                 .arg(report->unchanged));
}

void MainWindow::importEligibilityFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CDE's eligibility file"), QDir::homePath(),
        tr("LCFF District/COE Eligibility File (assistancestatus*.xlsx *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    auto report = m_session->casebook().importEligibilityFile(path.toStdString());
    m_session->notifyChanged();
    if (!report) {
        QMessageBox::warning(this, tr("The eligibility file was not imported"), toQString(report.error().text()));
        return;
    }
    QMessageBox::information(this, tr("CDE eligibility file"), toQString(io::describeEligibilityImport(*report)));
    showReconcile();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Casebook"),
                       tr("<h3>Casebook %1</h3><p>Case management for board policy BP 0520, "
                          "“Intervention for Underperforming Schools”: technical assistance (Ed Code 52071), "
                          "SPI intervention (52072.1) and CSI/TSI/ATSI school plans (20 USC 6311(d)).</p>"
                          "<p>One SQLite casebook file; every change is audited.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::openUserGuide()
{
    // The guide is Markdown with screenshots beside it: installed under share/doc/casebook, or in
    // the source tree when running from a build folder.
    const QStringList candidates{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/casebook/user-guide.md"),
                                 QStringLiteral(CASEBOOK_SOURCE_DIR "/docs/user-guide.md")};
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        auto *guide = new QTextBrowser;
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->setObjectName(QStringLiteral("userGuide"));
        guide->setAccessibleName(tr("Casebook user guide"));
        guide->setWindowTitle(tr("Casebook user guide"));
        guide->setOpenExternalLinks(true);
        guide->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()), QTextDocument::MarkdownResource);
        guide->resize(900, 760);
        guide->show();
        return;
    }
    QMessageBox::information(this, tr("User guide"), tr("The user guide is not installed on this computer."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace casebook::app
