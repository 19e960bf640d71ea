// Field names in words for what the user reads outside a form (the History tab): the label the
// record's own form gives the field ("occurred_on" → "Date"), in the current language; a field no form
// shows gets the domain's words for it (domain/fields.h: "owner_type" → "Attached to").
#pragma once

#include <QHash>
#include <QString>

namespace casebook::app {

class FieldLabels {
public:
    // `table` is the record's table ("communications"), `field` its field name ("occurred_on").
    QString label(const QString &table, const QString &field);
    // A value as the form's choice list shows it ("county_to_district" → "County → district"); other
    // values as they are.
    QString value(const QString &table, const QString &field, const QString &value);
    // Forgets the labels read (after the language changed).
    void clear() { m_forms.clear(); }
    // Whether the domain's word for a field no form shows is listed for translation.
    static bool isListedForTranslation(const QString &words);


    struct Form {
        QHash<QString, QString> labels;                 // field -> label
        QHash<QString, QHash<QString, QString>> values; // field -> code -> label, of its choice list
    };

private:
    const Form &form(const QString &table);
    QHash<QString, Form> m_forms; // read once per table
};

} // namespace casebook::app
