// Dashboard trends: each student group's result on each indicator across the imported Dashboard
// years — its status level and colour per year, the years it was Red, and whether it is improving.
// Read by the findings page's chart and the services' trend read model.
#pragma once

#include "dashboard.h"
#include "phrase.h"

#include <span>
#include <string>
#include <vector>

namespace casebook {

struct TrendPoint {
    int year = 0;
    std::optional<StatusLevel> status; // as the Dashboard shows it (Very Low ... Very High)
    std::optional<Color> color;        // nullopt: no colour that year (a status-only year, or none published)
    std::string label;                 // "Red (Very High status)", "Very Low status"; "" without data
    Phrase labelPhrase;                // the same, as a phrase (phrase.h) the desktop window translates
};

// How the latest year with data compares with the previous year with data: by colour when both years
// have one (the Dashboard's performance level), else by status level, read so that a falling chronic
// absenteeism or suspension rate counts as improving (highStatusIsWorse).
enum class TrendDirection { Improving, Declining, Unchanged, NotComparable };
std::string_view trendDirectionName(TrendDirection direction); // "improving", ...

struct GroupTrend {
    Indicator indicator = Indicator::ELA;
    std::string studentGroup;
    std::vector<TrendPoint> points; // one per year with a result, oldest first
    std::vector<int> redYears;      // the years the result was Red
    TrendDirection direction = TrendDirection::NotComparable;
    std::string summary;            // one sentence: "... Red in 2024; declining (Yellow in 2023, Red in 2024)."
    Phrase summaryPhrase;           // the same, as a phrase
};

// Every pattern the labels and summaries are built from, for the test that checks each is translated.
std::span<const std::string_view> trendPatterns();

// One CDS code's results of any number of years (other codes' rows must not be mixed in), as one
// trend per indicator and student group, in the order of indicators() and then of group code.
std::vector<GroupTrend> dashboardTrends(std::span<const DashboardResult> results);

} // namespace casebook
