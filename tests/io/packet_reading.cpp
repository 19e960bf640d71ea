// Reading packets back; see packet_reading.h.
#include "packet_reading.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QProcess>
#include <QRegularExpression>

#include <stdexcept>

namespace casebook::test {

std::map<std::string, QByteArray> readZip(const std::string &path)
{
    std::map<std::string, QByteArray> out;
    QuaZip zip(QString::fromStdString(path));
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read an entry of " + path);
        out[file.getActualFileName().toStdString()] = file.readAll();
        file.close();
    }
    return out;
}

std::string runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(program.toStdString() + " failed: " + process.readAllStandardError().toStdString());
    return process.readAllStandardOutput().toStdString();
}

std::vector<PdfWord> pdfWords(const std::string &pdfPath)
{
    const QString html = QString::fromStdString(runTool(QStringLiteral("pdftotext"),
                                                        {QStringLiteral("-bbox"), QString::fromStdString(pdfPath), QStringLiteral("-")}));
    static const QRegularExpression page(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    std::vector<PdfWord> out;
    double width = 0, height = 0;
    qsizetype at = 0;
    for (;;) {
        const auto p = page.match(html, at);
        const auto w = word.match(html, at);
        if (!w.hasMatch())
            break;
        if (p.hasMatch() && p.capturedStart() < w.capturedStart()) {
            width = p.captured(1).toDouble();
            height = p.captured(2).toDouble();
            at = p.capturedEnd();
            continue;
        }
        out.push_back({w.captured(1).toDouble(), w.captured(3).toDouble(), w.captured(2).toDouble(),
                       w.captured(4).toDouble(), width, height, w.captured(5).toStdString()});
        at = w.capturedEnd();
    }
    return out;
}

} // namespace casebook::test
