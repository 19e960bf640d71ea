// The differentiated-assistance criteria per Dashboard year and the one engine that reads them;
// docs/eligibility.md lists each criterion with its source.
#include "eligibility.h"

#include "codes.h"

#include <algorithm>
#include <map>
#include <set>

namespace casebook {

namespace {

constexpr Condition color(Indicator i, int lowest, int highest) { return {i, Measure::Color, lowest, highest}; }
constexpr Condition red(Indicator i) { return color(i, 1, 1); }
constexpr Condition redOrOrange(Indicator i) { return color(i, 1, 2); }
// A status condition names the level as the Dashboard shows it; decodeStatusLevel() turns each file's
// code into that level (chronic absenteeism and suspension files code 1 as Very High).
constexpr Condition status(Indicator i, StatusLevel level) { return {i, Measure::StatusLevel, int(level), int(level)}; }

constexpr StatusLevel kVeryLow = StatusLevel::VeryLow;
constexpr StatusLevel kVeryHigh = StatusLevel::VeryHigh;

using enum Indicator;

constexpr std::string_view kElaMathText = "Red on English language arts or mathematics and Red or Orange on the other";
constexpr std::string_view kElaMathTextAgain = "Red on mathematics or English language arts and Red or Orange on the other";

// Priority 4 "Red on both, or Red on one and Orange on the other": two criteria, one per Red subject.
#define CASEBOOK_ELA_MATH(YEAR, SCOPE)                                                             \
    Criterion{4, YEAR "-P4-ELA-RED", kElaMathText, SCOPE, {red(ELA), redOrOrange(Math)}, 2},       \
        Criterion{4, YEAR "-P4-MATH-RED", kElaMathTextAgain, SCOPE, {red(Math), redOrOrange(ELA)}, 2}

constexpr std::array kCriteria2019{
    CASEBOOK_ELA_MATH("2019", GroupScope::AnyGroup),
    Criterion{4, "2019-P4-ELPI-VERYLOW", "Very Low status on the English Learner Progress Indicator (EL group only)",
              GroupScope::EnglishLearnersOnly, {status(ELPI, kVeryLow)}, 1},
    Criterion{5, "2019-P5-GRAD-RED", "Red on the Graduation Rate Indicator", GroupScope::AnyGroup, {red(Graduation)}, 1},
    Criterion{5, "2019-P5-CHRONIC-RED", "Red on the Chronic Absenteeism Indicator", GroupScope::AnyGroup,
              {red(ChronicAbsenteeism)}, 1},
    Criterion{6, "2019-P6-SUSP-RED", "Red on the Suspension Rate Indicator", GroupScope::AnyGroup, {red(Suspension)}, 1},
    Criterion{8, "2019-P8-CCI-RED", "Red on the College/Career Indicator", GroupScope::AnyGroup, {red(CollegeCareer)}, 1},
};

constexpr std::array kCriteria2022{
    Criterion{4, "2022-P4-ELA-MATH-VERYLOW", "Very Low status on both the ELA and Mathematics Academic Indicators",
              GroupScope::AnyGroup, {status(ELA, kVeryLow), status(Math, kVeryLow)}, 2},
    Criterion{4, "2022-P4-ELPI-VERYLOW", "Very Low status on the English Learner Progress Indicator",
              GroupScope::EnglishLearnersOnly, {status(ELPI, kVeryLow)}, 1},
    Criterion{5, "2022-P5-GRAD-VERYLOW", "Very Low status on the Graduation Rate Indicator", GroupScope::AnyGroup,
              {status(Graduation, kVeryLow)}, 1},
    Criterion{5, "2022-P5-CHRONIC-VERYHIGH", "Very High status on the Chronic Absenteeism Indicator",
              GroupScope::AnyGroup, {status(ChronicAbsenteeism, kVeryHigh)}, 1},
    Criterion{6, "2022-P6-SUSP-VERYHIGH", "Very High status on the Suspension Rate Indicator", GroupScope::AnyGroup,
              {status(Suspension, kVeryHigh)}, 1},
};

#define CASEBOOK_COMMON_COLOR_CRITERIA(YEAR)                                                       \
    Criterion{4, YEAR "-P4-ELPI-RED", "Red on the English Learner Progress Indicator (EL group only)",            \
              GroupScope::EnglishLearnersOnly, {red(ELPI)}, 1},                                    \
        Criterion{5, YEAR "-P5-GRAD-RED", "Red on the Graduation Rate Indicator", GroupScope::AnyGroup,            \
                  {red(Graduation)}, 1},                                                           \
        Criterion{5, YEAR "-P5-CHRONIC-RED", "Red on the Chronic Absenteeism Indicator", GroupScope::AnyGroup,    \
                  {red(ChronicAbsenteeism)}, 1},                                                   \
        Criterion{6, YEAR "-P6-SUSP-RED", "Red on the Suspension Rate Indicator", GroupScope::AnyGroup,           \
                  {red(Suspension)}, 1}

constexpr std::array kCriteria2023{
    CASEBOOK_ELA_MATH("2023", GroupScope::AnyGroup),
    CASEBOOK_COMMON_COLOR_CRITERIA("2023"),
    Criterion{8, "2023-P8-CCI-VERYLOW", "Very Low status on the College/Career Indicator (stands in for Red in 2023)",
              GroupScope::AnyGroup, {status(CollegeCareer, kVeryLow)}, 1},
};

constexpr std::array kCriteria2024{
    CASEBOOK_ELA_MATH("2024", GroupScope::AnyGroup),
    CASEBOOK_COMMON_COLOR_CRITERIA("2024"),
    Criterion{8, "2024-P8-CCI-RED", "Red on the College/Career Indicator", GroupScope::AnyGroup, {red(CollegeCareer)}, 1},
};

constexpr std::array kCriteria2025{
    CASEBOOK_ELA_MATH("2025", GroupScope::AnyGroupButLtel),
    CASEBOOK_COMMON_COLOR_CRITERIA("2025"),
    Criterion{4, "2025-P4-LTEL-ELPI", "Red or Orange on the English Learner Progress Indicator (LTEL group only)",
              GroupScope::LongTermEnglishLearnersOnly, {redOrOrange(ELPI)}, 1},
    Criterion{8, "2025-P8-CCI-RED", "Red on the College/Career Indicator", GroupScope::AnyGroup, {red(CollegeCareer)}, 1},
};

#undef CASEBOOK_ELA_MATH
#undef CASEBOOK_COMMON_COLOR_CRITERIA

constexpr std::string_view kSourceBase =
    "CDE, \"LEA Criteria for Differentiated Assistance\" (www.cde.ca.gov/ta/ac/cm/leaproposedcrit.asp), ";

const std::array<DifferentiatedAssistanceRules, 5> kRules{{
    {2019, false, true, false, kCriteria2019, "2019 Dashboard; Ed Code 52064.5, 52071"},
    {2022, true, false, false, kCriteria2022, "2022 Dashboard (status only; priorities 4, 5, 6); Ed Code 52064.5"},
    {2023, false, true, false, kCriteria2023, "2023 Dashboard; Ed Code 52064.5, 52071"},
    {2024, false, true, true, kCriteria2024, "2024 Dashboard; Ed Code 52064.5, 52071"},
    {2025, false, true, true, kCriteria2025, "2025 Dashboard; Ed Code 52064.5, 52071(a)(2)"},
}};

bool inScope(GroupScope scope, std::string_view group)
{
    switch (scope) {
    case GroupScope::AnyGroup: return true;
    case GroupScope::AnyGroupButLtel: return group != "LTEL";
    case GroupScope::EnglishLearnersOnly: return group == "EL";
    case GroupScope::LongTermEnglishLearnersOnly: return group == "LTEL";
    }
    return false;
}

bool significant(const DashboardResult &r)
{
    return r.currDenom && isNumericallySignificant(r.studentGroup, int(std::min<std::int64_t>(*r.currDenom, 1 << 30)));
}

// Every pattern the sentences are built from (phrase.h), listed once for eligibilityPatterns().
namespace text {
constexpr std::string_view kPair = "%1 %2";
constexpr std::string_view kStatus = "%1 status";
constexpr std::string_view kComma = "%1, %2";
constexpr std::string_view kAnd = "%1 and %2";
constexpr std::string_view kPriority = "Priority %1 (%2)";
constexpr std::string_view kGroupPriorities = "%1: %2";
constexpr std::string_view kLocalPart = "Priority %1 (local indicator Not Met for Two or More Years)";
constexpr std::string_view kTogetherWith = "%1 together with %2";
constexpr std::string_view kSameGroup = "%1: the same student group meets the criteria in %2 priorities (%3).";
constexpr std::string_view kLocalSentence = "Priority %1 (%2): the local indicator was Not Met for Two or More Years";
constexpr std::string_view kLocalGround = "Local indicators in two or more priorities: %1 (%2).";
constexpr std::string_view kCalpadsGround =
    "The district did not submit CALPADS data on time (%1, as CDE's %2 criteria cite it; %3).";
constexpr std::string_view kCharterNotMet = "Not eligible: the %1 Dashboard does not meet the criteria.";
constexpr std::string_view kCharterUndecided =
    "Not decided: the %1 Dashboard meets the criteria; a charter school must meet them on both the %2 and %1 "
    "Dashboards. Import the %2 files.";
constexpr std::string_view kCharterEligible = "Eligible: the criteria are met on both the %1 and %2 Dashboards.";
constexpr std::string_view kCharterPriorNotMet =
    "Not eligible: the %1 Dashboard meets the criteria but the %2 Dashboard does not (two years are required).";
constexpr std::string_view kCharterSource =
    "%1 (CDE, \"LEA Criteria for Differentiated Assistance\": charter schools \"must meet them for two years\"; the "
    "CALPADS ground applies to districts and COEs only.)";
constexpr std::string_view kYearNotImported = "%1 not imported";
constexpr std::string_view kYearNoDashboard = "%1 no Dashboard";
constexpr std::string_view kYearNeeded = "%1 %2 of %3 needed";
constexpr std::string_view kYearNeededMet = "%1 %2 of %3 needed (met)";
constexpr std::string_view kYearsJoined = "%1; %2";
constexpr std::string_view kReferred = "Referred";
constexpr std::string_view kNotReferred = "Not referred";
constexpr std::string_view kReferralUndecided = "Not decided";
constexpr std::string_view kReferral =
    "%1 under Ed Code 52072(a): three or more student groups (or all, when fewer than three) must meet the criteria "
    "in three of the four school years %2-%3: %4.";
constexpr std::string_view kReferralImport = "%1 Import the missing years' Dashboard files to decide.";
constexpr std::string_view kSignificant =
    "%1 is numerically significant on %2 with %3 students (at least %4 needed, Ed Code 52052).";
constexpr std::string_view kLowPerforming = "%1 is low-performing on %2 (%3).";
constexpr std::string_view kDisparity = "%1 is %2 levels below all students on %3 (%4 against %5).";

constexpr std::array kAll{kPair, kStatus, kComma, kAnd, kPriority, kGroupPriorities, kLocalPart, kTogetherWith,
                          kSameGroup, kLocalSentence, kLocalGround, kCalpadsGround, kCharterNotMet, kCharterUndecided,
                          kCharterEligible, kCharterPriorNotMet, kCharterSource, kYearNotImported, kYearNoDashboard,
                          kYearNeeded, kYearNeededMet, kYearsJoined, kReferred, kNotReferred, kReferralUndecided,
                          kReferral, kReferralImport, kSignificant, kLowPerforming, kDisparity};
} // namespace text

Phrase say(std::string_view pattern, std::vector<Phrase> args = {}) { return Phrase::of(std::string(pattern), std::move(args)); }
Phrase number(long long n) { return Phrase(std::to_string(n)); }

// "a, b and c" as one string, the English of joinedPhrase().
std::string joinPriorities(const std::vector<std::string> &parts)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out;
}

// "a, b, c" (no "and").
Phrase listPhrase(const std::vector<Phrase> &parts)
{
    Phrase out;
    for (const auto &p : parts)
        out = out.empty() ? p : say(text::kComma, {out, p});
    return out;
}

Phrase priorityNamePhrase(int priority) { return Phrase::label(std::string(lcffPriorityName(priority)), "LCFF priority"); }

using ResultsByGroup = std::map<std::string, std::map<Indicator, const DashboardResult *>>;

Phrase localSentence(int priority)
{
    return say(text::kLocalSentence, {number(priority), priorityNamePhrase(priority)});
}

} // namespace

