// Official determinations; see official_store.h.
#include "official_store.h"

#include "audit.h"

#include <nlohmann/json.hpp>

#include <set>

namespace casebook::storage {

namespace {

nlohmann::ordered_json importJson(const OfficialImport &i)
{
    return {{"import_id", i.id}, {"year", i.year},       {"file", i.fileName},
            {"sha256", i.sha256}, {"districts", i.districtCount}, {"imported_at", i.importedAt}};
}

FieldValue optionalInt(const std::optional<int> &v) { return v ? FieldValue(std::int64_t(*v)) : FieldValue(); }
FieldValue optionalBool(const std::optional<bool> &v) { return v ? FieldValue(std::int64_t(*v ? 1 : 0)) : FieldValue(); }

Status checkDeterminations(int year, const std::vector<OfficialDetermination> &determinations)
{
    std::set<std::string> seen;
    for (const auto &d : determinations) {
        CASEBOOK_TRY(validateDistrictCode(d.districtCds, "district_cds"));
        if (d.year != year)
            return Error::badInput("year", "district " + d.districtCds + " is for " + std::to_string(d.year) +
                                               ", not " + std::to_string(year));
        if (!seen.insert(d.districtCds).second)
            return Error::badInput("district_cds", "district " + d.districtCds + " appears twice; each appears once");
        if (d.methods.size() > 4)
            return Error::badInput("methods", "CDE's files have at most four MetMethod columns");
        for (const auto &g : d.groups)
            if (auto p = prioritiesForCdeLetter(g.letter); !p)
                return p.error();
    }
    return {};
}

} // namespace

Result<std::optional<OfficialImport>> currentOfficialImport(Database &db, int year)
{
    auto stmt = db.connection().prepare("SELECT id, year, file_name, sha256, district_count, imported_at "
                                        "FROM official_imports WHERE year = ? AND replaced_by IS NULL "
                                        "ORDER BY id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::int64_t(year)});
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OfficialImport>();
    return std::optional<OfficialImport>(OfficialImport{stmt->columnInt(0), int(stmt->columnInt(1)),
                                                        stmt->columnText(2), stmt->columnText(3),
                                                        stmt->columnInt(4), stmt->columnText(5)});
}

Result<OfficialImportResult> storeOfficialDeterminations(Database &db, int year, const std::string &fileName,
                                                         const std::string &sha256,
                                                         const std::vector<OfficialDetermination> &determinations)
{
    CASEBOOK_TRY(checkDeterminations(year, determinations));
    return inTransaction<OfficialImportResult>(db, [&]() -> Result<OfficialImportResult> {
        auto previous = currentOfficialImport(db, year);
        if (!previous)
            return previous.error();
        if (*previous && (*previous)->sha256 == sha256)
            return OfficialImportResult{OfficialImportOutcome::Unchanged, **previous, std::nullopt};
        auto &c = db.connection();
        OfficialImport current{0, year, fileName, sha256, std::int64_t(determinations.size()), utcNow()};
        auto insertImport = c.prepare("INSERT INTO official_imports (year, file_name, sha256, district_count, "
                                      "imported_at) VALUES (?, ?, ?, ?, ?)");
        if (!insertImport)
            return insertImport.error();
        CASEBOOK_TRY(insertImport->bindAll({std::int64_t(year), fileName, sha256, current.districtCount,
                                            current.importedAt})
                         .run());
        current.id = c.lastInsertId();
        if (*previous) {
            auto removeLetters = c.prepare("DELETE FROM official_group_letters WHERE year = ?");
            if (!removeLetters)
                return removeLetters.error();
            CASEBOOK_TRY(removeLetters->bindAll({std::int64_t(year)}).run());
            auto removeDeterminations = c.prepare("DELETE FROM official_determinations WHERE year = ?");
            if (!removeDeterminations)
                return removeDeterminations.error();
            CASEBOOK_TRY(removeDeterminations->bindAll({std::int64_t(year)}).run());
            auto mark = c.prepare("UPDATE official_imports SET replaced_by = ? WHERE id = ?");
            if (!mark)
                return mark.error();
            CASEBOOK_TRY(mark->bindAll({current.id, (*previous)->id}).run());
        }
        auto insert = c.prepare(
            "INSERT INTO official_determinations (year, district_cds, import_id, lea_name, county_name, status, "
            "differentiated_assistance, year_in_assistance, ec52072, method1, method2, method3, method4) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto insertLetter = c.prepare(
            "INSERT INTO official_group_letters (year, district_cds, student_group, letter) VALUES (?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        if (!insertLetter)
            return insertLetter.error();
        for (const auto &d : determinations) {
            std::vector<FieldValue> values{std::int64_t(year), d.districtCds, current.id, d.leaName, d.countyName,
                                           d.status, std::int64_t(d.differentiatedAssistance ? 1 : 0),
                                           optionalInt(d.yearInAssistance), optionalBool(d.ec52072)};
            for (std::size_t m = 0; m < 4; ++m)
                values.push_back(m < d.methods.size() && d.methods[m] ? FieldValue(*d.methods[m]) : FieldValue());
            insert->reset();
            CASEBOOK_TRY(insert->bindAll(values).run());
            for (const auto &g : d.groups) {
                insertLetter->reset();
                CASEBOOK_TRY(insertLetter->bindAll({std::int64_t(year), d.districtCds, g.studentGroup,
                                                    std::string(1, g.letter)})
                                 .run());
            }
        }
        auto changes = importJson(current);
        if (*previous)
            changes["replaced"] = importJson(**previous);
        CASEBOOK_TRY(writeAuditJson(db, "official_imports", current.id, std::nullopt, "import", changes.dump()));
        return OfficialImportResult{*previous ? OfficialImportOutcome::Replaced : OfficialImportOutcome::Imported,
                                    current, *previous};
    });
}

Result<std::optional<OfficialDetermination>> officialDetermination(Database &db, int year,
                                                                   const std::string &districtCds)
{
    auto &c = db.connection();
    auto stmt = c.prepare("SELECT lea_name, county_name, status, differentiated_assistance, year_in_assistance, "
                          "ec52072, method1, method2, method3, method4 FROM official_determinations "
                          "WHERE year = ? AND district_cds = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::int64_t(year), districtCds});
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OfficialDetermination>();
    OfficialDetermination d;
    d.districtCds = districtCds;
    d.year = year;
    d.leaName = stmt->columnText(0);
    d.countyName = stmt->columnText(1);
    d.status = stmt->columnText(2);
    d.differentiatedAssistance = stmt->columnInt(3) != 0;
    if (!stmt->columnIsNull(4))
        d.yearInAssistance = int(stmt->columnInt(4));
    if (!stmt->columnIsNull(5))
        d.ec52072 = stmt->columnInt(5) != 0;
    for (int m = 6; m < 10; ++m)
        d.methods.push_back(stmt->columnIsNull(m) ? std::nullopt : std::optional<std::string>(stmt->columnText(m)));
    while (!d.methods.empty() && !d.methods.back())
        d.methods.pop_back();
    auto letters = c.prepare("SELECT student_group, letter FROM official_group_letters "
                             "WHERE year = ? AND district_cds = ? ORDER BY student_group");
    if (!letters)
        return letters.error();
    letters->bindAll({std::int64_t(year), districtCds});
    CASEBOOK_TRY(letters->eachRow([&] {
        const std::string letter = letters->columnText(1);
        d.groups.push_back({letters->columnText(0), letter.empty() ? '?' : letter.front()});
    }));
    return std::optional<OfficialDetermination>(std::move(d));
}

Result<std::vector<std::string>> officialDeterminationDistricts(Database &db, int year)
{
    auto stmt = db.connection().prepare("SELECT district_cds FROM official_determinations WHERE year = ? "
                                        "ORDER BY district_cds");
    if (!stmt)
        return stmt.error();
    stmt->bindAll({std::int64_t(year)});
    std::vector<std::string> out;
    CASEBOOK_TRY(stmt->eachRow([&] { out.push_back(stmt->columnText(0)); }));
    return out;
}

Result<std::vector<int>> officialDeterminationYears(Database &db)
{
    auto stmt = db.connection().prepare(
        "SELECT DISTINCT year FROM official_imports WHERE replaced_by IS NULL ORDER BY year DESC");
    if (!stmt)
        return stmt.error();
    std::vector<int> years;
    CASEBOOK_TRY(stmt->eachRow([&] { years.push_back(int(stmt->columnInt(0))); }));
    return years;
}

} // namespace casebook::storage
