#include "domain/codes.h"
#include "domain/counties.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("CDS codes: 7-digit districts and 14-digit schools")
{
    CHECK(validateDistrictCode("0161119").ok());
    CHECK(validateSchoolCode("01611190130229").ok());
    for (const char *bad : {"016111", "01611190", "01611a9", "", "0061119", "5961119"}) {
        INFO(bad);
        auto s = validateDistrictCode(bad, "district");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == "district");
    }
    CHECK_FALSE(validateSchoolCode("0161119013022").ok());
    CHECK_FALSE(validateSchoolCode("016111901302291").ok());
    CHECK(districtPartOf("01611190130229") == "0161119");
}

// CDE's CDS code: 2 digits of county, 5 of district, 7 of school; a district's (or county office's) own
// row has the school code 0000000 (CDE, "CDS Code" in the California School Directory's glossary).
// Alameda Unified is 01-61119, its Alameda High 01-61119-0130229; the Alameda County Office of
// Education is 01-10017.
TEST_CASE("A district's own CDS code is its county-district code and the school code 0000000")
{
    CHECK(districtLevelCds("0161119") == "01611190000000");
    CHECK(districtLevelCds("0110017") == "01100170000000");
    CHECK(validateSchoolCode(districtLevelCds("0161119")).ok());
    CHECK(districtPartOf(districtLevelCds("0161119")) == "0161119");

    CHECK(isDistrictLevelCds("01611190000000"));
    CHECK(isDistrictLevelCds("01100170000000"));
    CHECK_FALSE(isDistrictLevelCds("01611190130229")); // a school
    CHECK_FALSE(isDistrictLevelCds("01611190000001"));
    CHECK_FALSE(isDistrictLevelCds("0161119"));         // a county-district code alone
    CHECK_FALSE(isDistrictLevelCds("016111900000000")); // 15 digits
    CHECK_FALSE(isDistrictLevelCds(""));
}

TEST_CASE("Numerically significant groups follow Ed Code 52052 (30; 15 for foster and homeless youth)")
{
    CHECK_FALSE(isNumericallySignificant("SWD", 29));
    CHECK(isNumericallySignificant("SWD", 30));
    CHECK_FALSE(isNumericallySignificant("FOS", 14));
    CHECK(isNumericallySignificant("FOS", 15));
    CHECK_FALSE(isNumericallySignificant("HOM", 14));
    CHECK(isNumericallySignificant("HOM", 15));
    CHECK_FALSE(isNumericallySignificant("XYZ", 1000));
}

TEST_CASE("Student groups and indicators are validated against the Dashboard codes")
{
    CHECK(validateStudentGroup("EL").ok());
    auto s = validateStudentGroup("ELL", "group");
    REQUIRE_FALSE(s.ok());
    CHECK_THAT(s.error().message, Catch::Contains("unknown student group \"ELL\""));
    CHECK(findIndicator("CHRONIC")->lcffPriority == 5);
    CHECK(findIndicator("SUSP")->lcffPriority == 6);
    CHECK(findIndicator("CCI")->lcffPriority == 8);
    CHECK(indicatorInfo(Indicator::ELPI).fileStem == "elpidownload");
    CHECK_FALSE(validateIndicator("READING").ok());
    CHECK(colorName(Color::Orange) == "Orange");
    CHECK(lcffPriorityName(4) == "Pupil Achievement"); // CDE: "Pupil Achievement (Priority 4)"
}

TEST_CASE("A CDS code's first two digits name its county, 01 Alameda to 58 Yuba")
{
    CHECK(countyOfCode("0161119") == "Alameda");
    CHECK(countyOfCode("19647330000000") == "Los Angeles");
    CHECK(countyOfCode("3768338") == "San Diego");
    CHECK(countyOfCode("38684780000000") == "San Francisco");
    CHECK(countyOfCode("58") == "Yuba");
    CHECK(countyOfCode("0000000").empty());
    CHECK(countyOfCode("5912345").empty());
    CHECK(countyOfCode("x1").empty());
    CHECK(countyOfCode("").empty());
}