std::span<const std::string_view> eligibilityPatterns() { return text::kAll; }

Phrase indicatorPhrase(Indicator indicator) { return Phrase::label(std::string(indicatorShortName(indicator)), "indicator"); }

Phrase indicatorNamePhrase(Indicator indicator)
{
    return Phrase::label(std::string(indicatorInfo(indicator).name), "indicator name");
}

Phrase statusLevelPhrase(StatusLevel level) { return Phrase::label(std::string(statusLevelName(level)), "status level"); }

Phrase statusPhrase(StatusLevel level) { return say(text::kStatus, {statusLevelPhrase(level)}); }

Phrase studentGroupPhrase(std::string_view code) { return Phrase::label(studentGroupName(code), std::string(kStudentGroupLabel)); }

Phrase performancePhrase(const DashboardResult &result, bool statusOnly)
{
    if (!statusOnly && result.color && *result.color >= 1 && *result.color <= 5)
        return Phrase::label(std::string(colorName(Color(*result.color))), "colour");
    if (const auto level = statusLevelOf(result))
        return statusPhrase(*level);
    return {};
}

Phrase joinedPhrase(const std::vector<Phrase> &parts)
{
    if (parts.size() < 2)
        return parts.empty() ? Phrase() : parts.front();
    return say(text::kAnd, {listPhrase({parts.begin(), parts.end() - 1}), parts.back()});
}

