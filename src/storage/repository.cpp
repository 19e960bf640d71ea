// Generic record storage; see repository.h. Instantiated below for every record type.
#include "repository.h"

#include "audit.h"

#include "domain/validation.h"

#include <algorithm>

namespace casebook::storage {

namespace {

template <typename T>
struct Sql {
    std::string select; // "SELECT id, a, b FROM t"
    std::string insert;
    std::string insertWithId;
    std::string update;
    std::string remove;

    static const Sql &get()
    {
        static const Sql sql = [] {
            Sql s;
            const std::string table(RecordTraits<T>::table);
            std::string columns, marks, assignments;
            for (const auto &f : RecordTraits<T>::fields()) {
                const std::string name(f.name);
                columns += ", " + name;
                marks += marks.empty() ? "?" : ", ?";
                assignments += (assignments.empty() ? "" : ", ") + name + " = ?";
            }
            s.select = "SELECT id" + columns + " FROM " + table;
            s.insert = "INSERT INTO " + table + " (" + columns.substr(2) + ") VALUES (" + marks + ")";
            s.insertWithId = "INSERT INTO " + table + " (id" + columns + ") VALUES (?, " + marks + ")";
            s.update = "UPDATE " + table + " SET " + assignments + " WHERE id = ?";
            s.remove = "DELETE FROM " + table + " WHERE id = ?";
            return s;
        }();
        return sql;
    }
};

template <typename T>
bool isField(std::string_view name)
{
    const auto &fields = RecordTraits<T>::fields();
    return name == "id" ||
           std::any_of(fields.begin(), fields.end(), [&](const auto &f) { return f.name == name; });
}

// One FieldMap per record type and thread, reused row after row: its keys stay and text values
// keep their capacity, so listing 100,000 records does not build and free 100,000 maps.
template <typename T>
struct RowBuffer {
    FieldMap values;
    std::vector<FieldValue *> slots; // in field order

