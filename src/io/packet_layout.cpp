// Laying the packet out; see packet_layout.h.
#include "packet_layout.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <optional>
#include <utility>

namespace casebook::io {

namespace {

using ordered = nlohmann::ordered_json;

void typeset(PacketPart &layout, QPagedPaintDevice &device, const QString &html)
{
    const QRectF paint = device.pageLayout().paintRectPixels(kPacketDpi);
    layout.width = paint.width();
    layout.bodyHeight = paint.height() - kPacketHeaderHeight - kPacketFooterHeight;
    layout.document.setDocumentMargin(0);
    QTextOption option = layout.document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a 10,000-letter word still wraps
    layout.document.setDefaultTextOption(option);
    layout.document.setDefaultFont(packetFont(9));
    layout.document.setDefaultStyleSheet(packetStyleSheet());
    // The layout and its paint device (300 dpi metrics) and the page size come before the HTML, so the
    // text is laid out once, lazily (a pass that stops at a part's first problem lays out only up to
    // it). After the HTML, creating the layout and setting the page size each laid the whole part out
    // again (7 G of 15.5 G instructions); the PDF is the same either way (same pages, same pixels).
    // The paint device must never come after the page size: setting it does not re-do a layout made
    // with the screen's metrics (that order gave 93 pages with other line breaks than the PDF's own).
    layout.document.documentLayout()->setPaintDevice(&device);
    layout.document.setPageSize(QSizeF(layout.width, layout.bodyHeight));
    layout.document.setHtml(html);
}


// A place where the layout reads badly: a heading alone at the foot of a page, or a table row cut
// in two by a page break (when the row would fit on one page).
struct LayoutProblem {
    std::optional<int> heading;
    std::optional<std::pair<int, int>> row;
    std::vector<std::pair<int, int>> predictedRows; // later breaks of the same table piece, from row heights
    int pieceEnd = 0;                               // the row that starts the table's next piece
};

// A predicted break comes this much early (device pixels): a break predicted one row early costs some
// white space, one predicted late costs another layout pass.
constexpr qreal kPredictionMargin = 120;

// Each data row of a table as laid out: its first line's top, and its text bottom plus padding and border.
struct RowSpans {
    std::vector<qreal> tops, bottoms;
    qreal headerTop = 0; // the header's first line
};

qreal firstLineTop(const PacketPart &layout, const QTextBlock &b)
{
    const qreal top = layout.document.documentLayout()->blockBoundingRect(b).top();
    return b.layout() && b.layout()->lineCount() > 0 ? top + b.layout()->lineAt(0).y() : top;
}

RowSpans rowSpans(const PacketPart &layout, QTextTable *table)
{
    const auto blockAt = [&](int position) { return layout.document.findBlock(position); };
    RowSpans rows;
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
        qreal top = 1e12, bottom = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            top = std::min(top, firstLineTop(layout, blockAt(cell.firstPosition())));
            bottom = std::max(bottom,
                              layout.document.documentLayout()->blockBoundingRect(blockAt(cell.lastPosition())).bottom());
        }
        rows.tops.push_back(top);
        rows.bottoms.push_back(bottom + kPacketCellPadding + 4);
    }
    rows.headerTop = firstLineTop(layout, blockAt(table->cellAt(0, 0).firstPosition()));
    return rows;
}

// Paginates rows by their heights alone, the row `from` placed at `y`: the rows (indexes) that start a
// new page, whose first line lies `freshOffset` below the page's top. A row that would cross the first
// page's foot `firstMargin` or less below it, or a later page's foot `kPredictionMargin` or less, starts one.
std::vector<std::size_t> paginateRows(const RowSpans &rows, std::size_t from, qreal y, qreal freshOffset,
                                      qreal bodyHeight, qreal firstMargin)
{
    const auto pageAt = [&](qreal at) { return int(at / bodyHeight); };
    std::vector<std::size_t> breaks;
    for (std::size_t i = from; i < rows.tops.size(); ++i) {
        const qreal height = rows.bottoms[i] - rows.tops[i];
        if (height > 0.8 * bodyHeight)
            break;
        const qreal margin = breaks.empty() ? firstMargin : kPredictionMargin;
        if (i > from && pageAt(y) != pageAt(y + height - 1 + margin)) {
            breaks.push_back(i);
            y = (pageAt(y) + 1) * bodyHeight + freshOffset;
        }
        const bool samePage = i + 1 < rows.tops.size() && pageAt(rows.tops[i]) == pageAt(rows.tops[i + 1]);
        y += samePage ? rows.tops[i + 1] - rows.tops[i] : height;
    }
    return breaks;
}

