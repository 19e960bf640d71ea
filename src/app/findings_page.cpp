// FindingsPage; see findings_page.h.
#include "findings_page.h"
#include "domain_labels.h"
#include "record_dialog.h"
#include "record_form.h"
#include "trend_panel.h"

#include "services/casebook.h"

#include "session.h"

#include "domain/codes.h"
#include "io/findings_xlsx.h"

#include "ui_findings_page.h"
#include "ui_case_from_findings_form.h"
#include "ui_local_indicators_dialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::app {

namespace {

constexpr int kDroveRole = Qt::UserRole + 1;

// The Dashboard's colours, lowest to highest, with text that stays readable on them.
QColor colorFor(int level)
{
    switch (level) {
    case 1: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0xf9, 0xc7, 0x4f);
    case 4: return QColor(0x2e, 0x7d, 0x32);
    case 5: return QColor(0x15, 0x65, 0xc0);
    default: return {};
    }
}

std::string districtCdsOf(const std::string &cds14) { return cds14.substr(0, 7); }

// The sheet's phrases in the window's language, for Copy and Export.
std::string sayHere(const Phrase &phrase) { return phraseText(phrase).toStdString(); }

// A result that drove eligibility gets a thick frame, dark outside and white inside, visible on every
// Dashboard colour and in print.
class DrivingCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(kDroveRole).toBool())
            return;
        painter->save();
        painter->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->setPen(QPen(Qt::white, 1));
        painter->drawRect(option.rect.adjusted(3, 3, -4, -4));
        painter->restore();
    }
    // Room for the frame around a driving result's text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return index.data(kDroveRole).toBool() ? size + QSize(12, 8) : size;
    }
};

} // namespace

FindingsPage::FindingsPage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FindingsPage>()), m_session(session),
      m_stack(new QStackedWidget(this)), m_content(new QWidget(this)), m_empty(new QLabel(this))
{
    m_ui->setupUi(m_content);
    m_empty->setObjectName(QStringLiteral("findingsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(tr("<h2>No Dashboard results yet</h2>"
                        "<p>Findings come from the California School Dashboard's data files, which CDE publishes "
                        "each December as one tab-delimited file per indicator (<tt>eladownload2025.txt</tt>, "
                        "<tt>chronicdownload2025.txt</tt>, …).</p>"
                        "<p>Import them with <b>File ▸ Import Dashboard files…</b> (or "
                        "<tt>casebook-cli import dashboard FILE…</tt>) to see your district's student groups by "
                        "indicator and whether the district qualifies for differentiated assistance.</p>"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // Whole values in every cell: columns and rows as wide and tall as their text (the grid scrolls
    // rather than cut a value when the window is narrow).
    m_ui->grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->grid->setItemDelegate(new DrivingCellDelegate(m_ui->grid));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->lowerSplitter->setStretchFactor(0, 9);
    m_ui->lowerSplitter->setStretchFactor(1, 11);
    m_ui->districtTable->setColumnCount(8);
    m_ui->districtTable->setHorizontalHeaderLabels({tr("District"), tr("CDS"), tr("Dashboard"), tr("Determination"),
                                                    tr("Qualifying groups"), tr("Schools"), tr("Open cases"),
                                                    tr("Overdue")});
    m_ui->districtTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->districtTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->districtTable->verticalHeader()->hide();

    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillYears();
    });
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showResults();
    });
    connect(m_ui->createCaseButton, &QPushButton::clicked, this, [this] {
        if (const Id id = createRequiredCase())
            emit caseCreated(id);
    });
    connect(m_ui->localButton, &QPushButton::clicked, this, &FindingsPage::editLocalIndicators);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &FindingsPage::copyFindings);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &FindingsPage::exportFindings);
    // Ctrl+C anywhere on the findings copies them (the determination's own selection copies itself).
    auto *copy = new QAction(tr("Copy findings"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FindingsPage::copyFindings);
    m_ui->findingsTab->addAction(copy);
    m_ui->grid->installEventFilter(this); // the grid would copy only its current cell
    connect(m_ui->grid, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (m_sheet && row >= 0 && column >= 0 && std::size_t(row) < m_sheet->groupCodes.size())
            m_ui->trends->showGroup(Indicator(column), m_sheet->groupCodes[std::size_t(row)]);
    });
    connect(m_ui->overviewYear, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reloadDistricts();
    });
    const auto openDistrict = [this](int row) {
        if (auto *item = m_ui->districtTable->item(row, 1); item && showScope(item->text()))
            m_ui->views->setCurrentWidget(m_ui->findingsTab);
    };
    connect(m_ui->districtTable, &QTableWidget::cellActivated, this, [openDistrict](int row, int) { openDistrict(row); });
    connect(m_ui->districtTable, &QTableWidget::cellDoubleClicked, this,
            [openDistrict](int row, int) { openDistrict(row); });
    connect(m_ui->views, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->views->currentWidget() == m_ui->districtsTab)
            reloadDistricts();
    });
}

