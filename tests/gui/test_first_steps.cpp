// The first steps of a new user, as the issue "The daily work, as staff live it" describes them: the
// first run asks where to keep the casebook and fills the district from its code; a getting-started
// list ticks each step from the casebook's contents; the import summary speaks about the user's
// district; the packet is prepared by the person named in Preferences, under a file name with the
// district and the period; and the keyboard reaches search results, the navigator and every case action.
#include "gui_driver.h"

#include "case_page.h"
#include "export_packet_dialog.h"
#include "findings_page.h"
#include "getting_started_panel.h"
#include "home_page.h"
#include "main_window.h"
#include "preferences.h"
#include "search_page.h"
#include "session.h"
#include "startup.h"

#include "ui_main_window.h"

#include "io/demo.h"
#include "io/paths.h"
#include "storage/case_store.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <filesystem>

using namespace casebook;
using namespace casebook::app;
using casebook::test::ModalWatch;

namespace {

const std::filesystem::path kDashboard = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard";

QStringList fixtureFiles()
{
    QStringList files;
    for (const char *name : {"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"})
        files << QString::fromStdString((kDashboard / name).string());
    return files;
}

struct Fixture {
    test::TempDir dir;
    MainWindow window;
    Fixture()
    {
        qputenv("CASEBOOK_TODAY", "2026-06-15");
        Preferences none; // every test starts without a name in Preferences
        none.exportFolder = QString::fromStdString(dir.path().string());
        none.save();
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window, 2000);
    }
    CasebookSession &session() { return *window.session(); }
    QWidget *page() { return window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(); }

    void openCasebookOf(const District &district)
    {
        REQUIRE(window.openCasebook(QString::fromStdString(dir.file("gui.sqlite")), true));
        REQUIRE(session().save<District>(std::nullopt, district, "add").ok());
    }
    void openDemo()
    {
        const std::string path = dir.file("demo.sqlite");
        {
            auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
            REQUIRE(db.ok());
            REQUIRE(io::createDemoCasebook(**db, *Date::parse("2026-06-15")).ok());
        }
        REQUIRE(window.openCasebook(QString::fromStdString(path)));
    }
    Id requiredCase()
    {
        const auto cases = storage::listCaseSummaries(session().casebook().database());
        REQUIRE(cases.ok());
        for (const auto &c : *cases)
            if (c.origin == TaOrigin::Required)
                return c.id;
        FAIL("the demo has no required-assistance case");
        return 0;
    }
};

const District kSample{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"};

QString withoutMarks(QString text) { return text.remove(QLatin1Char('&')); }

} // namespace

TEST_CASE("The first run asks where to keep the casebook, suggesting the data folder, and creates it there")
{
    Fixture f;
    const QString chosen = QString::fromStdString(f.dir.file("our-district.sqlite"));
    QString suggestedFolder, countyFromCode, nameFromCode;
    bool fileAnswered = false, districtAnswered = false;
    const ModalWatch watch([&](QDialog *dialog) {
        if (auto *files = qobject_cast<QFileDialog *>(dialog); files && !fileAnswered) {
            fileAnswered = true;
            suggestedFolder = files->directory().absolutePath();
            files->selectFile(chosen);
            dialog->accept(); // QFileDialog::accept, through QDialog (where it is public)
        } else if (dialog->objectName() == QLatin1String("districtDialog") && !districtAnswered) {
            districtAnswered = true;
            test::setText(dialog, "cds", QStringLiteral("0161119"));
            // A new casebook holds no Dashboard files: the code gives the county (01 is Alameda), not the name.
            countyFromCode = test::field<QLineEdit>(dialog, "county")->text();
            nameFromCode = test::field<QLineEdit>(dialog, "name")->text();
            test::setText(dialog, "name", QStringLiteral("Sample Unified"));
            test::pressOk(dialog);
        } else {
            dialog->reject(); // anything else would be a dead end: close it so the test fails instead of hanging
        }
    });
    REQUIRE(createDefaultCasebook(f.window));
    CHECK(suggestedFolder == QFileInfo(QString::fromStdString(io::defaultDatabasePath())).absolutePath());
    CHECK(countyFromCode == QStringLiteral("Alameda"));
    CHECK(nameFromCode.isEmpty());
    CHECK(QFileInfo::exists(chosen));
    CHECK(f.session().path() == chosen);
    auto districts = f.session().casebook().listAll<District>();
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 1);
    CHECK(districts->front().name == "Sample Unified");
    CHECK(districts->front().county == "Alameda");
    CHECK(f.page() == f.window.homePage());
    // The getting-started list of the new casebook: the district is there, the Dashboard files are not.
    CHECK(f.window.gettingStarted()->isVisible());
    CHECK_FALSE(f.window.gettingStarted()->isDone(GettingStartedPanel::ImportDashboard));
}

