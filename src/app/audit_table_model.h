// AuditTableModel: a case's history (who, when, what changed, old → new), newest first, read from
// the audit trail a page at a time as the view scrolls, so a case with years of records opens at once.
// Times are shown in the casebook's time zone (Preferences), with the zone's abbreviation, and money in
// dollars (io/audit_text.h); fields by the labels their forms give them (field_labels.h).
#pragma once

#include "field_labels.h"

#include "services/casebook.h"

#include <QAbstractTableModel>

#include <string>

namespace casebook::app {

// A record's kind in words from the table the audit trail names ("activities"): as the History tab names
// it ("Activity"; an unknown table keeps its name), and as a sentence says it ("an activity"; "a record"
// for a table without one). One list for both (audit_table_model.cpp).
QString recordWord(const std::string &table);
QString recordPhrase(const std::string &table);

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

    // "Summary: Kick-off → Kick-off meeting" lines of one entry.
    QString describeChanges(const services::AuditEntry &entry) const;

private:
    std::string m_timeZone; // the casebook's IANA zone
    mutable FieldLabels m_labels;
    services::Casebook *m_casebook = nullptr;
    Id m_caseId = 0;
    std::vector<services::AuditEntry> m_rows;
    bool m_complete = true;
};

} // namespace casebook::app
