// Differentiated-assistance criteria per Dashboard year, their boundaries, and the other findings.
#include "domain/eligibility.h"
#include "domain/official_determination.h"

#include <catch2/catch.hpp>

#include <set>
#include <tuple>

using namespace casebook;

namespace {

const std::string kDistrict = "0161119";
const std::string kRow = "01611190000000";

DashboardResult colored(Indicator i, const std::string &group, int color, std::int64_t denom = 100, int year = 2024)
{
    DashboardResult r;
    r.indicator = i;
    r.year = year;
    r.cds = kRow;
    r.rtype = RecordType::District;
    r.studentGroup = group;
    r.currDenom = denom;
    r.color = color;
    r.statusLevel = 3;
    return r;
}

DashboardResult status(Indicator i, const std::string &group, int level, int year = 2022, std::int64_t denom = 100)
{
    auto r = colored(i, group, 0, denom, year);
    r.statusLevel = level;
    return r;
}

EligibilityDetermination decide(int year, const std::vector<DashboardResult> &results,
                                const std::vector<LocalIndicator> &local = {}, std::optional<bool> late = {})
{
    auto d = determineEligibility(kDistrict, year, results, local, late);
    REQUIRE(d.ok());
    return *d;
}

std::vector<int> prioritiesOf(const EligibilityDetermination &d, const std::string &group)
{
    for (const auto &g : d.groups)
        if (g.studentGroup == group)
            return g.priorities;
    return {};
}

LocalIndicator notMetTwice(int priority, int year) { return {kDistrict, year, priority, LocalIndicatorStatus::NotMetTwoYears}; }

using enum Indicator;
constexpr int Red = 1, Orange = 2, Yellow = 3, Green = 4;

} // namespace

TEST_CASE("Every Dashboard year's table cites its source - years without one are refused")
{
    for (const auto &rules : differentiatedAssistanceRules()) {
        INFO(rules.year);
        CHECK_FALSE(rules.criteria.empty());
        CHECK_FALSE(rules.source.empty());
        for (const auto &c : rules.criteria) {
            CHECK(std::string(c.id).rfind(std::to_string(rules.year), 0) == 0);
            CHECK_FALSE(c.text.empty());
        }
    }
    auto none = rulesForYear(2021);
    REQUIRE_FALSE(none.ok());
    CHECK_THAT(none.error().message, Catch::Contains("2021") && Catch::Contains("2019, 2022, 2023, 2024, 2025"));
}

TEST_CASE("The same student group in two priorities makes the district eligible, with the reason spelled out")
{
    const auto d = decide(2024, {colored(ELA, "SWD", Red), colored(Math, "SWD", Orange),
                                 colored(ChronicAbsenteeism, "SWD", Red)});
    CHECK(d.eligible);
    REQUIRE(d.groups.size() == 1);
    CHECK(d.groups[0].priorities == std::vector<int>{4, 5});
    CHECK(d.groups[0].explanation ==
          "Students with Disabilities: Priority 4 (ELA Red, Math Orange) and Priority 5 (Chronic Absenteeism Red)");
    REQUIRE(d.groups[0].criteria.size() == 2);
    CHECK_THAT(d.groups[0].criteria[0].reason, Catch::Contains("Ed Code 52064.5") && Catch::Contains("leaproposedcrit"));
    REQUIRE(d.grounds.size() == 1);
    CHECK_THAT(d.grounds[0], Catch::StartsWith("Students with Disabilities: Priority 4"));
}

TEST_CASE("Priority 4: Red and Orange qualifies, Orange and Orange does not, Red and Red counts once")
{
    CHECK(prioritiesOf(decide(2024, {colored(ELA, "HI", Orange), colored(Math, "HI", Red)}), "HI") == std::vector<int>{4});
    CHECK(decide(2024, {colored(ELA, "HI", Orange), colored(Math, "HI", Orange)}).groups.empty());
    CHECK(decide(2024, {colored(ELA, "HI", Red), colored(Math, "HI", Yellow)}).groups.empty());
    CHECK(decide(2024, {colored(ELA, "HI", Red)}).groups.empty()); // Math not reported
    const auto both = decide(2024, {colored(ELA, "HI", Red), colored(Math, "HI", Red)});
    REQUIRE(both.groups.size() == 1);
    CHECK(both.groups[0].criteria.size() == 1);
}

