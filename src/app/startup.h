// The GUI's start: its language, and which casebook it opens: --db PATH, else the last one opened, else the default
// casebook if it exists, else the first-run choice (create / open / demo).
#pragma once

#include <QString>

class QCoreApplication;

namespace casebook::app {

// Installs the user's language: Casebook's catalogue (compiled in) and Qt's own (dialog buttons),
// as translators owned by `app`. English when there is no catalogue for the locale.
void installTranslations(QCoreApplication &app);

class MainWindow;

// Returns false when the user cancelled the first-run choice (the application then quits).
bool openInitialCasebook(MainWindow &window, const QString &dbOption);

// First run: asks where to keep the casebook (the data folder suggested), creates it there and asks for
// its district (the code fills the county, and the name where Casebook knows it). False when cancelled;
// a casebook created before the district was cancelled is removed again.
bool createDefaultCasebook(MainWindow &window);

} // namespace casebook::app
