#include "temp_dir.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <cstdlib>

namespace casebook::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "casebook-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readFileBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace casebook::test
