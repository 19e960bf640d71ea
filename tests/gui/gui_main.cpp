// Catch2's main for the GUI tests: a QApplication on the offscreen platform (unless one is set),
// with QStandardPaths in test mode so the tests never touch the user's settings or casebooks.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "io/paths.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    casebook::io::setApplicationNames();
    return Catch::Session().run(argc, argv);
}
