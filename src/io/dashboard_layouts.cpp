// The record layouts CDE publishes for the Dashboard download files; see dashboard_layouts.h.
// Sources: www.cde.ca.gov/ta/ac/cm/ pages named in each row (read December 2026), and the column
// lists of public code that loads the real files (docs/data-formats.md).
#include "dashboard_layouts.h"

#include <algorithm>
#include <array>

namespace casebook::io {

namespace {

using enum Indicator;

constexpr DashboardLayout colours(Indicator i, int year, std::string_view page)
{
    return {i, year, page, true, true, ""};
}

constexpr DashboardLayout statusOnly(Indicator i, int year, std::string_view page)
{
    return {i, year, page, true, false, ""};
}

constexpr std::string_view kCci2022 =
    "CDE's 2022 College/Career file (ccdata2022.asp) carries the measures only (ap, ib, ag ...), with no "
    "currstatus or statuslevel: the 2022 Dashboard did not report the College/Career Indicator";

constexpr std::array kLayouts{
    // 2019: colours on every indicator; the suspension file names its first column cdscode.
    colours(ELA, 2019, "ela19.asp"),
    colours(Math, 2019, "math19.asp"),
    statusOnly(ELPI, 2019, "elpi19.asp"),
    colours(Graduation, 2019, "gradindicator19.asp"),
    colours(ChronicAbsenteeism, 2019, "chronic19.asp"),
    DashboardLayout{Suspension, 2019, "suspindicator19.asp", true, true, "the first column is named cdscode"},
    colours(CollegeCareer, 2019, "cci19.asp"),
    // 2022: status levels only (no prior year, change, changelevel, color or box).
    statusOnly(ELA, 2022, "ela22.asp"),
    statusOnly(Math, 2022, "math22.asp"),
    statusOnly(ELPI, 2022, "elpi22.asp"),
    statusOnly(Graduation, 2022, "gradindicator22.asp"),
    statusOnly(ChronicAbsenteeism, 2022, "chronic22.asp"),
    statusOnly(Suspension, 2022, "suspindicator22.asp"),
    DashboardLayout{CollegeCareer, 2022, "ccdata2022.asp", false, false, kCci2022},
    // 2023: colours, except the College/Career Indicator, published as a status only.
    colours(ELA, 2023, "ela23.asp"),
    colours(Math, 2023, "math23.asp"),
    colours(ELPI, 2023, "elpi23.asp"),
    colours(Graduation, 2023, "gradindicator23.asp"),
    colours(ChronicAbsenteeism, 2023, "chronic23.asp"),
    colours(Suspension, 2023, "suspindicator23.asp"),
    DashboardLayout{CollegeCareer, 2023, "ccdata2023.asp", true, false,
                    "the 2023 College/Career Indicator was published as a status only (statuslevel, no color)"},
    // 2024 and 2025 share one page per indicator.
    colours(ELA, 2024, "ela24.asp"),
    colours(Math, 2024, "math24.asp"),
    colours(ELPI, 2024, "elpi24.asp"),
    colours(Graduation, 2024, "gradindicator24.asp"),
    colours(ChronicAbsenteeism, 2024, "chronic24.asp"),
    colours(Suspension, 2024, "suspindicator24.asp"),
    colours(CollegeCareer, 2024, "ccdata2024.asp"),
    colours(ELA, 2025, "ela24.asp"),
    colours(Math, 2025, "math24.asp"),
    colours(ELPI, 2025, "elpi24.asp"),
    colours(Graduation, 2025, "gradindicator24.asp"),
    colours(ChronicAbsenteeism, 2025, "chronic24.asp"),
    colours(Suspension, 2025, "suspindicator24.asp"),
    colours(CollegeCareer, 2025, "ccdata2024.asp"),
};

} // namespace

std::optional<DashboardLayout> dashboardLayout(Indicator indicator, int year)
{
    const auto it = std::find_if(kLayouts.begin(), kLayouts.end(),
                                 [&](const auto &l) { return l.indicator == indicator && l.year == year; });
    return it == kLayouts.end() ? std::nullopt : std::optional<DashboardLayout>(*it);
}

} // namespace casebook::io
