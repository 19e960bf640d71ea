// The .xlsx reader; see xlsx_reader.h. Part names follow ECMA-376 Part 2 (Open Packaging
// Conventions): the workbook is found through _rels/.rels, its sheets and shared strings through
// xl/_rels/workbook.xml.rels; part names are compared without regard to case, as OPC says.
#include "xlsx_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <cmath>

namespace casebook::io {

namespace {

std::string utf8(QStringView s) { return s.toString().toStdString(); }

// One part of the package, whole; refused when it would be larger than kMaxXlsxPartBytes, whatever
// its header claims (the bytes are counted as they are inflated).
Result<QByteArray> readPart(const std::string &path, const std::string &part, bool required = true)
{
    const std::string file = QFileInfo(QString::fromStdString(path)).fileName().toStdString();
    QuaZip zip(QString::fromStdString(path));
    if (!zip.open(QuaZip::mdUnzip))
        return Error::badInput(file, "is not an .xlsx workbook: it cannot be opened as a zip file");
    if (!zip.setCurrentFile(QString::fromStdString(part), QuaZip::csInsensitive)) {
        if (!required)
            return QByteArray();
        return Error::badInput(file, "is not an .xlsx workbook: it has no " + part);
    }
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return Error::badInput(file, "cannot read the zip entry " + part);
    const auto tooLarge = [&] {
        return Error::badInput(file, part + " is larger than " + std::to_string(kMaxXlsxPartBytes / (1024 * 1024)) +
                                         " MiB uncompressed; refused (a damaged file or a zip bomb)");
    };
    if (info.uncompressedSize > quint64(kMaxXlsxPartBytes))
        return tooLarge();
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return Error::badInput(file, "cannot read the zip entry " + part + " (zip error " +
                                         std::to_string(entry.getZipError()) + ")");
    QByteArray bytes;
    bytes.reserve(qsizetype(info.uncompressedSize));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = entry.read(buffer, sizeof buffer);
        if (n < 0)
            return Error::badInput(file, "cannot read the zip entry " + part + " (it is damaged)");
        if (n == 0)
            break;
        if (bytes.size() + n > kMaxXlsxPartBytes)
            return tooLarge();
        bytes.append(buffer, qsizetype(n));
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK)
        return Error::badInput(file, "the zip entry " + part + " is damaged (CRC error)");
    return bytes;
}

std::string xmlError(const std::string &part, const QXmlStreamReader &xml)
{
    return "the workbook is damaged: " + part + " line " + std::to_string(xml.lineNumber()) + ": " + xml.errorString().toStdString();
}

// Relationship targets are relative to the folder of the part that holds them, or absolute ("/xl/...").
std::string resolveTarget(const std::string &folder, const std::string &target)
{
    if (!target.empty() && target.front() == '/')
        return target.substr(1);
    std::vector<std::string> parts;
    std::string piece;
    const std::string joined = folder + target;
    for (std::size_t i = 0; i <= joined.size(); ++i) {
        if (i == joined.size() || joined[i] == '/') {
            if (piece == "..") {
                if (!parts.empty())
                    parts.pop_back();
            } else if (!piece.empty() && piece != ".") {
                parts.push_back(piece);
            }
            piece.clear();
        } else {
            piece += joined[i];
        }
    }
    std::string out;
    for (const auto &p : parts)
        out += (out.empty() ? "" : "/") + p;
    return out;
}

struct Relationship {
    std::string id, type, target;
};

Result<std::vector<Relationship>> readRelationships(const std::string &path, const std::string &file,
                                                    const std::string &part, const std::string &folder)
{
    auto bytes = readPart(path, part, false);
    if (!bytes)
        return bytes.error();
    std::vector<Relationship> out;
    if (bytes->isEmpty())
        return out;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            out.push_back({utf8(a.value(QLatin1String("Id"))), utf8(a.value(QLatin1String("Type"))), resolveTarget(folder, utf8(a.value(QLatin1String("Target"))))});
        }
    }
    if (xml.hasError())
        return Error::badInput(file, xmlError(part, xml));
    return out;
}