FindingsPage::~FindingsPage() = default;

void FindingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sheet)
        QTimer::singleShot(0, this, &FindingsPage::fitPanes);
}

bool FindingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->grid && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copyFindings();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool FindingsPage::showsEmptyState() const { return m_stack->currentWidget() == m_empty; }

void FindingsPage::showYear(int year)
{
    if (const int y = m_ui->year->findData(year); y >= 0)
        m_ui->year->setCurrentIndex(y);
}

QString FindingsPage::currentScope() const { return m_ui->scope->currentData().toString(); }
int FindingsPage::currentYear() const { return m_ui->year->currentData().toInt(); }
bool FindingsPage::canCreateRequiredCase() const { return m_ui->createCaseButton->isEnabled(); }

void FindingsPage::reload()
{
    if (!m_session->isOpen())
        return;
    fillScopes();
    if (m_ui->views->currentWidget() == m_ui->districtsTab)
        reloadDistricts();
}

void FindingsPage::fillScopes()
{
    const QVariant previous = m_ui->scope->currentData();
    m_filling = true;
    m_ui->scope->clear();
    bool anyResults = false;
    auto &casebook = m_session->casebook();
    if (auto districts = casebook.listAll<District>("name")) {
        for (const auto &d : *districts) {
            const std::string cds = districtLevelCds(d.cds);
            auto years = casebook.dashboardYears(cds);
            anyResults = anyResults || (years && !years->empty());
            m_ui->scope->addItem(tr("District: %1").arg(toQString(d.name)), QString::fromStdString(cds));
            // The schools the imported files list, then any typed in that the files do not name.
            std::vector<std::pair<std::string, QString>> schools;
            if (auto listed = casebook.dashboardSchools(d.cds))
                for (const auto &s : *listed) {
                    anyResults = true;
                    schools.emplace_back(s.cds, s.charter ? tr("    School: %1 (charter)").arg(toQString(s.name))
                                                          : tr("    School: %1").arg(toQString(s.name)));
                }
            if (auto typed = casebook.listWhere<School>("district_id", d.id, "name"))
                for (const auto &s : *typed)
                    if (std::none_of(schools.begin(), schools.end(), [&](const auto &p) { return p.first == s.cds; }))
                        schools.emplace_back(s.cds, tr("    School: %1").arg(toQString(s.name)));
            for (const auto &[schoolCds, label] : schools)
                m_ui->scope->addItem(label, QString::fromStdString(schoolCds));
        }
    }
    const int index = m_ui->scope->findData(previous);
    m_ui->scope->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    m_stack->setCurrentWidget(anyResults ? m_content : m_empty);
    if (anyResults)
        fillYears();
}

bool FindingsPage::showScope(const QString &cds)
{
    const QString row = cds.size() == 7 ? cds + QStringLiteral("0000000") : cds;
    const int index = m_ui->scope->findData(row);
    if (index < 0)
        return false;
    m_ui->scope->setCurrentIndex(index);
    return true;
}

void FindingsPage::fillYears()
{
    const QVariant previous = m_ui->year->currentData();
    m_filling = true;
    m_ui->year->clear();
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    if (auto years = m_session->casebook().dashboardYears(cds))
        for (int y : *years)
            m_ui->year->addItem(tr("%1 Dashboard").arg(y), y);
    const int index = m_ui->year->findData(previous);
    m_ui->year->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    auto trends = m_session->casebook().dashboardTrends(cds);
    m_ui->trends->setTrends(trends ? std::move(*trends) : std::vector<GroupTrend>{});
    showResults();
}

