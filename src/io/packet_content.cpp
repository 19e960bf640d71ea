// Building the packet's content; see packet_content.h.
#include "packet_content.h"

#include "domain/official_determination.h"

#include "packet_policy.h"
#include "record_json.h"

#include "domain/codes.h"
#include "domain/fields.h"
#include "domain/validation.h"
#include "domain/workflow.h"

#include <algorithm>
#include <set>

namespace casebook::io {

namespace {

using ordered = nlohmann::ordered_json;

ordered optionalDate(const std::optional<Date> &d) { return d ? ordered(d->toString()) : ordered(nullptr); }

template <typename T, typename Keep>
std::vector<T> keep(const std::vector<T> &all, Keep &&predicate)
{
    std::vector<T> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), predicate);
    return out;
}

// A record's fields (as in the interchange) plus the labels a reader needs; case_id is implied.
template <typename T>
ordered item(const T &record)
{
    ordered o = recordToOrderedJson(record);
    o.erase("case_id");
    return o;
}

std::string groupName(const std::string &code)
{
    const auto *g = findStudentGroup(code);
    return g ? std::string(g->name) : code;
}

// On time, late, overdue or not yet due, as of the period's end.
ordered timeliness(const DocumentationItem &d, const Date &asOf)
{
    ordered t = ordered::object();
    if (d.submittedOn) {
        const auto late = d.dueOn.daysUntil(*d.submittedOn);
        t["status"] = late > 0 ? "late" : "on_time";
        t["days_late"] = std::max<std::int64_t>(late, 0);
    } else {
        const auto late = d.dueOn.daysUntil(asOf);
        t["status"] = late > 0 ? "overdue" : "not_yet_due";
        t["days_late"] = std::max<std::int64_t>(late, 0);
    }
    static const std::map<std::string, std::string> labels{
        {"on_time", "On time"}, {"late", "Late"}, {"overdue", "Overdue"}, {"not_yet_due", "Not yet due"}};
    t["label"] = labels.at(t["status"].get<std::string>());
    return t;
}

ordered caseObject(const CaseBundle &b)
{
    const Case &c = b.caseRecord;
    ordered o = item(c);
    o["kind_label"] = std::string(enumLabel(c.kind));
    o["origin_label"] = c.kind == CaseKind::TechnicalAssistance ? ordered(std::string(enumLabel(c.origin)))
                                                               : ordered(nullptr);
    o["status_label"] = std::string(enumLabel(c.status));
    o["comm_schedule_label"] = std::string(enumLabel(c.commSchedule));
    o["workflow"] = std::string(workflowName(c));
    o["earliest_close_on"] = c.isRequiredAssistance() ? ordered(earliestCloseDate(c).toString()) : ordered(nullptr);
    return o;
}

} // namespace

CaseBundle recordsInPeriod(const CaseBundle &b, const PacketPeriod &p)
{
    const auto inPeriod = [&](const Date &d) { return d >= p.from && d <= p.to; };
    CaseBundle out = b;
    out.communications = keep(b.communications, [&](const Communication &c) { return inPeriod(c.occurredOn); });
    out.documentationItems = keep(b.documentationItems, [&](const DocumentationItem &d) {
        return inPeriod(d.dueOn) || (d.submittedOn && inPeriod(*d.submittedOn)) ||
               (!d.submittedOn && d.dueOn < p.from);
    });
    out.partners = keep(b.partners, [&](const Partner &x) { return x.startOn <= p.to && (!x.endOn || *x.endOn >= p.from); });
    out.recommendations = keep(b.recommendations, [&](const CceeRecommendation &r) { return r.receivedOn <= p.to; });
    std::set<Id> answered; // the contacts the period's communications answer, whenever they were due
    for (const auto &c : out.communications)
        if (c.scheduledContactId)
            answered.insert(*c.scheduledContactId);
    out.scheduledContacts = keep(b.scheduledContacts, [&](const ScheduledContact &s) {
        return inPeriod(s.dueOn) || answered.contains(s.id);
    });
    std::set<std::pair<AttachmentOwner, Id>> shown{{AttachmentOwner::Case, b.caseRecord.id}};
    for (const auto &a : out.activities)
        shown.insert({AttachmentOwner::Activity, a.id});
    for (const auto &c : out.communications)
        shown.insert({AttachmentOwner::Communication, c.id});
    for (const auto &d : out.documentationItems)
        shown.insert({AttachmentOwner::DocumentationItem, d.id});
    out.attachments = keep(b.attachments, [&](const Attachment &a) { return shown.contains({a.ownerType, a.ownerId}); });
    return out;
}

