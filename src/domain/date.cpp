// Date arithmetic on std::chrono's proleptic Gregorian calendar.
#include "date.h"

#include <cstdio>

namespace casebook {

using namespace std::chrono;

Date::Date(int y, unsigned m, unsigned d) : m_ymd(std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}) {}

Result<Date> Date::parse(std::string_view text, std::string_view field)
{
    const auto fail = [&] {
        return Error::badInput(std::string(field),
                               "expected a date as YYYY-MM-DD, got \"" + std::string(text) + "\"");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return fail();
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = starts[i]; k < starts[i] + lengths[i]; ++k) {
            if (text[k] < '0' || text[k] > '9')
                return fail();
            parts[i] = parts[i] * 10 + (text[k] - '0');
        }
    }
    if (parts[0] < 1900 || parts[0] > 2200)
        return Error::badInput(std::string(field), "year " + std::to_string(parts[0]) +
                                                       " is outside 1900-2200 in \"" + std::string(text) + "\"");
    Date d(parts[0], unsigned(parts[1]), unsigned(parts[2]));
    if (!d.m_ymd.ok())
        return Error::badInput(std::string(field), "\"" + std::string(text) + "\" is not a day of the calendar");
    return d;
}

Date Date::fromDays(std::int64_t days)
{
    Date d;
    d.m_ymd = year_month_day{sys_days{std::chrono::days{days}}};
    return d;
}

std::string Date::toString() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

std::int64_t Date::daysSinceEpoch() const { return sys_days{m_ymd}.time_since_epoch().count(); }

unsigned Date::weekday() const { return std::chrono::weekday{sys_days{m_ymd}}.c_encoding(); }

Date Date::addDays(std::int64_t n) const { return fromDays(daysSinceEpoch() + n); }

Date Date::addMonths(int n) const
{
    year_month_day target = m_ymd + months{n};
    if (!target.ok())
        target = year_month_day{year_month_day_last{target.year(), month_day_last{target.month()}}};
    Date d;
    d.m_ymd = target;
    return d;
}

} // namespace casebook
