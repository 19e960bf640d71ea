// RecordDialog: a dialog around one Designer record form (ui/*_form.ui) with Save/Cancel; Ctrl+Enter
// saves from any field, a multi-line one included. On Save it
// hands the form's fields to `submit`; a refused submit keeps the dialog open with the domain's
// message shown next to the field it names.
#pragma once

#include "record_form.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;

namespace casebook::app {

class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(QWidget *formWidget, const QStringList &fieldNames, const QString &title, QWidget *parent = nullptr);

    RecordForm &form() { return m_form; }
    QWidget *formWidget() const { return m_formWidget; }
    void setSubmit(std::function<Status(const FieldMap &)> submit) { m_submit = std::move(submit); }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *m_formWidget;
    RecordForm m_form;
    std::function<Status(const FieldMap &)> m_submit;
};

// Builds a RecordDialog from the generated Ui class of a form.
template <typename Ui, typename T>
std::unique_ptr<RecordDialog> makeRecordDialog(const QString &title, QWidget *parent)
{
    auto *widget = new QWidget;
    Ui ui; // only pointers into `widget`; the form finds its widgets by name
    ui.setupUi(widget);
    return std::make_unique<RecordDialog>(widget, RecordForm::fieldNamesOf<T>(), title, parent);
}

} // namespace casebook::app
