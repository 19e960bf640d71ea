// AuditTableModel; see audit_table_model.h.
#include "audit_table_model.h"
#include "record_form.h"

#include "io/audit_text.h"
#include "io/paths.h"

#include <QCoreApplication>

namespace casebook::app {

namespace {

// Each table the audit trail names: the record's kind as the History tab names it ("Activity"), and as a
// live notice says it ("an activity"; none for the state's data, "a record").
struct TableWords {
    const char *table;
    const char *word;
    const char *phrase;
};
constexpr TableWords kWords[] = {
    {"cases", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Case"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a case")},
    {"qualifying_groups", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Qualifying group"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a qualifying group")},
    {"activities", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Activity"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "an activity")},
    {"communications", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Communication"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a communication")},
    {"scheduled_contacts", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Scheduled communication"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a scheduled contact")},
    {"documentation_items", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Documentation item"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a documentation item")},
    {"partners", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Partner"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a partner")},
    {"ccee_recommendations", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "CCEE recommendation"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a CCEE recommendation")},
    {"spi_actions", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "SPI action"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "an SPI action")},
    {"interventions", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Intervention"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "an intervention")},
    {"monitoring_reviews", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Monitoring review"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a monitoring review")},
    {"attachments", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Attachment"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "an attachment")},
    {"districts", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "District"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a district")},
    {"schools", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "School"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a school")},
    {"settings", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Settings"),
     QT_TRANSLATE_NOOP("casebook::app::LiveUpdates", "a setting")},
    {"local_indicators", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Local indicator"),
     nullptr},
    {"calpads_submissions", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "CALPADS submission"),
     nullptr},
    {"dashboard_imports", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "Dashboard import"),
     nullptr},
    {"essa_assistance", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "ESSA assistance status"),
     nullptr},
    {"official_imports", QT_TRANSLATE_NOOP("casebook::app::AuditTableModel", "CDE eligibility import"),
     nullptr},
};

const TableWords *wordsOf(const std::string &table)
{
    for (const auto &w : kWords)
        if (table == w.table)
            return &w;
    return nullptr;
}

} // namespace

QString recordWord(const std::string &table)
{
    if (const auto *w = wordsOf(table))
        return AuditTableModel::tr(w->word);
    return toQString(table).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString recordPhrase(const std::string &table)
{
    const auto *w = wordsOf(table);
    return w && w->phrase ? QCoreApplication::translate("casebook::app::LiveUpdates", w->phrase)
                          : QCoreApplication::translate("casebook::app::LiveUpdates", "a record");
}

namespace {

// What was done, in words: the trail records "create", "update", "delete" and "import".
QString actionWord(const std::string &action)
{
    if (action == "create") return AuditTableModel::tr("Created");
    if (action == "update") return AuditTableModel::tr("Changed");
    if (action == "delete") return AuditTableModel::tr("Deleted");
    if (action == "import") return AuditTableModel::tr("Imported");
    return toQString(action);
}

} // namespace

QString AuditTableModel::describeChanges(const services::AuditEntry &entry) const
{
    const QString table = toQString(entry.table);
    const auto changes = io::fieldChanges(entry.changesJson, m_timeZone);
    if (!changes)
        return toQString(entry.changesJson);
    QStringList lines;
    for (const auto &change : *changes) {
        const QString field = toQString(change.field);
        const QString name = m_labels.label(table, field);
        const auto shown = [&](const std::optional<std::string> &v) {
            return v ? m_labels.value(table, field, toQString(*v)).left(80) : QString();
        };
        const QString oldValue = shown(change.oldValue), newValue = shown(change.newValue);
        if (change.plain)
            lines << tr("%1: %2").arg(name, newValue);
        else if (entry.action == "update")
            lines << tr("%1: %2 → %3").arg(name, oldValue, newValue);
        else if (entry.action == "create" && !newValue.isEmpty() && newValue != QStringLiteral("—"))
            lines << tr("%1: %2").arg(name, newValue);
        else if (entry.action == "delete" && !oldValue.isEmpty() && oldValue != QStringLiteral("—"))
            lines << tr("%1 was %2").arg(name, oldValue);
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
            m_timeZone = settings->timeZone;
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
        return role == Qt::ToolTipRole ? tr("%1 (UTC, as recorded)").arg(toQString(e.atUtc)) : toQString(io::localTime(e.atUtc, m_timeZone));
    case Who: return toQString(e.osUser);
    case Record: return tr("%1 %2", "History: a record's kind and its number").arg(recordWord(e.table)).arg(e.recordId);
    case Action: return actionWord(e.action);
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
