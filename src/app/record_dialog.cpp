// RecordDialog; see record_dialog.h.
#include "record_dialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::app {

RecordDialog::RecordDialog(QWidget *formWidget, const QStringList &fieldNames, const QString &title, QWidget *parent)
    : QDialog(parent), m_formWidget(formWidget), m_form(formWidget, fieldNames)
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formWidget);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void RecordDialog::accept()
{
    m_form.clearErrors();
    if (m_submit) {
        if (auto status = m_submit(m_form.fields()); !status) {
            m_form.showError(status.error());
            layout()->activate();
            adjustSize(); // make room for the message
            return;
        }
    }
    QDialog::accept();
}

} // namespace casebook::app
