// Preferences; see preferences.h.
#include "preferences.h"

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
