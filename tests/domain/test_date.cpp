#include "domain/date.h"

#include <catch2/catch.hpp>

using casebook::Date;

TEST_CASE("Date parses strict ISO dates and names the field on error")
{
    auto d = Date::parse("2024-02-29", "due_on");
    REQUIRE(d.ok());
    CHECK(d->toString() == "2024-02-29");

    struct Bad {
        const char *text;
        const char *fragment;
    };
    const Bad bad[] = {{"2023-02-29", "not a day"}, {"2024-13-01", "not a day"}, {"2024-1-01", "YYYY-MM-DD"},
                       {"24-01-01", "YYYY-MM-DD"},  {"2024/01/01", "YYYY-MM-DD"}, {"", "YYYY-MM-DD"},
                       {"1800-01-01", "outside"},   {"2024-00-10", "not a day"},  {"2024-04-31", "not a day"}};
    for (const auto &b : bad) {
        INFO(b.text);
        auto r = Date::parse(b.text, "due_on");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == "due_on");
        CHECK_THAT(r.error().message, Catch::Contains(b.fragment));
    }
}

TEST_CASE("Date arithmetic has no off-by-one at month ends and leap days")
{
    const auto p = [](const char *s) { return *Date::parse(s); };
    CHECK(p("2024-01-31").addMonths(1) == p("2024-02-29"));
    CHECK(p("2023-01-31").addMonths(1) == p("2023-02-28"));
    CHECK(p("2024-02-29").addYears(2) == p("2026-02-28"));
    CHECK(p("2024-02-29").addYears(4) == p("2028-02-29"));
    CHECK(p("2025-12-31").addDays(1) == p("2026-01-01"));
    CHECK(p("2024-02-28").addDays(1) == p("2024-02-29"));
    CHECK(p("2024-03-31").addMonths(-1) == p("2024-02-29"));
    CHECK(p("2025-10-15").addMonths(3) == p("2026-01-15"));
    CHECK(p("2024-01-01").daysUntil(p("2025-01-01")) == 366);
    CHECK(p("2026-11-24").weekday() == 2); // a Tuesday
    CHECK(p("2025-01-01") < p("2025-01-02"));
}
