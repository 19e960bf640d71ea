// Field rules for every record (docs/domain-model.md lists them with their sources).
#include "validation.h"

#include "codes.h"
#include "workflow.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <array>

namespace casebook {

namespace {

// Every pattern a refusal built from parts is said with (phrase.h), and the words that go into them,
// listed once here so that validationPatterns() can give them all to the test that checks the desktop
// window translates each. The English (Error::message) is what the CLI prints.
namespace text {
constexpr std::string_view kTooLong = "is %1 characters long; at most %2 are allowed";
constexpr std::string_view kControl = "holds the control character %1 at byte %2; text may not contain control characters";
constexpr std::string_view kC1Control = "holds a C1 control character at byte %1; text may not contain control characters";
constexpr std::string_view kNotUtf8 = "is not valid UTF-8 at byte %1";
constexpr std::string_view kBefore = "%1 is before the %2 %3";
constexpr std::string_view kOpeningDate = "opening date";
constexpr std::string_view kCaseOpeningDate = "case's opening date";
constexpr std::string_view kIdentificationDate = "identification date";
constexpr std::string_view kFirstIdentification = "first identification";
constexpr std::string_view kDesignationDate = "designation date";
constexpr std::string_view kStartDate = "start date";
constexpr std::string_view kSchoolElsewhere = "school %1 is not in district %2 (its first 7 digits must match)";
constexpr std::string_view kScheduleStart = "a %1 communication schedule needs its first date";
constexpr std::string_view kDashboardYear = "expected a Dashboard year from 2017, got %1";
constexpr std::string_view kLaterYear = "an identification again is from a later Dashboard year than %1";
constexpr std::string_view kIndicatorPriority = "indicator %1 belongs to priority %2, not %3";
constexpr std::string_view kReasons = "a recommendation that was %1 needs the district's reasons";
constexpr std::string_view kFileSize = "the file is %1 bytes; attachments may be at most %2 MiB (%3 bytes)";
// The codes said inside kScheduleStart and kReasons (the schedules' are the deadlines' words too).
constexpr std::string_view kWeekly = "weekly";
constexpr std::string_view kMonthly = "monthly";
constexpr std::string_view kQuarterly = "quarterly";
constexpr std::string_view kDeclined = "declined";
constexpr std::string_view kAdapted = "adapted";

constexpr std::array kAll{kTooLong,          kControl,          kC1Control,         kNotUtf8,
                          kBefore,           kOpeningDate,      kCaseOpeningDate,   kIdentificationDate,
                          kFirstIdentification, kDesignationDate, kStartDate,        kSchoolElsewhere,
                          kScheduleStart,    kDashboardYear,    kLaterYear,         kIndicatorPriority,
                          kReasons,          kFileSize,         kWeekly,            kMonthly,
                          kQuarterly,        kDeclined,         kAdapted};
} // namespace text

Status checkForeignTextFirst(const std::string &value, std::string_view field);

Error tooLong(std::string_view field, std::size_t length, std::size_t maxLength)
{
    return Error::badInput(std::string(field),
                           Phrase::of(text::kTooLong, {std::to_string(length), std::to_string(maxLength)}));
}

Status requireText(const std::string &value, std::string_view field, std::size_t maxLength = 200)
{
    CASEBOOK_TRY(checkForeignTextFirst(value, field));
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isspace(c); }))
        return Error::badInput(std::string(field), "must not be empty");
    if (value.size() > maxLength)
        return tooLong(field, value.size(), maxLength);
    return {};
}

Status limitText(const std::string &value, std::string_view field, std::size_t maxLength = 100000)
{
    CASEBOOK_TRY(checkForeignTextFirst(value, field));
    if (value.size() > maxLength)
        return tooLong(field, value.size(), maxLength);
    return {};
}

} // namespace

