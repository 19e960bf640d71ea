// The findings page on Dashboard files in CDE's published layouts (tests/fixtures/dashboard): the cells
// that drove eligibility are marked and explained, values are whole at the default size, the verdict
// shows without scrolling, the trend chart has a group's points across two imported years, the schools
// come from the imported files, "All districts" lists every district with its determination, and the
// findings copy as text and export as .xlsx. Expected values are worked out by hand from the fixtures'
// rows and CDE's criteria (docs/eligibility.md) in the comments.
#include "gui_driver.h"
#include "ts_catalogue.h"

#include "domain_labels.h"
#include "findings_page.h"
#include "main_window.h"
#include "session.h"

#include "io/dashboard_import.h"
#include "io/findings_sheet.h"
#include "io/findings_xlsx.h"
#include "io/xlsx_reader.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>

#include <filesystem>
#include <functional>
#include <optional>
#include <set>

using namespace casebook;
using namespace casebook::app;

namespace {

const std::filesystem::path kDashboard = std::filesystem::path(CASEBOOK_FIXTURE_DIR) / "dashboard";

struct Page {
    test::TempDir dir;
    MainWindow window;
    explicit Page(const std::vector<std::string> &files, QSize size = {1280, 800})
    {
        qputenv("CASEBOOK_TODAY", "2025-01-15");
        window.resize(size);
        window.show();
        REQUIRE(window.openCasebook(QString::fromStdString(dir.file("f.sqlite")), true));
        REQUIRE(session()
                    .save<District>(std::nullopt,
                                    District{.cds = "0161119", .name = "Sample Unified", .county = "Alameda"}, "add")
                    .ok());
        for (const auto &name : files) {
            auto report = io::importDashboardFile(session().casebook().database(), (kDashboard / name).string());
            INFO(name << ": " << (report ? "" : report.error().text()));
            REQUIRE(report.ok());
        }
        session().notifyChanged();
        window.showFindings();
    }
    CasebookSession &session() { return *window.session(); }
    FindingsPage *page() { return window.findChild<FindingsPage *>(); }
    template <typename W>
    W *child(const char *name) { return test::field<W>(page(), name); }
    int row(const QString &group)
    {
        auto *grid = child<QTableWidget>("grid");
        for (int r = 0; r < grid->rowCount(); ++r)
            if (grid->verticalHeaderItem(r)->text() == group)
                return r;
        return -1;
    }
};

// The page's findings exported to `file` in the test's folder and read back: the rows of the sheet
// `sheetName`. Nullopt under the sanitizers, where libxlsxwriter cannot be opened (the export then
// fails, as it must; io/xlsx_writer_library.cpp).
std::optional<std::vector<io::XlsxRow>> exportedRows(Page &p, const char *file, const std::string &sheetName)
{
    const QString path = QString::fromStdString(p.dir.file(file));
    const bool written = p.page()->exportTo(path, true);
#if defined(__SANITIZE_ADDRESS__)
    CHECK_FALSE(written);
    return std::nullopt;
#endif
    REQUIRE(written);
    auto book = io::XlsxWorkbook::open(path.toStdString());
    REQUIRE(book.ok());
    auto sheet = book->sheet(sheetName);
    REQUIRE(sheet.ok());
    return std::move(sheet->rows);
}

const std::vector<std::string> k2024{"layouts/2024/eladownload2024.txt", "layouts/2024/mathdownload2024.txt",
                                     "layouts/2024/chronicdownload2024.txt"};

} // namespace

TEST_CASE("The findings grid marks exactly the results that drove eligibility, and says why")
{
    Page p(k2024);
    auto *grid = p.child<QTableWidget>("grid");
    // LTEL (n=20, 21; 15 needed): ELA Red and Math Red meet Priority 4, chronic absenteeism Red Priority 5.
    // SWD meets Priority 5 only (Math Yellow), ALL never counts, FOS (n=14) is not significant.
    std::set<std::pair<QString, QString>> marked;
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < grid->columnCount(); ++c)
            if (auto *item = grid->item(r, c); item && item->font().bold()) {
                marked.insert({grid->verticalHeaderItem(r)->text(), grid->horizontalHeaderItem(c)->text().simplified()});
                CHECK(item->text().section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" ★")));
                CHECK(item->toolTip().contains(QStringLiteral("Drove eligibility:")));
            }
    CHECK(marked == std::set<std::pair<QString, QString>>{
                        {QStringLiteral("Long-Term English Learners"), QStringLiteral("ELA")},
                        {QStringLiteral("Long-Term English Learners"), QStringLiteral("Math")},
                        {QStringLiteral("Long-Term English Learners"), QStringLiteral("Chronic Absenteeism")}});
    auto *chronic = grid->item(p.row(QStringLiteral("Long-Term English Learners")), 4);
    CHECK(chronic->toolTip().contains(QStringLiteral("Priority 5: Red on the Chronic Absenteeism Indicator")));
    auto *swdChronic = grid->item(p.row(QStringLiteral("Students with Disabilities")), 4);
    CHECK_FALSE(swdChronic->font().bold()); // Red, but SWD meets one priority only
    CHECK(p.child<QLabel>("legend")->text().contains(QStringLiteral("drove eligibility")));
}

