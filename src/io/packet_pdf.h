// packet.pdf: the packet's content (packet_content.h) typeset for a person at the county office:
// the HTML of packet_html.h, laid out by packet_layout.h, painted here page by page with a running
// header and a "Page n of N" footer. Header and footer are drawn as plain text, never read as markup.
#pragma once

#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace casebook::io {

struct RenderedPdf {
    QByteArray bytes;
    int pages = 0;
};

// Needs the program's QGuiApplication (fonts), which its main() creates; without one, an Internal error.
Result<RenderedPdf> renderPacketPdf(const nlohmann::ordered_json &content);

} // namespace casebook::io
