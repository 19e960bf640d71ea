// The labels of the domain's closed sets of values, listed for lupdate (they are English text in
// domain/enums.h and domain/deadlines.h, which use no Qt). A GUI test checks that every label of
// every enum the interface shows is here, so a new value cannot go untranslated unnoticed.
#include "domain_labels.h"

#include <QtGlobal>

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
};

} // namespace

bool isListedForTranslation(std::string_view label, std::string_view enumName)
{
    for (const auto &entry : kLabels)
        if (label == entry[0] && enumName == entry[1])
            return true;
    return false;
}

} // namespace casebook::app