TEST_CASE("At 1280x800 every value is whole and the verdict reads without scrolling; the source is given once")
{
    Page p(k2024);
    QApplication::processEvents();
    auto *grid = p.child<QTableWidget>("grid");
    const QFontMetrics plain(grid->font());
    for (int r = 0; r < grid->rowCount(); ++r)
        for (int c = 0; c < grid->columnCount(); ++c)
            if (auto *item = grid->item(r, c)) {
                const QFontMetrics fm(item->font());
                const QStringList lines = item->text().split(QLatin1Char('\n'));
                INFO(item->text().toStdString());
                for (const auto &line : lines)
                    CHECK(grid->columnWidth(c) >= fm.horizontalAdvance(line));
                CHECK(grid->rowHeight(r) >= int(lines.size()) * fm.height());
            }
    auto *verdict = p.child<QTextBrowser>("determination");
    const QString text = verdict->toPlainText();
    CHECK(text.count(QStringLiteral("leaproposedcrit.asp")) == 1);
    // The verdict — the heading, the qualifying groups and the one-priority groups — is in view.
    const QTextBlock last = verdict->document()->find(QStringLiteral("Students with Disabilities: Priority 5")).block();
    REQUIRE(last.isValid());
    const QRectF where = verdict->document()->documentLayout()->blockBoundingRect(last);
    CHECK(where.bottom() <= verdict->viewport()->height());
    CHECK(verdict->verticalScrollBar()->value() == 0);
}

TEST_CASE("The trend chart has a group's two imported years, each point in that year's colour")
{
    // chronicdownload2023.txt: SWD statuslevel 4 (Low in the chronic coding), Green; 2024: statuslevel 1 (Very
    // High), Red.
    Page p({"layouts/2023/chronicdownload2023.txt", "layouts/2024/chronicdownload2024.txt"});
    auto *grid = p.child<QTableWidget>("grid");
    const int swd = p.row(QStringLiteral("Students with Disabilities"));
    REQUIRE(swd >= 0);
    grid->setCurrentCell(swd, 4); // chronic absenteeism
    auto *chart = p.child<QChartView>("trendChart")->chart();
    QLineSeries *series = nullptr;
    for (auto *s : chart->series())
        if (s->name() == QStringLiteral("Students with Disabilities"))
            series = qobject_cast<QLineSeries *>(s);
    REQUIRE(series);
    REQUIRE(series->count() == 2);
    CHECK(series->at(0) == QPointF(2023, 2)); // Low
    CHECK(series->at(1) == QPointF(2024, 5)); // Very High
    CHECK(series->pointConfiguration(0).value(QXYSeries::PointConfiguration::Color).value<QColor>() ==
          QColor(0x2e, 0x7d, 0x32)); // Green
    CHECK(series->pointConfiguration(1).value(QXYSeries::PointConfiguration::Color).value<QColor>() ==
          QColor(0xc6, 0x28, 0x28)); // Red
    CHECK(p.child<QLabel>("trendSummary")->text().contains(
        QStringLiteral("Students with Disabilities on Chronic Absenteeism: Red in 2024; declining")));
    CHECK(p.child<QComboBox>("trendIndicator")->currentText() == QStringLiteral("Chronic Absenteeism"));
}

