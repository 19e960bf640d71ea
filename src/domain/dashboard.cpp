// Small facts about Dashboard data; see dashboard.h.
#include "dashboard.h"

namespace casebook {

bool isLocalIndicatorPriority(int priority)
{
    return priority == 1 || priority == 2 || priority == 3 || priority == 6 || priority == 7;
}

std::string_view statusLevelName(int level)
{
    static constexpr std::array<std::string_view, 5> names{"Very Low", "Low", "Medium", "High", "Very High"};
    return level >= 1 && level <= 5 ? names[std::size_t(level - 1)] : std::string_view("No status");
}

} // namespace casebook
