// RecordTableModel: one table model for every list of records on a case page. Rows are records as
// FieldMaps; columns say how to show them. Rows are handed to the view in batches (fetchMore), so a
// log of 100,000 communications opens at once.
#pragma once

#include "domain/fields.h"
#include "domain_labels.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace casebook::app {

struct RecordColumn {
    QString header;
    // Gets the record's fields, and its id under "id".
    std::function<QVariant(const FieldMap &, int role)> value;
    QString headerToolTip = {}; // what a symbol in the header (the paper clip) means
};

// Column helpers.
RecordColumn textColumn(const QString &header, const std::string &field);
RecordColumn dateColumn(const QString &header, const std::string &field);
RecordColumn moneyColumn(const QString &header, const std::string &field);
// A code shown by the label the record forms give it in their combo box (namedChoices(choices)): a
// student group's name, an indicator's, an LCFF priority's.
RecordColumn choiceColumn(const QString &header, const std::string &field, const QString &choices);
template <typename E>
RecordColumn enumColumn(const QString &header, const std::string &field);

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RecordTableModel(QList<RecordColumn> columns, QObject *parent = nullptr);

    template <typename T>
    void setRecords(const std::vector<T> &records)
    {
        std::vector<Row> rows;
        rows.reserve(records.size());
        for (const auto &r : records) {
            FieldMap fields = toFields(r);
            fields.emplace("id", std::int64_t(r.id)); // for columns that show what belongs to the record
            rows.push_back({r.id, std::move(fields)});
        }
        setRows(std::move(rows));
    }

    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kBatch = 500;

private:
    struct Row {
        Id id;
        FieldMap fields;
    };
    void setRows(std::vector<Row> rows);

    QList<RecordColumn> m_columns;
    std::vector<Row> m_rows;
    int m_shown = 0;
};

template <typename E>
RecordColumn enumColumn(const QString &header, const std::string &field)
{
    return {header, [field](const FieldMap &f, int role) -> QVariant {
                if (role != Qt::DisplayRole)
                    return {};
                auto it = f.find(field);
                if (it == f.end())
                    return {};
                auto parsed = parseEnum<E>(fieldValueText(it->second), field);
                return parsed ? labelOf(*parsed)
                              : QString::fromStdString(fieldValueText(it->second));
            }};
}

} // namespace casebook::app
