// RecordForm binds the widgets of a Designer form to a record's fields by object name: a widget
// named "due_on" edits the field "due_on". It reads and writes FieldMaps, fills choice lists
// declared with the dynamic property "choices", and shows a validation error next to its field.
//
// Widget conventions (set in the .ui files):
//   QLineEdit, QPlainTextEdit        text
//   QComboBox + property choices     an enum ("CommunicationMode", "CommunicationDirection", ...), "studentGroups", "indicators",
//                                    "activityAreas", "priorities", or choices given with setChoices()
//   QDateEdit                        a date; a QCheckBox named "<field>__set" makes it optional
//   QSpinBox                         a whole number
//   QDoubleSpinBox + property cents  dollars shown, cents stored
//   QCheckBox                        0 / 1
#pragma once

#include "domain/fields.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

class QLabel;
class QWidget;

namespace casebook::app {

class RecordForm {
public:
    // `fieldNames`: the record's fields this form may edit (widgets with other names are ignored).
    RecordForm(QWidget *root, QStringList fieldNames);

    template <typename T>
    static QStringList fieldNamesOf()
    {
        QStringList names;
        for (const auto &f : RecordTraits<T>::fields())
            names << QString::fromUtf8(f.name.data(), qsizetype(f.name.size()));
        return names;
    }

    void setChoices(const QString &field, const QList<QPair<QVariant, QString>> &choices);
    void setFields(const FieldMap &fields);
    FieldMap fields() const;

    // Shows the error beside the widget of error.field (or at the top when no widget matches) and
    // focuses that widget. Returns the widget that got the message.
    QWidget *showError(const Error &error);
    void clearErrors();

    // The event filter every date field of a form gets: ISO dates typed as one piece (record_form.cpp).
    static QObject *isoDateTyping();

private:
    QWidget *fieldWidget(const QString &name) const;
    void fillDeclaredChoices();
    void linkIndicatorToPriority();

    QWidget *m_root;
    QStringList m_fieldNames;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_errorWidget = nullptr;
};

// The choices of a closed set by name ("CaseStatus", "studentGroups", ...): value codes and labels.
QList<QPair<QVariant, QString>> namedChoices(const QString &name);

QString toQString(std::string_view s);

// A validation message of the domain in the reader's language: a refusal built from parts (Error::phrase,
// said by phraseText) or a whole sentence listed for translation in the "validation" context ("must not
// be empty"). A message not listed shows as the domain wrote it.
QString validationMessage(const Error &error);

} // namespace casebook::app
