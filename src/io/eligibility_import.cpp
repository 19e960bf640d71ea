// The eligibility file import; see eligibility_import.h and docs/data-formats.md.
#include "eligibility_import.h"

#include "delimited_text.h"
#include "domain/codes.h"
#include "xlsx_reader.h"

#include <algorithm>
#include <regex>

namespace casebook::io {

namespace {

constexpr int kMaxTitleRows = 10;

struct Columns {
    int cds = -1, cdcode = -1, lea = -1, county = -1, reportYear = -1, status = -1, ec52072 = -1;
    std::array<int, 4> methods{-1, -1, -1, -1};
    std::vector<std::pair<int, std::string>> groups; // column, Casebook's group code
};

// "SWDpriorities", "SWD_PRIORITIES" (2017) -> "SWD"; CDE's TOM (two or more races) is the Dashboard's MR.
std::optional<std::string> groupOfHeader(const std::string &header)
{
    const std::string h = upperAscii(header);
    const std::string suffix = "PRIORITIES";
    if (h.size() <= suffix.size() || h.compare(h.size() - suffix.size(), suffix.size(), suffix) != 0)
        return std::nullopt;
    std::string code = h.substr(0, h.size() - suffix.size());
    if (!code.empty() && code.back() == '_')
        code.pop_back();
    return code == "TOM" ? std::string("MR") : code;
}

Result<Columns> mapColumns(const XlsxTable &table, const std::vector<std::string> &header, int year)
{
    Columns c;
    const std::string statusHeader = "assistancestatus" + std::to_string(year);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = lowerAscii(header[i]);
        const int col = int(i);
        if (h == "cds")
            c.cds = col;
        else if (h == "cdcode")
            c.cdcode = col;
        else if (h == "leaname")
            c.lea = col;
        else if (h == "countyname")
            c.county = col;
        else if (h == "reportyear" || h == "reportingyear")
            c.reportYear = col;
        else if (h == statusHeader)
            c.status = col;
        else if (h == "ec52072_" + std::to_string(year) || h == "ec52072")
            c.ec52072 = col;
        else if (h.size() == 10 && h.rfind("metmethod", 0) == 0 && h[9] >= '1' && h[9] <= '4')
            c.methods[std::size_t(h[9] - '1')] = col;
        else if (auto group = groupOfHeader(header[i])) {
            if (!findStudentGroup(*group))
                return Error::badInput(table.where(col), "\"" + header[i] + "\" names no student group Casebook knows");
            c.groups.emplace_back(col, *group);
        }
    }
    if (c.status < 0)
        return Error::badInput(table.where(), "the required column \"AssistanceStatus" + std::to_string(year) +
                                                  "\" is missing from the header");
    std::sort(c.groups.begin(), c.groups.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return c;
}

// A CDS code typed as a number lost its leading zero ("1611190000000"): the cell's type says so.
std::string cdsOf(const XlsxTable &table, int column, const std::string &text)
{
    const auto *cell = table.cell(column);
    if (cell && cell->type == XlsxCell::Type::Number && text.size() < 14 &&
        std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        return std::string(14 - text.size(), '0') + text;
    return text;
}

Result<std::optional<bool>> flagOf(const std::string &raw, const std::string &where)
{
    const std::string v = lowerAscii(raw);
    if (v == "y" || v == "yes" || v == "1" || v == "true")
        return std::optional<bool>(true);
    if (v.empty() || v == "n" || v == "no" || v == "0" || v == "false")
        return std::optional<bool>(false);
    return Error::badInput(where, "expected Y (yes) or blank (no), got \"" + raw + "\"");
}

// The "Value" sheet: a header row with Value and Description, then one row per letter. Each letter
// the sheet lists must stand for the priorities Casebook's table gives it (domain/official_determination.cpp).
Status checkLegend(const XlsxWorkbook &book)
{
    auto sheet = book.sheet("Value");
    if (!sheet)
        return sheet.error();
    XlsxTable table(std::move(*sheet));
    auto header = table.readHeader(
        [](const std::vector<std::string> &f) {
            return std::any_of(f.begin(), f.end(), [](const auto &h) { return lowerAscii(h) == "value"; }) &&
                   std::any_of(f.begin(), f.end(), [](const auto &h) { return lowerAscii(h) == "description"; });
        },
        kMaxTitleRows);
    if (!header)
        return Error::badInput(header.error().field, "the letter legend has no header row with \"Value\" and "
                                                     "\"Description\" in its first " +
                                                         std::to_string(kMaxTitleRows + 1) + " rows");
    const auto find = [&](const char *name) {
        return int(std::find_if(header->begin(), header->end(), [&](const auto &h) { return lowerAscii(h) == name; }) -
                   header->begin());
    };
    const int valueCol = find("value"), descriptionCol = find("description");
    static const std::regex letterPattern(R"(^([A-Za-z])(\s*([=:\-.)]|$).*)?$)");
    static const std::regex number(R"(\b(10|[1-9])\b)");
    std::vector<std::string> f;
    int letters = 0;
    for (;;) {
        auto more = table.next(f);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const std::string value = trimBlanks(f[std::size_t(valueCol)]);
        std::smatch m;
        if (value.empty() || !std::regex_match(value, m, letterPattern))
            continue; // notes below the legend
        const char letter = char(value.front());
        auto expected = prioritiesForCdeLetter(letter);
        if (!expected)
            return Error::badInput(table.where(valueCol), "the legend's letter \"" + value +
                                                              "\" is not one of CDE's letters A to K");
        const std::string description = f[std::size_t(descriptionCol)];
        std::vector<int> listed;
        for (auto it = std::sregex_iterator(description.begin(), description.end(), number); it != std::sregex_iterator(); ++it)
            listed.push_back(std::stoi((*it)[1]));
        std::sort(listed.begin(), listed.end());
        listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
        if (listed != *expected) {
            std::string want;
            for (int p : *expected)
                want += (want.empty() ? "" : ", ") + std::to_string(p);
            return Error::badInput(table.where(descriptionCol),
                                   std::string("the file's legend says ") + letter + " is \"" + description +
                                       "\", but CDE's legend (docs/eligibility.md) has " + letter + " = priorities " +
                                       want + "; refused, since the letters would be read wrongly");
        }
        ++letters;
    }
    if (letters == 0)
        return Error::badInput(table.sheet().fileName + ", sheet \"Value\"", "the letter legend lists no letters");
    return {};
}

} // namespace

Result<EligibilityFile> readEligibilityFile(const std::string &path)
{
    auto book = XlsxWorkbook::open(path);
    if (!book)
        return book.error();
    static const std::regex sheetPattern(R"(^District and COE (\d{4})$)");
    EligibilityFile file{book->fileName(), {}, 0, {}};
    for (const auto &name : book->sheetNames()) {
        std::smatch m;
        if (std::regex_match(name, m, sheetPattern)) {
            if (!file.sheetName.empty())
                return Error::badInput(file.fileName, "has two district sheets (\"" + file.sheetName + "\" and \"" +
                                                          name + "\"); expected one");
            file.sheetName = name;
            file.year = std::stoi(m[1]);
        }
    }
    if (file.sheetName.empty())
        return Error::badInput(file.fileName + ", sheet \"District and COE YYYY\"",
                               "the workbook has no such sheet (its sheets: " + book->quotedSheetNames() +
                                   "); is this CDE's LCFF District/COE Eligibility File?");
    auto statuses = cdeStatusesForYear(file.year);
    if (!statuses)
        return Error::badInput(file.fileName + ", sheet \"" + file.sheetName + "\"", statuses.error().message);
    if (book->hasSheet("Value"))
        CASEBOOK_TRY(checkLegend(*book));
    auto sheet = book->sheet(file.sheetName);
    if (!sheet)
        return sheet.error();
    XlsxTable table(std::move(*sheet));
    auto header = table.readHeader(
        [](const std::vector<std::string> &f) {
            return std::any_of(f.begin(), f.end(), [](const std::string &h) { return lowerAscii(h) == "cds"; });
        },
        kMaxTitleRows);
    if (!header)
        return Error::badInput(header.error().field + ", column CDS",
                               "no header row with a \"CDS\" column in the first " + std::to_string(kMaxTitleRows + 1) +
                                   " rows");
    auto columns = mapColumns(table, *header, file.year);
    if (!columns)
        return columns.error();
    const Columns &c = *columns;
    std::vector<std::string> f;
    for (;;) {
        auto more = table.next(f);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const auto at = [&](int i) { return i < 0 ? std::string() : trimBlanks(f[std::size_t(i)]); };
        const std::string cds = cdsOf(table, c.cds, at(c.cds));
        if (cds.empty())
            continue; // a row with no CDS code (a note under the table)
        if (auto s = validateSchoolCode(cds, "CDS"); !s)
            return Error::badInput(table.where(c.cds), s.error().message);
        if (!isDistrictLevelCds(cds))
            return Error::badInput(table.where(c.cds), "expected a district or county office CDS code (ending in "
                                                       "0000000), got \"" + cds + "\"");
        OfficialDetermination d;
        d.districtCds = districtPartOf(cds);
        d.year = file.year;
        if (c.cdcode >= 0 && !at(c.cdcode).empty() && cdsOf(table, c.cdcode, at(c.cdcode)) != d.districtCds &&
            std::string(7 - std::min<std::size_t>(7, at(c.cdcode).size()), '0') + at(c.cdcode) != d.districtCds)
            return Error::badInput(table.where(c.cdcode), "the CD code \"" + at(c.cdcode) + "\" is not the first seven "
                                                          "digits of the CDS code " + cds);
        if (c.reportYear >= 0 && !at(c.reportYear).empty() && at(c.reportYear) != std::to_string(file.year))
            return Error::badInput(table.where(c.reportYear), "expected " + std::to_string(file.year) +
                                                                  " (the sheet's year), got \"" + at(c.reportYear) + "\"");
        d.leaName = at(c.lea);
        d.countyName = at(c.county);
        d.status = at(c.status);
        const auto status = std::find_if(statuses->begin(), statuses->end(),
                                         [&](const CdeStatus &s) { return s.value == d.status; });
        if (status == statuses->end()) {
            std::string known;
            for (const auto &s : *statuses)
                known += (known.empty() ? "\"" : ", \"") + std::string(s.value) + "\"";
            return Error::badInput(table.where(c.status), "expected one of the " + std::to_string(file.year) +
                                                              " statuses " + known + ", got \"" + d.status + "\"");
        }
        d.differentiatedAssistance = status->differentiatedAssistance;
        if (status->yearInAssistance > 0)
            d.yearInAssistance = status->yearInAssistance;
        if (c.ec52072 >= 0) {
            auto flag = flagOf(at(c.ec52072), table.where(c.ec52072));
            if (!flag)
                return flag.error();
            d.ec52072 = *flag;
        }
        for (std::size_t m = 0; m < c.methods.size(); ++m) {
            if (c.methods[m] < 0)
                continue;
            d.methods.resize(m + 1);
            if (!at(c.methods[m]).empty())
                d.methods[m] = at(c.methods[m]);
        }
        for (const auto &[col, group] : c.groups) {
            const std::string v = at(col);
            if (v.empty() || v == "*")
                continue;
            if (v.size() != 1 || !prioritiesForCdeLetter(v.front()))
                return Error::badInput(table.where(col), "expected a letter A to K (CDE's legend) or blank, got \"" +
                                                             v + "\"");
            d.groups.push_back({group, v.front()});
        }
        if (std::any_of(file.districts.begin(), file.districts.end(),
                        [&](const auto &other) { return other.districtCds == d.districtCds; }))
            return Error::badInput(table.where(c.cds), "a second row for " + cds + "; each district appears once");
        file.districts.push_back(std::move(d));
    }
    if (file.districts.empty())
        return Error::badInput(table.where(), "the sheet has a header row but no districts");
    return file;
}

Result<EligibilityImportReport> importEligibilityFile(storage::Database &db, const std::string &path)
{
    auto file = readEligibilityFile(path);
    if (!file)
        return file.error();
    auto sha = sha256OfFile(path);
    if (!sha)
        return sha.error();
    auto stored = storage::storeOfficialDeterminations(db, file->year, file->fileName, *sha, file->districts);
    if (!stored)
        return Error{stored.error().kind, file->fileName + (stored.error().field.empty() ? "" : ", " + stored.error().field),
                     stored.error().message};
    EligibilityImportReport report{file->fileName, file->year, int(file->districts.size()), 0, *stored};
    report.differentiatedAssistance = int(std::count_if(file->districts.begin(), file->districts.end(),
                                                        [](const auto &d) { return d.differentiatedAssistance; }));
    return report;
}

std::string describeEligibilityImport(const EligibilityImportReport &r)
{
    const std::string what = std::to_string(r.districts) + " districts and county offices for " + std::to_string(r.year) +
                             ", " + std::to_string(r.differentiatedAssistance) + " in differentiated assistance";
    switch (r.stored.outcome) {
    case storage::OfficialImportOutcome::Unchanged:
        return r.fileName + ": unchanged; this file is already imported (import " + std::to_string(r.stored.import.id) +
               ")";
    case storage::OfficialImportOutcome::Replaced:
        return r.fileName + ": imported " + what + " (import " + std::to_string(r.stored.import.id) +
               "), replacing import " + std::to_string(r.stored.replaced->id) + " from " + r.stored.replaced->fileName;
    case storage::OfficialImportOutcome::Imported: break;
    }
    return r.fileName + ": imported " + what + " (import " + std::to_string(r.stored.import.id) + ")";
}

} // namespace casebook::io
