// Dashboard trends; see trends.h.
#include "trends.h"

#include <algorithm>
#include <map>

namespace casebook {

namespace {

TrendPoint pointOf(const DashboardResult &r)
{
    TrendPoint p;
    p.year = r.year;
    p.status = statusLevelOf(r);
    if (r.color && *r.color >= 1 && *r.color <= 5)
        p.color = Color(*r.color);
    const std::string status = p.status ? std::string(statusLevelName(*p.status)) + " status" : std::string();
    if (p.color)
        p.label = std::string(colorName(*p.color)) + (status.empty() ? "" : " (" + status + ")");
    else
        p.label = status;
    return p;
}

// Higher is better: the colour, else the status level turned where a high rate is bad.
std::optional<int> comparable(const TrendPoint &p, bool byColor, Indicator indicator)
{
    if (byColor)
        return p.color ? std::optional<int>(int(*p.color)) : std::nullopt;
    if (!p.status)
        return std::nullopt;
    return highStatusIsWorse(indicator) ? 6 - int(*p.status) : int(*p.status);
}

TrendDirection directionOf(const std::vector<TrendPoint> &points, Indicator indicator, const TrendPoint **from,
                           const TrendPoint **to)
{
    std::vector<const TrendPoint *> withData;
    for (const auto &p : points)
        if (p.color || p.status)
            withData.push_back(&p);
    if (withData.size() < 2)
        return TrendDirection::NotComparable;
    *from = withData[withData.size() - 2];
    *to = withData.back();
    const bool byColor = (*from)->color && (*to)->color;
    const auto before = comparable(**from, byColor, indicator);
    const auto after = comparable(**to, byColor, indicator);
    if (!before || !after)
        return TrendDirection::NotComparable;
    return *after > *before ? TrendDirection::Improving
           : *after < *before ? TrendDirection::Declining
                              : TrendDirection::Unchanged;
}

} // namespace

std::string_view trendDirectionName(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Improving: return "improving";
    case TrendDirection::Declining: return "declining";
    case TrendDirection::Unchanged: return "unchanged";
    case TrendDirection::NotComparable: break;
    }
    return "not comparable";
}

std::vector<GroupTrend> dashboardTrends(std::span<const DashboardResult> results)
{
    std::map<std::pair<int, std::string>, std::vector<TrendPoint>> byKey; // (indicator, group)
    for (const auto &r : results)
        byKey[{int(r.indicator), r.studentGroup}].push_back(pointOf(r));
    std::vector<GroupTrend> out;
    for (auto &[key, points] : byKey) {
        GroupTrend t;
        t.indicator = Indicator(key.first);
        t.studentGroup = key.second;
        std::sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
        t.points = std::move(points);
        for (const auto &p : t.points)
            if (p.color == Color::Red)
                t.redYears.push_back(p.year);
        const TrendPoint *from = nullptr, *to = nullptr;
        t.direction = directionOf(t.points, t.indicator, &from, &to);
        t.summary = studentGroupName(t.studentGroup) + " on " + std::string(indicatorInfo(t.indicator).name) + ": ";
        if (t.redYears.empty()) {
            t.summary += "never Red";
        } else {
            t.summary += "Red in ";
            for (std::size_t i = 0; i < t.redYears.size(); ++i)
                t.summary += (i == 0 ? "" : ", ") + std::to_string(t.redYears[i]);
        }
        t.summary += "; " + std::string(trendDirectionName(t.direction));
        if (from && to)
            t.summary += " (" + from->label + " in " + std::to_string(from->year) + ", " + to->label + " in " +
                         std::to_string(to->year) + ")";
        t.summary += ".";
        out.push_back(std::move(t));
    }
    // indicators() order is the enum's order; groups by code within an indicator (the map's order).
    return out;
}

} // namespace casebook
