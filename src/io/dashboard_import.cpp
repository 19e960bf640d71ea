// DashboardImporter; see dashboard_import.h and docs/data-formats.md.
#include "dashboard_import.h"

#include "dashboard_layouts.h"
#include "domain/codes.h"
#include "domain/validation.h"

#include "delimited_text.h"

#include "domain/eligibility.h"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace casebook::io {

namespace {

// Where each column is, by its header name; -1 when the file does not have it.
struct Columns {
    int cds = -1, rtype = -1, schoolname = -1, districtname = -1, countyname = -1, charter = -1, studentgroup = -1,
        currdenom = -1, currstatus = -1, priordenom = -1, priorstatus = -1, change = -1, statuslevel = -1,
        changelevel = -1, color = -1, box = -1, reportingyear = -1;
};

// The English Learner Progress files of 2022 and 2023 have no studentgroup column: every row is the
// English learner group (the column lists of the real elpidownload2022.txt and 2023 files).
Result<Columns> mapColumns(const std::vector<std::string> &header, const DelimitedTextReader &reader, Indicator indicator)
{
    Columns c;
    const std::pair<std::string_view, int Columns::*> names[] = {
        {"cds", &Columns::cds},
        {"rtype", &Columns::rtype},
        {"schoolname", &Columns::schoolname},
        {"districtname", &Columns::districtname},
        {"countyname", &Columns::countyname},
        {"charter_flag", &Columns::charter},
        {"studentgroup", &Columns::studentgroup},
        {"currdenom", &Columns::currdenom},
        {"currstatus", &Columns::currstatus},
        {"priordenom", &Columns::priordenom},
        {"priorstatus", &Columns::priorstatus},
        {"change", &Columns::change},
        {"statuslevel", &Columns::statuslevel},
        {"changelevel", &Columns::changelevel},
        {"color", &Columns::color},
        {"box", &Columns::box},
        {"reportingyear", &Columns::reportingyear},
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = lowerAscii(header[i]);
        for (const auto &[known, member] : names)
            if (name == known && c.*member < 0)
                c.*member = int(i);
        if (name == "cdscode" && c.cds < 0) // the 2019 suspension file (suspindicator19.asp)
            c.cds = int(i);
    }
    // The columns every layout has; the ones a year publishes are checked once the year is known
    // (requireLayoutColumns).
    const std::pair<std::string_view, int Columns::*> required[] = {
        {"cds", &Columns::cds},           {"rtype", &Columns::rtype},
        {"studentgroup", &Columns::studentgroup}, {"currdenom", &Columns::currdenom},
        {"reportingyear", &Columns::reportingyear},
    };
    for (const auto &[name, member] : required)
        if (c.*member < 0 && !(member == &Columns::studentgroup && indicator == Indicator::ELPI)) {
            const std::string how = header.size() == 1 ? " (the header has a single column: is the file "
                                                         "separated by something other than tabs or commas?)"
                                                       : "";
            return Error::badInput(reader.fileName() + " line " + std::to_string(reader.line()),
                                   "the required column \"" + std::string(name) + "\" is missing" + how);
        }
    return c;
}

// The columns the file's own (indicator, year) publishes and Casebook reads: a status level where
// the layout has one, a colour where it has one (or, for a year without a recorded layout, where the
// year's criteria use colours).
Status requireLayoutColumns(const Columns &c, const DelimitedTextReader &reader, Indicator indicator, int year)
{
    const auto layout = dashboardLayout(indicator, year);
    const std::string what = std::to_string(year) + " " + std::string(indicatorInfo(indicator).name) + " file";
    const std::string where = reader.fileName() + " line 1";
    if (layout && !layout->status)
        return Error::badInput(reader.fileName(), std::string(layout->note) + "; Casebook has nothing to import from it");
    const auto page = [&] { return layout ? " (CDE's record layout " + std::string(layout->page) + ")" : std::string(); };
    if (c.statuslevel < 0)
        return Error::badInput(where, "the required column \"statuslevel\" is missing: the " + what +
                                          " publishes a status level" + page());
    const auto rules = rulesForYear(year);
    const bool colour = layout ? layout->color : rules.ok() && !(*rules)->statusOnly;
    if (colour && c.color < 0)
        return Error::badInput(where, "the required column \"color\" is missing: the " + what +
                                          " publishes a performance colour" + page());
    return {};
}

// Field values are read as views into the reader's fields: no string is built for a value unless
// it is stored or named in an error.
std::string_view trimmed(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool suppressed(std::string_view v) { return v.empty() || v == "*" || v == "--" || v == "N/A"; }

void assignUpper(std::string &out, std::string_view v)
{
    out.assign(v);
    for (char &c : out)
        c = char(std::toupper(static_cast<unsigned char>(c)));
}

Status wholeNumber(const DelimitedTextReader &r, const char *column, std::string_view raw,
                   std::optional<std::int64_t> &out, std::int64_t lowest, std::int64_t highest, const char *what)
{
    const std::string_view v = trimmed(raw);
    if (suppressed(v)) {
        out.reset();
        return {};
    }
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < lowest || n > highest)
        return Error::badInput(r.where(column), std::string("expected ") + what + ", or * or empty when "
                                                "suppressed; got \"" + std::string(v) + "\"");
    out = n;
    return {};
}

Status level(const DelimitedTextReader &r, const char *column, std::string_view raw, std::optional<int> &out,
             const char *what)
{
    std::optional<std::int64_t> n;
    CASEBOOK_TRY(wholeNumber(r, column, raw, n, 0, 5, what));
    out = n ? std::optional<int>(int(*n)) : std::nullopt;
    return {};
}

Status decimal(const DelimitedTextReader &r, const char *column, std::string_view raw, std::optional<double> &out)
{
    std::string_view v = trimmed(raw);
    if (suppressed(v)) {
        out.reset();
        return {};
    }
    if (v.front() == '+')
        v.remove_prefix(1);
    double d = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (ec != std::errc() || end != v.data() + v.size())
        return Error::badInput(r.where(column), "expected a number such as -12.3, or * or empty when suppressed; got \"" +
                                                    std::string(trimmed(raw)) + "\"");
    out = d;
    return {};
}

Status cdsCode(const DelimitedTextReader &r, std::string_view raw, std::string &out)
{
    out.assign(trimmed(raw));
    const bool digits = !out.empty() && std::all_of(out.begin(), out.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || out.size() != 14)
        return Error::badInput(r.where("cds"), "expected a 14-digit CDS code, got \"" + out + "\"" +
                                                   (digits && out.size() == 13
                                                        ? " (a spreadsheet program may have dropped its leading zero)"
                                                        : ""));
    return {};
}

std::optional<RecordType> recordType(std::string_view v)
{
    if (v.size() != 1)
        return std::nullopt;
    const char upper = char(std::toupper(static_cast<unsigned char>(v.front())));
    for (const auto &e : EnumTraits<RecordType>::entries())
        if (e.code.size() == 1 && e.code.front() == upper)
            return e.value;
    return std::nullopt;
}

Status parseRow(const DelimitedTextReader &r, const Columns &c, const std::vector<std::string_view> &f,
                Indicator indicator, DashboardResult &row)
{
    row.indicator = indicator;
    const auto at = [&](int index) -> std::string_view {
        return index < 0 ? std::string_view() : f[std::size_t(index)];
    };
    const auto rtype = recordType(trimmed(at(c.rtype)));
    if (!rtype)
        return Error::badInput(r.where("rtype"), "expected D (district), S (school) or X (state), got \"" +
                                                     std::string(trimmed(at(c.rtype))) + "\"");
    row.rtype = *rtype;
    CASEBOOK_TRY(cdsCode(r, at(c.cds), row.cds));
    if (c.studentgroup < 0)
        row.studentGroup = "EL"; // an ELPI file without the column (mapColumns)
    else
        assignUpper(row.studentGroup, trimmed(at(c.studentgroup)));
    row.schoolName.assign(trimmed(at(c.schoolname)));
    row.districtName.assign(trimmed(at(c.districtname)));
    row.countyName.assign(trimmed(at(c.countyname)));
    const std::string_view charter = trimmed(at(c.charter));
    const char flag = charter.size() == 1 ? char(std::toupper(static_cast<unsigned char>(charter.front()))) : '?';
    if (!charter.empty() && flag != 'Y' && flag != 'N')
        return Error::badInput(r.where("charter_flag"), "expected Y or blank, got \"" + upperAscii(std::string(charter)) +
                                                            "\"");
    row.charter = flag == 'Y';
    CASEBOOK_TRY(wholeNumber(r, "currdenom", at(c.currdenom), row.currDenom, 0, 100000000, "a whole number of students"));
    CASEBOOK_TRY(wholeNumber(r, "priordenom", at(c.priordenom), row.priorDenom, 0, 100000000, "a whole number of students"));
    CASEBOOK_TRY(decimal(r, "currstatus", at(c.currstatus), row.currStatus));
    CASEBOOK_TRY(decimal(r, "priorstatus", at(c.priorstatus), row.priorStatus));
    CASEBOOK_TRY(decimal(r, "change", at(c.change), row.change));
    CASEBOOK_TRY(level(r, "statuslevel", at(c.statuslevel), row.statusLevel, "a status level 0-5"));
    CASEBOOK_TRY(level(r, "changelevel", at(c.changelevel), row.changeLevel, "a change level 0-5"));
    CASEBOOK_TRY(level(r, "color", at(c.color), row.color, "a colour 0-5 (1 Red ... 5 Blue)"));
    std::optional<std::int64_t> box;
    CASEBOOK_TRY(wholeNumber(r, "box", at(c.box), box, 0, 1000, "a 5x5 grid box number"));
    row.box = box ? std::optional<int>(int(*box)) : std::nullopt;
    const std::string_view year = trimmed(at(c.reportingyear));
    const bool ok = year.size() >= 4 && std::all_of(year.begin(), year.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!ok || (year.size() > 4 && year[4] != '-'))
        return Error::badInput(r.where("reportingyear"), "expected a year such as 2024, got \"" + std::string(year) + "\"");
    row.year = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
    // What the values mean (codes, groups, names, ranges) is the domain's rule, the one `check` applies
    // to stored rows too.
    if (auto valid = validate(row); !valid)
        return Error::badInput(r.where(valid.error().field), valid.error().message);
    return {};
}

// The year in a CDE file name ("eladownload2024.txt"), if there is one.
std::optional<int> yearInFileName(const std::string &path)
{
    const std::string name = lowerAscii(std::filesystem::path(path).filename().string());
    for (const auto &i : indicators()) {
        if (name.rfind(i.fileStem, 0) != 0)
            continue;
        const std::string rest = name.substr(i.fileStem.size());
        if (rest.size() >= 4 && std::all_of(rest.begin(), rest.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
            return std::stoi(rest.substr(0, 4));
    }
    return std::nullopt;
}

} // namespace

Result<Indicator> parseIndicatorCode(const std::string &code)
{
    if (const auto *i = findIndicator(upperAscii(code)))
        return i->indicator;
    return validateIndicator(upperAscii(code), "--indicator").error();
}

Result<Indicator> indicatorFromFileName(const std::string &path)
{
    const std::string name = lowerAscii(std::filesystem::path(path).filename().string());
    for (const auto &i : indicators())
        if (name.rfind(i.fileStem, 0) == 0)
            return i.indicator;
    std::string stems;
    for (const auto &i : indicators())
        stems += (stems.empty() ? "" : ", ") + std::string(i.fileStem);
    return Error::badInput(std::filesystem::path(path).filename().string(),
                           "cannot tell the indicator from the file name (CDE names them " + stems +
                               " followed by the year); pass --indicator");
}

Result<DashboardImportReport> importDashboardFile(storage::Database &db, const std::string &path,
                                                  const DashboardImportOptions &options)
{
    // The file is hashed as it is read (one pass); see the first data line below for re-imports.
    auto reader = DelimitedTextReader::open(path, DelimitedTextReader::FileHash::WhileReading);
    if (!reader)
        return reader.error();
    Indicator indicator = Indicator::ELA;
    if (options.indicator) {
        indicator = *options.indicator;
        auto named = indicatorFromFileName(path);
        if (named && *named != indicator)
            return Error::badInput(reader->fileName(), "the file name says " +
                                                           std::string(indicatorInfo(*named).code) + " but --indicator says " +
                                                           std::string(indicatorInfo(indicator).code));
    } else {
        auto named = indicatorFromFileName(path);
        if (!named)
            return named.error();
        indicator = *named;
    }
    const std::string code(indicatorInfo(indicator).code);
    auto header = reader->readHeader();
    if (!header)
        return header.error();
    auto columns = mapColumns(*header, *reader, indicator);
    if (!columns)
        return columns.error();

    auto tx = storage::WriteTransaction::begin(db);
    if (!tx)
        return tx.error();
    DashboardImportReport report{reader->fileName(), indicator, 0, 0, ImportOutcome::Imported, 0, std::nullopt};
    std::optional<storage::DashboardResultWriter> writer;
    std::vector<std::string_view> fields;
    DashboardResult row;
    std::string hashedFirst; // the file's SHA-256 when it was needed before reading it
    for (;;) {
        auto more = reader->next(fields);
        if (!more)
            return more.error();
        if (!*more)
            break;
        CASEBOOK_TRY(parseRow(*reader, *columns, fields, indicator, row));
        if (!writer) {
            report.year = row.year;
            if (const auto named = yearInFileName(path); named && *named != row.year)
                return Error::badInput(reader->where("reportingyear"),
                                       "the file name says " + std::to_string(*named) + " but reportingyear is " +
                                           std::to_string(row.year));
            CASEBOOK_TRY(requireLayoutColumns(*columns, *reader, indicator, row.year));
            // Whether this very file is already current needs its hash before anything is written.
            // Only when some file is current for this indicator and year is the file hashed up front
            // (a second pass); a first import learns the hash as it reads and records it at the end.
            auto current = storage::currentDashboardImport(db, code, row.year);
            if (!current)
                return current.error();
            if (*current) {
                auto sha = sha256OfFile(path);
                if (!sha)
                    return sha.error();
                if ((*current)->sha256 == *sha) {
                    report.outcome = ImportOutcome::Unchanged;
                    report.rows = (*current)->rowCount;
                    report.importId = (*current)->id;
                    return report; // nothing was written; the transaction rolls back
                }
                hashedFirst = *sha;
            }
            auto started = storage::DashboardResultWriter::start(db, code, row.year, reader->fileName(), hashedFirst);
            if (!started)
                return started.error();
            writer.emplace(std::move(*started));
        } else if (row.year != report.year) {
            return Error::badInput(reader->where("reportingyear"),
                                   "expected " + std::to_string(report.year) + " like the first data line, got " +
                                       std::to_string(row.year) + "; one file holds one Dashboard year");
        }
        if (auto added = writer->add(row); !added)
            return added.error().kind == ErrorKind::BadInput ? Error::badInput(reader->where("studentgroup"),
                                                                                 added.error().message)
                                                              : added.error();
        ++report.rows;
        if (options.progress && report.rows % 4096 == 0 &&
            !options.progress({reader->bytesRead(), reader->fileSize(), report.rows}))
            return Error::badInput(reader->fileName(), "the import was cancelled; nothing was changed");
    }
    if (!writer)
        return Error::badInput(reader->fileName(), "the file has a header line but no data lines");
    auto sha = reader->sha256();
    if (!sha)
        return sha.error();
    if (!hashedFirst.empty() && hashedFirst != *sha)
        return Error::badInput(reader->fileName(), "the file changed while it was being imported; nothing was "
                                                   "changed (import it again once it is complete)");
    auto done = writer->finish(*sha);
    if (!done)
        return done.error();
    CASEBOOK_TRY(tx->commit());
    if (options.progress)
        options.progress({reader->bytesRead(), reader->fileSize(), report.rows});
    report.importId = done->id;
    report.replaced = writer->replaced();
    report.outcome = report.replaced ? ImportOutcome::Replaced : ImportOutcome::Imported;
    return report;
}

} // namespace casebook::io
