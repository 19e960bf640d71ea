// Codes the state uses: CDS codes, Dashboard student groups, indicators, colours and LCFF priorities.
#pragma once

#include "result.h"

#include <span>
#include <string>
#include <string_view>

namespace casebook {

// A 7-digit county-district code (the first 7 digits of a 14-digit CDS code).
Status validateDistrictCode(std::string_view code, std::string_view field = "district_cds");
// A 14-digit school CDS code: 2 county + 5 district + 7 school digits.
Status validateSchoolCode(std::string_view code, std::string_view field = "school_cds");
// The county-district part of a 14-digit CDS code.
std::string districtPartOf(std::string_view schoolCds);
// A district's own 14-digit CDS code, the one CDE's files give the district-level row: its 7-digit
// county-district code followed by the school code 0000000.
std::string districtLevelCds(std::string_view districtCode);
// Whether a 14-digit CDS code is a district's (or county office's) own row: school code 0000000.
bool isDistrictLevelCds(std::string_view cds);

struct StudentGroupInfo {
    std::string_view code;  // as in CDE's Dashboard files ("SWD")
    std::string_view name;  // as the Dashboard shows it
    int numericallySignificantAt; // Ed Code 52052(a)(3): 30 pupils; 15 for foster youth, homeless youth and
                                  // long-term English learners
    // The first Dashboard year in which the group can make a district eligible for differentiated
    // assistance; 0 for groups CDE reports but never counts (ALL, EO, ELO, RFP). The groups are the
    // columns of CDE's "LCFF District/COE Eligibility File" (LTEL from 2024).
    int qualifiesFrom;
};

std::span<const StudentGroupInfo> studentGroups();
const StudentGroupInfo *findStudentGroup(std::string_view code);
Status validateStudentGroup(std::string_view code, std::string_view field = "student_group");
// Ed Code 52052: is a group of `count` pupils numerically significant?
bool isNumericallySignificant(std::string_view groupCode, int count);
// Whether the group takes part in the differentiated-assistance determination of a Dashboard year.
bool qualifiesDistrict(std::string_view groupCode, int dashboardYear);

// Rows CDE's files carry for other populations than student groups: the 2024 and 2025 ELA and
// mathematics files report SBA (students who took the Smarter Balanced Summative Assessment) and CAA
// (students who took the California Alternate Assessment) (ela24.asp). Kept as published, shown,
// never counted; they are not student groups (validateStudentGroup refuses them).
std::span<const StudentGroupInfo> reportedPopulations();
// A group or reported population as a Dashboard file may carry it, or nullptr.
const StudentGroupInfo *findReportedGroup(std::string_view code);
// Its name as the Dashboard shows it, or the code itself when Casebook does not know it.
std::string studentGroupName(std::string_view code);

enum class Indicator { ELA, Math, ELPI, Graduation, ChronicAbsenteeism, Suspension, CollegeCareer };

struct IndicatorInfo {
    Indicator indicator;
    std::string_view code;       // Casebook's code ("ELA", "CHRONIC", ...)
    std::string_view fileStem;   // CDE's download file name stem ("eladownload")
    std::string_view name;
    int lcffPriority;            // 4, 5, 6 or 8
};

std::span<const IndicatorInfo> indicators();
const IndicatorInfo *findIndicator(std::string_view code);
const IndicatorInfo &indicatorInfo(Indicator indicator);
Status validateIndicator(std::string_view code, std::string_view field = "indicator");

// Dashboard performance colours, lowest to highest, as files code them (0 = no colour).
enum class Color { None = 0, Red = 1, Orange = 2, Yellow = 3, Green = 4, Blue = 5 };
std::string_view colorName(Color color);

// The eight LCFF state priorities (Ed Code 52060(d)).
std::string_view lcffPriorityName(int priority);

} // namespace casebook
