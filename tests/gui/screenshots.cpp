// casebook-screenshots: opens the demo district in the real main window and saves a PNG of each
// main screen (docs/screenshots/). Run it through scripts/screenshots, which starts Xvfb.
#include "case_page.h"
#include "export_packet_dialog.h"
#include "findings_page.h"
#include "first_run_dialog.h"
#include "home_page.h"
#include "connect_server_dialog.h"
#include "main_window.h"
#include "record_dialog.h"
#include "record_list_tab.h"
#include "gui_driver.h"
#include "session.h"
#include "startup.h"

#include "live_updates.h"
#include "services/casebook.h"
#include "services/server_admin.h"
#include "storage/postgres.h"
#include "io/demo.h"
#include "storage/official_store.h"
#include "io/paths.h"


#include <QApplication>
#include <QDateEdit>
#include <QPushButton>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <iostream>

using namespace casebook;
using namespace casebook::app;

namespace {

QString g_out;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget *w, const QString &name)
{
    settle();
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    std::cout << (ok ? "wrote " : "FAILED ") << path.toStdString() << "\n";
    return ok;
}

Id caseOf(CasebookSession &s, CaseKind kind, TaOrigin origin = TaOrigin::BoardRequest)
{
    auto cases = storage::listCaseSummaries(s.casebook().database());
    for (const auto &c : *cases)
        if (c.kind == kind && (kind != CaseKind::TechnicalAssistance || c.origin == origin))
            return c.id;
    return 0;
}

void showTab(MainWindow &w, const char *name)
{
    auto *tabs = w.casePage()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == QLatin1String(name))
            tabs->setCurrentIndex(i);
}

// Two people on one casebook (issue 20): a form saved over an activity somebody else saved meanwhile.
bool shootConflict(const QString &path)
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    if (!w.openCasebook(path))
        return false;
    auto other = services::Casebook::open(path.toStdString());
    if (!other)
        return false;
    (*other)->setUserName("mortega");
    const Id required = caseOf(*w.session(), CaseKind::TechnicalAssistance, TaOrigin::Required);
    w.showCase(required);
    showTab(w, "activitiesTab");
    auto activities = w.session()->casebook().recordsOf<Activity>(required, "area");
    if (!activities || activities->empty())
        return false;
    const Id first = activities->front().id;
    bool shot = false, saved = false;
    test::onNextModal([&](QDialog *form) {
        test::setText(form, "notes", QStringLiteral("Asked the county office for the data review dates"));
        if (auto theirs = (*other)->get<Activity>(first)) {
            theirs->notes = "Data review meeting set for 2026-12-03";
            theirs->evidence = "Agenda of the data review, 2026-12-03";
            (void)(*other)->save<Activity>(*theirs);
        }
        {
            const test::ModalWatch watch([&](QDialog *ask) {
                if (ask->objectName() != QLatin1String("editConflictDialog") || shot)
                    return;
                shot = true;
                saved = save(ask, QStringLiteral("edit-conflict"));
                ask->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"))->click();
            });
            test::pressOk(form);
        }
        if (form->isVisible())
            form->reject();
    });
    w.casePage()->tab(QStringLiteral("activitiesTab"))->onEdit(first);
    return shot && saved;
}