TEST_CASE("One priority, or two priorities met by different groups, is not enough")
{
    CHECK_FALSE(decide(2024, {colored(Suspension, "AA", Red)}).eligible);
    const auto d = decide(2024, {colored(Suspension, "AA", Red), colored(Graduation, "WH", Red)});
    CHECK(d.groups.size() == 2);
    CHECK_FALSE(d.eligible);
    CHECK(d.grounds.empty());
}

TEST_CASE("Only numerically significant groups count: 30 students, 15 for foster and homeless youth")
{
    const auto twoPriorities = [](const std::string &group, std::int64_t n) {
        return decide(2024, {colored(Suspension, group, Red, n), colored(ChronicAbsenteeism, group, Red, n)}).eligible;
    };
    CHECK_FALSE(twoPriorities("SWD", 29));
    CHECK(twoPriorities("SWD", 30));
    CHECK_FALSE(twoPriorities("FOS", 14));
    CHECK(twoPriorities("FOS", 15));
    CHECK_FALSE(twoPriorities("HOM", 14));
    CHECK(twoPriorities("HOM", 15));
    auto suppressed = colored(Suspension, "SWD", Red);
    suppressed.currDenom.reset();
    CHECK_FALSE(decide(2024, {suppressed, colored(ChronicAbsenteeism, "SWD", Red)}).eligible);
}

TEST_CASE("2022 is status only: Very Low / Very High status, priorities 4, 5 and 6, no local indicators")
{
    // The files' codes, as CDE's 2022 record layouts print them: ela22.asp 1 = Very Low; chronic22.asp
    // and suspindicator22.asp 1 = Very High ... 5 = Very Low.
    const auto d = decide(2022, {status(ELA, "SED", 1), status(Math, "SED", 1), status(ChronicAbsenteeism, "SED", 1),
                                 status(Suspension, "AA", 1), status(Graduation, "AA", 2), status(Suspension, "HI", 5),
                                 status(ChronicAbsenteeism, "HI", 5)},
                          {notMetTwice(1, 2022), notMetTwice(2, 2022)});
    CHECK(prioritiesOf(d, "SED") == std::vector<int>{4, 5});
    CHECK(prioritiesOf(d, "AA") == std::vector<int>{6});
    CHECK(prioritiesOf(d, "HI").empty()); // Very Low absenteeism and suspension are the best levels
    CHECK(d.localPriorities.empty());
    REQUIRE(d.grounds.size() == 1);
    CHECK_THAT(d.groups[1].explanation, Catch::Contains("ELA Very Low status, Math Very Low status"));
    // One subject Very Low is not enough; colours mean nothing in 2022.
    CHECK(decide(2022, {status(ELA, "SED", 1), status(Math, "SED", 2)}).groups.empty());
    auto red = colored(Suspension, "AA", Red, 100, 2022);
    CHECK(decide(2022, {red}).groups.empty());
}

TEST_CASE("The English learner criterion: Very Low ELPI status in 2019, Red from 2023, EL group only")
{
    auto elpi2019 = status(ELPI, "EL", 1, 2019);
    elpi2019.color = 0;
    CHECK(prioritiesOf(decide(2019, {elpi2019}), "EL") == std::vector<int>{4});
    auto redButMedium = colored(ELPI, "EL", Red, 100, 2019);
    CHECK(decide(2019, {redButMedium}).groups.empty());
    CHECK(prioritiesOf(decide(2023, {colored(ELPI, "EL", Red, 100, 2023)}), "EL") == std::vector<int>{4});
    CHECK(decide(2024, {colored(ELPI, "SWD", Red)}).groups.empty());
}

