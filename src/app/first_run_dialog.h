// FirstRunDialog: what Casebook shows when there is no casebook yet — create one for your district,
// open an existing one, or open the demo district. It never leaves a blank, unexplained window.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace casebook::app {

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { None, Create, Open, Server, Demo };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;
    Choice choice() const { return m_choice; }

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Choice m_choice = None;
};

} // namespace casebook::app
