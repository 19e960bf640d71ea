// Field descriptions of every record, and the codecs behind them.
#include "fields.h"

#include <algorithm>
#include <cmath>

namespace casebook {

std::string fieldValueText(const FieldValue &v)
{
    struct Visitor {
        std::string operator()(std::monostate) const { return ""; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const { return std::to_string(d); }
        std::string operator()(const std::string &s) const { return s; }
    };
    return std::visit(Visitor{}, v);
}

std::string formatDollars(std::int64_t cents)
{
    std::string whole = std::to_string(cents / 100);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(std::size_t(i), ",");
    const auto rest = cents % 100;
    return "$" + whole + "." + (rest < 10 ? "0" : "") + std::to_string(rest);
}

std::string fieldWords(std::string_view field)
{
    // The fields whose spaced name would not say what they hold (the desktop window lists these
    // words for translation in field_labels.cpp).
    static constexpr std::pair<std::string_view, std::string_view> words[] = {
        {"case_id", "Case"},
        {"owner_type", "Attached to"},
        {"owner_id", "Attached to record"},
        {"file_name", "File name"},
        {"media_type", "File type"},
        {"size", "Size in bytes"},
        {"sha256", "SHA-256"},
        {"added_at", "Added"},
        {"status", "Status"},
        {"kind", "Type"},
        {"cost_cents", "Cost"},
    };
    for (const auto &[name, text] : words)
        if (field == name)
            return std::string(text);
    std::string spaced(field);
    if (spaced.ends_with("_id"))
        spaced.resize(spaced.size() - 3);
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    if (!spaced.empty() && spaced[0] >= 'a' && spaced[0] <= 'z')
        spaced[0] = char(spaced[0] - 'a' + 'A');
    return spaced;
}

Status FieldCodec<std::string>::decode(std::string &out, const FieldValue &v, std::string_view field)
{
    if (isNull(v)) {
        out.clear();
        return {};
    }
    if (auto s = std::get_if<std::string>(&v)) {
        out = *s;
        return {};
    }
    return Error::badInput(std::string(field), "expected text, got " + fieldValueText(v));
}

Status FieldCodec<std::int64_t>::decode(std::int64_t &out, const FieldValue &v, std::string_view field)
{
    if (auto i = std::get_if<std::int64_t>(&v)) {
        out = *i;
        return {};
    }
    if (auto d = std::get_if<double>(&v); d && std::floor(*d) == *d && std::abs(*d) < 9e15) {
        out = std::int64_t(*d);
        return {};
    }
    return Error::badInput(std::string(field), "expected a whole number, got \"" + fieldValueText(v) + "\"");
}

Status FieldCodec<int>::decode(int &out, const FieldValue &v, std::string_view field)
{
    std::int64_t wide = 0;
    CASEBOOK_TRY(FieldCodec<std::int64_t>::decode(wide, v, field));
    if (wide < -2147483647 || wide > 2147483647)
        return Error::badInput(std::string(field), "number " + std::to_string(wide) + " is out of range");
    out = int(wide);
    return {};
}

Status FieldCodec<bool>::decode(bool &out, const FieldValue &v, std::string_view field)
{
    auto i = std::get_if<std::int64_t>(&v);
    if (!i || (*i != 0 && *i != 1))
        return Error::badInput(std::string(field), "expected 0 or 1, got \"" + fieldValueText(v) + "\"");
    out = *i == 1;
    return {};
}

Status FieldCodec<Date>::decode(Date &out, const FieldValue &v, std::string_view field)
{
    auto s = std::get_if<std::string>(&v);
    if (!s)
        return Error::badInput(std::string(field), "expected a date as YYYY-MM-DD");
    auto parsed = Date::parse(*s, field);
    if (!parsed)
        return parsed.error();
    out = *parsed;
    return {};
}

#define FIELDS(T) const std::vector<FieldSpec<T>> &RecordTraits<T>::fields()

FIELDS(District)
{
    static const std::vector<FieldSpec<District>> f{
        field("cds", &District::cds), field("name", &District::name), field("county", &District::county)};
    return f;
}

FIELDS(School)
{
    static const std::vector<FieldSpec<School>> f{
        field("district_id", &School::districtId), field("cds", &School::cds), field("name", &School::name),
        field("charter", &School::charter), field("title_i", &School::titleI)};
    return f;
}

FIELDS(Case)
{
    static const std::vector<FieldSpec<Case>> f{
        field("kind", &Case::kind),
        field("district_id", &Case::districtId),
        field("school_id", &Case::schoolId),
        field("title", &Case::title),
        field("status", &Case::status),
        field("opened_on", &Case::openedOn),
        field("closed_on", &Case::closedOn),
        field("owner", &Case::owner),
        field("notes", &Case::notes),
        field("origin", &Case::origin),
        field("comm_schedule", &Case::commSchedule),
        field("comm_schedule_start", &Case::commScheduleStart),
        field("county_contact", &Case::countyContact),
        field("academic_advisor", &Case::academicAdvisor),
        field("identification_year", &Case::identificationYear),
        field("identified_on", &Case::identifiedOn),
        field("county_letter_on", &Case::countyLetterOn),
        field("reidentification_year", &Case::reidentificationYear),
        field("reidentified_on", &Case::reidentifiedOn),
        field("sbe_identification_on", &Case::sbeIdentificationOn),
        field("sbe_identification_reference", &Case::sbeIdentificationReference),
        field("ccee_determination_on", &Case::cceeDeterminationOn),
        field("ccee_determination", &Case::cceeDetermination),
        field("designation", &Case::designation),
        field("designation_year", &Case::designationYear),
        field("needs_assessment", &Case::needsAssessment),
        field("resource_inequities", &Case::resourceInequities),
        field("stakeholder_involvement", &Case::stakeholderInvolvement),
        field("external_partner", &Case::externalPartner),
        field("approved_by_school_on", &Case::approvedBySchoolOn),
        field("approved_by_district_on", &Case::approvedByDistrictOn),
        field("approved_by_state_on", &Case::approvedByStateOn),
        field("monitoring_interval_months", &Case::monitoringIntervalMonths),
        field("exited_on", &Case::exitedOn),
        field("exit_reason", &Case::exitReason),
    };
    return f;
}

FIELDS(QualifyingGroup)
{
    static const std::vector<FieldSpec<QualifyingGroup>> f{
        field("case_id", &QualifyingGroup::caseId), field("student_group", &QualifyingGroup::studentGroup),
        field("indicator", &QualifyingGroup::indicator), field("priority", &QualifyingGroup::priority)};
    return f;
}

FIELDS(Activity)
{
    static const std::vector<FieldSpec<Activity>> f{
        field("case_id", &Activity::caseId), field("area", &Activity::area), field("owner", &Activity::owner),
        field("status", &Activity::status), field("due_on", &Activity::dueOn),
        field("evidence", &Activity::evidence), field("notes", &Activity::notes),
        field("completed_on", &Activity::completedOn), field("substitute", &Activity::substitute)};
    return f;
}

FIELDS(Communication)
{
    static const std::vector<FieldSpec<Communication>> f{
        field("case_id", &Communication::caseId), field("occurred_on", &Communication::occurredOn),
        field("direction", &Communication::direction), field("mode", &Communication::mode),
        field("subject", &Communication::subject), field("participants", &Communication::participants),
        field("summary", &Communication::summary), field("follow_ups", &Communication::followUps),
        field("scheduled_contact_id", &Communication::scheduledContactId)};
    return f;
}

FIELDS(ScheduledContact)
{
    static const std::vector<FieldSpec<ScheduledContact>> f{field("case_id", &ScheduledContact::caseId),
                                                            field("due_on", &ScheduledContact::dueOn),
                                                            field("purpose", &ScheduledContact::purpose)};
    return f;
}

FIELDS(DocumentationItem)
{
    static const std::vector<FieldSpec<DocumentationItem>> f{
        field("case_id", &DocumentationItem::caseId), field("title", &DocumentationItem::title),
        field("due_on", &DocumentationItem::dueOn), field("submitted_on", &DocumentationItem::submittedOn),
        field("recipient", &DocumentationItem::recipient),
        field("activity_area", &DocumentationItem::activityArea)};
    return f;
}

FIELDS(Partner)
{
    static const std::vector<FieldSpec<Partner>> f{
        field("case_id", &Partner::caseId), field("type", &Partner::type), field("name", &Partner::name),
        field("scope", &Partner::scope), field("cost_cents", &Partner::costCents),
        field("start_on", &Partner::startOn), field("end_on", &Partner::endOn)};
    return f;
}

FIELDS(CceeRecommendation)
{
    static const std::vector<FieldSpec<CceeRecommendation>> f{
        field("case_id", &CceeRecommendation::caseId), field("text", &CceeRecommendation::text),
        field("received_on", &CceeRecommendation::receivedOn),
        field("consideration", &CceeRecommendation::consideration),
        field("rationale", &CceeRecommendation::rationale), field("lcap_goal", &CceeRecommendation::lcapGoal)};
    return f;
}

FIELDS(SpiAction)
{
    static const std::vector<FieldSpec<SpiAction>> f{
        field("case_id", &SpiAction::caseId), field("kind", &SpiAction::kind),
        field("description", &SpiAction::description),
        field("required_by_bargaining_agreement", &SpiAction::requiredByBargainingAgreement),
        field("status", &SpiAction::status), field("due_on", &SpiAction::dueOn),
        field("outcome", &SpiAction::outcome), field("completed_on", &SpiAction::completedOn),
        field("sbe_approved_on", &SpiAction::sbeApprovedOn), field("sbe_reference", &SpiAction::sbeReference)};
    return f;
}

FIELDS(Intervention)
{
    static const std::vector<FieldSpec<Intervention>> f{
        field("case_id", &Intervention::caseId), field("description", &Intervention::description),
        field("evidence_tier", &Intervention::evidenceTier), field("target_group", &Intervention::targetGroup),
        field("cost_cents", &Intervention::costCents)};
    return f;
}

FIELDS(MonitoringReview)
{
    static const std::vector<FieldSpec<MonitoringReview>> f{
        field("case_id", &MonitoringReview::caseId), field("due_on", &MonitoringReview::dueOn),
        field("held_on", &MonitoringReview::heldOn), field("outcome", &MonitoringReview::outcome)};
    return f;
}

FIELDS(Attachment)
{
    static const std::vector<FieldSpec<Attachment>> f{
        field("case_id", &Attachment::caseId),     field("owner_type", &Attachment::ownerType),
        field("owner_id", &Attachment::ownerId),   field("file_name", &Attachment::fileName),
        field("media_type", &Attachment::mediaType), field("size", &Attachment::size),
        field("sha256", &Attachment::sha256),      field("added_at", &Attachment::addedAt)};
    return f;
}

#undef FIELDS

std::int64_t intField(const FieldMap &fields, std::string_view name)
{
    auto it = fields.find(name);
    const auto *v = it == fields.end() ? nullptr : std::get_if<std::int64_t>(&it->second);
    return v ? *v : 0;
}

std::string textField(const FieldMap &fields, std::string_view name)
{
    auto it = fields.find(name);
    const auto *v = it == fields.end() ? nullptr : std::get_if<std::string>(&it->second);
    return v ? *v : std::string();
}

} // namespace casebook
