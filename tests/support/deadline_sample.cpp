#include "deadline_sample.h"

#include "sample_data.h"

#include <stdexcept>

namespace casebook::test {

namespace {

template <typename T>
T must(Result<T> r)
{
    if (!r)
        throw std::runtime_error(r.error().text());
    return std::move(*r);
}

} // namespace

DeadlineSample insertDeadlineSample(storage::Database &db)
{
    DeadlineSample out;
    const auto sample = insertSampleDistrict(db);
    Case required = requiredCase(sample.district.id, "2025-01-15");
    required.owner = "Director, Accountability";
    required.commScheduleStart = date("2025-02-15");
    required = must(storage::createCase(db, required));
    out.required = required.id;
    must(storage::insert<Communication>(db, {0, required.id, date("2025-02-10"), CommunicationMode::Meeting,
                                             "COE liaison", "Kick-off", ""}));
    must(storage::insert<Communication>(db, {0, required.id, date("2025-05-20"), CommunicationMode::Email,
                                             "COE liaison", "Late quarterly update", ""}));
    out.overdueDocumentation =
        must(storage::insert<DocumentationItem>(db, {0, required.id,
                                                     "Q2 report; ELA, math \"and\" the A\u00f1o escolar data "
                                                     "summary for the County Superintendent's review",
                                                     date("2025-06-30"), std::nullopt, "County office", 1}))
            .id;
    must(storage::insert<DocumentationItem>(db, {0, required.id, "Q3 report", date("2025-09-20"), std::nullopt,
                                                 "County office", 2}));
    must(storage::insert<DocumentationItem>(db, {0, required.id, "Q1 report", date("2025-03-31"), date("2025-03-28"),
                                                 "County office", 1}));

    Case plan = schoolPlanCase(sample.district.id, sample.school.id, "2025-01-10");
    plan.owner = "Principal";
    plan = must(storage::createCase(db, plan));
    out.plan = plan.id;
    must(storage::insert<MonitoringReview>(db, {0, plan.id, date("2025-09-15"), std::nullopt, ""}));

    Case closed = boardRequestCase(sample.district.id, "2025-03-01");
    closed.owner = "Board secretary";
    closed = must(storage::createCase(db, closed));
    out.closed = closed.id;
    must(storage::insert<DocumentationItem>(db, {0, closed.id, "Request letter", date("2025-03-15"), std::nullopt,
                                                 "County office", 0}));
    must(storage::insert<DocumentationItem>(db, {0, closed.id, "Never due", date("2025-08-15"), std::nullopt,
                                                 "County office", 0}));
    must(storage::transitionCase(db, closed.id, CaseStatus::Withdrawn, date("2025-04-01")));
    return out;
}

} // namespace casebook::test
