// HomePage: the deadlines dashboard — overdue, due this week, due in the next 30 days (each row says
// why it is due and opens its case on double-click), open cases by type, and a month calendar.
#pragma once

#include "domain/deadlines.h"
#include "services/casebook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HomePage;
}

namespace casebook::app {

class CasebookSession;
class DeadlineTableModel;

class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(CasebookSession *session, QWidget *parent = nullptr);
    ~HomePage() override;

    // Recomputes the reminders; `cases` (the case list, when the caller has it) gives the counts.
    void reload(const std::vector<services::CaseSummary> *cases = nullptr);
    int overdueCount() const;
    DeadlineTableModel *overdueModel() const { return m_overdue; }
    DeadlineTableModel *weekModel() const { return m_week; }

signals:
    void caseActivated(Id caseId);

private:
    void showDay(const QDate &date);

    std::unique_ptr<Ui::HomePage> m_ui;
    CasebookSession *m_session;
    DeadlineTableModel *m_overdue;
    DeadlineTableModel *m_week;
    DeadlineTableModel *m_month;
    std::vector<Deadline> m_all;
};

} // namespace casebook::app
