// libxlsxwriter, opened at run time: the functions Casebook writes .xlsx files with (the deadline
// export, and the tests that write CDE-shaped workbooks). See xlsx_writer_library.cpp for why it is
// opened with dlopen and not linked.
#pragma once

#include "output_file.h"

#include "domain/result.h"

#include <xlsxwriter.h>

#include <string>

namespace casebook::io {

struct XlsxWriterLibrary {
#define CASEBOOK_XLSX_FUNCTIONS(X)                                                                 \
    X(workbook_new) X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format)            \
    X(workbook_close) X(format_set_bold) X(format_set_bg_color) X(format_set_bottom)                \
    X(format_set_num_format) X(format_set_align) X(format_set_text_wrap) X(format_set_font_color)   \
    X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime)                 \
    X(worksheet_write_boolean) X(worksheet_write_formula_str) X(worksheet_write_rich_string)        \
    X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter) X(lxw_strerror)         \
    X(format_set_border) X(format_set_border_color)
#define CASEBOOK_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    CASEBOOK_XLSX_FUNCTIONS(CASEBOOK_XLSX_MEMBER)
#undef CASEBOOK_XLSX_MEMBER
};

// Text a spreadsheet can hold: XML has no place for control characters (each becomes U+FFFD), and a
// cell holds at most 32,767 characters (longer text is cut with an ellipsis). Write it with
// worksheet_write_string, so "=..." stays text, never a formula.
std::string xlsxCellText(const std::string &text);

// The library, loaded once; an error when it is missing or cannot be loaded in this build.
Result<const XlsxWriterLibrary *> xlsxWriterLibrary();

// A workbook being written by the rule of output_file.h: no half workbook or temporary file is left
// behind, and the old file is replaced in one step when close() succeeds.
struct XlsxOutput {
    const XlsxWriterLibrary *x;
    lxw_workbook *book;
    OutputFile file;
    std::string path;
    static Result<XlsxOutput> open(const std::string &path);
    // Writes the workbook and renames it into place; on failure nothing of it is left.
    Status close();
};

} // namespace casebook::io
