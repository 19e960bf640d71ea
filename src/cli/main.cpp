// casebook-cli: the command-line tool (see cli.cpp for the commands).
#include "cli.h"

#include "io/paths.h"

#include <QCoreApplication>

#include <iostream>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    casebook::io::setApplicationNames();
    std::vector<std::string> args(argv + 1, argv + argc);
    return casebook::cli::runCli(args, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1);
}
