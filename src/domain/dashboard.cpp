// Small facts about Dashboard data; see dashboard.h.
#include "dashboard.h"

namespace casebook {

bool isLocalIndicatorPriority(int priority)
{
    return priority == 1 || priority == 2 || priority == 3 || priority == 6 || priority == 7;
}

bool statusLevelCodedHighFirst(Indicator indicator)
{
    return indicator == Indicator::ChronicAbsenteeism || indicator == Indicator::Suspension;
}

bool highStatusIsWorse(Indicator indicator) { return statusLevelCodedHighFirst(indicator); }

std::optional<StatusLevel> decodeStatusLevel(Indicator indicator, int code)
{
    if (code < 1 || code > 5)
        return std::nullopt;
    return StatusLevel(statusLevelCodedHighFirst(indicator) ? 6 - code : code);
}

std::optional<StatusLevel> statusLevelOf(const DashboardResult &result)
{
    return result.statusLevel ? decodeStatusLevel(result.indicator, *result.statusLevel) : std::nullopt;
}

std::string_view statusLevelName(StatusLevel level)
{
    static constexpr std::array<std::string_view, 5> names{"Very Low", "Low", "Medium", "High", "Very High"};
    return names[std::size_t(int(level) - 1)];
}

} // namespace casebook