void FindingsPage::showResults()
{
    m_determination.reset();
    m_sheet.reset();
    m_ui->grid->clear();
    m_ui->grid->setRowCount(0);
    m_ui->grid->setColumnCount(0);
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    const int year = m_ui->year->currentData().toInt();
    const bool district = isDistrictLevelCds(cds);
    m_ui->createCaseButton->setEnabled(false);
    m_ui->localButton->setEnabled(district);
    m_ui->copyButton->setEnabled(false);
    m_ui->exportButton->setEnabled(false);
    if (year == 0) {
        m_ui->determination->setHtml(tr("<p>No Dashboard results for this %1 yet.</p>")
                                         .arg(district ? tr("district") : tr("school")));
        return;
    }
    auto sheet = m_session->casebook().findingsSheet(cds, year);
    if (!sheet) {
        m_ui->determination->setPlainText(QString::fromStdString(sheet.error().text()));
        return;
    }
    m_sheet = std::move(*sheet);
    m_determination = m_sheet->determination;
    showGrid(*m_sheet);
    m_ui->determination->setHtml(determinationHtml(*m_sheet));
    QTimer::singleShot(0, this, &FindingsPage::fitPanes); // once the page is laid out
    m_ui->createCaseButton->setEnabled(m_determination && m_determination->eligible);
    m_ui->copyButton->setEnabled(true);
    m_ui->exportButton->setEnabled(true);
}

void FindingsPage::showGrid(const io::FindingsSheet &sheet)
{
    QStringList headers, rowHeaders;
    for (const auto &name : sheet.indicatorNames) {
        QString text = phraseText(name);
        if (text.size() > 12) // two lines rather than a wide column
            text.replace(text.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
        headers << text;
    }
    for (const auto &code : sheet.groupCodes)
        rowHeaders << studentGroupLabel(code);
    m_ui->grid->setColumnCount(int(headers.size()));
    m_ui->grid->setRowCount(int(rowHeaders.size()));
    m_ui->grid->setHorizontalHeaderLabels(headers);
    m_ui->grid->setVerticalHeaderLabels(rowHeaders);
    for (std::size_t row = 0; row < sheet.cells.size(); ++row)
        for (std::size_t col = 0; col < sheet.cells[row].size(); ++col) {
            const auto &cell = sheet.cells[row][col];
            if (!cell)
                continue;
            const bool drove = !cell->drove.empty();
            const QString label = phraseText(cell->label);
            auto *item = new QTableWidgetItem(label + (drove ? QStringLiteral(" ★") : QString()) +
                                              (cell->detail.empty() ? QString() : QLatin1Char('\n') + toQString(cell->detail)));
            if (cell->color > 0) {
                item->setBackground(colorFor(cell->color));
                item->setForeground(cell->color == 3 ? Qt::black : Qt::white);
            }
            QString tip = tr("%1, %2: %3").arg(rowHeaders[int(row)], headers[int(col)].simplified(),
                                              item->text().simplified());
            if (drove) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setData(kDroveRole, true);
                tip += QLatin1Char('\n') + tr("Drove eligibility:");
                for (const auto &d : cell->drove)
                    tip += QStringLiteral("\n• ") + phraseText(d);
            }
            item->setToolTip(tip);
            m_ui->grid->setItem(int(row), int(col), item);
        }
    m_ui->legend->setText(sheet.drivingCells() > 0
                              ? tr("<b>★ Bold, framed</b>: drove eligibility (met a criterion for a qualifying "
                                   "group). Point at a cell for why; choose one for its trend.")
                              : tr("No result drove eligibility here. Choose a cell to draw that group's trend."));
}

void FindingsPage::fitPanes()
{
    // The grid as tall as its rows (up to three fifths of the page), the rest for the verdict and the
    // trend; the verdict a little narrower than the chart.
    auto *grid = m_ui->grid;
    grid->resizeColumnsToContents();
    grid->resizeRowsToContents();
    const int header = std::max(grid->horizontalHeader()->height(), grid->horizontalHeader()->sizeHint().height());
    const int gridHeight = header + grid->verticalHeader()->length() + 2 * grid->frameWidth() +
                           (grid->horizontalScrollBar()->isVisible() ? grid->horizontalScrollBar()->height() : 0) + 6;
    const int pane = gridHeight + m_ui->gridLayout->spacing() + m_ui->legendRow->sizeHint().height() + 6;
    const int total = m_ui->splitter->height();
    if (total > 0) {
        const int top = std::min(pane, total * 3 / 5);
        m_ui->splitter->setSizes({top, total - top});
    }
    if (const int width = m_ui->lowerSplitter->width(); width > 0)
        m_ui->lowerSplitter->setSizes({width * 9 / 20, width - width * 9 / 20});
}

