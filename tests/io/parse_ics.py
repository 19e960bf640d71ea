"""Parses deadlines.ics with Debian's python3-icalendar and checks it against deadlines.json.

Usage: /usr/bin/python3 parse_ics.py deadlines.ics deadlines.json
Checks the raw lines (CRLF, at most 75 octets, folding) and, after parsing, the calendar's
properties and that every deadline is one event with its UID, summary, description and dates.
"""
import datetime
import json
import sys

import icalendar


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def main(ics_path, json_path):
    raw = open(ics_path, "rb").read()
    listing = json.load(open(json_path, encoding="utf-8"))
    deadlines = listing["deadlines"]

    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    lines = raw[:-2].split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number} has a bare CR or LF")
        if len(line) > 75:
            fail(f"line {number} is {len(line)} octets long")
        line.decode("utf-8")  # a fold never splits a UTF-8 sequence
    if not any(line.startswith(b" ") for line in lines):
        fail("no folded line: the sample should have long descriptions")

    calendar = icalendar.Calendar.from_ical(raw)
    if str(calendar["VERSION"]) != "2.0" or "PRODID" not in calendar:
        fail("VERSION 2.0 and PRODID are required")
    if str(calendar.get("CALSCALE")) != "GREGORIAN":
        fail("CALSCALE should be GREGORIAN")
    events = list(calendar.walk("VEVENT"))
    if len(events) != len(deadlines) or len(events) < 5:
        fail(f"{len(events)} events for {len(deadlines)} deadlines")
    special = 0
    for event, deadline in zip(events, deadlines):
        uid = str(event["UID"])
        if uid != deadline["uid"]:
            fail(f"UID {uid} != {deadline['uid']}")
        summary = str(event["SUMMARY"])
        if summary != f"{deadline['title']} (case {deadline['case_id']})":
            fail(f"{uid}: SUMMARY {summary!r}")
        description = str(event["DESCRIPTION"])
        expected = deadline["explanation"] + ("\nOwner: " + deadline["owner"] if deadline["owner"] else "")
        if description != expected:
            fail(f"{uid}: DESCRIPTION {description!r} != {expected!r}")
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or start.isoformat() != deadline["due"]:
            fail(f"{uid}: DTSTART {start!r} is not the all-day date {deadline['due']}")
        if end - start != datetime.timedelta(days=1):
            fail(f"{uid}: DTEND is not the next day")
        if "DTSTAMP" not in event:
            fail(f"{uid}: no DTSTAMP")
        if any(c in summary + description for c in ",;\\") or any(ord(c) > 127 for c in summary):
            special += 1
    if len(set(str(e["UID"]) for e in events)) != len(events):
        fail("UIDs are not unique")
    if special == 0:
        fail("no event with commas, semicolons or non-ASCII text: escaping was not exercised")
    print(f"ok: {len(events)} events")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
