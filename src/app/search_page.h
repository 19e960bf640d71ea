// SearchPage: the results of the search box — cases, communications, documentation items,
// activities and attachments whose text matches — opening the case on activation.
#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace casebook::app {

class CasebookSession;

class SearchPage : public QWidget
{
    Q_OBJECT

public:
    SearchPage(CasebookSession *session, QWidget *parent = nullptr);
    void search(const QString &text);
    QTreeWidget *results() const { return m_results; }
    // The case of the first result (0: none).
    Id firstCaseId() const;
    // Moves the focus into the results, on the first one.
    void focusFirstResult();

signals:
    void caseActivated(Id caseId);

private:
    CasebookSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_results;
};

} // namespace casebook::app
