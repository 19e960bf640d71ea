// HomePage; see home_page.h.
#include "home_page.h"

#include <QScrollArea>
#include "domain_labels.h"

#include "deadline_table_model.h"
#include "preferences.h"
#include "session.h"

#include "services/casebook.h"

#include "ui_home_page.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>
#include <QItemSelectionModel>
#include <QTextCharFormat>

#include <map>
#include <optional>
#include <set>

namespace casebook::app {

namespace {

// The met deadlines the page shows on demand: those met in this many days up to today.
constexpr int kMetDays = 30;

QDate toQDate(const Date &d) { return QDate(d.year(), int(d.month()), int(d.day())); }
Date fromQDate(const QDate &d) { return Date(d.year(), unsigned(d.month()), unsigned(d.day())); }

void setUpView(QTableView *view, DeadlineTableModel *model, bool showState)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    // What and Case share the width the date, state and owner leave: no sideways scrolling.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(DeadlineTableModel::What, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(DeadlineTableModel::CaseTitle, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A row says when, what, for which case and whose; the "why" sentence of the selected row is
    // shown in full below the lists (and in the tooltip). Each list but the met one holds one state.
    if (!showState)
        view->hideColumn(DeadlineTableModel::State);
    view->hideColumn(DeadlineTableModel::Why);
    view->setColumnWidth(DeadlineTableModel::Due, 90);
    view->setColumnWidth(DeadlineTableModel::State, 80);
    view->setColumnWidth(DeadlineTableModel::Owner, 150);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // Rows of one line, never measured (a casebook may list thousands of deadlines).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 8);
    // Tab leaves the table: a table is one stop in the focus chain, its rows are reached with arrows.
    view->setTabKeyNavigation(false);
}

bool isMet(const Deadline &d) { return d.state == DeadlineState::Met || d.state == DeadlineState::Late; }

} // namespace

HomePage::HomePage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HomePage>()), m_session(session),
      m_overdue(new DeadlineTableModel(this)), m_week(new DeadlineTableModel(this)),
      m_month(new DeadlineTableModel(this)), m_met(new DeadlineTableModel(this))
{
    m_ui->setupUi(this);
    const std::pair<QTableView *, DeadlineTableModel *> views[] = {
        {m_ui->overdueView, m_overdue}, {m_ui->weekView, m_week}, {m_ui->monthView, m_month}, {m_ui->metView, m_met}};
    for (const auto &[view, model] : views) {
        setUpView(view, model, model == m_met);
        connect(view, &QTableView::activated, this, [this, model = model](const QModelIndex &index) {
            emit caseActivated(model->deadlineAt(index.row()).caseId);
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, model = model](const QModelIndex &current) {
                    showWhy(current.isValid() ? &model->deadlineAt(current.row()) : nullptr);
                });
    }
    m_ui->metGroup->setVisible(false);
    // Titles, case names and owners are the users' text, never markup.
    m_ui->whyText->setTextFormat(Qt::PlainText);
    // The lists scroll as one when the window is short (1024×640 with the getting-started panel shown):
    // the window then still fits the screen. Why the selected deadline is due stays in sight below them.
    {
        auto *column = new QWidget; // replaceWidget() puts it where the lists were, first
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("listsScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_ui->splitter->replaceWidget(m_ui->splitter->indexOf(m_ui->listsPane), column);
        m_ui->listsPane->layout()->removeWidget(m_ui->whyText);
        scroll->setWidget(m_ui->listsPane);
        columnLayout->addWidget(scroll, 1);
        columnLayout->addWidget(m_ui->whyText);
        // Ticking "Show met" brings the list of met deadlines into view.
        connect(m_ui->showMet, &QCheckBox::toggled, scroll, [this, scroll](bool shown) {
            if (shown) {
                m_ui->listsPane->layout()->activate();
                scroll->ensureWidgetVisible(m_ui->metGroup);
            }
        });
        // The pane is no Tab stop of its own (it would take the keys with nothing drawn to show it; the
        // lists in it are, and it scrolls to whichever has the focus), and Tab goes through the page as
        // it reads: the filters, the lists, then the calendar and its day's list.
        scroll->setFocusPolicy(Qt::NoFocus);
        QWidget *previous = m_ui->exportButton;
        for (QWidget *next : std::initializer_list<QWidget *>{m_ui->overdueView, m_ui->weekView, m_ui->monthView,
                                                              m_ui->metView, m_ui->calendar, m_ui->dayList}) {
            QWidget::setTabOrder(previous, next);
            previous = next;
        }
    }
    // The lists and the calendar take the page's spare height: the headline and counts above them keep
    // their text's (the lists' scrolling pane asks for little, so without a stretch the labels took it).
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({700, 240});
    // The calendar reaches as far as Casebook computes dates.
    m_ui->calendar->setDateRange(QDate(1900, 1, 1), toQDate(kLastSupportedDate));
    // The calendar's day grid draws no frame, so the window's focus border (on every item view) had
    // nothing to show on: with one, the user browsing months by keyboard sees where the keys go.
    // The frame (2 px a side when focused, as the window's style sheet draws it) is not in the
    // calendar's size hint: the minimum height keeps room for it and all six weeks.
    if (auto *days = m_ui->calendar->findChild<QTableView *>()) {
        days->setFrameShape(QFrame::StyledPanel);
        m_ui->calendar->setMinimumHeight(m_ui->calendar->sizeHint().height() + 2 * 2);
    }
    // The day's list may be as short as three lines: on a 640-pixel screen with every getting-started step
    // shown, the calendar above it keeps its six weeks.
    m_ui->dayList->setMinimumHeight(3 * m_ui->dayList->fontMetrics().lineSpacing() + 2 * m_ui->dayList->frameWidth());
    connect(m_ui->calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_ui->calendar->selectedDate()); });
    connect(m_ui->calendar, &QCalendarWidget::currentPageChanged, this, [this] {
        loadCalendarPage();
        applyFilters();
    });
    connect(m_ui->dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const Id id = item->data(Qt::UserRole).toLongLong())
            emit caseActivated(id);
    });
    connect(m_ui->ownerFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_ui->caseFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_ui->showMet, &QCheckBox::toggled, this, [this] {
        loadMet();
        fillFilters();
        applyFilters();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HomePage::exportRequested);
}

