// libxlsxwriter, opened at run time: the functions Casebook writes .xlsx files with (the deadline
// export, and the tests that write CDE-shaped workbooks). See xlsx_writer_library.cpp for why it is
// opened with dlopen and not linked.
#pragma once

#include "domain/result.h"

#include <xlsxwriter.h>

namespace casebook::io {

struct XlsxWriterLibrary {
#define CASEBOOK_XLSX_FUNCTIONS(X)                                                                 \
    X(workbook_new) X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format)            \
    X(workbook_close) X(format_set_bold) X(format_set_bg_color) X(format_set_bottom)                \
    X(format_set_num_format) X(format_set_align) X(format_set_text_wrap) X(format_set_font_color)   \
    X(worksheet_write_string) X(worksheet_write_number) X(worksheet_write_datetime)                 \
    X(worksheet_write_boolean) X(worksheet_write_formula_str) X(worksheet_write_rich_string)        \
    X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter) X(lxw_strerror)
#define CASEBOOK_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    CASEBOOK_XLSX_FUNCTIONS(CASEBOOK_XLSX_MEMBER)
#undef CASEBOOK_XLSX_MEMBER
};

// The library, loaded once; an error when it is missing or cannot be loaded in this build.
Result<const XlsxWriterLibrary *> xlsxWriterLibrary();

} // namespace casebook::io
