// PreferencesDialog: the district calendar kept in the casebook (time zone, Dashboard release date,
// school-plan approval rule) and the user's own preferences (reminder window, export folder, the
// name and title a packet is prepared by).
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace casebook::app {

class CasebookSession;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(CasebookSession *session, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    CasebookSession *m_session;
};

} // namespace casebook::app