ordered packetContent(const PacketInput &in)
{
    const CaseBundle &b = in.bundle;
    const Case &c = b.caseRecord;
    ordered doc = ordered::object();
    doc["$schema"] = kPacketSchemaId;
    doc["format"] = "casebook-packet";
    doc["version"] = kPacketVersion;
    doc["prepared"] = {{"by", in.preparedBy}, {"on", in.preparedOn.toString()}, {"generator", in.generator}};
    doc["period"] = {{"from", in.period.from.toString()}, {"to", in.period.to.toString()}, {"basis", in.period.basis}};
    doc["district"] = item(b.district);
    doc["school"] = b.school ? item(*b.school) : ordered(nullptr);
    doc["case"] = caseObject(b);

    const Obligation obligation = obligationFor(c);
    doc["obligation"] = {{"summary", obligation.summary},
                         {"legal_basis", obligation.legalBasis},
                         {"policy", "BP 0520 Intervention for Underperforming Schools"},
                         {"policy_text", obligation.policyText}};

    ordered groups = ordered::array();
    for (const auto &g : b.qualifyingGroups) {
        ordered o = item(g);
        o["student_group_name"] = groupName(g.studentGroup);
        const auto *indicator = findIndicator(g.indicator);
        o["indicator_name"] = indicator ? std::string(indicator->name) : std::string("Local indicator");
        o["priority_name"] = std::string(lcffPriorityName(g.priority));
        std::vector<int> priorities; // the group's priorities on this case, as CDE's letter names them
        for (const auto &other : b.qualifyingGroups)
            if (other.studentGroup == g.studentGroup &&
                std::find(priorities.begin(), priorities.end(), other.priority) == priorities.end())
                priorities.push_back(other.priority);
        const auto letter = cdeLetterFor(priorities);
        o["cde_letter"] = letter ? ordered(std::string(1, *letter)) : ordered(nullptr);
        groups.push_back(std::move(o));
    }
    doc["qualifying_groups"] = std::move(groups);

    const auto attachmentIds = [&](AttachmentOwner owner, Id id) {
        ordered ids = ordered::array();
        for (const auto &a : in.attachments)
            if (a.attachment.ownerType == owner && a.attachment.ownerId == id)
                ids.push_back(a.attachment.id);
        return ids;
    };
    ordered activities = ordered::array();
    for (const auto &a : b.activities) {
        ordered o = item(a);
        o["title"] = std::string(activityAreaTitle(a.area));
        o["description"] = std::string(activityAreaDescription(a.area));
        o["status_label"] = std::string(enumLabel(a.status));
        o["attachment_ids"] = attachmentIds(AttachmentOwner::Activity, a.id);
        ordered evidence = ordered::array(); // the documentation items that document it
        for (const auto &d : b.documentationItems)
            if (d.activityArea == a.area)
                evidence.push_back(d.id);
        o["documentation_item_ids"] = std::move(evidence);
        activities.push_back(std::move(o));
    }
    doc["activities"] = std::move(activities);

    ordered communications = ordered::array();
    for (const auto &x : b.communications) {
        ordered o = item(x);
        o["mode_label"] = std::string(enumLabel(x.mode));
        o["direction_label"] = std::string(enumLabel(x.direction));
        o["answers"] = nullptr;
        for (const auto &contact : in.bundle.scheduledContacts)
            if (x.scheduledContactId && contact.id == *x.scheduledContactId)
                o["answers"] = {{"due_on", contact.dueOn.toString()}, {"purpose", contact.purpose}};
        o["attachment_ids"] = attachmentIds(AttachmentOwner::Communication, x.id);
        communications.push_back(std::move(o));
    }
    doc["communications"] = std::move(communications);

    ordered documentation = ordered::array();
    for (const auto &d : b.documentationItems) {
        ordered o = item(d);
        o["timeliness"] = timeliness(d, in.period.to);
        o["attachment_ids"] = attachmentIds(AttachmentOwner::DocumentationItem, d.id);
        documentation.push_back(std::move(o));
    }
    doc["documentation_items"] = std::move(documentation);

    ordered partners = ordered::array();
    std::int64_t totalCents = 0;
    for (const auto &p : b.partners) {
        ordered o = item(p);
        o["type_label"] = std::string(enumLabel(p.type));
        o["cost"] = formatDollars(p.costCents);
        totalCents += p.costCents;
        partners.push_back(std::move(o));
    }
    doc["partners"] = std::move(partners);
    doc["partner_cost_total"] = formatDollars(totalCents);

    ordered recommendations = ordered::array();
    for (const auto &r : b.recommendations) {
        ordered o = item(r);
        o["consideration_label"] = std::string(enumLabel(r.consideration));
        recommendations.push_back(std::move(o));
    }
    doc["ccee_recommendations"] = std::move(recommendations);

    ordered spi = ordered::array();
    for (const auto &s : b.spiActions) {
        ordered o = item(s);
        o["kind_label"] = std::string(enumLabel(s.kind));
        o["status_label"] = std::string(enumLabel(s.status));
        spi.push_back(std::move(o));
    }
    doc["spi_actions"] = std::move(spi);

    if (c.kind == CaseKind::SchoolPlan) {
        ordered plan = ordered::object();
        plan["designation"] = std::string(enumCode(c.designation));
        plan["designation_label"] = std::string(enumLabel(c.designation));
        plan["designation_year"] = c.designationYear;
        plan["needs_assessment"] = c.needsAssessment;
        plan["resource_inequities"] = c.resourceInequities;
        plan["stakeholder_involvement"] = c.stakeholderInvolvement;
        plan["external_partner"] = c.externalPartner;
        plan["approved_by_school_on"] = optionalDate(c.approvedBySchoolOn);
        plan["approved_by_district_on"] = optionalDate(c.approvedByDistrictOn);
        plan["approved_by_state_on"] = optionalDate(c.approvedByStateOn);
        ordered interventions = ordered::array();
        for (const auto &i : b.interventions) {
            ordered o = item(i);
            o["target_group_name"] = i.targetGroup.empty() ? std::string("All students") : groupName(i.targetGroup);
            o["cost"] = formatDollars(i.costCents);
            interventions.push_back(std::move(o));
        }
        plan["interventions"] = std::move(interventions);
        ordered reviews = ordered::array();
        for (const auto &m : b.monitoringReviews)
            reviews.push_back(item(m));
        plan["monitoring_reviews"] = std::move(reviews);
        doc["school_plan"] = std::move(plan);
    } else {
        doc["school_plan"] = nullptr;
    }

    ordered deadlines = ordered::array();
    for (const auto &d : in.deadlines)
        deadlines.push_back({{"due_on", d.due.toString()},
                             {"what", d.title},
                             {"because", d.explanation()},
                             {"state", std::string(enumCode(d.state))},
                             {"source", std::string(enumCode(d.source))},
                             {"owner", d.owner.str()},
                             {"uid", d.uid()}});
    doc["upcoming_deadlines"] = std::move(deadlines);

    ordered attachments = ordered::array();
    for (const auto &a : in.attachments) {
        ordered o = item(a.attachment);
        o["owner_label"] = std::string(enumLabel(a.attachment.ownerType));
        o["packet_path"] = a.packetPath;
        attachments.push_back(std::move(o));
    }
    doc["attachments"] = std::move(attachments);
    return doc;
}

} // namespace casebook::io
