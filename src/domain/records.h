// The records Casebook keeps for each BP 0520 obligation (see docs/domain-model.md).
// Plain value types: storage, interchange and the GUI all read and write them through fields.h.
#pragma once

#include "date.h"
#include "enums.h"

#include <cstdint>
#include <optional>
#include <string>

namespace casebook {

using Id = std::int64_t;

struct District {
    Id id = 0;
    std::string cds;   // 7-digit county-district code
    std::string name;
    std::string county;
};

struct School {
    Id id = 0;
    Id districtId = 0;
    std::string cds;   // 14-digit CDS code
    std::string name;
    bool charter = false;
    bool titleI = false;
};

// One obligation: a technical-assistance request or requirement, an SPI intervention, or a school plan.
struct Case {
    Id id = 0;
    CaseKind kind = CaseKind::TechnicalAssistance;
    Id districtId = 0;
    std::optional<Id> schoolId;       // school plans only
    std::string title;
    CaseStatus status = CaseStatus::Draft;
    Date openedOn;                    // request, determination, identification or designation date
    std::optional<Date> closedOn;
    std::string owner;
    std::string notes;

    // Technical assistance (Ed Code 52071)
    TaOrigin origin = TaOrigin::BoardRequest;
    CommunicationSchedule commSchedule = CommunicationSchedule::None;
    std::optional<Date> commScheduleStart;
    std::string countyContact;
    // Required assistance: the identification (CDE's determination from a Dashboard year) and the
    // County Superintendent's letter are separate facts; the two-year minimum runs from the
    // identification (Ed Code 52071(c)(1): "for a minimum of two years following the identification").
    int identificationYear = 0;               // Dashboard year; 0: not recorded
    std::optional<Date> identifiedOn;         // the date of CDE's determination
    std::optional<Date> countyLetterOn;       // the County Superintendent's determination letter
    std::optional<Date> reidentifiedOn;       // identified again while in assistance (latest)
    int reidentificationYear = 0;

    // SPI intervention (Ed Code 52072.1). The field keeps its stored name; the statute's officer is
    // an academic trustee (52072.1(c)(4)); BP 0520 calls the same person an academic advisor.
    std::string academicAdvisor;
    std::optional<Date> sbeIdentificationOn;  // State Board approval of the identification (52072.1(a))
    std::string sbeIdentificationReference;   // its agenda item or other reference
    std::optional<Date> cceeDeterminationOn;  // the CCEE determination that preceded it (52072.1(b))
    std::string cceeDetermination;            // what CCEE determined, in its words

    // School plan (20 USC 6311(d); SPSA, Ed Code 64001)
    Designation designation = Designation::CSI;
    int designationYear = 0;
    std::string needsAssessment;
    std::string resourceInequities;
    std::string stakeholderInvolvement;
    std::string externalPartner;
    std::optional<Date> approvedBySchoolOn;
    std::optional<Date> approvedByDistrictOn;
    std::optional<Date> approvedByStateOn;
    int monitoringIntervalMonths = 0; // 0: no recurring reviews
    std::optional<Date> exitedOn;
    std::string exitReason;

    bool isRequiredAssistance() const
    {
        return kind == CaseKind::TechnicalAssistance && origin == TaOrigin::Required;
    }
};

// A student group and indicator that qualified a district (52064.5) or identified a school (CSI/TSI/ATSI).
struct QualifyingGroup {
    Id id = 0;
    Id caseId = 0;
    std::string studentGroup;  // Dashboard code
    std::string indicator;     // Casebook indicator code, or "" for a local indicator / whole-school reason
    int priority = 0;          // LCFF priority 1-8
};

// One of the five activity areas of Ed Code 52071 (BP 0520 items 1-5).
struct Activity {
    Id id = 0;
    Id caseId = 0;
    int area = 1;
    std::string owner;
    ActivityStatus status = ActivityStatus::NotStarted;
    std::optional<Date> dueOn;
    std::string evidence;
    std::string notes;
    std::optional<Date> completedOn; // when it was completed (a complete activity; may be unknown)
    std::string substitute; // a substantially similar activity: what was done instead

    bool isDone() const
    {
        return status == ActivityStatus::Complete || status == ActivityStatus::SubstantiallySimilar;
    }
};

struct Communication {
    Id id = 0;
    Id caseId = 0;
    Date occurredOn;
    CommunicationMode mode = CommunicationMode::Meeting;
    std::string participants;
    std::string summary;
    std::string followUps;
    CommunicationDirection direction = CommunicationDirection::NotRecorded; // schema v10
    std::string subject;
    // The scheduled contact (of the same case) this communication answers; it meets that contact's
    // deadline (docs/deadlines.md, "Matching scheduled dates with what happened").
    std::optional<Id> scheduledContactId;
};

// An explicit date on which the County Superintendent expects a communication.
struct ScheduledContact {
    Id id = 0;
    Id caseId = 0;
    Date dueOn;
    std::string purpose;
};

struct DocumentationItem {
    Id id = 0;
    Id caseId = 0;
    std::string title;
    Date dueOn;
    std::optional<Date> submittedOn;
    std::string recipient;
    int activityArea = 0; // 0: not tied to one activity
};

struct Partner {
    Id id = 0;
    Id caseId = 0;
    PartnerType type = PartnerType::CountyOffice;
    std::string name;
    std::string scope;
    std::int64_t costCents = 0;
    Date startOn;
    std::optional<Date> endOn;
};

struct CceeRecommendation {
    Id id = 0;
    Id caseId = 0;
    std::string text;
    Date receivedOn;
    Consideration consideration = Consideration::Pending;
    std::string rationale;
    std::string lcapGoal;
};

struct SpiAction {
    Id id = 0;
    Id caseId = 0;
    SpiActionKind kind = SpiActionKind::LcapRevision;
    std::string description;
    bool requiredByBargainingAgreement = false;
    ActionStatus status = ActionStatus::Proposed;
    std::optional<Date> dueOn;
    std::string outcome;
    std::optional<Date> completedOn; // when it was completed (a complete action; may be unknown)
    // Ed Code 52072.1(c): the SPI takes each action "with the approval of the state board".
    std::optional<Date> sbeApprovedOn;
    std::string sbeReference;
};

struct Intervention {
    Id id = 0;
    Id caseId = 0;
    std::string description;
    int evidenceTier = 1; // ESSA evidence tiers 1-4
    std::string targetGroup; // Dashboard student-group code, or "" for all students
    std::int64_t costCents = 0;
};

struct MonitoringReview {
    Id id = 0;
    Id caseId = 0;
    Date dueOn;
    std::optional<Date> heldOn;
    std::string outcome;
};

// A file kept inside the casebook; the bytes live in storage, this is what describes them.
struct Attachment {
    Id id = 0;
    Id caseId = 0;
    AttachmentOwner ownerType = AttachmentOwner::Case;
    Id ownerId = 0;
    std::string fileName;
    std::string mediaType;
    std::int64_t size = 0;
    std::string sha256; // lowercase hex
    std::string addedAt; // UTC, ISO 8601
};

inline constexpr std::int64_t kMaxAttachmentBytes = 25 * 1024 * 1024;

} // namespace casebook