    RowBuffer()
    {
        for (const auto &f : RecordTraits<T>::fields())
            slots.push_back(&values.emplace(std::string(f.name), FieldValue{}).first->second);
    }
};

template <typename T>
Result<T> readRow(const Statement &stmt)
{
    thread_local RowBuffer<T> buffer;
    for (std::size_t i = 0; i < buffer.slots.size(); ++i)
        stmt.readColumn(int(i + 1), *buffer.slots[i]);
    auto record = fromFields<T>(buffer.values);
    if (!record)
        return Error::database("stored " + std::string(RecordTraits<T>::label) + " " +
                               std::to_string(stmt.columnInt(0)) + " is unreadable: " + record.error().text());
    record->id = stmt.columnInt(0);
    return record;
}

template <typename T>
std::vector<FieldValue> valuesOf(const T &record)
{
    std::vector<FieldValue> out;
    for (const auto &f : RecordTraits<T>::fields())
        out.push_back(f.get(record));
    return out;
}

template <typename T>
std::optional<Id> caseOf(const T &record)
{
    if constexpr (std::is_same_v<T, Case>)
        return record.id;
    else if constexpr (requires { record.caseId; })
        return record.caseId;
    else
        return std::nullopt;
}

template <typename T>
Error notFound(Id id)
{
    return Error::notFound(std::string(RecordTraits<T>::label) + " " + std::to_string(id) + " does not exist");
}

// The records an attachment can belong to, besides its case.
template <typename T>
constexpr std::optional<AttachmentOwner> ownerKind()
{
    if constexpr (std::is_same_v<T, Activity>)
        return AttachmentOwner::Activity;
    else if constexpr (std::is_same_v<T, Communication>)
        return AttachmentOwner::Communication;
    else if constexpr (std::is_same_v<T, DocumentationItem>)
        return AttachmentOwner::DocumentationItem;
    else
        return std::nullopt;
}

template <typename Owner>
Status checkOwnerOf(Database &db, const Attachment &a)
{
    auto owner = get<Owner>(db, a.ownerId);
    if (!owner)
        return Error::badInput("owner_id", std::string(RecordTraits<Owner>::label) + " " + std::to_string(a.ownerId) +
                                               " does not exist; an attachment must belong to a record of its case, "
                                               "or it is in no packet");
    if (owner->caseId != a.caseId)
        return Error::badInput("owner_id", std::string(RecordTraits<Owner>::label) + " " + std::to_string(a.ownerId) +
                                               " is a record of case " + std::to_string(owner->caseId) +
                                               ", not of the attachment's case " + std::to_string(a.caseId));
    return {};
}

// Evidence stays with its case: an attachment's owner is its case or a record of that same case.
Status checkAttachmentOwner(Database &db, const Attachment &a)
{
    switch (a.ownerType) {
    case AttachmentOwner::Case:
        if (a.ownerId != a.caseId)
            return Error::badInput("owner_id", "an attachment owned by its case names that case (" +
                                                   std::to_string(a.caseId) + "), not " + std::to_string(a.ownerId));
        return {};
    case AttachmentOwner::Activity: return checkOwnerOf<Activity>(db, a);
    case AttachmentOwner::Communication: return checkOwnerOf<Communication>(db, a);
    case AttachmentOwner::DocumentationItem: return checkOwnerOf<DocumentationItem>(db, a);
    }
    return {};
}

// The attachments owned by one record of T (an activity, communication or documentation item).
template <typename T>
Result<std::vector<Attachment>> attachmentsOwnedBy(Database &db, Id id)
{
    auto all = listWhere<Attachment>(db, "owner_id", id);
    if (!all)
        return all.error();
    std::erase_if(*all, [](const Attachment &a) { return a.ownerType != *ownerKind<T>(); });
    return all;
}

// The scheduled contact a communication answers is one of its own case (schema v10 triggers too).
Status checkAnsweredContact(Database &db, const Communication &c)
{
    if (!c.scheduledContactId)
        return {};
    auto contact = get<ScheduledContact>(db, *c.scheduledContactId);
    if (!contact)
        return Error::badInput("scheduled_contact_id", "scheduled contact " + std::to_string(*c.scheduledContactId) +
                                                           " does not exist");
    if (contact->caseId != c.caseId)
        return Error::badInput("scheduled_contact_id", "scheduled contact " + std::to_string(contact->id) +
                                                           " is a record of case " + std::to_string(contact->caseId) +
                                                           ", not of the communication's case " +
                                                           std::to_string(c.caseId));
    return {};
}

// A scheduled contact that communications answer keeps its case and is not deleted: the link would
// otherwise name a record of another case, or nothing.
Status checkContactUnanswered(Database &db, Id contactId, const char *what)
{
    auto answering = listWhere<Communication>(db, "scheduled_contact_id", contactId);
    if (!answering)
        return answering.error();
    if (answering->empty())
        return {};
    return Error::conflict("scheduled_contact_id", "scheduled contact " + std::to_string(contactId) +
                                                       " is answered by communication " +
                                                       std::to_string(answering->front().id) + "; it cannot be " +
                                                       what + " until that communication no longer names it");
}

} // namespace

// Validates a record against what it belongs to.
template <typename T>
Status checkRecord(Database &db, const T &record)
{
    if constexpr (std::is_same_v<T, Attachment>) {
        auto parent = get<Case>(db, record.caseId);
        if (!parent)
            return Error::badInput("case_id", "case " + std::to_string(record.caseId) + " does not exist");
        CASEBOOK_TRY(validate(record, *parent));
        return checkAttachmentOwner(db, record);
    } else if constexpr (std::is_same_v<T, District> || std::is_same_v<T, Case>) {
        return validate(record);
    } else if constexpr (std::is_same_v<T, School>) {
        auto district = get<District>(db, record.districtId);
        if (!district)
            return Error::badInput("district_id", "district " + std::to_string(record.districtId) + " does not exist");
        return validate(record, *district);
    } else {
        auto parent = get<Case>(db, record.caseId);
        if (!parent)
            return Error::badInput("case_id", "case " + std::to_string(record.caseId) + " does not exist");
        CASEBOOK_TRY(validate(record, *parent));
        if constexpr (std::is_same_v<T, Communication>)
            return checkAnsweredContact(db, record);
        return {};
    }
}

template <typename T>
Result<T> get(Database &db, Id id)
{
    auto stmt = db.connection().prepare(Sql<T>::get().select + " WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound<T>(id);
    return readRow<T>(*stmt);
}

namespace {

// The rows of T where `column` = `value` (all rows when `column` is empty); a row the domain rules
// refuse fails the whole list, or, with `unreadable`, is left out and named there.
template <typename T>
Result<std::vector<T>> selectRows(Database &db, std::string_view column, const FieldValue &value,
                                  std::string_view orderBy, std::vector<Error> *unreadable)
{
    if ((!column.empty() && !isField<T>(column)) || !isField<T>(orderBy))
        return Error::internal("internal: " + std::string(column) + "/" + std::string(orderBy) + " is not a field of " +
                               std::string(RecordTraits<T>::label));
    std::string sql = Sql<T>::get().select;
    if (!column.empty())
        sql += " WHERE " + std::string(column) + " = ?";
    sql += " ORDER BY " + std::string(orderBy) + ", id";
    auto stmt = db.connection().prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!column.empty())
        stmt->bind(1, value);
    std::vector<T> out;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        auto record = readRow<T>(*stmt);
        if (!record) {
            if (!unreadable)
                return record.error();
            unreadable->push_back(record.error());
            return {};
        }
        out.push_back(std::move(*record));
        return {};
    }));
    return out;
}

} // namespace

