// packet.pdf: the packet's content (packet_content.h) typeset for a person at the county office:
// cover page, table of contents with page numbers, one numbered section per part of the packet,
// tables with repeated header rows, and a running header and "Page n of N" footer on every page.
// Every text from the casebook is escaped; none of it is ever read as markup.
#pragma once

#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <set>
#include <vector>

namespace casebook::io {

struct RenderedPdf {
    QByteArray bytes;
    int pages = 0;
};

// Needs a QGuiApplication (fonts); see ensureGuiApplication.
Result<RenderedPdf> renderPacketPdf(const nlohmann::ordered_json &content);

// What one layout pass tells the next: the page of each numbered section (for the contents) and
// the body headings (counted from 0, in order) that must start a new page to stay with their text,
// and the table rows that must start one so no row is cut in two.
struct PacketLayoutHints {
    std::vector<int> tocPages;
    std::set<int> breakBefore;
    std::set<std::pair<int, int>> tableBreaks; // (data table, row) that starts a new page
};

// The HTML the PDF is typeset from (for tests and for a look in a browser).
QString packetHtml(const nlohmann::ordered_json &content, const PacketLayoutHints &hints = {});

// Creates a QGuiApplication on the offscreen platform when the program has no application object
// yet (the CLI, tests). Fails when a non-GUI QCoreApplication already exists.
Status ensureGuiApplication();

} // namespace casebook::io
