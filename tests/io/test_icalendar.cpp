// iCalendar writing checked line by line: CRLF, 75-octet folding that never splits UTF-8, TEXT
// escaping and the VCALENDAR/VEVENT structure. (tests/io/parse_ics.py parses a whole file back.)
#include "io/deadline_export.h"
#include "io/icalendar.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;
using namespace casebook::io;

namespace {

std::vector<std::string> physicalLines(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t at; (at = text.find("\r\n", start)) != std::string::npos; start = at + 2)
        out.push_back(text.substr(start, at - start));
    REQUIRE(start == text.size()); // the text ends with CRLF and has nothing after it
    return out;
}

bool validUtf8(const std::string &s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

std::string unfold(const std::vector<std::string> &lines)
{
    std::string out;
    for (const auto &l : lines)
        out += l[0] == ' ' ? l.substr(1) : (out.empty() ? "" : "\n") + l;
    return out;
}

} // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks")
{
    const std::pair<std::string, std::string> rows[] = {
        {"plain", "plain"},
        {"a,b;c\\d", "a\\,b\\;c\\\\d"},
        {"line 1\nline 2", "line 1\\nline 2"},
        {"crlf\r\nend", "crlf\\nend"},
        {"lone\rcr", "lone\\ncr"},
        {"colon: \"quoted\"", "colon: \"quoted\""},
        {"A\u00f1o \u2014 caf\u00e9", "A\u00f1o \u2014 caf\u00e9"},
    };
    for (const auto &[in, out] : rows)
        CHECK(escapeText(in) == out);
}

TEST_CASE("Folding keeps every line within 75 octets, continues with a space and never splits UTF-8")
{
    const std::vector<std::string> inputs = {
        "SUMMARY:short",
        "DESCRIPTION:" + std::string(63, 'x'),  // exactly 75 octets: no fold
        "DESCRIPTION:" + std::string(64, 'x'),  // 76 octets: one fold
        "DESCRIPTION:" + std::string(300, 'y'),
        "DESCRIPTION:" + std::string(62, 'x') + "\u00f1\u00f1\u00f1", // a 2-byte letter across octet 75
        "DESCRIPTION:" + std::string(61, 'x') + "\u2014\u2014\u2014", // a 3-byte dash across it
        "DESCRIPTION:" + std::string(60, 'x') + "\U0001F4C5 calendar emoji " + std::string(100, 'z'),
    };
    for (const auto &input : inputs) {
        INFO(input);
        const auto lines = physicalLines(foldLine(input));
        for (std::size_t k = 0; k < lines.size(); ++k) {
            CHECK(lines[k].size() <= 75);
            CHECK(validUtf8(lines[k]));
            CHECK((k == 0) == (lines[k][0] != ' '));
        }
        CHECK(unfold(lines) == input);
        CHECK((lines.size() == 1) == (input.size() <= 75));
    }
    const auto two = physicalLines(foldLine("DESCRIPTION:" + std::string(64, 'x')));
    REQUIRE(two.size() == 2);
    CHECK(two[0].size() == 75);
    CHECK(two[1] == " x");
}

TEST_CASE("A calendar has PRODID, VERSION, CALSCALE and one all-day VEVENT per event, in CRLF lines")
{
    CalendarEvent e;
    e.uid = "case-12-documentation_item-40@casebook";
    e.date = *Date::parse("2026-12-31");
    e.summary = "Report; part 1, draft";
    e.description = "Why:\nbecause";
    e.categories = {"Casebook", "Over, due"};
    const auto text = writeICalendar({e}, "20261124T100614Z", "Casebook deadlines");
    const std::vector<std::string> expected = {
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Casebook//Casebook deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Casebook deadlines",
        "BEGIN:VEVENT",
        "UID:case-12-documentation_item-40@casebook",
        "DTSTAMP:20261124T100614Z",
        "DTSTART;VALUE=DATE:20261231",
        "DTEND;VALUE=DATE:20270101", // the next day, over the year end
        "SUMMARY:Report\\; part 1\\, draft",
        "DESCRIPTION:Why:\\nbecause",
        "CATEGORIES:Casebook,Over\\, due",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    };
    CHECK(physicalLines(text) == expected);
    CHECK(text.find('\n') == text.find("\r\n") + 1); // no bare LF anywhere before the first CRLF
    CHECK(std::count(text.begin(), text.end(), '\n') == std::count(text.begin(), text.end(), '\r'));
}

TEST_CASE("Deadline listings: the same uid in every format, CSV per RFC 4180")
{
    Deadline d;
    d.caseId = 12;
    d.caseTitle = "DA, \"2024\"";
    d.source = DeadlineSource::DocumentationItem;
    d.recordId = 40;
    d.title = "Q2 report";
    d.due = *Date::parse("2026-02-28");
    d.state = DeadlineState::Overdue;
    d.owner = "Director";
    d.because = "a line\nbreaks";
    const auto csv = deadlinesCsv({d});
    CHECK(csv == "uid,case_id,case_title,source,record_id,title,due,met_on,state,owner,explanation\r\n"
                 "case-12-documentation_item-40@casebook,12,\"DA, \"\"2024\"\"\",documentation_item,40,Q2 report,"
                 "2026-02-28,,overdue,Director,\"Q2 report \u2014 due 2026-02-28 because a line\nbreaks. Not done: overdue.\"\r\n");
    const auto ics = deadlinesIcs({d}, "20261124T100614Z");
    CHECK_THAT(ics, Catch::Contains("UID:case-12-documentation_item-40@casebook\r\n"));
    CHECK_THAT(ics, Catch::Contains("SUMMARY:Q2 report (case 12)\r\n"));
    const auto json = deadlinesJson({d}, DeadlineListing{.today = *Date::parse("2026-03-01"),
                                                         .timeZone = "America/Los_Angeles",
                                                         .generatedAt = "2026-03-01T08:00:00Z"});
    CHECK_THAT(json, Catch::Contains("\"uid\": \"case-12-documentation_item-40@casebook\""));
    CHECK_THAT(json, Catch::Contains("\"days_from_today\": -1"));
    CHECK_THAT(json, Catch::Contains("\"met_on\": null"));
}
