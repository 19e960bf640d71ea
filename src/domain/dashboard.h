// The state's published results as plain data: one Dashboard result (indicator x year x CDS x
// student group) as CDE's download files carry it, and the facts staff enter for a district
// (local indicators, late CALPADS submission). Values CDE suppresses are empty optionals, never 0.
#pragma once

#include "codes.h"
#include "enums.h"

#include <cstdint>
#include <optional>
#include <string>

namespace casebook {

// CDE's record types: X the state, D a district (LEA), S a school.
enum class RecordType { State, District, School };
template <>
struct EnumTraits<RecordType> {
    static constexpr std::string_view name = "record type";
    static std::span<const EnumEntry<RecordType>> entries()
    {
        static constexpr std::array<EnumEntry<RecordType>, 3> table{{
            {RecordType::State, "X", "State"},
            {RecordType::District, "D", "District"},
            {RecordType::School, "S", "School"},
        }};
        return table;
    }
};

struct DashboardResult {
    Indicator indicator = Indicator::ELA;
    int year = 0;                 // reportingyear: the Dashboard's year (December release)
    std::string cds;              // 14 digits; districts end in seven zeros, the state is all zeros
    RecordType rtype = RecordType::District;
    std::string studentGroup;     // Dashboard code ("SWD")
    std::string schoolName;
    std::string districtName;
    std::string countyName;
    bool charter = false;
    std::optional<std::int64_t> currDenom;
    std::optional<double> currStatus;
    std::optional<std::int64_t> priorDenom;
    std::optional<double> priorStatus;
    std::optional<double> change;
    std::optional<int> statusLevel; // the file's code, 0 no data: read it with statusLevelOf()
    std::optional<int> changeLevel;
    std::optional<int> color;       // 0 none, 1 Red ... 5 Blue
    std::optional<int> box;
};

// Local indicators (priorities 1, 2, 3, 6 climate survey, 7), as the district reported them.
enum class LocalIndicatorStatus { Met, NotMet, NotMetTwoYears };
template <>
struct EnumTraits<LocalIndicatorStatus> {
    static constexpr std::string_view name = "local indicator status";
    static std::span<const EnumEntry<LocalIndicatorStatus>> entries()
    {
        static constexpr std::array<EnumEntry<LocalIndicatorStatus>, 3> table{{
            {LocalIndicatorStatus::Met, "met", "Met"},
            {LocalIndicatorStatus::NotMet, "not_met", "Not Met"},
            {LocalIndicatorStatus::NotMetTwoYears, "not_met_two_years", "Not Met for Two or More Years"},
        }};
        return table;
    }
};

struct LocalIndicator {
    std::string districtCds; // 7 digits
    int year = 0;
    int priority = 1;        // 1, 2, 3, 6 or 7
    LocalIndicatorStatus status = LocalIndicatorStatus::Met;
};

bool isLocalIndicatorPriority(int priority);

// The Dashboard's five status levels, by what they say rather than by the file's code.
enum class StatusLevel { VeryLow = 1, Low, Medium, High, VeryHigh };

// How CDE's files code `statuslevel` differs by indicator. The record layouts of the Chronic
// Absenteeism and Suspension Rate indicators code it 1 = Very High ... 5 = Very Low (chronic22.asp,
// chronic23.asp, suspindicator22.asp, suspindicatorspring17.asp); those of ELA, mathematics, ELPI,
// graduation and College/Career code it 1 = Very Low ... 5 = Very High (ela22.asp, grad22.asp ...).
// 0 is "no data" everywhere.
bool statusLevelCodedHighFirst(Indicator indicator);
// The level a file's code means for an indicator; nullopt for 0 ("no data") or a code outside 1-5.
std::optional<StatusLevel> decodeStatusLevel(Indicator indicator, int code);
std::optional<StatusLevel> statusLevelOf(const DashboardResult &result);
// "Very Low" ... "Very High".
std::string_view statusLevelName(StatusLevel level);
// Whether a high status is the bad end (a high chronic absenteeism or suspension rate).
bool highStatusIsWorse(Indicator indicator);

} // namespace casebook
