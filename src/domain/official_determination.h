// The state's own differentiated-assistance determinations, as CDE publishes them in its "LCFF
// District/COE Eligibility File" (assistancestatusYY.xlsx): per district and year a status, and per
// student group a letter A-K naming the LCFF priority areas that group met. The letter legend and the
// statuses of each year are data here (docs/eligibility.md, docs/data-formats.md give the sources).
#pragma once

#include "result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

// One letter of CDE's legend ("Value" sheet of the eligibility file).
struct CdeLetter {
    char letter;
    std::string_view priorities; // "4,5,6"
    std::string_view description; // as CDE's Value sheet words it
};

std::span<const CdeLetter> cdeLetters();
// The letter for a set of priorities (any order, each once): {4, 5, 6} -> 'A'; nullopt when CDE has none.
std::optional<char> cdeLetterFor(std::vector<int> priorities);
// The priorities a letter stands for ('K' -> {4, 5, 6, 8}); an error for anything but A-K.
Result<std::vector<int>> prioritiesForCdeLetter(char letter);

// A status value of one year's file, exactly as CDE writes it.
struct CdeStatus {
    std::string_view value;        // "Differentiated Assistance"
    bool differentiatedAssistance; // the district was identified for differentiated assistance
    int yearInAssistance;          // 1 or 2 for "Year 1"/"Year 2" statuses, else 0
};

// The statuses a year's file may carry; an error naming the years Casebook knows.
Result<std::span<const CdeStatus>> cdeStatusesForYear(int year);

// One student group's letter in the file.
struct OfficialGroupLetter {
    std::string studentGroup; // Casebook's Dashboard code ("SWD"; the file's TOM is MR)
    char letter = 'A';
};

// One district's determination for one year, as the file states it.
struct OfficialDetermination {
    std::string districtCds; // 7 digits
    int year = 0;
    std::string leaName;
    std::string countyName;
    std::string status;                  // CDE's wording
    bool differentiatedAssistance = false;
    std::optional<int> yearInAssistance; // 1 or 2 when the status says so
    std::optional<bool> ec52072;         // the EC52072_YYYY column, when the file has one
    std::vector<std::optional<std::string>> methods; // MetMethod1..4 as written (nullopt: no column or blank)
    std::vector<OfficialGroupLetter> groups;         // groups with a letter, by group code
};

} // namespace casebook
