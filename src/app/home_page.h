// HomePage: the deadlines dashboard — overdue, due this week, due in the next 30 days and, on
// demand, met in the last 30 days. Each row gives the date, what is due, the case and the owner;
// the selected row's full "why" sentence is shown below the lists, and a row opens its case on
// double-click or Enter. The lists can be narrowed to one owner or one case and exported as shown.
// Beside them, open cases by type and a month calendar that marks every deadline of the month
// shown, however far ahead, met ones included.
#pragma once

#include "domain/deadlines.h"
#include "services/casebook.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

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
    // The last list holds what is due within this many days of today.
    static constexpr int kListedDays = 30;

    HomePage(CasebookSession *session, QWidget *parent = nullptr);
    ~HomePage() override;

    // Recomputes the reminders; `cases` (the case list, when the caller has it) gives the counts.
    void reload(const std::vector<services::CaseSummary> *cases = nullptr);
    int overdueCount() const;
    DeadlineTableModel *overdueModel() const { return m_overdue; }
    DeadlineTableModel *weekModel() const { return m_week; }
    DeadlineTableModel *monthModel() const { return m_month; }
    DeadlineTableModel *metModel() const { return m_met; }

    // The filters the lists are narrowed by: an owner (nullopt: every owner) and a case (0: every case).
    void setOwnerFilter(const std::optional<QString> &owner);
    void setCaseFilter(Id caseId);
    void setShowMet(bool show);
    // What the lists show, in their order (overdue, this week, the next 30 days, then the met ones
    // when they are shown): what File ▸ Export deadlines writes; with the listing's description.
    std::vector<Deadline> listedDeadlines() const;
    std::optional<std::string> ownerFilter() const;
    std::optional<Id> caseFilter() const;
    // The deadlines the calendar marks on `date` (every state), as the day list shows them.
    std::vector<Deadline> deadlinesOn(const QDate &date) const;
    QString whyText() const;
    // Puts a panel (the getting-started list) at the top of the page, below the counts.
    void addPanel(QWidget *panel);

signals:
    void caseActivated(Id caseId);
    void exportRequested();

private:
    void loadMet();
    void loadCalendarPage();
    void fillFilters();
    void applyFilters();
    void showDay(const QDate &date);
    void showWhy(const Deadline *d);
    bool accepted(const Deadline &d) const;

    std::unique_ptr<Ui::HomePage> m_ui;
    CasebookSession *m_session;
    DeadlineTableModel *m_overdue;
    DeadlineTableModel *m_week;
    DeadlineTableModel *m_month;
    DeadlineTableModel *m_met;
    std::vector<Deadline> m_reminders; // overdue and upcoming in the window, every owner and case
    std::vector<Deadline> m_metRecently;
    std::vector<Deadline> m_calendarDeadlines; // the days the calendar page shows, m_calendarFrom..m_calendarTo
    Date m_calendarFrom;
    Date m_calendarTo;
    std::optional<CalendarSettings> m_settings;
    bool m_calendarShownToday = false;
    QString m_calendarError;
    Date m_today;
};

} // namespace casebook::app