bool typeEndsWith(const std::string &type, std::string_view suffix)
{
    return type.size() >= suffix.size() && type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The text of an <si> or <is>: its <t>, or the <t> of each rich-text run <r>; phonetic runs (<rPh>) are
// not part of the text. The reader stands on the opening element and ends on its closing one.
std::string stringItem(QXmlStreamReader &xml)
{
    std::string text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh")
                phonetic = true;
            else if (xml.name() == u"t" && !phonetic)
                text += xml.readElementText().toStdString(), --depth;
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == u"rPh")
                phonetic = false;
        }
    }
    return text;
}

Result<std::vector<std::string>> readSharedStrings(const std::string &path, const std::string &file,
                                                   const std::string &part)
{
    auto bytes = readPart(path, part, false);
    if (!bytes)
        return bytes.error();
    std::vector<std::string> out;
    if (bytes->isEmpty())
        return out;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            out.push_back(stringItem(xml));
    }
    if (xml.hasError())
        return Error::badInput(file, xmlError(part, xml));
    return out;
}

std::string numberText(double v, const std::string &raw)
{
    // Excel writes numbers as it stores them; whole numbers are shown without an exponent.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    return raw;
}

} // namespace

const XlsxCell *XlsxRow::find(int column) const
{
    const auto it = cells.find(column);
    return it == cells.end() ? nullptr : &it->second;
}

std::string XlsxRow::text(int column) const
{
    const auto *c = find(column);
    return c ? c->text : std::string();
}

std::string XlsxSheet::where(int row) const { return fileName + ", sheet \"" + name + "\", row " + std::to_string(row); }

std::string XlsxSheet::where(int row, int column, std::string_view header) const
{
    std::string s = where(row) + ", column " + xlsxColumnName(column);
    if (!header.empty())
        s += " (" + std::string(header) + ")";
    return s;
}

std::vector<std::string> XlsxTable::fieldsOf(const XlsxRow &row, std::size_t width) const
{
    std::vector<std::string> fields(width);
    for (const auto &[column, cell] : row.cells)
        if (std::size_t(column) < width)
            fields[std::size_t(column)] = cell.text;
    return fields;
}

Result<std::vector<std::string>> XlsxTable::readHeader(
    const std::function<bool(const std::vector<std::string> &)> &isHeader, int maxSkipped)
{
    for (int seen = 0; m_next < m_sheet.rows.size() && seen <= maxSkipped; ++seen) {
        const XlsxRow &row = m_sheet.rows[m_next++];
        m_row = row.number;
        const int width = row.cells.empty() ? 0 : row.cells.rbegin()->first + 1;
        auto fields = fieldsOf(row, std::size_t(width));
        for (auto &f : fields) {
            const auto first = f.find_first_not_of(" \t");
            f = first == std::string::npos ? std::string() : f.substr(first, f.find_last_not_of(" \t") - first + 1);
        }
        if (!isHeader || isHeader(fields)) {
            m_header = fields;
            return fields;
        }
    }
    return Error::badInput(m_sheet.fileName + ", sheet \"" + m_sheet.name + "\"",
                           "no header row found in the first " + std::to_string(maxSkipped + 1) + " rows");
}

Result<bool> XlsxTable::next(std::vector<std::string> &fields)
{
    while (m_next < m_sheet.rows.size()) {
        const XlsxRow &row = m_sheet.rows[m_next++];
        m_row = row.number;
        const bool blank = std::all_of(row.cells.begin(), row.cells.end(),
                                       [](const auto &c) { return c.second.text.find_first_not_of(" \t") == std::string::npos; });
        if (blank)
            continue;
        if (std::size_t(row.cells.rbegin()->first) >= m_header.size())
            return Error::badInput(m_sheet.where(m_row, row.cells.rbegin()->first),
                                   "a value beyond the header's last column (" +
                                       xlsxColumnName(int(m_header.size()) - 1) + ")");
        fields = fieldsOf(row, m_header.size());
        m_current = &row;
        return true;
    }
    return false;
}

const XlsxCell *XlsxTable::cell(int column) const { return m_current ? m_current->find(column) : nullptr; }

std::string XlsxTable::where(int column) const
{
    return m_sheet.where(m_row, column, column >= 0 && std::size_t(column) < m_header.size() ? m_header[std::size_t(column)] : "");
}