// Two windows connected to one server casebook as two people (`admin`: a superuser's connection string
// to a throwaway cluster, from scripts/screenshots): one logs a communication, the other shows it by
// itself with who did it; then the other's connection is lost and its banner shows.
bool shootLivePair(const std::string &admin)
{
    const auto run = [](const std::string &where, const std::string &sql) {
        auto c = storage::PgConnection::open(where);
        return c && (*c)->exec(sql);
    };
    if (!run(admin, "DROP DATABASE IF EXISTS casebook_shots") || !run(admin, "CREATE DATABASE casebook_shots"))
        return false;
    std::string location = admin;
    location.replace(location.find("dbname=postgres"), 15, "dbname=casebook_shots");
    {
        auto made = services::Casebook::open(location, services::OpenMode::CreateNew);
        if (!made || !(*made)->fillWithDemo(io::today()))
            return false;
    }
    for (const std::string role : {"dwhitfield", "mortega"}) {
        if (!run(location, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role +
                               "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$") ||
            !services::grantServer(location, role, "0199999", services::ServerAccess::Staff))
            return false;
    }
    MainWindow dana, marisol;
    for (MainWindow *w : {&dana, &marisol}) {
        w->resize(1100, 720);
        w->show();
    }
    if (!dana.openCasebook(QString::fromStdString(location + " user=dwhitfield")) ||
        !marisol.openCasebook(QString::fromStdString(location + " user=mortega")))
        return false;
    const Id required = caseOf(*dana.session(), CaseKind::TechnicalAssistance, TaOrigin::Required);
    for (MainWindow *w : {&dana, &marisol}) {
        w->showCase(required);
        showTab(*w, "communicationsTab");
    }
    Communication call;
    call.caseId = required;
    call.occurredOn = io::today();
    call.mode = CommunicationMode::Phone;
    call.direction = CommunicationDirection::DistrictToCounty;
    call.subject = "Data review dates";
    call.participants = "Marisol Ortega; county liaison";
    call.summary = "Confirmed the data review for 2026-12-03 with the county liaison.";
    if (!marisol.session()->save<Communication>(std::nullopt, call, QStringLiteral("Log communication")))
        return false;
    const bool heard = test::processEventsUntil(
        [&] { return dana.statusBar()->currentMessage().contains(QStringLiteral("mortega added a communication")); });
    bool ok = heard && save(&marisol, QStringLiteral("live-writer")) && save(&dana, QStringLiteral("live-reader"));
    // The server ends Dana's connection and, for a moment, lets her not connect again.
    ok &= run(location, "ALTER ROLE dwhitfield NOLOGIN") &&
          run(location, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE usename = 'dwhitfield'");
    dana.liveUpdates()->check();
    ok &= save(&dana, QStringLiteral("connection-banner"));
    ok &= run(location, "ALTER ROLE dwhitfield LOGIN");
    dana.liveUpdates()->check();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CASEBOOK_TODAY", "2026-11-24");
    QApplication app(argc, argv);
    io::setApplicationNames();
    installTranslations(app); // LANG=es_ES.UTF-8 scripts/screenshots DIR: the Spanish window
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_out);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = storage::Database::open(path.toStdString(), storage::Database::OpenMode::CreateNew);
        if (!db || !io::createDemoCasebook(**db, io::today())) {
            std::cerr << "cannot create the demo casebook\n";
            return 1;
        }
    }
    bool ok = true;
    {
        FirstRunDialog first;
        first.show();
        ok &= save(&first, QStringLiteral("first-run"));
    }
    {
        // File ▸ Connect to a server…, filled in as a district office's staff member would.
        ConnectServerDialog connect({});
        connect.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("casebook.district.example"));
        connect.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("dwhitfield"));
        connect.show();
        ok &= save(&connect, QStringLiteral("connect-server"));
    }
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    if (!w.openCasebook(path))
        return 1;
    auto &s = *w.session();
    // The pictures show the window after its background integrity check, as a user sees it a moment
    // after opening.
    test::processEventsUntil([&] {
        return s.casebook().database().integrityVerdict().has_value() && !w.statusBar()->currentMessage().startsWith(QStringLiteral("Checking"));
    });
    ok &= save(&w, QStringLiteral("home"));
    // The met deadlines shown, and the full "why" of the selected row below the lists.
    w.homePage()->setShowMet(true);
    if (auto *overdue = w.homePage()->findChild<QTableView *>(QStringLiteral("overdueView")))
        overdue->setCurrentIndex(overdue->model()->index(0, 0));
    ok &= save(&w, QStringLiteral("home-met"));
    w.homePage()->setShowMet(false);

    const Id required = caseOf(s, CaseKind::TechnicalAssistance, TaOrigin::Required);
    w.showCase(required);
    ok &= save(&w, QStringLiteral("case-overview"));
    showTab(w, "activitiesTab");
    ok &= save(&w, QStringLiteral("case-activities"));
    showTab(w, "communicationsTab");
    // The newest communication selected: the reading pane shows it in full.
    auto *communications = w.casePage()->tab(QStringLiteral("communicationsTab"));
    communications->view()->setCurrentIndex(communications->model()->index(0, 0));
    ok &= save(&w, QStringLiteral("case-communications"));
    showTab(w, "documentationTab");
    auto *docs = w.casePage()->tab(QStringLiteral("documentationTab"));
    docs->view()->setCurrentIndex(docs->model()->index(0, 0));
    ok &= save(&w, QStringLiteral("case-documentation"));
    showTab(w, "recommendationsTab");
    ok &= save(&w, QStringLiteral("case-ccee"));
    showTab(w, "historyTab");
    ok &= save(&w, QStringLiteral("case-history"));

    w.showCase(caseOf(s, CaseKind::SchoolPlan));
    ok &= save(&w, QStringLiteral("school-plan"));
    showTab(w, "interventionsTab");
    ok &= save(&w, QStringLiteral("school-plan-interventions"));
    w.showCase(caseOf(s, CaseKind::SpiIntervention));
    ok &= save(&w, QStringLiteral("spi-overview")); // State Board approval, the CCEE determination, what is missing
    showTab(w, "spiActionsTab");
    ok &= save(&w, QStringLiteral("spi-actions"));

    {
        // A person's name and title, as Edit ▸ Preferences… keeps it (a fictional one).
        ExportPacketDialog packet(&s, required, dir.path(), QStringLiteral("Maria Lopez, Director of Accountability"), &w);
        packet.resize(900, 760);
        packet.show();
        // QPdfView renders its pages on another thread: give it a moment before the picture.
        QElapsedTimer rendering;
        rendering.start();
        while (rendering.elapsed() < 2000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        ok &= save(&packet, QStringLiteral("export-packet"));
    }

    w.showFindings();
    ok &= save(&w, QStringLiteral("findings"));
    // The form that opens the required case from the findings, before anything is typed.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        ok &= save(dialog, QStringLiteral("dialog-from-findings"));
        dialog->reject();
    });
    w.findChild<FindingsPage *>()->createRequiredCase();

    // CDE's determinations beside Casebook's: an invented eligibility file for the demo district (one
    // group's letter differs) and a second district without Dashboard results.
    {
        const auto official = [](const std::string &cds, const std::string &name, const std::string &status, bool da,
                                 std::vector<OfficialGroupLetter> letters) {
            OfficialDetermination o;
            o.districtCds = cds;
            o.year = 2025;
            o.leaName = name;
            o.countyName = "Alameda";
            o.status = status;
            o.differentiatedAssistance = da;
            o.groups = std::move(letters);
            return o;
        };
        auto stored = storage::storeOfficialDeterminations(
            s.casebook().database(), 2025, "assistancestatus25.xlsx", std::string(64, 'd'),
            {official(io::kDemoDistrictCds, "Mariposa Creek Unified (DEMO)", "Differentiated Assistance", true,
                      {{"EL", 'D'}, {"FOS", 'D'}, {"SWD", 'K'}}),
             official("0199998", "Sierra Vista Elementary (DEMO)", "General Assistance", false, {})});
        if (!stored) {
            std::cerr << stored.error().text() << "\n";
            return 1;
        }
    }
    w.showReconcile();
    ok &= save(&w, QStringLiteral("reconcile"));
    w.showReference(QStringLiteral("required"));
    ok &= save(&w, QStringLiteral("reference"));
    w.search(QStringLiteral("attendance"));
    ok &= save(&w, QStringLiteral("search"));

    // The activity dialog of a completed activity, with its completion date.
    w.showCase(required);
    showTab(w, "activitiesTab");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<RecordDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        ok &= save(dialog, QStringLiteral("dialog-activity"));
        dialog->reject();
    });
    {
        auto activities = storage::listWhere<Activity>(s.casebook().database(), "case_id", required, "area");
        if (!activities || activities->size() < 2)
            return 1;
        w.casePage()->tab(QStringLiteral("activitiesTab"))->onEdit((*activities)[1].id); // completed a week late
    }

    // The documentation-item dialog refusing a due date before the case opened.
    w.showCase(required);
    showTab(w, "documentationTab");
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<RecordDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        dialog->formWidget()->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Annual LCAP progress summary"));
        dialog->formWidget()->findChild<QDateEdit *>(QStringLiteral("due_on"))->setDate(QDate(2024, 12, 15));
        dialog->accept(); // refused: shows the message next to the due date
        ok &= save(dialog, QStringLiteral("dialog-validation"));
        dialog->reject();
    });
    w.casePage()->tab(QStringLiteral("documentationTab"))->onAdd();

    // The required case's form: its identification, the county's letter and a later identification.
    w.showCase(required);
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<RecordDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        ok &= save(dialog, QStringLiteral("dialog-required-case"));
        dialog->reject();
    });
    w.casePage()->editCase();

    // Real-layout Dashboard files of two years (tests/fixtures/dashboard) in a casebook of two districts:
    // the trend of a group that turned Red beside the grid, and the county office's list of districts.
    const QString county = dir.filePath(QStringLiteral("county.sqlite"));
    if (!w.openCasebook(county, true))
        return 1;
    auto &c = *w.session();
    for (const auto &d : {District{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"},
                          District{.cds = "0161120", .name = "Peñasco Unified", .county = "Alameda"}})
        if (!c.save<District>(std::nullopt, d, "add"))
            return 1;
    const std::string fixtures = CASEBOOK_FIXTURE_DIR "/dashboard/";
    for (const char *file : {"layouts/2023/eladownload2023.txt", "layouts/2023/mathdownload2023.txt",
                             "layouts/2023/chronicdownload2023.txt", "layouts/2023/suspdownload2023.txt",
                             "layouts/2023/graddownload2023.txt", "layouts/2023/elpidownload2023.txt",
                             "layouts/2023/ccidownload2023.txt", "eladownload2024.txt", "mathdownload2024.txt",
                             "chronicdownload2024.txt"})
        if (auto imported = c.casebook().importDashboardFile(fixtures + file, {}); !imported) {
            std::cerr << imported.error().text() << "\n";
            return 1;
        }
    c.notifyChanged();
    w.showFindings();
    auto *findings = w.findChild<FindingsPage *>();
    findings->showScope(QStringLiteral("0161119"));
    auto *grid = findings->findChild<QTableWidget *>(QStringLiteral("grid"));
    // ELA: English Learners Yellow in 2023 and Orange in 2024; Students with Disabilities Red both years.
    for (const char *group : {"English Learners", "Students with Disabilities"})
        for (int r = 0; r < grid->rowCount(); ++r)
            if (grid->verticalHeaderItem(r)->text() == QLatin1String(group))
                grid->setCurrentCell(r, 0);
    ok &= save(&w, QStringLiteral("findings-trends"));
    auto *views = findings->findChild<QTabWidget *>(QStringLiteral("views"));
    views->setCurrentWidget(findings->findChild<QWidget *>(QStringLiteral("districtsTab")));
    ok &= save(&w, QStringLiteral("districts"));

    // Many people at once: the conflict dialog (on the demo file), and two windows on a server when
    // scripts/screenshots could start a throwaway cluster.
    ok &= shootConflict(path);
    if (const QByteArray admin = qgetenv("CASEBOOK_SCREENSHOT_SERVER"); !admin.isEmpty())
        ok &= shootLivePair(admin.toStdString());
    else
        std::cout << "no CASEBOOK_SCREENSHOT_SERVER: live-writer, live-reader and connection-banner not taken\n";

    // A new casebook for the fixtures' fictional district: the getting-started list, then the import summary.
    if (!w.createCasebookAt(dir.filePath(QStringLiteral("new.sqlite"))) ||
        !s.save<District>(std::nullopt, District{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"}, "add"))
        return 1;
    w.showHome();
    ok &= save(&w, QStringLiteral("getting-started"));
    QStringList files;
    for (const char *name : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        files << QStringLiteral(CASEBOOK_FIXTURE_DIR "/dashboard/") + QString::fromLatin1(name);
    bool summaryShot = false;
    {
        const test::ModalWatch watch([&](QDialog *dialog) { // the summary, once the import's progress is done
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box || summaryShot)
                return;
            summaryShot = true;
            ok &= save(box, QStringLiteral("import-summary"));
            box->reject();
        });
        w.importAndSummarize(files);
    }
    ok &= summaryShot;
    return ok ? 0 : 1;
}
