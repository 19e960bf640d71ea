// What BP 0520 obliges for each kind of case, in the policy's own words, with its legal basis:
// the "obligation" section of a documentation packet.
#pragma once

#include "domain/records.h"

#include <string>
#include <vector>

namespace casebook::io {

struct Obligation {
    std::string summary;                 // one sentence: what the district must do
    std::string legalBasis;              // "Education Code 52071; 52064.5"
    std::vector<std::string> policyText; // BP 0520 paragraphs that apply, verbatim
};

Obligation obligationFor(const Case &c);

} // namespace casebook::io
