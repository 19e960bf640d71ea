// Whole-casebook JSON export and import; see interchange.h. The collections are listed once, in
// collections() below: a new record type is one line there plus its definition in
// schemas/casebook.schema.json. The state's data (schema version 2) is read in interchange_state.cpp.
#include "interchange.h"

#include "interchange_collection.h"
#include "json_schema.h"
#include "record_json.h"

#include "storage/case_store.h"
#include "storage/sha256.h"
#include "storage/transfer.h"

#include <QByteArray>

#include <cctype>
#include <functional>
#include <optional>
#include <set>

namespace casebook::io {

namespace {

using namespace interchange;
using storage::Database;
using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr std::string_view kCarried = "carried"; // an 'import' audit row's copy of the original row
constexpr std::string_view kPacketSettingPrefix = "packet.last_export.case.";

// --- records ---------------------------------------------------------------------------------

std::string base64(const std::vector<unsigned char> &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toBase64().toStdString();
}

template <typename T>
Result<ordered> writeRecords(Database &db, std::vector<Error> &skipped)
{
    auto rows = storage::listReadable<T>(db, skipped);
    if (!rows)
        return rows.error();
    ordered array = ordered::array();
    for (const auto &r : *rows) {
        ordered object = recordToOrderedJson(r);
        if constexpr (std::is_same_v<T, Attachment>) {
            auto bytes = storage::attachmentContent(db, r.id);
            if (!bytes)
                return bytes.error();
            object["content_base64"] = base64(*bytes);
        }
        array.push_back(std::move(object));
    }
    return array;
}

std::string_view ownerCollection(const FieldValue &ownerType)
{
    const auto *code = std::get_if<std::string>(&ownerType);
    if (!code)
        return {};
    if (*code == "case")
        return RecordTraits<Case>::table;
    if (*code == "activity")
        return RecordTraits<Activity>::table;
    if (*code == "communication")
        return RecordTraits<Communication>::table;
    if (*code == "documentation_item")
        return RecordTraits<DocumentationItem>::table;
    return {};
}

// Rewrites the ids a record refers to from the document's ids to the stored ones.
Status remapReferences(ImportState &st, FieldMap &fields, const std::string &pointer)
{
    static const std::map<std::string, std::string_view, std::less<>> references{
        {"district_id", RecordTraits<District>::table},
        {"school_id", RecordTraits<School>::table},
        {"case_id", RecordTraits<Case>::table},
        {"scheduled_contact_id", RecordTraits<ScheduledContact>::table}};
    for (auto &[name, value] : fields) {
        std::string_view target;
        if (auto it = references.find(name); it != references.end())
            target = it->second;
        else if (name == "owner_id" && fields.contains("owner_type"))
            target = ownerCollection(fields.at("owner_type"));
        const auto *id = std::get_if<std::int64_t>(&value);
        if (target.empty() || !id)
            continue;
        const auto &map = st.ids[std::string(target)];
        auto found = map.find(*id);
        if (found == map.end())
            return Error::badInput(st.where(pointer + "/" + name), "refers to " + std::string(target) + " id " +
                                                                       std::to_string(*id) +
                                                                       ", which is not in the document");
        value = found->second;
    }
    return {};
}

template <typename T>
std::optional<Id> caseIdOf(const T &record, Id storedId)
{
    if constexpr (std::is_same_v<T, Case>)
        return storedId;
    else if constexpr (requires { record.caseId; })
        return record.caseId;
    else
        return std::nullopt;
}

Status importContent(ImportState &st, const json &object, const Attachment &a, Id storedId, const std::string &pointer)
{
    const std::string encoded = object.value("content_base64", std::string());
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(encoded),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::badInput(st.where(pointer + "/content_base64"), "is not valid base64");
    const std::vector<unsigned char> bytes(decoded.decoded.begin(), decoded.decoded.end());
    if (std::int64_t(bytes.size()) != a.size)
        return Error::badInput(st.where(pointer + "/size"), "says " + std::to_string(a.size) + " bytes but the content has " +
                                                                std::to_string(bytes.size()));
    if (storage::sha256Hex(bytes) != a.sha256)
        return Error::badInput(st.where(pointer + "/sha256"), "does not match the SHA-256 of the content");
    return storage::storeAttachmentContent(st.db, storedId, bytes);
}

template <typename T>
Status readRecords(ImportState &st, const json &array)
{
    const std::string table(RecordTraits<T>::table);
    std::int64_t added = 0;
    for (std::size_t index = 0; index < array.size(); ++index) {
        const json &object = array[index];
        const std::string pointer = "/" + table + "/" + std::to_string(index);
        auto fields = fieldsFromJson(object, st.where(pointer));
        if (!fields)
            return fields.error();
        const Id documentId = object.at("id").get<Id>();
        if (st.ids[table].contains(documentId))
            return Error::badInput(st.where(pointer + "/id"), "id " + std::to_string(documentId) + " appears twice");
        CASEBOOK_TRY(remapReferences(st, *fields, pointer));
        auto record = fromFields<T>(*fields);
        if (!record)
            return Error::badInput(st.where(pointer + "/" + record.error().field), record.error().message);
        record->id = documentId;
        if constexpr (std::is_same_v<T, District> || std::is_same_v<T, School>) {
            if (!st.keepIds) {
                auto existing = storage::findByCds<T>(st.db, record->cds);
                if (!existing)
                    return existing.error();
                if (*existing) {
                    st.ids[table][documentId] = **existing;
                    st.matched.insert({table, documentId});
                    ++st.summary.matchedExisting;
                    continue;
                }
            }
        }
        auto storedId = storage::insertImported<T>(st.db, *record, st.keepIds);
        if (!storedId)
            return Error{storedId.error().kind, st.where(pointer + (storedId.error().field.empty() ? "" : "/" + storedId.error().field)),
                         storedId.error().message};
        st.ids[table][documentId] = *storedId;
        ++added;
        if constexpr (std::is_same_v<T, Attachment>)
            CASEBOOK_TRY(importContent(st, object, *record, *storedId, pointer));
        CASEBOOK_TRY(auditImported(st, table, *storedId, caseIdOf(*record, *storedId), documentId));
    }
    st.summary.imported.emplace_back(table, added);
    return {};
}

template <typename T>
Collection records()
{
    return {RecordTraits<T>::table, writeRecords<T>, readRecords<T>};
}

// --- audit trail -----------------------------------------------------------------------------

// One trail entry in its fixed key order.
ordered trailEntry(const std::string &atUtc, const std::string &osUser, const std::string &table, Id recordId,
                   std::optional<Id> caseId, const std::string &action, ordered changes)
{
    return ordered{{"at_utc", atUtc},
                   {"os_user", osUser},
                   {"table", table},
                   {"record_id", recordId},
                   {"case_id", caseId ? ordered(*caseId) : ordered(nullptr)},
                   {"action", action},
                   {"changes", std::move(changes)}};
}

// A carried trail entry with its keys in the trail's order, whatever order the engine kept them in (a
// server's jsonb keeps keys in its own order).
ordered inTrailOrder(const ordered &entry)
{
    if (!entry.is_object())
        return entry;
    ordered out = ordered::object();
    for (const char *key : {"at_utc", "os_user", "table", "record_id", "case_id", "action", "changes"})
        if (auto found = entry.find(key); found != entry.end())
            out[key] = *found;
    for (const auto &[key, value] : entry.items())
        if (!out.contains(key))
            out[key] = value;
    return out;
}

Result<ordered> writeTrail(Database &db, std::vector<Error> &)
{
    auto rows = storage::readAudit(db);
    if (!rows)
        return rows.error();
    ordered array = ordered::array();
    for (const auto &row : *rows) {
        ordered changes = ordered::parse(row.changesJson, nullptr, false);
        if (changes.is_discarded() || !changes.is_object())
            changes = ordered{{"text", row.changesJson}};
        // An imported row stands for the original row it carries.
        if (row.action == "import" && changes.contains(kCarried)) {
            array.push_back(inTrailOrder(changes[std::string(kCarried)]));
            continue;
        }
        array.push_back(trailEntry(row.atUtc, row.osUser, row.table, row.recordId, row.caseId, row.action,
                                   std::move(changes)));
    }
    return array;
}

// Before any record is read: which records and settings the trail already covers.
void scanTrail(ImportState &st, const json &trail)
{
    for (const auto &entry : trail) {
        const std::string table = entry.at("table").get<std::string>();
        if (table == "settings") {
            const auto &changes = entry.at("changes");
            if (changes.contains("value") && changes["value"].is_object() && changes["value"].contains("key") &&
                changes["value"]["key"].is_string()) {
                st.settingsWithTrail.insert(changes["value"]["key"].get<std::string>());
            } else if (changes.is_object()) {
                // A calendar setting's row names its key as the changed field: {"calendar.time_zone": {"new": ...}}.
                for (const auto &[key, change] : changes.items())
                    if (change.is_object() && change.contains("new"))
                        st.settingsWithTrail.insert(key);
            }
        } else {
            st.withTrail.insert({table, entry.at("record_id").get<Id>()});
        }
    }
}

Id mappedId(ImportState &st, const std::string &table, Id id)
{
    auto map = st.ids.find(table);
    if (map == st.ids.end())
        return id;
    auto found = map->second.find(id);
    return found == map->second.end() ? id : found->second; // a deleted record keeps its document id
}

Status readTrail(ImportState &st, const json &trail)
{
    for (std::size_t index = 0; index < trail.size(); ++index) {
        const json &entry = trail[index];
        const std::string table = entry.at("table").get<std::string>();
        const Id recordId = entry.at("record_id").get<Id>();
        // A reused district or school keeps its own history here, not the other casebook's.
        if (st.matched.contains({table, recordId}))
            continue;
        std::optional<Id> caseId;
        if (entry.at("case_id").is_number_integer())
            caseId = mappedId(st, std::string(RecordTraits<Case>::table), entry.at("case_id").get<Id>());
        const Id storedRecordId = mappedId(st, table, recordId);
        const ordered carried = trailEntry(entry.at("at_utc").get<std::string>(), entry.at("os_user").get<std::string>(),
                                           table, storedRecordId, caseId, entry.at("action").get<std::string>(),
                                           st.trail->at(index).at("changes"));
        CASEBOOK_TRY(storage::writeAuditJson(st.db, table, storedRecordId, caseId, "import",
                                             ordered{{std::string(kCarried), carried}}.dump()));
        ++st.summary.carriedAuditRows;
    }
    return {};
}

// --- settings --------------------------------------------------------------------------------

Result<ordered> writeSettings(Database &db, std::vector<Error> &)
{
    auto settings = storage::readSettings(db);
    if (!settings)
        return settings.error();
    ordered object = ordered::object();
    for (const auto &[key, value] : *settings)
        object[key] = value;
    return object;
}

Status readSettings(ImportState &st, const json &settings)
{
    auto existing = storage::readSettings(st.db);
    if (!existing)
        return existing.error();
    for (const auto &[documentKey, value] : settings.items()) {
        // Settings are text Casebook did not write here: the same limits as every field.
        CASEBOOK_TRY(fieldValueFromJson(json(documentKey), st.where("/settings (a key)")));
        CASEBOOK_TRY(fieldValueFromJson(value, st.where("/settings/" + documentKey)));
        std::string key = documentKey;
        // Packet history is per case: it follows the case's new id.
        if (!st.keepIds && key.starts_with(kPacketSettingPrefix)) {
            const std::string idText = key.substr(kPacketSettingPrefix.size());
            if (idText.empty() || idText.find_first_not_of("0123456789") != std::string::npos)
                continue;
            const auto &cases = st.ids[std::string(RecordTraits<Case>::table)];
            auto found = cases.find(std::stoll(idText));
            if (found == cases.end())
                continue;
            key = std::string(kPacketSettingPrefix) + std::to_string(found->second);
        }
        if (existing->contains(key))
            continue; // the receiving casebook's own settings win
        CASEBOOK_TRY(storage::writeImportedSetting(st.db, key, value.get<std::string>()));
        if (!st.settingsWithTrail.contains(documentKey))
            CASEBOOK_TRY(storage::writeAuditJson(st.db, "settings", 0, std::nullopt, "import",
                                                 json{{"value", {{"key", key}, {"new", value}}}}.dump()));
    }
    return {};
}

// Every collection in document order. Parents come before the records that refer to them.
const std::vector<Collection> &collections()
{
    static const std::vector<Collection> all{
        records<District>(),           records<School>(),           records<Case>(),
        records<QualifyingGroup>(),    records<Activity>(),         records<ScheduledContact>(),
        records<Communication>(),      records<DocumentationItem>(), records<Partner>(),
        records<CceeRecommendation>(), records<SpiAction>(),        records<Intervention>(),
        records<MonitoringReview>(),   records<Attachment>(),
        dashboardImports(),            dashboardResults(),           stateRows("local_indicators"),
        stateRows("calpads_submissions"), stateRows("essa_assistance"),
        // Settings before the trail: the trail is read last so every id it names is known.
        {"settings", writeSettings, readSettings},
        {"audit_trail", writeTrail, readTrail},
    };
    return all;
}

// After records were left out because they could not be read: the records that refer to one of
// them (a school of a left-out district, the records of a left-out case, an attachment whose owner is
// gone) are left out too and named, so that the document stays whole and imports.
void leaveOutDependents(ordered &document, std::vector<Error> &skipped)
{
    const auto idsOf = [&](std::string_view collection) {
        std::set<Id> ids;
        for (const auto &r : document[std::string(collection)])
            ids.insert(r.at("id").get<Id>());
        return ids;
    };
    const auto prune = [&](std::string_view collection, const std::function<std::string(const ordered &)> &missing) {
        auto &array = document[std::string(collection)];
        ordered kept = ordered::array();
        for (auto &r : array) {
            const std::string why = missing(r);
            if (why.empty())
                kept.push_back(std::move(r));
            else
                skipped.push_back(Error::database(std::string(collection) + " id " + std::to_string(r.at("id").get<Id>()) +
                                                  " was left out with it: " + why));
        }
        array = std::move(kept);
    };
    const auto refersTo = [](const ordered &r, const char *field, const std::set<Id> &ids, const char *what) {
        if (!r.contains(field) || !r[field].is_number_integer() || ids.contains(r[field].get<Id>()))
            return std::string();
        return std::string(what) + " " + std::to_string(r[field].get<Id>()) + " could not be read";
    };
    const auto districts = idsOf(RecordTraits<District>::table);
    prune(RecordTraits<School>::table, [&](const ordered &r) { return refersTo(r, "district_id", districts, "its district"); });
    const auto schools = idsOf(RecordTraits<School>::table);
    prune(RecordTraits<Case>::table, [&](const ordered &r) {
        auto why = refersTo(r, "district_id", districts, "its district");
        return why.empty() ? refersTo(r, "school_id", schools, "its school") : why;
    });
    const auto cases = idsOf(RecordTraits<Case>::table);
    for (const std::string_view collection :
         {RecordTraits<QualifyingGroup>::table, RecordTraits<Activity>::table, RecordTraits<Communication>::table,
          RecordTraits<ScheduledContact>::table, RecordTraits<DocumentationItem>::table, RecordTraits<Partner>::table,
          RecordTraits<CceeRecommendation>::table, RecordTraits<SpiAction>::table, RecordTraits<Intervention>::table,
          RecordTraits<MonitoringReview>::table, RecordTraits<Attachment>::table})
        prune(collection, [&](const ordered &r) { return refersTo(r, "case_id", cases, "its case"); });
    const auto contacts = idsOf(RecordTraits<ScheduledContact>::table);
    prune(RecordTraits<Communication>::table,
          [&](const ordered &r) { return refersTo(r, "scheduled_contact_id", contacts, "the scheduled contact it answers"); });
    const std::map<std::string, std::set<Id>> owners{
        {"case", cases},
        {"activity", idsOf(RecordTraits<Activity>::table)},
        {"communication", idsOf(RecordTraits<Communication>::table)},
        {"documentation_item", idsOf(RecordTraits<DocumentationItem>::table)}};
    prune(RecordTraits<Attachment>::table, [&](const ordered &r) {
        const auto type = r.value("owner_type", std::string());
        const auto it = owners.find(type);
        return it == owners.end() ? std::string() : refersTo(r, "owner_id", it->second, ("its owner " + type).c_str());
    });
}

} // namespace

namespace interchange {

Status auditImported(ImportState &st, const std::string &table, Id storedId, std::optional<Id> caseId, Id documentId)
{
    if (st.withTrail.contains({table, documentId}))
        return {};
    return storage::writeAuditJson(st.db, table, storedId, caseId, "import",
                                   json{{"imported", {{"source", st.source}, {"document_id", documentId}}}}.dump());
}

} // namespace interchange

Result<ordered> exportCasebook(Database &db, std::vector<Error> *skipped)
{
    std::vector<Error> ownSkipped;
    ordered document = ordered::object();
    document["$schema"] = kInterchangeSchemaId;
    document["format"] = "casebook";
    document["version"] = kInterchangeVersion;
    for (const auto &c : collections()) {
        auto part = c.write(db, skipped ? *skipped : ownSkipped);
        if (!part)
            return part.error();
        document[std::string(c.name)] = std::move(*part);
    }
    if (!skipped && !ownSkipped.empty())
        return ownSkipped.front();
    if (skipped && !skipped->empty())
        leaveOutDependents(document, *skipped);
    return document;
}

std::string interchangeText(const ordered &document) { return document.dump(2) + "\n"; }

bool isCanonicalBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return false;
    std::size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=')
        ++padding;
    for (std::size_t i = 0; i + padding < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!(std::isalnum(c) && c < 0x80) && c != '+' && c != '/')
            return false;
    }
    return true;
}

