// ReconcilePage: Casebook's differentiated-assistance determinations beside CDE's official ones (the
// LCFF District/COE Eligibility File), one district a row with its student groups below it: CDE's
// status and letters, Casebook's finding, and "agrees" or each difference in words.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Ui {
class ReconcilePage;
}

namespace casebook::app {

class CasebookSession;

class ReconcilePage : public QWidget
{
    Q_OBJECT

public:
    ReconcilePage(CasebookSession *session, QWidget *parent = nullptr);
    ~ReconcilePage() override;

    void reload();
    bool showsEmptyState() const;

signals:
    // The user asked to import an eligibility file (the window owns the import).
    void importRequested();

private:
    void showYear();

    std::unique_ptr<Ui::ReconcilePage> m_ui;
    CasebookSession *m_session;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QLabel *m_empty;
    bool m_filling = false;
};

} // namespace casebook::app
