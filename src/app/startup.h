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

// Creates the default casebook for a district the user names (first run).
bool createDefaultCasebook(MainWindow &window);

} // namespace casebook::app
