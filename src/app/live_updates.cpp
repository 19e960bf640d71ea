// LiveUpdates; see live_updates.h.
#include "live_updates.h"

#include "audit_table_model.h"
#include "record_form.h"
#include "session.h"

#include <QSocketNotifier>
#include <QTimer>

namespace casebook::app {

QString changeNotice(const services::AuditEntry &e)
{
    const QString who = e.osUser.empty() ? LiveUpdates::tr("Somebody") : toQString(e.osUser);
    const QString what = recordPhrase(e.table);
    const bool isCase = e.table == "cases";
    if (e.action == "create")
        return isCase || !e.caseId ? LiveUpdates::tr("%1 added %2").arg(who, what)
                                   : LiveUpdates::tr("%1 added %2 to case %3").arg(who, what).arg(*e.caseId);
    if (e.action == "delete")
        return isCase || !e.caseId ? LiveUpdates::tr("%1 deleted %2 (%3)").arg(who, what).arg(e.recordId)
                                   : LiveUpdates::tr("%1 deleted %2 of case %3").arg(who, what).arg(*e.caseId);
    if (e.action == "import")
        return LiveUpdates::tr("%1 imported files").arg(who);
    return isCase || !e.caseId ? LiveUpdates::tr("%1 changed %2 (%3)").arg(who, what).arg(e.recordId)
                               : LiveUpdates::tr("%1 changed %2 of case %3").arg(who, what).arg(*e.caseId);
}

LiveUpdates::LiveUpdates(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &LiveUpdates::check);
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::dropNotifier()
{
    // Later, not now: check() may be running from this very notifier's signal.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
}

void LiveUpdates::stop()
{
    dropNotifier();
    m_timer->stop();
    m_live.reset();
    if (m_lost) {
        m_lost = false;
        emit connectionBack();
    }
}

void LiveUpdates::watch(CasebookSession &session)
{
    stop();
    auto live = services::LiveChanges::watch(session.casebook());
    if (!live)
        return; // the window still works; it only does not follow others' changes
    m_live = std::move(*live);
    listenOnSocket();
    // A file is asked every second; a server's socket wakes the watch, and the timer notices a lost connection.
    m_timer->start(m_live->socket() < 0 ? 1000 : 2000);
}

void LiveUpdates::listenOnSocket()
{
    dropNotifier();
    if (!m_live || m_live->socket() < 0)
        return;
    m_notifier = new QSocketNotifier(m_live->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveUpdates::check);
}

void LiveUpdates::check()
{
    if (!m_live)
        return;
    const int socketBefore = m_live->socket();
    auto changes = m_live->changes();
    if (!changes) {
        dropNotifier(); // a closed socket would wake the loop without end
        if (!m_lost) {
            m_lost = true;
            emit connectionLost(toQString(changes.error().message));
        }
        return;
    }
    if (m_lost || m_live->socket() != socketBefore || !m_notifier) {
        listenOnSocket(); // connected again: a new socket
        if (m_lost) {
            m_lost = false;
            emit connectionBack();
        }
    }
    QStringList notices;
    QList<qint64> deletedCases;
    bool others = false;
    for (const auto &e : *changes) {
        if (e.table == "cases" && e.action == "delete")
            deletedCases << e.recordId;
        if (m_live->isOwn(e))
            continue;
        others = true;
        // A change to a case itself leads: a case deleted with its records is told as the case.
        const QString notice = changeNotice(e);
        if (!notices.contains(notice))
            e.table == "cases" ? notices.prepend(notice) : notices.append(notice);
    }
    if (!others)
        return;
    QString notice = notices.first();
    if (notices.size() > 1)
        notice = tr("%1 (and %n more change(s))", nullptr, int(notices.size() - 1)).arg(notice);
    emit changedByOthers(notice, deletedCases);
}

} // namespace casebook::app