// Where a table continued on a new page puts its first row, estimated from where it lies under the
// header here (a continued header's first line lies about 91 px below the page's top), rounded up so a
// predicted break is early, not late.
qreal continuedRowOffset(const RowSpans &rows) { return rows.tops.front() - rows.headerTop + 100; }

// Finds what one pass fixes: the FIRST problem of each part. Only the first: fixing it moves everything
// after it in its part, so later problems there are judged again in the next pass; the parts after the
// next forced break do not move. When no part has a problem, also the page of each section (for the
// contents). Tables split by earlier fixes appear as several pieces; `hints` says where each piece starts.
PacketLayoutHints analyse(const std::vector<PacketPart *> &parts, const PacketLayoutHints &hints)
{
    PacketLayoutHints next = hints;
    std::map<int, std::vector<int>> pieceStarts;
    for (const auto &[table, row] : hints.tableBreaks)
        pieceStarts[table].push_back(row);
    int index = -1; // body headings, counted from 0 ("Contents" is -1)
    int logical = 0;
    std::size_t piece = 0;
    bool problems = false;

    for (PacketPart *layout : parts) {
        const auto pageAt = [&](qreal y) { return int(y / layout->bodyHeight); };
        // Where a block's first line is: a block moved to the next page keeps its top margin behind.
        const auto pageOf = [&](const QTextBlock &b) { return pageAt(firstLineTop(*layout, b)); };
        std::optional<LayoutProblem> first;
        bool done = false; // the part's first problem is found (or its table is predicted anew): only count
        std::optional<std::pair<int, int>> lastHeading; // (page, index) of the last body heading seen
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (it.currentFrame() == nullptr) {
                const QTextBlock b = it.currentBlock();
                const int level = b.blockFormat().headingLevel();
                if (level != 2 && level != 3)
                    continue;
                if (index++ < 0)
                    continue; // "Contents"
                if (done)
                    continue;
                lastHeading = std::pair{pageOf(b), index - 1};
                if (const QTextBlock after = b.next(); after.isValid() && pageOf(after) > pageOf(b) &&
                                                       !hints.breakBefore.contains(index - 1)) {
                    first = LayoutProblem{index - 1, std::nullopt, {}, 0};
                    done = true;
                }
                continue;
            }
            auto *table = qobject_cast<QTextTable *>(it.currentFrame());
            if (!table || table->format().headerRowCount() == 0)
                continue; // fact lists and the contents are not data tables
            const int thisLogical = logical;
            const std::size_t thisPiece = piece;
            // A table is cut into one piece more than it has breaks after its first row.
            if (++piece > std::size_t(std::count_if(pieceStarts[logical].begin(), pieceStarts[logical].end(),
                                                    [](int row) { return row > 0; }))) {
                ++logical;
                piece = 0;
            }
            if (done)
                continue;
            std::vector<int> starts{0};
            for (int row : pieceStarts[thisLogical])
                if (row > 0)
                    starts.push_back(row);
            const int header = table->format().headerRowCount();
            const RowSpans spans = rowSpans(*layout, table);
            const std::vector<qreal> &tops = spans.tops, &bottoms = spans.bottoms;
            // Where a table continued on a new page puts its first row (under the margin and header):
            // measured when this piece starts its part, else estimated.
            const bool startsPart = thisPiece > 0 || table->firstPosition() <= 1 + layout->document.begin().length();
            const qreal freshOffset = tops.empty() ? 0
                                      : startsPart ? tops.front() - pageAt(tops.front()) * layout->bodyHeight
                                                   : continuedRowOffset(spans);
            // Once a row starts a new page, the rows after it can be paginated by their heights alone:
            // predicting those breaks fixes a long table in one pass instead of one pass per page.
            const auto predictAfter = [&](std::size_t from, bool cut) {
                std::vector<std::pair<int, int>> more;
                const qreal y = (pageAt(tops[from]) + (cut ? 1 : 0)) * layout->bodyHeight + freshOffset;
                for (std::size_t i : paginateRows(spans, from, y, freshOffset, layout->bodyHeight, kPredictionMargin))
                    more.emplace_back(thisLogical, starts[thisPiece] + int(i));
                return more;
            };
            int previousPage = -1;
            for (std::size_t i = 0; i < tops.size() && !done; ++i) {
                const int r = header + int(i);
                const qreal top = tops[i], bottom = bottoms[i];
                // Qt either cuts a row at the page's foot or pushes it to the next page and stretches the
                // row above it down to the foot; both read badly, so the table is continued as a new
                // table (with its header) on the next page instead.
                const bool cut = pageAt(top) != pageAt(bottom - 1) && bottom - top < 0.8 * layout->bodyHeight;
                const bool pushed = previousPage >= 0 && pageAt(top) > previousPage;
                previousPage = pageAt(top);
                if (!cut && !pushed)
                    continue;
                const int logicalRow = starts[thisPiece] + (r - header);
                if (r == header && thisPiece == 0 && lastHeading && lastHeading->first == pageAt(top)) {
                    // The table's first row: the heading above it (on the same page) moves with it.
                    if (!hints.breakBefore.contains(lastHeading->second)) {
                        first = LayoutProblem{lastHeading->second, std::nullopt, {}, 0};
                        done = true;
                    }
                    continue;
                }
                if ((r > header || thisPiece == 0) && !hints.tableBreaks.contains({thisLogical, logicalRow})) {
                    first = LayoutProblem{std::nullopt, std::pair{thisLogical, logicalRow}, predictAfter(i, cut),
                                          starts[thisPiece] + int(tops.size())};
                    done = true;
                }
            }
        }
        if (!first)
            continue;
        problems = true;
        if (first->heading)
            next.breakBefore.insert(*first->heading);
        if (first->row) {
            // The piece's later breaks were predicted from the old layout: predict them anew. The
            // table's next pieces start a page of their own and are judged on their own.
            const int table = first->row->first, row = first->row->second; // (clang 14 cannot capture bindings)
            std::erase_if(next.tableBreaks, [&](const auto &b) {
                return b.first == table && b.second > row && b.second < first->pieceEnd;
            });
            next.tableBreaks.insert(*first->row);
            next.tableBreaks.insert(first->predictedRows.begin(), first->predictedRows.end());
        }
    }
    if (problems)
        return next; // the contents' page numbers are filled once nothing moves any more
    next.tocPages.clear();
    int pageOffset = 0;
    bool contents = true;
    for (PacketPart *layout : parts) {
        auto *docLayout = layout->document.documentLayout();
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            if (it.currentFrame() != nullptr || b.blockFormat().headingLevel() != 2)
                continue;
            if (std::exchange(contents, false))
                continue;
            const qreal top = docLayout->blockBoundingRect(b).top() +
                              (b.layout() && b.layout()->lineCount() > 0 ? b.layout()->lineAt(0).y() : 0);
            next.tocPages.push_back(pageOffset + int(top / layout->bodyHeight) + 1);
        }
        pageOffset += layout->document.pageCount();
    }
    return next;
}

