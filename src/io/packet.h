// The documentation packet for the county office (docs/packet.md): one zip with packet.pdf for a
// person, packet.json (schemas/packet.schema.json) for a program, and attachments/ with the files.
#pragma once

#include "packet_content.h"

#include "storage/database.h"

namespace casebook::io {

struct PacketRequest {
    Id caseId = 0;
    std::optional<Date> from; // default: the day after the last packet's period, else the case's opening
                              // (the last packet's period again when it ended today)
    std::optional<Date> to;   // default: today
    Date today;
    std::string outPath;      // the .zip to write
    std::string generator = "Casebook";
};

struct PacketReport {
    PacketPeriod period;
    int pages = 0;
    std::vector<std::string> files; // the zip's entries, in order
};

// Writes the packet (the whole zip or nothing) and records its period as the case's last packet.
Result<PacketReport> exportPacket(storage::Database &db, const PacketRequest &request);

// The settings key holding a case's last packet ({"from", "to", "prepared_on"} as JSON).
std::string lastPacketSettingKey(Id caseId);

// The period a packet covers when the user gives no dates.
Result<PacketPeriod> defaultPacketPeriod(storage::Database &db, const Case &c, const PacketRequest &request);

} // namespace casebook::io