TEST_CASE("College/Career: Very Low status stood in for Red in 2023 - Red from 2024")
{
    auto veryLow = status(CollegeCareer, "HI", 1, 2023);
    veryLow.color = Orange;
    CHECK(prioritiesOf(decide(2023, {veryLow}), "HI") == std::vector<int>{8});
    veryLow.year = 2024;
    CHECK(decide(2024, {veryLow}).groups.empty());
    CHECK(prioritiesOf(decide(2024, {colored(CollegeCareer, "HI", Red)}), "HI") == std::vector<int>{8});
    CHECK(decide(2022, {status(CollegeCareer, "HI", 1)}).groups.empty());
}

TEST_CASE("Local indicators: two priorities, or one with a different student-group priority (2023 on)")
{
    CHECK(decide(2023, {}, {notMetTwice(1, 2023), notMetTwice(7, 2023)}).eligible);
    CHECK_FALSE(decide(2023, {}, {notMetTwice(1, 2023)}).eligible);
    const auto combined = decide(2023, {colored(Suspension, "AA", Red, 100, 2023)}, {notMetTwice(2, 2023)});
    CHECK(combined.eligible);
    CHECK_THAT(combined.grounds[0], Catch::Contains("together with Priority 2 (local indicator"));
    // Priority 6: suspension and the climate survey are the same priority, not two.
    CHECK_FALSE(decide(2023, {colored(Suspension, "AA", Red, 100, 2023)}, {notMetTwice(6, 2023)}).eligible);
    // Not Met for one year, or another district's or year's entry, does not count.
    CHECK_FALSE(decide(2023, {}, {{kDistrict, 2023, 1, LocalIndicatorStatus::NotMet}, notMetTwice(3, 2023)}).eligible);
    CHECK_FALSE(decide(2023, {}, {notMetTwice(1, 2022), notMetTwice(3, 2023)}).eligible);
    CHECK(decide(2019, {}, {notMetTwice(1, 2019), notMetTwice(3, 2019)}).eligible);
}

TEST_CASE("Late CALPADS submission is a ground of its own from 2024")
{
    const auto d = decide(2024, {}, {}, true);
    CHECK(d.eligible);
    CHECK_THAT(d.grounds[0], Catch::Contains("CALPADS"));
    // Each year's criteria cite their own section: "per Education Code (EC) Section 60900" (2024),
    // "per Education Code (EC) Section 52071 (a)(2)" (2025) (CDE, leaproposedcrit.asp).
    CHECK_THAT(d.grounds[0], Catch::Contains("Ed Code 60900") && !Catch::Contains("52071(a)(2)"));
    CHECK_THAT(decide(2025, {}, {}, true).grounds[0], Catch::Contains("Ed Code 52071(a)(2)") && !Catch::Contains("60900"));
    CHECK_FALSE(decide(2024, {}, {}, false).eligible);
    CHECK_FALSE(decide(2023, {}, {}, true).eligible);
}

TEST_CASE("Long-term English learners: 2025 uses Red or Orange on ELPI, not ELA and Math - 2024 did not")
{
    const std::vector<DashboardResult> academics2025{colored(ELA, "LTEL", Red, 100, 2025), colored(Math, "LTEL", Red, 100, 2025)};
    CHECK(decide(2025, academics2025).groups.empty());
    CHECK(prioritiesOf(decide(2025, {colored(ELPI, "LTEL", Orange, 100, 2025)}), "LTEL") == std::vector<int>{4});
    CHECK(decide(2025, {colored(ELPI, "LTEL", Yellow, 100, 2025)}).groups.empty());
    CHECK(prioritiesOf(decide(2024, {colored(ELA, "LTEL", Red), colored(Math, "LTEL", Red)}), "LTEL") == std::vector<int>{4});
    CHECK(decide(2024, {colored(ELPI, "LTEL", Orange)}).groups.empty());
    // Other groups keep the academic criterion in 2025.
    CHECK(prioritiesOf(decide(2025, {colored(ELA, "EL", Red, 100, 2025), colored(Math, "EL", Orange, 100, 2025)}), "EL") ==
          std::vector<int>{4});
}