// A heading pass 0 moves to a new page starts a part of its own, and a long data table in that part
// would be laid out whole once more (Qt lays out a table frame whole) only to find its first page break.
// That break is found from a probe instead: the new part up to the table's first row, typeset (a few
// paragraphs), gives where that row lands; the rows' heights are the ones just laid out (a row's height
// does not depend on where it lies). Only while no table is split yet, so table k is the k-th data table.
void predictMovedTables(const std::vector<PacketPart *> &parts, const ordered &content, QPagedPaintDevice &device,
                        const std::map<QString, std::unique_ptr<PacketPart>> &laidOut, PacketLayoutHints &next)
{
    if (!next.tableBreaks.empty())
        return;
    std::vector<std::pair<PacketPart *, QTextTable *>> tables;
    for (PacketPart *layout : parts)
        for (auto it = layout->document.rootFrame()->begin(); !it.atEnd(); ++it)
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && table->format().headerRowCount() > 0)
                tables.emplace_back(layout, table);
    const QString dataTable = QStringLiteral("<table class='data'");
    int tablesBefore = 0;
    for (const QString &html : packetHtmlParts(content, next)) {
        const int here = int(html.count(dataTable));
        const qsizetype at = html.indexOf(dataTable);
        const qsizetype firstRowEnd = at < 0 ? -1 : html.indexOf(QStringLiteral("</tr>"), html.indexOf(QStringLiteral("<tbody>"), at));
        if (laidOut.contains(html) || firstRowEnd < 0 || std::size_t(tablesBefore) >= tables.size()) {
            tablesBefore += here;
            continue;
        }
        PacketPart probe;
        typeset(probe, device, html.left(firstRowEnd + 5) + QStringLiteral("</tbody></table></body></html>"));
        const auto pageAt = [&](qreal y) { return int(y / probe.bodyHeight); };
        bool stranded = false; // a heading of the probe at a page's foot: the next pass moves it first
        for (QTextBlock b = probe.document.begin(); b.isValid() && b.next().isValid(); b = b.next())
            if (const int level = b.blockFormat().headingLevel(); (level == 2 || level == 3) &&
                                                                   pageAt(firstLineTop(probe, b.next())) > pageAt(firstLineTop(probe, b)))
                stranded = true;
        QTextTable *probeTable = nullptr;
        for (auto it = probe.document.rootFrame()->begin(); !it.atEnd(); ++it)
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()); table && table->format().headerRowCount() > 0)
                probeTable = table;
        const auto &[oldLayout, oldTable] = tables[std::size_t(tablesBefore)];
        const RowSpans rows = rowSpans(*oldLayout, oldTable);
        if (!stranded && probeTable && !rows.tops.empty()) {
            const RowSpans first = rowSpans(probe, probeTable);
            const qreal top = first.tops.front(), bottom = first.bottoms.front();
            if (pageAt(top) == pageAt(bottom - 1) && pageAt(top) == pageAt(first.headerTop))
                for (std::size_t row : paginateRows(rows, 0, top, continuedRowOffset(rows), probe.bodyHeight, 0))
                    next.tableBreaks.insert({tablesBefore, int(row)});
        }
        tablesBefore += here;
    }
}


} // namespace