std::string XlsxTable::where(const std::string &column) const
{
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (QString::fromStdString(m_header[i]).compare(QString::fromStdString(column), Qt::CaseInsensitive) == 0)
            return where(int(i));
    return m_sheet.where(m_row) + ", column " + column;
}

std::string xlsxColumnName(int column)
{
    std::string s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.insert(s.begin(), char('A' + (n - 1) % 26));
    return s;
}

Result<int> xlsxColumnOf(std::string_view reference)
{
    int column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
        column = column * 26 + (reference[i] - 'A' + 1);
        if (column > 16384) // XFD, Excel's last column
            break;
    }
    bool digits = i < reference.size();
    for (std::size_t j = i; j < reference.size(); ++j)
        digits = digits && reference[j] >= '0' && reference[j] <= '9';
    if (i == 0 || column > 16384 || !digits)
        return Error::badInput("r", "expected a cell reference such as B7, got \"" + std::string(reference) + "\"");
    return column - 1;
}

std::string XlsxWorkbook::fileName() const { return QFileInfo(QString::fromStdString(m_path)).fileName().toStdString(); }

bool XlsxWorkbook::hasSheet(std::string_view name) const
{
    return std::find(m_sheetNames.begin(), m_sheetNames.end(), name) != m_sheetNames.end();
}

std::string XlsxWorkbook::quotedSheetNames() const
{
    std::string names;
    for (const auto &n : m_sheetNames)
        names += (names.empty() ? "\"" : ", \"") + n + "\"";
    return names;
}

Result<XlsxWorkbook> XlsxWorkbook::open(const std::string &path)
{
    XlsxWorkbook book;
    book.m_path = path;
    const std::string file = book.fileName();
    {
        QFile f(QString::fromStdString(path));
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(file, "cannot be read: " + f.errorString().toStdString());
        const QByteArray magic = f.read(8);
        if (magic.startsWith("\xD0\xCF\x11\xE0"))
            return Error::badInput(file, "is an Excel 97-2003 workbook (.xls), not .xlsx; open it in Excel and save it "
                                         "as an Excel Workbook (.xlsx)");
        if (!magic.startsWith("PK\x03\x04") && !magic.startsWith("PK\x05\x06"))
            return Error::badInput(file, "is not an .xlsx workbook (an .xlsx file is a zip file; this one is not)");
    }
    // _rels/.rels names the workbook part; xl/workbook.xml when it does not say.
    std::string workbookPart = "xl/workbook.xml";
    auto packageRels = readRelationships(path, file, "_rels/.rels", "");
    if (!packageRels)
        return packageRels.error();
    for (const auto &r : *packageRels)
        if (typeEndsWith(r.type, "/officeDocument"))
            workbookPart = r.target;
    const auto slash = workbookPart.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : workbookPart.substr(0, slash + 1);
    const std::string relsPart = folder + "_rels/" + workbookPart.substr(folder.size()) + ".rels";
    auto rels = readRelationships(path, file, relsPart, folder);
    if (!rels)
        return rels.error();
    std::string sharedStringsPart;
    for (const auto &r : *rels)
        if (typeEndsWith(r.type, "/sharedStrings"))
            sharedStringsPart = r.target;

    auto workbook = readPart(path, workbookPart);
    if (!workbook)
        return workbook.error();
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"sheet")
            continue;
        const auto attributes = xml.attributes();
        std::string id;
        for (const auto &a : attributes)
            if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                id = utf8(a.value());
        const std::string name = utf8(attributes.value(QLatin1String("name")));
        const auto rel = std::find_if(rels->begin(), rels->end(), [&](const Relationship &r) { return r.id == id; });
        if (rel == rels->end())
            return Error::badInput(file, "the sheet \"" + name + "\" has no part in " + relsPart + " (relationship \"" +
                                             id + "\"); the workbook is damaged");
        book.m_sheetNames.push_back(name);
        book.m_sheetParts.push_back(rel->target);
    }
    if (xml.hasError())
        return Error::badInput(file, xmlError(workbookPart, xml));
    if (book.m_sheetNames.empty())
        return Error::badInput(file, "the workbook has no sheets");
    if (!sharedStringsPart.empty()) {
        auto strings = readSharedStrings(path, file, sharedStringsPart);
        if (!strings)
            return strings.error();
        book.m_sharedStrings = std::move(*strings);
    }
    return book;
}