namespace {

// The strict reading's first pass (parseJsonStrictly): depth and duplicate keys, checked by events
// without building anything. nlohmann's callback parser would do it in one pass, but it looks through
// every element of an array each time one of its objects ends: quadratic in a statewide casebook's
// arrays of a million results.
class StrictJsonCheck final : public nlohmann::json_sax<json> {
public:
    explicit StrictJsonCheck(const std::string &sourceName) : m_source(sourceName) {}
    std::optional<Error> refused;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t &key) override
    {
        if (!m_levels.empty() && m_levels.back().object && !m_levels.back().keys.insert(key).second) {
            refused = Error::badInput(m_source, "has the key \"" + key + "\" twice in one object");
            return false;
        }
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    struct Level {
        bool object = false;
        std::set<std::string> keys;
    };
    bool open(bool object)
    {
        if (int(m_levels.size()) >= kMaxJsonDepth) {
            refused = Error::badInput(m_source, "is nested more than " + std::to_string(kMaxJsonDepth) +
                                                    " levels deep; a casebook document never is");
            return false;
        }
        m_levels.push_back({object, {}});
        return true;
    }
    bool close()
    {
        if (!m_levels.empty())
            m_levels.pop_back();
        return true;
    }
    const std::string &m_source;
    std::vector<Level> m_levels;
};

} // namespace

