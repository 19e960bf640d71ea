// reconcile(): Casebook's determination beside CDE's, built here from results whose outcome the
// 2024 criteria decide by hand (Red ELA + Red math = Priority 4; Red chronic absenteeism = Priority 5).
#include "domain/reconcile.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

DashboardResult red(Indicator i, const std::string &group)
{
    DashboardResult r;
    r.indicator = i;
    r.year = 2024;
    r.cds = "01611190000000";
    r.studentGroup = group;
    r.currDenom = 100;
    r.color = 1;
    r.statusLevel = 1;
    return r;
}

EligibilityDetermination decide(const std::vector<DashboardResult> &results)
{
    auto d = determineEligibility("0161119", 2024, results, {}, std::nullopt);
    REQUIRE(d.ok());
    return *d;
}

OfficialDetermination cde(const std::string &status, bool inAssistance, std::optional<int> yearIn,
                          std::vector<OfficialGroupLetter> letters)
{
    OfficialDetermination o;
    o.districtCds = "0161119";
    o.year = 2024;
    o.status = status;
    o.differentiatedAssistance = inAssistance;
    o.yearInAssistance = yearIn;
    o.groups = std::move(letters);
    return o;
}

} // namespace

TEST_CASE("Same status and letters: agrees")
{
    const auto d = decide({red(Indicator::ELA, "SWD"), red(Indicator::Math, "SWD"), red(Indicator::ChronicAbsenteeism, "SWD")});
    const auto r = reconcile(d, cde("Differentiated Assistance", true, std::nullopt, {{"SWD", 'B'}}));
    CHECK(r.agrees());
    REQUIRE(r.groups.size() == 1);
    CHECK(r.groups[0].agrees);
}

TEST_CASE("A different status is a difference; Year 2 without a new eligibility is not")
{
    const auto none = decide({red(Indicator::ELA, "SWD")});
    REQUIRE_FALSE(none.eligible);
    auto r = reconcile(none, cde("Differentiated Assistance", true, std::nullopt, {}));
    CHECK_FALSE(r.agrees());
    CHECK_THAT(r.differences.at(0), Catch::Contains("Casebook finds the district not eligible") &&
                                        Catch::Contains("\"Differentiated Assistance\""));
    r = reconcile(none, cde("Differentiated Assistance Year 2", true, 2, {}));
    CHECK(r.agrees());
    CHECK_THAT(r.notes.at(0), Catch::Contains("second year of differentiated assistance"));
    // Year 1 is not carried over.
    CHECK_FALSE(reconcile(none, cde("Differentiated Assistance Year 1", true, 1, {})).agrees());
}

TEST_CASE("A group only Casebook qualifies is named with the evidence behind its priorities")
{
    const auto d = decide({red(Indicator::ELA, "SWD"), red(Indicator::Math, "SWD"), red(Indicator::ChronicAbsenteeism, "SWD")});
    const auto r = reconcile(d, cde("Differentiated Assistance", true, std::nullopt, {{"SWD", 'A'}, {"HI", 'B'}}));
    REQUIRE(r.differences.size() == 2);
    // Groups by code: HI, then SWD.
    CHECK_THAT(r.differences[0], Catch::Contains("Hispanic (HI): Casebook no letter, CDE B (priorities 4, 5)"));
    CHECK_THAT(r.differences[1], Catch::Contains("Casebook B (priorities 4, 5), CDE A (priorities 4, 5, 6)") &&
                                     Catch::Contains("only CDE lists priority 6"));
    CHECK(r.groups[1].detail == "Only CDE lists priority 6 (no criterion met in the imported Dashboard files).");
    const auto onlyOurs = reconcile(d, cde("Differentiated Assistance", true, std::nullopt, {}));
    REQUIRE(onlyOurs.differences.size() == 1);
    CHECK_THAT(onlyOurs.differences[0], Catch::Contains("only Casebook finds priority 4, 5") &&
                                            Catch::Contains("ELA Red and Math Red") &&
                                            Catch::Contains("Chronic Absenteeism Red"));
}