HomePage::~HomePage() = default;

void HomePage::addPanel(QWidget *panel) { m_ui->pageLayout->insertWidget(2, panel); }

int HomePage::overdueCount() const
{
    return int(std::count_if(m_reminders.begin(), m_reminders.end(),
                             [](const Deadline &d) { return d.state == DeadlineState::Overdue; }));
}

void HomePage::reload(const std::vector<services::CaseSummary> *cases)
{
    if (!m_session->isOpen())
        return;
    auto &db = m_session->casebook();
    const Date today = m_session->today();
    // The calendar opens on the casebook's today (its time zone's), and again when the day changes.
    if (!(today == m_today) || !m_calendarShownToday) {
        m_calendarShownToday = true;
        const QSignalBlocker block(m_ui->calendar);
        m_ui->calendar->setSelectedDate(toQDate(today));
        m_ui->calendar->setCurrentPage(int(today.year()), int(today.month()));
    }
    m_today = today;
    auto settings = db.calendarSettings();
    m_settings = settings ? std::optional<CalendarSettings>(*settings) : std::nullopt;
    const int window = Preferences::load().homeWindowDays();
    auto all = settings ? db.reminders(*settings, {m_today, window, false, std::nullopt})
                        : Result<std::vector<Deadline>>(settings.error());
    m_reminders = all ? std::move(*all) : std::vector<Deadline>{};
    keepAnnualDatesOnce(m_reminders);
    loadMet();
    m_ui->headline->setText(all ? tr("Deadlines on %1").arg(QString::fromStdString(m_today.toString()))
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
    loadCalendarPage();
    fillFilters();
    applyFilters();
}

void HomePage::loadMet()
{
    m_metRecently.clear();
    if (!m_ui->showMet->isChecked() || !m_session->isOpen() || !m_settings)
        return;
    // Met in the last 30 days: due from then on (an item met early may be due after today).
    const Date since = m_today.addDays(-kMetDays);
    auto between = m_session->casebook().deadlinesBetween(*m_settings, m_today, since,
                                                          m_today.addDays(Preferences::load().homeWindowDays()));
    if (!between)
        return;
    for (auto &d : *between)
        if (isMet(d) && d.metOn.value_or(d.due) >= since && d.metOn.value_or(d.due) <= m_today)
            m_metRecently.push_back(std::move(d));
}

void HomePage::loadCalendarPage()
{
    // The page shows the month and some days of the months beside it.
    const QDate first(m_ui->calendar->yearShown(), m_ui->calendar->monthShown(), 1);
    m_calendarFrom = fromQDate(std::max(first.addDays(-7), m_ui->calendar->minimumDate()));
    m_calendarTo = fromQDate(std::min(first.addMonths(1).addDays(14), m_ui->calendar->maximumDate()));
    m_calendarDeadlines.clear();
    m_calendarError.clear();
    if (!m_session->isOpen() || !m_settings)
        return;
    auto between = m_session->casebook().deadlinesBetween(*m_settings, m_today, m_calendarFrom, m_calendarTo);
    if (between)
        m_calendarDeadlines = std::move(*between);
    else
        m_calendarError = QString::fromStdString(between.error().text());
}

void HomePage::fillFilters()
{
    std::set<std::string> owners;
    std::map<Id, std::string> caseTitles;
    for (const auto *list : {&m_reminders, &m_metRecently, &m_calendarDeadlines}) {
        for (const auto &d : *list) {
            owners.insert(d.owner.str());
            caseTitles.emplace(d.caseId, d.caseTitle.str());
        }
    }
    // A filter the user chose stays chosen, even when none of its deadlines is listed any more.
    const auto owner = ownerFilter();
    const auto caseId = caseFilter();
    if (owner)
        owners.insert(*owner);
    QSignalBlocker ownerBlock(m_ui->ownerFilter), caseBlock(m_ui->caseFilter);
    m_ui->ownerFilter->clear();
    m_ui->ownerFilter->addItem(tr("Every owner"));
    for (const auto &o : owners)
        m_ui->ownerFilter->addItem(o.empty() ? tr("(no owner)") : QString::fromStdString(o), QString::fromStdString(o));
    if (owner)
        m_ui->ownerFilter->setCurrentIndex(m_ui->ownerFilter->findData(QString::fromStdString(*owner)));
    m_ui->caseFilter->clear();
    m_ui->caseFilter->addItem(tr("Every case"), qlonglong(0));
    if (caseId && !caseTitles.count(*caseId))
        caseTitles.emplace(*caseId, tr("Case %1").arg(*caseId).toStdString());
    for (const auto &[id, title] : caseTitles)
        m_ui->caseFilter->addItem(tr("%1 — %2").arg(id).arg(QString::fromStdString(title)), qlonglong(id));
    if (caseId)
        m_ui->caseFilter->setCurrentIndex(m_ui->caseFilter->findData(qlonglong(*caseId)));
}

std::optional<std::string> HomePage::ownerFilter() const
{
    const QVariant data = m_ui->ownerFilter->currentData();
    if (!data.isValid())
        return std::nullopt;
    return data.toString().toStdString();
}

std::optional<Id> HomePage::caseFilter() const
{
    const Id id = m_ui->caseFilter->currentData().toLongLong();
    return id ? std::optional<Id>(id) : std::nullopt;
}

void HomePage::setOwnerFilter(const std::optional<QString> &owner)
{
    const int index = owner ? m_ui->ownerFilter->findData(*owner) : 0;
    m_ui->ownerFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void HomePage::setCaseFilter(Id caseId)
{
    const int index = m_ui->caseFilter->findData(qlonglong(caseId));
    m_ui->caseFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void HomePage::setShowMet(bool show) { m_ui->showMet->setChecked(show); }

bool HomePage::accepted(const Deadline &d) const
{
    if (const auto owner = ownerFilter(); owner && d.owner.str() != *owner)
        return false;
    if (const auto caseId = caseFilter(); caseId && d.caseId != *caseId)
        return false;
    return true;
}

void HomePage::applyFilters()
{
    std::vector<Deadline> overdue, week, month, met;
    for (const auto &d : m_reminders) {
        if (!accepted(d))
            continue;
        if (d.state == DeadlineState::Overdue)
            overdue.push_back(d);
        else if (d.state == DeadlineState::Upcoming && d.due <= m_today.addDays(7))
            week.push_back(d);
        else if (d.state == DeadlineState::Upcoming && d.due <= m_today.addDays(kListedDays))
            month.push_back(d);
    }
    for (const auto &d : m_metRecently)
        if (accepted(d))
            met.push_back(d);
    m_ui->overdueGroup->setTitle(tr("Overdue (%1)").arg(overdue.size()));
    m_ui->weekGroup->setTitle(tr("Due this week (%1)").arg(week.size()));
    m_ui->monthGroup->setTitle(tr("Due in the next 30 days (%1)").arg(month.size()));
    m_ui->metGroup->setTitle(tr("Met in the last 30 days (%1)").arg(met.size()));
    m_ui->metGroup->setVisible(m_ui->showMet->isChecked());
    m_overdue->setDeadlines(std::move(overdue));
    m_week->setDeadlines(std::move(week));
    m_month->setDeadlines(std::move(month));
    m_met->setDeadlines(std::move(met));
    showWhy(nullptr);

    // The calendar marks each day of the page that has a deadline: red when one is overdue, blue
    // when one is still to come, green when all of them were met; the tooltip names them.
    m_ui->calendar->setDateTextFormat(QDate(), QTextCharFormat());
    struct Day {
        bool overdue = false, upcoming = false;
        QStringList lines;
    };
    std::map<std::int64_t, Day> days;
    for (const auto &d : m_calendarDeadlines) {
        if (!accepted(d))
            continue;
        auto &day = days[d.due.daysSinceEpoch()];
        day.overdue = day.overdue || d.state == DeadlineState::Overdue;
        day.upcoming = day.upcoming || d.state == DeadlineState::Upcoming;
        if (day.lines.size() < 8)
            day.lines << tr("%1 (%2)").arg(phraseText(d.title), labelOf(d.state));
    }
    for (const auto &[epochDay, day] : days) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setForeground(day.overdue    ? QColor(0xb0, 0x00, 0x20)
                             : day.upcoming ? QColor(0x0d, 0x47, 0xa1)
                                            : QColor(0x1b, 0x5e, 0x20));
        if (!day.upcoming && !day.overdue)
            format.setFontUnderline(true); // met days differ by more than their colour
        format.setToolTip(plainToolTip(day.lines.join(QLatin1Char('\n'))));
        m_ui->calendar->setDateTextFormat(toQDate(Date::fromDays(epochDay)), format);
    }
    showDay(m_ui->calendar->selectedDate());
}

std::vector<Deadline> HomePage::listedDeadlines() const
{
    std::vector<Deadline> listed;
    std::vector<const DeadlineTableModel *> models{m_overdue, m_week, m_month};
    if (m_ui->showMet->isChecked())
        models.push_back(m_met);
    for (const auto *model : models)
        for (int row = 0; row < model->rowCount(); ++row)
            listed.push_back(model->deadlineAt(row));
    return listed;
}

std::vector<Deadline> HomePage::deadlinesOn(const QDate &date) const
{
    std::vector<Deadline> on;
    if (!date.isValid())
        return on;
    const Date day = fromQDate(date);
    if (day < m_calendarFrom || m_calendarTo < day) {
        // A day selected outside the page loaded (the page moved away from the selection).
        if (m_session->isOpen() && m_settings)
            if (auto between = m_session->casebook().deadlinesBetween(*m_settings, m_today, day, day))
                for (auto &d : *between)
                    if (accepted(d))
                        on.push_back(std::move(d));
        return on;
    }
    for (const auto &d : m_calendarDeadlines)
        if (d.due == day && accepted(d))
            on.push_back(d);
    return on;
}

void HomePage::showDay(const QDate &date)
{
    m_ui->dayList->clear();
    m_ui->dayLabel->setText(tr("Due on %1").arg(date.toString(Qt::ISODate)));
    if (!m_calendarError.isEmpty()) {
        new QListWidgetItem(tr("The calendar could not be computed: %1").arg(m_calendarError), m_ui->dayList);
        return;
    }
    for (const auto &d : deadlinesOn(date)) {
        QString state = labelOf(d.state);
        if (isMet(d) && d.metOn)
            state = tr("%1 on %2").arg(state, QString::fromStdString(d.metOn->toString()));
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(phraseText(d.title),
                                                                 QString::fromStdString(d.caseTitle), state),
                                         m_ui->dayList);
        item->setToolTip(plainToolTip(phraseText(d.detailed())));
        item->setData(Qt::UserRole, qlonglong(d.caseId));
    }
    if (m_ui->dayList->count() == 0)
        new QListWidgetItem(tr("Nothing due."), m_ui->dayList);
}

void HomePage::showWhy(const Deadline *d)
{
    m_ui->whyText->setText(d ? phraseText(d->detailed()) : tr("Select a deadline to read why it is due."));
}

QString HomePage::whyText() const { return m_ui->whyText->text(); }

} // namespace casebook::app
