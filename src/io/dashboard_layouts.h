// What each of CDE's Dashboard download files publishes, per indicator and year, as CDE's record
// layout pages print it (docs/data-formats.md has the table with the pages). An import requires
// the columns its own (indicator, year) publishes and Casebook reads; no column is required
// globally, so a 2022 file (status only) is not refused for lacking a colour, and a 2023
// College/Career file (status only) is not either.
#pragma once

#include "domain/codes.h"

#include <optional>
#include <string_view>

namespace casebook::io {

struct DashboardLayout {
    Indicator indicator = Indicator::ELA;
    int year = 0;
    std::string_view page;           // CDE's record-layout page, "chronic22.asp"
    bool status = true;              // currstatus and statuslevel are published
    bool color = true;               // color (and changelevel) are published
    std::string_view note;           // what sets the layout apart, when something does
};

// The layout of one indicator's file of one year, or nullopt when Casebook has none recorded for
// it (the file is then read with the columns every layout has, and a colour when present).
std::optional<DashboardLayout> dashboardLayout(Indicator indicator, int year);

} // namespace casebook::io
