// Export files written by one rule; see output_file.h.
#include "output_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casebook::io {

namespace {

namespace fs = std::filesystem;

std::string folderOf(const std::string &path)
{
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// Why a write failed, in words a user can act on; the destination is always as it was.
Error writeError(const std::string &path, int error, const std::string &doing)
{
    std::string why;
    switch (error) {
    case ENOSPC:
    case EDQUOT: why = "the disk is full (or your quota is used up)"; break;
    case EACCES:
    case EPERM: why = "permission denied: you may not write in " + folderOf(path); break;
    case EROFS: why = folderOf(path) + " is on a read-only disk"; break;
    case ENOENT: why = "the folder " + folderOf(path) + " does not exist"; break;
    default: why = std::strerror(error);
    }
    return Error::io(path, "cannot be written (" + doing + "): " + why + "; nothing was written and any file " +
                               "of that name is as it was");
}

std::string hiddenTempName(const std::string &path)
{
    static std::mt19937_64 rng{std::random_device{}()};
    const fs::path p(path);
    return (p.parent_path() / ("." + p.filename().string() + ".casebook-" + std::to_string(::getpid()) + "-" +
                               std::to_string(rng() % 1000000000)))
        .string();
}

bool sameFile(const struct stat &a, const std::string &path)
{
    struct stat b {};
    return ::stat(path.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

} // namespace

Status checkOutputIsNotCasebook(const std::string &out, const std::string &casebookPath)
{
    std::error_code ec;
    const fs::path outAbs = fs::weakly_canonical(fs::absolute(out, ec), ec);
    struct stat outStat {};
    const bool outExists = ::stat(out.c_str(), &outStat) == 0;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const std::string companion = casebookPath + suffix;
        const fs::path companionAbs = fs::weakly_canonical(fs::absolute(companion, ec), ec);
        if (outAbs == companionAbs || (outExists && sameFile(outStat, companion)))
            return Error::badInput(out, std::string("is the casebook") + (*suffix ? std::string(" file's ") + (suffix + 1) + " file" : "") +
                                            " itself (" + casebookPath + "); choose another file to write");
    }
    return {};
}

Result<OutputFile> OutputFile::create(const std::string &path)
{
    if (path.empty())
        return Error::badInput("--out", "needs a file name");
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return Error::badInput(path, "is a symbolic link; Casebook neither writes through a link nor replaces "
                                         "it: give the path of the file itself");
        if (!S_ISREG(st.st_mode))
            return Error::badInput(path, "exists and is not a regular file (a folder, pipe or device); choose a "
                                         "file name");
    }
    const std::string folder = folderOf(path);
    const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd >= 0)
        return OutputFile(path, fd, "/proc/self/fd/" + std::to_string(fd), {});
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return writeError(path, errno, "creating it in its folder");
    // No O_TMPFILE on this file system: a hidden name, removed on every failure.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const std::string temp = hiddenTempName(path);
        const int named = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (named >= 0)
            return OutputFile(path, named, temp, temp);
        if (errno != EEXIST)
            return writeError(path, errno, "creating it in its folder");
    }
    return Error::io(path, "cannot be written: no temporary name was free in its folder");
}

OutputFile::OutputFile(OutputFile &&other) noexcept
    : m_path(std::move(other.m_path)), m_fd(other.m_fd), m_writePath(std::move(other.m_writePath)),
      m_namedTemp(std::move(other.m_namedTemp))
{
    other.m_fd = -1;
    other.m_namedTemp.clear();
}

OutputFile::~OutputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_namedTemp.empty())
        ::unlink(m_namedTemp.c_str());
}

Status OutputFile::write(const std::string &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return writeError(m_path, n < 0 ? errno : ENOSPC, "writing");
        done += std::size_t(n);
    }
    return {};
}

Status OutputFile::commit()
{
    if (::fsync(m_fd) != 0)
        return writeError(m_path, errno, "flushing it to disk");
    // The checks of create() again, right before the rename: a link put there meanwhile is not replaced.
    struct stat st {};
    if (::lstat(m_path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return Error::badInput(m_path, "became a symbolic link or another kind of file while it was written; "
                                       "nothing was written");
    std::string named = m_namedTemp;
    if (named.empty()) {
        // Give the complete unnamed file a hidden name, then rename that over the destination.
        for (int attempt = 0; attempt < 10 && named.empty(); ++attempt) {
            const std::string candidate = hiddenTempName(m_path);
            if (::linkat(AT_FDCWD, m_writePath.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0)
                named = candidate;
            else if (errno != EEXIST)
                return writeError(m_path, errno, "naming it in its folder");
        }
        if (named.empty())
            return Error::io(m_path, "cannot be written: no temporary name was free in its folder");
    }
    if (::rename(named.c_str(), m_path.c_str()) != 0) {
        const int error = errno;
        ::unlink(named.c_str());
        m_namedTemp.clear();
        return writeError(m_path, error, "moving it into place");
    }
    m_namedTemp.clear();
    if (const int dir = ::open(folderOf(m_path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Status writeWholeFile(const std::string &path, const std::string &bytes)
{
    auto file = OutputFile::create(path);
    if (!file)
        return file.error();
    CASEBOOK_TRY(file->write(bytes));
    return file->commit();
}

} // namespace casebook::io
