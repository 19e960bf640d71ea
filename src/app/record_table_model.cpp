// RecordTableModel; see record_table_model.h.
#include "record_table_model.h"

#include "record_form.h"

#include <QHash>


namespace casebook::app {

namespace {

QString text(const FieldMap &f, const std::string &field)
{
    auto it = f.find(field);
    return it == f.end() ? QString() : QString::fromStdString(fieldValueText(it->second));
}

} // namespace

RecordColumn textColumn(const QString &header, const std::string &field)
{
    return {header, [field](const FieldMap &f, int role) -> QVariant {
                if (role == Qt::DisplayRole) {
                    QString t = text(f, field);
                    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
                    return t.size() > 200 ? t.left(200) + QStringLiteral("…") : t;
                }
                if (role == Qt::ToolTipRole)
                    return text(f, field);
                return {};
            }};
}

RecordColumn choiceColumn(const QString &header, const std::string &field, const QString &choices)
{
    QHash<QString, QString> labels;
    for (const auto &[value, label] : namedChoices(choices))
        labels.insert(value.toString(), label);
    return {header, [field, labels](const FieldMap &f, int role) -> QVariant {
                if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                    return {};
                const QString code = text(f, field);
                return labels.value(code, code);
            }};
}

RecordColumn dateColumn(const QString &header, const std::string &field)
{
    return {header, [field](const FieldMap &f, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return text(f, field);
                return {};
            }};
}

RecordColumn moneyColumn(const QString &header, const std::string &field)
{
    return {header, [field](const FieldMap &f, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return QString::fromStdString(formatDollars(intField(f, field)));
                if (role == Qt::TextAlignmentRole)
                    return int(Qt::AlignRight | Qt::AlignVCenter);
                return {};
            }};
}

RecordTableModel::RecordTableModel(QList<RecordColumn> columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{
}

void RecordTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_shown = int(std::min<std::size_t>(m_rows.size(), kBatch));
    endResetModel();
}

Id RecordTableModel::idAt(int row) const { return row >= 0 && row < m_shown ? m_rows[std::size_t(row)].id : 0; }

int RecordTableModel::rowOf(Id id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_shown; }

int RecordTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    return m_columns[index.column()].value(m_rows[std::size_t(index.row())].fields, role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].header;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section < m_columns.size() &&
        !m_columns[section].headerToolTip.isEmpty())
        return m_columns[section].headerToolTip;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < int(m_rows.size());
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(kBatch, int(m_rows.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

} // namespace casebook::app