TEST_CASE("Results of other districts, years and non-accountability groups are ignored")
{
    auto other = colored(Suspension, "AA", Red);
    other.cds = "01611200000000";
    auto school = colored(ChronicAbsenteeism, "AA", Red);
    school.cds = "01611190130229";
    auto tested = colored(Suspension, "SBA", Red);
    CHECK(decide(2024, {other, school, tested, colored(Graduation, "AA", Red, 100, 2023)}).groups.empty());
    CHECK_FALSE(determineEligibility("161119", 2024, {}, {}, {}).ok());
}

TEST_CASE("Findings: numerically significant, low-performing, and two levels below all students")
{
    const std::vector<DashboardResult> results{colored(ELA, "ALL", Green), colored(ELA, "SWD", Orange),
                                               colored(ELA, "HI", Yellow), colored(ELA, "FOS", Red, 14)};
    const auto f = findDashboardFindings(2024, results);
    CHECK(f.numericallySignificant.size() == 3);
    REQUIRE(f.lowPerforming.size() == 1);
    CHECK(f.lowPerforming[0].studentGroup == "SWD");
    REQUIRE(f.disparities.size() == 1);
    CHECK(f.disparities[0].text == "Students with Disabilities is 2 levels below all students on ELA (Orange against Green).");

    // Status-only year: a Very High chronic absenteeism rate is low performance.
    // chronic22.asp codes 1 = Very High; 5 = Very Low (the best) is no low performance.
    const std::vector<DashboardResult> statusOnly{status(ChronicAbsenteeism, "ALL", 3), status(ChronicAbsenteeism, "SWD", 1),
                                                  status(ELA, "SWD", 2), status(ChronicAbsenteeism, "HI", 5)};
    const auto s = findDashboardFindings(2022, statusOnly);
    CHECK(s.lowPerforming.size() == 2);
    REQUIRE(s.disparities.size() == 1);
    CHECK_THAT(s.disparities[0].text, Catch::Contains("Very High status against Medium status"));
}

TEST_CASE("Only a group meeting the criteria in two or more priorities qualifies, and gets its letter")
{
    const auto d = decide(2024, {colored(ELA, "SWD", Red), colored(Math, "SWD", Orange),
                                 colored(ChronicAbsenteeism, "SWD", Red), colored(Suspension, "AA", Red)});
    REQUIRE(d.groups.size() == 2);
    CHECK(d.qualifyingGroups() == std::vector<std::string>{"SWD"});
    for (const auto &g : d.groups) {
        CHECK(g.qualifies == (g.studentGroup == "SWD"));
        CHECK(g.letter == (g.studentGroup == "SWD" ? "B" : "")); // B = 4, 5
    }
    // The case opened from it records the qualifying group's criteria, not AA's single one.
    const auto records = qualifyingGroupRecords(d);
    CHECK(std::none_of(records.begin(), records.end(), [](const auto &r) { return r.studentGroup == "AA"; }));
    CHECK(std::any_of(records.begin(), records.end(),
                      [](const auto &r) { return r.studentGroup == "SWD" && r.indicator == "CHRONIC" && r.priority == 5; }));
}

