// Case-level actions; see case_store.h.
#include "case_store.h"

#include "audit.h"

#include "sha256.h"

#include "domain/workflow.h"

namespace casebook::storage {

namespace {

// Deletes every record of type T that belongs to the case, each with its audit row.
template <typename T>
Status removeChildren(Database &db, Id caseId)
{
    auto children = listWhere<T>(db, "case_id", caseId);
    if (!children)
        return children.error();
    for (const auto &child : *children)
        CASEBOOK_TRY(remove<T>(db, child.id));
    return {};
}

Status storeContent(Database &db, Id attachmentId, const std::vector<unsigned char> &bytes)
{
    auto stmt = db.connection().prepare("INSERT INTO attachment_contents (attachment_id, content) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId).bindBlob(2, bytes.data(), bytes.size());
    return stmt->run();
}

} // namespace

Result<Case> createCase(Database &db, Case c)
{
    return inTransaction<Case>(db, [&]() -> Result<Case> {
        c.status = initialStatus(c.kind, c.origin);
        c.closedOn.reset();
        // A case's number is never reused after a delete (Database::newCaseNumber).
        auto number = db.newCaseNumber();
        if (!number)
            return number.error();
        c.id = *number;
        auto stored = insertWithId<Case>(db, c);
        if (!stored)
            return stored.error();
        for (const auto &activity : initialActivities(*stored)) {
            auto a = insert<Activity>(db, activity);
            if (!a)
                return a.error();
        }
        return stored;
    });
}

Result<Case> createCase(Database &db, Case c, std::span<const QualifyingGroup> groups)
{
    return inTransaction<Case>(db, [&]() -> Result<Case> {
        auto stored = createCase(db, c);
        if (!stored)
            return stored.error();
        for (auto g : groups) {
            g.caseId = stored->id;
            if (auto added = insert<QualifyingGroup>(db, g); !added)
                return added.error();
        }
        return stored;
    });
}

Result<Case> exitSchoolPlan(Database &db, Id caseId, const Date &on, const std::string &reason)
{
    return inTransaction<Case>(db, [&]() -> Result<Case> {
        auto current = get<Case>(db, caseId);
        if (!current)
            return current.error();
        if (current->kind != CaseKind::SchoolPlan)
            return Error::conflict("kind", "only a school plan exits");
        current->exitedOn = on;
        current->exitReason = reason;
        if (auto updated = update<Case>(db, *current); !updated)
            return updated.error();
        return transitionCase(db, caseId, CaseStatus::Exited, on);
    });
}

Result<Case> transitionCase(Database &db, Id caseId, CaseStatus to, const Date &today)
{
    return inTransaction<Case>(db, [&]() -> Result<Case> {
        auto current = get<Case>(db, caseId);
        if (!current)
            return current.error();
        auto activities = listWhere<Activity>(db, "case_id", caseId, "area");
        if (!activities)
            return activities.error();
        auto next = applyTransition(*current, to, *activities, today);
        if (!next)
            return next.error();
        return update<Case>(db, *next);
    });
}

Status deleteCase(Database &db, Id caseId)
{
    return inTransaction(db, [&]() -> Status {
        auto current = get<Case>(db, caseId);
        if (!current)
            return current.error();
        CASEBOOK_TRY(removeChildren<Attachment>(db, caseId));
        CASEBOOK_TRY(removeChildren<QualifyingGroup>(db, caseId));
        CASEBOOK_TRY(removeChildren<Activity>(db, caseId));
        CASEBOOK_TRY(removeChildren<Communication>(db, caseId));
        CASEBOOK_TRY(removeChildren<ScheduledContact>(db, caseId));
        CASEBOOK_TRY(removeChildren<DocumentationItem>(db, caseId));
        CASEBOOK_TRY(removeChildren<Partner>(db, caseId));
        CASEBOOK_TRY(removeChildren<CceeRecommendation>(db, caseId));
        CASEBOOK_TRY(removeChildren<SpiAction>(db, caseId));
        CASEBOOK_TRY(removeChildren<Intervention>(db, caseId));
        CASEBOOK_TRY(removeChildren<MonitoringReview>(db, caseId));
        return remove<Case>(db, caseId);
    });
}

Result<std::vector<CaseSummary>> listCaseSummaries(Database &db, std::vector<Error> *unreadable)
{
    auto stmt = db.connection().prepare(
        "SELECT c.id, c.kind, c.origin, c.title, d.cds, d.name, s.cds, s.name, c.status, c.opened_on, c.closed_on "
        "FROM cases c JOIN districts d ON d.id = c.district_id LEFT JOIN schools s ON s.id = c.school_id "
        "ORDER BY c.id");
    if (!stmt)
        return stmt.error();
    std::vector<CaseSummary> out;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        FieldMap fields{{"kind", stmt->column(1)},      {"origin", stmt->column(2)},
                        {"title", stmt->column(3)},     {"status", stmt->column(8)},
                        {"opened_on", stmt->column(9)}, {"closed_on", stmt->column(10)}};
        auto c = fromFields<Case>(fields);
        if (!c) {
            Error e = Error::database("stored case " + std::to_string(stmt->columnInt(0)) +
                                      " is unreadable: " + c.error().text());
            if (!unreadable)
                return e;
            unreadable->push_back(std::move(e));
            return {};
        }
        out.push_back({stmt->columnInt(0), c->kind, c->origin, c->title, stmt->columnText(4), stmt->columnText(5),
                       stmt->columnText(6), stmt->columnText(7), c->status, c->openedOn, c->closedOn});
        return {};
    }));
    return out;
}

