// ConnectServerDialog: File ▸ Connect to a server… — where a team's shared casebook is (server, port,
// database, user name, encryption; or a libpq connection string or service name), with the servers
// connected to before offered again. It asks for no password: the main window asks when the server
// wants one, and Casebook never stores it.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectServerDialog;
}

namespace casebook::app {

class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    // `recent`: server locations connected to before, newest first (without passwords).
    explicit ConnectServerDialog(const QStringList &recent, QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // The connection string the fields describe (or the one typed in full).
    QString location() const;

private:
    void fillFrom(const QString &location);
    void updateState();

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
};

} // namespace casebook::app
