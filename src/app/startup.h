// Which casebook the GUI opens at start: --db PATH, else the last one opened, else the default
// casebook if it exists, else the first-run choice (create / open / demo).
#pragma once

#include <QString>

namespace casebook::app {

class MainWindow;

// Returns false when the user cancelled the first-run choice (the application then quits).
bool openInitialCasebook(MainWindow &window, const QString &dbOption);

// Creates the default casebook for a district the user names (first run).
bool createDefaultCasebook(MainWindow &window);

} // namespace casebook::app
