// Painting the packet's pages into a PDF; see packet_pdf.h.
#include "packet_pdf.h"

#include "packet_layout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace casebook::io {

namespace {

using ordered = nlohmann::ordered_json;

void paintPages(const PacketLayout &layout, QPdfWriter &writer, const QString &header, const QString &footer)
{
    QPainter painter(&writer);
    const int pages = layout.pages();
    const QFont small = packetFont(7);
    int pageNumber = 0;
    for (const PacketPart *part : layout.parts)
        for (int page = 0; page < part->document.pageCount(); ++page, ++pageNumber) {
            if (pageNumber > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, kPacketHeaderHeight - page * part->bodyHeight);
            const QRectF clip(0, page * part->bodyHeight, part->width, part->bodyHeight);
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, Qt::black);
            part->document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF top(0, 0, part->width, kPacketHeaderHeight * 0.6);
            const QString right = QStringLiteral("BP 0520 documentation packet");
            const QFontMetricsF metrics(small, &writer);
            const qreal room = part->width - metrics.horizontalAdvance(right) - metrics.horizontalAdvance(QStringLiteral("MMMM"));
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(header, Qt::ElideRight, room));
            painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, right);
            painter.drawLine(QPointF(0, kPacketHeaderHeight * 0.6), QPointF(part->width, kPacketHeaderHeight * 0.6));
            const qreal footerTop = kPacketHeaderHeight + part->bodyHeight + kPacketFooterHeight * 0.35;
            const QRectF bottom(0, footerTop, part->width, kPacketFooterHeight * 0.65);
            painter.drawLine(QPointF(0, footerTop), QPointF(part->width, footerTop));
            painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, footer);
            painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("Page %1 of %2").arg(pageNumber + 1).arg(pages));
        }
}

// Header and footer lines are drawn as plain text (QPainter::drawText never reads markup).
QString plain(const ordered &v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); }

} // namespace

Result<RenderedPdf> renderPacketPdf(const ordered &content)
{
    // Fonts need a QGuiApplication, and the application object is the program's to create (its main()).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::internal(std::string("internal: writing a PDF needs a QGuiApplication (fonts), and this program ") +
                               (QCoreApplication::instance() ? "created a QCoreApplication" : "created none"));
    const QString header = plain(content.at("district").at("name")) + QStringLiteral(" — ") +
                           plain(content.at("case").at("title"));
    const QString preparedBy = plain(content.at("prepared").at("by"));
    const QString footer = QStringLiteral("Period %1 to %2 · prepared %3")
                               .arg(plain(content.at("period").at("from")), plain(content.at("period").at("to")),
                                    plain(content.at("prepared").at("on"))) +
                           (preparedBy.isEmpty() ? QString() : QStringLiteral(" by ") + preparedBy);
    RenderedPdf out;
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPacketDpi);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0.7, 0.5, 0.7, 0.5), QPageLayout::Inch);
    writer.setTitle(QStringLiteral("Documentation packet: ") + header);
    writer.setCreator(plain(content.at("prepared").at("generator")));

    const PacketLayout layout = layOutPacket(content, writer);
    paintPages(layout, writer, header, footer);
    out.pages = layout.pages();
    buffer.close();
    return out;
}

} // namespace casebook::io
