// Case workflows: the states each case type passes through and the rules that guard each step.
#pragma once

#include "records.h"

#include <span>
#include <string_view>
#include <vector>

namespace casebook {

// The name of the workflow a case follows ("required technical assistance", ...).
std::string_view workflowName(const Case &c);
// The states of the case's workflow, in their usual order.
std::span<const CaseStatus> workflowStates(const Case &c);

// Every pattern (and workflow name said inside one) of the refusals of a move (Error::phrase), for the
// test that checks the desktop window lists and translates each.
std::span<const std::string_view> workflowPatterns();
CaseStatus initialStatus(CaseKind kind, TaOrigin origin);
bool statusAllowed(const Case &c, CaseStatus status);
bool isTerminal(CaseStatus status);
// States reachable from the case's current state by one transition (guards not yet checked).
std::vector<CaseStatus> nextStates(const Case &c);

// Ed Code 52071(c)(1): required assistance lasts "for a minimum of two years following the
// identification". The identification is the latest recorded (identified again while in assistance
// extends the minimum), or the case's opening date while none is recorded.
Date identificationDate(const Case &c);
Date earliestCloseDate(const Case &c);
// Which date the minimum is counted from, in words ("the identification of 2025-12-15 (2025 Dashboard)").
std::string minimumBasis(const Case &c);

// What a case lacks that its current state (or its SPI actions) now needs, one sentence each with
// its source: casebooks written before a rule existed keep their state and show this instead.
std::vector<std::string> missingFacts(const Case &c, const std::vector<SpiAction> &actions);

// Checks the transition of `c` to `to` on `today` given the case's activities; the error says
// which rule forbids it.
Status checkTransition(const Case &c, CaseStatus to, const std::vector<Activity> &activities, const Date &today);

// Applies a checked transition: sets the status and, on a terminal state, the closing date.
Result<Case> applyTransition(Case c, CaseStatus to, const std::vector<Activity> &activities, const Date &today);

// The five activities a technical-assistance case starts with.
std::vector<Activity> initialActivities(const Case &c);

} // namespace casebook
