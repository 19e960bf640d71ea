// Writing an export file as a whole: the bytes go to a temporary file that replaces the target
// only when everything was written, so a failed export never leaves half a file behind.
#pragma once

#include "domain/result.h"

#include <string>

namespace casebook::io {

Status writeWholeFile(const std::string &path, const std::string &bytes);

} // namespace casebook::io
