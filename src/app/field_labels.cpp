// FieldLabels; see field_labels.h.
#include "field_labels.h"
#include "record_form.h"

#include "domain/fields.h"

#include "ui_activity_form.h"
#include "ui_case_form.h"
#include "ui_communication_form.h"
#include "ui_district_form.h"
#include "ui_documentation_item_form.h"
#include "ui_intervention_form.h"
#include "ui_monitoring_review_form.h"
#include "ui_partner_form.h"
#include "ui_qualifying_group_form.h"
#include "ui_recommendation_form.h"
#include "ui_scheduled_contact_form.h"
#include "ui_school_form.h"
#include "ui_spi_action_form.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>

#include <algorithm>
#include <memory>

namespace casebook::app {

namespace {

// "S&ummary:" → "Summary" ("&&" stays one ampersand).
QString labelWords(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// The "<field>__label" texts of one Designer form, by field, and its declared choice lists.
template <typename Ui>
FieldLabels::Form formLabels()
{
    auto widget = std::make_unique<QWidget>();
    Ui ui;
    ui.setupUi(widget.get());
    FieldLabels::Form out;
    for (const auto *label : widget->findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name.endsWith(QLatin1String("__label")))
            out.labels.insert(name.chopped(7), labelWords(label->text()));
    }
    for (const auto *combo : widget->findChildren<QComboBox *>()) {
        const QString choices = combo->property("choices").toString();
        if (choices.isEmpty())
            continue;
        auto &values = out.values[combo->objectName()];
        for (const auto &[code, text] : namedChoices(choices))
            values.insert(code.toString(), text);
    }
    return out;
}

FieldLabels::Form labelsOfTable(const QString &table)
{
    if (table == QLatin1String("cases")) return formLabels<Ui::CaseForm>();
    if (table == QLatin1String("activities")) return formLabels<Ui::ActivityForm>();
    if (table == QLatin1String("communications")) return formLabels<Ui::CommunicationForm>();
    if (table == QLatin1String("scheduled_contacts")) return formLabels<Ui::ScheduledContactForm>();
    if (table == QLatin1String("documentation_items")) return formLabels<Ui::DocumentationItemForm>();
    if (table == QLatin1String("qualifying_groups")) return formLabels<Ui::QualifyingGroupForm>();
    if (table == QLatin1String("partners")) return formLabels<Ui::PartnerForm>();
    if (table == QLatin1String("ccee_recommendations")) return formLabels<Ui::RecommendationForm>();
    if (table == QLatin1String("spi_actions")) return formLabels<Ui::SpiActionForm>();
    if (table == QLatin1String("interventions")) return formLabels<Ui::InterventionForm>();
    if (table == QLatin1String("monitoring_reviews")) return formLabels<Ui::MonitoringReviewForm>();
    if (table == QLatin1String("districts")) return formLabels<Ui::DistrictForm>();
    if (table == QLatin1String("schools")) return formLabels<Ui::SchoolForm>();
    return {};
}

// Fields no form shows (an attachment's description, a record's case): the domain's words for them
// (domain/fields.h), listed here for translation.
const char *const kFieldWords[] = {
    QT_TRANSLATE_NOOP("FieldLabels", "Case"),
    QT_TRANSLATE_NOOP("FieldLabels", "Attached to"),
    QT_TRANSLATE_NOOP("FieldLabels", "Attached to record"),
    QT_TRANSLATE_NOOP("FieldLabels", "File name"),
    QT_TRANSLATE_NOOP("FieldLabels", "File type"),
    QT_TRANSLATE_NOOP("FieldLabels", "Size in bytes"),
    QT_TRANSLATE_NOOP("FieldLabels", "SHA-256"),
    QT_TRANSLATE_NOOP("FieldLabels", "Added"),
    QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    QT_TRANSLATE_NOOP("FieldLabels", "Type"),
    QT_TRANSLATE_NOOP("FieldLabels", "Cost"),
};

QString fieldWithoutForm(const QString &field)
{
    return QCoreApplication::translate("FieldLabels", fieldWords(field.toStdString()).c_str());
}

} // namespace

const FieldLabels::Form &FieldLabels::form(const QString &table)
{
    auto found = m_forms.find(table);
    if (found == m_forms.end())
        found = m_forms.insert(table, labelsOfTable(table));
    return *found;
}

QString FieldLabels::label(const QString &table, const QString &field)
{
    const QString fromForm = form(table).labels.value(field);
    return fromForm.isEmpty() ? fieldWithoutForm(field) : fromForm;
}

bool FieldLabels::isListedForTranslation(const QString &words)
{
    return std::any_of(std::begin(kFieldWords), std::end(kFieldWords),
                       [&](const char *listed) { return words == QLatin1String(listed); });
}

QString FieldLabels::value(const QString &table, const QString &field, const QString &value)
{
    return form(table).values.value(field).value(value, value);
}

} // namespace casebook::app
