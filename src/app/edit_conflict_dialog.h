// EditConflictDialog: asked when saving a form was refused because somebody else changed the record
// after the form read it (services::kChangedSinceRead). It shows who and when, and each field that
// differs as the form read it, as they saved it and as typed here; the person chooses to merge in the
// form (theirs where only they changed a field, yours where you did), to apply theirs and drop what was
// typed, or to apply theirs over nothing (save your values again). Nothing typed is lost until they choose.
#pragma once

#include "domain/fields.h"

#include <QDialog>
#include <QString>

class QTableWidget;

namespace casebook::app {

class FieldLabels;

class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Merge, ApplyMine, KeepTheirs };

    // `table` names the record's fields ("activities"); `who` and `when` (local time) the other save.
    EditConflictDialog(const QString &noun, const QString &table, const QString &who, const QString &when,
                       const FieldMap &read, const FieldMap &mine, const FieldMap &theirs, FieldLabels &labels,
                       QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }

private:
    Choice m_choice = KeepTheirs;
    QTableWidget *m_table = nullptr;
};

} // namespace casebook::app
