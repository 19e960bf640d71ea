// Tables of the state's codes; see docs/domain-model.md for their sources.
#include "codes.h"

#include <algorithm>
#include <array>

namespace casebook {

namespace {

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status validateDigits(std::string_view code, std::size_t length, std::string_view field, std::string_view what)
{
    if (code.size() != length || !allDigits(code))
        return Error::badInput(std::string(field), "expected a " + std::to_string(length) + "-digit " +
                                                       std::string(what) + ", got \"" + std::string(code) + "\"");
    if (code.substr(0, 2) == "00")
        return Error::badInput(std::string(field),
                               "\"" + std::string(code) + "\" has county code 00; California counties are 01-58");
    const int county = (code[0] - '0') * 10 + (code[1] - '0');
    if (county > 58)
        return Error::badInput(std::string(field), "\"" + std::string(code) + "\" has county code " +
                                                       std::to_string(county) + "; California counties are 01-58");
    return {};
}

constexpr int kAlways = 2017; // the first Dashboard
constexpr std::array<StudentGroupInfo, 18> kGroups{{
    {"ALL", "All Students", 30, 0},
    {"AA", "Black/African American", 30, kAlways},
    {"AI", "American Indian or Alaska Native", 30, kAlways},
    {"AS", "Asian", 30, kAlways},
    {"FI", "Filipino", 30, kAlways},
    {"HI", "Hispanic", 30, kAlways},
    {"PI", "Pacific Islander", 30, kAlways},
    {"WH", "White", 30, kAlways},
    {"MR", "Two or More Races", 30, kAlways},
    {"EL", "English Learners", 30, kAlways},
    {"ELO", "English Learners Only", 30, 0},
    {"RFP", "Reclassified Fluent English Proficient Only", 30, 0},
    {"EO", "English Only", 30, 0},
    {"LTEL", "Long-Term English Learners", 15, 2024},
    {"SED", "Socioeconomically Disadvantaged", 30, kAlways},
    {"SWD", "Students with Disabilities", 30, kAlways},
    {"FOS", "Foster Youth", 15, kAlways},
    {"HOM", "Homeless Youth", 15, kAlways},
}};

constexpr std::array<StudentGroupInfo, 3> kReportedPopulations{{
    {"SBA", "Took the Smarter Balanced Summative Assessment", 30, 0},
    {"CAA", "Took the California Alternate Assessment", 30, 0},
    {"IFEP", "Initially Fluent English Proficient", 30, 0},
}};

constexpr std::array<IndicatorInfo, 7> kIndicators{{
    {Indicator::ELA, "ELA", "eladownload", "English Language Arts", 4},
    {Indicator::Math, "MATH", "mathdownload", "Mathematics", 4},
    {Indicator::ELPI, "ELPI", "elpidownload", "English Learner Progress", 4},
    {Indicator::Graduation, "GRAD", "graddownload", "Graduation Rate", 5},
    {Indicator::ChronicAbsenteeism, "CHRONIC", "chronicdownload", "Chronic Absenteeism", 5},
    {Indicator::Suspension, "SUSP", "suspdownload", "Suspension Rate", 6},
    {Indicator::CollegeCareer, "CCI", "ccidownload", "College/Career", 8},
}};

} // namespace

Status validateDistrictCode(std::string_view code, std::string_view field)
{
    return validateDigits(code, 7, field, "county-district code");
}

Status validateSchoolCode(std::string_view code, std::string_view field)
{
    return validateDigits(code, 14, field, "CDS code");
}

std::string districtPartOf(std::string_view schoolCds) { return std::string(schoolCds.substr(0, 7)); }

namespace {
constexpr std::string_view kDistrictLevelSchoolCode = "0000000";
}

std::string districtLevelCds(std::string_view districtCode)
{
    return std::string(districtCode) + std::string(kDistrictLevelSchoolCode);
}

bool isDistrictLevelCds(std::string_view cds) { return cds.size() == 14 && cds.substr(7) == kDistrictLevelSchoolCode; }

std::span<const StudentGroupInfo> studentGroups() { return kGroups; }

const StudentGroupInfo *findStudentGroup(std::string_view code)
{
    const auto it = std::find_if(kGroups.begin(), kGroups.end(), [&](const auto &g) { return g.code == code; });
    return it == kGroups.end() ? nullptr : &*it;
}

Status validateStudentGroup(std::string_view code, std::string_view field)
{
    if (findStudentGroup(code))
        return {};
    std::string known;
    for (const auto &g : kGroups)
        known += (known.empty() ? "" : ", ") + std::string(g.code);
    return Error::badInput(std::string(field),
                           "unknown student group \"" + std::string(code) + "\"; expected one of " + known);
}

bool isNumericallySignificant(std::string_view groupCode, int count)
{
    const auto *group = findStudentGroup(groupCode);
    return group && count >= group->numericallySignificantAt;
}

std::span<const StudentGroupInfo> reportedPopulations() { return kReportedPopulations; }

const StudentGroupInfo *findReportedGroup(std::string_view code)
{
    if (const auto *g = findStudentGroup(code))
        return g;
    const auto it = std::find_if(kReportedPopulations.begin(), kReportedPopulations.end(),
                                 [&](const auto &g) { return g.code == code; });
    return it == kReportedPopulations.end() ? nullptr : &*it;
}

std::string studentGroupName(std::string_view code)
{
    const auto *g = findReportedGroup(code);
    return std::string(g ? g->name : code);
}

bool qualifiesDistrict(std::string_view groupCode, int dashboardYear)
{
    const auto *group = findStudentGroup(groupCode);
    return group && group->qualifiesFrom != 0 && dashboardYear >= group->qualifiesFrom;
}

std::span<const IndicatorInfo> indicators() { return kIndicators; }

const IndicatorInfo *findIndicator(std::string_view code)
{
    const auto it =
        std::find_if(kIndicators.begin(), kIndicators.end(), [&](const auto &i) { return i.code == code; });
    return it == kIndicators.end() ? nullptr : &*it;
}

const IndicatorInfo &indicatorInfo(Indicator indicator) { return kIndicators[std::size_t(indicator)]; }

Status validateIndicator(std::string_view code, std::string_view field)
{
    if (findIndicator(code))
        return {};
    std::string known;
    for (const auto &i : kIndicators)
        known += (known.empty() ? "" : ", ") + std::string(i.code);
    return Error::badInput(std::string(field),
                           "unknown indicator \"" + std::string(code) + "\"; expected one of " + known);
}

std::string_view colorName(Color color)
{
    switch (color) {
    case Color::Red: return "Red";
    case Color::Orange: return "Orange";
    case Color::Yellow: return "Yellow";
    case Color::Green: return "Green";
    case Color::Blue: return "Blue";
    case Color::None: break;
    }
    return "No colour";
}

std::string_view lcffPriorityName(int priority)
{
    static constexpr std::array<std::string_view, 8> names{
        // As CDE's "LEA Criteria for Differentiated Assistance" names them (leaproposedcrit.asp).
        "Basic", "Implementation of State Academic Standards", "Parent Engagement", "Pupil Achievement",
        "Pupil Engagement", "School Climate", "Access to a Broad Course of Study", "Outcomes in a Broad Course of Study"};
    return priority >= 1 && priority <= 8 ? names[std::size_t(priority - 1)] : std::string_view("Unknown priority");
}

} // namespace casebook
