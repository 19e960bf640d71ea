// Start-up choice of casebook; see startup.h.
#include "startup.h"

#include "first_run_dialog.h"
#include "main_window.h"
#include "session.h"

#include "io/paths.h"


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
    // The user's language, or else English's own plural forms ("1 page", not "1 page(s)").
    auto *casebookTranslator = new QTranslator(&app);
    const auto load = [&](const QLocale &locale) {
        return casebookTranslator->load(locale, QStringLiteral("casebook"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    if (load(QLocale()) || load(QLocale(QLocale::English)))
        QCoreApplication::installTranslator(casebookTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

bool createDefaultCasebook(MainWindow &window)
{
    // Where to keep it (the data folder suggested, as File ▸ New casebook… does), then its district.
    const QString path = window.askNewCasebookPath();
    if (path.isEmpty() || !window.createCasebookAt(path))
        return false;
    if (window.askDistrict(QObject::tr("Create a casebook for your district"))) {
        window.session()->undoStack()->clear(); // the district is the casebook's starting point
        return true;
    }
    // Cancelled: the new, empty file is not left behind.
    const QString created = window.session()->path();
    window.session()->close();
    services::removeCasebookFiles(created.toStdString());
    return false;
}

bool openInitialCasebook(MainWindow &window, const QString &dbOption)
{
    // A server casebook is made by `casebook-cli server init`, never by opening it.
    if (!dbOption.isEmpty())
        return window.openCasebook(dbOption, !services::isServerLocation(dbOption.toStdString()) &&
                                                 !QFileInfo::exists(dbOption));
    for (const QString &recent : MainWindow::recentFiles())
        if ((services::isServerLocation(recent.toStdString()) || QFileInfo::exists(recent)) &&
            window.openCasebook(recent))
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
        case FirstRunDialog::Server:
            if (window.connectToServer())
                return true;
            break;
        case FirstRunDialog::Demo:
            if (window.openDemo())
                return true;
            break;
        case FirstRunDialog::None: return false;
        }
    }
}

} // namespace casebook::app
