// reconcile(); see reconcile.h.
#include "reconcile.h"

#include <algorithm>
#include <set>

namespace casebook {

namespace {

std::string listPriorities(const std::vector<int> &priorities)
{
    if (priorities.empty())
        return "none";
    std::string out;
    for (std::size_t i = 0; i < priorities.size(); ++i)
        out += (i == 0 ? "" : ", ") + std::to_string(priorities[i]);
    return out;
}

std::string letterText(const std::string &letter, const std::vector<int> &priorities)
{
    return letter.empty() ? "no letter" : letter + " (priorities " + listPriorities(priorities) + ")";
}

std::vector<int> minus(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> out;
    for (int p : a)
        if (std::find(b.begin(), b.end(), p) == b.end())
            out.push_back(p);
    return out;
}

// The evidence Casebook found for the priorities CDE does not list: "Priority 5: Chronic Absenteeism Red".
std::string evidenceFor(const GroupFinding *finding, const std::vector<int> &priorities)
{
    if (!finding)
        return {};
    std::string out;
    for (int p : priorities)
        for (const auto &m : finding->criteria)
            if (m.priority == p) {
                std::string e;
                for (const auto &x : m.evidence)
                    e += (e.empty() ? "" : " and ") + x;
                out += (out.empty() ? "" : "; ") + ("Priority " + std::to_string(p) + ": " + e);
            }
    return out;
}

} // namespace

Reconciliation reconcile(const EligibilityDetermination &computed, const OfficialDetermination &cde)
{
    Reconciliation r;
    r.districtCds = cde.districtCds;
    r.year = cde.year;
    r.casebookEligible = computed.eligible;
    r.cdeInAssistance = cde.differentiatedAssistance;
    r.cdeStatus = cde.status;
    r.yearInAssistance = cde.yearInAssistance;

    std::set<std::string> codes;
    for (const auto &g : computed.groups)
        if (g.qualifies)
            codes.insert(g.studentGroup);
    for (const auto &g : cde.groups)
        codes.insert(g.studentGroup);
    for (const auto &code : codes) {
        GroupComparison c;
        c.studentGroup = code;
        const auto finding = std::find_if(computed.groups.begin(), computed.groups.end(),
                                          [&](const auto &g) { return g.studentGroup == code && g.qualifies; });
        const GroupFinding *ours = finding == computed.groups.end() ? nullptr : &*finding;
        if (ours) {
            c.casebookLetter = ours->letter;
            c.casebookPriorities = ours->priorities;
        }
        const auto theirs = std::find_if(cde.groups.begin(), cde.groups.end(),
                                         [&](const auto &g) { return g.studentGroup == code; });
        if (theirs != cde.groups.end()) {
            c.cdeLetter = std::string(1, theirs->letter);
            if (auto p = prioritiesForCdeLetter(theirs->letter))
                c.cdePriorities = *p;
        }
        c.agrees = c.casebookLetter == c.cdeLetter;
        if (!c.agrees) {
            const std::string name = studentGroupName(code) + " (" + code + ")";
            const auto onlyOurs = minus(c.casebookPriorities, c.cdePriorities);
            const auto onlyTheirs = minus(c.cdePriorities, c.casebookPriorities);
            std::vector<std::string> parts;
            if (!onlyOurs.empty())
                parts.push_back("only Casebook finds priority " + listPriorities(onlyOurs) + " (" +
                                evidenceFor(ours, onlyOurs) + ")");
            if (!onlyTheirs.empty())
                parts.push_back("only CDE lists priority " + listPriorities(onlyTheirs) +
                                " (no criterion met in the imported Dashboard files)");
            std::string joined;
            for (const auto &p : parts)
                joined += (joined.empty() ? "" : "; ") + p;
            c.difference = name + ": Casebook " + letterText(c.casebookLetter, c.casebookPriorities) + ", CDE " +
                           letterText(c.cdeLetter, c.cdePriorities) + "; " + joined + ".";
            c.detail = "O" + joined.substr(1) + "."; // every part starts with "only"
        }
        r.groups.push_back(std::move(c));
    }

    // A district in its second year of assistance is in assistance whatever the new Dashboard says.
    const bool carriedOver = cde.differentiatedAssistance && cde.yearInAssistance == 2 && !computed.eligible;
    r.statusAgrees = computed.eligible == cde.differentiatedAssistance || carriedOver;
    if (carriedOver)
        r.notes.push_back("CDE lists the district in its second year of differentiated assistance (\"" + cde.status +
                          "\"): it stays in assistance although the " + std::to_string(cde.year) +
                          " Dashboard does not make it eligible again.");
    if (!r.statusAgrees)
        r.differences.push_back(std::string("Status: Casebook finds the district ") +
                                (computed.eligible ? "eligible" : "not eligible") + ", CDE's file says \"" +
                                cde.status + "\".");
    for (const auto &g : r.groups)
        if (!g.agrees)
            r.differences.push_back(g.difference);
    if (!computed.localPriorities.empty() || computed.calpadsLate)
        r.notes.push_back("Local indicators and CALPADS timeliness are entered by staff, not read from the Dashboard "
                          "files; CDE's letters name state priorities only.");
    return r;
}

} // namespace casebook
