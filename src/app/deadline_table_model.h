// DeadlineTableModel: deadlines as rows (due date, state, case, what, owner, why), coloured by state
// and with the state spelled out for colour-blind users.
#pragma once

#include "domain/deadlines.h"

#include <QAbstractTableModel>

namespace casebook::app {

class DeadlineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, State, What, CaseTitle, Owner, Why, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDeadlines(std::vector<Deadline> deadlines);
    const Deadline &deadlineAt(int row) const { return m_deadlines.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Deadline> m_deadlines;
};

} // namespace casebook::app
