// casebook-cli: the command-line tool (see cli.cpp for the commands).
#include "cli.h"

#include "io/paths.h"

#include <QGuiApplication>

#include <algorithm>
#include <memory>

#include <iostream>
#include <unistd.h>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    // Typesetting the packet's PDF needs fonts, so a GUI application object (on the offscreen
    // platform: the CLI never shows a window); every other command makes do with QtCore.
    const bool packet = std::adjacent_find(args.begin(), args.end(), [](const auto &a, const auto &b) {
                            return a == "export" && b == "packet";
                        }) != args.end();
    if (packet && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(packet ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    casebook::io::setApplicationNames();
    return casebook::cli::runCli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1);
}
