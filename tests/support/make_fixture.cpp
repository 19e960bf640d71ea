// Writes tests/fixtures/schema-vN.sqlite for the current schema version N: a small casebook with
// a case of every type. Run it once when a schema version is released and check the file in;
// the migration test then opens every released version with every later build.
#include "storage/case_store.h"
#include "storage/dashboard_store.h"
#include "storage/migrations.h"
#include "storage/official_store.h"

#include "sample_data.h"

#include <iostream>

using namespace casebook;

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_fixture FOLDER\n";
        return 1;
    }
    const std::string path =
        std::string(argv[1]) + "/schema-v" + std::to_string(storage::currentSchemaVersion()) + ".sqlite";
    auto db = storage::Database::open(path, storage::Database::OpenMode::CreateNew);
    if (!db) {
        std::cerr << db.error().text() << "\n";
        return 3;
    }
    auto &d = **db;
    d.setUserName("fixture");
    auto sample = test::insertSampleDistrict(d);
    auto required = storage::createCase(d, test::requiredCase(sample.district.id));
    auto spi = storage::createCase(d, test::spiCase(sample.district.id));
    auto plan = storage::createCase(d, test::schoolPlanCase(sample.district.id, sample.school.id));
    if (!required || !spi || !plan) {
        std::cerr << "cannot create the sample cases\n";
        return 3;
    }
    const bool ok =
        storage::insert<Communication>(d, {0, required->id, test::date("2025-02-10"), CommunicationMode::Meeting,
                                           "COE liaison; Director of Accountability", "Kick-off meeting", ""})
            .ok() &&
        storage::insert<DocumentationItem>(d, {0, required->id, "Q1 progress report", test::date("2025-04-15"),
                                               test::date("2025-04-10"), "County Superintendent", 1})
            .ok() &&
        storage::insert<SpiAction>(d, {0, spi->id, SpiActionKind::LcapRevision, "Revise LCAP goal 2", false,
                                       ActionStatus::InProgress, test::date("2025-06-30"), "", std::nullopt,
                                       test::date("2025-02-20"), "SBE agenda item 7"})
            .ok() &&
        storage::insert<Intervention>(d, {0, plan->id, "Structured literacy tutoring", 1, "EL", 250000}).ok() &&
        storage::addAttachment(d, required->id, AttachmentOwner::Case, required->id, "letter.txt", "text/plain",
                               {'h', 'i'})
            .ok();
    // Schema version 2: one imported Dashboard file, a local indicator and a CALPADS flag.
    const bool stateData = storage::inTransaction(d, [&]() -> Status {
        auto writer = storage::DashboardResultWriter::start(d, "ELA", 2024, "eladownload2024.txt", std::string(64, '0'));
        if (!writer)
            return writer.error();
        DashboardResult r;
        r.indicator = Indicator::ELA;
        r.year = 2024;
        r.cds = "01611190000000";
        r.rtype = RecordType::District;
        r.districtName = "Sample Unified";
        r.studentGroup = "SWD";
        r.currDenom = 640;
        r.currStatus = -98.3;
        r.statusLevel = 1;
        r.color = 1;
        CASEBOOK_TRY(writer->add(r));
        if (auto done = writer->finish(); !done)
            return done.error();
        CASEBOOK_TRY(storage::setLocalIndicator(d, {"0161119", 2024, 1, LocalIndicatorStatus::NotMetTwoYears}));
        return storage::setCalpadsLate(d, "0161119", 2024, false);
    }).ok();
    // Schema version 7: one official determination from CDE's eligibility file, with a letter.
    OfficialDetermination official;
    official.districtCds = "0161119";
    official.year = 2024;
    official.leaName = "Sample Unified";
    official.status = "Differentiated Assistance";
    official.differentiatedAssistance = true;
    official.ec52072 = false;
    official.groups = {{"SWD", 'A'}};
    const bool officialData =
        storage::storeOfficialDeterminations(d, 2024, "assistancestatus24.xlsx", std::string(64, '1'), {official}).ok();
    // Schema version 10: a communication with its direction and subject, answering a scheduled contact.
    const auto contact = storage::insert<ScheduledContact>(
        d, {.caseId = required->id, .dueOn = test::date("2025-05-15"), .purpose = "Spring review"});
    const bool answered =
        contact.ok() &&
        storage::insert<Communication>(d, {.caseId = required->id, .occurredOn = test::date("2025-05-12"),
                                           .mode = CommunicationMode::Email, .participants = "COE liaison",
                                           .summary = "Spring progress report sent",
                                           .direction = CommunicationDirection::DistrictToCounty,
                                           .subject = "Spring report", .scheduledContactId = contact->id})
            .ok();
    if (!ok || !stateData || !officialData || !answered) {
        std::cerr << "cannot write the sample records\n";
        return 3;
    }
    std::cout << path << "\n";
    return 0;
}
