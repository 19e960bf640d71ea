// Keyboard access in the record dialogs and the main window's pages: every Alt+letter of a form, its
// Save button included, reaches one control, in English and in Spanish; in the main window, no two
// things reachable at once (the menu bar, the page shown, its tabs and panels) share one. A letter
// used twice makes Alt+letter cycle between the two controls instead of acting (Alt+S would not
// save). Cancel keeps the platform's own text, whose letter differs between desktops (Esc cancels
// everywhere), so it is not counted.
#include "findings_page.h"
#include "getting_started_panel.h"
#include "gui_driver.h"
#include "connect_server_dialog.h"
#include "first_run_dialog.h"
#include "main_window.h"
#include "record_dialog.h"
#include "session.h"

#include "ui_activity_form.h"
#include "ui_case_form.h"
#include "ui_case_from_findings_form.h"
#include "ui_communication_form.h"
#include "ui_district_form.h"
#include "ui_documentation_item_form.h"
#include "ui_intervention_form.h"
#include "ui_monitoring_review_form.h"
#include "ui_partner_form.h"
#include "ui_qualifying_group_form.h"
#include "ui_recommendation_form.h"
#include "ui_scheduled_contact_form.h"
#include "ui_school_form.h"
#include "ui_spi_action_form.h"

#include <catch2/catch.hpp>

#include "io/demo.h"
#include "storage/database.h"

#include "support/temp_dir.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QTranslator>

#include <functional>

using namespace casebook::app;

namespace {

// The letter after a single '&' (an "&&" is a literal ampersand), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// The texts that use each Alt+letter, and "Where: letter used by A, B" for every letter used twice.
class LetterUsers {
public:
    void add(const QString &text)
    {
        if (const QChar c = mnemonic(text); !c.isNull())
            m_users[c].append(text);
    }
    QStringList clashes(const char *where) const
    {
        QStringList out;
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
            if (it->size() > 1)
                out.append(QStringLiteral("%1: '%2' used by %3").arg(QLatin1String(where), it.key(), it->join(QStringLiteral(", "))));
        return out;
    }

private:
    QMap<QChar, QStringList> m_users;
};

// Every letter two controls of a dialog share (labels with a buddy, buttons).
QStringList dialogClashes(QDialog &dialog, const char *name)
{
    LetterUsers users;
    for (auto *label : dialog.findChildren<QLabel *>())
        if (label->buddy())
            users.add(label->text());
    for (auto *button : dialog.findChildren<QAbstractButton *>())
        users.add(button->text());
    return users.clashes(name);
}

// Every letter two controls of the dialog share.
template <typename Form>
QStringList clashes(const char *name)
{
    auto *formWidget = new QWidget;
    Form ui;
    ui.setupUi(formWidget);
    RecordDialog dialog(formWidget, {}, QStringLiteral("test"));
    return dialogClashes(dialog, name);
}

// The dialogs outside the record forms that a user reaches with the keyboard.
QStringList otherDialogClashes()
{
    ConnectServerDialog connect({});
    FirstRunDialog first;
    return dialogClashes(connect, "connect to a server") + dialogClashes(first, "first run");
}

QStringList allClashes()
{
    QStringList out;
    out += clashes<Ui::ActivityForm>("activity");
    out += clashes<Ui::CaseForm>("case");
    out += clashes<Ui::CaseFromFindingsForm>("case from findings");
    out += clashes<Ui::CommunicationForm>("communication");
    out += clashes<Ui::DistrictForm>("district");
    out += clashes<Ui::DocumentationItemForm>("documentation item");
    out += clashes<Ui::InterventionForm>("intervention");
    out += clashes<Ui::MonitoringReviewForm>("monitoring review");
    out += clashes<Ui::PartnerForm>("partner");
    out += clashes<Ui::QualifyingGroupForm>("qualifying group");
    out += clashes<Ui::RecommendationForm>("recommendation");
    out += clashes<Ui::ScheduledContactForm>("scheduled contact");
    out += clashes<Ui::SchoolForm>("school");
    out += clashes<Ui::SpiActionForm>("SPI action");
    out += otherDialogClashes();
    return out;
}

// "Page: letter used by A, B" for every letter two things of the main window reachable at once share:
// the menu bar's menus and the page's visible labels (with a buddy), buttons, checkable group boxes
// and tabs.
QStringList windowClashes(QWidget *window, const char *page)
{
    LetterUsers users;
    for (const QAction *menu : window->findChild<QMenuBar *>()->actions())
        if (menu->isVisible())
            users.add(menu->text());
    const auto shown = [&](const QWidget *w) { return w->isVisibleTo(window); };
    for (const auto *label : window->findChildren<QLabel *>())
        if (label->buddy() && shown(label) && shown(label->buddy()))
            users.add(label->text());
    for (const auto *button : window->findChildren<QAbstractButton *>())
        if (shown(button))
            users.add(button->text());
    for (const auto *box : window->findChildren<QGroupBox *>())
        if (box->isCheckable() && shown(box))
            users.add(box->title());
    for (const auto *bar : window->findChildren<QTabBar *>())
        if (shown(bar))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i))
                    users.add(bar->tabText(i));
    return users.clashes(page);
}

// The pages where most is reachable at once, in the language installed: the deadlines page of a new
// casebook with the getting-started list (every step, the district's included), and the findings of the
// demo district (its grid, trend panel and actions).
QStringList pageClashes()
{
    casebook::test::TempDir dir;
    QStringList out;
    {
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        REQUIRE(window.openCasebook(QString::fromStdString(dir.file("new.sqlite")), true));
        window.showHome();
        QApplication::processEvents();
        REQUIRE(window.gettingStarted()->isVisibleTo(&window));
        out += windowClashes(&window, "deadlines page with getting started");
    }
    {
        const std::string path = dir.file("demo.sqlite");
        {
            auto db = casebook::storage::Database::open(path, casebook::storage::Database::OpenMode::CreateNew);
            REQUIRE(db.ok());
            REQUIRE(casebook::io::createDemoCasebook(**db, *casebook::Date::parse("2026-06-15")).ok());
        }
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        REQUIRE(window.openCasebook(QString::fromStdString(path)));
        window.showFindings();
        QApplication::processEvents();
        REQUIRE(window.findingsPage()->isVisibleTo(&window));
        out += windowClashes(&window, "findings page");
    }
    return out;
}

} // namespace

TEST_CASE("No two things reachable at once in the main window share an Alt+letter, in English and in Spanish")
{
    qputenv("CASEBOOK_TODAY", "2026-06-15");
    CHECK(pageClashes().join(QLatin1Char('\n')).toStdString() == "");
    casebook::test::InSpanish spanish;
    REQUIRE(spanish.loaded());
    CHECK(pageClashes().join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("Every Alt+letter of a record dialog or of the connection and first-run dialogs reaches one control, in English and in Spanish")
{
    const MainWindow window; // registers the application's resources, where the catalogues are
    CHECK(allClashes().join(QLatin1Char('\n')).toStdString() == "");

    QTranslator casebook, qt;
    REQUIRE(casebook.load(QLocale(QLocale::Spanish), QStringLiteral("casebook"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")));
    const bool qtSpanish = qt.load(QLocale(QLocale::Spanish), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QCoreApplication::installTranslator(&casebook);
    if (qtSpanish)
        QCoreApplication::installTranslator(&qt);
    const QStringList spanish = allClashes();
    QCoreApplication::removeTranslator(&casebook);
    QCoreApplication::removeTranslator(&qt);
    CHECK(spanish.join(QLatin1Char('\n')).toStdString() == "");
}
