// Deadlines as .xlsx; see deadline_xlsx.h.
#include "deadline_xlsx.h"

#include "output_file.h"
#include "xlsx_writer_library.h"

#include <QString>

namespace casebook::io {

namespace {

constexpr std::size_t kMaxCellText = 32767; // Excel's limit for one cell

// Text a spreadsheet can hold: XML has no place for control characters, and a cell holds at most
// 32,767 characters. Written with worksheet_write_string, so "=..." stays text, never a formula.
std::string cellText(const std::string &text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    for (QChar &c : s)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
            c = QChar(0xFFFD);
    if (s.size() > qsizetype(kMaxCellText))
        s = s.left(qsizetype(kMaxCellText) - 1) + QChar(0x2026);
    return s.toStdString();
}

lxw_datetime excelDate(const Date &d) { return {d.year(), int(d.month()), int(d.day()), 0, 0, 0.0}; }

struct Column {
    const char *header;
    double width;
};

constexpr Column kColumns[] = {
    {"Due", 12}, {"State", 10}, {"Case", 7}, {"Case title", 34}, {"Deadline", 44}, {"Owner", 24},
    {"Met on", 12}, {"Why it is due", 70}, {"Rule", 22}, {"Record", 8}, {"UID", 38},
};

} // namespace

Status writeDeadlinesXlsx(const std::vector<Deadline> &deadlines, const std::string &path)
{
    auto loaded = xlsxWriterLibrary();
    if (!loaded)
        return loaded.error();
    const XlsxWriterLibrary *x = *loaded;
    // By the rule of output_file.h: no half workbook or temporary file is left, the old one is replaced in one step.
    auto out = OutputFile::create(path);
    if (!out)
        return out.error();
    lxw_workbook *book = x->workbook_new(out->writePath().c_str());
    if (!book)
        return Error::io(path, "cannot be written");
    lxw_worksheet *sheet = x->workbook_add_worksheet(book, "Deadlines");
    lxw_format *header = x->workbook_add_format(book);
    x->format_set_bold(header);
    x->format_set_bg_color(header, 0xDFE6EE);
    x->format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *dateFormat = x->workbook_add_format(book);
    x->format_set_num_format(dateFormat, "yyyy-mm-dd");
    x->format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *text = x->workbook_add_format(book);
    x->format_set_text_wrap(text);
    x->format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *overdue = x->workbook_add_format(book);
    x->format_set_bold(overdue);
    x->format_set_font_color(overdue, 0x9C0006);
    x->format_set_align(overdue, LXW_ALIGN_VERTICAL_TOP);

    lxw_col_t col = 0;
    for (const auto &c : kColumns) {
        x->worksheet_write_string(sheet, 0, col, c.header, header);
        x->worksheet_set_column(sheet, col, col, c.width, nullptr);
        ++col;
    }
    lxw_row_t row = 1;
    for (const auto &d : deadlines) {
        auto due = excelDate(d.due);
        x->worksheet_write_datetime(sheet, row, 0, &due, dateFormat);
        x->worksheet_write_string(sheet, row, 1, std::string(enumLabel(d.state)).c_str(),
                               d.state == DeadlineState::Overdue ? overdue : text);
        x->worksheet_write_number(sheet, row, 2, double(d.caseId), text);
        x->worksheet_write_string(sheet, row, 3, cellText(d.caseTitle).c_str(), text);
        x->worksheet_write_string(sheet, row, 4, cellText(d.title).c_str(), text);
        x->worksheet_write_string(sheet, row, 5, cellText(d.owner).c_str(), text);
        if (d.metOn) {
            auto met = excelDate(*d.metOn);
            x->worksheet_write_datetime(sheet, row, 6, &met, dateFormat);
        }
        x->worksheet_write_string(sheet, row, 7, cellText(d.explanation()).c_str(), text);
        x->worksheet_write_string(sheet, row, 8, cellText(std::string(enumCode(d.source))).c_str(), text);
        if (d.recordId)
            x->worksheet_write_number(sheet, row, 9, double(d.recordId), text);
        x->worksheet_write_string(sheet, row, 10, cellText(d.uid()).c_str(), text);
        ++row;
    }
    x->worksheet_freeze_panes(sheet, 1, 0);
    x->worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, col - 1);
    const lxw_error error = x->workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Error::io(path, std::string("cannot be written: ") + x->lxw_strerror(error) +
                                   "; nothing was written and any file of that name is as it was");
    return out->commit();
}

} // namespace casebook::io
