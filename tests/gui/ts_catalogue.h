// The Spanish translations as translations/casebook_es.ts writes them, read with an XML reader and not
// through Qt's translator: a test's expected Spanish comes from the file a translator edits, not from
// the code under test.
#pragma once

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <stdexcept>
#include <string>

namespace casebook::test {

class TsCatalogue {
public:
    TsCatalogue()
    {
        QFile file(QStringLiteral(CASEBOOK_FIXTURE_DIR "/../../translations/casebook_es.ts"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read translations/casebook_es.ts");
        QXmlStreamReader xml(&file);
        QString context, source, comment, translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                    m_text.insert(key(context, source, comment), translation);
                continue;
            }
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == QLatin1String("message"))
                source.clear(), comment.clear(), translation.clear();
            else if (name == QLatin1String("source"))
                source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == QLatin1String("translation"))
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        if (xml.hasError())
            throw std::runtime_error("translations/casebook_es.ts: " + xml.errorString().toStdString());
    }

    // The translation of `source` in `context` (with its disambiguating comment, if any); throws when
    // the file has none, so a test never compares with an empty string.
    QString operator()(const char *context, const char *source, const char *comment = "") const
    {
        const QString found = m_text.value(key(QString::fromUtf8(context), QString::fromUtf8(source), QString::fromUtf8(comment)));
        if (found.isEmpty())
            throw std::runtime_error(std::string("casebook_es.ts has no translation of \"") + source + "\" in " + context);
        return found;
    }

    // A "phrases" pattern of the file filled with `args` (%1 ... %9), as a phrase is said.
    QString phrase(const char *pattern, const QStringList &args = {}) const
    {
        QString text = (*this)("phrases", pattern);
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1') &&
                text[i + 1] <= QLatin1Char('9')) {
                out += args.value(text[i + 1].digitValue() - 1);
                ++i;
            } else {
                out += text[i];
            }
        }
        return out;
    }

private:
    static QString key(const QString &context, const QString &source, const QString &comment)
    {
        return context + QChar(1) + source + QChar(1) + comment;
    }
    QHash<QString, QString> m_text;
};

} // namespace casebook::test
