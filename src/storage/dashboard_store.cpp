// Dashboard results, local indicators, CALPADS flags and ESSA status; see dashboard_store.h.
#include "dashboard_store.h"

#include "audit.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace casebook::storage {

namespace {

template <typename T>
void setOptional(BulkInsert &rows, int column, const std::optional<T> &v)
{
    if (!v)
        rows.setNull(column);
    else if constexpr (std::is_floating_point_v<T>)
        rows.setReal(column, double(*v));
    else
        rows.setInt(column, std::int64_t(*v));
}

// A second result for one key: the writer's message, whichever engine found it (a server's COPY
// reports it only when the rows arrive, naming the key in its detail).
Error duplicateResult(const std::string &which)
{
    return Error::badInput("studentgroup", "a second result for " + which + "; each appears once per file");
}

// The CHECK constraints of dashboard_results (migrations.cpp, version 2), checked here while the
// writer has SQLite skip them. rtype needs no check: RecordType has only the codes D, S and X.
Status checkTableRules(const DashboardResult &r)
{
    if (r.cds.size() != 14)
        return Error::badInput("cds", "a CDS code has 14 digits, got \"" + r.cds + "\"");
    const std::pair<const char *, const std::optional<int> *> levels[] = {
        {"status_level", &r.statusLevel}, {"change_level", &r.changeLevel}, {"color", &r.color}};
    for (const auto &[column, level] : levels)
        if (*level && (**level < 0 || **level > 5))
            return Error::badInput(column, "expected 0-5, got " + std::to_string(**level));
    return {};
}

std::optional<std::int64_t> optionalInt(const Statement &s, int column)
{
    return isNull(s.column(column)) ? std::nullopt : std::optional<std::int64_t>(s.columnInt(column));
}

std::optional<double> optionalReal(const Statement &s, int column)
{
    const auto v = s.column(column);
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return double(*i);
    return std::nullopt;
}

std::optional<int> optionalSmall(const Statement &s, int column)
{
    const auto v = optionalInt(s, column);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

nlohmann::ordered_json importJson(const DashboardImport &i)
{
    return {{"import_id", i.id}, {"indicator", i.indicator}, {"year", i.year},     {"file", i.fileName},
            {"sha256", i.sha256}, {"rows", i.rowCount},     {"imported_at", i.importedAt}};
}

Result<std::optional<DashboardImport>> readImport(Statement &stmt)
{
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DashboardImport>();
    return std::optional<DashboardImport>(DashboardImport{stmt.columnInt(0), stmt.columnText(1),
                                                          int(stmt.columnInt(2)), stmt.columnText(3),
                                                          stmt.columnText(4), stmt.columnInt(5), stmt.columnText(6)});
}

// Runs a statement that returns rows; calls `each` per row.
template <typename F>
Status forEachRow(Statement &stmt, F each)
{
    return stmt.eachRow([&] { each(stmt); });
}

} // namespace

Result<std::optional<DashboardImport>> currentDashboardImport(Database &db, std::string_view indicator, int year)
{
    auto stmt = db.connection().prepare(
        "SELECT id, indicator, reporting_year, file_name, sha256, row_count, imported_at FROM dashboard_imports "
        "WHERE indicator = ? AND reporting_year = ? AND replaced_by IS NULL ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::string(indicator), std::int64_t(year)});
    return readImport(*stmt);
}

Result<std::optional<DashboardImport>> findDashboardImport(Database &db, std::string_view indicator, int year,
                                                           const std::string &sha256)
{
    auto stmt = db.connection().prepare(
        "SELECT id, indicator, reporting_year, file_name, sha256, row_count, imported_at FROM dashboard_imports "
        "WHERE indicator = ? AND reporting_year = ? AND sha256 = ? ORDER BY replaced_by IS NULL DESC, id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::string(indicator), std::int64_t(year), sha256});
    return readImport(*stmt);
}

Status retireDashboardImport(Database &db, Id importId, Id replacedBy)
{
    auto &c = db.connection();
    // The primary key's year prefix finds the file's rows: there is no import_id index (schema v3).
    auto remove = c.prepare("DELETE FROM dashboard_results WHERE reporting_year = "
                            "(SELECT reporting_year FROM dashboard_imports WHERE id = ?1) AND import_id = ?1");
    if (!remove)
        return remove.error();
    CASEBOOK_TRY(remove->bind(1, importId).run());
    auto mark = c.prepare("UPDATE dashboard_imports SET replaced_by = ? WHERE id = ?");
    if (!mark)
        return mark.error();
    return mark->bindAll({replacedBy, importId}).run();
}

Status replaceDashboardImport(Database &db, const DashboardImport &current, Id byImportId, const std::string &source,
                              Id documentId)
{
    CASEBOOK_TRY(retireDashboardImport(db, current.id, byImportId));
    const nlohmann::ordered_json changes{
        {"replaced", importJson(current)},
        {"by", {{"import_id", byImportId}, {"source", source}, {"document_id", documentId}}}};
    return writeAuditJson(db, "dashboard_imports", byImportId, std::nullopt, "import", changes.dump());
}

Result<DashboardResultWriter> DashboardResultWriter::start(Database &db, std::string_view indicator, int year,
                                                           const std::string &fileName, const std::string &sha256)
{
    if (!db.connection().inTransaction())
        return Error::internal("a Dashboard import must run inside a transaction");
    auto previous = currentDashboardImport(db, indicator, year);
    if (!previous)
        return previous.error();
    auto &c = db.connection();
    auto batch = c.prepare("INSERT INTO dashboard_imports (indicator, reporting_year, file_name, sha256, row_count, "
                           "imported_at) VALUES (?, ?, ?, ?, 0, ?)");
    if (!batch)
        return batch.error();
    const std::string now = utcNow();
    CASEBOOK_TRY(batch->bindAll({std::string(indicator), std::int64_t(year), fileName, sha256, now}).run());
    const Id id = c.lastInsertId();
    if (*previous)
        CASEBOOK_TRY(retireDashboardImport(db, (*previous)->id, id));
    // The writer checks the table's rules itself (checkTableRules) and lets the engine skip them until
    // finish() when that is faster (SQLite 3.40 builds a temporary b-tree for "rtype IN ('D', 'S', 'X')"
    // on every row, about a third of an import's instructions). Statements are prepared after it.
    auto suspended = db.suspendCheckConstraints();
    if (!suspended)
        return suspended.error();
    const bool turnOff = *suspended;
    auto insert = c.bulkInsert("dashboard_results",
                               {"reporting_year", "cds", "indicator", "student_group", "import_id", "rtype",
                                "school_name", "district_name", "county_name", "charter", "curr_denom", "curr_status",
                                "prior_denom", "prior_status", "change", "status_level", "change_level", "color", "box"});
    if (!insert) {
        if (turnOff)
            (void)db.restoreCheckConstraints();
        return insert.error();
    }
    DashboardResultWriter writer(db, std::move(*insert));
    writer.m_checksOff = turnOff;
    writer.m_import = {id, std::string(indicator), year, fileName, sha256, 0, now};
    writer.m_replaced = *previous;
    return writer;
}

DashboardResultWriter::DashboardResultWriter(DashboardResultWriter &&other) noexcept
    : m_db(other.m_db), m_insert(std::move(other.m_insert)), m_checksOff(other.m_checksOff),
      m_import(std::move(other.m_import)), m_replaced(std::move(other.m_replaced))
{
    other.m_checksOff = false;
}

DashboardResultWriter::~DashboardResultWriter() { (void)restoreChecks(); }

Status DashboardResultWriter::restoreChecks()
{
    if (!m_checksOff)
        return {};
    m_checksOff = false;
    return m_db->restoreCheckConstraints();
}

Status DashboardResultWriter::add(const DashboardResult &r)
{
    CASEBOOK_TRY(checkTableRules(r));
    // Text is set in place: `r` outlives the addRow() below, which sends or stores the whole row.
    BulkInsert &row = *m_insert;
    row.setInt(0, r.year);
    row.setText(1, r.cds);
    row.setText(2, indicatorInfo(r.indicator).code);
    row.setText(3, r.studentGroup);
    row.setInt(4, m_import.id);
    row.setText(5, enumCode(r.rtype));
    row.setText(6, r.schoolName);
    row.setText(7, r.districtName);
    row.setText(8, r.countyName);
    row.setInt(9, r.charter ? 1 : 0);
    setOptional(row, 10, r.currDenom);
    setOptional(row, 11, r.currStatus);
    setOptional(row, 12, r.priorDenom);
    setOptional(row, 13, r.priorStatus);
    setOptional(row, 14, r.change);
    setOptional(row, 15, r.statusLevel);
    setOptional(row, 16, r.changeLevel);
    setOptional(row, 17, r.color);
    setOptional(row, 18, r.box);
    auto status = row.addRow();
    if (!status && m_db->connection().lastErrorWasUniqueViolation())
        return duplicateResult("CDS " + r.cds + " and student group " + r.studentGroup);
    if (!status)
        return status;
    ++m_import.rowCount;
    return {};
}

Result<DashboardImport> DashboardResultWriter::finish(const std::optional<std::string> &sha256)
{
    if (auto sent = m_insert->finish(); !sent) {
        if (m_db->connection().lastErrorWasUniqueViolation())
            return duplicateResult("one CDS and student group (" + sent.error().message + ")");
        return sent.error();
    }
    CASEBOOK_TRY(restoreChecks());
    if (sha256)
        m_import.sha256 = *sha256;
    auto update = m_db->connection().prepare("UPDATE dashboard_imports SET row_count = ?, sha256 = ? WHERE id = ?");
    if (!update)
        return update.error();
    CASEBOOK_TRY(update->bindAll({m_import.rowCount, m_import.sha256, m_import.id}).run());
    auto changes = importJson(m_import);
    if (m_replaced)
        changes["replaced"] = importJson(*m_replaced);
    CASEBOOK_TRY(writeAuditJson(*m_db, "dashboard_imports", m_import.id, std::nullopt, "import", changes.dump()));
    return m_import;
}

namespace {

// The columns every read of dashboard_results selects, in the order readResult takes them.
#define CASEBOOK_RESULT_COLUMNS                                                                                        \
    "indicator, rtype, student_group, school_name, district_name, county_name, charter, curr_denom, curr_status, "     \
    "prior_denom, prior_status, change, status_level, change_level, color, box"
constexpr const char *kResultsOfOneCds = "SELECT " CASEBOOK_RESULT_COLUMNS
                                         " FROM dashboard_results WHERE reporting_year = ? AND cds = ? "
                                         "ORDER BY indicator, student_group";
constexpr const char *kEveryResult = "SELECT " CASEBOOK_RESULT_COLUMNS ", reporting_year, cds FROM dashboard_results";
#undef CASEBOOK_RESULT_COLUMNS

// One row of those columns; nullopt when its indicator or record type is not one Casebook knows.
std::optional<DashboardResult> readResult(const Statement &s, int year, const std::string &cds)
{
    const auto *indicator = findIndicator(s.columnText(0));
    auto rtype = parseEnum<RecordType>(s.columnText(1), "rtype");
    if (!indicator || !rtype)
        return std::nullopt;
    return DashboardResult{.indicator = indicator->indicator,
                           .year = year,
                           .cds = cds,
                           .rtype = *rtype,
                           .studentGroup = s.columnText(2),
                           .schoolName = s.columnText(3),
                           .districtName = s.columnText(4),
                           .countyName = s.columnText(5),
                           .charter = s.columnInt(6) != 0,
                           .currDenom = optionalInt(s, 7),
                           .currStatus = optionalReal(s, 8),
                           .priorDenom = optionalInt(s, 9),
                           .priorStatus = optionalReal(s, 10),
                           .change = optionalReal(s, 11),
                           .statusLevel = optionalSmall(s, 12),
                           .changeLevel = optionalSmall(s, 13),
                           .color = optionalSmall(s, 14),
                           .box = optionalSmall(s, 15)};
}

} // namespace

Result<std::vector<DashboardResult>> dashboardResultsFor(Database &db, const std::string &cds, int year)
{
    auto stmt = db.connection().prepare(kResultsOfOneCds);
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::int64_t(year), cds});
    std::vector<DashboardResult> out;
    std::string unreadable;
    CASEBOOK_TRY(forEachRow(*stmt, [&](const Statement &s) {
        if (auto r = readResult(s, year, cds))
            out.push_back(std::move(*r));
        else
            unreadable = s.columnText(0) + "/" + s.columnText(1);
    }));
    if (!unreadable.empty())
        return Error::database("a stored Dashboard result has an unknown indicator or record type (" + unreadable + ")");
    return out;
}

Status forEachDashboardResult(Database &db, const std::function<void(const StoredDashboardRow &)> &visit)
{
    auto stmt = db.connection().prepare(kEveryResult);
    if (!stmt)
        return stmt.error();
    return forEachRow(*stmt, [&](const Statement &s) {
        const int year = int(s.columnInt(16));
        StoredDashboardRow row{.year = year,
                               .cds = s.columnText(17),
                               .indicator = s.columnText(0),
                               .studentGroup = s.columnText(2),
                               .result = std::nullopt};
        row.result = readResult(s, year, row.cds);
        visit(row);
    });
}

Result<std::vector<int>> dashboardYearsFor(Database &db, const std::string &cds)
{
    // The primary key starts with the year: probe each year present instead of scanning all rows.
    auto years = importedDashboardYears(db);
    if (!years)
        return years.error();
    auto probe = db.connection().prepare(
        "SELECT 1 FROM dashboard_results WHERE reporting_year = ? AND cds = ? LIMIT 1");
    if (!probe)
        return probe.error();
    std::vector<int> found;
    for (int y : *years) {
        probe->reset();
        probe->bindAll({std::int64_t(y), cds});
        auto row = probe->step();
        if (!row)
            return row.error();
        if (*row)
            found.push_back(y);
    }
    return found;
}

Result<std::vector<int>> importedDashboardYears(Database &db)
{
    auto stmt = db.connection().prepare("SELECT DISTINCT reporting_year FROM dashboard_imports ORDER BY 1 DESC");
    if (!stmt)
        return stmt.error();
    std::vector<int> years;
    CASEBOOK_TRY(forEachRow(*stmt, [&](const Statement &s) { years.push_back(int(s.columnInt(0))); }));
    return years;
}

Result<std::vector<DashboardSchool>> dashboardSchoolsOf(Database &db, const std::string &districtCds)
{
    CASEBOOK_TRY(validateDistrictCode(districtCds, "district"));
    auto years = importedDashboardYears(db);
    if (!years)
        return years.error();
    // A range of the primary key (reporting_year, cds, ...) per year: the district's school codes
    // run from <district>0000001 to <district>9999999.
    auto stmt = db.connection().prepare(
        "SELECT cds, max(school_name), max(charter) FROM dashboard_results "
        "WHERE reporting_year = ? AND cds > ? AND cds <= ? AND rtype = 'S' GROUP BY cds");
    if (!stmt)
        return stmt.error();
    std::vector<DashboardSchool> out;
    for (int y : *years) { // newest first: the newest name and flag win
        stmt->reset();
        stmt->bindAll({std::int64_t(y), districtCds + "0000000", districtCds + "9999999"});
        CASEBOOK_TRY(forEachRow(*stmt, [&](const Statement &s) {
            const std::string cds = s.columnText(0);
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &school) { return school.cds == cds; });
            if (it == out.end())
                it = out.insert(out.end(), DashboardSchool{cds, s.columnText(1), s.columnInt(2) != 0, {}});
            it->years.push_back(y);
        }));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.name != b.name ? a.name < b.name : a.cds < b.cds;
    });
    return out;
}