std::span<const DifferentiatedAssistanceRules> differentiatedAssistanceRules() { return kRules; }

Result<const DifferentiatedAssistanceRules *> rulesForYear(int year)
{
    for (const auto &r : kRules)
        if (r.year == year)
            return &r;
    std::string known;
    for (const auto &r : kRules)
        known += (known.empty() ? "" : ", ") + std::to_string(r.year);
    return Error::badInput("year", "Casebook has no differentiated-assistance criteria for the " +
                                       std::to_string(year) + " Dashboard; it knows " + known +
                                       " (2020 and 2021 had no performance levels)");
}

std::string_view indicatorShortName(Indicator indicator)
{
    switch (indicator) {
    case ELA: return "ELA";
    case Math: return "Math";
    case ELPI: return "ELPI";
    case Graduation: return "Graduation Rate";
    case ChronicAbsenteeism: return "Chronic Absenteeism";
    case Suspension: return "Suspension Rate";
    case CollegeCareer: return "College/Career";
    }
    return "?";
}

std::string performanceLabel(const DashboardResult &result, bool statusOnly)
{
    return performancePhrase(result, statusOnly).str();
}

std::optional<int> performanceLevel(const DashboardResult &result, bool statusOnly)
{
    if (!statusOnly)
        return result.color && *result.color >= 1 && *result.color <= 5 ? result.color : std::nullopt;
    const auto level = statusLevelOf(result);
    if (!level)
        return std::nullopt;
    return highStatusIsWorse(result.indicator) ? 6 - int(*level) : int(*level);
}