TEST_CASE("The first run leaves no casebook behind when the district is cancelled")
{
    Fixture f;
    const QString chosen = QString::fromStdString(f.dir.file("cancelled.sqlite"));
    const ModalWatch watch([&](QDialog *dialog) {
        if (auto *files = qobject_cast<QFileDialog *>(dialog)) {
            files->selectFile(chosen);
            dialog->accept(); // QFileDialog::accept, through QDialog (where it is public)
        } else {
            dialog->reject();
        }
    });
    CHECK_FALSE(createDefaultCasebook(f.window));
    CHECK_FALSE(QFileInfo::exists(chosen));
    CHECK_FALSE(f.session().isOpen());
}

TEST_CASE("A district's code, even a school's 14-digit code, fills its name and county from the imported files")
{
    Fixture f;
    REQUIRE(f.window.openCasebook(QString::fromStdString(f.dir.file("no-district.sqlite")), true));
    for (const QString &file : fixtureFiles())
        REQUIRE(f.session().casebook().importDashboardFile(file.toStdString(), {}).ok());
    QString code, name, county, typedName;
    bool answered = false;
    const ModalWatch watch([&](QDialog *dialog) {
        if (answered || dialog->objectName() != QLatin1String("districtDialog")) {
            dialog->reject();
            return;
        }
        answered = true;
        test::setText(dialog, "cds", QStringLiteral("01611190130229")); // Sample High's CDS code
        code = test::field<QLineEdit>(dialog, "cds")->text();
        name = test::field<QLineEdit>(dialog, "name")->text();
        county = test::field<QLineEdit>(dialog, "county")->text();
        // A name the user typed is theirs: typing the code again does not overwrite it.
        QTest::keyClicks(test::field<QLineEdit>(dialog, "name"), QStringLiteral(" School District"));
        test::setText(dialog, "cds", QStringLiteral("01611190000000")); // the district's own 14 digits
        typedName = test::field<QLineEdit>(dialog, "name")->text();
        test::pressOk(dialog);
    });
    CHECK(f.window.askDistrict(QStringLiteral("Your district")) != 0);
    CHECK(code == QStringLiteral("0161119"));
    CHECK(name == QStringLiteral("Sample Unified"));
    CHECK(county == QStringLiteral("Alameda"));
    CHECK(typedName == QStringLiteral("Sample Unified School District"));
}

TEST_CASE("The import summary names the district, its indicators and its schools, and Show findings opens them")
{
    Fixture f;
    f.openCasebookOf(kSample);
    QString summary;
    const ModalWatch watch([&](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (qobject_cast<QProgressDialog *>(dialog))
            return; // the import's progress
        if (!box) {
            dialog->reject();
            return;
        }
        summary = box->text();
        for (auto *button : box->buttons())
            if (withoutMarks(button->text()) == QStringLiteral("Show findings"))
                button->click();
    });
    f.window.importAndSummarize(fixtureFiles());
    INFO(summary.toStdString());
    // The fixture's files hold the district's ELA, mathematics and chronic absenteeism rows and one school.
    CHECK(summary.contains(QStringLiteral("Sample Unified (0161119) is in the 2024 Dashboard files")));
    CHECK(summary.contains(QStringLiteral("English Language Arts, Mathematics, Chronic Absenteeism for the district")));
    CHECK(summary.contains(QStringLiteral("results for 1 of its schools")));
    CHECK(summary.contains(QStringLiteral("Not imported yet for 2024: English Learner Progress")));
    CHECK(f.page() == f.window.findingsPage());
    CHECK(f.window.findingsPage()->currentScope() == QStringLiteral("01611190000000"));
    CHECK(f.window.findingsPage()->currentYear() == 2024);
}

