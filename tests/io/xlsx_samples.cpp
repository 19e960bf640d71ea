// Sample workbooks; see xlsx_samples.h.
#include "xlsx_samples.h"

#include "io/xlsx_writer_library.h"

#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <stdexcept>

namespace casebook::test {

void writeXlsx(const std::string &path, const std::vector<SampleSheet> &sheets)
{
    auto loaded = io::xlsxWriterLibrary();
    if (!loaded)
        throw std::runtime_error(loaded.error().text());
    const auto *x = *loaded;
    lxw_workbook *book = x->workbook_new(path.c_str());
    for (const auto &s : sheets) {
        lxw_worksheet *sheet = x->workbook_add_worksheet(book, s.name.c_str());
        for (std::size_t r = 0; r < s.rows.size(); ++r)
            for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
                const std::string &v = s.rows[r][c];
                if (v.empty())
                    continue;
                if (v.rfind("#n:", 0) == 0)
                    x->worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), std::stod(v.substr(3)), nullptr);
                else
                    x->worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), v.c_str(), nullptr);
            }
    }
    if (x->workbook_close(book) != LXW_NO_ERROR)
        throw std::runtime_error("cannot write " + path);
}

void writeZip(const std::string &path, const std::vector<std::pair<std::string, std::string>> &entries)
{
    QuaZip zip(QString::fromStdString(path));
    if (!zip.open(QuaZip::mdCreate))
        throw std::runtime_error("cannot create " + path);
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromStdString(name))) ||
            file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            throw std::runtime_error("cannot write " + name);
        file.close();
    }
    zip.close();
}

std::vector<std::string> eligibilityHeader2024()
{
    return {"Cdcode",        "CDS",           "LEAname",       "Cityname",      "Countyname",   "Gsoffered",
            "ReportYear",    "AssistanceStatus2024",           "AApriorities",  "AIpriorities", "ASpriorities",
            "ELpriorities",  "LTELpriorities", "FIpriorities", "FOSpriorities", "HIpriorities", "HOMpriorities",
            "PIpriorities",  "SEDpriorities", "SWDpriorities", "TOMpriorities", "WHpriorities", "MetMethod1",
            "MetMethod2",    "MetMethod3",    "MetMethod4",    "EC52072_2024"};
}

std::vector<std::string> eligibilityRow2024(const std::string &cds, const std::string &name, const std::string &status,
                                            const std::vector<std::pair<std::string, std::string>> &letters)
{
    const auto header = eligibilityHeader2024();
    std::vector<std::string> r(header.size());
    const auto column = [&](const std::string &n) {
        return std::size_t(std::find(header.begin(), header.end(), n) - header.begin());
    };
    r[column("CDS")] = cds;
    r[column("LEAname")] = name;
    r[column("Countyname")] = "Alameda";
    r[column("AssistanceStatus2024")] = status;
    for (const auto &[group, letter] : letters)
        r[column(group + "priorities")] = letter;
    return r;
}

SampleSheet valueSheet(char overrideLetter, const std::string &overrideDescription)
{
    // The legend as public code that reads CDE's files quotes the Value sheet (docs/eligibility.md).
    std::vector<std::pair<std::string, std::string>> letters{
        {"A", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), and 6 (Suspensions)"},
        {"B", "Met Criteria in Priority Areas 4 (Academic Indicators) and 5 (Chronic Absenteeism and/or Graduation)"},
        {"C", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation) and 6 (Suspensions)"},
        {"D", "Met Criteria in Priority Areas 4 (Academic Indicators) and 6 (Suspensions)"},
        {"E", "Met Criteria in Priority Areas 4 (Academic Indicators) and 8 (College/Career)"},
        {"F", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation) and 8 (College/Career)"},
        {"G", "Met Criteria in Priority Areas 6 (Suspensions) and 8 (College/Career)"},
        {"H", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), and 8 (College/Career)"},
        {"I", "Met Criteria in Priority Areas 4 (Academic Indicators), 6 (Suspensions), and 8 (College/Career)"},
        {"J", "Met Criteria in Priority Areas 5 (Chronic Absenteeism and/or Graduation), 6 (Suspensions), and 8 (College/Career)"},
        {"K", "Met Criteria in Priority Areas 4 (Academic Indicators), 5 (Chronic Absenteeism and/or Graduation), 6 (Suspensions), and 8 (College/Career)"},
    };
    SampleSheet s{"Value", {{"Priority Areas Met by Student Groups"}, {}, {}, {"Value", "Description"}}};
    for (const auto &[letter, description] : letters)
        s.rows.push_back({letter, letter.front() == overrideLetter ? overrideDescription : description});
    return s;
}

void writeEligibility2024(const std::string &path, const std::vector<std::vector<std::string>> &rows, bool withLegend,
                          const SampleSheet &legend)
{
    SampleSheet district{"District and COE 2024",
                         {{"2024 LCFF District/COE Eligibility File"}, {"Differentiated Assistance"}, {}, {}, {}}};
    district.rows.push_back(eligibilityHeader2024());
    for (const auto &r : rows)
        district.rows.push_back(r);
    std::vector<SampleSheet> sheets{{"Record Layout", {{"Field Name", "Description"}, {"CDS", "CDS Code"}}}};
    if (withLegend)
        sheets.push_back(legend);
    sheets.push_back({"Charter 2024", {{"placeholder"}}});
    sheets.push_back(district);
    writeXlsx(path, sheets);
}

} // namespace casebook::test
