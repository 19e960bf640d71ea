// Keyboard access in the record dialogs: every Alt+letter of a form, its Save button included,
// reaches one control, in English and in Spanish. A letter used twice makes Alt+letter cycle between
// the two controls instead of acting (Alt+S would not save). Cancel keeps the platform's own text,
// whose letter differs between desktops (Esc cancels everywhere), so it is not counted.
#include "main_window.h"
#include "record_dialog.h"

#include "ui_activity_form.h"
#include "ui_case_form.h"
#include "ui_case_from_findings_form.h"
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

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMap>
#include <QTranslator>

#include <functional>

using namespace casebook::app;

namespace {

// The letter after a single '&' (an "&&" is a literal ampersand), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "Form: letter used by A, B" for every letter two controls of the dialog share.
template <typename Form>
QStringList clashes(const char *name)
{
    auto *formWidget = new QWidget;
    Form ui;
    ui.setupUi(formWidget);
    RecordDialog dialog(formWidget, {}, QStringLiteral("test"));
    QMap<QChar, QStringList> users;
    for (auto *label : dialog.findChildren<QLabel *>())
        if (label->buddy())
            if (const QChar c = mnemonic(label->text()); !c.isNull())
                users[c].append(label->text());
    for (auto *button : dialog.findChildren<QAbstractButton *>())
        if (const QChar c = mnemonic(button->text()); !c.isNull())
            users[c].append(button->text());
    QStringList out;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it->size() > 1)
            out.append(QStringLiteral("%1: '%2' used by %3").arg(QLatin1String(name), it.key(), it->join(QStringLiteral(", "))));
    return out;
}

QStringList allClashes()
{
    QStringList out;
    out += clashes<Ui::ActivityForm>("activity");
    out += clashes<Ui::CaseForm>("case");
    out += clashes<Ui::CaseFromFindingsForm>("case from findings");
    out += clashes<Ui::CommunicationForm>("communication");
    out += clashes<Ui::DistrictForm>("district");
    out += clashes<Ui::DocumentationItemForm>("documentation item");
    out += clashes<Ui::InterventionForm>("intervention");
    out += clashes<Ui::MonitoringReviewForm>("monitoring review");
    out += clashes<Ui::PartnerForm>("partner");
    out += clashes<Ui::QualifyingGroupForm>("qualifying group");
    out += clashes<Ui::RecommendationForm>("recommendation");
    out += clashes<Ui::ScheduledContactForm>("scheduled contact");
    out += clashes<Ui::SchoolForm>("school");
    out += clashes<Ui::SpiActionForm>("SPI action");
    return out;
}

} // namespace

TEST_CASE("Every Alt+letter of a record dialog reaches one control, in English and in Spanish")
{
    const MainWindow window; // registers the application's resources, where the catalogues are
    CHECK(allClashes().join(QLatin1Char('\n')).toStdString() == "");

    QTranslator casebook, qt;
    REQUIRE(casebook.load(QLocale(QLocale::Spanish), QStringLiteral("casebook"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")));
    const bool qtSpanish = qt.load(QLocale(QLocale::Spanish), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QCoreApplication::installTranslator(&casebook);
    if (qtSpanish)
        QCoreApplication::installTranslator(&qt);
    const QStringList spanish = allClashes();
    QCoreApplication::removeTranslator(&casebook);
    QCoreApplication::removeTranslator(&qt);
    CHECK(spanish.join(QLatin1Char('\n')).toStdString() == "");
}
