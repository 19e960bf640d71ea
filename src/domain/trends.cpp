// Dashboard trends; see trends.h.
#include "trends.h"

#include "eligibility.h"

#include <algorithm>
#include <array>
#include <map>

namespace casebook {

namespace {

// The patterns of the labels and summaries (phrase.h), listed for trendPatterns().
namespace text {
constexpr std::string_view kColorAndStatus = "%1 (%2)";
constexpr std::string_view kNeverRed = "never Red";
constexpr std::string_view kRedIn = "Red in %1";
constexpr std::string_view kSummary = "%1 on %2: %3; %4.";
constexpr std::string_view kSummaryCompared = "%1 on %2: %3; %4 (%5 in %6, %7 in %8).";
constexpr std::string_view kImproving = "improving";
constexpr std::string_view kDeclining = "declining";
constexpr std::string_view kUnchanged = "unchanged";
constexpr std::string_view kNotComparable = "not comparable";
constexpr std::array kAll{kColorAndStatus, kNeverRed, kRedIn, kSummary, kSummaryCompared,
                          kImproving, kDeclining, kUnchanged, kNotComparable};
} // namespace text

Phrase say(std::string_view pattern, std::vector<Phrase> args = {}) { return Phrase::of(std::string(pattern), std::move(args)); }

TrendPoint pointOf(const DashboardResult &r)
{
    TrendPoint p;
    p.year = r.year;
    p.status = statusLevelOf(r);
    if (r.color && *r.color >= 1 && *r.color <= 5)
        p.color = Color(*r.color);
    const Phrase status = p.status ? statusPhrase(*p.status) : Phrase();
    if (p.color) {
        const Phrase color = Phrase::label(std::string(colorName(*p.color)), "colour");
        p.labelPhrase = status.empty() ? color : say(text::kColorAndStatus, {color, status});
    } else {
        p.labelPhrase = status;
    }
    p.label = p.labelPhrase.str();
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

std::span<const std::string_view> trendPatterns() { return text::kAll; }

std::string_view trendDirectionName(TrendDirection direction)
{
    switch (direction) {
    case TrendDirection::Improving: return text::kImproving;
    case TrendDirection::Declining: return text::kDeclining;
    case TrendDirection::Unchanged: return text::kUnchanged;
    case TrendDirection::NotComparable: break;
    }
    return text::kNotComparable;
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
        std::string years; // "2023, 2024"
        for (std::size_t i = 0; i < t.redYears.size(); ++i)
            years += (i == 0 ? "" : ", ") + std::to_string(t.redYears[i]);
        const Phrase red = years.empty() ? say(text::kNeverRed) : say(text::kRedIn, {years});
        const Phrase group = studentGroupPhrase(t.studentGroup), indicator = indicatorNamePhrase(t.indicator);
        const Phrase direction = say(trendDirectionName(t.direction));
        t.summaryPhrase = from && to ? say(text::kSummaryCompared, {group, indicator, red, direction, from->labelPhrase,
                                                                   std::to_string(from->year), to->labelPhrase,
                                                                   std::to_string(to->year)})
                                     : say(text::kSummary, {group, indicator, red, direction});
        t.summary = t.summaryPhrase.str();
        out.push_back(std::move(t));
    }
    // indicators() order is the enum's order; groups by code within an indicator (the map's order).
    return out;
}

} // namespace casebook
