// RecordDialog; see record_dialog.h.
#include "record_dialog.h"

#include <QDialogButtonBox>
#include <QScreen>
#include <QPushButton>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

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
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save (Ctrl+Enter)"));
    for (auto *multiLine : formWidget->findChildren<QPlainTextEdit *>())
        multiLine->installEventFilter(this);
}

namespace {

bool isCtrlEnter(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

} // namespace

// Ctrl+Enter saves from anywhere in the form. A multi-line field sees it first (and Enter alone is a new
// line there); the other fields leave it to the dialog, whose default button ignores Enter with Ctrl.
bool RecordDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (isCtrlEnter(event)) {
        accept();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void RecordDialog::keyPressEvent(QKeyEvent *event)
{
    if (isCtrlEnter(event)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RecordDialog::accept()
{
    m_form.clearErrors();
    if (m_submit) {
        if (auto status = m_submit(m_form.fields()); !status) {
            m_form.showError(status.error());
            layout()->activate();
            // Room for the message: as tall as the form now wants, up to the screen (adjustSize() would
            // stop at two thirds of a short screen and squeeze the rows).
            const int room = screen() ? screen()->availableGeometry().height() - 40 : height();
            resize(width(), std::min(std::max(height(), layout()->totalHeightForWidth(width())), room));
            return;
        }
    }
    QDialog::accept();
}

} // namespace casebook::app