TEST_CASE("The district's schools come from the imported files, each with its own findings")
{
    // eladownload2024.txt and mathdownload2024.txt carry the S row 01611190130229 "Sample High" (ALL, Yellow);
    // no school was typed in.
    Page p({"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"});
    auto *scope = p.child<QComboBox>("scope");
    const int school = scope->findData(QStringLiteral("01611190130229"));
    REQUIRE(school >= 0);
    CHECK(scope->itemText(school).contains(QStringLiteral("Sample High")));
    scope->setCurrentIndex(school);
    auto *grid = p.child<QTableWidget>("grid");
    REQUIRE(grid->rowCount() == 1);
    CHECK(grid->verticalHeaderItem(0)->text() == QStringLiteral("All Students"));
    CHECK(grid->item(0, 0)->text().startsWith(QStringLiteral("Yellow")));
    CHECK(p.child<QTextBrowser>("determination")->toPlainText().contains(QStringLiteral("A district school")));
}

TEST_CASE("All districts lists every district of the casebook with its determination, and opens one")
{
    Page p({"eladownload2024.txt", "mathdownload2024.txt", "chronicdownload2024.txt"});
    REQUIRE(p.session()
                .save<District>(std::nullopt, District{.cds = "0161120", .name = "Peñasco Unified", .county = "Alameda"},
                                "add")
                .ok());
    p.session().notifyChanged();
    auto *tabs = p.child<QTabWidget>("views");
    tabs->setCurrentWidget(p.child<QWidget>("districtsTab"));
    auto *table = p.child<QTableWidget>("districtTable");
    REQUIRE(table->rowCount() == 2);
    // Peñasco: one ALL row (chronic Yellow), never qualifying. Sample Unified: SWD ELA Red, Math Orange
    // (Priority 4) and chronic Red (Priority 5).
    CHECK(table->item(0, 0)->text() == QStringLiteral("Peñasco Unified"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Not eligible"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Sample Unified"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("Eligible for differentiated assistance"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("Students with Disabilities"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("1")); // Sample High
    emit table->cellDoubleClicked(0, 0);
    CHECK(tabs->currentWidget() == p.child<QWidget>("findingsTab"));
    CHECK(p.child<QComboBox>("scope")->currentData().toString() == QStringLiteral("01611200000000"));
}

TEST_CASE("The findings copy as plain text (Ctrl+C) and export as an .xlsx workbook that reads back")
{
    Page p(k2024);
    QApplication::clipboard()->clear();
    auto *grid = p.child<QTableWidget>("grid");
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("Long-Term English Learners\tRed* -40.0 · n=20\tRed* -40.0 · n=20")));
    CHECK(copied.contains(QStringLiteral("Eligible for differentiated assistance (2024 Dashboard)")));

    const auto rows = exportedRows(p, "findings.xlsx", "Findings");
    if (!rows)
        return;
    bool found = false;
    for (const auto &row : *rows)
        if (row.text(0) == "Long-Term English Learners" && !found) { // the grid's row, not the low-performing table's
            found = true;
            CHECK(row.text(5) == "Red*\n33.3 · n=21"); // chronic absenteeism (33.3%), the fifth indicator
        }
    CHECK(found);
}

TEST_CASE("The Spanish findings page, its copy and its export say colours, indicators and verdicts in Spanish")
{
    Page p(k2024);
    test::InSpanish spanish;
    REQUIRE(spanish.loaded());
    p.page()->reload(); // the page again, in Spanish
    const test::TsCatalogue ts;
    const QString red = ts("enums", "Red", "colour");
    const QString ela = ts("enums", "ELA", "indicator"), math = ts("enums", "Math", "indicator");
    const QString chronic = ts("enums", "Chronic Absenteeism", "indicator");
    const QString ltel = ts("groups", "Long-Term English Learners");

    // The grid: indicators as column headers, colours in the cells, the criteria a result met.
    auto *grid = p.child<QTableWidget>("grid");
    CHECK(grid->horizontalHeaderItem(0)->text().simplified() == ela);
    CHECK(grid->horizontalHeaderItem(4)->text().simplified() == chronic);
    const int row = p.row(ltel);
    REQUIRE(row >= 0);
    CHECK(grid->item(row, 0)->text().section(QLatin1Char('\n'), 0, 0) == red + QStringLiteral(" ★"));
    // The criterion is CDE's wording, quoted as CDE gives it; the words around it are Spanish.
    const QString priority5 = ts.phrase("Priority %1: %2 (%3)", {QStringLiteral("5"), QStringLiteral("\x01")});
    CHECK(grid->item(row, 4)->toolTip().contains(priority5.section(QLatin1Char('\x01'), 0, 0) +
                                                  QStringLiteral("Red on the Chronic Absenteeism Indicator")));

    // The verdict: LTEL meets Priority 4 (ELA Red, Math Red) and Priority 5 (chronic absenteeism Red).
    const QString evidence4 = ts.phrase("%1, %2", {ts.phrase("%1 %2", {ela, red}), ts.phrase("%1 %2", {math, red})});
    const QString explanation = ts.phrase(
        "%1: %2", {ltel, ts.phrase("%1 and %2", {ts.phrase("Priority %1 (%2)", {QStringLiteral("4"), evidence4}),
                                                 ts.phrase("Priority %1 (%2)", {QStringLiteral("5"), ts.phrase("%1 %2", {chronic, red})})})});
    const QString verdict = p.child<QTextBrowser>("determination")->toPlainText();
    INFO(verdict.toStdString());
    CHECK(verdict.contains(explanation));
    CHECK(verdict.contains(ts.phrase("%1 (%2)", {ela, red}))); // the low-performing table
    CHECK_FALSE(verdict.contains(QStringLiteral("Priority ")));
    CHECK_FALSE(verdict.contains(QStringLiteral(" Red")));

    // The trend of a cell chosen, its indicator by name. (The indicator list was filled when the page was
    // made, in English here; the window installs its language before it makes the page.)
    grid->setCurrentCell(row, 0);
    const QString elaName = ts("enums", "English Language Arts", "indicator name");
    CHECK(p.child<QLabel>("trendSummary")->text().contains(
        ts.phrase("%1 on %2: %3; %4.", {ltel, elaName, ts.phrase("Red in %1", {QStringLiteral("2024")}),
                                        ts.phrase("not comparable")})));

    // Copy: the same words as the page.
    QApplication::clipboard()->clear();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    INFO(copied.toStdString());
    CHECK(copied.contains(ts.phrase("Student group") + QLatin1Char('\t') + ela + QLatin1Char('\t') + math));
    CHECK(copied.contains(ltel + QLatin1Char('\t') + red + QStringLiteral("* -40.0 · n=20")));
    CHECK(copied.contains(ts.phrase("Eligible for differentiated assistance (%1 Dashboard)", {QStringLiteral("2024")})));
    CHECK(copied.contains(explanation));
    CHECK_FALSE(copied.contains(QStringLiteral("Eligible for")));

    // Export: the workbook's sheet, headers and cells in Spanish.
    const auto rows = exportedRows(p, "hallazgos.xlsx", ts.phrase("Findings").toStdString());
    if (!rows)
        return;
    bool header = false, found = false;
    for (const auto &r : *rows) {
        header = header || (r.text(0) == ts.phrase("Student group").toStdString() && r.text(1) == ela.toStdString());
        if (r.text(0) == ltel.toStdString() && !found) {
            found = true;
            CHECK(r.text(5) == (red + QStringLiteral("*\n33.3 · n=21")).toStdString());
        }
    }
    CHECK(header);
    CHECK(found);
}

TEST_CASE("Every phrase of the findings, their copy and their export is listed for translation")
{
    Page p(k2024);
    // A phrase's pattern is listed; a label where its enum's labels are; a group's name with the groups.
    std::function<void(const Phrase &)> listed = [&](const Phrase &phrase) {
        if (phrase.isText())
            return;
        INFO(phrase.pattern() << " (" << phrase.enumName() << ")");
        if (phrase.enumName() == kStudentGroupLabel)
            CHECK(isGroupNameListed(phrase.pattern()));
        else if (!phrase.enumName().empty())
            CHECK(isListedForTranslation(phrase.pattern(), phrase.enumName()));
        else
            CHECK(isPhraseListed(phrase.pattern()));
        for (const auto &a : phrase.args())
            listed(a);
    };
    int said = 0;
    const io::Say check = [&](const Phrase &phrase) {
        ++said;
        listed(phrase);
        return phrase.str();
    };
    {
        auto sheet = p.session().casebook().findingsSheet("01611190000000", 2024);
        REQUIRE(sheet.ok());
        // Said in English, the text is what the CLI and an English window write.
        CHECK(io::findingsText(*sheet, check) == io::findingsText(*sheet));
#if !defined(__SANITIZE_ADDRESS__)
        REQUIRE(io::writeFindingsXlsx(*sheet, p.dir.file("checked.xlsx"), check).ok());
#endif
        for (const auto &row : sheet->cells)
            for (const auto &cell : row)
                if (cell)
                    for (const auto &d : cell->drove)
                        listed(d);
    }
    CHECK(said > 20);
}
