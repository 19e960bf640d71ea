// Findings as .xlsx; see findings_xlsx.h.
#include "findings_xlsx.h"

#include "findings_words.h"
#include "xlsx_writer_library.h"

#include <array>

namespace casebook::io {

namespace {

// The Dashboard's colours, Red to Blue, as the findings page draws them.
constexpr std::array<lxw_color_t, 6> kFill{0, 0xC62828, 0xEF6C00, 0xF9C74F, 0x2E7D32, 0x1565C0};

// The workbook's own words (domain/phrase.h), listed for translation in app/domain_labels.cpp.
namespace text {
using namespace findings_words;
constexpr const char *kSheet = "Findings";
constexpr const char *kTitle = "%1 — %2 Dashboard findings";
constexpr const char *kWhy = "Drove eligibility (criteria met)";
constexpr const char *kWhyLine = "%1 — %2";
constexpr const char *kBoxedDistrict = "* bold and boxed: the result drove eligibility (it met a criterion for a "
                                       "student group that qualified the district).";
constexpr const char *kBoxedSchool = "* bold and boxed: the result drove eligibility (it met a criterion for a "
                                     "student group that qualified the school).";
} // namespace text

} // namespace

Status writeFindingsXlsx(const FindingsSheet &sheet, const std::string &path, const Say &say)
{
    auto output = XlsxOutput::open(path);
    if (!output)
        return output.error();
    const XlsxWriterLibrary *x = output->x;
    lxw_workbook *book = output->book;
    lxw_worksheet *ws = x->workbook_add_worksheet(book, say(Phrase::of(text::kSheet)).c_str());
    const auto format = [&](bool bold, bool wrap) {
        lxw_format *f = x->workbook_add_format(book);
        if (bold)
            x->format_set_bold(f);
        if (wrap)
            x->format_set_text_wrap(f);
        x->format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        return f;
    };
    lxw_format *title = format(true, false);
    lxw_format *header = format(true, true);
    x->format_set_bg_color(header, 0xDFE6EE);
    x->format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *wrapped = format(false, true);
    lxw_format *bold = format(true, true);
    // Per colour, a plain and a driving cell (bold, a thick dark border).
    std::array<std::array<lxw_format *, 2>, 6> cellFormats{};
    for (std::size_t level = 0; level < kFill.size(); ++level)
        for (int drove = 0; drove < 2; ++drove) {
            lxw_format *f = format(drove == 1, true);
            if (level > 0) {
                x->format_set_bg_color(f, kFill[level]);
                x->format_set_font_color(f, level == 3 ? LXW_COLOR_BLACK : LXW_COLOR_WHITE);
            }
            if (drove == 1) {
                x->format_set_border(f, LXW_BORDER_THICK);
                x->format_set_border_color(f, 0x1A1A1A);
            }
            cellFormats[level][std::size_t(drove)] = f;
        }
    const auto write = [&](lxw_row_t row, lxw_col_t col, const std::string &value, lxw_format *f) {
        x->worksheet_write_string(ws, row, col, xlsxCellText(value).c_str(), f);
    };

    lxw_row_t row = 0;
    write(row++, 0, say(Phrase::of(text::kTitle, {sheet.nameAndCode(), std::to_string(sheet.year)})), title);
    ++row;
    const lxw_col_t whyColumn = lxw_col_t(sheet.indicatorNames.size() + 1);
    write(row, 0, say(Phrase::of(text::kStudentGroup)), header);
    for (std::size_t i = 0; i < sheet.indicatorNames.size(); ++i)
        write(row, lxw_col_t(i + 1), say(sheet.indicatorNames[i]), header);
    write(row, whyColumn, say(Phrase::of(text::kWhy)), header);
    const lxw_row_t gridHeader = row++;
    for (std::size_t r = 0; r < sheet.groupNames.size(); ++r, ++row) {
        write(row, 0, say(sheet.groupNames[r]), bold);
        std::string why;
        for (std::size_t c = 0; c < sheet.cells[r].size(); ++c) {
            const auto &cell = sheet.cells[r][c];
            if (!cell)
                continue;
            const bool drove = !cell->drove.empty();
            write(row, lxw_col_t(c + 1),
                  say(cell->label) + (drove ? "*" : "") + (cell->detail.empty() ? "" : "\n" + cell->detail),
                  cellFormats[std::size_t(cell->color)][drove ? 1 : 0]);
            for (const auto &d : cell->drove)
                why += (why.empty() ? "" : "\n") + say(Phrase::of(text::kWhyLine, {sheet.indicatorNames[c], d}));
        }
        if (!why.empty())
            write(row, whyColumn, why, wrapped);
    }
    x->worksheet_freeze_panes(ws, gridHeader + 1, 1);
    x->worksheet_set_column(ws, 0, 0, 34, nullptr);
    x->worksheet_set_column(ws, 1, lxw_col_t(sheet.indicatorNames.size()), 17, nullptr);
    x->worksheet_set_column(ws, whyColumn, whyColumn, 80, nullptr);
    if (sheet.drivingCells() > 0)
        write(row++, 0, say(Phrase::of(sheet.district ? text::kBoxedDistrict : text::kBoxedSchool)), wrapped);

    ++row;
    const auto lines = determinationLines(sheet);
    for (std::size_t i = 0; i < lines.size(); ++i) // the verdict, when there is one, as a title
        write(row++, 0, say(lines[i]), i == 0 && sheet.determination ? title : nullptr);
    if (!sheet.lowPerforming.empty()) {
        ++row;
        write(row, 0, say(Phrase::of(text::kLowPerforming)), header);
        write(row++, 1, say(Phrase::of(text::kIndicators)), header);
        for (const auto &low : sheet.lowPerforming) {
            std::string list;
            for (const auto &i : low.indicators)
                list += (list.empty() ? "" : ", ") + say(i);
            write(row, 0, say(low.group), wrapped);
            write(row++, 1, list, nullptr);
        }
    }
    if (!sheet.disparities.empty()) {
        ++row;
        write(row++, 0, say(Phrase::of(std::string(kDisparityPractice))), header);
        for (const auto &d : sheet.disparities)
            write(row++, 0, say(d), nullptr);
    }
    if (!sheet.source.empty())
        write(row + 1, 0, say(Phrase::of(text::kSource, {sheet.source})), nullptr);
    return output->close();
}

} // namespace casebook::io
