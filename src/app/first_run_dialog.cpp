// FirstRunDialog; see first_run_dialog.h.
#include "first_run_dialog.h"

#include "ui_first_run_dialog.h"

namespace casebook::app {

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    const auto choose = [this](Choice c) {
        return [this, c] {
            m_choice = c;
            accept();
        };
    };
    connect(m_ui->createButton, &QPushButton::clicked, this, choose(Create));
    connect(m_ui->openButton, &QPushButton::clicked, this, choose(Open));
    connect(m_ui->serverButton, &QPushButton::clicked, this, choose(Server));
    connect(m_ui->demoButton, &QPushButton::clicked, this, choose(Demo));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->createButton->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

} // namespace casebook::app
