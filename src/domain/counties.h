// California's 58 counties by the two-digit county code that starts every CDS code (CDE numbers
// them 01 Alameda to 58 Yuba, in alphabetical order). A district's county is known from its code
// alone; its name is not (Casebook bundles no list of districts).
#pragma once

#include <string_view>

namespace casebook {

// The county a 7- or 14-digit CDS code (or its first two digits) belongs to; empty when the code
// does not start with a county code 01-58.
std::string_view countyOfCode(std::string_view cds);

} // namespace casebook
