// FindingsPage: imported Dashboard results for the district and its schools as a grid of student
// groups × indicators in the five Dashboard colours, with the colour's name in each cell for
// colour-blind users; until Dashboard files are imported it says how to import them.
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace casebook::app {

class CasebookSession;

class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    FindingsPage(CasebookSession *session, QWidget *parent = nullptr);
    void reload();
    bool showsEmptyState() const;

private:
    CasebookSession *m_session;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

} // namespace casebook::app
