// ESSA assistance status import; see essa_import.h and docs/data-formats.md.
#include "essa_import.h"

#include "delimited_text.h"
#include "xlsx_reader.h"

#include "storage/case_store.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace casebook::io {

namespace {

bool isYearSuffix(const std::string &s)
{
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct EssaColumns {
    int cds = -1, school = -1, district = -1, county = -1, status = -1, titleI = -1, reportingYear = -1;
    int tsi = -1, exit = -1; // 2024-25 on
    int statusYear = 0; // from AssistanceStatusYYYY
    std::vector<std::pair<int, std::string>> groups; // column, Dashboard group code
};

EssaColumns mapColumns(const std::vector<std::string> &header)
{
    EssaColumns c;
    std::string latestTitleI;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = lowerAscii(header[i]);
        const int col = int(i);
        if (h == "cds" || h == "cdscode" || h == "cds code")
            c.cds = col;
        else if (h == "schoolname" || h == "school" || h == "school name")
            c.school = col;
        else if (h == "districtname" || h == "district" || h == "district name")
            c.district = col;
        else if (h == "countyname" || h == "county" || h == "county name")
            c.county = col;
        else if (h == "reportingyear")
            c.reportingYear = col;
        else if (h == "tsi")
            c.tsi = col;
        else if (h == "exit")
            c.exit = col;
        else if (h == "tom") // CDE's two or more races, the Dashboard's MR
            c.groups.emplace_back(col, "MR");
        else if (h == "assistancestatus" && c.statusYear == 0)
            c.status = col;
        else if (h.rfind("assistancestatus", 0) == 0 && isYearSuffix(h.substr(16)) && std::stoi(h.substr(16)) > c.statusYear) {
            c.status = col;
            c.statusYear = std::stoi(h.substr(16));
        } else if (h.rfind("titlei", 0) == 0 && h >= latestTitleI) {
            c.titleI = col; // TitleI1718, TitleI1819 ...: the latest school year
            latestTitleI = h;
        } else if (const auto *g = findStudentGroup(std::string(header[i])); g && g->code != "ALL") {
            c.groups.emplace_back(col, std::string(g->code));
        }
    }
    return c;
}

// CDE's wording of a status -> the designation; nullopt for General Assistance / No Status.
Result<std::optional<Designation>> designationOf(const std::string &status, const std::string &where)
{
    const std::string s = lowerAscii(status);
    if (s.empty() || s == "general assistance" || s == "no status" || s == "none")
        return std::optional<Designation>();
    if (s.rfind("csi", 0) == 0)
        return std::optional<Designation>(Designation::CSI);
    if (s.rfind("atsi", 0) == 0)
        return std::optional<Designation>(Designation::ATSI);
    if (s.rfind("tsi", 0) == 0)
        return std::optional<Designation>(Designation::TSI);
    return Error::badInput(where, "expected an assistance status such as \"CSI Low Perform\", \"CSI Grad\", \"ATSI\", "
                                  "\"TSI\" or \"General Assistance\", got \"" + status + "\"");
}

// The 2024-25 Exit column: CSIEXIT, ATSIEXIT or NOEXIT as CDE writes them, or blank.
Result<std::string> exitOf(const std::string &raw, const std::string &where)
{
    const std::string v = upperAscii(trimBlanks(raw));
    if (v.empty() || v == "CSIEXIT" || v == "ATSIEXIT" || v == "NOEXIT")
        return v;
    return Error::badInput(where, "expected CSIEXIT, ATSIEXIT, NOEXIT or blank, got \"" + trimBlanks(raw) + "\"");
}

Result<bool> flag(const std::string &raw, const std::string &where)
{
    const std::string v = lowerAscii(trimBlanks(raw));
    if (v == "1" || v == "y" || v == "yes")
        return true;
    if (v.empty() || v == "0" || v == "n" || v == "no" || v == "*")
        return false;
    return Error::badInput(where, "expected 1 (yes) or 0 (no), got \"" + trimBlanks(raw) + "\"");
}

// The reasons a school was identified, as qualifying groups (see docs/data-formats.md).
std::vector<QualifyingGroup> reasonsFor(const std::string &status, Designation designation,
                                        const std::vector<std::string> &groups)
{
    std::vector<QualifyingGroup> out;
    const std::string s = lowerAscii(status);
    if (designation == Designation::CSI) {
        const bool grad = s.find("grad") != std::string::npos;
        out.push_back({0, 0, "ALL", grad ? "GRAD" : "", grad ? 5 : 4});
        return out;
    }
    for (const auto &g : groups)
        out.push_back({0, 0, g, "", 4});
    return out;
}

Result<Id> districtFor(storage::Database &db, const std::string &cds7, const std::string &name, const std::string &county)
{
    auto found = storage::listWhere<District>(db, "cds", cds7);
    if (!found)
        return found.error();
    if (!found->empty())
        return found->front().id;
    auto made = storage::insert<District>(db, {0, cds7, name.empty() ? "District " + cds7 : name, county});
    if (!made)
        return made.error();
    return made->id;
}

Result<School> schoolFor(storage::Database &db, const std::string &cds, const std::string &name, Id districtId,
                         bool titleI)
{
    auto found = storage::listWhere<School>(db, "cds", cds);
    if (!found)
        return found.error();
    if (!found->empty())
        return found->front();
    return storage::insert<School>(db, {0, districtId, cds, name.empty() ? "School " + cds : name, false, titleI});
}

// Makes the case's qualifying groups equal `wanted`; returns whether anything changed.
Result<bool> syncReasons(storage::Database &db, Id caseId, const std::vector<QualifyingGroup> &wanted)
{
    auto existing = storage::listWhere<QualifyingGroup>(db, "case_id", caseId);
    if (!existing)
        return existing.error();
    const auto same = [](const QualifyingGroup &a, const QualifyingGroup &b) {
        return a.studentGroup == b.studentGroup && a.indicator == b.indicator && a.priority == b.priority;
    };
    bool changed = false;
    for (const auto &e : *existing)
        if (std::none_of(wanted.begin(), wanted.end(), [&](const auto &w) { return same(w, e); })) {
            CASEBOOK_TRY(storage::remove<QualifyingGroup>(db, e.id));
            changed = true;
        }
    for (auto w : wanted)
        if (std::none_of(existing->begin(), existing->end(), [&](const auto &e) { return same(w, e); })) {
            w.caseId = caseId;
            auto added = storage::insert<QualifyingGroup>(db, w);
            if (!added)
                return added.error();
            changed = true;
        }
    return changed;
}

// The sheet of the ESSA spreadsheet ("2024-25 ESSA State Schools"), or the only sheet.
Result<XlsxSheet> essaSheet(const XlsxWorkbook &book)
{
    std::vector<std::string> found;
    for (const auto &n : book.sheetNames())
        if (n.size() >= 18 && n.compare(n.size() - 18, 18, "ESSA State Schools") == 0)
            found.push_back(n);
    if (found.empty() && book.sheetNames().size() == 1)
        found = book.sheetNames();
    if (found.size() != 1)
        return Error::badInput(book.fileName() + ", sheet \"YYYY-YY ESSA State Schools\"",
                               std::string(found.empty() ? "the workbook has no such sheet" : "the workbook has several") +
                                   " (its sheets: " + book.quotedSheetNames() + ")");
    return book.sheet(found.front());
}

bool isZipFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    return in.read(magic, 4) && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

// The rows of the list, from a text file (DelimitedTextReader) or a sheet (XlsxTable): the same rules.
template <typename Reader>
Result<EssaImportReport> importRecords(storage::Database &db, Reader *reader, const std::string *sha,
                                       const EssaImportOptions &options)
{
    // CDE's spreadsheet has title rows above the header: skip up to five lines to find "cds".
    auto header = reader->readHeader(
        [](const std::vector<std::string> &f) {
            return std::any_of(f.begin(), f.end(), [](const std::string &h) { return lowerAscii(h) == "cds"; });
        },
        5);
    if (!header)
        return Error::badInput(reader->fileName(), "the required column \"cds\" is missing (no header line with a "
                                                   "\"cds\" column in the first six lines)");
    const auto columns = mapColumns(*header);
    if (columns.status < 0)
        return Error::badInput(reader->where(),
                               "the required column \"AssistanceStatus\" (or AssistanceStatusYYYY) is missing");
    EssaImportReport report{reader->fileName(), options.year.value_or(columns.statusYear), 0, 0, 0, 0, 0};
    if (report.year == 0 && columns.reportingYear < 0)
        return Error::badInput(reader->fileName(), "cannot tell the year: no AssistanceStatusYYYY or reportingyear "
                                                   "column; pass --year");

    return storage::inTransaction<EssaImportReport>(db, [&]() -> Result<EssaImportReport> {
        std::vector<std::string> f;
        for (;;) {
            auto more = reader->next(f);
            if (!more)
                return more.error();
            if (!*more)
                break;
            ++report.schools;
            const auto at = [&](int i) { return i < 0 ? std::string() : trimBlanks(f[std::size_t(i)]); };
            const std::string cds = at(columns.cds);
            if (auto s = validateSchoolCode(cds, "cds"); !s)
                return Error::badInput(reader->where("cds"), s.error().message);
            int year = report.year;
            if (year == 0) {
                const std::string y = at(columns.reportingYear);
                if (y.size() < 4 || !isYearSuffix(y.substr(0, 4)))
                    return Error::badInput(reader->where("reportingyear"), "expected a year such as 2023, got \"" + y + "\"");
                year = std::stoi(y.substr(0, 4));
            }
            const std::string status = at(columns.status);
            auto designation = designationOf(status, reader->where((*header)[std::size_t(columns.status)]));
            if (!designation)
                return designation.error();
            std::vector<std::string> groups;
            for (const auto &[col, code] : columns.groups) {
                auto on = flag(f[std::size_t(col)], reader->where(code));
                if (!on)
                    return on.error();
                if (*on)
                    groups.push_back(code);
            }
            auto exit = exitOf(at(columns.exit), reader->where("Exit"));
            if (!exit)
                return exit.error();
            std::string groupList;
            for (const auto &g : groups)
                groupList += (groupList.empty() ? "" : ",") + g;
            // Kept for every identified school and every school with an exit determination, so the
            // school's plan case can show that it exited.
            if (*designation || !exit->empty()) {
                auto stored = storage::storeEssaStatus(db, {cds, year, status, groupList, at(columns.tsi), *exit},
                                                       reader->fileName(), *sha);
                if (!stored)
                    return stored.error();
            }
            if (!*designation)
                continue;
            ++report.identified;
            auto titleI = columns.titleI < 0 ? Result<bool>(false) : flag(f[std::size_t(columns.titleI)], reader->where("TitleI"));
            if (!titleI)
                return titleI.error();
            auto districtId = districtFor(db, districtPartOf(cds), at(columns.district), at(columns.county));
            if (!districtId)
                return Error::badInput(reader->where("cds"), districtId.error().text());
            auto school = schoolFor(db, cds, at(columns.school), *districtId, *titleI);
            if (!school)
                return Error::badInput(reader->where("cds"), school.error().text());
            auto cases = storage::listWhere<Case>(db, "school_id", school->id);
            if (!cases)
                return cases.error();
            const auto existing = std::find_if(cases->begin(), cases->end(), [&](const Case &c) {
                return c.kind == CaseKind::SchoolPlan && c.designationYear == year;
            });
            const auto reasons = reasonsFor(status, **designation, groups);
            Id caseId = 0;
            bool changed = false;
            if (existing == cases->end()) {
                Case c;
                c.kind = CaseKind::SchoolPlan;
                c.districtId = school->districtId;
                c.schoolId = school->id;
                c.designation = **designation;
                c.designationYear = year;
                c.openedOn = options.designatedOn;
                c.title = std::string(enumCode(c.designation)) + " plan, " + school->name + " (" + std::to_string(year) + ")";
                c.notes = "Identified in CDE's ESSA assistance status file " + reader->fileName() + ": " + status + ".";
                auto created = storage::createCase(db, c);
                if (!created)
                    return Error::badInput(reader->where("cds"), created.error().text());
                caseId = created->id;
                ++report.casesCreated;
            } else {
                caseId = existing->id;
                if (existing->designation != **designation) {
                    Case c = *existing;
                    c.designation = **designation;
                    auto updated = storage::update<Case>(db, c);
                    if (!updated)
                        return updated.error();
                    changed = true;
                }
            }
            auto synced = syncReasons(db, caseId, reasons);
            if (!synced)
                return synced.error();
            if (existing != cases->end())
                (changed || *synced) ? ++report.casesUpdated : ++report.unchanged;
        }
        if (report.schools == 0)
            return Error::badInput(reader->fileName(), "the file has a header line but no data lines");
        return report;
    });
}

} // namespace

Result<EssaImportReport> importEssaFile(storage::Database &db, const std::string &path, const EssaImportOptions &options)
{
    auto sha = sha256OfFile(path);
    if (!sha)
        return sha.error();
    if (isZipFile(path)) {
        auto book = XlsxWorkbook::open(path);
        if (!book)
            return book.error();
        auto sheet = essaSheet(*book);
        if (!sheet)
            return sheet.error();
        XlsxTable table(std::move(*sheet));
        return importRecords(db, &table, &*sha, options);
    }
    auto reader = DelimitedTextReader::open(path);
    if (!reader)
        return reader.error();
    return importRecords(db, &*reader, &*sha, options);
}

} // namespace casebook::io