Status validate(const DashboardResult &r)
{
    if (r.rtype == RecordType::State) {
        if (r.cds.size() != 14 || r.cds.find_first_not_of("0123456789") != std::string::npos)
            return Error::badInput("cds", "expected a 14-digit CDS code, got \"" + r.cds + "\"");
    } else {
        CASEBOOK_TRY(validateSchoolCode(r.cds, "cds"));
    }
    if (r.rtype == RecordType::District && !isDistrictLevelCds(r.cds))
        return Error::badInput("cds", "a district record (rtype D) has a CDS code ending in seven zeros, got \"" + r.cds +
                                          "\"");
    if (!findReportedGroup(r.studentGroup))
        return validateStudentGroup(r.studentGroup, "studentgroup").error();
    for (const auto &[column, name] : {std::pair<const char *, const std::string *>{"schoolname", &r.schoolName},
                                       {"districtname", &r.districtName},
                                       {"countyname", &r.countyName}}) {
        CASEBOOK_TRY(checkForeignText(*name, column, false));
        if (name->size() > 200)
            return Error::badInput(column, "is " + std::to_string(name->size()) + " bytes long; a name may be at most 200");
    }
    for (const auto &[column, count] : {std::pair<const char *, const std::optional<std::int64_t> *>{"currdenom", &r.currDenom},
                                        {"priordenom", &r.priorDenom}})
        if (*count && (**count < 0 || **count > 100000000))
            return Error::badInput(column, "expected a whole number of students (0-100000000), got " +
                                               std::to_string(**count));
    for (const auto &[column, level] : {std::pair<const char *, const std::optional<int> *>{"statuslevel", &r.statusLevel},
                                        {"changelevel", &r.changeLevel},
                                        {"color", &r.color}})
        if (*level && (**level < 0 || **level > 5))
            return Error::badInput(column, "expected 0-5, got " + std::to_string(**level));
    if (r.box && (*r.box < 0 || *r.box > 1000))
        return Error::badInput("box", "expected a 5x5 grid box number (0-1000), got " + std::to_string(*r.box));
    for (const auto &[column, value] : {std::pair<const char *, const std::optional<double> *>{"currstatus", &r.currStatus},
                                        {"priorstatus", &r.priorStatus},
                                        {"change", &r.change}})
        if (*value && !std::isfinite(**value))
            return Error::badInput(column, "expected a number, got a value that is not finite");
    if (r.year < 2000 || r.year > kLastSupportedDate.year())
        return Error::badInput("reportingyear", "expected a year from 2000 to " + std::to_string(kLastSupportedDate.year()) +
                                                    ", got " + std::to_string(r.year));
    return {};
}

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Status checkForeignText(std::string_view text, std::string_view field, bool lineBreaks)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const bool allowed = c >= 0x20 ? c != 0x7F : c == '\t' || (lineBreaks && (c == '\n' || c == '\r'));
            if (!allowed) {
                static const char *hex = "0123456789ABCDEF";
                return Error::badInput(std::string(field),
                                       Phrase::of(text::kControl, {std::string("0x") + hex[c >> 4] + hex[c & 0xF],
                                                                   std::to_string(i + 1)}));
            }
            ++i;
            continue;
        }
        // One UTF-8 sequence: its length from the lead byte, each continuation byte 10xxxxxx,
        // no overlong forms, surrogates or values past U+10FFFF.
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        bool valid = length != 0 && c >= 0xC2 && c <= 0xF4 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (valid && length >= 3) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            valid = !(c == 0xE0 && second < 0xA0) && !(c == 0xED && second >= 0xA0) && !(c == 0xF0 && second < 0x90) &&
                    !(c == 0xF4 && second >= 0x90);
        }
        // The C1 controls (U+0080..U+009F) are control characters too.
        if (valid && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0)
            return Error::badInput(std::string(field),
                                   Phrase::of(text::kC1Control, {std::to_string(i + 1)}));
        if (!valid)
            return Error::badInput(std::string(field), Phrase::of(text::kNotUtf8, {std::to_string(i + 1)}));
        i += length;
    }
    return {};
}

