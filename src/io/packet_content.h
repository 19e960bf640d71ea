// The content of a documentation packet for the county office, as data: packet.json is exactly
// this, and packet.pdf is rendered from it (packet_pdf.h), so the two can never disagree.
// Layout: schemas/packet.schema.json; docs/packet.md.
#pragma once

#include "packet_deadlines.h"

#include "domain/case_bundle.h"

#include <nlohmann/json.hpp>

namespace casebook::io {

inline constexpr int kPacketVersion = 5;
inline constexpr const char *kPacketSchema = "packet.schema.json";
inline constexpr const char *kPacketSchemaId = "https://example.invalid/casebook/schemas/packet.schema.json";

struct PacketPeriod {
    Date from;
    Date to;
    std::string basis; // "given", "since_last_packet", "last_packet_again" or "whole_case"
};

struct PacketAttachment {
    Attachment attachment;
    std::string packetPath; // "attachments/12-minutes.txt"
};

struct PacketInput {
    CaseBundle bundle; // already narrowed to the period (recordsInPeriod)
    PacketPeriod period;
    std::string preparedBy;
    Date preparedOn;
    std::string generator; // "Casebook 0.1.0"
    std::vector<PacketAttachment> attachments;
    std::vector<Deadline> deadlines;
};

// The records a packet for `period` shows: every activity, qualifying group, recommendation
// received by its end, SPI action and school-plan record; communications in the period;
// documentation items due or submitted in it, or still outstanding from before; partners engaged
// during it; attachments of the case and of the records shown.
CaseBundle recordsInPeriod(const CaseBundle &bundle, const PacketPeriod &period);

nlohmann::ordered_json packetContent(const PacketInput &input);

} // namespace casebook::io
