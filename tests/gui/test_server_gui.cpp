// The desktop application on a server casebook (issue 19): File ▸ Connect to a server… builds the
// connection from its fields, opens the shared casebook and remembers it without a password; what
// only a file has (Save a copy) is not offered. Runs against the throwaway test cluster.
#include "gui_driver.h"

#include "case_page.h"
#include "connect_server_dialog.h"
#include "live_updates.h"
#include "record_list_tab.h"
#include "main_window.h"
#include "session.h"

#include "ui_connect_server_dialog.h"

#include "services/casebook.h"

#include "support/raw_sqlite.h"
#include "support/server_team.h"
#include "support/temp_dir.h"
#include "support/test_engine.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace casebook;
using namespace casebook::app;

namespace {

// The test cluster's connection string split into what the dialog asks for.
struct ServerFields {
    QString host, port, database, user;
};

ServerFields fieldsOf(const std::string &conninfo)
{
    ServerFields f;
    for (const QString &pair : QString::fromStdString(conninfo).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0), value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            f.host = value;
        else if (key == QLatin1String("port"))
            f.port = value;
        else if (key == QLatin1String("dbname"))
            f.database = value;
        else if (key == QLatin1String("user"))
            f.user = value;
    }
    return f;
}

} // namespace

TEST_CASE("Connect to a server opens the shared casebook from the dialog's fields and remembers it without a password")
{
    test::TempDir dir;
    const std::string server = test::newCasebookLocation(dir);
    {
        auto made = services::Casebook::open(server, services::OpenMode::CreateNew);
        REQUIRE(made.ok());
        REQUIRE((*made)->fillWithDemo(*Date::parse("2026-06-15")).ok());
    }
    const ServerFields fields = fieldsOf(server);
    REQUIRE_FALSE(fields.host.isEmpty());

    MainWindow window;
    window.resize(1200, 760);
    window.show();
    QString builtLocation;
    test::onNextModal([&](QDialog *dialog) {
        auto *d = qobject_cast<ConnectServerDialog *>(dialog);
        REQUIRE(d);
        test::setText(dialog, "hostEdit", fields.host);
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(fields.port.toInt());
        test::setText(dialog, "databaseEdit", fields.database);
        test::setText(dialog, "userEdit", fields.user);
        builtLocation = d->location();
        test::pressOk(dialog);
    });
    window.findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
    REQUIRE(window.session()->isOpen());
    // A socket folder has no TLS: no sslmode is added for it.
    CHECK(builtLocation.contains(QStringLiteral("dbname=") + fields.database));
    CHECK_FALSE(builtLocation.contains(QStringLiteral("sslmode")));
    CHECK(window.session()->casebook().engine() == "PostgreSQL");
    CHECK(window.windowTitle() == fields.database + QStringLiteral(" on this computer — Casebook"));
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionSaveCopy"))->isEnabled());
    // The demo's cases are on the server: the navigator lists them.
    CHECK(window.session()->casebook().caseSummaries()->size() >= 4);

    // Remembered among the recent casebooks without a password, even one typed into the string.
    window.session()->close();
    REQUIRE(window.openCasebook(QString::fromStdString(server) + QStringLiteral(" password=not-kept")));
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(services::isServerLocation(recent.front().toStdString()));
    for (const QString &r : recent)
        CHECK_FALSE(r.contains(QStringLiteral("not-kept")));

    // The dialog offers it again.
    ConnectServerDialog again(recent);
    auto *combo = again.findChild<QComboBox *>(QStringLiteral("recentCombo"));
    REQUIRE(combo->count() == 1 + recent.size());
    CHECK(again.location() == recent.front());
}

