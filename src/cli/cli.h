// casebook-cli's entry point as a function, so tests can run commands in-process.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace casebook::cli {

// Runs one command line (without the program name). Returns the exit code.
int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err, bool outIsTerminal = false);

// The full `casebook-cli --help` text.
std::string mainHelp();

} // namespace casebook::cli
