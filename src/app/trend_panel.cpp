// TrendPanel; see trend_panel.h.
#include "trend_panel.h"
#include "domain_labels.h"

#include "domain/eligibility.h"

#include "record_form.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace casebook::app {

namespace {

// The Dashboard's colours (as the grid draws them), grey for a year without a colour.
QColor markerColor(const TrendPoint &p)
{
    switch (p.color ? int(*p.color) : 0) {
    case 1: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0xf9, 0xc7, 0x4f);
    case 4: return QColor(0x2e, 0x7d, 0x32);
    case 5: return QColor(0x15, 0x65, 0xc0);
    default: return QColor(0x9e, 0x9e, 0x9e);
    }
}

} // namespace

TrendPanel::TrendPanel(QWidget *parent)
    : QWidget(parent), m_indicator(new QComboBox(this)), m_groups(new QListWidget(this)),
      m_view(new QChartView(this)), m_summary(new QLabel(this))
{
    m_indicator->setObjectName(QStringLiteral("trendIndicator"));
    m_indicator->setAccessibleName(tr("Indicator shown in the trend chart"));
    m_groups->setObjectName(QStringLiteral("trendGroups"));
    m_groups->setAccessibleName(tr("Student groups drawn in the trend chart"));
    m_view->setObjectName(QStringLiteral("trendChart"));
    m_view->setAccessibleName(tr("Status level by Dashboard year"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 150);
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_groups->setFixedWidth(170);
    m_groups->setWordWrap(true);
    m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // whole names, wrapped

    auto *trendOf = new QLabel(tr("&Trend of:"), this);
    trendOf->setBuddy(m_indicator);
    auto *top = new QHBoxLayout;
    top->addWidget(trendOf);
    top->addWidget(m_indicator, 1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_groups);
    middle->addWidget(m_view, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_summary);

    for (const auto &i : indicators())
        m_indicator->addItem(indicatorLabel(i.indicator), int(i.indicator));
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillGroups();
    });
    connect(m_groups, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            drawChart();
    });
    drawChart();
}

void TrendPanel::setTrends(std::vector<GroupTrend> trends)
{
    m_trends = std::move(trends);
    // Stay on the indicator shown when it has results, else the first that has.
    const auto has = [&](int indicator) {
        return std::any_of(m_trends.begin(), m_trends.end(), [&](const auto &t) { return int(t.indicator) == indicator; });
    };
    if (!has(m_indicator->currentData().toInt()))
        for (int i = 0; i < m_indicator->count(); ++i)
            if (has(m_indicator->itemData(i).toInt())) {
                m_filling = true;
                m_indicator->setCurrentIndex(i);
                m_filling = false;
                break;
            }
    fillGroups();
}

void TrendPanel::showGroup(Indicator indicator, const std::string &studentGroup)
{
    m_filling = true;
    m_indicator->setCurrentIndex(m_indicator->findData(int(indicator)));
    m_filling = false;
    fillGroups();
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->data(Qt::UserRole).toString().toStdString() == studentGroup) {
            m_groups->item(row)->setCheckState(Qt::Checked); // redraws
            m_groups->setCurrentRow(row);
        }
}

void TrendPanel::fillGroups()
{
    std::set<QString> ticked;
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            ticked.insert(m_groups->item(row)->data(Qt::UserRole).toString());
    if (m_groups->count() == 0) // first time: all students
        ticked.insert(QStringLiteral("ALL"));
    m_filling = true;
    m_groups->clear();
    const auto indicator = Indicator(m_indicator->currentData().toInt());
    for (const auto &t : m_trends) {
        if (t.indicator != indicator)
            continue;
        auto *item = new QListWidgetItem(studentGroupLabel(t.studentGroup), m_groups);
        item->setData(Qt::UserRole, toQString(t.studentGroup));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(toQString(t.studentGroup)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(phraseText(t.summaryPhrase));
    }
    m_filling = false;
    drawChart();
}

void TrendPanel::drawChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    const auto indicator = Indicator(m_indicator->currentData().toInt());
    auto *years = new QValueAxis;
    years->setLabelFormat(QStringLiteral("%d"));
    auto *levels = new QCategoryAxis;
    levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    levels->setMin(0.5);
    levels->setStartValue(0.5);
    for (int level = 1; level <= 5; ++level)
        levels->append(phraseText(statusLevelPhrase(StatusLevel(level))), level);
    levels->setMax(5.5);
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(levels, Qt::AlignLeft);

    int first = 0, last = 0;
    QStringList sentences;
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->checkState() != Qt::Checked)
            continue;
        const std::string code = m_groups->item(row)->data(Qt::UserRole).toString().toStdString();
        const auto it = std::find_if(m_trends.begin(), m_trends.end(), [&](const GroupTrend &t) {
            return t.indicator == indicator && t.studentGroup == code;
        });
        if (it == m_trends.end())
            continue;
        auto *series = new QLineSeries;
        series->setName(m_groups->item(row)->text());
        series->setPointsVisible(true);
        for (const auto &p : it->points) {
            if (!p.status)
                continue;
            series->append(p.year, int(*p.status));
            series->setPointConfiguration(series->count() - 1,
                                          {{QXYSeries::PointConfiguration::Color, markerColor(p)},
                                           {QXYSeries::PointConfiguration::Size, 11.0}});
            first = first == 0 ? p.year : std::min(first, p.year);
            last = std::max(last, p.year);
        }
        chart->addSeries(series);
        series->attachAxis(years);
        series->attachAxis(levels);
        sentences << phraseText(it->summaryPhrase);
    }
    if (first == 0)
        first = last = 2024;
    years->setRange(first - 0.5, last + 0.5);
    years->setTickCount(last - first + 2);
    years->setLabelFormat(QStringLiteral("%.0f"));
    years->setTickType(QValueAxis::TicksDynamic);
    years->setTickAnchor(first);
    years->setTickInterval(1);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_summary->setText(sentences.isEmpty() ? tr("Tick a student group to draw its trend.")
                                           : (highStatusIsWorse(indicator)
                                                  ? tr("Status by year (a high rate is worse); markers in each year's "
                                                       "Dashboard colour (grey: none). ")
                                                  : tr("Status by year; markers in each year's Dashboard colour "
                                                       "(grey: none). ")) +
                                                 sentences.join(QLatin1Char(' ')));
}

} // namespace casebook::app
