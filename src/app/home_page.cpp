// HomePage; see home_page.h.
#include "home_page.h"
#include "domain_labels.h"

#include "deadline_table_model.h"
#include "preferences.h"
#include "session.h"

#include "services/casebook.h"

#include "ui_home_page.h"

#include <QHeaderView>
#include <QTextCharFormat>

#include <map>
#include <optional>
#include <set>

namespace casebook::app {

namespace {

QDate toQDate(const Date &d) { return QDate(d.year(), int(d.month()), int(d.day())); }

void setUpView(QTableView *view, DeadlineTableModel *model)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Each list holds one state, so its heading says it; the row says what, for which case, and why.
    // The explanation names what is due, so "What" is left to the tooltip.
    view->hideColumn(DeadlineTableModel::State);
    view->hideColumn(DeadlineTableModel::Owner);
    view->hideColumn(DeadlineTableModel::What);
    view->setColumnWidth(DeadlineTableModel::Due, 90);
    view->setColumnWidth(DeadlineTableModel::CaseTitle, 190);
    // Rows of a fixed three lines: the explanation wraps, and no row is measured (a casebook may
    // list thousands of deadlines; measuring each row would lay out all their text).
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() * 3 + 6);
}

} // namespace

HomePage::HomePage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HomePage>()), m_session(session),
      m_overdue(new DeadlineTableModel(this)), m_week(new DeadlineTableModel(this)), m_month(new DeadlineTableModel(this))
{
    m_ui->setupUi(this);
    const std::pair<QTableView *, DeadlineTableModel *> views[] = {
        {m_ui->overdueView, m_overdue}, {m_ui->weekView, m_week}, {m_ui->monthView, m_month}};
    for (const auto &[view, model] : views) {
        setUpView(view, model);
        connect(view, &QTableView::activated, this, [this, model = model](const QModelIndex &index) {
            emit caseActivated(model->deadlineAt(index.row()).caseId);
        });
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 240});
    connect(m_ui->calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_ui->calendar->selectedDate()); });
    connect(m_ui->dayList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit caseActivated(item->data(Qt::UserRole).toLongLong()); });
}

HomePage::~HomePage() = default;

int HomePage::overdueCount() const { return m_overdue->rowCount(); }

void HomePage::reload(const std::vector<services::CaseSummary> *cases)
{
    if (!m_session->isOpen())
        return;
    auto &db = m_session->casebook();
    const Date today = m_session->today();
    auto settings = db.calendarSettings();
    const int window = Preferences::load().homeWindowDays();
    auto all = settings ? db.reminders(*settings, {today, window, false, std::nullopt})
                        : Result<std::vector<Deadline>>(settings.error());
    m_all = all ? std::move(*all) : std::vector<Deadline>{};
    // The annual calendar (LCAP adoption, Dashboard release) is the same for every case: list it once.
    std::set<std::pair<DeadlineSource, std::int64_t>> annual;
    std::erase_if(m_all, [&](const Deadline &d) {
        const bool calendar = d.source == DeadlineSource::LcapAdoption || d.source == DeadlineSource::DashboardRelease;
        return calendar && !annual.insert({d.source, d.due.daysSinceEpoch()}).second;
    });
    std::vector<Deadline> overdue, week, month;
    for (const auto &d : m_all) {
        if (d.state == DeadlineState::Overdue)
            overdue.push_back(d);
        else if (d.state == DeadlineState::Upcoming && d.due <= today.addDays(7))
            week.push_back(d);
        else if (d.state == DeadlineState::Upcoming && d.due <= today.addDays(30))
            month.push_back(d);
    }
    m_ui->overdueGroup->setTitle(tr("Overdue (%1)").arg(overdue.size()));
    m_ui->weekGroup->setTitle(tr("Due this week (%1)").arg(week.size()));
    m_ui->monthGroup->setTitle(tr("Due in the next 30 days (%1)").arg(month.size()));
    m_overdue->setDeadlines(std::move(overdue));
    m_week->setDeadlines(std::move(week));
    m_month->setDeadlines(std::move(month));
    m_ui->headline->setText(all ? tr("Deadlines on %1").arg(QString::fromStdString(today.toString()))
                                : tr("Deadlines could not be computed: %1").arg(QString::fromStdString(all.error().text())));

    // Open cases by type.
    std::map<QString, int> counts;
    std::optional<std::vector<services::CaseSummary>> loaded;
    if (!cases)
        if (auto list = db.caseSummaries())
            cases = &loaded.emplace(std::move(*list));
    if (cases) {
        for (const auto &c : *cases) {
            if (c.closedOn)
                continue;
            QString kind = labelOf(c.kind);
            if (c.kind == CaseKind::TechnicalAssistance)
                kind = c.origin == TaOrigin::Required ? tr("required assistance") : tr("assistance requests");
            ++counts[kind];
        }
    }
    QStringList parts;
    for (const auto &[kind, n] : counts)
        parts << QStringLiteral("%1 %2").arg(n).arg(kind);
    m_ui->countsLabel->setText(parts.isEmpty() ? tr("No open cases. Use Case ▸ New case… to open one.")
                                               : tr("Open cases: %1").arg(parts.join(QStringLiteral(" · "))));

    // The calendar marks days with deadlines.
    // One format per day: red when anything that day is overdue.
    m_ui->calendar->setDateTextFormat(QDate(), QTextCharFormat());
    std::map<std::int64_t, std::pair<bool, QStringList>> days;
    for (const auto &d : m_all) {
        auto &day = days[d.due.daysSinceEpoch()];
        day.first = day.first || d.state == DeadlineState::Overdue;
        if (day.second.size() < 8)
            day.second << QString::fromStdString(d.title);
    }
    for (const auto &[epochDay, day] : days) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setForeground(day.first ? QColor(0xb0, 0x00, 0x20) : QColor(0x0d, 0x47, 0xa1));
        format.setToolTip(day.second.join(QLatin1Char('\n')));
        m_ui->calendar->setDateTextFormat(toQDate(Date::fromDays(epochDay)), format);
    }
    showDay(m_ui->calendar->selectedDate());
}

void HomePage::showDay(const QDate &date)
{
    m_ui->dayList->clear();
    m_ui->dayLabel->setText(tr("Due on %1").arg(date.toString(Qt::ISODate)));
    for (const auto &d : m_all) {
        if (toQDate(d.due) != date)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                             .arg(QString::fromStdString(d.title), QString::fromStdString(d.caseTitle),
                                                  labelOf(d.state)),
                                         m_ui->dayList);
        item->setToolTip(QString::fromStdString(d.explanation()));
        item->setData(Qt::UserRole, qlonglong(d.caseId));
    }
    if (m_ui->dayList->count() == 0)
        new QListWidgetItem(tr("Nothing due."), m_ui->dayList);
}

} // namespace casebook::app