TEST_CASE("The import summary says when the casebook's district is not in the files")
{
    Fixture f;
    f.openCasebookOf(District{.cds = "3768338", .name = "Coastal Unified", .county = "San Diego"});
    QString summary;
    const ModalWatch watch([&](QDialog *dialog) {
        if (qobject_cast<QProgressDialog *>(dialog))
            return; // the import's progress
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            summary = box->text();
        dialog->reject();
    });
    f.window.importAndSummarize(fixtureFiles());
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Coastal Unified (3768338) is not in the 2024 Dashboard files")));
    CHECK(f.page() != f.window.findingsPage()); // Close leaves the user where they were
}

TEST_CASE("The getting-started list ticks the import after an import, does each step, and can be hidden")
{
    Fixture f;
    f.openCasebookOf(kSample);
    auto *panel = f.window.gettingStarted();
    CHECK(panel->isVisible());
    CHECK(panel->isDone(GettingStartedPanel::EnterDistrict));
    CHECK_FALSE(panel->button(GettingStartedPanel::EnterDistrict)->isVisible()); // only while there is none
    CHECK_FALSE(panel->isDone(GettingStartedPanel::ImportDashboard));
    CHECK_FALSE(panel->isDone(GettingStartedPanel::ReadFindings));
    CHECK_FALSE(panel->isDone(GettingStartedPanel::OpenCase));
    {
        const ModalWatch watch([](QDialog *dialog) { // the summary, closed
            if (!qobject_cast<QProgressDialog *>(dialog))
                dialog->reject();
        });
        f.window.importAndSummarize(fixtureFiles());
    }
    CHECK(panel->isDone(GettingStartedPanel::ImportDashboard));
    CHECK_FALSE(panel->isDone(GettingStartedPanel::OpenCase));
    CHECK(panel->isVisible());

    // "Read the findings" opens the district's findings.
    panel->button(GettingStartedPanel::ReadFindings)->click();
    CHECK(f.page() == f.window.findingsPage());
    CHECK(f.window.findingsPage()->currentScope() == QStringLiteral("01611190000000"));

    // "Open the case" opens a form for the case (from the findings when they call for one).
    bool formShown = false;
    {
        const ModalWatch watch([&](QDialog *dialog) {
            formShown = true;
            dialog->reject();
        });
        f.window.showHome();
        panel->button(GettingStartedPanel::OpenCase)->click();
    }
    CHECK(formShown);

    // Hidden for this casebook, and it stays hidden.
    f.window.showHome();
    auto *hide = panel->findChild<QPushButton *>(QStringLiteral("hideGettingStarted"));
    hide->click();
    CHECK_FALSE(panel->isVisible());
    f.session().notifyChanged();
    CHECK_FALSE(panel->isVisible());

    // A case in the casebook ticks the last two steps.
    Case c;
    c.kind = CaseKind::TechnicalAssistance;
    c.origin = TaOrigin::Required;
    c.districtId = f.session().casebook().listAll<District>()->front().id;
    c.title = "Required assistance";
    c.openedOn = *Date::parse("2025-01-12");
    REQUIRE(f.session().createCase(c).ok());
    CHECK(panel->isDone(GettingStartedPanel::OpenCase));
    CHECK(panel->isDone(GettingStartedPanel::ReadFindings));
}

