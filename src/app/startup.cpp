// Start-up choice of casebook; see startup.h.
#include "startup.h"

#include "first_run_dialog.h"
#include "main_window.h"
#include "record_dialog.h"
#include "session.h"

#include "domain/validation.h"
#include "io/paths.h"

#include "ui_district_form.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>

namespace casebook::app {

void installTranslations(QCoreApplication &app)
{
    auto *casebookTranslator = new QTranslator(&app);
    if (casebookTranslator->load(QLocale(), QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(casebookTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

bool createDefaultCasebook(MainWindow &window)
{
    auto dialog = makeRecordDialog<Ui::DistrictForm, District>(QObject::tr("Create a casebook for your district"), &window);
    dialog->setObjectName(QStringLiteral("districtDialog"));
    const QString path = QString::fromStdString(io::defaultDatabasePath());
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto district = fromFields<District>(fields);
        if (!district)
            return district.error();
        CASEBOOK_TRY(validate(*district)); // refuse before creating the file
        if (!window.openCasebook(path, true))
            return Error::database("cannot create " + path.toStdString());
        auto saved = window.session()->save<District>(std::nullopt, *district, QObject::tr("Add district"));
        if (!saved)
            return saved.error();
        window.session()->undoStack()->clear(); // the district is the casebook's starting point
        return {};
    });
    return dialog->exec() == QDialog::Accepted;
}

bool openInitialCasebook(MainWindow &window, const QString &dbOption)
{
    if (!dbOption.isEmpty())
        return window.openCasebook(dbOption, !QFileInfo::exists(dbOption));
    for (const QString &recent : MainWindow::recentFiles())
        if (QFileInfo::exists(recent) && window.openCasebook(recent))
            return true;
    const QString defaultPath = QString::fromStdString(io::defaultDatabasePath());
    if (QFileInfo::exists(defaultPath) && window.openCasebook(defaultPath))
        return true;
    for (;;) {
        FirstRunDialog dialog(&window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        switch (dialog.choice()) {
        case FirstRunDialog::Create:
            if (createDefaultCasebook(window))
                return true;
            break;
        case FirstRunDialog::Open: {
            const QString path = QFileDialog::getOpenFileName(&window, QObject::tr("Open casebook"), QString(),
                                                              QObject::tr("Casebook files (*.sqlite *.casebook);;All files (*)"));
            if (!path.isEmpty() && window.openCasebook(path))
                return true;
            break;
        }
        case FirstRunDialog::Demo:
            if (window.openDemo())
                return true;
            break;
        case FirstRunDialog::None: return false;
        }
    }
}

} // namespace casebook::app
