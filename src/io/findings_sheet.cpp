// findingsSheetFor() and findingsText(); see findings_sheet.h.
#include "findings_sheet.h"

#include "findings_report.h"
#include "findings_words.h"

#include "domain/codes.h"
#include "storage/dashboard_store.h"

#include <algorithm>
#include <cstdio>

namespace casebook::io {

namespace {

// The patterns of the sheet's own words (domain/phrase.h), listed for translation in
// app/domain_labels.cpp.
namespace text {
using namespace findings_words;
constexpr const char *kDrove = "Priority %1: %2 (%3)";
constexpr const char *kIndicatorLevel = "%1 (%2)";
constexpr const char *kTitle = "%1 — %2 Dashboard";
constexpr const char *kDroveDistrict =
    "* drove eligibility: the result met a criterion for a student group that qualified the district.";
constexpr const char *kDroveSchool =
    "* drove eligibility: the result met a criterion for a student group that qualified the school.";
constexpr const char *kEligible = "Eligible for differentiated assistance (%1 Dashboard)";
constexpr const char *kNotEligible = "Not eligible for differentiated assistance (%1 Dashboard)";
constexpr const char *kQualifying = "Qualifying: %1";
constexpr const char *kQualifyingLetter = "Qualifying: %1 — CDE letter %2";
constexpr const char *kOnePriority = "One priority only (not qualifying): %1";
constexpr const char *kReferral = "CCEE referral (Ed Code 52072(a)): %1";
constexpr const char *kCharter = "Charter school: %1";
} // namespace text

// The sentence without its citation, which the sheet gives once.
std::string withoutSource(std::string sentence, const std::string &source)
{
    for (const std::string &cited : {" (" + source + ")", "; " + source})
        for (auto at = sentence.find(cited); at != std::string::npos; at = sentence.find(cited))
            sentence.erase(at, cited.size());
    return sentence;
}

// A ground without its citation: the source is the phrase's last argument, so the pattern loses
// " (%N)" or "; %N" as the English loses " (source)" or "; source".
Phrase withoutSource(const Phrase &ground, const std::string &source)
{
    const auto &args = ground.args();
    if (ground.isText() || args.empty() || args.back().str() != source)
        return withoutSource(ground.str(), source);
    const std::string pattern = withoutSource(ground.pattern(), "%" + std::to_string(args.size()));
    return Phrase::of(pattern, std::vector<Phrase>(args.begin(), args.end() - 1));
}

std::string detailOf(const DashboardResult &r)
{
    std::string out;
    if (r.currStatus) {
        char value[32];
        std::snprintf(value, sizeof value, "%.1f", *r.currStatus);
        out = value;
    }
    if (r.currDenom)
        out += (out.empty() ? "" : " · ") + std::string("n=") + std::to_string(*r.currDenom);
    return out;
}

// Rows in the Dashboard's order: the student groups, the populations CDE reports beside them (SBA,
// CAA), then any code Casebook does not know, by its code.
std::vector<std::string> groupRows(const std::vector<DashboardResult> &results)
{
    std::vector<std::string> groups;
    const auto carried = [&](std::string_view code) {
        return std::any_of(results.begin(), results.end(), [&](const auto &r) { return r.studentGroup == code; });
    };
    for (const auto table : {studentGroups(), reportedPopulations()})
        for (const auto &g : table)
            if (carried(g.code))
                groups.emplace_back(g.code);
    for (const auto &r : results)
        if (std::find(groups.begin(), groups.end(), r.studentGroup) == groups.end())
            groups.push_back(r.studentGroup);
    return groups;
}

} // namespace

int FindingsSheet::drivingCells() const
{
    int n = 0;
    for (const auto &row : cells)
        for (const auto &cell : row)
            n += cell && !cell->drove.empty() ? 1 : 0;
    return n;
}

Result<FindingsSheet> findingsSheetFor(storage::Database &db, const std::string &cds, int year)
{
    auto results = storage::dashboardResultsFor(db, cds, year);
    if (!results)
        return results.error();
    FindingsSheet sheet;
    sheet.cds = cds;
    sheet.year = year;
    sheet.district = isDistrictLevelCds(cds);
    auto rules = rulesForYear(year);
    sheet.statusOnly = rules && (*rules)->statusOnly;
    if (!results->empty())
        sheet.name = sheet.district ? results->front().districtName : results->front().schoolName;

    // The determination whose driving results the grid marks.
    const EligibilityDetermination *driving = nullptr;
    if (sheet.district && rules) {
        auto known = determineDistrictYear(db, districtPartOf(cds), year);
        if (!known)
            return known.error();
        sheet.determination = std::move(known->determination);
        driving = &*sheet.determination;
        auto referral = referralFor(db, districtPartOf(cds), year);
        if (!referral)
            return referral.error();
        sheet.referral = std::move(*referral);
        sheet.source = sheet.determination->source;
        std::size_t groupGrounds = 0;
        for (const auto &g : sheet.determination->groups)
            groupGrounds += g.qualifies ? 1 : 0;
        for (std::size_t i = groupGrounds; i < sheet.determination->groundPhrases.size(); ++i)
            sheet.otherGrounds.push_back(withoutSource(sheet.determination->groundPhrases[i], sheet.source));
    } else if (std::any_of(results->begin(), results->end(), [](const auto &r) { return r.charter; })) {
        auto charter = determineCharterYear(db, cds, year);
        if (charter) {
            sheet.charter = std::move(*charter);
            sheet.source = sheet.charter->current.source;
            if (sheet.charter->current.eligible)
                driving = &sheet.charter->current;
        }
    }

    sheet.groupCodes = groupRows(*results);
    for (const auto &g : sheet.groupCodes)
        sheet.groupNames.push_back(studentGroupPhrase(g));
    const auto inds = indicators();
    for (const auto &i : inds)
        sheet.indicatorNames.push_back(indicatorPhrase(i.indicator));
    sheet.cells.assign(sheet.groupCodes.size(), std::vector<std::optional<FindingsCell>>(inds.size()));
    const auto drivers = driving ? eligibilityDrivers(*driving) : std::vector<EligibilityDriver>{};
    for (const auto &r : *results) {
        const auto row = std::size_t(std::find(sheet.groupCodes.begin(), sheet.groupCodes.end(), r.studentGroup) -
                                     sheet.groupCodes.begin());
        const auto col = std::size_t(r.indicator); // indicators() is in the enum's order
        FindingsCell cell;
        cell.label = performancePhrase(r, sheet.statusOnly);
        if (cell.label.empty())
            cell.label = Phrase::label(std::string(colorName(Color::None)), "colour");
        cell.detail = detailOf(r);
        cell.color = sheet.statusOnly ? 0 : std::clamp(r.color.value_or(0), 0, 5);
        for (const auto &d : drivers)
            if (d.studentGroup == r.studentGroup && d.indicator == r.indicator)
                cell.drove.push_back(Phrase::of(text::kDrove, {std::to_string(d.priority), d.criterion, d.criterionId}));
        sheet.cells[row][col] = std::move(cell);
    }

    const DashboardFindings findings = findDashboardFindings(year, *results);
    for (std::size_t row = 0; row < sheet.groupCodes.size(); ++row) {
        LowPerformingRow low{sheet.groupNames[row], {}};
        for (const auto &i : inds) // in the Dashboard's order of indicators
            for (const auto &f : findings.lowPerforming)
                if (f.studentGroup == sheet.groupCodes[row] && f.indicator == i.indicator) {
                    const auto &cell = sheet.cells[row][std::size_t(i.indicator)];
                    low.indicators.push_back(
                        Phrase::of(text::kIndicatorLevel, {indicatorPhrase(i.indicator), cell ? cell->label : Phrase()}));
                }
        if (!low.indicators.empty())
            sheet.lowPerforming.push_back(std::move(low));
    }
    for (const auto &f : findings.disparities)
        sheet.disparities.push_back(f.textPhrase);
    return sheet;
}

std::vector<Phrase> determinationLines(const FindingsSheet &sheet)
{
    std::vector<Phrase> lines;
    if (const auto &d = sheet.determination) {
        lines.push_back(Phrase::of(d->eligible ? text::kEligible : text::kNotEligible, {std::to_string(d->year)}));
        for (const auto &g : d->groups)
            if (g.qualifies)
                lines.push_back(g.letter.empty() ? Phrase::of(text::kQualifying, {g.explanationPhrase})
                                                 : Phrase::of(text::kQualifyingLetter, {g.explanationPhrase, g.letter}));
        lines.insert(lines.end(), sheet.otherGrounds.begin(), sheet.otherGrounds.end());
        for (const auto &g : d->groups)
            if (!g.qualifies)
                lines.push_back(Phrase::of(text::kOnePriority, {g.explanationPhrase}));
    }
    if (sheet.referral)
        lines.push_back(Phrase::of(text::kReferral, {sheet.referral->explanationPhrase}));
    if (sheet.charter)
        lines.push_back(Phrase::of(text::kCharter, {sheet.charter->explanationPhrase}));
    return lines;
}

Phrase FindingsSheet::nameAndCode() const
{
    return name.empty() ? Phrase(cds) : Phrase::of(text::kNameAndCode, {name, cds});
}

std::string findingsText(const FindingsSheet &sheet, const Say &say)
{
    std::string out = say(Phrase::of(text::kTitle, {sheet.nameAndCode(), std::to_string(sheet.year)})) + "\n\n";
    out += say(Phrase::of(text::kStudentGroup));
    for (const auto &i : sheet.indicatorNames)
        out += "\t" + say(i);
    out += "\n";
    for (std::size_t r = 0; r < sheet.groupNames.size(); ++r) {
        out += say(sheet.groupNames[r]);
        for (const auto &cell : sheet.cells[r]) {
            out += "\t";
            if (cell)
                out += say(cell->label) + (cell->drove.empty() ? "" : "*") + (cell->detail.empty() ? "" : " " + cell->detail);
        }
        out += "\n";
    }
    if (sheet.drivingCells() > 0)
        out += say(Phrase::of(sheet.district ? text::kDroveDistrict : text::kDroveSchool)) + "\n";
    const auto lines = determinationLines(sheet);
    if (!lines.empty())
        out += "\n";
    for (const auto &line : lines)
        out += say(line) + "\n";
    if (!sheet.lowPerforming.empty()) {
        out += "\n" + say(Phrase::of(text::kLowPerforming)) + "\t" + say(Phrase::of(text::kIndicators)) + "\n";
        for (const auto &row : sheet.lowPerforming) {
            out += say(row.group) + "\t";
            for (std::size_t i = 0; i < row.indicators.size(); ++i)
                out += (i == 0 ? "" : ", ") + say(row.indicators[i]);
            out += "\n";
        }
    }
    if (!sheet.disparities.empty()) {
        out += "\n" + say(Phrase::of(std::string(kDisparityPractice))) + "\n";
        for (const auto &d : sheet.disparities)
            out += say(d) + "\n";
    }
    if (!sheet.source.empty())
        out += "\n" + say(Phrase::of(text::kSource, {sheet.source})) + "\n";
    return out;
}

} // namespace casebook::io
