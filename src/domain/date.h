// Date: a calendar date (no time, no zone), the unit of every deadline in Casebook.
// Deadlines are calendar dates in the district's time zone; the zone only matters when deciding
// what "today" is, which the caller supplies.
#pragma once

#include "result.h"

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

namespace casebook {

class Date {
public:
    Date() = default; // 1970-01-01
    Date(int year, unsigned month, unsigned day);

    // Strict ISO 8601 calendar date "YYYY-MM-DD"; anything else is an error naming `field`.
    static Result<Date> parse(std::string_view text, std::string_view field = "date");
    static Date fromDays(std::int64_t daysSinceEpoch);

    std::string toString() const; // YYYY-MM-DD
    int year() const { return int(m_ymd.year()); }
    unsigned month() const { return unsigned(m_ymd.month()); }
    unsigned day() const { return unsigned(m_ymd.day()); }
    std::int64_t daysSinceEpoch() const;
    unsigned weekday() const; // 0 = Sunday ... 6 = Saturday

    Date addDays(std::int64_t days) const;
    // Adds months; a day past the end of the target month is clamped to its last day
    // (2024-01-31 + 1 month = 2024-02-29).
    Date addMonths(int months) const;
    Date addYears(int years) const { return addMonths(12 * years); }
    std::int64_t daysUntil(const Date &other) const { return other.daysSinceEpoch() - daysSinceEpoch(); }

    friend bool operator==(const Date &a, const Date &b) { return a.m_ymd == b.m_ymd; }
    friend std::strong_ordering operator<=>(const Date &a, const Date &b)
    {
        return a.daysSinceEpoch() <=> b.daysSinceEpoch();
    }

private:
    std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// The last date Date::parse reads (years 1900-2200): nothing Casebook computes goes past it.
inline const Date kLastSupportedDate{2200, 12, 31};

} // namespace casebook
