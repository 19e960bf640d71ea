// FindingsPage: imported Dashboard results for a district and its schools (the schools as the
// imported files list them) as a grid of student groups × indicators in the five Dashboard colours,
// with the colour's name in each cell for colour-blind users, the results that drove eligibility
// bold, framed and starred, filterable by year; below it the differentiated-assistance determination
// (Ed Code 52064.5) with the low-performing groups as a table and the source once, and beside that the
// trend of the chosen groups across the imported years (TrendPanel). The findings copy as plain text
// (Ctrl+C, Copy) and export as .xlsx. "All districts" lists every district of the casebook with its
// determination, schools, open cases and overdue items. From an eligible district, "Create
// required-assistance case" opens a case with the qualifying groups filled in. Until Dashboard files
// are imported it says how to import them.
#pragma once

#include "domain/eligibility.h"
#include "domain/records.h"
#include "io/findings_sheet.h"

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
    // Shows the findings of `year` for the scope shown, when it has results then.
    void showYear(int year);
    QString currentScope() const;
    int currentYear() const;
    bool canCreateRequiredCase() const;
    bool showsEmptyState() const;
    // The qualifying groups a required-assistance case would start with (student group, indicator, priority).
    std::vector<QualifyingGroup> qualifyingGroups() const;
    // Opens a required-assistance case from the current determination; returns its id (0: none).
    Id createRequiredCase();
    void editLocalIndicators();
    // The findings shown, as plain text (what Copy puts on the clipboard).
    QString findingsText() const;
    void copyFindings();
    // Writes the findings shown to an .xlsx workbook; false (with a message box unless `quiet`) on failure.
    bool exportTo(const QString &path, bool quiet = false);
    // Shows a district's (7 digits) or school's (14 digits) findings.
    bool showScope(const QString &cds);
    void reloadDistricts();

signals:
    void caseCreated(Id caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillScopes();
    void fillYears();
    void showResults();
    void showGrid(const io::FindingsSheet &sheet);
    void fitPanes();
    QString determinationHtml(const io::FindingsSheet &sheet) const;
    void exportFindings();

    std::unique_ptr<Ui::FindingsPage> m_ui;
    CasebookSession *m_session;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QLabel *m_empty;
    std::optional<EligibilityDetermination> m_determination;
    std::optional<io::FindingsSheet> m_sheet;
    bool m_filling = false;
};

} // namespace casebook::app
