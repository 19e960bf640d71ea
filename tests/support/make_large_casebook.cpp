// Writes a large casebook for timing the reminder query by hand (not a test: tests never time):
// 5,000 cases, 100,000 communications, 20,000 documentation items, 25,000 activities.
//   make_large_casebook FILE && time CASEBOOK_TODAY=2026-06-01 casebook-cli --db FILE deadlines --format csv
#include "storage/database.h"

#include <iostream>

using namespace casebook;

namespace {

Status fill(storage::Database &db)
{
    auto &c = db.connection();
    CASEBOOK_TRY(c.exec("INSERT INTO districts (id, cds, name) VALUES (1, '0161119', 'Large Unified')"));
    auto school = c.prepare("INSERT INTO schools (id, district_id, cds, name) VALUES (?, 1, ?, ?)");
    auto kase = c.prepare(
        "INSERT INTO cases (id, kind, district_id, school_id, title, status, opened_on, owner, origin, comm_schedule, "
        "comm_schedule_start, approved_by_district_on, monitoring_interval_months) "
        "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto activity = c.prepare("INSERT INTO activities (case_id, area, owner, status, due_on) VALUES (?, ?, ?, ?, ?)");
    auto comm = c.prepare("INSERT INTO communications (case_id, occurred_on, mode, summary) VALUES (?, ?, 'email', 'x')");
    auto doc = c.prepare(
        "INSERT INTO documentation_items (case_id, title, due_on, submitted_on, activity_area) VALUES (?, ?, ?, ?, ?)");
    if (!school || !kase || !activity || !comm || !doc)
        return Error::database("cannot prepare the inserts");
    const char *schedules[] = {"weekly", "monthly", "quarterly"};
    for (int s = 1; s <= 500; ++s) {
        char cds[16];
        std::snprintf(cds, sizeof cds, "0161119%07d", s);
        CASEBOOK_TRY(school->bindAll({std::int64_t(s), std::string(cds), "School " + std::to_string(s)}).run());
        school->reset();
    }
    for (int id = 1; id <= 5000; ++id) {
        const Date opened = Date(2024, 1, 1).addDays(id % 800);
        const std::string owner = "Owner " + std::to_string(id % 40);
        const int kind = id % 10; // 0-5 required, 6-7 board request, 8 SPI, 9 school plan
        const bool plan = kind == 9;
        FieldValue schoolId = plan ? FieldValue(std::int64_t(id % 500 + 1)) : FieldValue{};
        const std::string kindCode = plan ? "school_plan" : kind == 8 ? "spi_intervention" : "technical_assistance";
        const std::string status = plan ? "monitoring" : kind <= 5 ? "active" : kind == 8 ? "active" : "active";
        const bool required = kind <= 5;
        CASEBOOK_TRY(kase->bindAll({std::int64_t(id), kindCode, schoolId, "Case " + std::to_string(id), status,
                                    opened.toString(), owner, required ? "required" : "board_request",
                                    required ? schedules[id % 3] : "none",
                                    required ? FieldValue(opened.addDays(14).toString()) : FieldValue{},
                                    plan ? FieldValue(opened.addDays(120).toString()) : FieldValue{},
                                    std::int64_t(plan ? 3 : 0)})
                         .run());
        kase->reset();
        if (kind <= 7)
            for (int area = 1; area <= 5; ++area) {
                CASEBOOK_TRY(activity->bindAll({std::int64_t(id), std::int64_t(area), owner,
                                                area % 2 ? "complete" : "in_progress",
                                                opened.addMonths(area * 4).toString()})
                                 .run());
                activity->reset();
            }
        for (int k = 0; k < 20; ++k) {
            CASEBOOK_TRY(comm->bindAll({std::int64_t(id), opened.addDays(15 + k * 30).toString()}).run());
            comm->reset();
        }
        for (int k = 0; k < 4; ++k) {
            const Date due = opened.addMonths(3 * (k + 1));
            CASEBOOK_TRY(doc->bindAll({std::int64_t(id), "Report " + std::to_string(k + 1), due.toString(),
                                       k % 3 ? FieldValue(due.addDays(k - 2).toString()) : FieldValue{},
                                       std::int64_t(k + 1)})
                             .run());
            doc->reset();
        }
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_large_casebook FILE\n";
        return 1;
    }
    auto db = storage::Database::open(argv[1], storage::Database::OpenMode::CreateNew);
    if (!db) {
        std::cerr << db.error().text() << "\n";
        return 3;
    }
    auto done = storage::inTransaction(**db, [&] { return fill(**db); });
    if (!done) {
        std::cerr << done.error().text() << "\n";
        return 3;
    }
    return 0;
}
