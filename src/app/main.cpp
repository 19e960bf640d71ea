// casebook: the desktop application.
#include "main_window.h"
#include "startup.h"

#include "io/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    casebook::io::setApplicationNames();
    QApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));
    QApplication::setDesktopFileName(QStringLiteral("casebook"));

    casebook::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Casebook tracks the obligations of board policy BP 0520 as cases: deadlines, communications, "
        "documentation, evidence and an audit trail, in one SQLite casebook file."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"),
                          QObject::tr("Open the casebook at <path> (a file, created when it does not exist), or "
                                      "the casebook on a PostgreSQL server at a postgresql:// URI or service=NAME. "
                                      "Without it: the last casebook, else the default one, else a first-run choice."),
                          QObject::tr("path"));
    parser.addOption(db);
    parser.process(app);

    casebook::app::MainWindow window;
    window.show();
    if (!casebook::app::openInitialCasebook(window, parser.value(db)))
        return 0;
    return app.exec();
}
