// Runs a program of the build (casebook-cli) as a separate process, as a user would, and reads back
// what it printed.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace casebook::test {

struct ProgramRun {
    int code = -1; // the exit code; -1 when it did not exit (a signal) or could not start
    std::string out, err;
};

// Runs `program` with `args` and waits for it; its output and errors go through files read back at the
// end. `inChild`, when given, runs in the child once those files are open and before the program starts
// (to drop privileges): false ends the child with code 120.
ProgramRun runProgram(const std::string &program, const std::vector<std::string> &args,
                      const std::function<bool()> &inChild = {});

} // namespace casebook::test
