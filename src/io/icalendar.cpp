// iCalendar writing; see icalendar.h.
#include "icalendar.h"

#include <QDateTime>

namespace casebook::io {

namespace {

constexpr std::size_t kMaxOctets = 75;

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string compactDate(const Date &d)
{
    std::string s = d.toString();
    s.erase(7, 1);
    s.erase(4, 1);
    return s;
}

} // namespace

std::string escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n')
                break; // CRLF is one line break
            out += "\\n";
            break;
        default: out += c;
        }
    }
    return out;
}

std::string foldLine(std::string_view line)
{
    std::string out;
    bool first = true;
    while (true) {
        // A continuation line's leading space counts toward its 75 octets.
        const std::size_t room = first ? kMaxOctets : kMaxOctets - 1;
        if (!first)
            out += ' ';
        if (line.size() <= room) {
            out.append(line);
            out += "\r\n";
            return out;
        }
        std::size_t cut = room;
        while (cut > 0 && isContinuationByte(line[cut]))
            --cut;
        if (cut == 0) // not UTF-8 at all: cut anywhere rather than loop
            cut = room;
        out.append(line.substr(0, cut));
        out += "\r\n";
        line.remove_prefix(cut);
        first = false;
    }
}

std::string writeICalendar(const std::vector<CalendarEvent> &events, const std::string &dtstamp,
                           const std::string &calendarName)
{
    std::string out;
    const auto line = [&](std::string_view text) { out += foldLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Casebook//Casebook deadlines//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if (!calendarName.empty())
        line("X-WR-CALNAME:" + escapeText(calendarName));
    for (const auto &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("DTSTAMP:" + dtstamp);
        line("DTSTART;VALUE=DATE:" + compactDate(e.date));
        line("DTEND;VALUE=DATE:" + compactDate(e.date.addDays(1)));
        line("SUMMARY:" + escapeText(e.summary));
        if (!e.description.empty())
            line("DESCRIPTION:" + escapeText(e.description));
        if (!e.categories.empty()) {
            std::string list;
            for (const auto &c : e.categories)
                list += (list.empty() ? "" : ",") + escapeText(c);
            line("CATEGORIES:" + list);
        }
        line("STATUS:" + e.status);
        line("TRANSP:TRANSPARENT"); // a deadline does not make anyone busy
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

std::string icalendarNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toStdString();
}

} // namespace casebook::io
