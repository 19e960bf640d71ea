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
    add(db, QualifyingGroup{0, id, "SWD", "ELA", 4});
    add(db, QualifyingGroup{0, id, "SWD", "CHRONIC", 5});

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

    add(db, Communication{0, id, date("2025-02-20"), CommunicationMode::Meeting, "County DA lead; Director " + kEntity,
                          "Kick-off meeting " + kScript, "Send data calendar"});
    add(db, Communication{0, id, date("2025-05-14"), CommunicationMode::Email, "County DA lead",
                          "Quarterly update: " + kRightToLeft, ""});
    add(db, Communication{0, id, date("2025-09-03"), CommunicationMode::Video, "County team",
                          "Long note: " + std::string(10000, 'x') + " end of long note", ""});
    add(db, ScheduledContact{0, id, date("2026-12-01"), "Quarterly check-in"});
    add(db, DocumentationItem{0, id, "Strengths and weaknesses memo", date("2025-03-31"), date("2025-03-28"),
                              "County DA lead", 1});
    add(db, DocumentationItem{0, id, "Root-cause analysis", date("2025-06-30"), date("2025-07-15"), "County DA lead", 2});
    add(db, DocumentationItem{0, id, "LCAP goal review " + kScript, date("2025-10-31"), std::nullopt, "County DA lead", 4});
    add(db, Partner{0, id, PartnerType::CountyOffice, "Alameda COE " + kEntity, "Data coaching", 1250000,
                    date("2025-02-01"), std::nullopt});
    add(db, CceeRecommendation{0, id, "Adopt a tiered attendance plan", date("2025-04-10"), Consideration::Adopted,
                               "Fits LCAP goal 2", "Goal 2"});
    add(db, CceeRecommendation{0, id, "Move to a new SIS", date("2025-04-10"), Consideration::Declined,
                               "Cost; replaced by data audit", "Goal 5"});

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
    add(db, Intervention{0, plan->id, "Tier 2 reading intervention", 2, "EL", 4500000});
    add(db, MonitoringReview{0, plan->id, date("2024-09-30"), date("2024-10-02"), "On track"});

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
