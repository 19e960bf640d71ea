// Validation of each record on its own and against the case it belongs to. Every failure names
// the field; storage refuses to write a record that fails.
#pragma once

#include "dashboard.h"
#include "records.h"

#include <span>
#include <string_view>

namespace casebook {

Status validate(const District &d);
Status validate(const School &s, const District &district);
Status validate(const Case &c);
Status validate(const QualifyingGroup &g, const Case &parent);
Status validate(const Activity &a, const Case &parent);
Status validate(const Communication &c, const Case &parent);
Status validate(const ScheduledContact &s, const Case &parent);
Status validate(const DocumentationItem &d, const Case &parent);
Status validate(const Partner &p, const Case &parent);
Status validate(const CceeRecommendation &r, const Case &parent);
Status validate(const SpiAction &a, const Case &parent);
// A new SPI action, or a change of one (`before`: the stored record, nullptr for a new one), that
// puts it in progress or complete needs the State Board's approval (Ed Code 52072.1(c)). Only the
// step is checked: an action already under way in an older casebook keeps its state
// (missingFacts() names what it lacks), and records carried by an import are not re-judged.
Status checkStep(const SpiAction *before, const SpiAction &after);
Status validate(const Intervention &i, const Case &parent);
Status validate(const MonitoringReview &m, const Case &parent);
Status validate(const Attachment &a, const Case &parent);

// Every pattern (and word said inside one) of the refusals built from parts (Error::phrase), for the
// test that checks the desktop window lists and translates each.
std::span<const std::string_view> validationPatterns();

// One Dashboard result as a CDE download file may carry it, whoever stored it: a 14-digit CDS code (a
// county's 01-58 but in the state's row, seven trailing zeros for a district's), a student group CDE
// reports, names that are text (no control characters, valid UTF-8, at most 200 bytes), counts of students
// 0-100,000,000, levels and colours 0-5, a grid box 0-1000, finite numbers, and a year from 2000 to the
// last supported date's. Fields are named as the files' columns ("cds", "studentgroup", "districtname", ...): the
// importer names them with the line, `casebook-cli check` with the stored row.
Status validate(const DashboardResult &r);

// True when `text` holds nothing but spaces, tabs and line breaks (a required text left empty).
bool isBlank(std::string_view text);

// Text that came from outside Casebook (an imported file, a received document): refused when it
// holds NUL or another control character (tab, and with `lineBreaks` LF and CR, are allowed) or is
// not valid UTF-8. The message names the field and the character's position.
Status checkForeignText(std::string_view text, std::string_view field, bool lineBreaks);

// The five activity areas of Ed Code 52071 as BP 0520 lists them (1-5).
std::string_view activityAreaTitle(int area);
std::string_view activityAreaDescription(int area);

} // namespace casebook
