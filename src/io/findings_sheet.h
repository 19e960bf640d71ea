// The findings of one district or school and Dashboard year as one read model: the grid of student
// groups × indicators (each cell's level, value and count, and the criteria it met when it drove
// eligibility), the determination, the CCEE referral, the charter decision and the other findings.
// The findings page draws it; Copy writes it as plain text (tab-separated tables, for a spreadsheet
// or a board report) and Export writes it as an .xlsx workbook (findings_xlsx.h). Its words are
// phrases (domain/phrase.h): the CLI and the exports write their English (str()), the desktop window
// says them in its reader's language, and Copy and Export from the window are written with a `Say`
// that translates them.
#pragma once

#include "say.h"

#include "domain/eligibility.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::io {

struct FindingsCell {
    Phrase label;                   // "Red", "Very Low status"; "No colour" when the file gives none
    std::string detail;             // the status value and count: "-40.0 · n=5,200" ("" when suppressed)
    int color = 0;                  // 1 Red ... 5 Blue, the cell's background; 0 none (a status-only year)
    std::vector<Phrase> drove;      // the criteria this result met for a qualifying group: "Priority 4: Red on ..."
};

// One row of the low-performing table: a student group and every indicator it is low-performing on.
struct LowPerformingRow {
    Phrase group;                   // the group's name
    std::vector<Phrase> indicators; // "ELA (Red)", "Math (Orange)"
};

struct FindingsSheet {
    std::string cds;   // 14 digits
    int year = 0;
    std::string name;  // the district or school as the files name it
    bool district = true;
    bool statusOnly = false;
    std::vector<std::string> groupCodes;                 // rows: student groups, then SBA/CAA, then unknown codes
    std::vector<Phrase> groupNames;                      // the rows' names
    std::vector<Phrase> indicatorNames;                  // columns, in the Dashboard's order
    std::vector<std::vector<std::optional<FindingsCell>>> cells; // [row][column]
    std::optional<EligibilityDetermination> determination; // districts
    std::vector<Phrase> otherGrounds; // the determination's grounds besides the qualifying groups (local, CALPADS)
    std::optional<ReferralFinding> referral;               // districts
    std::optional<CharterDetermination> charter;           // charter schools
    std::vector<LowPerformingRow> lowPerforming;
    std::vector<Phrase> disparities;
    std::string source; // the criteria's citation, given once
    int drivingCells() const;
    Phrase nameAndCode() const; // "Name (cds)", or the code alone when the files give no name
};

// The sheet of a district's own row (its 14-digit code ends in seven zeros) or a school's, for a year.
Result<FindingsSheet> findingsSheetFor(storage::Database &db, const std::string &cds, int year);

// The determination in lines, as Copy and Export write it: the verdict first (when the sheet has a
// determination), the qualifying groups, the other grounds, the groups of one priority, the CCEE
// referral; or the charter school's decision.
std::vector<Phrase> determinationLines(const FindingsSheet &sheet);

// Plain text: a title, the grid as tab-separated rows (a result that drove eligibility marked "*"),
// the determination, the low-performing table, the disparities and the source.
std::string findingsText(const FindingsSheet &sheet, const Say &say = inEnglish);

} // namespace casebook::io
