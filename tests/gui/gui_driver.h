// Helpers that drive modal dialogs the way a user would: wait for the dialog, fill its fields by
// name, press its buttons.
#pragma once

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDeadlineTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

namespace casebook::test {

// Runs `act` on the next modal dialog as soon as it is shown (the caller then opens it).
inline void onNextModal(std::function<void(QDialog *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Like onNextModal, for a step where no dialog is expected: any modal shown while this object lives
// gets `act`, and the watch stops (and frees its timer) when the object goes out of scope.
class ModalWatch {
public:
    explicit ModalWatch(std::function<void(QDialog *)> act) : m_timer(new QTimer)
    {
        m_timer->setInterval(5);
        QObject::connect(m_timer.get(), &QTimer::timeout, [act = std::move(act)] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                act(dialog);
        });
        m_timer->start();
    }

private:
    std::unique_ptr<QTimer> m_timer;
};

// Runs the event loop until `done` holds or `limitMs` has passed (a bound on the wait, never a
// timing assertion); returns done().
inline bool processEventsUntil(const std::function<bool()> &done, int limitMs = 30000)
{
    QDeadlineTimer deadline(limitMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

template <typename W>
W *field(QWidget *root, const char *name)
{
    auto *w = root->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        throw std::runtime_error(std::string("no widget named ") + name);
    return w;
}

inline void setText(QWidget *root, const char *name, const QString &text)
{
    if (auto *line = root->findChild<QLineEdit *>(QString::fromLatin1(name)))
        line->setText(text);
    else
        field<QPlainTextEdit>(root, name)->setPlainText(text);
}

inline void setDate(QWidget *root, const char *name, const QDate &date) { field<QDateEdit>(root, name)->setDate(date); }

inline void pressOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    buttons->button(buttons->buttons().contains(buttons->button(QDialogButtonBox::Ok)) ? QDialogButtonBox::Ok
                                                                                       : QDialogButtonBox::Yes)
        ->click();
}

// Casebook's Spanish catalogue (and Qt's, when installed) for as long as it lives, as `casebook` started
// with LANG=es installs them. The catalogue is a resource of the application: a main window must have
// been made once before (it registers the resources).
class InSpanish {
public:
    InSpanish()
    {
        m_loaded = m_casebook.load(QLocale(QLocale::Spanish), QStringLiteral("casebook"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_casebook);
        if (m_qt.load(QLocale(QLocale::Spanish), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~InSpanish()
    {
        QCoreApplication::removeTranslator(&m_casebook);
        QCoreApplication::removeTranslator(&m_qt);
    }
    InSpanish(const InSpanish &) = delete;
    InSpanish &operator=(const InSpanish &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_casebook, m_qt;
    bool m_loaded = false;
};

} // namespace casebook::test
