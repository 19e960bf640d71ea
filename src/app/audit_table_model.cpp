// AuditTableModel; see audit_table_model.h.
#include "audit_table_model.h"
#include "record_form.h"

#include "io/paths.h"

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace casebook::app {

namespace {


QString show(const nlohmann::json &v)
{
    return v.is_null() ? QStringLiteral("—") : v.is_string() ? toQString(v.get<std::string>()) : toQString(v.dump());
}

} // namespace

QString AuditTableModel::localTime(const std::string &atUtc, const QByteArray &timeZone)
{
    QDateTime at = QDateTime::fromString(toQString(atUtc), Qt::ISODate);
    if (!at.isValid())
        return toQString(atUtc);
    at.setTimeZone(QTimeZone::utc());
    const QTimeZone zone(timeZone);
    if (!zone.isValid())
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QDateTime local = at.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zone.abbreviation(local);
}

QString AuditTableModel::describeChanges(const services::AuditEntry &entry) const
{
    const QString table = toQString(entry.table);
    const auto doc = nlohmann::json::parse(entry.changesJson, nullptr, false);
    if (!doc.is_object())
        return toQString(entry.changesJson);
    QStringList lines;
    for (const auto &[field, change] : doc.items()) {
        const QString name = m_labels.label(table, toQString(field));
        const auto shown = [&](const nlohmann::json &v) { return m_labels.value(table, toQString(field), show(v)); };
        if (!change.is_object()) {
            lines << QStringLiteral("%1: %2").arg(name, shown(change));
            continue;
        }
        const QString oldValue = change.contains("old") ? shown(change["old"]) : QString();
        const QString newValue = change.contains("new") ? shown(change["new"]) : QString();
        if (entry.action == "update")
            lines << QStringLiteral("%1: %2 → %3").arg(name, oldValue.left(80), newValue.left(80));
        else if (entry.action == "create" && !newValue.isEmpty() && newValue != QStringLiteral("—"))
            lines << QStringLiteral("%1: %2").arg(name, newValue.left(80));
        else if (entry.action == "delete" && !oldValue.isEmpty() && oldValue != QStringLiteral("—"))
            lines << QStringLiteral("%1 was %2").arg(name, oldValue.left(80));
    }
    return lines.join(QLatin1Char('\n'));
}

void AuditTableModel::setCase(services::Casebook *casebook, Id caseId)
{
    beginResetModel();
    m_casebook = casebook;
    m_caseId = caseId;
    m_rows.clear();
    m_labels.clear(); // read again in the language now installed
    m_timeZone = io::kDefaultTimeZone;
    if (casebook)
        if (auto settings = casebook->calendarSettings())
            m_timeZone = QByteArray::fromStdString(settings->timeZone);
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
    case When:
        return role == Qt::ToolTipRole ? tr("%1 (UTC, as recorded)").arg(toQString(e.atUtc)) : localTime(e.atUtc, m_timeZone);
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
    case When: return tr("When");
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
