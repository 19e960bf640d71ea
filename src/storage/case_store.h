// Case-level actions that touch several records at once, each as one transaction: opening a case
// with its five activities, moving it through its workflow, deleting it with everything it holds,
// and keeping attachment bytes.
#pragma once

#include <span>

#include "repository.h"

#include <vector>

namespace casebook::storage {

// One line of the case list (CLI `cases`, the GUI navigator).
struct CaseSummary {
    Id id = 0;
    CaseKind kind = CaseKind::TechnicalAssistance;
    TaOrigin origin = TaOrigin::BoardRequest;
    std::string title;
    std::string districtCds;
    std::string districtName;
    std::string schoolCds;  // empty when the case is not about one school
    std::string schoolName;
    CaseStatus status = CaseStatus::Draft;
    Date openedOn;
    std::optional<Date> closedOn;
};

// Creates the case in its workflow's first state, with the five activities of Ed Code 52071 for
// technical-assistance cases.
Result<Case> createCase(Database &db, Case c);
// The same with the case's qualifying groups, in one transaction: the case exists with all of its
// groups or not at all (the groups' case ids are set here).
Result<Case> createCase(Database &db, Case c, std::span<const QualifyingGroup> groups);

// Moves a case to `to` if its workflow allows it on `today`; the audit row records the change.
Result<Case> transitionCase(Database &db, Id caseId, CaseStatus to, const Date &today);

// Records a school plan's exit (date and reason) and moves it to "exited", in one transaction: either
// both happen or neither (the workflow's guard applies: the plan must be in monitoring).
Result<Case> exitSchoolPlan(Database &db, Id caseId, const Date &on, const std::string &reason);

// Deletes a case and every record that belongs to it, each with its audit row.
Status deleteCase(Database &db, Id caseId);

// With `unreadable`, a case the domain rules refuse is left out and named there instead of failing the list.
Result<std::vector<CaseSummary>> listCaseSummaries(Database &db, std::vector<Error> *unreadable = nullptr);

// Stores a file's bytes; computes its size and SHA-256. Refuses files over kMaxAttachmentBytes.
Result<Attachment> addAttachment(Database &db, Id caseId, AttachmentOwner ownerType, Id ownerId,
                                 const std::string &fileName, const std::string &mediaType,
                                 const std::vector<unsigned char> &bytes);
// Puts back a deleted attachment under its old id with its bytes (undo).
Result<Attachment> restoreAttachment(Database &db, const Attachment &attachment, const std::vector<unsigned char> &bytes);
Result<std::vector<unsigned char>> attachmentContent(Database &db, Id attachmentId);
Result<std::vector<Attachment>> attachmentsOf(Database &db, AttachmentOwner ownerType, Id ownerId);

} // namespace casebook::storage
