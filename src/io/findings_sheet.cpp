// findingsSheetFor() and findingsText(); see findings_sheet.h.
#include "findings_sheet.h"

#include "findings_report.h"

#include "domain/codes.h"
#include "storage/dashboard_store.h"

#include <algorithm>
#include <cstdio>

namespace casebook::io {

namespace {

// The sentence without its citation, which the sheet gives once.
std::string withoutSource(std::string sentence, const std::string &source)
{
    for (const std::string &cited : {" (" + source + ")", "; " + source})
        for (auto at = sentence.find(cited); at != std::string::npos; at = sentence.find(cited))
            sentence.erase(at, cited.size());
    return sentence;
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
        for (std::size_t i = groupGrounds; i < sheet.determination->grounds.size(); ++i)
            sheet.otherGrounds.push_back(withoutSource(sheet.determination->grounds[i], sheet.source));
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
        sheet.groupNames.push_back(studentGroupName(g));
    const auto inds = indicators();
    for (const auto &i : inds)
        sheet.indicatorNames.emplace_back(indicatorShortName(i.indicator));
    sheet.cells.assign(sheet.groupCodes.size(), std::vector<std::optional<FindingsCell>>(inds.size()));
    const auto drivers = driving ? eligibilityDrivers(*driving) : std::vector<EligibilityDriver>{};
    for (const auto &r : *results) {
        const auto row = std::size_t(std::find(sheet.groupCodes.begin(), sheet.groupCodes.end(), r.studentGroup) -
                                     sheet.groupCodes.begin());
        const auto col = std::size_t(r.indicator); // indicators() is in the enum's order
        FindingsCell cell;
        cell.label = performanceLabel(r, sheet.statusOnly);
        if (cell.label.empty())
            cell.label = "No colour";
        cell.detail = detailOf(r);
        cell.color = sheet.statusOnly ? 0 : std::clamp(r.color.value_or(0), 0, 5);
        for (const auto &d : drivers)
            if (d.studentGroup == r.studentGroup && d.indicator == r.indicator)
                cell.drove.push_back("Priority " + std::to_string(d.priority) + ": " + d.criterion + " (" +
                                     d.criterionId + ")");
        sheet.cells[row][col] = std::move(cell);
    }

    const DashboardFindings findings = findDashboardFindings(year, *results);
    for (std::size_t row = 0; row < sheet.groupCodes.size(); ++row) {
        LowPerformingRow low{sheet.groupNames[row], {}};
        for (const auto &i : inds) // in the Dashboard's order of indicators
            for (const auto &f : findings.lowPerforming)
                if (f.studentGroup == sheet.groupCodes[row] && f.indicator == i.indicator) {
                    const auto &cell = sheet.cells[row][std::size_t(i.indicator)];
                    low.indicators.push_back(std::string(indicatorShortName(i.indicator)) + " (" +
                                             (cell ? cell->label : std::string()) + ")");
                }
        if (!low.indicators.empty())
            sheet.lowPerforming.push_back(std::move(low));
    }
    for (const auto &f : findings.disparities)
        sheet.disparities.push_back(f.text);
    return sheet;
}

std::string findingsText(const FindingsSheet &sheet)
{
    std::string out = (sheet.name.empty() ? sheet.cds : sheet.name + " (" + sheet.cds + ")") + " — " +
                      std::to_string(sheet.year) + " Dashboard\n\n";
    out += "Student group";
    for (const auto &i : sheet.indicatorNames)
        out += "\t" + i;
    out += "\n";
    for (std::size_t r = 0; r < sheet.groupNames.size(); ++r) {
        out += sheet.groupNames[r];
        for (const auto &cell : sheet.cells[r]) {
            out += "\t";
            if (cell)
                out += cell->label + (cell->drove.empty() ? "" : "*") + (cell->detail.empty() ? "" : " " + cell->detail);
        }
        out += "\n";
    }
    if (sheet.drivingCells() > 0)
        out += "* drove eligibility: the result met a criterion for a student group that qualified the " +
               std::string(sheet.district ? "district" : "school") + ".\n";
    if (const auto &d = sheet.determination) {
        out += std::string("\n") + (d->eligible ? "Eligible" : "Not eligible") + " for differentiated assistance (" +
               std::to_string(d->year) + " Dashboard)\n";
        for (const auto &g : d->groups)
            if (g.qualifies)
                out += "Qualifying: " + g.explanation + (g.letter.empty() ? "" : " — CDE letter " + g.letter) + "\n";
        for (const auto &g : sheet.otherGrounds)
            out += g + "\n";
        for (const auto &g : d->groups)
            if (!g.qualifies)
                out += "One priority only (not qualifying): " + g.explanation + "\n";
    }
    if (sheet.referral)
        out += "CCEE referral (Ed Code 52072(a)): " + sheet.referral->explanation + "\n";
    if (sheet.charter)
        out += "\nCharter school: " + sheet.charter->explanation + "\n";
    if (!sheet.lowPerforming.empty()) {
        out += "\nLow-performing student groups\tIndicators\n";
        for (const auto &row : sheet.lowPerforming) {
            out += row.group + "\t";
            for (std::size_t i = 0; i < row.indicators.size(); ++i)
                out += (i == 0 ? "" : ", ") + row.indicators[i];
            out += "\n";
        }
    }
    if (!sheet.disparities.empty()) {
        out += "\n" + std::string(kDisparityPractice) + "\n";
        for (const auto &d : sheet.disparities)
            out += d + "\n";
    }
    if (!sheet.source.empty())
        out += "\nSource: " + sheet.source + "\n";
    return out;
}

} // namespace casebook::io