template <typename T>
Result<std::vector<T>> listWhere(Database &db, std::string_view column, const FieldValue &value,
                                 std::string_view orderBy)
{
    return selectRows<T>(db, column, value, orderBy, nullptr);
}

template <typename T>
Result<std::vector<T>> listAll(Database &db, std::string_view orderBy)
{
    return selectRows<T>(db, {}, {}, orderBy, nullptr);
}

template <typename T>
Result<std::vector<T>> listReadable(Database &db, std::vector<Error> &unreadable, std::string_view orderBy)
{
    return selectRows<T>(db, {}, {}, orderBy, &unreadable);
}

template <typename T>
Result<Id> insertRow(Database &db, const T &record, bool keepId)
{
    CASEBOOK_TRY(checkRecord(db, record));
    auto values = valuesOf(record);
    if (keepId)
        values.insert(values.begin(), FieldValue(record.id));
    auto stmt = db.connection().prepare(keepId ? Sql<T>::get().insertWithId : Sql<T>::get().insert);
    if (!stmt)
        return stmt.error();
    CASEBOOK_TRY(stmt->bindAll(values).run());
    if (keepId)
        db.noteExplicitIds(RecordTraits<T>::table);
    return db.connection().lastInsertId();
}

template <typename T>
Result<T> insert(Database &db, T record)
{
    return inTransaction<T>(db, [&]() -> Result<T> {
        record.id = 0;
        if constexpr (std::is_same_v<T, SpiAction>)
            CASEBOOK_TRY(checkStep(nullptr, record));
        auto id = insertRow(db, record, false);
        if (!id)
            return id.error();
        record.id = *id;
        CASEBOOK_TRY(writeAudit(db, RecordTraits<T>::table, record.id, caseOf(record), "create", {}, toFields(record)));
        return record;
    });
}

template <typename T>
Result<T> insertWithId(Database &db, T record)
{
    return inTransaction<T>(db, [&]() -> Result<T> {
        CASEBOOK_TRY(insertRow(db, record, true));
        CASEBOOK_TRY(writeAudit(db, RecordTraits<T>::table, record.id, caseOf(record), "create", {}, toFields(record)));
        return record;
    });
}

template <typename T>
Result<T> update(Database &db, const T &record)
{
    return inTransaction<T>(db, [&]() -> Result<T> {
        auto before = get<T>(db, record.id);
        if (!before)
            return before.error();
        CASEBOOK_TRY(checkRecord(db, record));
        if constexpr (std::is_same_v<T, SpiAction>)
            CASEBOOK_TRY(checkStep(&*before, record));
        if constexpr (std::is_same_v<T, ScheduledContact>)
            if (before->caseId != record.caseId)
                CASEBOOK_TRY(checkContactUnanswered(db, record.id, "moved to another case"));
        // A record moved to another case takes its attachments with it: the schema's trigger
        // (version 8) moves them with the record; each gets its audit row here.
        std::vector<Attachment> owned;
        if constexpr (ownerKind<T>().has_value()) {
            if (before->caseId != record.caseId) {
                auto found = attachmentsOwnedBy<T>(db, record.id);
                if (!found)
                    return found.error();
                owned = std::move(*found);
            }
        }
        auto values = valuesOf(record);
        values.emplace_back(record.id);
        auto stmt = db.connection().prepare(Sql<T>::get().update);
        if (!stmt)
            return stmt.error();
        CASEBOOK_TRY(stmt->bindAll(values).run());
        for (const Attachment &old : owned) {
            auto moved = get<Attachment>(db, old.id);
            if (!moved)
                return moved.error();
            CASEBOOK_TRY(writeAudit(db, RecordTraits<Attachment>::table, old.id, moved->caseId, "update", toFields(old),
                                    toFields(*moved)));
        }
        const FieldMap oldFields = toFields(*before), newFields = toFields(record);
        if (oldFields != newFields)
            CASEBOOK_TRY(writeAudit(db, RecordTraits<T>::table, record.id, caseOf(record), "update", oldFields,
                                    newFields));
        return record;
    });
}

