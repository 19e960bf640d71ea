// Deadlines as .xlsx; see deadline_xlsx.h.
#include "deadline_xlsx.h"

#include "xlsx_writer_library.h"

namespace casebook::io {

namespace {

lxw_datetime excelDate(const Date &d) { return {d.year(), int(d.month()), int(d.day()), 0, 0, 0.0}; }

struct Column {
    const char *header;
    double width;
};

// The headers and the sheet's name are phrases (say.h), listed for translation in app/domain_labels.cpp.
constexpr const char *kSheet = "Deadlines";
constexpr Column kColumns[] = {
    {"Due", 12}, {"State", 10}, {"Case", 7}, {"Case title", 34}, {"Deadline", 44}, {"Owner", 24},
    {"Met on", 12}, {"Why it is due", 70}, {"Rule", 22}, {"Record", 8}, {"UID", 38},
};

} // namespace

Status writeDeadlinesXlsx(const std::vector<Deadline> &deadlines, const std::string &path, const Say &say)
{
    auto output = XlsxOutput::open(path);
    if (!output)
        return output.error();
    const XlsxWriterLibrary *x = output->x;
    lxw_workbook *book = output->book;
    lxw_worksheet *sheet = x->workbook_add_worksheet(book, say(Phrase::of(kSheet)).c_str());
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
        x->worksheet_write_string(sheet, 0, col, say(Phrase::of(c.header)).c_str(), header);
        x->worksheet_set_column(sheet, col, col, c.width, nullptr);
        ++col;
    }
    lxw_row_t row = 1;
    for (const auto &d : deadlines) {
        auto due = excelDate(d.due);
        x->worksheet_write_datetime(sheet, row, 0, &due, dateFormat);
        const Phrase state = Phrase::label(std::string(enumLabel(d.state)), std::string(EnumTraits<DeadlineState>::name));
        x->worksheet_write_string(sheet, row, 1, xlsxCellText(say(state)).c_str(),
                               d.state == DeadlineState::Overdue ? overdue : text);
        x->worksheet_write_number(sheet, row, 2, double(d.caseId), text);
        x->worksheet_write_string(sheet, row, 3, xlsxCellText(d.caseTitle).c_str(), text);
        x->worksheet_write_string(sheet, row, 4, xlsxCellText(say(d.title)).c_str(), text);
        x->worksheet_write_string(sheet, row, 5, xlsxCellText(d.owner).c_str(), text);
        if (d.metOn) {
            auto met = excelDate(*d.metOn);
            x->worksheet_write_datetime(sheet, row, 6, &met, dateFormat);
        }
        x->worksheet_write_string(sheet, row, 7, xlsxCellText(say(d.explained())).c_str(), text);
        x->worksheet_write_string(sheet, row, 8, xlsxCellText(std::string(enumCode(d.source))).c_str(), text);
        if (d.recordId)
            x->worksheet_write_number(sheet, row, 9, double(d.recordId), text);
        x->worksheet_write_string(sheet, row, 10, xlsxCellText(d.uid()).c_str(), text);
        ++row;
    }
    x->worksheet_freeze_panes(sheet, 1, 0);
    x->worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, col - 1);
    return output->close();
}

} // namespace casebook::io
