// How an export writes the domain's phrases (domain/phrase.h): in English, as the CLI writes them,
// or in the desktop window's language (the window passes a Say that translates). io uses no
// translations of its own: the patterns it builds are listed for translation in app/domain_labels.cpp.
#pragma once

#include "domain/phrase.h"

#include <functional>
#include <string>

namespace casebook::io {

using Say = std::function<std::string(const Phrase &)>;
inline std::string inEnglish(const Phrase &phrase) { return phrase.str(); }

} // namespace casebook::io
