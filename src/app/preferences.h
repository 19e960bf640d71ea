// The user's own preferences, kept with QSettings: the reminder window, the default export folder
// and the name and title a packet is prepared by. The district's calendar (time zone, Dashboard release date) belongs to the casebook and
// is stored in it (storage/deadline_store.h), so every user of one casebook sees the same deadlines.
#pragma once

#include <QString>

namespace casebook::app {

struct Preferences {
    int reminderWindowDays = 30;
    QString exportFolder; // empty: the Documents folder
    QString preparedBy;   // the person's name and title, as a packet's cover names them; empty: not set yet

    // The days the home page's reminder list looks ahead: the preference, and never less than the
    // 30 days of its "Due in the next 30 days" section.
    int homeWindowDays() const { return reminderWindowDays < 30 ? 30 : reminderWindowDays; }

    static Preferences load();
    void save() const;
};

} // namespace casebook::app
