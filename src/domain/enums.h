// Every closed set of values a case record uses, with the code stored in files and databases and
// the label a user reads. One table per enum; codes never change once released.
#pragma once

#include "result.h"

#include <array>
#include <span>
#include <string>
#include <string_view>

namespace casebook {

template <typename E>
struct EnumEntry {
    E value;
    std::string_view code;
    std::string_view label;
};

// Specialised below for each enum: static std::span<const EnumEntry<E>> entries(); static name.
template <typename E>
struct EnumTraits;

template <typename E>
std::string_view enumCode(E value)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.value == value)
            return e.code;
    return "?";
}

template <typename E>
std::string_view enumLabel(E value)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.value == value)
            return e.label;
    return "?";
}

template <typename E>
Result<E> parseEnum(std::string_view code, std::string_view field)
{
    for (const auto &e : EnumTraits<E>::entries())
        if (e.code == code)
            return e.value;
    std::string known;
    for (const auto &e : EnumTraits<E>::entries())
        known += (known.empty() ? "" : ", ") + std::string(e.code);
    return Error::badInput(std::string(field), "unknown " + std::string(EnumTraits<E>::name) + " \"" +
                                                   std::string(code) + "\"; expected one of " + known);
}

#define CASEBOOK_ENUM_TRAITS(E, NAME, N, ...)                                                      \
    template <>                                                                                    \
    struct EnumTraits<E> {                                                                         \
        static constexpr std::string_view name = NAME;                                             \
        static std::span<const EnumEntry<E>> entries()                                             \
        {                                                                                          \
            static constexpr std::array<EnumEntry<E>, N> table{{__VA_ARGS__}};                     \
            return table;                                                                          \
        }                                                                                          \
    };

enum class CaseKind { TechnicalAssistance, SpiIntervention, SchoolPlan };
CASEBOOK_ENUM_TRAITS(CaseKind, "case type", 3,
                     {CaseKind::TechnicalAssistance, "technical_assistance", "Technical assistance"},
                     {CaseKind::SpiIntervention, "spi_intervention", "SPI intervention"},
                     {CaseKind::SchoolPlan, "school_plan", "School plan (CSI/TSI/ATSI)"})

// Who started a technical-assistance case (Ed Code 52071).
enum class TaOrigin { BoardRequest, Required };
CASEBOOK_ENUM_TRAITS(TaOrigin, "origin", 2,
                     {TaOrigin::BoardRequest, "board_request", "Requested by the Board"},
                     {TaOrigin::Required, "required", "Required by the County Superintendent"})

// One set of states for every case type; workflow.h says which a type uses and how they connect.
enum class CaseStatus {
    Draft, Requested, Determined, Identified, Active, ActivitiesComplete, EligibleToClose,
    NeedsAssessment, PlanDrafted, PlanApproved, Monitoring, Completed, Exited, Closed, Withdrawn
};
CASEBOOK_ENUM_TRAITS(CaseStatus, "case status", 15,
                     {CaseStatus::Draft, "draft", "Draft"},
                     {CaseStatus::Requested, "requested", "Requested"},
                     {CaseStatus::Determined, "determined", "Determined"},
                     {CaseStatus::Identified, "identified", "Identified"},
                     {CaseStatus::Active, "active", "Active"},
                     {CaseStatus::ActivitiesComplete, "activities_complete", "Activities complete"},
                     {CaseStatus::EligibleToClose, "eligible_to_close", "Eligible to close"},
                     {CaseStatus::NeedsAssessment, "needs_assessment", "Needs assessment"},
                     {CaseStatus::PlanDrafted, "plan_drafted", "Plan drafted"},
                     {CaseStatus::PlanApproved, "plan_approved", "Plan approved"},
                     {CaseStatus::Monitoring, "monitoring", "Monitoring"},
                     {CaseStatus::Completed, "completed", "Completed"},
                     {CaseStatus::Exited, "exited", "Exited"},
                     {CaseStatus::Closed, "closed", "Closed"},
                     {CaseStatus::Withdrawn, "withdrawn", "Withdrawn"})

// How often the County Superintendent expects to hear from the district.
enum class CommunicationSchedule { None, Weekly, Monthly, Quarterly, ExplicitDates };
CASEBOOK_ENUM_TRAITS(CommunicationSchedule, "communication schedule", 5,
                     {CommunicationSchedule::None, "none", "No schedule"},
                     {CommunicationSchedule::Weekly, "weekly", "Weekly"},
                     {CommunicationSchedule::Monthly, "monthly", "Monthly"},
                     {CommunicationSchedule::Quarterly, "quarterly", "Quarterly"},
                     {CommunicationSchedule::ExplicitDates, "dates", "On set dates"})

