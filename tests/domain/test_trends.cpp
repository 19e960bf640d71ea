// Dashboard trends across years. Expected values worked out by hand from the record layouts
// (docs/data-formats.md): colours 1 Red ... 5 Blue; chronic absenteeism and suspension code statuslevel
// 1 = Very High ... 5 = Very Low, the other indicators 1 = Very Low ... 5 = Very High.
#include "domain/trends.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

DashboardResult result(Indicator i, const std::string &group, int year, int statusCode, int color)
{
    DashboardResult r;
    r.indicator = i;
    r.year = year;
    r.cds = "01611190000000";
    r.studentGroup = group;
    r.currDenom = 100;
    r.statusLevel = statusCode;
    r.color = color;
    return r;
}

const GroupTrend &trendOf(const std::vector<GroupTrend> &trends, Indicator i, const std::string &group)
{
    for (const auto &t : trends)
        if (t.indicator == i && t.studentGroup == group)
            return t;
    FAIL("no trend for " << group);
    throw std::logic_error("unreachable");
}

using enum Indicator;

} // namespace

TEST_CASE("A group that went from Yellow to Red on chronic absenteeism was Red in the later year and is declining")
{
    // 2023: Yellow, statuslevel 2 (High in the chronic coding); 2024: Red, statuslevel 1 (Very High).
    const auto trends = dashboardTrends(std::vector{result(ChronicAbsenteeism, "SWD", 2024, 1, 1),
                                                    result(ChronicAbsenteeism, "SWD", 2023, 2, 3)});
    REQUIRE(trends.size() == 1);
    const auto &t = trends[0];
    REQUIRE(t.points.size() == 2);
    CHECK(t.points[0].year == 2023); // oldest first
    CHECK(t.points[0].status == StatusLevel::High);
    CHECK(t.points[0].color == Color::Yellow);
    CHECK(t.points[0].label == "Yellow (High status)");
    CHECK(t.points[1].status == StatusLevel::VeryHigh);
    CHECK(t.points[1].label == "Red (Very High status)");
    CHECK(t.redYears == std::vector<int>{2024});
    CHECK(t.direction == TrendDirection::Declining);
    CHECK(t.summary == "Students with Disabilities on Chronic Absenteeism: Red in 2024; declining (Yellow (High status) "
                       "in 2023, Red (Very High status) in 2024).");
}

TEST_CASE("Without a colour in one year the trend compares status levels, a falling absence rate improving")
{
    // 2022 had no colours. Chronic: code 1 (Very High) in 2022, code 2 (High) with Yellow in 2023: the rate
    // fell a level, which is better. ELA: code 1 (Very Low) in 2022, code 2 (Low) Orange in 2023: better too.
    const auto trends = dashboardTrends(std::vector{
        result(ChronicAbsenteeism, "EL", 2022, 1, 0), result(ChronicAbsenteeism, "EL", 2023, 2, 3),
        result(ELA, "EL", 2022, 1, 0), result(ELA, "EL", 2023, 2, 2)});
    REQUIRE(trends.size() == 2);
    CHECK(trends[0].indicator == ELA); // indicators in the Dashboard's order
    CHECK(trendOf(trends, ChronicAbsenteeism, "EL").direction == TrendDirection::Improving);
    CHECK(trendOf(trends, ChronicAbsenteeism, "EL").points[0].label == "Very High status");
    CHECK_FALSE(trendOf(trends, ChronicAbsenteeism, "EL").points[0].color);
    CHECK(trendOf(trends, ELA, "EL").direction == TrendDirection::Improving);
    CHECK(trendOf(trends, ELA, "EL").redYears.empty());
}

TEST_CASE("Two colours compare as colours; one year alone is not comparable")
{
    // Orange both years with different status levels: the Dashboard's performance level did not move.
    const auto trends = dashboardTrends(std::vector{result(Math, "HI", 2023, 1, 2), result(Math, "HI", 2024, 2, 2),
                                                    result(Suspension, "HI", 2024, 5, 5)});
    CHECK(trendOf(trends, Math, "HI").direction == TrendDirection::Unchanged);
    CHECK(trendOf(trends, Suspension, "HI").direction == TrendDirection::NotComparable);
    CHECK(trendOf(trends, Suspension, "HI").points[0].label == "Blue (Very Low status)");
    CHECK(trendOf(trends, Suspension, "HI").summary ==
          "Hispanic on Suspension Rate: never Red; not comparable.");
}
