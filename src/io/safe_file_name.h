// File names that are safe to write into a folder or a zip on Windows, macOS and Linux, made from
// names users typed: no folders (so no path traversal), no control or reserved characters, no
// device names (CON, NUL, COM1, ...), bounded length, and never two the same.
#pragma once

#include <set>
#include <string>

namespace casebook::io {

// One safe name (UTF-8) for `name`; "attachment" when nothing usable is left.
std::string safeFileName(const std::string &name);

// Safe names that never repeat (compared case-insensitively, as Windows and macOS do): the second
// "minutes.txt" becomes "minutes (2).txt".
class UniqueFileNames {
public:
    std::string add(const std::string &name);

private:
    std::set<std::string> m_taken; // lower-cased
};

} // namespace casebook::io
