// SearchPage; see search_page.h.
#include "search_page.h"

#include "session.h"

#include "services/casebook.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casebook::app {

SearchPage::SearchPage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_results(new QTreeWidget(this))
{
    m_summary->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_summary->setWordWrap(true); // a long search text never widens the window
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(5);
    m_results->setHeaderLabels({tr("Kind"), tr("Title"), tr("Case"), tr("Date"), tr("Match")});
    m_results->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit caseActivated(item->data(0, Qt::UserRole).toLongLong()); });
}

Id SearchPage::firstCaseId() const
{
    const auto *first = m_results->topLevelItem(0);
    return first ? first->data(0, Qt::UserRole).toLongLong() : 0;
}

void SearchPage::focusFirstResult()
{
    if (auto *first = m_results->topLevelItem(0))
        m_results->setCurrentItem(first);
    m_results->setFocus(Qt::ShortcutFocusReason);
}

void SearchPage::search(const QString &text)
{
    m_results->clear();
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_summary->setText(tr("Type in the search box and press Enter."));
        return;
    }
    auto hits = m_session->casebook().search(needle.toStdString());
    if (!hits) {
        m_summary->setText(tr("Search failed: %1").arg(QString::fromStdString(hits.error().text())));
        return;
    }
    const auto kindLabel = [this](const std::string &kind) {
        if (kind == "case") return tr("Case");
        if (kind == "communication") return tr("Communication");
        if (kind == "documentation_item") return tr("Documentation");
        if (kind == "activity") return tr("Activity");
        return tr("Attachment");
    };
    for (const auto &h : *hits) {
        auto *item = new QTreeWidgetItem(m_results, {kindLabel(h.kind), QString::fromStdString(h.title),
                                                     QString::fromStdString(h.caseTitle),
                                                     QString::fromStdString(h.date), QString::fromStdString(h.snippet)});
        item->setData(0, Qt::UserRole, qlonglong(h.caseId));
        item->setToolTip(4, QString::fromStdString(h.snippet));
    }
    for (int c = 0; c < 4; ++c)
        m_results->resizeColumnToContents(c);
    m_summary->setText(hits->empty() ? tr("Nothing matches “%1”.").arg(needle)
                                     : tr("%n result(s) for “%1” — press Enter or double-click to open the case", "",
                                          int(hits->size()))
                                           .arg(needle));
}

} // namespace casebook::app
