// Reads the cells of an Excel workbook (.xlsx, Office Open XML) as CDE publishes its spreadsheets:
// the sheet names, and a sheet's rows as cells keyed by column, with shared strings (rich-text runs
// joined), inline strings, numbers, booleans and formula results. The zip is read with QuaZip and
// the XML with QXmlStreamReader. Bounded: a part larger than kMaxXlsxPartBytes uncompressed is
// refused (a zip bomb), as is anything that is not a zip. Errors name the file, sheet, row and column.
#pragma once

#include "domain/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::io {

inline constexpr std::int64_t kMaxXlsxPartBytes = 200LL * 1024 * 1024;

struct XlsxCell {
    enum class Type { Text, Number, Boolean, Error };
    Type type = Type::Text;
    std::string text; // the text; a number as the file wrote it ("1611190000000"); a boolean "TRUE"/"FALSE"
    double number = 0; // Number: the value; Boolean: 1 or 0
};

struct XlsxRow {
    int number = 0;                   // 1-based, as Excel shows it
    std::map<int, XlsxCell> cells;    // by 0-based column; missing cells are absent
    const XlsxCell *find(int column) const;
    std::string text(int column) const; // "" when the cell is missing
};

struct XlsxSheet {
    std::string fileName; // the workbook's file name, for messages
    std::string name;
    std::vector<XlsxRow> rows; // rows with at least one cell, in order
    // "assistancestatus24.xlsx, sheet \"District and COE 2024\", row 7, column F (CDS)"
    std::string where(int row, int column, std::string_view header = {}) const;
    std::string where(int row) const;
};

// "A" for column 0, "AB" for 27.
std::string xlsxColumnName(int column);
// "AB12" -> 27 (the column of a cell reference); an error for anything else.
Result<int> xlsxColumnOf(std::string_view reference);

// A sheet read as a table of text, the way DelimitedTextReader reads a text file: a header row found
// below title rows, then one record per row with as many fields as the header (missing cells empty).
// Rows with no cells are skipped; where() names the sheet, row and column.
class XlsxTable {
public:
    explicit XlsxTable(XlsxSheet sheet) : m_sheet(std::move(sheet)) {}
    Result<std::vector<std::string>> readHeader(
        const std::function<bool(const std::vector<std::string> &)> &isHeader, int maxSkipped);
    Result<bool> next(std::vector<std::string> &fields);
    int row() const { return m_row; } // the current record's row number
    // The current record's cell in a column (its type: a CDS code stored as a number lost its leading zero).
    const XlsxCell *cell(int column) const;
    const std::string &fileName() const { return m_sheet.fileName; }
    const XlsxSheet &sheet() const { return m_sheet; }
    std::string where() const { return m_sheet.where(m_row); }
    std::string where(const std::string &column) const; // by header name
    std::string where(int column) const;

private:
    std::vector<std::string> fieldsOf(const XlsxRow &row, std::size_t width) const;
    XlsxSheet m_sheet;
    std::vector<std::string> m_header;
    std::size_t m_next = 0; // index into m_sheet.rows
    const XlsxRow *m_current = nullptr;
    int m_row = 0;
};

class XlsxWorkbook {
public:
    static Result<XlsxWorkbook> open(const std::string &path);

    const std::string &path() const { return m_path; }
    std::string fileName() const;
    const std::vector<std::string> &sheetNames() const { return m_sheetNames; }
    bool hasSheet(std::string_view name) const;
    // "\"Value\", \"District and COE 2024\"", for messages that list the sheets.
    std::string quotedSheetNames() const;
    // Every cell of the named sheet (an error naming the sheets the workbook has when there is none).
    Result<XlsxSheet> sheet(std::string_view name) const;

private:
    XlsxWorkbook() = default;
    std::string m_path;
    std::vector<std::string> m_sheetNames;
    std::vector<std::string> m_sheetParts;   // zip entry of each sheet, same order
    std::vector<std::string> m_sharedStrings;
};

} // namespace casebook::io
