// BP 0520 "Intervention for Underperforming Schools" as the district adopted it: one copy,
// resources/policy/BP0520.txt, bundled into the program. The reference page shows it and the
// documentation packets quote it from here, so the two can never differ from the adopted text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casebook::io {

// The adopted text, byte for byte (UTF-8).
const std::string &adoptedPolicyText();

// Its paragraphs with their white space simplified; a paragraph the file breaks across a blank line
// in mid-sentence (it ends without punctuation and the next starts in lower case) is joined again.
const std::vector<std::string> &policyParagraphs();

// The clauses of the policy that Casebook's obligations come from, by anchor: "request" (the
// introduction and items 1-5), "required", "partner", "ccee", "spi" (the introduction and its three
// actions) and "plans". Each starts at the paragraph that begins with `startsWith`.
struct PolicyClause {
    std::string_view anchor;
    std::string_view startsWith;
    std::string_view heading; // what Casebook shows above it, with its statute
};
const std::vector<PolicyClause> &policyClauses();

// The clause's paragraphs, verbatim: from its first paragraph up to the next clause or the
// reference list. Empty for an unknown anchor.
std::vector<std::string> policyClause(std::string_view anchor);

} // namespace casebook::io
