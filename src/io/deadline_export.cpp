// Deadline listings as JSON, CSV and iCalendar; see deadline_export.h and docs/deadlines.md.
#include "deadline_export.h"

#include "deadline_xlsx.h"
#include "icalendar.h"
#include "output_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace casebook::io {

namespace {

using Json = nlohmann::ordered_json;

Json optionalDate(const std::optional<Date> &d) { return d ? Json(d->toString()) : Json(nullptr); }

// RFC 4180 2.6-2.7: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csvField(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string deadlinesJson(const std::vector<Deadline> &deadlines, const DeadlineListing &listing)
{
    Json items = Json::array();
    for (const auto &d : deadlines) {
        items.push_back({{"uid", d.uid()},
                         {"case_id", d.caseId},
                         {"case_title", d.caseTitle.str()},
                         {"source", enumCode(d.source)},
                         {"record_id", d.recordId ? Json(d.recordId) : Json(nullptr)},
                         {"title", d.title},
                         {"due", d.due.toString()},
                         {"days_from_today", listing.today.daysUntil(d.due)},
                         {"met_on", optionalDate(d.metOn)},
                         {"state", enumCode(d.state)},
                         {"owner", d.owner.str()},
                         {"explanation", d.explanation()}});
    }
    Json doc{{"format", "casebook-deadlines"},
             {"version", kDeadlinesFormatVersion},
             {"generated_at", listing.generatedAt},
             {"today", listing.today.toString()},
             {"time_zone", listing.timeZone},
             {"within_days", listing.withinDays},
             {"overdue_only", listing.overdueOnly},
             {"case_id", listing.caseId ? Json(*listing.caseId) : Json(nullptr)}};
    if (listing.owner)
        doc["owner"] = *listing.owner;
    if (listing.from && listing.to) {
        doc["from"] = listing.from->toString();
        doc["to"] = listing.to->toString();
    }
    doc["deadlines"] = std::move(items);
    return doc.dump(2) + "\n";
}

std::string deadlinesCsv(const std::vector<Deadline> &deadlines)
{
    std::string out = "uid,case_id,case_title,source,record_id,title,due,met_on,state,owner,explanation\r\n";
    for (const auto &d : deadlines) {
        const std::string fields[] = {d.uid(),
                                      std::to_string(d.caseId),
                                      d.caseTitle,
                                      std::string(enumCode(d.source)),
                                      d.recordId ? std::to_string(d.recordId) : std::string(),
                                      d.title,
                                      d.due.toString(),
                                      d.metOn ? d.metOn->toString() : std::string(),
                                      std::string(enumCode(d.state)),
                                      d.owner,
                                      d.explanation()};
        std::string row;
        for (const auto &f : fields)
            row += (row.empty() ? "" : ",") + csvField(f);
        out += row + "\r\n";
    }
    return out;
}

std::string deadlinesIcs(const std::vector<Deadline> &deadlines, const std::string &dtstamp)
{
    std::vector<CalendarEvent> events;
    for (const auto &d : deadlines) {
        CalendarEvent e;
        e.uid = d.uid();
        e.date = d.due;
        e.summary = d.title.str() + " (case " + std::to_string(d.caseId) + ")";
        e.description = d.details();
        e.categories = {"Casebook", std::string(enumLabel(d.state))};
        events.push_back(std::move(e));
    }
    return writeICalendar(events, dtstamp, "Casebook deadlines");
}

std::optional<DeadlineFileFormat> deadlineFileFormatOf(const std::string &path)
{
    const auto dot = path.find_last_of("./");
    if (dot == std::string::npos || path[dot] != '.')
        return std::nullopt;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == "json")
        return DeadlineFileFormat::Json;
    if (ext == "csv")
        return DeadlineFileFormat::Csv;
    if (ext == "ics")
        return DeadlineFileFormat::Ics;
    if (ext == "xlsx")
        return DeadlineFileFormat::Xlsx;
    return std::nullopt;
}

Status writeDeadlinesFile(const std::vector<Deadline> &deadlines, DeadlineFileFormat format, const std::string &path,
                          const DeadlineListing &listing, const Say &say)
{
    switch (format) {
    case DeadlineFileFormat::Xlsx:
        return writeDeadlinesXlsx(deadlines, path, say);
    case DeadlineFileFormat::Json:
        return writeWholeFile(path, deadlinesJson(deadlines, listing));
    case DeadlineFileFormat::Csv:
        return writeWholeFile(path, deadlinesCsv(deadlines));
    case DeadlineFileFormat::Ics:
        break;
    }
    return writeWholeFile(path, deadlinesIcs(deadlines, icalendarNow()));
}

} // namespace casebook::io
