// The documentation packet laid out on pages: its HTML (packet_html.h) typeset part by part on the
// PDF's paint device, again and again until nothing moves, so that no heading is left alone at a
// page's foot, no table row is cut in two, and the contents name each section's page.
#pragma once

#include "packet_html.h"

#include <nlohmann/json.hpp>

#include <QFont>
#include <QPagedPaintDevice>
#include <QString>
#include <QTextDocument>

#include <map>
#include <memory>
#include <vector>

namespace casebook::io {

constexpr int kPacketDpi = 300;
constexpr qreal kPacketHeaderHeight = 0.45 * kPacketDpi; // running header band, inside the page margins
constexpr qreal kPacketFooterHeight = 0.40 * kPacketDpi;

// One part of the packet: the HTML between two forced page breaks, typeset as its own document.
// What follows a forced break starts on a fresh page whatever comes before it, so its layout is the
// same either way; typeset apart, a part whose HTML did not change keeps its layout from one pass to
// the next, and only the parts a pass changed are laid out again.
struct PacketPart {
    QTextDocument document;
    qreal bodyHeight = 0; // of a page, without the header and footer bands
    qreal width = 0;
};

struct PacketLayout {
    std::map<QString, std::unique_ptr<PacketPart>> byHtml; // owns the parts; the same HTML is laid out once
    std::vector<PacketPart *> parts;                       // in order
    int pages() const;
};

// DejaVu Sans, with ligatures off: "fi" stays two letters, so text copied or searched in the PDF
// (and pdftotext) reads "Unified", not "Uni\ufb01ed". A tiny letter spacing is how Qt 6.4 turns them off.
QFont packetFont(int pointSize);

// Lays the packet's content out on `device` (its page size and margins set) until nothing moves.
PacketLayout layOutPacket(const nlohmann::ordered_json &content, QPagedPaintDevice &device);

} // namespace casebook::io
