// DeadlineTableModel; see deadline_table_model.h.
#include "deadline_table_model.h"
#include "domain_labels.h"

#include <QBrush>
#include <QColor>

namespace casebook::app {

void DeadlineTableModel::setDeadlines(std::vector<Deadline> deadlines)
{
    beginResetModel();
    m_deadlines = std::move(deadlines);
    endResetModel();
}

int DeadlineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int DeadlineTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeadlineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Deadline &d = m_deadlines[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due: return QString::fromStdString(d.due.toString());
        case State: return labelOf(d.state);
        case CaseTitle: return QString::fromStdString(d.caseTitle);
        case What: return phraseText(d.title);
        case Owner: return QString::fromStdString(d.owner);
        case Why: return phraseText(d.explained());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return plainToolTip(phraseText(d.detailed()));
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (d.state) {
        case DeadlineState::Overdue: return QBrush(QColor(0xb0, 0x00, 0x20));
        case DeadlineState::Late: return QBrush(QColor(0xa0, 0x50, 0x00));
        case DeadlineState::Met: return QBrush(QColor(0x1b, 0x5e, 0x20));
        case DeadlineState::Upcoming: break;
        }
    }
    return {};
}

QVariant DeadlineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due: return tr("Due");
    case State: return tr("State");
    case CaseTitle: return tr("Case");
    case What: return tr("What");
    case Owner: return tr("Owner");
    case Why: return tr("Why it is due");
    default: return {};
    }
}

} // namespace casebook::app
