// BP 0520's paragraphs per case type; the policy text is /shared/policy/BP0520.txt (CSBA sample
// policy as the district adopted it). Quoted verbatim: a packet must not paraphrase the Board.
#include "packet_policy.h"

namespace casebook::io {

namespace {

constexpr const char *kRequestIntro =
    "At its discretion, the Board may submit a request to the County Superintendent of Schools for technical "
    "assistance regarding the following: (Education Code 52071)";

constexpr const char *kItems[] = {
    "1. Identifying the district's strengths and weaknesses in regard to state priorities addressed in the LCAP, "
    "including collaboration between the district and County Superintendent to review performance data on the state "
    "and local indicators included in the California School Dashboard, educator qualifications data, and other "
    "relevant local data and to identify effective, evidence-based programs or practices that address any areas of "
    "weakness",
    "2. Identifying student subgroups that are low performing or experiencing significant disparities from other "
    "subgroups as identified on the California School Dashboard in order to identify and implement effective programs "
    "and practices to improve the outcomes and opportunities for these students",
    "3. Securing assistance from an academic, programmatic, or fiscal expert, or team of experts, to identify and "
    "implement effective programs and practices that are designed to improve performance in any areas of weakness "
    "identified by the district",
    "4. Identifying areas of strengths and weaknesses in the identified goals, actions, and services addressed in the "
    "LCAP, with a particular focus on those areas considered to be contributing toward meeting the increased or "
    "improved services requirement and all required goals",
    "5. Reviewing the district's data management policies and collection and submission processes, including "
    "monitoring and oversight of the student information system, to ensure the submission of accurate data according "
    "to the processes and timelines established by the California Department of Education (CDE)",
};

constexpr const char *kRequired =
    "In the event that the County Superintendent requires the district to receive technical assistance based on a "
    "determination that one or more numerically significant student subgroups in a district school meet the "
    "performance criteria established pursuant Education Code 52064.5, the district shall, for a minimum of two "
    "years, maintain regular communication with, and provide timely documentation to, the County Superintendent "
    "regarding the district's completion of the activities listed in Items #1-5 above, or substantially similar "
    "activities. (Education Code 52071)";

constexpr const char *kPartner =
    "The district may, at its own expense, engage another service provider, including, but not limited to, another "
    "school district, the county office of education, or a charter school, to act as a partner to the district in "
    "filling the district's need for technical assistance. (Education Code 52071)";

constexpr const char *kCcee =
    "The district shall consider any recommendations from the California Collaborative for Educational Excellence in "
    "order to accomplish the goals set forth in the district's LCAP. (Education Code 52071, 52072, 52074)";

constexpr const char *kSpi[] = {
    "If the Superintendent of Public Instruction (SPI) identifies the district as needing intervention, the district "
    "shall cooperate with any action taken by the SPI or any academic advisor appointed by the SPI, which may include "
    "one or more of the following: (Education Code 52072.1)",
    "1. Revision of the district's LCAP",
    "2. Revision of the district's budget, in conjunction with changes in the LCAP, that would allow the district to "
    "improve the outcomes for all student subgroups in regard to state and local priorities",
    "3. A determination to stay or rescind any district action that would prevent the district from improving "
    "outcomes for all student subgroups, provided that action is not required by a collective bargaining agreement",
};

constexpr const char *kSchoolPlan =
    "In addition, any school identified by CDE for comprehensive support and improvement, targeted support and "
    "improvement, or additional targeted support and improvement shall develop and implement a school plan in "
    "accordance with 20 USC 6311. Such schools may be required to partner with an external entity, agency, or "
    "individual with demonstrated expertise and capacity to identify and implement more rigorous interventions.";

} // namespace

Obligation obligationFor(const Case &c)
{
    Obligation o;
    switch (c.kind) {
    case CaseKind::TechnicalAssistance:
        if (c.origin == TaOrigin::Required) {
            o.summary = "For at least two years from the County Superintendent's determination, maintain regular "
                        "communication with the County Superintendent and provide timely documentation of the "
                        "completion of activities 1-5 (or substantially similar activities).";
            o.legalBasis = "Education Code 52071 (required technical assistance); Education Code 52064.5 "
                           "(performance criteria); Education Code 52052 (numerically significant subgroups)";
        } else {
            o.summary = "Technical assistance the Board requested from the County Superintendent on the activities "
                        "below.";
            o.legalBasis = "Education Code 52071 (technical assistance at the Board's request)";
        }
        o.policyText.push_back(kRequestIntro);
        o.policyText.insert(o.policyText.end(), std::begin(kItems), std::end(kItems));
        if (c.origin == TaOrigin::Required)
            o.policyText.push_back(kRequired);
        o.policyText.push_back(kPartner);
        o.policyText.push_back(kCcee);
        break;
    case CaseKind::SpiIntervention:
        o.summary = "Cooperate with every action the SPI, or the academic advisor the SPI appointed, takes.";
        o.legalBasis = "Education Code 52072.1 (intervention by the Superintendent of Public Instruction); "
                       "Education Code 52072, 52074 (CCEE)";
        o.policyText.assign(std::begin(kSpi), std::end(kSpi));
        o.policyText.push_back(kCcee);
        break;
    case CaseKind::SchoolPlan:
        o.summary = "Develop and implement a school plan for the identified school, approved and monitored.";
        o.legalBasis = "20 USC 6311(d) (CSI, TSI and ATSI); Education Code 64001 (School Plan for Student "
                       "Achievement)";
        o.policyText.push_back(kSchoolPlan);
        break;
    }
    return o;
}

} // namespace casebook::io
