// CDE's letter legend and the statuses of each year's eligibility file; see official_determination.h.
#include "official_determination.h"

#include <algorithm>
#include <array>

namespace casebook {

namespace {

// Source: the "Value" sheet of CDE's LCFF District/COE Eligibility Files (assistancestatus19-rev.xlsx
// through assistancestatus24.xlsx, www.cde.ca.gov/fg/aa/lc/), the legend the 2018 record layout
// (www.cde.ca.gov/fg/aa/lc/statusrecordlayout18.asp) points to "after end of table". The wording is
// the Value sheet's as public code that reads the files quotes it (docs/eligibility.md).
constexpr std::array<CdeLetter, 11> kLetters{{
    {'A', "4,5,6", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), and 6 (Suspensions)"},
    {'B', "4,5", "Met Criteria in Priority Areas 4 (Academic Indicators) and 5 (Chronic Absenteeism and/or Graduation)"},
    {'C', "5,6", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation) and 6 (Suspensions)"},
    {'D', "4,6", "Met Criteria in Priority Areas 4 (Academic Indicators) and 6 (Suspensions)"},
    {'E', "4,8", "Met Criteria in Priority Areas 4 (Academic Indicators) and 8 (College/Career)"},
    {'F', "5,8", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation) and 8 (College/Career)"},
    {'G', "6,8", "Met Criteria in Priority Areas 6 (Suspensions) and 8 (College/Career)"},
    {'H', "4,5,8", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), and 8 (College/Career)"},
    {'I', "4,6,8", "Met Criteria in Priority Areas 4 (Academic Indicators), 6 (Suspensions), and 8 (College/Career)"},
    {'J', "5,6,8", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation), 6 (Suspensions), and 8 (College/Career)"},
    {'K', "4,5,6,8", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), 6 (Suspensions), and 8 (College/Career)"},
}};

std::vector<int> parsePriorities(std::string_view list)
{
    std::vector<int> out;
    int n = 0;
    for (char c : list) {
        if (c == ',') {
            out.push_back(n);
            n = 0;
        } else {
            n = n * 10 + (c - '0');
        }
    }
    out.push_back(n);
    return out;
}

// The status values of each year's file, as CDE writes them in the AssistanceStatusYYYY column.
// NOT CONFIRMED against a downloaded file (docs/data-formats.md): "General Assistance" and
// "Differentiated Assistance" are CDE's names for the two levels of the statewide system of support;
// the "Year 1" / "Year 2" forms are the 2024 file's as reported, not yet seen in a downloaded file.
constexpr CdeStatus kStatusesThrough2023[] = {
    {"General Assistance", false, 0},
    {"Differentiated Assistance", true, 0},
};
constexpr CdeStatus kStatusesFrom2024[] = {
    {"General Assistance", false, 0},
    {"Differentiated Assistance", true, 0},
    {"Differentiated Assistance Year 1", true, 1},
    {"Differentiated Assistance Year 2", true, 2},
};

} // namespace

std::span<const CdeLetter> cdeLetters() { return kLetters; }

std::optional<char> cdeLetterFor(std::vector<int> priorities)
{
    std::sort(priorities.begin(), priorities.end());
    for (const auto &l : kLetters)
        if (parsePriorities(l.priorities) == priorities)
            return l.letter;
    return std::nullopt;
}

Result<std::vector<int>> prioritiesForCdeLetter(char letter)
{
    for (const auto &l : kLetters)
        if (l.letter == letter)
            return parsePriorities(l.priorities);
    return Error::badInput("letter", std::string("CDE's legend has the letters A to K, not \"") + letter + "\"");
}

Result<std::span<const CdeStatus>> cdeStatusesForYear(int year)
{
    if (year >= 2017 && year <= 2023)
        return std::span<const CdeStatus>(kStatusesThrough2023);
    if (year >= 2024 && year <= 2025)
        return std::span<const CdeStatus>(kStatusesFrom2024);
    return Error::badInput("year", "Casebook knows the eligibility files of 2017 to 2025, not " + std::to_string(year));
}

} // namespace casebook
