// The filled casebook of io tests; see io_sample.h.
#include "io_sample.h"

#include "io/interchange.h"
#include "io/json_schema.h"
#include "storage/transfer.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <stdexcept>

namespace casebook::test {

namespace {

template <typename T>
T add(storage::Database &db, T record)
{
    auto stored = storage::insert<T>(db, std::move(record));
    if (!stored)
        throw std::runtime_error(stored.error().text());
    return *stored;
}

std::vector<unsigned char> bytes(const std::string &text) { return {text.begin(), text.end()}; }

} // namespace

FilledCasebook fillCasebook(storage::Database &db)
{
    FilledCasebook f;
    f.sample = insertSampleDistrict(db);
    auto required = storage::createCase(db, requiredCase(f.sample.district.id));
    if (!required)
        throw std::runtime_error(required.error().text());
    f.required = *required;
    const Id id = f.required.id;
    add(db, QualifyingGroup{.caseId = id, .studentGroup = "SWD", .indicator = "ELA", .priority = 4});
    add(db, QualifyingGroup{.caseId = id, .studentGroup = "SWD", .indicator = "CHRONIC", .priority = 5});

    auto activities = storage::listWhere<Activity>(db, "case_id", id, "area");
    if (!activities)
        throw std::runtime_error(activities.error().text());
    Activity first = activities->at(0);
    first.status = ActivityStatus::Complete;
    first.completedOn = date("2025-04-02");
    first.evidence = "Dashboard review memo " + kScript;
    first.notes = std::string(10000, 'N');
    if (auto r = storage::update(db, first); !r)
        throw std::runtime_error(r.error().text());
    Activity second = activities->at(1);
    second.status = ActivityStatus::InProgress;
    second.evidence = kRightToLeft;
    if (auto r = storage::update(db, second); !r)
        throw std::runtime_error(r.error().text());

    add(db, Communication{.caseId = id, .occurredOn = date("2025-02-20"), .mode = CommunicationMode::Meeting,
                          .participants = "County DA lead; Director " + kEntity,
                          .summary = "Kick-off meeting " + kScript, .followUps = "Send data calendar"});
    add(db, Communication{.caseId = id, .occurredOn = date("2025-05-14"), .mode = CommunicationMode::Email,
                          .participants = "County DA lead", .summary = "Quarterly update: " + kRightToLeft});
    add(db, Communication{.caseId = id, .occurredOn = date("2025-09-03"), .mode = CommunicationMode::Video,
                          .participants = "County team",
                          .summary = "Long note: " + std::string(10000, 'x') + " end of long note"});
    add(db, ScheduledContact{.caseId = id, .dueOn = date("2026-12-01"), .purpose = "Quarterly check-in"});
    add(db, DocumentationItem{.caseId = id, .title = "Strengths and weaknesses memo", .dueOn = date("2025-03-31"),
                              .submittedOn = date("2025-03-28"), .recipient = "County DA lead", .activityArea = 1});
    add(db, DocumentationItem{.caseId = id, .title = "Root-cause analysis", .dueOn = date("2025-06-30"),
                              .submittedOn = date("2025-07-15"), .recipient = "County DA lead", .activityArea = 2});
    add(db, DocumentationItem{.caseId = id, .title = "LCAP goal review " + kScript, .dueOn = date("2025-10-31"),
                              .recipient = "County DA lead", .activityArea = 4});
    add(db, Partner{.caseId = id, .type = PartnerType::CountyOffice, .name = "Alameda COE " + kEntity,
                    .scope = "Data coaching", .costCents = 1250000, .startOn = date("2025-02-01")});
    add(db, CceeRecommendation{.caseId = id, .text = "Adopt a tiered attendance plan",
                               .receivedOn = date("2025-04-10"), .consideration = Consideration::Adopted,
                               .rationale = "Fits LCAP goal 2", .lcapGoal = "Goal 2"});
    add(db, CceeRecommendation{.caseId = id, .text = "Move to a new SIS", .receivedOn = date("2025-04-10"),
                               .consideration = Consideration::Declined, .rationale = "Cost; replaced by data audit",
                               .lcapGoal = "Goal 5"});

    for (const auto &[name, content] : std::vector<std::pair<std::string, std::string>>{
             {"../../x", "traversal"},
             {"/etc/passwd", "root:x:0:0"},
             {"CON", "device"},
             {"a:b", "colon"},
             {"minutes.txt", "first minutes"},
             {"minutes.txt", "second minutes"},
             {"bad\\name?*.txt", "control"}}) {
        auto a = storage::addAttachment(db, id, AttachmentOwner::Case, id, name, "text/plain", bytes(content));
        if (!a)
            throw std::runtime_error(a.error().text());
        f.attachments.push_back(*a);
    }

    auto plan = storage::createCase(db, schoolPlanCase(f.sample.district.id, f.sample.school.id));
    if (!plan)
        throw std::runtime_error(plan.error().text());
    f.schoolPlan = *plan;
    add(db, Intervention{.caseId = plan->id, .description = "Tier 2 reading intervention", .evidenceTier = 2,
                         .targetGroup = "EL", .costCents = 4500000});
    add(db, MonitoringReview{.caseId = plan->id, .dueOn = date("2024-09-30"), .heldOn = date("2024-10-02"),
                             .outcome = "On track"});

    // An audit row whose changes are not in sorted key order (other writers use ordered JSON): the
    // round trip must keep it byte for byte.
    if (auto s = storage::writeAuditJson(db, "districts", f.sample.district.id, std::nullopt, "update",
                                         R"({"name":{"old":"B","new":"A"},"county":{"old":"x","new":"y"}})");
        !s)
        throw std::runtime_error(s.error().text());
    if (auto s = storage::writeSetting(db, "district.time_zone", "America/Los_Angeles"); !s)
        throw std::runtime_error(s.error().text());
    return f;
}

std::unique_ptr<storage::Database> openCasebook(const std::string &path)
{
    auto db = storage::Database::open(path, storage::Database::OpenMode::CreateIfMissing);
    if (!db)
        throw std::runtime_error(db.error().text());
    return std::move(*db);
}

std::string exportText(const std::string &path)
{
    auto db = openCasebook(path);
    auto document = io::exportCasebook(*db);
    if (!document)
        throw std::runtime_error(document.error().text());
    return io::interchangeText(*document);
}

void writeText(const std::string &path, const std::string &text) { std::ofstream(path, std::ios::binary) << text; }

void checkSchemaRefuses(const nlohmann::json &good, const std::vector<DocumentFault> &faults)
{
    for (const auto &f : faults) {
        INFO(f.what);
        nlohmann::json doc = good;
        f.edit(doc);
        auto status = io::validateAgainstSchema(doc, io::kInterchangeSchema, "doc.json");
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.error().text(), Catch::Contains(std::string("doc.json ") + f.pointer));
    }
}

std::string rowCounts(storage::Database &db)
{
    auto counts = storage::recordCounts(db);
    if (!counts)
        throw std::runtime_error(counts.error().text());
    std::string out;
    for (const auto &[table, count] : *counts)
        out += table + ": " + std::to_string(count) + "\n";
    auto state = storage::stateDataCounts(db);
    if (!state)
        throw std::runtime_error(state.error().text());
    for (const auto &[table, count] : *state)
        out += table + ": " + std::to_string(count) + "\n";
    auto settings = storage::readSettings(db);
    out += "settings: " + std::to_string(settings ? settings->size() : 0) + "\n";
    return out;
}

} // namespace casebook::test