QString FindingsPage::determinationHtml(const io::FindingsSheet &sheet) const
{
    QString html;
    const auto esc = [](const Phrase &phrase) { return phraseText(phrase).toHtmlEscaped(); };
    if (const auto &d = sheet.determination) {
        html += d->eligible ? tr("<h3 style='color:#b00020'>Eligible for differentiated assistance (%1 Dashboard)</h3>")
                                  .arg(d->year)
                            : tr("<h3>Not eligible for differentiated assistance (%1 Dashboard)</h3>").arg(d->year);
        const auto groupList = [&](const QString &title, bool qualifying) {
            QString items;
            for (const auto &g : d->groups)
                if (g.qualifies == qualifying)
                    items += QStringLiteral("<li>%1%2</li>")
                                 .arg(esc(g.explanationPhrase),
                                      g.letter.empty() ? QString() : tr(" — CDE letter %1").arg(toQString(g.letter)));
            if (!items.isEmpty())
                html += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                            .arg(title, items);
        };
        groupList(tr("Qualifying student groups (criteria met in two or more priorities):"), true);
        for (const auto &g : sheet.otherGrounds)
            html += QStringLiteral("<p>%1</p>").arg(esc(g));
        groupList(tr("Student groups meeting the criteria in one priority only (not qualifying):"), false);
        if (sheet.referral)
            html += tr("<p><b>CCEE referral (Ed Code 52072(a)):</b> %1</p>").arg(esc(sheet.referral->explanationPhrase));
    } else if (const auto &c = sheet.charter) {
        html += !c->decided ? tr("<h3>Charter school: not decided yet (%1 Dashboard)</h3>").arg(sheet.year)
                : c->eligible
                    ? tr("<h3 style='color:#b00020'>Charter school eligible for differentiated assistance (%1 "
                         "Dashboard)</h3>")
                          .arg(sheet.year)
                    : tr("<h3>Charter school not eligible for differentiated assistance (%1 Dashboard)</h3>")
                          .arg(sheet.year);
        html += QStringLiteral("<p>%1</p>").arg(esc(c->explanationPhrase));
        for (const auto *d : {&c->current, c->prior ? &*c->prior : nullptr}) {
            if (!d || d->groups.empty())
                continue;
            html += tr("<p><b>Student groups meeting criteria, %1 Dashboard:</b></p><ul>").arg(d->year);
            for (const auto &g : d->groups)
                html += QStringLiteral("<li>%1%2</li>").arg(esc(g.explanationPhrase), g.qualifies ? tr(" — qualifies") : QString());
            html += QStringLiteral("</ul>");
        }
    } else if (!sheet.district) {
        html += tr("<p>A district school: its students are counted in the district's determination. Below are the "
                   "school's own findings.</p>");
    }
    if (!sheet.lowPerforming.empty()) {
        html += tr("<p style='margin-bottom:2px'><b>Low-performing student groups</b></p>"
                   "<table border='1' cellspacing='0' cellpadding='3'><tr><th align='left'>Student group</th>"
                   "<th align='left'>Low-performing on</th></tr>");
        for (const auto &row : sheet.lowPerforming) {
            QStringList on;
            for (const auto &i : row.indicators)
                on << esc(i);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(row.group), on.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</table>");
    }
    if (!sheet.disparities.empty()) {
        html += tr("<p style='margin-bottom:0'><b>Disparities: two or more performance levels below all students (the "
                   "district's practice in Casebook, not a statutory definition)</b></p><ul style='margin-top:0'>");
        for (const auto &d : sheet.disparities)
            html += QStringLiteral("<li>%1</li>").arg(esc(d));
        html += QStringLiteral("</ul>");
    }
    if (!sheet.source.empty())
        html += tr("<p><i>Source: %1</i></p>").arg(esc(sheet.source));
    return html;
}

QString FindingsPage::findingsText() const { return m_sheet ? toQString(io::findingsText(*m_sheet, sayHere)) : QString(); }

void FindingsPage::copyFindings()
{
    if (m_sheet)
        QApplication::clipboard()->setText(findingsText());
}

bool FindingsPage::exportTo(const QString &path, bool quiet)
{
    if (!m_sheet)
        return false;
    const Status written = io::writeFindingsXlsx(*m_sheet, path.toStdString(), sayHere);
    if (!written && !quiet)
        QMessageBox::warning(this, tr("Export findings"), QString::fromStdString(written.error().text()));
    return written.ok();
}

void FindingsPage::exportFindings()
{
    if (!m_sheet)
        return;
    QString name = toQString(m_sheet->name.empty() ? m_sheet->cds : m_sheet->name);
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString suggested = QDir::home().filePath(tr("findings-%1-%2.xlsx").arg(name).arg(m_sheet->year));
    QString path = QFileDialog::getSaveFileName(this, tr("Export findings"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    exportTo(path);
}

void FindingsPage::reloadDistricts()
{
    if (!m_session->isOpen())
        return;
    const QVariant previous = m_ui->overviewYear->currentData();
    m_filling = true;
    m_ui->overviewYear->clear();
    m_ui->overviewYear->addItem(tr("Each district's newest Dashboard"), 0);
    if (auto years = m_session->casebook().importedDashboardYears())
        for (int y : *years)
            m_ui->overviewYear->addItem(tr("%1 Dashboard").arg(y), y);
    const int index = m_ui->overviewYear->findData(previous);
    m_ui->overviewYear->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    auto overview = m_session->casebook().districtOverview(m_ui->overviewYear->currentData().toInt(), m_session->today());
    auto *table = m_ui->districtTable;
    table->setRowCount(0);
    if (!overview) {
        m_ui->districtsHint->setText(QString::fromStdString(overview.error().text()));
        return;
    }
    table->setRowCount(int(overview->size()));
    for (int row = 0; row < int(overview->size()); ++row) {
        const auto &o = (*overview)[std::size_t(row)];
        QStringList groups;
        for (const auto &g : o.qualifyingGroups)
            groups << studentGroupLabel(g);
        const QString determination = !o.year ? tr("No Dashboard results imported")
                                      : !o.eligible ? tr("No criteria for %1").arg(o.year)
                                      : *o.eligible ? tr("Eligible for differentiated assistance")
                                                    : tr("Not eligible");
        const QStringList cells{toQString(o.district.name), toQString(o.district.cds),
                                o.year ? QString::number(o.year) : QStringLiteral("—"), determination,
                                groups.join(QStringLiteral(", ")), QString::number(o.schools),
                                QString::number(o.openCases), QString::number(o.overdue)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 3 && o.eligible && *o.eligible)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (col == 7 && o.overdue > 0)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            if (col >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, col, item);
        }
    }
}

std::vector<QualifyingGroup> FindingsPage::qualifyingGroups() const
{
    return m_determination ? qualifyingGroupRecords(*m_determination) : std::vector<QualifyingGroup>{};
}

Id FindingsPage::createRequiredCase()
{
    if (!m_determination || !m_determination->eligible)
        return 0;
    // The proposal is the service's (the CLI's `from-findings` computes the same one); the form lets
    // the user give the facts of the county's letter and untick a group the letter does not name.
    services::FindingsCaseRequest request;
    request.districtCds = m_determination->districtCds;
    request.year = m_determination->year;
    request.openedOn = m_session->today();
    auto proposal = m_session->casebook().proposeCaseFromFindings(request);
    if (!proposal) {
        QMessageBox::warning(this, tr("Cannot create the case"), QString::fromStdString(proposal.error().text()));
        return 0;
    }
    proposal->caseRecord.title = tr("Differentiated assistance — %1 Dashboard").arg(request.year).toStdString();

    auto dialog = makeRecordDialog<Ui::CaseFromFindingsForm, Case>(tr("Create required-assistance case"), this);
    dialog->setObjectName(QStringLiteral("caseFromFindingsDialog"));
    QWidget *form = dialog->formWidget();
    form->findChild<QLabel *>(QStringLiteral("summaryLabel"))
        ->setText(tr("<p>A required technical-assistance case for <b>%1</b>, identified on the %2 Dashboard (%3). "
                     "The two-year minimum runs from the identification date (Ed Code 52071(c)(1)): record it as "
                     "CDE's determination or the County Superintendent's letter gives it.</p>")
                      .arg(toQString(proposal->districtName).toHtmlEscaped())
                      .arg(request.year)
                      .arg(toQString(proposal->determination.source).toHtmlEscaped()));
    auto *groupList = form->findChild<QListWidget *>(QStringLiteral("groups"));
    for (std::size_t i = 0; i < proposal->groups.size(); ++i) {
        const auto &g = proposal->groups[i];
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (priority %3)")
                .arg(studentGroupLabel(g.studentGroup),
                     g.indicator.empty() ? tr("local indicator") : indicatorLabel(findIndicator(g.indicator)->indicator))
                .arg(g.priority),
            groupList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked); // every group that made the district eligible, preselected
        item->setData(Qt::UserRole, qulonglong(i));
    }
    groupList->setWordWrap(true);
    groupList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // whole names, wrapped, never cut
    groupList->setMinimumHeight(std::min<int>(int(proposal->groups.size()), 8) * groupList->fontMetrics().height() + 12);
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        if (auto *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setText(tr("&Create case"));
    dialog->setMinimumWidth(720);
    dialog->form().setFields(toFields(proposal->caseRecord));
    Id created = 0;
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto c = fromFields<Case>(fields, proposal->caseRecord);
        if (!c)
            return c.error();
        services::FindingsCaseProposal chosen = *proposal;
        chosen.caseRecord = *c;
        chosen.groups.clear();
        for (int row = 0; row < groupList->count(); ++row)
            if (groupList->item(row)->checkState() == Qt::Checked)
                chosen.groups.push_back(proposal->groups[groupList->item(row)->data(Qt::UserRole).toULongLong()]);
        if (chosen.groups.empty())
            return Error::badInput("groups", tr("a required-assistance case names at least one qualifying group")
                                                 .toStdString());
        // The district as the Dashboard files name it (when the casebook does not hold it yet), the
        // case, its activities and groups: one transaction, one undo step.
        auto stored = m_session->openCaseFromFindings(chosen);
        if (!stored)
            return stored.error();
        created = stored->id;
        return {};
    });
    dialog->exec();
    return created;
}