template <typename T>
Status remove(Database &db, Id id)
{
    return inTransaction(db, [&]() -> Status {
        auto before = get<T>(db, id);
        if (!before)
            return before.error();
        // Evidence is never left without its record: a record with attachments is not deleted.
        if constexpr (ownerKind<T>().has_value()) {
            auto owned = attachmentsOwnedBy<T>(db, id);
            if (!owned)
                return owned.error();
            if (!owned->empty())
                return Error::conflict("attachments", std::string(RecordTraits<T>::label) + " " + std::to_string(id) +
                                                          " has " + std::to_string(owned->size()) +
                                                          " attachment(s); delete them first (or delete its case)");
        }
        if constexpr (std::is_same_v<T, ScheduledContact>)
            CASEBOOK_TRY(checkContactUnanswered(db, id, "deleted"));
        auto stmt = db.connection().prepare(Sql<T>::get().remove);
        if (!stmt)
            return stmt.error();
        CASEBOOK_TRY(stmt->bind(1, id).run());
        return writeAudit(db, RecordTraits<T>::table, id, caseOf(*before), "delete", toFields(*before), {});
    });
}

Result<std::vector<std::pair<std::string, std::int64_t>>> recordCounts(Database &db)
{
    static constexpr std::string_view tables[] = {
        RecordTraits<District>::table,          RecordTraits<School>::table,
        RecordTraits<Case>::table,              RecordTraits<QualifyingGroup>::table,
        RecordTraits<Activity>::table,          RecordTraits<Communication>::table,
        RecordTraits<ScheduledContact>::table,  RecordTraits<DocumentationItem>::table,
        RecordTraits<Partner>::table,           RecordTraits<CceeRecommendation>::table,
        RecordTraits<SpiAction>::table,         RecordTraits<Intervention>::table,
        RecordTraits<MonitoringReview>::table,  RecordTraits<Attachment>::table,
        "audit_log"};
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (auto table : tables) {
        auto count = db.connection().scalar("SELECT count(*) FROM " + std::string(table));
        if (!count)
            return count.error();
        out.emplace_back(std::string(table), std::get<std::int64_t>(*count));
    }
    return out;
}

#define INSTANTIATE(T)                                                                             \
    template Result<T> get<T>(Database &, Id);                                                     \
    template Result<std::vector<T>> listWhere<T>(Database &, std::string_view, const FieldValue &, \
                                                 std::string_view);                                \
    template Result<std::vector<T>> listAll<T>(Database &, std::string_view);                      \
    template Result<std::vector<T>> listReadable<T>(Database &, std::vector<Error> &, std::string_view); \
    template Result<T> insert<T>(Database &, T);                                                   \
    template Result<T> insertWithId<T>(Database &, T);                                             \
    template Result<Id> insertRow<T>(Database &, const T &, bool);                                  \
    template Result<T> update<T>(Database &, const T &);                                           \
    template Status remove<T>(Database &, Id);                                                     \
    template Status checkRecord<T>(Database &, const T &);

INSTANTIATE(District)
INSTANTIATE(School)
INSTANTIATE(Case)
INSTANTIATE(QualifyingGroup)
INSTANTIATE(Activity)
INSTANTIATE(Communication)
INSTANTIATE(ScheduledContact)
INSTANTIATE(DocumentationItem)
INSTANTIATE(Partner)
INSTANTIATE(CceeRecommendation)
INSTANTIATE(SpiAction)
INSTANTIATE(Intervention)
INSTANTIATE(MonitoringReview)
INSTANTIATE(Attachment)

} // namespace casebook::storage