TEST_CASE("The packet is prepared by the name in Preferences, asked the first time, under the district and period")
{
    Fixture f;
    f.openDemo();
    const Id required = f.requiredCase();
    f.window.showCase(required);

    // No name yet: the first export asks, and Preferences keep the answer.
    bool asked = false;
    QString caseLabel;
    {
        const ModalWatch watch([&](QDialog *dialog) {
            if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
                asked = dialog->objectName() == QLatin1String("preparedByDialog");
                input->setTextValue(QStringLiteral("Ana Ruiz, Accountability Coordinator"));
                input->accept();
            } else if (auto *packet = qobject_cast<ExportPacketDialog *>(dialog)) {
                caseLabel = packet->findChild<QLabel *>(QStringLiteral("caseLabel"))->text();
                packet->reject();
            } else {
                dialog->reject();
            }
        });
        f.window.ui()->actionExportPacket->trigger();
    }
    CHECK(asked);
    CHECK(caseLabel.contains(QStringLiteral("Prepared by: Ana Ruiz, Accountability Coordinator")));
    CHECK(Preferences::load().preparedBy == QStringLiteral("Ana Ruiz, Accountability Coordinator"));

    // Set in Preferences: the packet's cover names that person, never the operating-system account.
    Preferences prefs = Preferences::load();
    prefs.preparedBy = QStringLiteral("Maria Lopez, Director of Accountability");
    prefs.save();
    const QString folder = QString::fromStdString(f.dir.path().string());
    ExportPacketDialog dialog(&f.session(), required, folder, Preferences::load().preparedBy, &f.window);
    REQUIRE(dialog.preparedPacket().has_value());
    const auto &json = dialog.preparedPacket()->entries.at(1);
    REQUIRE(json.name == "packet.json");
    CHECK(nlohmann::json::parse(json.bytes.toStdString()).at("prepared").at("by") ==
          "Maria Lopez, Director of Accountability");

    // "Casebook packet – <district> – <from>–<to>.zip" in the export folder.
    const QString from = dialog.findChild<QDateEdit *>(QStringLiteral("from"))->date().toString(Qt::ISODate);
    const QString to = dialog.findChild<QDateEdit *>(QStringLiteral("to"))->date().toString(Qt::ISODate);
    const QString proposed = dialog.proposedPath();
    CHECK(QFileInfo(proposed).absolutePath() == QFileInfo(folder).absoluteFilePath());
    CHECK(QFileInfo(proposed).fileName() ==
          QStringLiteral("Casebook packet – Mariposa Creek Unified (DEMO — fictional) – %1–%2.zip").arg(from, to));
    REQUIRE(dialog.saveTo(proposed));
    CHECK(QFileInfo::exists(proposed));
    // The PDF beside it, the one "Open PDF" opens.
    const QString pdf = QFileInfo(proposed).absolutePath() + QLatin1Char('/') + QFileInfo(proposed).completeBaseName() +
                        QStringLiteral(".pdf");
    CHECK(dialog.savedPdfPath() == pdf);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    // After saving: where it is, with Open folder and Open PDF.
    QStringList buttons;
    QString message;
    {
        const ModalWatch watch([&](QDialog *shown) {
            if (auto *box = qobject_cast<QMessageBox *>(shown); box && buttons.isEmpty()) {
                message = box->text();
                for (auto *b : box->buttons())
                    buttons << withoutMarks(b->text());
            }
            shown->reject();
        });
        showPacketSaved(&f.window, dialog.savedPath(), dialog.savedPdfPath());
    }
    CHECK(buttons.contains(QStringLiteral("Open folder")));
    CHECK(buttons.contains(QStringLiteral("Open PDF")));
    CHECK(message.contains(pdf));
}

TEST_CASE("Enter in the search box opens the first result, and Down moves into the results")
{
    Fixture f;
    f.openDemo();
    auto hits = f.session().casebook().search("attendance");
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->empty());
    auto *box = f.window.searchBox();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("attendance"));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(f.page() == f.window.casePage());
    CHECK(f.window.casePage()->caseId() == hits->front().caseId);

    // The results, typed and searched as you type; Down moves onto the first one.
    box->clear();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("attendance"));
    test::processEventsUntil([&] { return f.page() == f.window.searchPage(); }, 5000);
    QTest::keyClick(box, Qt::Key_Down);
    auto *results = f.window.searchPage()->results();
    CHECK(f.page() == f.window.searchPage());
    CHECK(f.window.focusWidget() == results);
    CHECK(results->currentItem() == results->topLevelItem(0));
}