Result<Attachment> addAttachment(Database &db, Id caseId, AttachmentOwner ownerType, Id ownerId,
                                 const std::string &fileName, const std::string &mediaType,
                                 const std::vector<unsigned char> &bytes)
{
    Attachment a;
    a.caseId = caseId;
    a.ownerType = ownerType;
    a.ownerId = ownerType == AttachmentOwner::Case ? caseId : ownerId;
    a.fileName = fileName;
    a.mediaType = mediaType.empty() ? "application/octet-stream" : mediaType;
    a.size = std::int64_t(bytes.size());
    a.sha256 = sha256Hex(bytes);
    a.addedAt = utcNow();
    return inTransaction<Attachment>(db, [&]() -> Result<Attachment> {
        auto stored = insert<Attachment>(db, a);
        if (!stored)
            return stored.error();
        CASEBOOK_TRY(storeContent(db, stored->id, bytes));
        return stored;
    });
}


Result<Attachment> restoreAttachment(Database &db, const Attachment &attachment, const std::vector<unsigned char> &bytes)
{
    return inTransaction<Attachment>(db, [&]() -> Result<Attachment> {
        if (sha256Hex(bytes) != attachment.sha256)
            return Error::badInput("sha256", "the bytes do not match the attachment's SHA-256");
        auto stored = insertWithId<Attachment>(db, attachment);
        if (!stored)
            return stored.error();
        CASEBOOK_TRY(storeContent(db, stored->id, bytes));
        return stored;
    });
}

Result<std::vector<unsigned char>> attachmentContent(Database &db, Id attachmentId)
{
    auto stmt = db.connection().prepare("SELECT content FROM attachment_contents WHERE attachment_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound("attachment " + std::to_string(attachmentId) + " has no stored content");
    return stmt->columnBlob(0);
}

Result<std::vector<Attachment>> attachmentsOf(Database &db, AttachmentOwner ownerType, Id ownerId)
{
    auto all = listWhere<Attachment>(db, "owner_id", ownerId, "file_name");
    if (!all)
        return all.error();
    std::erase_if(*all, [&](const Attachment &a) { return a.ownerType != ownerType; });
    return all;
}

} // namespace casebook::storage