namespace {

// The year's table applied to the results of one row code: a district's (CDS ending in seven zeros)
// or a charter school's.
Result<EligibilityDetermination> determineForRow(const std::string &entityCds, const std::string &districtRow, int year,
                                                 std::span<const DashboardResult> results,
                                                 std::span<const LocalIndicator> localIndicators,
                                                 std::optional<bool> calpadsLate)
{
    auto rules = rulesForYear(year);
    if (!rules)
        return rules.error();
    const auto &table = **rules;
    const std::string &districtCds = entityCds;
    EligibilityDetermination d;
    d.districtCds = entityCds;
    d.year = year;
    d.source = std::string(kSourceBase) + std::string(table.source);

    ResultsByGroup byGroup;
    for (const auto &r : results)
        if (r.year == year && r.cds == districtRow && qualifiesDistrict(r.studentGroup, year) && significant(r))
            byGroup[r.studentGroup][r.indicator] = &r;

    d.significantGroups = int(byGroup.size());
    for (const auto &[group, indicators] : byGroup) {
        GroupFinding finding;
        finding.studentGroup = group;
        for (const auto &c : table.criteria) {
            if (!inScope(c.scope, group))
                continue;
            CriterionMet met{c.priority, std::string(c.id), std::string(c.text), {}, {}, {}};
            bool all = true;
            for (int k = 0; k < c.conditionCount && all; ++k) {
                const auto &cond = c.conditions[std::size_t(k)];
                const auto it = indicators.find(cond.indicator);
                const auto &r = it == indicators.end() ? nullptr : it->second;
                std::optional<int> value;
                if (r && cond.measure == Measure::Color)
                    value = r->color;
                else if (r)
                    if (const auto level = statusLevelOf(*r))
                        value = int(*level);
                all = value && *value >= cond.lowest && *value <= cond.highest;
                if (all) {
                    met.evidencePhrases.push_back(say(text::kPair, {indicatorPhrase(cond.indicator),
                                                                   performancePhrase(*r, cond.measure == Measure::StatusLevel)}));
                    met.evidence.push_back(met.evidencePhrases.back().str());
                }
            }
            if (!all)
                continue;
            // ELA Red with Math Red meets both Priority 4 criteria: report it once.
            std::vector<std::string> sorted = met.evidence;
            std::sort(sorted.begin(), sorted.end());
            const bool duplicate = std::any_of(finding.criteria.begin(), finding.criteria.end(), [&](const auto &m) {
                auto e = m.evidence;
                std::sort(e.begin(), e.end());
                return m.priority == met.priority && e == sorted;
            });
            if (duplicate)
                continue;
            met.reason = studentGroupName(group) + " meets Priority " + std::to_string(c.priority) + " (" +
                         std::string(lcffPriorityName(c.priority)) + ") with " + joinPriorities(met.evidence) +
                         ": \"" + std::string(c.text) + "\" (" + d.source + ").";
            finding.criteria.push_back(std::move(met));
        }
        if (finding.criteria.empty())
            continue;
        std::set<int> priorities;
        for (const auto &m : finding.criteria)
            priorities.insert(m.priority);
        finding.priorities.assign(priorities.begin(), priorities.end());
        std::vector<Phrase> parts;
        for (int p : finding.priorities) {
            std::vector<Phrase> evidence;
            for (const auto &m : finding.criteria)
                if (m.priority == p)
                    for (const auto &e : m.evidencePhrases)
                        if (std::find(evidence.begin(), evidence.end(), e) == evidence.end())
                            evidence.push_back(e);
            parts.push_back(say(text::kPriority, {number(p), listPhrase(evidence)}));
        }
        finding.explanationPhrase = say(text::kGroupPriorities, {studentGroupPhrase(group), joinedPhrase(parts)});
        finding.explanation = finding.explanationPhrase.str();
        d.groups.push_back(std::move(finding));
    }

    if (table.localIndicators) {
        std::set<int> local;
        for (const auto &li : localIndicators)
            if (li.districtCds == districtCds && li.year == year && isLocalIndicatorPriority(li.priority) &&
                li.status == LocalIndicatorStatus::NotMetTwoYears)
                local.insert(li.priority);
        d.localPriorities.assign(local.begin(), local.end());
    }
    d.calpadsLate = table.calpadsLate && calpadsLate.value_or(false);

    // The same student group in two or more priorities; local indicators count for every group.
    for (auto &g : d.groups) {
        std::set<int> all(g.priorities.begin(), g.priorities.end());
        all.insert(d.localPriorities.begin(), d.localPriorities.end());
        if (all.size() < 2)
            continue;
        g.qualifies = true;
        if (const auto letter = cdeLetterFor(g.priorities))
            g.letter = std::string(1, *letter);
        Phrase sentence = g.explanationPhrase;
        std::vector<Phrase> localParts;
        for (int p : d.localPriorities)
            if (std::find(g.priorities.begin(), g.priorities.end(), p) == g.priorities.end())
                localParts.push_back(say(text::kLocalPart, {number(p)}));
        if (!localParts.empty())
            sentence = say(text::kTogetherWith, {sentence, joinedPhrase(localParts)});
        d.groundPhrases.push_back(say(text::kSameGroup, {sentence, number(long(all.size())), d.source}));
    }
    if (d.localPriorities.size() >= 2) {
        std::vector<Phrase> parts;
        for (int p : d.localPriorities)
            parts.push_back(localSentence(p));
        d.groundPhrases.push_back(say(text::kLocalGround, {joinedPhrase(parts), d.source}));
    }
    if (d.calpadsLate)
        d.groundPhrases.push_back(say(text::kCalpadsGround, {d.year >= 2025 ? "Ed Code 52071(a)(2)" : "Ed Code 60900",
                                                             number(d.year), d.source}));
    for (const auto &g : d.groundPhrases)
        d.grounds.push_back(g.str());
    d.eligible = !d.grounds.empty();
    return d;
}

} // namespace

