// LiveUpdates: keeps a window up to date with what other people change in the casebook it has open
// (services::LiveChanges). On a server the watch's socket wakes it (LISTEN/NOTIFY); a file is asked
// every second. A burst of changes becomes one refresh. While the server cannot be reached it says so
// (connectionLost) and tries again every two seconds; nothing is queued meanwhile: a save made then is
// refused with the reason, and the form keeps what was typed.
#pragma once

#include "services/live_changes.h"

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace casebook::app {

class CasebookSession;

class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    explicit LiveUpdates(QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Starts watching the casebook the session has open (stops watching the one before).
    void watch(CasebookSession &session);
    void stop();
    bool watching() const { return m_live != nullptr; }
    // Asks for changes now (the timer and the socket do it by themselves; tests call it).
    void check();

signals:
    // Others changed the casebook: `notice` says who changed what ("bob added a communication to case 3").
    void changedByOthers(const QString &notice, const QList<qint64> &deletedCases);
    void connectionLost(const QString &reason);
    void connectionBack();

private:
    void listenOnSocket();
    void dropNotifier();
    std::unique_ptr<services::LiveChanges> m_live;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    bool m_lost = false;
};

// "bob added a communication to case 3" for one audit row ("somebody" when it names nobody).
QString changeNotice(const services::AuditEntry &entry);

} // namespace casebook::app