Result<std::vector<DashboardEntity>> dashboardEntitiesOf(Database &db, const std::string &districtCode, int year)
{
    // Every CDS code of a district starts with its 7 digits: a range on the primary key (year, cds, ...).
    auto stmt = db.connection().prepare(
        "SELECT DISTINCT cds, indicator, rtype, school_name, district_name, county_name FROM dashboard_results "
        "WHERE reporting_year = ? AND cds >= ? AND cds <= ? ORDER BY cds, indicator");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::int64_t(year), districtCode + "0000000", districtCode + "9999999"});
    std::vector<DashboardEntity> out;
    std::string unreadable;
    CASEBOOK_TRY(forEachRow(*stmt, [&](const Statement &s) {
        const auto *indicator = findIndicator(s.columnText(1));
        auto rtype = parseEnum<RecordType>(s.columnText(2), "rtype");
        if (!indicator || !rtype) {
            unreadable = s.columnText(1) + "/" + s.columnText(2);
            return;
        }
        if (out.empty() || out.back().cds != s.columnText(0))
            out.push_back({s.columnText(0), *rtype, s.columnText(3), s.columnText(4), s.columnText(5), {}});
        auto &known = out.back().indicators;
        if (std::find(known.begin(), known.end(), indicator->indicator) == known.end())
            known.push_back(indicator->indicator);
    }));
    if (!unreadable.empty())
        return Error::database("a stored Dashboard result has an unknown indicator or record type (" + unreadable + ")");
    for (auto &e : out)
        std::sort(e.indicators.begin(), e.indicators.end());
    return out;
}

