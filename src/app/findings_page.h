// FindingsPage: imported Dashboard results for the district and its schools as a grid of student
// groups × indicators in the five Dashboard colours, with the colour's name in each cell for
// colour-blind users, filterable by year; below it the differentiated-assistance determination
// (Ed Code 52064.5) and the low-performing groups and disparities. From an eligible district,
// "Create required-assistance case" opens a case with the qualifying groups filled in. Until
// Dashboard files are imported it says how to import them.
#pragma once

#include "domain/eligibility.h"
#include "domain/records.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace Ui {
class FindingsPage;
}

namespace casebook::app {

class CasebookSession;

class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    FindingsPage(CasebookSession *session, QWidget *parent = nullptr);
    ~FindingsPage() override;

    void reload();
    bool showsEmptyState() const;
    // The qualifying groups a required-assistance case would start with (student group, indicator, priority).
    std::vector<QualifyingGroup> qualifyingGroups() const;
    // Opens a required-assistance case from the current determination; returns its id (0: none).
    Id createRequiredCase();
    void editLocalIndicators();

signals:
    void caseCreated(Id caseId);

private:
    void fillScopes();
    void fillYears();
    void showResults();

    std::unique_ptr<Ui::FindingsPage> m_ui;
    CasebookSession *m_session;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QLabel *m_empty;
    std::optional<EligibilityDetermination> m_determination;
    bool m_filling = false;
};

} // namespace casebook::app
