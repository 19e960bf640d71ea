#include "domain/fields.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("Records round-trip through their fields")
{
    Case c;
    c.kind = CaseKind::SchoolPlan;
    c.districtId = 4;
    c.schoolId = 9;
    c.title = "ATSI plan";
    c.status = CaseStatus::Monitoring;
    c.openedOn = *Date::parse("2024-01-10");
    c.approvedByStateOn = *Date::parse("2024-06-01");
    c.designation = Designation::ATSI;
    c.designationYear = 2023;
    const FieldMap fields = toFields(c);
    CHECK(std::get<std::string>(fields.at("kind")) == "school_plan");
    CHECK(std::get<std::string>(fields.at("designation")) == "ATSI");
    CHECK(isNull(fields.at("closed_on")));
    auto back = fromFields<Case>(fields);
    REQUIRE(back.ok());
    CHECK(toFields(*back) == fields);
}

TEST_CASE("Decoding a bad field names it")
{
    FieldMap fields{{"kind", std::string("lawsuit")}};
    auto c = fromFields<Case>(fields);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().field == "kind");
    CHECK_THAT(c.error().message, Catch::Contains("technical_assistance"));

    auto a = fromFields<Activity>(FieldMap{{"due_on", std::string("2025-02-30")}});
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().field == "due_on");

    auto s = fromFields<SpiAction>(FieldMap{{"required_by_bargaining_agreement", std::int64_t(2)}});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == "required_by_bargaining_agreement");
}
