// Default paths and the district's "today"; see paths.h.
#include "paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace casebook::io {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("Casebook"));
}

std::string defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir(folder).exists()) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QDir(folder).filePath(QStringLiteral("casebook.sqlite")).toStdString();
}

Date today(const std::string &timeZone)
{
    if (const QByteArray fixed = qgetenv("CASEBOOK_TODAY"); !fixed.isEmpty()) {
        if (auto d = Date::parse(fixed.toStdString(), "CASEBOOK_TODAY"))
            return *d;
    }
    QTimeZone zone(QByteArray::fromStdString(timeZone));
    if (!zone.isValid())
        zone = QTimeZone(kDefaultTimeZone);
    const QDate local = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    return Date(local.year(), unsigned(local.month()), unsigned(local.day()));
}

} // namespace casebook::io
