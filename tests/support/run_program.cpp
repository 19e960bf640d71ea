#include "run_program.h"

#include "temp_dir.h"

#include <cstdio>

#include <sys/wait.h>
#include <unistd.h>

namespace casebook::test {

ProgramRun runProgram(const std::string &program, const std::vector<std::string> &args,
                      const std::function<bool()> &inChild)
{
    TempDir dir;
    const std::string outPath = dir.file("stdout.txt"), errPath = dir.file("stderr.txt");
    const pid_t pid = fork();
    if (pid < 0)
        return {};
    if (pid == 0) {
        if (!std::freopen(outPath.c_str(), "w", stdout) || !std::freopen(errPath.c_str(), "w", stderr))
            _exit(121);
        if (inChild && !inChild())
            _exit(120);
        std::vector<char *> argv{const_cast<char *>(program.c_str())};
        for (const auto &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return {};
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readFileBytes(outPath), readFileBytes(errPath)};
}

} // namespace casebook::test
