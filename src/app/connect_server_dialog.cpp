// ConnectServerDialog; see connect_server_dialog.h.
#include "connect_server_dialog.h"

#include "services/casebook.h"

#include "ui_connect_server_dialog.h"

#include <QPushButton>

namespace casebook::app {

namespace {

QString toQString(const std::string &s) { return QString::fromStdString(s); }

} // namespace

ConnectServerDialog::ConnectServerDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectServerDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    // libpq's sslmode values, strictest first. A socket folder ignores them (no TLS on a Unix socket).
    m_ui->encryptionCombo->addItem(tr("Encrypted, server's certificate verified (verify-full)"),
                                   QStringLiteral("verify-full"));
    m_ui->encryptionCombo->addItem(tr("Encrypted, not verified (require)"), QStringLiteral("require"));
    m_ui->encryptionCombo->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_ui->userEdit->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_ui->recentCombo->addItem(recent.isEmpty() ? tr("None yet") : tr("Choose a server…"), QString());
    for (const QString &location : recent)
        m_ui->recentCombo->addItem(toQString(services::displayLocation(location.toStdString())), location);
    m_ui->recentCombo->setEnabled(!recent.isEmpty());
    connect(m_ui->recentCombo, &QComboBox::activated, this, [this](int index) {
        const QString location = m_ui->recentCombo->itemData(index).toString();
        if (!location.isEmpty())
            fillFrom(location);
    });
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->connInfoEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!recent.isEmpty())
        fillFrom(recent.front());
    updateState();
    m_ui->hostEdit->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::fillFrom(const QString &location)
{
    // A remembered server is a connection string: shown in full, the fields left as they are.
    m_ui->connInfoEdit->setText(location);
    updateState();
}

void ConnectServerDialog::updateState()
{
    const bool whole = !m_ui->connInfoEdit->text().trimmed().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->hostEdit, m_ui->portSpin, m_ui->databaseEdit,
                                                       m_ui->userEdit, m_ui->encryptionCombo})
        w->setEnabled(!whole);
    const bool complete = whole || (!m_ui->hostEdit->text().trimmed().isEmpty() &&
                                    !m_ui->databaseEdit->text().trimmed().isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

QString ConnectServerDialog::location() const
{
    const QString whole = m_ui->connInfoEdit->text().trimmed();
    if (!whole.isEmpty())
        return whole;
    std::vector<std::pair<std::string, std::string>> keys{
        {"host", m_ui->hostEdit->text().trimmed().toStdString()},
        {"port", std::to_string(m_ui->portSpin->value())},
        {"dbname", m_ui->databaseEdit->text().trimmed().toStdString()},
    };
    if (const QString user = m_ui->userEdit->text().trimmed(); !user.isEmpty())
        keys.emplace_back("user", user.toStdString());
    if (!m_ui->hostEdit->text().trimmed().startsWith(QLatin1Char('/')))
        keys.emplace_back("sslmode", m_ui->encryptionCombo->currentData().toString().toStdString());
    return toQString(services::serverLocation(keys));
}

} // namespace casebook::app
