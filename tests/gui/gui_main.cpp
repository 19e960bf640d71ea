// Catch2's main for the GUI tests: a QApplication on the offscreen platform (unless one is set),
// with QStandardPaths in test mode so the tests never touch the user's settings or casebooks, and a
// home folder of its own per process: CTest runs test cases in parallel processes, which would
// otherwise share (and overwrite) one settings file.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "io/paths.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    casebook::io::setApplicationNames();
    return Catch::Session().run(argc, argv);
}