int PacketLayout::pages() const
{
    int pages = 0;
    for (const PacketPart *part : parts)
        pages += part->document.pageCount();
    return pages;
}

QFont packetFont(int pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"), pointSize);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return font;
}

PacketLayout layOutPacket(const ordered &content, QPagedPaintDevice &device)
{
    // Lay out until nothing moves: each pass moves headings stranded at a page's foot to the next
    // page, continues tables on a new page before a row that would be cut, and fills the contents'
    // page numbers (as wide as their placeholders, so they move nothing). A part whose HTML a pass did
    // not change keeps its layout.
    PacketLayoutHints hints;
    PacketLayout layout;
    for (int pass = 0; pass < 200; ++pass) {
        std::map<QString, std::unique_ptr<PacketPart>> kept;
        layout.parts.clear();
        for (const QString &html : packetHtmlParts(content, hints)) {
            auto &part = kept[html];
            if (!part) {
                if (auto old = layout.byHtml.find(html); old != layout.byHtml.end()) {
                    part = std::move(old->second);
                } else {
                    part = std::make_unique<PacketPart>();
                    typeset(*part, device, html);
                }
            }
            layout.parts.push_back(part.get());
        }
        layout.byHtml = std::move(kept);
        const PacketLayoutHints found = analyse(layout.parts, hints);
        if (found.tocPages == hints.tocPages && found.breakBefore == hints.breakBefore &&
            found.tableBreaks == hints.tableBreaks)
            break;
        hints = found;
        if (pass == 0)
            predictMovedTables(layout.parts, content, device, layout.byHtml, hints);
    }
    return layout;
}

} // namespace casebook::io
