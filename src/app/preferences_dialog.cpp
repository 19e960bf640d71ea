// PreferencesDialog; see preferences_dialog.h.
#include "preferences_dialog.h"

#include "preferences.h"
#include "session.h"

#include "services/casebook.h"

#include "ui_preferences_dialog.h"

#include <QFileDialog>
#include <QTimeZone>

namespace casebook::app {

PreferencesDialog::PreferencesDialog(CasebookSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.startsWith("America/") || id.startsWith("Pacific/") || id == "UTC")
            m_ui->timeZone->addItem(QString::fromLatin1(id));
    CalendarSettings calendar;
    if (m_session->isOpen())
        if (auto loaded = m_session->casebook().calendarSettings())
            calendar = *loaded;
    m_ui->calendarGroup->setEnabled(m_session->isOpen());
    m_ui->timeZone->setCurrentText(QString::fromStdString(calendar.timeZone));
    m_ui->dashboardRelease->setDate(QDate(2024, int(calendar.dashboardReleaseMonth), int(calendar.dashboardReleaseDay)));
    m_ui->planApprovalDays->setValue(calendar.planApprovalDays);
    m_ui->essaFileExpected->setDate(QDate(2024, int(calendar.essaFileMonth), int(calendar.essaFileDay)));
    m_ui->exitReviewOnAnniversary->setChecked(calendar.exitReviewOnAnniversary);
    m_ui->essaFileExpected->setEnabled(!calendar.exitReviewOnAnniversary);
    connect(m_ui->exitReviewOnAnniversary, &QCheckBox::toggled, m_ui->essaFileExpected, &QWidget::setDisabled);
    m_ui->csiExitLimitYears->setValue(calendar.csiExitLimitYears);
    const Preferences prefs = Preferences::load();
    m_ui->reminderWindow->setValue(prefs.reminderWindowDays);
    m_ui->exportFolder->setText(prefs.exportFolder);
    m_ui->preparedBy->setText(prefs.preparedBy);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_ui->exportFolder->text());
        if (!folder.isEmpty())
            m_ui->exportFolder->setText(folder);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    if (m_session->isOpen()) {
        CalendarSettings calendar;
        if (auto loaded = m_session->casebook().calendarSettings())
            calendar = *loaded; // keeps what this dialog does not show
        calendar.timeZone = m_ui->timeZone->currentText().trimmed().toStdString();
        if (!QTimeZone(QByteArray::fromStdString(calendar.timeZone)).isValid()) {
            m_ui->errorLabel->setText(tr("“%1” is not a time zone this system knows; choose one from the list.")
                                          .arg(m_ui->timeZone->currentText()));
            m_ui->timeZone->setFocus();
            return;
        }
        calendar.dashboardReleaseMonth = unsigned(m_ui->dashboardRelease->date().month());
        calendar.dashboardReleaseDay = unsigned(m_ui->dashboardRelease->date().day());
        calendar.planApprovalDays = m_ui->planApprovalDays->value();
        calendar.essaFileMonth = unsigned(m_ui->essaFileExpected->date().month());
        calendar.essaFileDay = unsigned(m_ui->essaFileExpected->date().day());
        calendar.exitReviewOnAnniversary = m_ui->exitReviewOnAnniversary->isChecked();
        calendar.csiExitLimitYears = m_ui->csiExitLimitYears->value();
        if (auto s = m_session->saveCalendarSettings(calendar); !s) {
            m_ui->errorLabel->setText(QString::fromStdString(s.error().text()));
            return;
        }
    }
    Preferences prefs;
    prefs.reminderWindowDays = m_ui->reminderWindow->value();
    prefs.exportFolder = m_ui->exportFolder->text();
    prefs.preparedBy = m_ui->preparedBy->text().simplified();
    prefs.save();
    QDialog::accept();
}

} // namespace casebook::app
