// GettingStartedPanel: the short "getting started" list on the home page of a new casebook — enter the
// district (only while the casebook has none), import the Dashboard files, read the findings, open the
// case. Each step is a button that does it and is ticked when the casebook's contents show it done;
// the panel can be hidden for this casebook and hides itself once every step is done.
#pragma once

#include <QFrame>

#include <array>

class QLabel;
class QPushButton;

namespace casebook::app {

class CasebookSession;

class GettingStartedPanel : public QFrame
{
    Q_OBJECT

public:
    enum Step { EnterDistrict, ImportDashboard, ReadFindings, OpenCase };
    static constexpr int kSteps = 4;

    GettingStartedPanel(CasebookSession *session, QWidget *parent = nullptr);

    // Ticks the steps from the open casebook's contents, and shows the panel unless it was hidden for
    // this casebook or every step is done.
    void reload();
    bool isDone(Step step) const { return m_done[step]; }
    QPushButton *button(Step step) const { return m_buttons[step]; }

signals:
    void stepRequested(casebook::app::GettingStartedPanel::Step step);

private:
    void dismiss();
    bool dismissed() const;

    CasebookSession *m_session;
    std::array<QPushButton *, kSteps> m_buttons{};
    std::array<QLabel *, kSteps> m_marks{};
    std::array<QLabel *, kSteps> m_explanations{};
    std::array<bool, kSteps> m_done{};
};

} // namespace casebook::app
