// An audit row as a reader reads it, for the History tab and `casebook-cli history`: its time in the
// casebook's time zone with the zone's abbreviation, and its changed fields with their values as
// Casebook shows them elsewhere (money in dollars, a recorded UTC time in the zone, no value as "—").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::io {

// "2026-03-02 09:15 PST" for the UTC time "2026-03-02T17:15:00Z" in `timeZone` (an IANA id); in UTC,
// said so, for an unknown zone; the text as it is when it is not a time.
std::string localTime(std::string_view atUtc, std::string_view timeZone);

// One field of an audit row's changes. `plain`: the row gave the value alone, not old and new.
struct FieldChange {
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    bool plain = false;
};

// The fields of an audit row's changes ({"field": {"old": v, "new": v}, ...}) in their order, each
// value as shown; nullopt when the text is not a JSON object.
std::optional<std::vector<FieldChange>> fieldChanges(std::string_view changesJson, std::string_view timeZone);

} // namespace casebook::io
