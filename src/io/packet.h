// The documentation packet for the county office (docs/packet.md): one zip with packet.pdf for a
// person, packet.json (schemas/packet.schema.json) for a program, and attachments/ with the files.
#pragma once

#include "packet_content.h"

#include "storage/database.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace casebook::io {

struct PacketRequest {
    Id caseId = 0;
    std::optional<Date> from; // default: the day after the last packet's period, else the case's opening
                              // (the last packet's period again when it ended today)
    std::optional<Date> to;   // default: today
    Date today;
    std::string outPath;      // the .zip to write
    std::string generator = "Casebook";
    // The person who prepares it, as they sign ("Maria Lopez, Director of Accountability"): the GUI's
    // Preferences or the CLI's --prepared-by, never the operating-system account. Empty: not named.
    std::string preparedBy;
};

struct PacketReport {
    PacketPeriod period;
    int pages = 0;
    std::vector<std::string> files; // the zip's entries, in order
    // Set when the zip was written but could not be recorded as the case's last packet: the packet
    // is saved, and the next one's period will start where this one did.
    std::string notRecorded;
};

// One file of the packet's zip.
struct ZipEntry {
    std::string name;
    QByteArray bytes;
};

// A packet typeset and checked in memory: what the GUI previews before it is saved.
struct PreparedPacket {
    PacketPeriod period;
    int pages = 0;
    std::vector<ZipEntry> entries; // packet.pdf first, then packet.json, then attachments/
    const QByteArray &pdf() const { return entries.front().bytes; }
};

Result<PreparedPacket> preparePacket(storage::Database &db, const PacketRequest &request);
// Writes a prepared packet (the whole zip or nothing) and records its period as the case's last packet.
Result<PacketReport> writePacket(storage::Database &db, const PacketRequest &request, const PreparedPacket &packet);
// preparePacket + writePacket.
Result<PacketReport> exportPacket(storage::Database &db, const PacketRequest &request);

// The settings key holding a case's last packet ({"from", "to", "prepared_on"} as JSON).
std::string lastPacketSettingKey(Id caseId);

// The name a packet's file is offered under: "Casebook packet – <district> – <from>–<to>.<extension>",
// made safe for every system (io/safe_file_name.h; a slash in the district's name becomes a dash).
std::string packetFileName(const std::string &districtName, const PacketPeriod &period, const std::string &extension);

// The period a packet covers when the user gives no dates.
Result<PacketPeriod> defaultPacketPeriod(storage::Database &db, const Case &c, const PacketRequest &request);

} // namespace casebook::io