TEST_CASE("The navigator follows the page shown, and its arrow keys show what they select")
{
    Fixture f;
    f.openDemo();
    auto *navigator = f.window.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    f.window.showFindings();
    REQUIRE(navigator->currentItem());
    CHECK(navigator->currentItem()->text(0) == QStringLiteral("Findings"));
    f.window.showHome();
    CHECK(navigator->currentItem()->text(0) == QStringLiteral("Deadlines"));

    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(navigator->currentItem()->text(0) == QStringLiteral("Findings"));
    CHECK(f.page() == f.window.findingsPage());

    // From one case to the next one in its folder.
    const Id required = f.requiredCase();
    f.window.showCase(required);
    auto *item = navigator->currentItem();
    REQUIRE(item);
    auto *title = f.window.casePage()->findChild<QLabel *>(QStringLiteral("titleLabel"));
    CHECK(item->text(0).startsWith(title->text()));
    QTreeWidgetItem *neighbour = item->parent()->indexOfChild(item) > 0
                                     ? item->parent()->child(item->parent()->indexOfChild(item) - 1)
                                     : item->parent()->child(item->parent()->indexOfChild(item) + 1);
    REQUIRE(neighbour);
    QTest::keyClick(navigator, item->parent()->indexOfChild(item) > 0 ? Qt::Key_Up : Qt::Key_Down);
    CHECK(navigator->currentItem() == neighbour);
    CHECK(f.page() == f.window.casePage());
    CHECK(f.window.casePage()->caseId() != required);
    CHECK(neighbour->text(0).startsWith(title->text()));
}

TEST_CASE("The Case menu has every action of the case page, with shortcuts")
{
    Fixture f;
    f.openDemo();
    f.window.showCase(f.requiredCase());
    QMenu *menu = f.window.ui()->menuCase;
    emit menu->aboutToShow();
    std::map<QString, QAction *> byText;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            byText[withoutMarks(a->text())] = a;
    // The case page's buttons (Move to, Edit case, Delete case), its tabs' Add buttons (a documentation
    // item, any row of the open tab), the attachments' "Attach file", the school plan's CDE exit, the packet.
    for (const char *text : {"New case…", "Edit case…", "Move to", "Log communication…", "Add documentation item…",
                             "Add a row to the open tab…", "Attach file to the case…", "Record CDE's exit…",
                             "Export the case's packet…", "Delete case…", "Add school…"}) {
        INFO(text);
        CHECK(byText.count(QString::fromUtf8(text)) == 1);
    }
    const std::pair<const char *, const char *> shortcuts[] = {
        {"New case…", "Ctrl+N"},          {"Edit case…", "Ctrl+Shift+E"},          {"Log communication…", "Ctrl+L"},
        {"Add documentation item…", "Ctrl+Shift+D"}, {"Attach file to the case…", "Ctrl+Shift+A"},
        {"Add a row to the open tab…", "Ctrl+Shift+I"}, {"Delete case…", "Ctrl+Shift+Del"}};
    for (const auto &[text, keys] : shortcuts) {
        INFO(text);
        REQUIRE(byText.count(QString::fromUtf8(text)));
        CHECK(byText[QString::fromUtf8(text)]->shortcut() == QKeySequence(QString::fromLatin1(keys)));
    }
    CHECK(byText[QStringLiteral("Move to")]->isEnabled()); // the required case can move on
    CHECK(byText[QStringLiteral("Move to")]->menu() == f.window.casePage()->moveMenu());

    // The documentation action opens the new item's form on the Documentation tab.
    bool formShown = false;
    {
        const ModalWatch watch([&](QDialog *dialog) {
            formShown = dialog->objectName() == QLatin1String("recordDialog");
            dialog->reject();
        });
        byText[QStringLiteral("Add documentation item…")]->trigger();
    }
    CHECK(formShown);
    CHECK(f.window.casePage()->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget()->objectName() ==
          QStringLiteral("documentationTab"));

    // Away from a case, the case's actions are off.
    f.window.showHome();
    emit menu->aboutToShow();
    for (const char *text : {"Edit case…", "Add documentation item…", "Delete case…", "Export the case's packet…"}) {
        INFO(text);
        CHECK_FALSE(byText[QString::fromUtf8(text)]->isEnabled());
    }
}

TEST_CASE("The window opens within the screen, even with a size saved on a larger one")
{
    {
        MainWindow big;
        big.resize(3000, 2000);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    INFO("screen " << available.width() << "x" << available.height() << ", window " << window.width() << "x"
                   << window.height());
    // Within the screen as far as the window's own minimum allows (the offscreen test screen, 800
    // wide, is narrower than the smallest screen Casebook is laid out for, 1024 x 640).
    const QSize least = window.minimumSizeHint();
    CHECK(window.width() <= std::max(available.width(), least.width()));
    CHECK(window.height() <= std::max(available.height(), least.height()));
    CHECK(window.width() < 3000);
    CHECK(window.height() < 2000);
    QSettings().remove(QStringLiteral("window/geometry"));
}
