// What one user-level operation changed, as the services return it: enough to take the operation
// back (undo) and to do it again (redo) under the same ids, in one transaction each way. The GUI's
// undo stack keeps these; the CLI reports the record an operation returns and drops the change.
#pragma once

#include "domain/deadlines.h"
#include "domain/records.h"

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace casebook::services {

#define CASEBOOK_RECORD_ALTERNATIVE(T) , T
using AnyRecord = std::variant<std::monostate CASEBOOK_FOR_EACH_RECORD(CASEBOOK_RECORD_ALTERNATIVE)>;
#undef CASEBOOK_RECORD_ALTERNATIVE

// One record's change: added (after only), deleted (before only) or edited (both).
struct RecordChange {
    AnyRecord before, after; // std::monostate where there is none
    // An attachment's bytes, when it is added or deleted (kept so undo can put them back).
    std::vector<unsigned char> content;
};

struct Change {
    // In the order the operation made them: a record before the records that belong to it when
    // added, after them when deleted. Undo applies the inverses in the reverse order.
    std::vector<RecordChange> records;
    // The district's calendar settings before and after, when the operation changed them.
    std::optional<std::pair<CalendarSettings, CalendarSettings>> calendar;

    bool empty() const { return records.empty() && !calendar; }
    void append(Change other)
    {
        for (auto &r : other.records)
            records.push_back(std::move(r));
        if (other.calendar)
            calendar = calendar ? std::pair{calendar->first, other.calendar->second} : *other.calendar;
    }
};

template <typename T>
RecordChange added(const T &record, std::vector<unsigned char> content = {})
{
    return {std::monostate{}, record, std::move(content)};
}
template <typename T>
RecordChange edited(const T &before, const T &after)
{
    return {before, after, {}};
}
template <typename T>
RecordChange deleted(const T &record, std::vector<unsigned char> content = {})
{
    return {record, std::monostate{}, std::move(content)};
}

// A record an operation stored (as it now is, with its id) and what the operation changed.
template <typename T>
struct Edited {
    T record;
    Change change;
};

} // namespace casebook::services
