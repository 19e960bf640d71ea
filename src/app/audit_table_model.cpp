// AuditTableModel; see audit_table_model.h.
#include "audit_table_model.h"
#include "record_form.h"

#include <nlohmann/json.hpp>

namespace casebook::app {

namespace {


QString show(const nlohmann::json &v)
{
    return v.is_null() ? QStringLiteral("—") : v.is_string() ? toQString(v.get<std::string>()) : toQString(v.dump());
}

} // namespace

QString AuditTableModel::describeChanges(const services::AuditEntry &entry)
{
    const auto doc = nlohmann::json::parse(entry.changesJson, nullptr, false);
    if (!doc.is_object())
        return toQString(entry.changesJson);
    QStringList lines;
    for (const auto &[field, change] : doc.items()) {
        if (!change.is_object()) {
            lines << QStringLiteral("%1: %2").arg(toQString(field), show(change));
            continue;
        }
        const QString oldValue = change.contains("old") ? show(change["old"]) : QString();
        const QString newValue = change.contains("new") ? show(change["new"]) : QString();
        if (entry.action == "update")
            lines << QStringLiteral("%1: %2 → %3").arg(toQString(field), oldValue.left(80), newValue.left(80));
        else if (entry.action == "create" && !newValue.isEmpty() && newValue != QStringLiteral("—"))
            lines << QStringLiteral("%1: %2").arg(toQString(field), newValue.left(80));
        else if (entry.action == "delete" && !oldValue.isEmpty() && oldValue != QStringLiteral("—"))
            lines << QStringLiteral("%1 was %2").arg(toQString(field), oldValue.left(80));
    }
    return lines.join(QLatin1Char('\n'));
}

void AuditTableModel::setCase(services::Casebook *casebook, Id caseId)
{
    beginResetModel();
    m_casebook = casebook;
    m_caseId = caseId;
    m_rows.clear();
    m_complete = casebook == nullptr;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int AuditTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &e = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case When: return toQString(e.atUtc).replace(QLatin1Char('T'), QLatin1Char(' ')).remove(QLatin1Char('Z'));
    case Who: return toQString(e.osUser);
    case Record: return QStringLiteral("%1 %2").arg(toQString(e.table).replace(QLatin1Char('_'), QLatin1Char(' '))).arg(e.recordId);
    case Action: return toQString(e.action);
    case Changes: {
        const QString text = describeChanges(e);
        return role == Qt::ToolTipRole ? text : QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · "));
    }
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When (UTC)");
    case Who: return tr("Who");
    case Record: return tr("Record");
    case Action: return tr("Action");
    case Changes: return tr("What changed");
    default: return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_complete; }

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    auto page = m_casebook->caseHistoryPage(m_caseId, m_rows.empty() ? 0 : m_rows.back().id, kPage);
    if (!page || page->empty()) {
        m_complete = true;
        return;
    }
    m_complete = int(page->size()) < kPage;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows.insert(m_rows.end(), page->begin(), page->end());
    endInsertRows();
}

} // namespace casebook::app
