// AuditTableModel: a case's history (who, when, what changed, old → new), newest first, read from
// the audit trail a page at a time as the view scrolls, so a case with years of records opens at once.
#pragma once

#include "services/casebook.h"

#include <QAbstractTableModel>

namespace casebook::app {

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Record, Action, Changes, ColumnCount };
    static constexpr int kPage = 200;

    using QAbstractTableModel::QAbstractTableModel;

    // Shows the trail of `caseId` (null db: nothing), loading its first page.
    void setCase(services::Casebook *casebook, Id caseId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "summary: Kick-off → Kick-off meeting" lines of one entry.
    static QString describeChanges(const services::AuditEntry &entry);

private:
    services::Casebook *m_casebook = nullptr;
    Id m_caseId = 0;
    std::vector<services::AuditEntry> m_rows;
    bool m_complete = true;
};

} // namespace casebook::app