TEST_CASE("Ed Code 52072(a): three or more groups qualifying in three of four consecutive years refer the district")
{
    // Three groups each in two priorities (Red ELA + Red math, Red chronic absenteeism).
    const auto threeGroups = [](int year) {
        std::vector<DashboardResult> r;
        for (const std::string g : {"SWD", "EL", "HOM"})
            for (auto i : {ELA, Math, ChronicAbsenteeism})
                r.push_back(colored(i, g, Red, 100, year));
        return decide(year, r);
    };
    const auto twoGroups = [](int year) {
        std::vector<DashboardResult> r;
        for (const std::string g : {"SWD", "EL", "HOM"})
            for (auto i : {ELA, Math, ChronicAbsenteeism})
                r.push_back(colored(i, g, g == "HOM" ? Green : Red, 100, year));
        return decide(year, r);
    };
    // 2022 is status only: three groups Very Low on ELA and math (code 1) and Very High chronic (code 1).
    std::vector<DashboardResult> y2022;
    for (const std::string g : {"SWD", "EL", "HOM"})
        for (auto i : {ELA, Math, ChronicAbsenteeism})
            y2022.push_back(status(i, g, 1, 2022));
    std::map<int, EligibilityDetermination> years{{2022, decide(2022, y2022)}, {2023, threeGroups(2023)},
                                                  {2024, threeGroups(2024)}};
    // 2021 had no Dashboard; 2022, 2023 and 2024 met: three of four.
    auto f = referralUnder52072(2024, years);
    CHECK(f.decided);
    CHECK(f.referred);
    CHECK(f.yearsMet == std::vector<int>{2022, 2023, 2024});
    CHECK_THAT(f.explanation, Catch::Contains("2021 no Dashboard"));

    years[2023] = twoGroups(2023);
    f = referralUnder52072(2024, years);
    CHECK(f.decided);
    CHECK_FALSE(f.referred);

    // 2023 not imported: 2022 and 2024 met, so 2023 would decide.
    years.erase(2023);
    f = referralUnder52072(2024, years);
    CHECK_FALSE(f.decided);
    CHECK(f.yearsUnknown == std::vector<int>{2023});

    // 2023's window 2020-2023 holds two Dashboards: it can never refer.
    f = referralUnder52072(2023, {{2023, threeGroups(2023)}});
    CHECK(f.decided);
    CHECK_FALSE(f.referred);
}

TEST_CASE("CDE's letters A-K name the priority areas of its legend, both ways")
{
    // The Value sheet's legend as public code quotes it (docs/eligibility.md): A = 4, 5, 6 ... K = 4, 5, 6, 8.
    CHECK(*prioritiesForCdeLetter('A') == std::vector<int>{4, 5, 6});
    CHECK(*prioritiesForCdeLetter('C') == std::vector<int>{5, 6});
    CHECK(*prioritiesForCdeLetter('G') == std::vector<int>{6, 8});
    CHECK(*prioritiesForCdeLetter('K') == std::vector<int>{4, 5, 6, 8});
    CHECK(cdeLetterFor({6, 5, 4}) == std::optional<char>('A'));
    CHECK(cdeLetterFor({4, 8}) == std::optional<char>('E'));
    CHECK(cdeLetterFor({8, 6, 4}) == std::optional<char>('I'));
    CHECK_FALSE(cdeLetterFor({4}).has_value());
    CHECK_FALSE(prioritiesForCdeLetter('L').ok());
    for (const auto &l : cdeLetters())
        CHECK(cdeLetterFor(*prioritiesForCdeLetter(l.letter)) == std::optional<char>(l.letter));
}

TEST_CASE("Charter schools: the same criteria met on two consecutive Dashboards, without the CALPADS ground")
{
    const std::string school = "01611190130000";
    const auto red = [&](Indicator i, const std::string &group, int year) {
        auto r = colored(i, group, Red, 100, year);
        r.cds = school;
        r.rtype = RecordType::School;
        r.charter = true;
        return r;
    };
    const auto twoPriorities = [&](int year) {
        return std::vector<DashboardResult>{red(ELA, "SWD", year), red(Math, "SWD", year),
                                            red(ChronicAbsenteeism, "SWD", year)};
    };
    auto both = twoPriorities(2023);
    for (const auto &r : twoPriorities(2024))
        both.push_back(r);
    auto c = determineCharterEligibility(school, 2024, both);
    REQUIRE(c.ok());
    CHECK(c->decided);
    CHECK(c->eligible);
    CHECK(c->priorYear == 2023);
    CHECK_THAT(c->explanation, Catch::Contains("both the 2023 and 2024 Dashboards"));

    // 2024 alone: not decided until 2023 is imported.
    c = determineCharterEligibility(school, 2024, twoPriorities(2024));
    REQUIRE(c.ok());
    CHECK_FALSE(c->decided);
    CHECK_THAT(c->explanation, Catch::Contains("Import the 2023 files"));

    // 2023 met only one priority: not eligible. (2023's prior Dashboard is 2022: no Dashboard in 2020 or 2021.)
    auto oneThenTwo = twoPriorities(2024);
    oneThenTwo.push_back(red(ChronicAbsenteeism, "SWD", 2023));
    c = determineCharterEligibility(school, 2024, oneThenTwo);
    REQUIRE(c.ok());
    CHECK(c->decided);
    CHECK_FALSE(c->eligible);
    CHECK(determineCharterEligibility(school, 2023, twoPriorities(2023))->priorYear == 2022);

    // A district school is not an LEA; 2022 and earlier have no charter rule.
    auto district = twoPriorities(2024);
    for (auto &r : district)
        r.charter = false;
    CHECK_THAT(determineCharterEligibility(school, 2024, district).error().message, Catch::Contains("not a charter"));
    CHECK_FALSE(determineCharterEligibility(school, 2022, twoPriorities(2022)).ok());
}

