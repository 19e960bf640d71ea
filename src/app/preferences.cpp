// Preferences; see preferences.h.
#include "preferences.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace casebook::app {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.reminderWindowDays = s.value(QStringLiteral("preferences/reminderWindowDays"), p.reminderWindowDays).toInt();
    p.exportFolder = s.value(QStringLiteral("preferences/exportFolder"),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .toString();
    // A Documents folder the desktop never made (or a chosen folder since removed) would send the save
    // dialogs to the program's working folder: the home folder is the next best place.
    if (!QDir(p.exportFolder).exists())
        p.exportFolder = QDir::homePath();
    p.preparedBy = s.value(QStringLiteral("preferences/preparedBy")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/reminderWindowDays"), reminderWindowDays);
    s.setValue(QStringLiteral("preferences/exportFolder"), exportFolder);
    s.setValue(QStringLiteral("preferences/preparedBy"), preparedBy);
}

} // namespace casebook::app
