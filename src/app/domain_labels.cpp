// The labels of the domain's closed sets of values, listed for lupdate (they are English text in
// domain/enums.h and domain/deadlines.h, which use no Qt). A GUI test checks that every label of
// every enum the interface shows is here, so a new value cannot go untranslated unnoticed.
#include "domain_labels.h"

#include "domain/codes.h"
#include "domain/eligibility.h"
#include "domain/validation.h"

#include <QtGlobal>

#include <algorithm>
#include <iterator>

namespace casebook::app {

namespace {

const char *const kLabels[][2] = {
    // CaseKind
    QT_TRANSLATE_NOOP3("enums", "Technical assistance", "case type"),
    QT_TRANSLATE_NOOP3("enums", "SPI intervention", "case type"),
    QT_TRANSLATE_NOOP3("enums", "School plan (CSI/TSI/ATSI)", "case type"),
    // TaOrigin
    QT_TRANSLATE_NOOP3("enums", "Requested by the Board", "origin"),
    QT_TRANSLATE_NOOP3("enums", "Required by the County Superintendent", "origin"),
    // CaseStatus
    QT_TRANSLATE_NOOP3("enums", "Draft", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Requested", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Determined", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Identified", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Active", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Activities complete", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Eligible to close", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Needs assessment", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Plan drafted", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Plan approved", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Monitoring", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Completed", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Exited", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Closed", "case status"),
    QT_TRANSLATE_NOOP3("enums", "Withdrawn", "case status"),
    // CommunicationSchedule
    QT_TRANSLATE_NOOP3("enums", "No schedule", "communication schedule"),
    QT_TRANSLATE_NOOP3("enums", "Weekly", "communication schedule"),
    QT_TRANSLATE_NOOP3("enums", "Monthly", "communication schedule"),
    QT_TRANSLATE_NOOP3("enums", "Quarterly", "communication schedule"),
    QT_TRANSLATE_NOOP3("enums", "On set dates", "communication schedule"),
    // ActivityStatus
    QT_TRANSLATE_NOOP3("enums", "Not started", "activity status"),
    QT_TRANSLATE_NOOP3("enums", "In progress", "activity status"),
    QT_TRANSLATE_NOOP3("enums", "Complete", "activity status"),
    QT_TRANSLATE_NOOP3("enums", "Not requested", "activity status"),
    QT_TRANSLATE_NOOP3("enums", "Done through a substantially similar activity", "activity status"),
    // CommunicationMode
    QT_TRANSLATE_NOOP3("enums", "Meeting", "communication mode"),
    QT_TRANSLATE_NOOP3("enums", "Video call", "communication mode"),
    QT_TRANSLATE_NOOP3("enums", "Phone", "communication mode"),
    QT_TRANSLATE_NOOP3("enums", "Email", "communication mode"),
    QT_TRANSLATE_NOOP3("enums", "Letter", "communication mode"),
    QT_TRANSLATE_NOOP3("enums", "Site visit", "communication mode"),
    // CommunicationDirection
    QT_TRANSLATE_NOOP3("enums", "District → county", "communication direction"),
    QT_TRANSLATE_NOOP3("enums", "County → district", "communication direction"),
    QT_TRANSLATE_NOOP3("enums", "Not recorded", "communication direction"),
    // PartnerType
    QT_TRANSLATE_NOOP3("enums", "Another school district", "partner type"),
    QT_TRANSLATE_NOOP3("enums", "County office of education", "partner type"),
    QT_TRANSLATE_NOOP3("enums", "Charter school", "partner type"),
    QT_TRANSLATE_NOOP3("enums", "Other service provider", "partner type"),
    // Consideration
    QT_TRANSLATE_NOOP3("enums", "Under consideration", "consideration"),
    QT_TRANSLATE_NOOP3("enums", "Adopted", "consideration"),
    QT_TRANSLATE_NOOP3("enums", "Adapted", "consideration"),
    QT_TRANSLATE_NOOP3("enums", "Declined", "consideration"),
    // SpiActionKind
    QT_TRANSLATE_NOOP3("enums", "Revision of the LCAP", "SPI action"),
    QT_TRANSLATE_NOOP3("enums", "Revision of the budget with the LCAP", "SPI action"),
    QT_TRANSLATE_NOOP3("enums", "Stay or rescind a district action", "SPI action"),
    // ActionStatus
    QT_TRANSLATE_NOOP3("enums", "Proposed", "action status"),
    QT_TRANSLATE_NOOP3("enums", "In progress", "action status"),
    QT_TRANSLATE_NOOP3("enums", "Complete", "action status"),
    QT_TRANSLATE_NOOP3("enums", "Withdrawn", "action status"),
    // Designation
    QT_TRANSLATE_NOOP3("enums", "Comprehensive support and improvement", "designation"),
    QT_TRANSLATE_NOOP3("enums", "Targeted support and improvement", "designation"),
    QT_TRANSLATE_NOOP3("enums", "Additional targeted support and improvement", "designation"),
    // AttachmentOwner
    QT_TRANSLATE_NOOP3("enums", "Case", "attachment owner"),
    QT_TRANSLATE_NOOP3("enums", "Activity", "attachment owner"),
    QT_TRANSLATE_NOOP3("enums", "Communication", "attachment owner"),
    QT_TRANSLATE_NOOP3("enums", "Documentation item", "attachment owner"),
    // DeadlineState
    QT_TRANSLATE_NOOP3("enums", "Met", "deadline state"),
    QT_TRANSLATE_NOOP3("enums", "Met late", "deadline state"),
    QT_TRANSLATE_NOOP3("enums", "Overdue", "deadline state"),
    QT_TRANSLATE_NOOP3("enums", "Upcoming", "deadline state"),
    // LocalIndicatorStatus
    QT_TRANSLATE_NOOP3("enums", "Met", "local indicator status"),
    QT_TRANSLATE_NOOP3("enums", "Not Met", "local indicator status"),
    QT_TRANSLATE_NOOP3("enums", "Not Met for Two or More Years", "local indicator status"),
    // The Dashboard's colours and status levels, its indicators and the LCFF priorities
    // (domain/codes.cpp, dashboard.cpp, eligibility.cpp), for the eligibility phrases.
    QT_TRANSLATE_NOOP3("enums", "Red", "colour"),
    QT_TRANSLATE_NOOP3("enums", "Orange", "colour"),
    QT_TRANSLATE_NOOP3("enums", "Yellow", "colour"),
    QT_TRANSLATE_NOOP3("enums", "Green", "colour"),
    QT_TRANSLATE_NOOP3("enums", "Blue", "colour"),
    QT_TRANSLATE_NOOP3("enums", "No colour", "colour"),
    QT_TRANSLATE_NOOP3("enums", "Very Low", "status level"),
    QT_TRANSLATE_NOOP3("enums", "Low", "status level"),
    QT_TRANSLATE_NOOP3("enums", "Medium", "status level"),
    QT_TRANSLATE_NOOP3("enums", "High", "status level"),
    QT_TRANSLATE_NOOP3("enums", "Very High", "status level"),
    QT_TRANSLATE_NOOP3("enums", "ELA", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "Math", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "ELPI", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "Graduation Rate", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "Chronic Absenteeism", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "Suspension Rate", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "College/Career", "indicator"),
    QT_TRANSLATE_NOOP3("enums", "English Language Arts", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "Mathematics", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "English Learner Progress", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "Graduation Rate", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "Chronic Absenteeism", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "Suspension Rate", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "College/Career", "indicator name"),
    QT_TRANSLATE_NOOP3("enums", "Basic", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Implementation of State Academic Standards", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Parent Engagement", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Pupil Achievement", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Pupil Engagement", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "School Climate", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Access to a Broad Course of Study", "LCFF priority"),
    QT_TRANSLATE_NOOP3("enums", "Outcomes in a Broad Course of Study", "LCFF priority"),
};

// The patterns of the domain's phrases (phrase.h): deadlines.cpp's, the activity areas' titles
// (validation.cpp), eligibility.cpp's, and the words io writes around them in the findings' Copy and
// Export and the deadline workbook, and the refusals built from parts. Tests check every one of
// deadlinePatterns(), eligibilityPatterns(), validationPatterns(), workflowPatterns() and of the areas
// is here, and that every phrase of a findings sheet's text and workbook is.
const char *const kPhrases[] = {
    QT_TRANSLATE_NOOP("phrases", "case %1"),
    QT_TRANSLATE_NOOP("phrases", "the County Superintendent"),
    QT_TRANSLATE_NOOP("phrases", "the SPI's academic trustee"),
    QT_TRANSLATE_NOOP("phrases", "weekly"),
    QT_TRANSLATE_NOOP("phrases", "monthly"),
    QT_TRANSLATE_NOOP("phrases", "quarterly"),
    QT_TRANSLATE_NOOP("phrases", "Weekly communication with %1"),
    QT_TRANSLATE_NOOP("phrases", "Monthly communication with %1"),
    QT_TRANSLATE_NOOP("phrases", "Quarterly communication with %1"),
    QT_TRANSLATE_NOOP("phrases", "Scheduled communication with %1"),
    QT_TRANSLATE_NOOP("phrases", "the communication schedule of %1 is %2 from %3"),
    QT_TRANSLATE_NOOP("phrases", "the communication schedule of %1 is %2 from the opening date %3"),
    QT_TRANSLATE_NOOP("phrases", "a communication with %1 is scheduled on that date for %2"),
    QT_TRANSLATE_NOOP("phrases", "%1 (BP 0520: regular communication with the County Superintendent for a minimum of two years)"),
    QT_TRANSLATE_NOOP("phrases", "Documentation: %1"),
    QT_TRANSLATE_NOOP("phrases", "its due date is recorded on %1"),
    QT_TRANSLATE_NOOP("phrases", "%1 for %2"),
    QT_TRANSLATE_NOOP("phrases", "%1 as evidence of activity %2 (%3)"),
    QT_TRANSLATE_NOOP("phrases", "%1 (BP 0520: timely documentation of the completion of activities 1-5 or substantially similar activities)"),
    QT_TRANSLATE_NOOP("phrases", "Activity %1: %2"),
    QT_TRANSLATE_NOOP("phrases", "activity %1 of %2 is due then and required technical assistance documents its completion, or that of a substantially similar activity (BP 0520)"),
    QT_TRANSLATE_NOOP("phrases", "activity %1 of %2 is due then under the Board's request for technical assistance (Ed Code 52071(a))"),
    QT_TRANSLATE_NOOP("phrases", "Earliest close of required technical assistance"),
    QT_TRANSLATE_NOOP("phrases", "technical assistance lasts \"for a minimum of two years following the identification\" (Ed Code 52071(c)(1)), counted from %1; %2 can close on or after this date once activities 1-5 are done"),
    QT_TRANSLATE_NOOP("phrases", "the identification again of %1"),
    QT_TRANSLATE_NOOP("phrases", "the identification again of %1 (%2 Dashboard)"),
    QT_TRANSLATE_NOOP("phrases", "the identification of %1"),
    QT_TRANSLATE_NOOP("phrases", "the identification of %1 (%2 Dashboard)"),
    QT_TRANSLATE_NOOP("phrases", "the case's opening date %1 (no identification date is recorded)"),
    QT_TRANSLATE_NOOP("phrases", "%1 — awaiting State Board approval"),
    QT_TRANSLATE_NOOP("phrases", "the SPI action \"%1\" of %2 is due then; the State Board approved it on %3 (Ed Code 52072.1(c))"),
    QT_TRANSLATE_NOOP("phrases", "the SPI action \"%1\" of %2 is due then; the State Board's approval is not recorded, and the SPI takes each action \"with the approval of the state board\" (Ed Code 52072.1(c))"),
    QT_TRANSLATE_NOOP("phrases", "Awaiting State Board approval of the SPI identification"),
    QT_TRANSLATE_NOOP("phrases", "the SPI identified the district on %1 (%2) and identifies a district for intervention \"with the approval of the state board\"; no approval is recorded (Ed Code 52072.1(a))"),
    QT_TRANSLATE_NOOP("phrases", "%1 (%2)"),
    QT_TRANSLATE_NOOP("phrases", "the district's schedule (a calendar setting) allows %1 days after designation"),
    QT_TRANSLATE_NOOP("phrases", "the district's schedule (a calendar setting) has it approved by the July 1 that follows"),
    QT_TRANSLATE_NOOP("phrases", "the plan is approved by the school, the district and the State (20 USC 6311(d)(1)(B)(v))"),
    QT_TRANSLATE_NOOP("phrases", "the plan is approved by the district (20 USC 6311(d)(2)(B)(iii))"),
    QT_TRANSLATE_NOOP("phrases", "the school was designated for %1 on %2 (%3), %4, and %5"),
    QT_TRANSLATE_NOOP("phrases", "%1 plan approval"),
    QT_TRANSLATE_NOOP("phrases", "a monitoring review of the %1 plan of %2 is scheduled then"),
    QT_TRANSLATE_NOOP("phrases", "the plan of %1 was approved by the district on %2 and is reviewed every %3 months"),
    QT_TRANSLATE_NOOP("phrases", "%1 (20 USC 6311(d)(1)(B)(vi): the State monitors and periodically reviews a CSI plan)"),
    QT_TRANSLATE_NOOP("phrases", "%1 (20 USC 6311(d)(2)(B)(iv): the district monitors the plan)"),
    QT_TRANSLATE_NOOP("phrases", "Monitoring review of the %1 plan"),
    QT_TRANSLATE_NOOP("phrases", "the district's schedule (a calendar setting) reviews exit on each anniversary of the designation"),
    QT_TRANSLATE_NOOP("phrases", "the district expects CDE's ESSA assistance status file then (a calendar setting), and exit follows CDE's determination against the State's exit criteria (20 USC 6311(d)(1)(C)(i))"),
    QT_TRANSLATE_NOOP("phrases", "the school was designated for %1 on %2 (%3); %4"),
    QT_TRANSLATE_NOOP("phrases", "Review of the %1 exit determination"),
    QT_TRANSLATE_NOOP("phrases", "More rigorous interventions if the CSI school has not exited"),
    QT_TRANSLATE_NOOP("phrases", "the school was designated for CSI on %1 (%2); a CSI school that does not meet the State's exit criteria within %3 years (a calendar setting) receives more rigorous State-determined action (20 USC 6311(d)(3)(A)(i)(I))"),
    QT_TRANSLATE_NOOP("phrases", "LCAP adoption by the Governing Board"),
    QT_TRANSLATE_NOOP("phrases", "the Governing Board adopts or updates the LCAP by July 1 each year (Ed Code 52060, 52061), and the LCAP carries the work of %1"),
    QT_TRANSLATE_NOOP("phrases", "California School Dashboard release"),
    QT_TRANSLATE_NOOP("phrases", "the district expects CDE's release of the Dashboard on that date (a calendar setting; CDE has released it in November and in December); its results can change the determination, identification or exit of %1"),
    QT_TRANSLATE_NOOP("phrases", "%1 — due %2 because %3."),
    QT_TRANSLATE_NOOP("phrases", "%1 Met on %2."),
    QT_TRANSLATE_NOOP("phrases", "%1 Met."),
    QT_TRANSLATE_NOOP("phrases", "%1 Met late on %2."),
    QT_TRANSLATE_NOOP("phrases", "%1 Met late on an unknown date."),
    QT_TRANSLATE_NOOP("phrases", "%1 Not done: overdue."),
    QT_TRANSLATE_NOOP("phrases", "%1\nOwner: %2"),
    QT_TRANSLATE_NOOP("phrases", "Strengths and weaknesses on LCAP state priorities"),
    QT_TRANSLATE_NOOP("phrases", "Low-performing or disparate student groups"),
    QT_TRANSLATE_NOOP("phrases", "Academic, programmatic or fiscal expert"),
    QT_TRANSLATE_NOOP("phrases", "LCAP goals, actions and services"),
    QT_TRANSLATE_NOOP("phrases", "Data management and submission"),
    QT_TRANSLATE_NOOP("phrases", "Unknown area"),
    // eligibility.cpp's (eligibilityPatterns()).
    QT_TRANSLATE_NOOP("phrases", "%1 %2"),
    QT_TRANSLATE_NOOP("phrases", "%1 status"),
    QT_TRANSLATE_NOOP("phrases", "%1, %2"),
    QT_TRANSLATE_NOOP("phrases", "%1 and %2"),
    QT_TRANSLATE_NOOP("phrases", "Priority %1 (%2)"),
    QT_TRANSLATE_NOOP("phrases", "%1: %2"),
    QT_TRANSLATE_NOOP("phrases", "Priority %1 (local indicator Not Met for Two or More Years)"),
    QT_TRANSLATE_NOOP("phrases", "%1 together with %2"),
    QT_TRANSLATE_NOOP("phrases", "%1: the same student group meets the criteria in %2 priorities (%3)."),
    QT_TRANSLATE_NOOP("phrases", "Priority %1 (%2): the local indicator was Not Met for Two or More Years"),
    QT_TRANSLATE_NOOP("phrases", "Local indicators in two or more priorities: %1 (%2)."),
    QT_TRANSLATE_NOOP("phrases", "The district did not submit CALPADS data on time (%1, as CDE's %2 criteria cite it; %3)."),
    QT_TRANSLATE_NOOP("phrases", "Not eligible: the %1 Dashboard does not meet the criteria."),
    QT_TRANSLATE_NOOP("phrases", "Not decided: the %1 Dashboard meets the criteria; a charter school must meet them on both the %2 and %1 Dashboards. Import the %2 files."),
    QT_TRANSLATE_NOOP("phrases", "Eligible: the criteria are met on both the %1 and %2 Dashboards."),
    QT_TRANSLATE_NOOP("phrases", "Not eligible: the %1 Dashboard meets the criteria but the %2 Dashboard does not (two years are required)."),
    QT_TRANSLATE_NOOP("phrases", "%1 (CDE, \"LEA Criteria for Differentiated Assistance\": charter schools \"must meet them for two years\"; the CALPADS ground applies to districts and COEs only.)"),
    QT_TRANSLATE_NOOP("phrases", "%1 not imported"),
    QT_TRANSLATE_NOOP("phrases", "%1 no Dashboard"),
    QT_TRANSLATE_NOOP("phrases", "%1 %2 of %3 needed"),
    QT_TRANSLATE_NOOP("phrases", "%1 %2 of %3 needed (met)"),
    QT_TRANSLATE_NOOP("phrases", "%1; %2"),
    QT_TRANSLATE_NOOP("phrases", "Referred"),
    QT_TRANSLATE_NOOP("phrases", "Not referred"),
    QT_TRANSLATE_NOOP("phrases", "Not decided"),
    QT_TRANSLATE_NOOP("phrases", "%1 under Ed Code 52072(a): three or more student groups (or all, when fewer than three) must meet the criteria in three of the four school years %2-%3: %4."),
    QT_TRANSLATE_NOOP("phrases", "%1 Import the missing years' Dashboard files to decide."),
    QT_TRANSLATE_NOOP("phrases", "%1 is numerically significant on %2 with %3 students (at least %4 needed, Ed Code 52052)."),
    QT_TRANSLATE_NOOP("phrases", "%1 is low-performing on %2 (%3)."),
    QT_TRANSLATE_NOOP("phrases", "%1 is %2 levels below all students on %3 (%4 against %5)."),
    // trends.cpp's (trendPatterns()).
    QT_TRANSLATE_NOOP("phrases", "never Red"),
    QT_TRANSLATE_NOOP("phrases", "Red in %1"),
    QT_TRANSLATE_NOOP("phrases", "%1 on %2: %3; %4."),
    QT_TRANSLATE_NOOP("phrases", "%1 on %2: %3; %4 (%5 in %6, %7 in %8)."),
    QT_TRANSLATE_NOOP("phrases", "improving"),
    QT_TRANSLATE_NOOP("phrases", "declining"),
    QT_TRANSLATE_NOOP("phrases", "unchanged"),
    QT_TRANSLATE_NOOP("phrases", "not comparable"),
    // The findings sheet's, Copy's and Export's (io/findings_sheet.cpp, findings_xlsx.cpp): the
    // grounds without their citation, which the sheet gives once, and the text around them.
    QT_TRANSLATE_NOOP("phrases", "Local indicators in two or more priorities: %1."),
    QT_TRANSLATE_NOOP("phrases", "The district did not submit CALPADS data on time (%1, as CDE's %2 criteria cite it)."),
    QT_TRANSLATE_NOOP("phrases", "Priority %1: %2 (%3)"),
    QT_TRANSLATE_NOOP("phrases", "%1 — %2 Dashboard"),
    QT_TRANSLATE_NOOP("phrases", "Student group"),
    QT_TRANSLATE_NOOP("phrases", "* drove eligibility: the result met a criterion for a student group that qualified the district."),
    QT_TRANSLATE_NOOP("phrases", "* drove eligibility: the result met a criterion for a student group that qualified the school."),
    QT_TRANSLATE_NOOP("phrases", "Eligible for differentiated assistance (%1 Dashboard)"),
    QT_TRANSLATE_NOOP("phrases", "Not eligible for differentiated assistance (%1 Dashboard)"),
    QT_TRANSLATE_NOOP("phrases", "Qualifying: %1"),
    QT_TRANSLATE_NOOP("phrases", "Qualifying: %1 — CDE letter %2"),
    QT_TRANSLATE_NOOP("phrases", "One priority only (not qualifying): %1"),
    QT_TRANSLATE_NOOP("phrases", "CCEE referral (Ed Code 52072(a)): %1"),
    QT_TRANSLATE_NOOP("phrases", "Charter school: %1"),
    QT_TRANSLATE_NOOP("phrases", "Low-performing student groups"),
    QT_TRANSLATE_NOOP("phrases", "Indicators"),
    QT_TRANSLATE_NOOP("phrases", "Disparities: two or more performance levels below all students (the district's practice in Casebook, not a statutory definition)"),
    QT_TRANSLATE_NOOP("phrases", "Source: %1"),
    QT_TRANSLATE_NOOP("phrases", "Findings"),
    QT_TRANSLATE_NOOP("phrases", "%1 — %2 Dashboard findings"),
    QT_TRANSLATE_NOOP("phrases", "Drove eligibility (criteria met)"),
    QT_TRANSLATE_NOOP("phrases", "%1 — %2"),
    QT_TRANSLATE_NOOP("phrases", "* bold and boxed: the result drove eligibility (it met a criterion for a student group that qualified the district)."),
    QT_TRANSLATE_NOOP("phrases", "* bold and boxed: the result drove eligibility (it met a criterion for a student group that qualified the school)."),
    // The deadline workbook's (io/deadline_xlsx.cpp).
    QT_TRANSLATE_NOOP("phrases", "Deadlines"),
    QT_TRANSLATE_NOOP("phrases", "Due"),
    QT_TRANSLATE_NOOP("phrases", "State"),
    QT_TRANSLATE_NOOP("phrases", "Case"),
    QT_TRANSLATE_NOOP("phrases", "Case title"),
    QT_TRANSLATE_NOOP("phrases", "Deadline"),
    QT_TRANSLATE_NOOP("phrases", "Owner"),
    QT_TRANSLATE_NOOP("phrases", "Met on"),
    QT_TRANSLATE_NOOP("phrases", "Why it is due"),
    QT_TRANSLATE_NOOP("phrases", "Rule"),
    QT_TRANSLATE_NOOP("phrases", "Record"),
    QT_TRANSLATE_NOOP("phrases", "UID"),
    // The refusals built from parts (validation.cpp's validationPatterns(); weekly, monthly and quarterly
    // are above).
    QT_TRANSLATE_NOOP("phrases", "is %1 characters long; at most %2 are allowed"),
    QT_TRANSLATE_NOOP("phrases", "holds the control character %1 at byte %2; text may not contain control characters"),
    QT_TRANSLATE_NOOP("phrases", "holds a C1 control character at byte %1; text may not contain control characters"),
    QT_TRANSLATE_NOOP("phrases", "is not valid UTF-8 at byte %1"),
    QT_TRANSLATE_NOOP("phrases", "%1 is before the %2 %3"),
    QT_TRANSLATE_NOOP("phrases", "opening date"),
    QT_TRANSLATE_NOOP("phrases", "case's opening date"),
    QT_TRANSLATE_NOOP("phrases", "identification date"),
    QT_TRANSLATE_NOOP("phrases", "first identification"),
    QT_TRANSLATE_NOOP("phrases", "designation date"),
    QT_TRANSLATE_NOOP("phrases", "start date"),
    QT_TRANSLATE_NOOP("phrases", "school %1 is not in district %2 (its first 7 digits must match)"),
    QT_TRANSLATE_NOOP("phrases", "a %1 communication schedule needs its first date"),
    QT_TRANSLATE_NOOP("phrases", "expected a Dashboard year from 2017, got %1"),
    QT_TRANSLATE_NOOP("phrases", "an identification again is from a later Dashboard year than %1"),
    QT_TRANSLATE_NOOP("phrases", "indicator %1 belongs to priority %2, not %3"),
    QT_TRANSLATE_NOOP("phrases", "a recommendation that was %1 needs the district's reasons"),
    QT_TRANSLATE_NOOP("phrases", "declined"),
    QT_TRANSLATE_NOOP("phrases", "adapted"),
    QT_TRANSLATE_NOOP("phrases", "the file is %1 bytes; attachments may be at most %2 MiB (%3 bytes)"),
    // The refusals of a move (workflow.cpp's workflowPatterns(); "%1, %2" is above).
    QT_TRANSLATE_NOOP("phrases", "technical-assistance request"),
    QT_TRANSLATE_NOOP("phrases", "required technical assistance"),
    QT_TRANSLATE_NOOP("phrases", "SPI intervention"),
    QT_TRANSLATE_NOOP("phrases", "school plan"),
    QT_TRANSLATE_NOOP("phrases", "a %1 case cannot go from \"%2\" to \"%3\"; it is finished"),
    QT_TRANSLATE_NOOP("phrases", "a %1 case cannot go from \"%2\" to \"%3\"; allowed next: %4"),
    QT_TRANSLATE_NOOP("phrases", "activities %1 are not done; required technical assistance documents the completion of "
                                 "activities 1-5 \"or substantially similar activities\" (BP 0520; Ed Code 52071(c)). "
                                 "Record each as complete, or as done through a substantially similar activity with "
                                 "what was done instead and its evidence"),
    QT_TRANSLATE_NOOP("phrases", "required technical assistance lasts \"for a minimum of two years following the "
                                 "identification\" (Ed Code 52071(c)(1)); counted from %1, the case can close on or "
                                 "after %2"),
    QT_TRANSLATE_NOOP("phrases", "awaiting State Board approval: the SPI identifies a district for intervention \"with "
                                 "the approval of the state board\" (Ed Code 52072.1(a)); record the date of the State "
                                 "Board's approval before the intervention becomes active"),
    QT_TRANSLATE_NOOP("phrases", "a %1 plan is approved only when every required approval and part is recorded; "
                                 "missing: %2"),
};

// The student groups' and reported populations' names as the Dashboard gives them (codes.cpp).
const char *const kGroupNames[] = {
    QT_TRANSLATE_NOOP("groups", "All Students"),
    QT_TRANSLATE_NOOP("groups", "Black/African American"),
    QT_TRANSLATE_NOOP("groups", "American Indian or Alaska Native"),
    QT_TRANSLATE_NOOP("groups", "Asian"),
    QT_TRANSLATE_NOOP("groups", "Filipino"),
    QT_TRANSLATE_NOOP("groups", "Hispanic"),
    QT_TRANSLATE_NOOP("groups", "Pacific Islander"),
    QT_TRANSLATE_NOOP("groups", "White"),
    QT_TRANSLATE_NOOP("groups", "Two or More Races"),
    QT_TRANSLATE_NOOP("groups", "English Learners"),
    QT_TRANSLATE_NOOP("groups", "English Learners Only"),
    QT_TRANSLATE_NOOP("groups", "Reclassified Fluent English Proficient Only"),
    QT_TRANSLATE_NOOP("groups", "English Only"),
    QT_TRANSLATE_NOOP("groups", "Long-Term English Learners"),
    QT_TRANSLATE_NOOP("groups", "Socioeconomically Disadvantaged"),
    QT_TRANSLATE_NOOP("groups", "Students with Disabilities"),
    QT_TRANSLATE_NOOP("groups", "Foster Youth"),
    QT_TRANSLATE_NOOP("groups", "Homeless Youth"),
    QT_TRANSLATE_NOOP("groups", "Took the Smarter Balanced Summative Assessment"),
    QT_TRANSLATE_NOOP("groups", "Took the California Alternate Assessment"),
    QT_TRANSLATE_NOOP("groups", "Initially Fluent English Proficient"),
};

} // namespace

bool isPhraseListed(std::string_view pattern)
{
    return std::any_of(std::begin(kPhrases), std::end(kPhrases), [&](const char *p) { return pattern == p; });
}

bool isGroupNameListed(std::string_view name)
{
    return std::any_of(std::begin(kGroupNames), std::end(kGroupNames), [&](const char *p) { return name == p; });
}

QString phraseText(const Phrase &phrase)
{
    if (phrase.isText())
        return QString::fromStdString(phrase.str());
    if (phrase.enumName() == kStudentGroupLabel)
        return QCoreApplication::translate("groups", phrase.pattern().c_str());
    if (!phrase.enumName().empty())
        return QCoreApplication::translate("enums", phrase.pattern().c_str(), phrase.enumName().c_str());
    std::vector<std::string> args;
    args.reserve(phrase.args().size());
    for (const auto &a : phrase.args())
        args.push_back(phraseText(a).toStdString());
    const QString pattern = QCoreApplication::translate("phrases", phrase.pattern().c_str());
    return QString::fromStdString(fillPattern(pattern.toStdString(), args));
}

QString activityAreaLabel(int area)
{
    return QCoreApplication::translate("phrases", std::string(activityAreaTitle(area)).c_str());
}

QString indicatorLabel(Indicator indicator) { return phraseText(indicatorNamePhrase(indicator)); }

QString studentGroupLabel(std::string_view code)
{
    return QCoreApplication::translate("groups", studentGroupName(code).c_str());
}

bool isListedForTranslation(std::string_view label, std::string_view enumName)
{
    for (const auto &entry : kLabels)
        if (label == entry[0] && enumName == entry[1])
            return true;
    return false;
}

} // namespace casebook::app
