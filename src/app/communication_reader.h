// CommunicationReader: the reading pane under the Communications tab's list. It shows the selected
// communication in full — subject, date, direction, mode, participants, the scheduled contact it
// answers, summary and follow-ups — as plain text (escaped; line breaks kept), never as markup.
#pragma once

#include "domain/records.h"

#include <QTextBrowser>

#include <vector>

namespace casebook::app {

class CommunicationReader : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CommunicationReader(QWidget *parent = nullptr);

    // Shows `c` (null: a hint to select one); `contacts` are its case's scheduled contacts.
    void showCommunication(const Communication *c, const std::vector<ScheduledContact> &contacts);
};

// "2026-03-02 — Quarterly review", or the date alone when the contact has no purpose.
QString scheduledContactText(const ScheduledContact &contact);

} // namespace casebook::app
