// Reading a packet back the way its recipient would: the zip's entries (QuaZip), the PDF's text
// and page count (poppler's pdftotext and pdfinfo) and the words' positions on the page.
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace casebook::test {

// Every entry of the zip, name -> bytes (empty map when the zip cannot be read).
std::map<std::string, QByteArray> readZip(const std::string &path);

// Output of a program run with `arguments` (stdout only); fails the test when it cannot run.
std::string runTool(const QString &program, const QStringList &arguments);

struct PdfWord {
    double xMin, xMax, yMin, yMax;
    double pageWidth, pageHeight;
    std::string text;
};

// The words of a PDF with their boxes (pdftotext -bbox).
std::vector<PdfWord> pdfWords(const std::string &pdfPath);

} // namespace casebook::test
