// Runs casebook-cli in the test process and keeps what it printed (for tests linking casebook_cli_lib).
#pragma once

#include "cli/cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace casebook::test {

struct CliRun {
    int code;
    std::string out, err;
};

inline CliRun runCliCommand(const std::vector<std::string> &args)
{
    std::ostringstream out, err;
    const int code = cli::runCli(args, out, err, false);
    return {code, out.str(), err.str()};
}

} // namespace casebook::test
