// A temporary folder removed at the end of a test.
#pragma once

#include <filesystem>
#include <string>

namespace casebook::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    std::string file(const std::string &name) const { return (m_path / name).string(); }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The bytes of a file, for "unchanged" checks.
std::string readFileBytes(const std::string &path);

} // namespace casebook::test
