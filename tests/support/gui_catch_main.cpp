// Catch2's main for the test binaries that typeset packets: fonts need a QGuiApplication, which the
// io library does not create. On the offscreen platform unless one is set (catch_discover_tests runs
// the binary at build time, where there is no display).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