Result<XlsxSheet> XlsxWorkbook::sheet(std::string_view name) const
{
    const auto it = std::find(m_sheetNames.begin(), m_sheetNames.end(), name);
    if (it == m_sheetNames.end())
        return Error::badInput(fileName() + ", sheet \"" + std::string(name) + "\"",
                               "the workbook has no such sheet (its sheets: " + quotedSheetNames() + ")");
    const std::string part = m_sheetParts[std::size_t(it - m_sheetNames.begin())];
    auto bytes = readPart(m_path, part);
    if (!bytes)
        return bytes.error();
    XlsxSheet sheet{fileName(), std::string(name), {}};
    QXmlStreamReader xml(*bytes);
    int rowNumber = 0;
    XlsxRow row;
    int column = -1;
    const auto fail = [&](int column, const std::string &message) -> Error {
        return Error::badInput(sheet.where(rowNumber, column), message);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"row") {
            if (!row.cells.empty())
                sheet.rows.push_back(std::move(row));
            row = {};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = true;
            const int n = r.isEmpty() ? rowNumber + 1 : r.toInt(&ok);
            if (!ok || n <= rowNumber || n > 1048576)
                return Error::badInput(sheet.where(rowNumber + 1), "the row number \"" + utf8(r) +
                                                                       "\" is not after row " + std::to_string(rowNumber));
            rowNumber = n;
            row = {};
            row.number = n;
            column = -1;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const auto attributes = xml.attributes();
        const std::string reference = utf8(attributes.value(QLatin1String("r")));
        if (reference.empty()) {
            ++column;
        } else {
            auto c = xlsxColumnOf(reference);
            if (!c)
                return fail(column + 1, c.error().message);
            if (*c <= column)
                return fail(*c, "the cell " + reference + " comes after column " + xlsxColumnName(column));
            column = *c;
        }
        const std::string type = utf8(attributes.value(QLatin1String("t")));
        std::string value;
        bool hasValue = false;
        std::string inlineText;
        bool hasInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"v") {
                value = xml.readElementText().toStdString();
                hasValue = true;
            } else if (xml.name() == u"is") {
                inlineText = stringItem(xml);
                hasInline = true;
            } else {
                xml.skipCurrentElement(); // <f> formulas, <extLst>
            }
        }
        XlsxCell cell;
        if (type == "inlineStr") {
            if (!hasInline)
                continue;
            cell.text = inlineText;
        } else if (!hasValue) {
            continue; // a styled empty cell
        } else if (type == "s") {
            bool ok = false;
            const qulonglong index = QString::fromStdString(value).toULongLong(&ok);
            if (!ok || index >= m_sharedStrings.size())
                return fail(column, "the shared string " + value + " does not exist (the workbook has " +
                                        std::to_string(m_sharedStrings.size()) + ")");
            cell.text = m_sharedStrings[std::size_t(index)];
        } else if (type == "str" || type == "d") {
            cell.text = value; // a formula's text result; an ISO 8601 date
        } else if (type == "b") {
            if (value != "0" && value != "1")
                return fail(column, "expected a boolean 0 or 1, got \"" + value + "\"");
            cell.type = XlsxCell::Type::Boolean;
            cell.number = value == "1" ? 1 : 0;
            cell.text = value == "1" ? "TRUE" : "FALSE";
        } else if (type == "e") {
            cell.type = XlsxCell::Type::Error;
            cell.text = value;
        } else if (type.empty() || type == "n") {
            bool ok = false;
            const double v = QString::fromStdString(value).toDouble(&ok);
            if (!ok)
                return fail(column, "expected a number, got \"" + value + "\"");
            cell.type = XlsxCell::Type::Number;
            cell.number = v;
            cell.text = numberText(v, value);
        } else {
            return fail(column, "unknown cell type \"" + type + "\"");
        }
        row.cells.emplace(column, std::move(cell));
    }
    if (xml.hasError())
        return Error::badInput(sheet.where(rowNumber), "the sheet's XML is damaged (" + part + " line " +
                                                           std::to_string(xml.lineNumber()) + ": " +
                                                           xml.errorString().toStdString() + ")");
    return sheet;
}

} // namespace casebook::io