Result<EligibilityDetermination> determineEligibility(const std::string &districtCds, int year,
                                                      std::span<const DashboardResult> results,
                                                      std::span<const LocalIndicator> localIndicators,
                                                      std::optional<bool> calpadsLate)
{
    CASEBOOK_TRY(validateDistrictCode(districtCds, "district"));
    return determineForRow(districtCds, districtLevelCds(districtCds), year, results, localIndicators, calpadsLate);
}

Result<CharterDetermination> determineCharterEligibility(const std::string &schoolCds, int year,
                                                         std::span<const DashboardResult> results)
{
    CASEBOOK_TRY(validateSchoolCode(schoolCds, "school"));
    const int prior = year == 2023 ? 2022 : year - 1; // no Dashboard in 2020 and 2021
    if (year < 2023 || !rulesForYear(year).ok())
        return Error::badInput("year", "Casebook has charter-school criteria for the 2023 Dashboard on (CDE: \"the "
                                       "same as for districts and COEs except charter schools must meet them for two "
                                       "years\"); none for " + std::to_string(year));
    const bool charter = std::any_of(results.begin(), results.end(),
                                     [&](const auto &r) { return r.cds == schoolCds && r.charter; });
    if (!charter)
        return Error::badInput("school", schoolCds + " is not a charter school in the imported files (charter_flag Y): "
                                         "a district's schools are part of its district's determination");
    CharterDetermination c;
    c.schoolCds = schoolCds;
    c.year = year;
    c.priorYear = prior;
    // The CALPADS ground is "only applicable to districts and COEs"; charter local indicators are not kept.
    auto current = determineForRow(schoolCds, schoolCds, year, results, {}, std::nullopt);
    if (!current)
        return current.error();
    c.current = std::move(*current);
    const bool priorImported = std::any_of(results.begin(), results.end(),
                                           [&](const auto &r) { return r.cds == schoolCds && r.year == prior; });
    if (priorImported) {
        auto before = determineForRow(schoolCds, schoolCds, prior, results, {}, std::nullopt);
        if (!before)
            return before.error();
        c.prior = std::move(*before);
    }
    Phrase verdict;
    if (!c.current.eligible) {
        c.decided = true;
        verdict = say(text::kCharterNotMet, {number(year)});
    } else if (!c.prior) {
        c.decided = false;
        verdict = say(text::kCharterUndecided, {number(year), number(prior)});
    } else {
        c.decided = true;
        c.eligible = c.prior->eligible;
        verdict = c.eligible ? say(text::kCharterEligible, {number(prior), number(year)})
                             : say(text::kCharterPriorNotMet, {number(year), number(prior)});
    }
    c.explanationPhrase = say(text::kCharterSource, {verdict});
    c.explanation = c.explanationPhrase.str();
    return c;
}