Result<std::vector<LocalIndicator>> localIndicatorsFor(Database &db, const std::string &districtCds, int year)
{
    auto stmt = db.connection().prepare("SELECT priority, status FROM local_indicators "
                                        "WHERE district_cds = ? AND reporting_year = ? ORDER BY priority");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({districtCds, std::int64_t(year)});
    std::vector<LocalIndicator> out;
    CASEBOOK_TRY(forEachRow(*stmt, [&](const Statement &s) {
        auto status = parseEnum<LocalIndicatorStatus>(s.columnText(1), "status");
        out.push_back({districtCds, year, int(s.columnInt(0)), status ? *status : LocalIndicatorStatus::Met});
    }));
    return out;
}

Status checkLocalIndicator(const LocalIndicator &li)
{
    CASEBOOK_TRY(validateDistrictCode(li.districtCds, "district"));
    if (!isLocalIndicatorPriority(li.priority))
        return Error::badInput("priority", "local indicators exist for priorities 1, 2, 3, 6 and 7, not " +
                                               std::to_string(li.priority));
    if (li.year < 2017 || li.year > 2100)
        return Error::badInput("year", "expected a Dashboard year such as 2024, got " + std::to_string(li.year));
    return {};
}

Status setLocalIndicator(Database &db, const LocalIndicator &li)
{
    CASEBOOK_TRY(checkLocalIndicator(li));
    return inTransaction(db, [&]() -> Status {
        auto &c = db.connection();
        auto find = c.prepare("SELECT id, status FROM local_indicators WHERE district_cds = ? AND reporting_year = ? "
                              "AND priority = ?");
        if (!find)
            return find.error();
        find->bindAll({li.districtCds, std::int64_t(li.year), std::int64_t(li.priority)});
        auto row = find->step();
        if (!row)
            return row.error();
        const std::string code(enumCode(li.status));
        const FieldMap after{{"district_cds", li.districtCds},
                             {"reporting_year", std::int64_t(li.year)},
                             {"priority", std::int64_t(li.priority)},
                             {"status", code}};
        if (*row) {
            const Id id = find->columnInt(0);
            FieldMap before = after;
            before["status"] = find->columnText(1);
            if (before == after)
                return {};
            auto update = c.prepare("UPDATE local_indicators SET status = ? WHERE id = ?");
            if (!update)
                return update.error();
            CASEBOOK_TRY(update->bindAll({code, id}).run());
            return writeAudit(db, "local_indicators", id, std::nullopt, "update", before, after);
        }
        auto insert = c.prepare(
            "INSERT INTO local_indicators (district_cds, reporting_year, priority, status) VALUES (?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        CASEBOOK_TRY(insert->bindAll({li.districtCds, std::int64_t(li.year), std::int64_t(li.priority), code}).run());
        return writeAudit(db, "local_indicators", c.lastInsertId(), std::nullopt, "create", {}, after);
    });
}

Result<std::optional<bool>> calpadsLateFor(Database &db, const std::string &districtCds, int year)
{
    auto value = db.connection().scalar(
        "SELECT late FROM calpads_submissions WHERE district_cds = ? AND reporting_year = ?",
        {districtCds, std::int64_t(year)});
    if (!value)
        return value.error();
    if (isNull(*value))
        return std::optional<bool>();
    return std::optional<bool>(std::get<std::int64_t>(*value) != 0);
}

Status checkCalpadsSubmission(const std::string &districtCds, int year)
{
    CASEBOOK_TRY(validateDistrictCode(districtCds, "district"));
    if (year < 2024)
        return Error::badInput("year", "late CALPADS submission is a ground from the 2024 Dashboard on, not " +
                                           std::to_string(year));
    return {};
}

Status setCalpadsLate(Database &db, const std::string &districtCds, int year, bool late)
{
    CASEBOOK_TRY(checkCalpadsSubmission(districtCds, year));
    return inTransaction(db, [&]() -> Status {
        auto before = calpadsLateFor(db, districtCds, year);
        if (!before)
            return before.error();
        if (*before == late)
            return {};
        auto &c = db.connection();
        const FieldMap after{{"district_cds", districtCds}, {"reporting_year", std::int64_t(year)},
                             {"late", std::int64_t(late ? 1 : 0)}};
        auto stmt = c.prepare("INSERT INTO calpads_submissions (district_cds, reporting_year, late) VALUES (?, ?, ?) "
                              "ON CONFLICT (district_cds, reporting_year) DO UPDATE SET late = excluded.late");
        if (!stmt)
            return stmt.error();
        CASEBOOK_TRY(stmt->bindAll({districtCds, std::int64_t(year), std::int64_t(late ? 1 : 0)}).run());
        auto id = c.scalar("SELECT id FROM calpads_submissions WHERE district_cds = ? AND reporting_year = ?",
                           {districtCds, std::int64_t(year)});
        if (!id)
            return id.error();
        FieldMap old;
        if (*before)
            old = {{"district_cds", districtCds}, {"reporting_year", std::int64_t(year)},
                   {"late", std::int64_t(**before ? 1 : 0)}};
        return writeAudit(db, "calpads_submissions", std::get<std::int64_t>(*id), std::nullopt,
                          *before ? "update" : "create", old, after);
    });
}

Result<bool> storeEssaStatus(Database &db, const EssaStatus &s, const std::string &fileName, const std::string &sha256)
{
    auto &c = db.connection();
    auto find = c.prepare("SELECT id, status, student_groups, tsi, exit_status FROM essa_assistance "
                          "WHERE cds = ? AND school_year = ?");
    if (!find)
        return find.error();
    find->bindAll({s.cds, std::int64_t(s.schoolYear)});
    auto row = find->step();
    if (!row)
        return row.error();
    const FieldMap after{{"cds", s.cds},          {"school_year", std::int64_t(s.schoolYear)},
                         {"status", s.status},    {"student_groups", s.studentGroups},
                         {"tsi", s.tsi},          {"exit_status", s.exitStatus},
                         {"file_name", fileName}, {"sha256", sha256}};
    if (*row && find->columnText(1) == s.status && find->columnText(2) == s.studentGroups &&
        find->columnText(3) == s.tsi && find->columnText(4) == s.exitStatus)
        return false;
    if (*row) {
        const Id id = find->columnInt(0);
        const FieldMap before{{"cds", s.cds},
                              {"school_year", std::int64_t(s.schoolYear)},
                              {"status", find->columnText(1)},
                              {"student_groups", find->columnText(2)},
                              {"tsi", find->columnText(3)},
                              {"exit_status", find->columnText(4)}};
        auto update = c.prepare("UPDATE essa_assistance SET status = ?, student_groups = ?, tsi = ?, exit_status = ?, "
                                "file_name = ?, sha256 = ? WHERE id = ?");
        if (!update)
            return update.error();
        CASEBOOK_TRY(update->bindAll({s.status, s.studentGroups, s.tsi, s.exitStatus, fileName, sha256, id}).run());
        CASEBOOK_TRY(writeAudit(db, "essa_assistance", id, std::nullopt, "import", before, after));
        return true;
    }
    auto insert = c.prepare("INSERT INTO essa_assistance (cds, school_year, status, student_groups, tsi, exit_status, "
                            "file_name, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    CASEBOOK_TRY(insert->bindAll({s.cds, std::int64_t(s.schoolYear), s.status, s.studentGroups, s.tsi, s.exitStatus,
                                  fileName, sha256})
                     .run());
    CASEBOOK_TRY(writeAudit(db, "essa_assistance", c.lastInsertId(), std::nullopt, "import", {}, after));
    return true;
}

Result<std::optional<EssaExit>> essaExitFor(Database &db, const std::string &schoolCds)
{
    auto stmt = db.connection().prepare("SELECT school_year, exit_status, file_name, sha256 FROM essa_assistance "
                                        "WHERE cds = ? AND exit_status IN ('CSIEXIT', 'ATSIEXIT') "
                                        "ORDER BY school_year DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({schoolCds});
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<EssaExit>();
    return std::optional<EssaExit>(
        EssaExit{int(stmt->columnInt(0)), stmt->columnText(1), stmt->columnText(2), stmt->columnText(3)});
}

} // namespace casebook::storage
