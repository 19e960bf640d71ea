// Date entry in every record form: an ISO date typed on the keyboard is the date the form hands on,
// exactly as typed; a date that is not set is empty (never Qt's default 2000-01-01), and a required
// date starts at today.
#include "record_dialog.h"
#include "record_table_model.h"

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

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace casebook;
using namespace casebook::app;

namespace {

struct DateFieldReport {
    QStringList problems;
    int fields = 0;
};

// Every QDateEdit of the form: shown before anything is typed, then an ISO date typed into it.
template <typename Form>
void typeEveryDate(const char *name, DateFieldReport &report)
{
    auto *formWidget = new QWidget;
    Form ui;
    ui.setupUi(formWidget);
    QStringList fieldNames;
    for (auto *edit : formWidget->findChildren<QDateEdit *>())
        fieldNames << edit->objectName();
    RecordDialog dialog(formWidget, fieldNames, QStringLiteral("test"));
    dialog.show();
    const QString form = QString::fromLatin1(name);
    // A date typed on the keyboard, different in every section from today and from 2000-01-01.
    const QString typed = QStringLiteral("2031-07-09");
    for (auto *edit : formWidget->findChildren<QDateEdit *>()) {
        ++report.fields;
        const QString field = edit->objectName();
        auto *set = formWidget->findChild<QCheckBox *>(field + QStringLiteral("__set"));
        const QString shown = edit->findChild<QLineEdit *>()->text();
        if (shown.contains(QLatin1String("2000")))
            report.problems << form + "." + field + " shows " + shown + " before anything was entered";
        if (set && !set->isChecked()) {
            if (!shown.trimmed().isEmpty())
                report.problems << form + "." + field + " is not set but shows \"" + shown + "\"";
            if (!isNull(dialog.form().fields()[field.toStdString()]))
                report.problems << form + "." + field + " is not set but the form hands on a date";
            set->setChecked(true);
            if (edit->date() != QDate::currentDate())
                report.problems << form + "." + field + " ticked shows " + edit->date().toString(Qt::ISODate) +
                                       ", not today";
        } else if (edit->date() != QDate::currentDate()) {
            report.problems << form + "." + field + " starts at " + edit->date().toString(Qt::ISODate) + ", not today";
        }
        // Focused as Tab focuses it (the offscreen window need not be active for the event).
        QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
        QApplication::sendEvent(edit, &focus);
        QTest::keyClicks(edit, typed);
        const auto value = dialog.form().fields()[field.toStdString()];
        if (fieldValueText(value) != typed.toStdString())
            report.problems << form + "." + field + ": typed " + typed + ", the form hands on \"" +
                                   QString::fromStdString(fieldValueText(value)) + "\"";
        if (set) {
            set->setChecked(false);
            if (!isNull(dialog.form().fields()[field.toStdString()]) || !edit->findChild<QLineEdit *>()->text().trimmed().isEmpty())
                report.problems << form + "." + field + " unticked still holds a date";
        }
    }
}

} // namespace

TEST_CASE("Every date field of every record form takes an ISO date as typed, and an unset date is empty")
{
    DateFieldReport report;
    typeEveryDate<Ui::ActivityForm>("activity", report);
    typeEveryDate<Ui::CaseForm>("case", report);
    typeEveryDate<Ui::CommunicationForm>("communication", report);
    typeEveryDate<Ui::DistrictForm>("district", report);
    typeEveryDate<Ui::DocumentationItemForm>("documentation item", report);
    typeEveryDate<Ui::InterventionForm>("intervention", report);
    typeEveryDate<Ui::MonitoringReviewForm>("monitoring review", report);
    typeEveryDate<Ui::PartnerForm>("partner", report);
    typeEveryDate<Ui::QualifyingGroupForm>("qualifying group", report);
    typeEveryDate<Ui::RecommendationForm>("recommendation", report);
    typeEveryDate<Ui::ScheduledContactForm>("scheduled contact", report);
    typeEveryDate<Ui::SchoolForm>("school", report);
    typeEveryDate<Ui::SpiActionForm>("SPI action", report);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.problems.isEmpty());
    CHECK(report.fields >= 20); // the forms hold more than twenty date fields; none was skipped
}