void FindingsPage::editLocalIndicators()
{
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    const int year = m_ui->year->currentData().toInt();
    if (cds.size() != 14 || year == 0)
        return;
    const std::string district = districtCdsOf(cds);
    QDialog dialog(this);
    Ui::LocalIndicatorsDialog ui;
    ui.setupUi(&dialog);
    dialog.setWindowTitle(tr("Local indicators, %1 Dashboard").arg(year));
    const std::pair<int, QComboBox *> combos[] = {{1, ui.priority1}, {2, ui.priority2}, {3, ui.priority3},
                                                  {6, ui.priority6}, {7, ui.priority7}};
    auto stored = m_session->casebook().localIndicators(district, year);
    for (const auto &[priority, combo] : combos) {
        combo->addItem(tr("Not entered"), QString());
        for (const auto &e : EnumTraits<LocalIndicatorStatus>::entries())
            combo->addItem(labelOf(e.value), toQString(e.code));
        if (stored)
            for (const auto &li : *stored)
                if (li.priority == priority)
                    combo->setCurrentIndex(combo->findData(toQString(enumCode(li.status))));
    }
    auto calpads = m_session->casebook().calpadsLate(district, year);
    ui.calpadsLate->setChecked(calpads && calpads->value_or(false));
    connect(ui.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(ui.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto status = [&]() -> Status {
            std::vector<LocalIndicator> indicators;
            for (const auto &[priority, combo] : combos) {
                const QString code = combo->currentData().toString();
                if (code.isEmpty())
                    continue;
                auto parsed = parseEnum<LocalIndicatorStatus>(code.toStdString(), "status");
                if (!parsed)
                    return parsed.error();
                indicators.push_back(LocalIndicator{district, year, priority, *parsed});
            }
            return m_session->casebook().recordLocalData(
                indicators, services::CalpadsReport{district, year, ui.calpadsLate->isChecked()});
        }();
        if (!status) {
            ui.errorLabel->setText(QString::fromStdString(status.error().text()));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        showResults();
}

} // namespace casebook::app