namespace {

// Every text field: no NUL or other control characters (tab and line breaks allowed), valid UTF-8,
// whoever typed or sent it; so Casebook never stores what a terminal or a reader would act on.
Status checkForeignTextFirst(const std::string &value, std::string_view field)
{
    return checkForeignText(value, field, true);
}

Status notBefore(const std::optional<Date> &date, const Date &start, std::string_view field,
                 std::string_view startName)
{
    if (date && *date < start)
        return Error::badInput(std::string(field), Phrase::of(text::kBefore, {date->toString(), Phrase::of(startName),
                                                                              start.toString()}));
    return {};
}

Status notBefore(const Date &date, const Date &start, std::string_view field, std::string_view startName)
{
    return notBefore(std::optional<Date>(date), start, field, startName);
}

Status belongs(Id caseId, const Case &parent)
{
    if (caseId != parent.id)
        return Error::badInput("case_id", "record belongs to case " + std::to_string(caseId) + ", not case " +
                                              std::to_string(parent.id));
    return {};
}

Status requireKind(const Case &parent, CaseKind kind, std::string_view what)
{
    if (parent.kind != kind)
        return Error::badInput("case_id", std::string(what) + " belong only to " +
                                              std::string(enumLabel(kind)) + " cases; case " +
                                              std::to_string(parent.id) + " is a " +
                                              std::string(enumLabel(parent.kind)) + " case");
    return {};
}

Status validateMoney(std::int64_t cents, std::string_view field)
{
    if (cents < 0)
        return Error::badInput(std::string(field), "must not be negative");
    if (cents > 100'000'000'000LL * 100)
        return Error::badInput(std::string(field), "is larger than any district budget");
    return {};
}

constexpr std::array<std::string_view, 5> kAreaTitles{
    "Strengths and weaknesses on LCAP state priorities",
    "Low-performing or disparate student groups",
    "Academic, programmatic or fiscal expert",
    "LCAP goals, actions and services",
    "Data management and submission",
};

constexpr std::array<std::string_view, 5> kAreaDescriptions{
    "Identify the district's strengths and weaknesses on the state priorities in the LCAP, reviewing the "
    "state and local indicators of the California School Dashboard, educator qualifications and local data, "
    "and identify evidence-based programs or practices for any area of weakness.",
    "Identify student groups that are low performing or show significant disparities on the Dashboard, and "
    "implement effective programs and practices for them.",
    "Secure assistance from an academic, programmatic or fiscal expert, or team of experts, to identify and "
    "implement effective programs and practices.",
    "Identify strengths and weaknesses in the LCAP's goals, actions and services, especially those counted "
    "toward the increased or improved services requirement and all required goals.",
    "Review data-management policies and collection and submission processes, including oversight of the "
    "student information system, so data reach CDE accurately and on time.",
};

} // namespace

std::string_view activityAreaTitle(int area)
{
    return area >= 1 && area <= 5 ? kAreaTitles[std::size_t(area - 1)] : std::string_view("Unknown area");
}

std::string_view activityAreaDescription(int area)
{
    return area >= 1 && area <= 5 ? kAreaDescriptions[std::size_t(area - 1)] : std::string_view();
}

Status validate(const District &d)
{
    CASEBOOK_TRY(validateDistrictCode(d.cds, "cds"));
    CASEBOOK_TRY(requireText(d.name, "name"));
    return limitText(d.county, "county", 100);
}

Status validate(const School &s, const District &district)
{
    CASEBOOK_TRY(validateSchoolCode(s.cds, "cds"));
    if (districtPartOf(s.cds) != district.cds)
        return Error::badInput("cds", Phrase::of(text::kSchoolElsewhere, {s.cds, district.cds}));
    return requireText(s.name, "name");
}

Status validate(const Case &c)
{
    CASEBOOK_TRY(requireText(c.title, "title"));
    if (c.districtId <= 0)
        return Error::badInput("district_id", "a case must belong to a district");
    if (c.kind == CaseKind::SchoolPlan && !c.schoolId)
        return Error::badInput("school_id", "a school plan case must name its school");
    CASEBOOK_TRY(notBefore(c.closedOn, c.openedOn, "closed_on", text::kOpeningDate));
    CASEBOOK_TRY(limitText(c.notes, "notes"));
    CASEBOOK_TRY(limitText(c.owner, "owner", 200));
    if (!statusAllowed(c, c.status))
        return Error::badInput("status", "\"" + std::string(enumCode(c.status)) + "\" is not a state of a " +
                                             std::string(workflowName(c)) + " case");
    if (c.kind == CaseKind::TechnicalAssistance) {
        const bool periodic = c.commSchedule == CommunicationSchedule::Weekly ||
                              c.commSchedule == CommunicationSchedule::Monthly ||
                              c.commSchedule == CommunicationSchedule::Quarterly;
        if (periodic && !c.commScheduleStart)
            return Error::badInput("comm_schedule_start",
                                   Phrase::of(text::kScheduleStart, {Phrase::of(enumCode(c.commSchedule))}));
        CASEBOOK_TRY(notBefore(c.commScheduleStart, c.openedOn, "comm_schedule_start", text::kOpeningDate));
    }
    const bool identification = c.identificationYear != 0 || c.identifiedOn || c.countyLetterOn ||
                                c.reidentificationYear != 0 || c.reidentifiedOn;
    if (identification && !c.isRequiredAssistance())
        return Error::badInput("identified_on", "only a required technical-assistance case records an identification "
                                                "and the County Superintendent's letter");
    for (const auto &[year, name] : {std::pair{c.identificationYear, "identification_year"},
                                     std::pair{c.reidentificationYear, "reidentification_year"}})
        if (year != 0 && (year < 2017 || year > 2100))
            return Error::badInput(name, Phrase::of(text::kDashboardYear, {std::to_string(year)}));
    if (c.reidentifiedOn && !c.identifiedOn)
        return Error::badInput("reidentified_on", "record the first identification (identified_on) before a later one");
    CASEBOOK_TRY(notBefore(c.reidentifiedOn, c.identifiedOn.value_or(Date(1900, 1, 1)), "reidentified_on",
                           text::kFirstIdentification));
    if (c.reidentificationYear != 0 && c.reidentificationYear <= c.identificationYear)
        return Error::badInput("reidentification_year",
                               Phrase::of(text::kLaterYear, {std::to_string(c.identificationYear)}));
    const bool spiFacts = c.sbeIdentificationOn || !c.sbeIdentificationReference.empty() || c.cceeDeterminationOn ||
                          !c.cceeDetermination.empty();
    if (spiFacts && c.kind != CaseKind::SpiIntervention)
        return Error::badInput("sbe_identification_on", "only an SPI intervention records the State Board's approval "
                                                        "and the CCEE determination");
    CASEBOOK_TRY(limitText(c.sbeIdentificationReference, "sbe_identification_reference", 500));
    CASEBOOK_TRY(limitText(c.cceeDetermination, "ccee_determination"));
    if (c.kind == CaseKind::SchoolPlan) {
        if (c.designationYear < 2017 || c.designationYear > 2100)
            return Error::badInput("designation_year", "expected a year from 2017 (the first ESSA designations), got " +
                                                           std::to_string(c.designationYear));
        CASEBOOK_TRY(notBefore(c.approvedBySchoolOn, c.openedOn, "approved_by_school_on", text::kDesignationDate));
        CASEBOOK_TRY(notBefore(c.approvedByDistrictOn, c.openedOn, "approved_by_district_on", text::kDesignationDate));
        CASEBOOK_TRY(notBefore(c.approvedByStateOn, c.openedOn, "approved_by_state_on", text::kDesignationDate));
        CASEBOOK_TRY(notBefore(c.exitedOn, c.openedOn, "exited_on", text::kDesignationDate));
        if (c.monitoringIntervalMonths < 0 || c.monitoringIntervalMonths > 24)
            return Error::badInput("monitoring_interval_months", "expected 0 (none) to 24 months, got " +
                                                                     std::to_string(c.monitoringIntervalMonths));
    }
    return {};
}

Status validate(const QualifyingGroup &g, const Case &parent)
{
    CASEBOOK_TRY(belongs(g.caseId, parent));
    CASEBOOK_TRY(validateStudentGroup(g.studentGroup));
    if (!g.indicator.empty())
        CASEBOOK_TRY(validateIndicator(g.indicator));
    if (g.priority < 1 || g.priority > 8)
        return Error::badInput("priority", "expected an LCFF priority 1-8, got " + std::to_string(g.priority));
    if (!g.indicator.empty() && findIndicator(g.indicator)->lcffPriority != g.priority)
        return Error::badInput("priority", Phrase::of(text::kIndicatorPriority,
                                                      {g.indicator, std::to_string(findIndicator(g.indicator)->lcffPriority),
                                                       std::to_string(g.priority)}));
    return {};
}

Status validate(const Activity &a, const Case &parent)
{
    CASEBOOK_TRY(belongs(a.caseId, parent));
    CASEBOOK_TRY(requireKind(parent, CaseKind::TechnicalAssistance, "activities"));
    if (a.area < 1 || a.area > 5)
        return Error::badInput("area", "expected an activity area 1-5 (Ed Code 52071), got " + std::to_string(a.area));
    CASEBOOK_TRY(notBefore(a.dueOn, parent.openedOn, "due_on", text::kCaseOpeningDate));
    if (a.completedOn && !a.isDone())
        return Error::badInput("completed_on", "only a done activity (complete, or done through a substantially "
                                               "similar activity) has a completion date; set the status, or clear "
                                               "the date");
    CASEBOOK_TRY(notBefore(a.completedOn, parent.openedOn, "completed_on", text::kCaseOpeningDate));
    if (a.status == ActivityStatus::SubstantiallySimilar) {
        // BP 0520 accepts "substantially similar activities": what was done instead, with its evidence.
        if (isBlank(a.substitute))
            return Error::badInput("substitute", "an activity done through a substantially similar activity says "
                                                 "what was done instead (BP 0520)");
        if (isBlank(a.evidence))
            return Error::badInput("evidence", "an activity done through a substantially similar activity names its "
                                               "evidence (BP 0520: timely documentation)");
    } else if (!a.substitute.empty()) {
        return Error::badInput("substitute", "only an activity done through a substantially similar activity says "
                                             "what was done instead; set that status, or clear the text");
    }
    CASEBOOK_TRY(limitText(a.substitute, "substitute"));
    CASEBOOK_TRY(limitText(a.owner, "owner", 200));
    CASEBOOK_TRY(limitText(a.evidence, "evidence"));
    return limitText(a.notes, "notes");
}

Status validate(const Communication &c, const Case &parent)
{
    CASEBOOK_TRY(belongs(c.caseId, parent));
    CASEBOOK_TRY(requireText(c.summary, "summary", 100000));
    CASEBOOK_TRY(limitText(c.participants, "participants", 2000));
    CASEBOOK_TRY(limitText(c.subject, "subject", 500));
    return limitText(c.followUps, "follow_ups");
}

Status validate(const ScheduledContact &s, const Case &parent)
{
    CASEBOOK_TRY(belongs(s.caseId, parent));
    CASEBOOK_TRY(notBefore(s.dueOn, parent.openedOn, "due_on", text::kCaseOpeningDate));
    return limitText(s.purpose, "purpose", 500);
}

Status validate(const DocumentationItem &d, const Case &parent)
{
    CASEBOOK_TRY(belongs(d.caseId, parent));
    CASEBOOK_TRY(requireText(d.title, "title"));
    CASEBOOK_TRY(notBefore(d.dueOn, parent.openedOn, "due_on", text::kCaseOpeningDate));
    CASEBOOK_TRY(notBefore(d.submittedOn, parent.openedOn, "submitted_on", text::kCaseOpeningDate));
    if (d.activityArea < 0 || d.activityArea > 5)
        return Error::badInput("activity_area", "expected 0 (none) or an activity area 1-5, got " +
                                                    std::to_string(d.activityArea));
    return limitText(d.recipient, "recipient", 200);
}

Status validate(const Partner &p, const Case &parent)
{
    CASEBOOK_TRY(belongs(p.caseId, parent));
    CASEBOOK_TRY(requireText(p.name, "name"));
    CASEBOOK_TRY(validateMoney(p.costCents, "cost_cents"));
    CASEBOOK_TRY(notBefore(p.endOn, p.startOn, "end_on", text::kStartDate));
    return limitText(p.scope, "scope");
}

Status validate(const CceeRecommendation &r, const Case &parent)
{
    CASEBOOK_TRY(belongs(r.caseId, parent));
    CASEBOOK_TRY(requireText(r.text, "text", 100000));
    if ((r.consideration == Consideration::Declined || r.consideration == Consideration::Adapted) &&
        std::all_of(r.rationale.begin(), r.rationale.end(), [](unsigned char c) { return std::isspace(c); }))
        return Error::badInput("rationale", Phrase::of(text::kReasons, {Phrase::of(enumCode(r.consideration))}));
    return limitText(r.lcapGoal, "lcap_goal", 500);
}

Status validate(const SpiAction &a, const Case &parent)
{
    CASEBOOK_TRY(belongs(a.caseId, parent));
    CASEBOOK_TRY(requireKind(parent, CaseKind::SpiIntervention, "SPI actions"));
    CASEBOOK_TRY(requireText(a.description, "description", 100000));
    if (a.kind == SpiActionKind::StayOrRescind && a.requiredByBargainingAgreement)
        return Error::conflict("required_by_bargaining_agreement",
                               "the SPI may not stay or rescind a district action that is required by a collective "
                               "bargaining agreement (Ed Code 52072.1(c)(3)); this action cannot be recorded");
    CASEBOOK_TRY(notBefore(a.dueOn, parent.openedOn, "due_on", text::kIdentificationDate));
    if (a.completedOn && a.status != ActionStatus::Complete)
        return Error::badInput("completed_on", "only a complete action has a completion date; set the status to "
                                               "complete, or clear the date");
    CASEBOOK_TRY(notBefore(a.completedOn, parent.openedOn, "completed_on", text::kIdentificationDate));
    CASEBOOK_TRY(limitText(a.sbeReference, "sbe_reference", 500));
    return limitText(a.outcome, "outcome");
}

Status checkStep(const SpiAction *before, const SpiAction &after)
{
    const auto underway = [](ActionStatus s) { return s == ActionStatus::InProgress || s == ActionStatus::Complete; };
    if (!underway(after.status) || after.sbeApprovedOn || (before && underway(before->status)))
        return {};
    return Error::conflict("sbe_approved_on",
                           "awaiting State Board approval: the SPI takes each action \"with the approval of the "
                           "state board\" (Ed Code 52072.1(c)); record the date of the State Board's approval "
                           "before the action is in progress or complete");
}

Status validate(const Intervention &i, const Case &parent)
{
    CASEBOOK_TRY(belongs(i.caseId, parent));
    CASEBOOK_TRY(requireKind(parent, CaseKind::SchoolPlan, "evidence-based interventions"));
    CASEBOOK_TRY(requireText(i.description, "description", 100000));
    if (i.evidenceTier < 1 || i.evidenceTier > 4)
        return Error::badInput("evidence_tier", "expected an ESSA evidence tier 1-4, got " +
                                                    std::to_string(i.evidenceTier));
    if (!i.targetGroup.empty())
        CASEBOOK_TRY(validateStudentGroup(i.targetGroup, "target_group"));
    return validateMoney(i.costCents, "cost_cents");
}

Status validate(const MonitoringReview &m, const Case &parent)
{
    CASEBOOK_TRY(belongs(m.caseId, parent));
    CASEBOOK_TRY(requireKind(parent, CaseKind::SchoolPlan, "monitoring reviews"));
    CASEBOOK_TRY(notBefore(m.dueOn, parent.openedOn, "due_on", text::kDesignationDate));
    CASEBOOK_TRY(notBefore(m.heldOn, parent.openedOn, "held_on", text::kDesignationDate));
    return limitText(m.outcome, "outcome");
}

Status validate(const Attachment &a, const Case &parent)
{
    CASEBOOK_TRY(belongs(a.caseId, parent));
    CASEBOOK_TRY(requireText(a.fileName, "file_name", 255));
    if (a.size < 0 || a.size > kMaxAttachmentBytes)
        return Error::badInput("size", Phrase::of(text::kFileSize, {std::to_string(a.size),
                                                                    std::to_string(kMaxAttachmentBytes / (1024 * 1024)),
                                                                    std::to_string(kMaxAttachmentBytes)}));
    if (a.sha256.size() != 64)
        return Error::badInput("sha256", "expected 64 hexadecimal digits");
    return {};
}

std::span<const std::string_view> validationPatterns() { return text::kAll; }

} // namespace casebook
