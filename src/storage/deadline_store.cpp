// The reminder query and the calendar settings; see deadline_store.h.
#include "deadline_store.h"

#include "audit.h"
#include "case_bundle.h"
#include "repository.h"

#include "domain/workflow.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace casebook::storage {

namespace {

// Puts each record of one table into the bundle of its case (records of closed cases are skipped).
template <typename T>
Status distribute(Database &db, std::vector<CaseBundle> &bundles, const std::unordered_map<Id, std::size_t> &index,
                  std::vector<T> CaseBundle::*list, std::string_view orderBy)
{
    auto rows = listAll<T>(db, orderBy);
    if (!rows)
        return rows.error();
    for (auto &row : *rows)
        if (auto it = index.find(row.caseId); it != index.end())
            (bundles[it->second].*list).push_back(std::move(row));
    return {};
}

// The engine reads only when each communication happened, so the reminder query reads id, case and
// date from the (case_id, occurred_on) index alone, never the summaries and participants: at
// 100,000 communications that is most of the query's time (docs/performance.md).
Status distributeCommunicationDates(Database &db, std::vector<CaseBundle> &bundles,
                                    const std::unordered_map<Id, std::size_t> &index)
{
    auto stmt = db.connection().prepare(
        "SELECT id, case_id, occurred_on FROM communications ORDER BY case_id, occurred_on, id");
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const auto it = index.find(stmt->columnInt(1));
        if (it == index.end())
            continue;
        auto date = Date::parse(stmt->columnText(2), "occurred_on");
        if (!date)
            return Error::database("stored communication " + std::to_string(stmt->columnInt(0)) +
                                   " is unreadable: " + date.error().text());
        Communication c;
        c.id = stmt->columnInt(0);
        c.caseId = it->first;
        c.occurredOn = *date;
        bundles[it->second].communications.push_back(std::move(c));
    }
}

Result<std::optional<std::pair<Id, std::string>>> readSetting(Database &db, std::string_view key)
{
    auto stmt = db.connection().prepare("SELECT rowid, value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string(key));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::pair<Id, std::string>>{};
    return std::optional<std::pair<Id, std::string>>{{stmt->columnInt(0), stmt->columnText(1)}};
}

Status writeSetting(Database &db, std::string_view key, const std::string &value)
{
    auto before = readSetting(db, key);
    if (!before)
        return before.error();
    if (*before && (*before)->second == value)
        return {};
    auto stmt = db.connection().prepare(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    CASEBOOK_TRY(stmt->bindAll({std::string(key), value}).run());
    auto after = readSetting(db, key);
    if (!after)
        return after.error();
    FieldMap oldFields, newFields{{std::string(key), value}};
    if (*before)
        oldFields.emplace(std::string(key), (*before)->second);
    return writeAudit(db, "settings", (*after)->first, std::nullopt, *before ? "update" : "create", oldFields,
                      newFields);
}

Error unreadable(std::string_view key, const std::string &value, const Error &why)
{
    return Error::database("stored setting " + std::string(key) + " = \"" + value + "\" is unreadable: " + why.text());
}

} // namespace

Result<std::vector<CaseBundle>> loadOpenCaseDeadlineBundles(Database &db)
{
    auto cases = listAll<Case>(db);
    if (!cases)
        return cases.error();
    std::vector<CaseBundle> bundles;
    std::unordered_map<Id, std::size_t> index;
    for (auto &c : *cases) {
        if (isTerminal(c.status))
            continue;
        index.emplace(c.id, bundles.size());
        bundles.push_back({});
        bundles.back().caseRecord = std::move(c);
    }
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::activities, "area"));
    CASEBOOK_TRY(distributeCommunicationDates(db, bundles, index));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::scheduledContacts, "due_on"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::documentationItems, "due_on"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::spiActions, "id"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::monitoringReviews, "due_on"));
    return bundles;
}

Result<std::vector<Deadline>> reminders(Database &db, const CalendarSettings &settings, const ReminderQuery &query)
{
    std::vector<CaseBundle> bundles;
    if (query.caseId) {
        auto bundle = loadCaseBundle(db, *query.caseId);
        if (!bundle)
            return bundle.error();
        bundles.push_back(std::move(*bundle));
    } else {
        auto open = loadOpenCaseDeadlineBundles(db);
        if (!open)
            return open.error();
        bundles = std::move(*open);
    }
    const Date horizon = query.today.addDays(query.overdueOnly ? 0 : std::max(0, query.withinDays));
    std::vector<Deadline> out;
    for (const auto &bundle : bundles)
        for (auto &d : deadlinesFor(bundle, settings, query.today, horizon))
            if (isReminder(d, query.today, query.withinDays, query.overdueOnly))
                out.push_back(std::move(d));
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) {
        return a.due != b.due ? a.due < b.due : a.caseId < b.caseId;
    });
    return out;
}

Result<CalendarSettings> loadCalendarSettings(Database &db)
{
    CalendarSettings s;
    auto zone = readSetting(db, kTimeZoneKey);
    if (!zone)
        return zone.error();
    if (*zone)
        s.timeZone = (*zone)->second;
    auto release = readSetting(db, kDashboardReleaseKey);
    if (!release)
        return release.error();
    if (*release)
        if (auto ok = setDashboardRelease(s, (*release)->second); !ok)
            return unreadable(kDashboardReleaseKey, (*release)->second, ok.error());
    auto days = readSetting(db, kPlanApprovalDaysKey);
    if (!days)
        return days.error();
    if (*days) {
        const std::string &text = (*days)->second;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), s.planApprovalDays);
        if (ec != std::errc{} || end != text.data() + text.size())
            return unreadable(kPlanApprovalDaysKey, text, Error::badInput("", "expected a whole number of days"));
    }
    if (auto ok = validate(s); !ok)
        return Error::database("stored calendar settings are unreadable: " + ok.error().text());
    return s;
}

Status saveCalendarSettings(Database &db, const CalendarSettings &settings)
{
    CASEBOOK_TRY(validate(settings));
    return inTransaction(db, [&]() -> Status {
        CASEBOOK_TRY(writeSetting(db, kTimeZoneKey, settings.timeZone));
        CASEBOOK_TRY(writeSetting(db, kDashboardReleaseKey, dashboardReleaseText(settings)));
        return writeSetting(db, kPlanApprovalDaysKey, std::to_string(settings.planApprovalDays));
    });
}

} // namespace casebook::storage