// BP 0520: "the activities listed in Items #1-5 above, or substantially similar activities".
enum class ActivityStatus { NotStarted, InProgress, Complete, NotApplicable, SubstantiallySimilar };
CASEBOOK_ENUM_TRAITS(ActivityStatus, "activity status", 5,
                     {ActivityStatus::NotStarted, "not_started", "Not started"},
                     {ActivityStatus::InProgress, "in_progress", "In progress"},
                     {ActivityStatus::Complete, "complete", "Complete"},
                     {ActivityStatus::SubstantiallySimilar, "substantially_similar",
                      "Done through a substantially similar activity"},
                     {ActivityStatus::NotApplicable, "not_applicable", "Not requested"})

enum class CommunicationMode { Meeting, Video, Phone, Email, Letter, SiteVisit };
CASEBOOK_ENUM_TRAITS(CommunicationMode, "communication mode", 6,
                     {CommunicationMode::Meeting, "meeting", "Meeting"},
                     {CommunicationMode::Video, "video", "Video call"},
                     {CommunicationMode::Phone, "phone", "Phone"},
                     {CommunicationMode::Email, "email", "Email"},
                     {CommunicationMode::Letter, "letter", "Letter"},
                     {CommunicationMode::SiteVisit, "site_visit", "Site visit"})

// Which way a communication went (BP 0520: regular communication between the district and the County
// Superintendent). Communications logged before Casebook kept it say "not recorded".
enum class CommunicationDirection { NotRecorded, DistrictToCounty, CountyToDistrict };
CASEBOOK_ENUM_TRAITS(CommunicationDirection, "communication direction", 3,
                     {CommunicationDirection::DistrictToCounty, "district_to_county", "District → county"},
                     {CommunicationDirection::CountyToDistrict, "county_to_district", "County → district"},
                     {CommunicationDirection::NotRecorded, "not_recorded", "Not recorded"})

enum class PartnerType { District, CountyOffice, CharterSchool, Other };
CASEBOOK_ENUM_TRAITS(PartnerType, "partner type", 4,
                     {PartnerType::District, "district", "Another school district"},
                     {PartnerType::CountyOffice, "county_office", "County office of education"},
                     {PartnerType::CharterSchool, "charter_school", "Charter school"},
                     {PartnerType::Other, "other", "Other service provider"})

// How the district considered a CCEE recommendation (Ed Code 52071, 52072, 52074).
enum class Consideration { Pending, Adopted, Adapted, Declined };
CASEBOOK_ENUM_TRAITS(Consideration, "consideration", 4,
                     {Consideration::Pending, "pending", "Under consideration"},
                     {Consideration::Adopted, "adopted", "Adopted"},
                     {Consideration::Adapted, "adapted", "Adapted"},
                     {Consideration::Declined, "declined", "Declined"})

// Ed Code 52072.1 actions.
enum class SpiActionKind { LcapRevision, BudgetRevision, StayOrRescind };
CASEBOOK_ENUM_TRAITS(SpiActionKind, "SPI action", 3,
                     {SpiActionKind::LcapRevision, "lcap_revision", "Revision of the LCAP"},
                     {SpiActionKind::BudgetRevision, "budget_revision", "Revision of the budget with the LCAP"},
                     {SpiActionKind::StayOrRescind, "stay_or_rescind", "Stay or rescind a district action"})

enum class ActionStatus { Proposed, InProgress, Complete, Withdrawn };
CASEBOOK_ENUM_TRAITS(ActionStatus, "action status", 4,
                     {ActionStatus::Proposed, "proposed", "Proposed"},
                     {ActionStatus::InProgress, "in_progress", "In progress"},
                     {ActionStatus::Complete, "complete", "Complete"},
                     {ActionStatus::Withdrawn, "withdrawn", "Withdrawn"})

// 20 USC 6311(d) designations.
enum class Designation { CSI, TSI, ATSI };
CASEBOOK_ENUM_TRAITS(Designation, "designation", 3,
                     {Designation::CSI, "CSI", "Comprehensive support and improvement"},
                     {Designation::TSI, "TSI", "Targeted support and improvement"},
                     {Designation::ATSI, "ATSI", "Additional targeted support and improvement"})

// What an attachment belongs to.
enum class AttachmentOwner { Case, Activity, Communication, DocumentationItem };
CASEBOOK_ENUM_TRAITS(AttachmentOwner, "attachment owner", 4,
                     {AttachmentOwner::Case, "case", "Case"},
                     {AttachmentOwner::Activity, "activity", "Activity"},
                     {AttachmentOwner::Communication, "communication", "Communication"},
                     {AttachmentOwner::DocumentationItem, "documentation_item", "Documentation item"})

#undef CASEBOOK_ENUM_TRAITS

} // namespace casebook
