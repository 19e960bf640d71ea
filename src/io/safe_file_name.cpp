// Safe file names; see safe_file_name.h.
#include "safe_file_name.h"

#include <QRegularExpression>
#include <QString>

namespace casebook::io {

namespace {

constexpr int kMaxLength = 120; // characters; leaves room for a folder in a 255-byte path component

bool isDeviceName(const QString &stem)
{
    static const QRegularExpression devices(QStringLiteral("^(CON|PRN|AUX|NUL|CLOCK\\$|COM[0-9¹²³]|LPT[0-9¹²³])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return devices.match(stem.trimmed()).hasMatch();
}

} // namespace

std::string safeFileName(const std::string &name)
{
    QString in = QString::fromUtf8(name.data(), qsizetype(name.size()));
    // Only the last path component: "../../x" is "x", "C:\\a\\b.txt" is "b.txt".
    in = in.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    QString out;
    for (const QChar c : in) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format;
        const bool reserved = QStringLiteral("<>:\"|?*").contains(c);
        out += (control || reserved) ? QChar(u'_') : c;
    }
    // Windows drops trailing dots and spaces; leading dots hide files on Unix.
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u' '))
        out.chop(1);
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u' '))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("attachment");
    const qsizetype dot = out.indexOf(u'.');
    if (isDeviceName(dot < 0 ? out : out.left(dot)))
        out.prepend(u'_');
    if (out.size() > kMaxLength) {
        const qsizetype ext = out.lastIndexOf(u'.');
        const QString suffix = ext > 0 && out.size() - ext <= 10 ? out.mid(ext) : QString();
        out = out.left(kMaxLength - suffix.size());
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += suffix;
    }
    return out.toStdString();
}

std::string UniqueFileNames::add(const std::string &name)
{
    const QString safe = QString::fromStdString(safeFileName(name));
    const qsizetype ext = safe.lastIndexOf(u'.');
    const QString stem = ext > 0 ? safe.left(ext) : safe;
    const QString suffix = ext > 0 ? safe.mid(ext) : QString();
    QString candidate = safe;
    for (int n = 2; m_taken.contains(candidate.toLower().toStdString()); ++n)
        candidate = stem + QStringLiteral(" (%1)").arg(n) + suffix;
    m_taken.insert(candidate.toLower().toStdString());
    return candidate.toStdString();
}

} // namespace casebook::io
