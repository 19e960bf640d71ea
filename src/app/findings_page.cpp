// FindingsPage; see findings_page.h.
#include "findings_page.h"

#include "session.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casebook::app {

FindingsPage::FindingsPage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("findingsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(tr("<h2>No Dashboard results yet</h2>"
                        "<p>Findings come from the California School Dashboard's data files, which CDE publishes "
                        "each December as one tab-delimited file per indicator (<tt>eladownload2025.txt</tt>, "
                        "<tt>chronicdownload2025.txt</tt>, …).</p>"
                        "<p>Import them with <b>File ▸ Import Dashboard files…</b> to see your district's student "
                        "groups by indicator and whether the district qualifies for differentiated assistance.</p>"));
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void FindingsPage::reload() { m_stack->setCurrentWidget(m_empty); }

bool FindingsPage::showsEmptyState() const { return m_stack->currentWidget() == m_empty; }

} // namespace casebook::app