// The cells the findings grid marks. Worked out by hand from CDE's 2024 criteria (docs/eligibility.md):
// Priority 4 is Red on ELA or Math and Red or Orange on the other; Priority 5 is Red on graduation or
// chronic absenteeism; Priority 6 is Red on suspension; a group drives eligibility only when it meets
// them in two or more priorities, and ALL never counts.
TEST_CASE("Only the results of qualifying groups that met a criterion drove eligibility")
{
    const auto d = decide(2024, {
                                    // SWD: P4 (ELA Red + Math Orange) and P5 (chronic Red); suspension Yellow is no criterion.
                                    colored(ELA, "SWD", Red), colored(Math, "SWD", Orange),
                                    colored(ChronicAbsenteeism, "SWD", Red), colored(Suspension, "SWD", Yellow),
                                    // EL: ELPI Red is Priority 4 alone: one priority, not qualifying.
                                    colored(ELPI, "EL", Red), colored(ChronicAbsenteeism, "EL", Orange),
                                    // HI: Math Red with ELA Yellow is no Priority 4; suspension Red is P6 alone.
                                    colored(Math, "HI", Red), colored(ELA, "HI", Yellow), colored(Suspension, "HI", Red),
                                    // ALL meets P5 and P6 but never qualifies a district.
                                    colored(ChronicAbsenteeism, "ALL", Red), colored(Suspension, "ALL", Red),
                                    // AA: graduation Red (P5) and suspension Red (P6); ELA and Math Orange are no P4.
                                    colored(Graduation, "AA", Red), colored(Suspension, "AA", Red),
                                    colored(ELA, "AA", Orange), colored(Math, "AA", Orange),
                                });
    std::set<std::tuple<std::string, Indicator, int>> drivers;
    for (const auto &driver : eligibilityDrivers(d)) {
        REQUIRE(driver.indicator);
        CHECK_FALSE(driver.criterion.empty());
        CHECK(drivers.insert({driver.studentGroup, *driver.indicator, driver.priority}).second); // each once
    }
    const std::set<std::tuple<std::string, Indicator, int>> expected{
        {"SWD", ELA, 4}, {"SWD", Math, 4}, {"SWD", ChronicAbsenteeism, 5}, {"AA", Graduation, 5}, {"AA", Suspension, 6}};
    CHECK(drivers == expected);
}

TEST_CASE("In a status-only year the drivers are the Very High chronic absenteeism and suspension codes (code 1)")
{
    // 2022: chronic22.asp and suspindicator22.asp code statuslevel 1 = Very High; the 2022 criteria are Very High
    // status on each. ELA Very Low (code 1) with Math Low (code 2) is not "Very Low on both".
    const auto d = decide(2022, {status(ChronicAbsenteeism, "SWD", 1), status(Suspension, "SWD", 1),
                                 status(ELA, "SWD", 1), status(Math, "SWD", 2)});
    std::set<std::pair<Indicator, int>> drivers;
    for (const auto &driver : eligibilityDrivers(d))
        drivers.insert({*driver.indicator, driver.priority});
    CHECK(drivers == std::set<std::pair<Indicator, int>>{{ChronicAbsenteeism, 5}, {Suspension, 6}});
}