std::vector<std::string> EligibilityDetermination::qualifyingGroups() const
{
    std::vector<std::string> out;
    for (const auto &g : groups)
        if (g.qualifies)
            out.push_back(g.studentGroup);
    return out;
}

ReferralFinding referralUnder52072(int year, const std::map<int, EligibilityDetermination> &byYear)
{
    ReferralFinding f;
    f.year = year;
    Phrase list;
    const auto add = [&](Phrase part) { list = list.empty() ? part : say(text::kYearsJoined, {list, part}); };
    for (int y = year - 3; y <= year; ++y) {
        const auto it = byYear.find(y);
        if (it == byYear.end()) {
            if (rulesForYear(y).ok())
                f.yearsUnknown.push_back(y);
            add(say(rulesForYear(y).ok() ? text::kYearNotImported : text::kYearNoDashboard, {number(y)}));
            continue;
        }
        const auto &d = it->second;
        const int qualifying = int(d.qualifyingGroups().size());
        const int needed = std::min(3, std::max(d.significantGroups, 1));
        const bool met = qualifying >= needed;
        if (met)
            f.yearsMet.push_back(y);
        add(say(met ? text::kYearNeededMet : text::kYearNeeded, {number(y), number(qualifying), number(needed)}));
    }
    const int met = int(f.yearsMet.size());
    f.referred = met >= 3;
    f.decided = f.referred || met + int(f.yearsUnknown.size()) < 3;
    const Phrase verdict = say(f.referred ? text::kReferred : f.decided ? text::kNotReferred : text::kReferralUndecided);
    f.explanationPhrase = say(text::kReferral, {verdict, number(year - 3), number(year), list});
    if (!f.decided)
        f.explanationPhrase = say(text::kReferralImport, {f.explanationPhrase});
    f.explanation = f.explanationPhrase.str();
    return f;
}

