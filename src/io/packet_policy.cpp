// BP 0520's paragraphs per case type, quoted verbatim from the adopted text (policy_text.h): a
// packet must not paraphrase the Board.
#include "packet_policy.h"

#include "policy_text.h"

namespace casebook::io {

namespace {

void append(std::vector<std::string> &out, std::string_view anchor)
{
    auto clause = policyClause(anchor);
    out.insert(out.end(), clause.begin(), clause.end());
}

} // namespace

Obligation obligationFor(const Case &c)
{
    Obligation o;
    switch (c.kind) {
    case CaseKind::TechnicalAssistance:
        if (c.origin == TaOrigin::Required) {
            o.summary = "For a minimum of two years following the identification, maintain regular communication "
                        "with the County Superintendent and provide timely documentation of the completion of "
                        "activities 1-5 (or substantially similar activities).";
            o.legalBasis = "BP 0520; Education Code 52071(c) (required technical assistance); Education Code 52064.5 "
                           "(performance criteria); Education Code 52052 (numerically significant subgroups)";
        } else {
            o.summary = "Technical assistance the Board requested from the County Superintendent on the activities "
                        "below.";
            o.legalBasis = "Education Code 52071(a) (technical assistance at the Board's request)";
        }
        append(o.policyText, "request");
        if (c.origin == TaOrigin::Required)
            append(o.policyText, "required");
        append(o.policyText, "partner");
        append(o.policyText, "ccee");
        break;
    case CaseKind::SpiIntervention:
        o.summary = "Cooperate with every action the SPI, or the academic advisor (the statute's academic trustee) "
                    "the SPI appointed, takes; the SPI identifies the district and takes each action with the "
                    "approval of the State Board.";
        o.legalBasis = "Education Code 52072.1(a), (c) (intervention by the Superintendent of Public Instruction, "
                       "with the approval of the State Board); Education Code 52072.1(b), 52072, 52074 (CCEE)";
        append(o.policyText, "spi");
        append(o.policyText, "ccee");
        break;
    case CaseKind::SchoolPlan:
        o.summary = "Develop and implement a school plan for the identified school, approved and monitored.";
        o.legalBasis = "20 USC 6311(d) (CSI, TSI and ATSI); Education Code 64001 (School Plan for Student "
                       "Achievement)";
        append(o.policyText, "plans");
        break;
    }
    return o;
}

} // namespace casebook::io
