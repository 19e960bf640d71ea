// The documentation packet as HTML: its content (packet_content.h) as the cover, the contents, one
// numbered section per part of the packet and tables with header rows, with the style sheet it is
// typeset with (packet_layout.h). Every text from the casebook is escaped; none of it is ever read as markup.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <set>
#include <utility>
#include <vector>

namespace casebook::io {

// What one layout pass tells the next: the page of each numbered section (for the contents) and
// the body headings (counted from 0, in order) that must start a new page to stay with their text,
// and the table rows that must start one so no row is cut in two.
struct PacketLayoutHints {
    std::vector<int> tocPages;
    std::set<int> breakBefore;
    std::set<std::pair<int, int>> tableBreaks; // (data table, row) that starts a new page
};

// The padding of a data table's cells, in device pixels at the packet's 300 dpi.
constexpr int kPacketCellPadding = 9;

// The HTML the PDF is typeset from (for tests and for a look in a browser).
QString packetHtml(const nlohmann::ordered_json &content, const PacketLayoutHints &hints = {});

// The same HTML cut at its forced page breaks, each part a document of its own (its first element
// without its page-break style: it starts a document, hence a page).
QStringList packetHtmlParts(const nlohmann::ordered_json &content, const PacketLayoutHints &hints);

// The style sheet the HTML is typeset with.
QString packetStyleSheet();

} // namespace casebook::io
