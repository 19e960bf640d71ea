// TrendPanel: a district's or school's Dashboard trends beside its findings grid — for one indicator
// (chosen above the chart), one line per chosen student group of its status level by Dashboard year,
// each point in that year's Dashboard colour (grey without one, as in a status-only year), and under
// the chart one sentence per group saying in which years it was Red and whether it is improving.
#pragma once

#include "domain/trends.h"

#include <QWidget>

#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;

namespace casebook::app {

class TrendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrendPanel(QWidget *parent = nullptr);

    // The trends of one CDS code; keeps the indicator and the ticked groups where it can.
    void setTrends(std::vector<GroupTrend> trends);
    // Shows an indicator with this group ticked (a click on the grid's cell).
    void showGroup(Indicator indicator, const std::string &studentGroup);

private:
    void fillGroups();
    void drawChart();

    std::vector<GroupTrend> m_trends;
    QComboBox *m_indicator;
    QListWidget *m_groups;
    QChartView *m_view;
    QLabel *m_summary;
    bool m_filling = false;
};

} // namespace casebook::app