Result<json> parseJsonStrictly(const std::string &text, const std::string &sourceName)
{
    // nlohmann's parser keeps its own stack, but validation and the code after it recurse once per
    // level: a document nested deeper than any casebook's is refused before either sees it.
    // Duplicate keys are refused too: nlohmann would keep the last one without a word, so two readers
    // of the same file could see two different records. Checked first, by events; then read.
    StrictJsonCheck check(sourceName);
    const bool wellFormed = json::sax_parse(text, &check, nlohmann::detail::input_format_t::json, true);
    if (check.refused)
        return *check.refused;
    if (!wellFormed)
        return Error::badInput(sourceName, "is not valid JSON");
    json document = json::parse(text, nullptr, false);
    if (document.is_discarded())
        return Error::badInput(sourceName, "is not valid JSON");
    return document;
}

Result<json> parseCasebookDocument(const std::string &text, const std::string &sourceName)
{
    auto parsed = parseJsonStrictly(text, sourceName);
    if (!parsed)
        return parsed.error();
    json &document = *parsed;
    CASEBOOK_TRY(validateAgainstSchema(document, kInterchangeSchema, sourceName));
    const json &attachments = document.at(std::string(RecordTraits<Attachment>::table));
    for (std::size_t i = 0; i < attachments.size(); ++i)
        if (!isCanonicalBase64(attachments[i].at("content_base64").get_ref<const std::string &>()))
            return Error::badInput(sourceName + " at /" + std::string(RecordTraits<Attachment>::table) + "/" +
                                       std::to_string(i) + "/content_base64",
                                   "is not base64 (RFC 4648: A-Z, a-z, 0-9, + and /, padded with = to a multiple of 4)");
    return std::move(document);
}

Result<ImportSummary> importCasebook(Database &db, const std::string &text, const std::string &sourceName)
{
    auto parsed = parseCasebookDocument(text, sourceName);
    if (!parsed)
        return parsed.error();
    const json &document = *parsed;
    return storage::inTransaction<ImportSummary>(db, [&]() -> Result<ImportSummary> {
        auto empty = storage::isEmptyCasebook(db);
        if (!empty)
            return empty.error();
        if (*empty)
            CASEBOOK_TRY(db.beginWholeLoad());
        // The carried audit rows keep their "changes" byte for byte: parsed again in document order.
        const ordered orderedDocument = ordered::parse(text);
        ImportState st{db, *empty, sourceName, {}, {}, {}, {}, &orderedDocument.at("audit_trail"), {}, {}};
        st.summary.idsPreserved = *empty;
        scanTrail(st, document.at("audit_trail"));
        for (const auto &c : collections()) {
            // A version 1 document has no collections of the state's data.
            const std::string name(c.name);
            CASEBOOK_TRY(c.read(st, document.contains(name) ? document.at(name) : json::array()));
        }
        return st.summary;
    });
}

} // namespace casebook::io