TEST_CASE("The connection dialog quotes what it is given and asks for verified encryption to a named host")
{
    ConnectServerDialog dialog({});
    test::setText(&dialog, "hostEdit", QStringLiteral("db.district.example"));
    test::setText(&dialog, "databaseEdit", QStringLiteral("case book"));
    test::setText(&dialog, "userEdit", QStringLiteral("o'neil"));
    const std::string location = dialog.location().toStdString();
    // libpq's own reading of it (libpq-connect, "Keyword/Value Connection Strings": single quotes, \' inside).
    CHECK(location == "host=db.district.example port=5432 dbname='case book' user='o\\'neil' sslmode=verify-full");
    CHECK(services::isServerLocation(location));
    // Nothing typed: Connect stays off.
    ConnectServerDialog empty({});
    test::setText(&empty, "hostEdit", QString());
    CHECK_FALSE(empty.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("Two windows as two people: one's new communication appears in the other's case page, with who did it")
{
    test::ServerTeam team;
    MainWindow alice, bob;
    for (MainWindow *w : {&alice, &bob}) {
        w->resize(1200, 760);
        w->show();
    }
    REQUIRE(alice.openCasebook(QString::fromStdString(team.as(team.alice))));
    REQUIRE(bob.openCasebook(QString::fromStdString(team.as(team.bob))));
    REQUIRE(alice.liveUpdates()->watching());
    alice.showCase(1);
    auto *tab = alice.casePage()->tab(QStringLiteral("communicationsTab"));
    REQUIRE(tab);
    const int rowsBefore = tab->view()->model()->rowCount();

    Communication call;
    call.caseId = 1;
    call.occurredOn = *Date::parse("2026-03-02");
    call.mode = CommunicationMode::Phone;
    call.subject = "Quarterly check-in";
    call.summary = "Bob called the county liaison";
    REQUIRE(bob.session()->save<Communication>(std::nullopt, call, QStringLiteral("Log communication")).ok());

    // Alice's window hears of it by itself (the server's notification wakes it): a bounded wait.
    const QString expected = QString::fromStdString(team.bob) + QStringLiteral(" added a communication to case 1");
    CHECK(test::processEventsUntil([&] { return alice.statusBar()->currentMessage() == expected; }));
    CHECK(alice.casePage()->caseId() == 1);
    CHECK(tab->view()->model()->rowCount() == rowsBefore + 1);
    // Bob's own window says nothing of his own change.
    bob.liveUpdates()->check();
    CHECK_FALSE(bob.statusBar()->currentMessage().contains(QStringLiteral("added a communication")));
}

TEST_CASE("A lost server connection shows a banner, and the window connects again by itself and says so")
{
    test::ServerTeam team;
    MainWindow alice;
    alice.resize(1200, 760);
    alice.show();
    REQUIRE(alice.openCasebook(QString::fromStdString(team.as(team.alice))));
    auto *banner = alice.findChild<QLabel *>(QStringLiteral("connectionBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    // The server ends Alice's connections and, for a while, lets her not connect again (as a server that
    // is restarting or out of reach would); a connection that is simply cut is made again unseen.
    test::rawExec(team.server, "ALTER ROLE " + team.alice + " NOLOGIN");
    test::rawExec(team.server, "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE usename = '" +
                                   team.alice + "'");
    alice.liveUpdates()->check();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("connection to the server was lost")));
    // Meanwhile a save is refused, not kept waiting.
    Communication meanwhile;
    meanwhile.caseId = 1;
    meanwhile.occurredOn = *Date::parse("2026-03-03");
    meanwhile.summary = "While the server is away";
    CHECK_FALSE(alice.session()->save<Communication>(std::nullopt, meanwhile, QStringLiteral("Log communication")).ok());
    test::rawExec(team.server, "ALTER ROLE " + team.alice + " LOGIN");
    alice.liveUpdates()->check(); // the next look connects again
    CHECK_FALSE(banner->isVisible());
    CHECK(alice.statusBar()->currentMessage() == QStringLiteral("Connected to the server again"));
    // And the window works again: a save goes through.
    Communication call;
    call.caseId = 1;
    call.occurredOn = *Date::parse("2026-03-03");
    call.summary = "After the reconnection";
    CHECK(alice.session()->save<Communication>(std::nullopt, call, QStringLiteral("Log communication")).ok());
    // Only the save made after the reconnection is there: nothing was queued.
    CHECK(test::rawCount(team.server, "communications WHERE summary = 'While the server is away'") == 0);
    CHECK(test::rawCount(team.server, "communications WHERE summary = 'After the reconnection'") == 1);
}
