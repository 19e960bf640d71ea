// Writing an export file (JSON, CSV, iCalendar, packet zip, workbook), one rule for every writer:
// - the destination may not be a symbolic link (Casebook neither writes through a link nor replaces
//   it: name the file itself), nor anything but a regular file when it exists;
// - the bytes go to an unnamed file in the destination folder (O_TMPFILE), which only gets a name
//   when it is complete and is then renamed over the destination in one step: a reader sees the old
//   file or the new one, never a removed or half-written one, and a kill leaves no temporary file
//   (where O_TMPFILE is not supported, a hidden temporary name that is removed on every failure);
// - a failure says why (the disk is full, permission, a read-only disk) and that the old file is as it was.
#pragma once

#include "domain/result.h"

#include <string>

namespace casebook::io {

// Refuses a destination that is the casebook `casebookPath` itself, or its -wal, -shm or -journal
// file (by name or by being the same file), before anything is written.
Status checkOutputIsNotCasebook(const std::string &out, const std::string &casebookPath);

class OutputFile {
public:
    // Checks the destination and opens the unnamed file in its folder.
    static Result<OutputFile> create(const std::string &path);
    OutputFile(OutputFile &&other) noexcept;
    OutputFile &operator=(OutputFile &&) = delete;
    OutputFile(const OutputFile &) = delete;
    ~OutputFile(); // not committed: the temporary file is gone

    // A name under which a library that only takes file names can write the file (its own "w"
    // truncates it): /proc/self/fd/N, or the hidden temporary name.
    const std::string &writePath() const { return m_writePath; }
    Status write(const std::string &bytes);
    // Flushes the file to disk and renames it over the destination.
    Status commit();

private:
    OutputFile(std::string path, int fd, std::string writePath, std::string namedTemp)
        : m_path(std::move(path)), m_fd(fd), m_writePath(std::move(writePath)), m_namedTemp(std::move(namedTemp)) {}
    std::string m_path;
    int m_fd = -1;
    std::string m_writePath;
    std::string m_namedTemp; // set when O_TMPFILE was not available
};

// The whole file at once, by the rule above.
Status writeWholeFile(const std::string &path, const std::string &bytes);

} // namespace casebook::io
