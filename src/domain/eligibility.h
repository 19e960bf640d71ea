// What the Dashboard says about a district: numerically significant groups, low-performing groups,
// disparities, and eligibility for differentiated assistance (Ed Code 52064.5). The criteria change
// with each Dashboard, so they are a table per Dashboard year (eligibility.cpp) read by one engine;
// every criterion names its source and every determination explains itself in sentences.
#pragma once

#include "dashboard.h"
#include "official_determination.h"
#include "phrase.h"
#include "records.h"

#include <array>
#include <map>
#include <span>
#include <vector>

namespace casebook {

// How a condition reads a result: the performance colour, or the status level (status-only years).
enum class Measure { Color, StatusLevel };

struct Condition {
    Indicator indicator = Indicator::ELA;
    Measure measure = Measure::Color;
    int lowest = 0;  // accepted colours (1 Red, 2 Orange ...) or StatusLevel values (1 Very Low ... 5 Very High,
                     // whatever the file codes: see decodeStatusLevel)
    int highest = 0;
};

// Which student groups a criterion applies to.
enum class GroupScope { AnyGroup, AnyGroupButLtel, EnglishLearnersOnly, LongTermEnglishLearnersOnly };

// One criterion of one LCFF priority: every condition must hold for the same student group.
struct Criterion {
    int priority = 0;
    std::string_view id;   // stable code, "2024-P4-ELA-RED"
    std::string_view text; // as CDE words it
    GroupScope scope = GroupScope::AnyGroup;
    std::array<Condition, 2> conditions{};
    int conditionCount = 1;
};

// The criteria of one Dashboard year.
struct DifferentiatedAssistanceRules {
    int year = 0;
    bool statusOnly = false;      // 2022: status levels only, no colours
    bool localIndicators = false; // "Not Met for Two or More Years" on priorities 1, 2, 3, 6, 7 counts
    bool calpadsLate = false;     // failing to submit CALPADS data on time is a ground on its own
    std::span<const Criterion> criteria;
    std::string_view source;
};

std::span<const DifferentiatedAssistanceRules> differentiatedAssistanceRules();
// The table for a Dashboard year, or an error naming the years Casebook knows.
Result<const DifferentiatedAssistanceRules *> rulesForYear(int year);

// Short names as the Dashboard labels its tiles ("ELA", "Chronic Absenteeism").
std::string_view indicatorShortName(Indicator indicator);
// "Red", or "Very Low status" in a status-only year; "" when the result has no level.
std::string performanceLabel(const DashboardResult &result, bool statusOnly);

// The eligibility sentences kept as phrases (phrase.h), so that the desktop window says them in its
// reader's language; each phrase's str() is the English the CLI and the exports write. Labels are
// those of "indicator", "colour", "status level" and "LCFF priority" (listed in
// app/domain_labels.cpp); a student group's name is a label of kStudentGroupLabel, which the window
// translates as it translates the group names elsewhere.
inline constexpr std::string_view kStudentGroupLabel = "student group";
Phrase indicatorPhrase(Indicator indicator);
Phrase indicatorNamePhrase(Indicator indicator); // the long name ("English Language Arts"), a label of "indicator name"
Phrase statusLevelPhrase(StatusLevel level);     // "Very Low"
Phrase statusPhrase(StatusLevel level);          // "Very Low status"
Phrase performancePhrase(const DashboardResult &result, bool statusOnly); // empty when the result has no level
Phrase studentGroupPhrase(std::string_view code);
// "a", "a and b", "a, b and c".
Phrase joinedPhrase(const std::vector<Phrase> &parts);
// Every pattern the sentences below are built from, for the test that checks each is translated.
std::span<const std::string_view> eligibilityPatterns();

struct CriterionMet {
    int priority = 0;
    std::string criterionId;
    std::string criterion;              // CDE's wording
    std::vector<std::string> evidence;  // "ELA Red", "Math Orange"
    std::vector<Phrase> evidencePhrases; // the same, as phrases
    std::string reason;                 // one sentence citing the source
};

struct GroupFinding {
    std::string studentGroup;
    std::vector<int> priorities;        // ascending, each once
    std::vector<CriterionMet> criteria;
    std::string explanation;            // "Students with Disabilities: Priority 4 (ELA Red, Math Orange) and ..."
    Phrase explanationPhrase;           // the same, as a phrase
    // The group made the district eligible: it meets the criteria in two or more priorities, local
    // indicators counted. A group meeting them in one priority only is listed but does not qualify.
    bool qualifies = false;
    std::string letter;                 // CDE's letter for the group's priorities ("B"; cdeLetterFor), "" if none
};

struct EligibilityDetermination {
    std::string districtCds;
    int year = 0;
    bool eligible = false;
    std::vector<GroupFinding> groups;   // every group meeting criteria in one or more priorities
    std::vector<std::string> qualifyingGroups() const; // the codes of the groups that qualify
    int significantGroups = 0;          // groups that take part and are numerically significant somewhere
    std::vector<int> localPriorities;   // local indicators Not Met for Two or More Years
    bool calpadsLate = false;
    std::vector<std::string> grounds;   // one sentence per reason the district is eligible
    std::vector<Phrase> groundPhrases;  // the same, as phrases; the source is each one's last argument
    std::string source;
};

// Applies the year's table to one district's results (rtype D rows of that year), its local
// indicators and its CALPADS flag. Results of other years or other CDS codes are ignored.
Result<EligibilityDetermination> determineEligibility(const std::string &districtCds, int year,
                                                      std::span<const DashboardResult> results,
                                                      std::span<const LocalIndicator> localIndicators,
                                                      std::optional<bool> calpadsLate);

// Ed Code 52072(a) (as amended by SB 114, 2023; CDE reports it as EC52072_YYYY): a district is
// referred to the California Collaborative for Educational Excellence when three or more pupil
// subgroups (or all of them, when it has fewer than three) meet the criteria of Ed Code 52064.5(g)
// in three out of four consecutive school years. Here a year's subgroups "meet the criteria" when
// they qualify; the four years are the Dashboard years year-3 ... year (2020 and 2021 had no
// Dashboard, so they are never met).
struct ReferralFinding {
    int year = 0;
    bool decided = false;           // the imported years settle it either way
    bool referred = false;
    std::vector<int> yearsMet;      // years of the four in which enough subgroups qualified
    std::vector<int> yearsUnknown;  // Dashboard years of the four with nothing imported
    std::string explanation;
    Phrase explanationPhrase;       // the same, as a phrase
};
// `byYear`: the district's determinations of the years imported (others are unknown).
ReferralFinding referralUnder52072(int year, const std::map<int, EligibilityDetermination> &byYear);

// A result that drove eligibility: a qualifying group's result on an indicator that met a criterion
// of one of its priorities (the cells the findings grid marks). A group meeting the criteria in one
// priority only did not make the district eligible, so none of its results drove it.
struct EligibilityDriver {
    std::string studentGroup;
    std::optional<Indicator> indicator; // nullopt only for a criterion missing from the year's table
    int priority = 0;
    std::string criterionId;
    std::string criterion;              // CDE's wording
};
// Each (group, indicator, priority) once, in the order of the determination's groups and criteria.
std::vector<EligibilityDriver> eligibilityDrivers(const EligibilityDetermination &determination);

// The qualifying groups a required-assistance case opened from a determination records: one row per
// qualifying group, priority and indicator that met a criterion (a priority met only through a local
// indicator is recorded once for all students, without an indicator).
std::vector<QualifyingGroup> qualifyingGroupRecords(const EligibilityDetermination &determination);

// A charter school as an LEA (its own rows, charter_flag Y): the district rules without the CALPADS
// ground, met on two consecutive Dashboards (2022 and 2023 for 2023; 2023 and 2024 for 2024 ...),
// as CDE's LEA criteria for 2023, 2024 and 2025 say. Casebook has no charter rule before 2023.
struct CharterDetermination {
    std::string schoolCds;
    int year = 0;
    int priorYear = 0;
    bool decided = false;            // false: this year meets the criteria but the prior year is not imported
    bool eligible = false;
    EligibilityDetermination current;
    std::optional<EligibilityDetermination> prior;
    std::string explanation;
    Phrase explanationPhrase; // the same, as a phrase
};
// `results`: the school's rows of both years (others are ignored). Refused for a school that is not
// a charter in the files, and for years without a charter rule.
Result<CharterDetermination> determineCharterEligibility(const std::string &schoolCds, int year,
                                                         std::span<const DashboardResult> results);

// Findings beyond eligibility (BP 0520 technical-assistance area 2).
struct GroupIndicatorFinding {
    std::string studentGroup;
    Indicator indicator = Indicator::ELA;
    std::string text; // one sentence
    Phrase textPhrase; // the same, as a phrase
};

struct DashboardFindings {
    std::vector<GroupIndicatorFinding> numericallySignificant; // Ed Code 52052
    std::vector<GroupIndicatorFinding> lowPerforming;          // Red/Orange, or the two lowest status levels
    // Casebook's own practice, not a statutory or CDE definition: two or more performance levels
    // below all students (kDisparityPractice says so wherever the list is shown).
    std::vector<GroupIndicatorFinding> disparities;
};

inline constexpr std::string_view kDisparityPractice =
    "Disparities: two or more performance levels below all students (the district's practice in Casebook, not a "
    "statutory definition)";

// 1 (lowest) ... 5 (highest) performance of a result: its colour, or in a status-only year its
// status level turned so that 1 is always the worst (high chronic absenteeism is bad).
std::optional<int> performanceLevel(const DashboardResult &result, bool statusOnly);

DashboardFindings findDashboardFindings(int year, std::span<const DashboardResult> results);

} // namespace casebook