TEST_CASE("Tab leaves a date field in one press, and a date typed after it goes into the next field")
{
    // The communication form: its date, then (Tab) the next field in the form's order. Before, Tab went
    // to the date's month and the date typed next landed there.
    auto *formWidget = new QWidget;
    Ui::CommunicationForm ui;
    ui.setupUi(formWidget);
    RecordDialog dialog(formWidget, {QStringLiteral("occurred_on")}, QStringLiteral("test"));
    dialog.show();
    dialog.activateWindow();
    (void)QTest::qWaitForWindowActive(&dialog, 2000);
    auto *due = formWidget->findChild<QDateEdit *>(QStringLiteral("occurred_on"));
    REQUIRE(due);
    due->setFocus(Qt::TabFocusReason);
    REQUIRE(dialog.focusWidget() == due);
    const QDate before = due->date();
    QTest::keyClick(due, Qt::Key_Tab);
    QWidget *next = dialog.focusWidget();
    REQUIRE(next);
    CHECK(next != due);
    CHECK_FALSE(due->isAncestorOf(next));
    CHECK(due->date() == before);
    // Shift+Tab comes back to it, whole.
    QTest::keyClick(next, Qt::Key_Backtab);
    CHECK(dialog.focusWidget() == due);
    CHECK(due->currentSection() == QDateTimeEdit::YearSection);
}

TEST_CASE("A qualifying group's indicator chosen on the keyboard sets its LCFF priority, and the list shows names")
{
    auto dialog = makeRecordDialog<Ui::QualifyingGroupForm, QualifyingGroup>(QStringLiteral("Add qualifying group"),
                                                                              nullptr);
    dialog->show();
    auto *indicator = dialog->findChild<QComboBox *>(QStringLiteral("indicator"));
    auto *priority = dialog->findChild<QComboBox *>(QStringLiteral("priority"));
    REQUIRE(indicator);
    REQUIRE(priority);
    // Ed Code 52060(d): chronic absenteeism is pupil engagement (5), suspension school climate (6),
    // mathematics pupil achievement (4). Each is chosen as a user would on the keyboard: Home, then Down
    // to it.
    const std::pair<const char *, int> expected[] = {{"CHRONIC", 5}, {"SUSP", 6}, {"MATH", 4}};
    indicator->setFocus();
    for (const auto &[code, lcff] : expected) {
        INFO(code);
        QTest::keyClick(indicator, Qt::Key_Home);
        for (int i = 0; i < indicator->count() && indicator->currentData().toString() != QLatin1String(code); ++i)
            QTest::keyClick(indicator, Qt::Key_Down);
        REQUIRE(indicator->currentData().toString() == QLatin1String(code));
        CHECK(priority->currentData().toLongLong() == lcff);
    }
    // A stored group opens as it was saved, even when its priority is not the indicator's.
    dialog->form().setFields({{"indicator", std::string("SUSP")}, {"priority", std::int64_t(2)}});
    CHECK(priority->currentData().toLongLong() == 2);

    // The list of a case's groups shows the same names as the form.
    RecordTableModel model({choiceColumn(QStringLiteral("Student group"), "student_group", QStringLiteral("studentGroups")),
                            choiceColumn(QStringLiteral("Indicator"), "indicator", QStringLiteral("indicators")),
                            choiceColumn(QStringLiteral("LCFF priority"), "priority", QStringLiteral("priorities"))});
    model.setRecords(std::vector<QualifyingGroup>{{.id = 1, .caseId = 1, .studentGroup = "SWD", .indicator = "", .priority = 2}});
    CHECK(model.data(model.index(0, 0)).toString().contains(QStringLiteral("Students with Disabilities")));
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("Local indicator / other"));
    CHECK(model.data(model.index(0, 2)).toString().contains(QStringLiteral("Implementation of State Academic Standards")));
}