std::vector<EligibilityDriver> eligibilityDrivers(const EligibilityDetermination &d)
{
    std::vector<EligibilityDriver> out;
    const auto add = [&](const std::string &group, std::optional<Indicator> indicator, const CriterionMet &met) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const auto &e) {
            return e.studentGroup == group && e.indicator == indicator && e.priority == met.priority;
        });
        if (!seen)
            out.push_back({group, indicator, met.priority, met.criterionId, met.criterion});
    };
    auto rules = rulesForYear(d.year);
    for (const auto &g : d.groups) {
        if (!g.qualifies)
            continue;
        for (const auto &met : g.criteria) {
            const Criterion *criterion = nullptr;
            if (rules)
                for (const auto &c : (*rules)->criteria)
                    if (c.id == met.criterionId)
                        criterion = &c;
            if (!criterion) {
                add(g.studentGroup, std::nullopt, met);
                continue;
            }
            for (int k = 0; k < criterion->conditionCount; ++k)
                add(g.studentGroup, criterion->conditions[std::size_t(k)].indicator, met);
        }
    }
    return out;
}

std::vector<QualifyingGroup> qualifyingGroupRecords(const EligibilityDetermination &d)
{
    std::vector<QualifyingGroup> out;
    for (const auto &driver : eligibilityDrivers(d))
        out.push_back(QualifyingGroup{.studentGroup = driver.studentGroup,
                                      .indicator = driver.indicator ? std::string(indicatorInfo(*driver.indicator).code)
                                                                    : std::string(),
                                      .priority = driver.priority});
    for (int p : d.localPriorities)
        out.push_back(QualifyingGroup{.studentGroup = "ALL", .indicator = "", .priority = p});
    return out;
}

DashboardFindings findDashboardFindings(int year, std::span<const DashboardResult> results)
{
    DashboardFindings f;
    auto rules = rulesForYear(year);
    const bool statusOnly = rules.ok() && (*rules)->statusOnly;
    std::map<std::pair<std::string, Indicator>, const DashboardResult *> allStudents;
    for (const auto &r : results)
        if (r.year == year && r.studentGroup == "ALL")
            allStudents[{r.cds, r.indicator}] = &r;
    for (const auto &r : results) {
        if (r.year != year || !findStudentGroup(r.studentGroup))
            continue;
        const Phrase name = studentGroupPhrase(r.studentGroup);
        const Phrase indicator = indicatorPhrase(r.indicator);
        const auto finding = [&](Phrase sentence) {
            return GroupIndicatorFinding{r.studentGroup, r.indicator, sentence.str(), sentence};
        };
        if (!significant(r))
            continue;
        f.numericallySignificant.push_back(finding(say(
            text::kSignificant, {name, indicator, number(*r.currDenom),
                                 number(findStudentGroup(r.studentGroup)->numericallySignificantAt)})));
        const auto level = performanceLevel(r, statusOnly);
        if (!level)
            continue;
        const Phrase label = performancePhrase(r, statusOnly);
        if (*level <= 2)
            f.lowPerforming.push_back(finding(say(text::kLowPerforming, {name, indicator, label})));
        const auto all = allStudents.find({r.cds, r.indicator});
        if (r.studentGroup == "ALL" || all == allStudents.end())
            continue;
        const auto allLevel = performanceLevel(*all->second, statusOnly);
        if (allLevel && *allLevel - *level >= 2)
            f.disparities.push_back(finding(say(text::kDisparity, {name, number(*allLevel - *level), indicator, label,
                                                                   performancePhrase(*all->second, statusOnly)})));
    }
    return f;
}

} // namespace casebook
