// Every edit the desktop application makes, scriptable: `add`, `edit` and `delete` any record by
// its field names (the same names as the database columns and the JSON keys), `move` a case
// through its workflow, `attach` a file, and `show` / `history` / `search`. Each write is one
// transaction with its audit row, validated by the same domain rules as the GUI.
#include "command.h"

#include "domain/workflow.h"
#include "services/record_defaults.h"
#include "io/audit_text.h"
#include "io/paths.h"
#include "io/record_json.h"


#include <functional>
#include <map>
#include <iomanip>

namespace casebook::cli {

namespace {

// Turns FIELD=VALUE arguments into fields of T; a value's type follows the field's (numbers for
// whole-number fields, text otherwise, an empty value clears an optional field).
template <typename T>
Result<FieldMap> parseAssignments(const std::vector<std::string> &args)
{
    const FieldMap defaults = toFields(T{});
    FieldMap out;
    for (const auto &arg : args) {
        const auto eq = arg.find('=');
        if (eq == std::string::npos || eq == 0)
            return Error::badInput(arg, "expected FIELD=VALUE, got \"" + arg + "\"");
        const std::string name = arg.substr(0, eq), text = arg.substr(eq + 1);
        const auto known = defaults.find(name);
        if (known == defaults.end()) {
            std::string list;
            for (const auto &[field, value] : defaults)
                list += (list.empty() ? "" : ", ") + field;
            return Error::badInput(name, "is not a field of a " + std::string(RecordTraits<T>::label) +
                                             "; its fields are " + list);
        }
        const std::size_t sign = text.starts_with('-') ? 1 : 0;
        const bool number = text.size() > sign && text.size() < 16 &&
                            text.find_first_not_of("0123456789", sign) == std::string::npos;
        if (std::holds_alternative<std::int64_t>(known->second) || (isNull(known->second) && number))
            out[name] = number ? FieldValue(std::int64_t(std::stoll(text))) : FieldValue(text);
        else if (isNull(known->second) && text.empty())
            out[name] = FieldValue{};
        else
            out[name] = text;
    }
    return out;
}

std::optional<Id> parseId(Context &ctx, const std::string &text, const char *what)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 15) {
        ctx.err << "casebook-cli: " << what << " must be a record id (a whole number), got \"" << text << "\"\n";
        return std::nullopt;
    }
    return std::stoll(text);
}

// The record types the commands know, by the name users type.
struct RecordKind {
    std::string name;
    std::function<int(Context &, services::Casebook &, const std::vector<std::string> &)> add;
    std::function<int(Context &, services::Casebook &, Id, const std::vector<std::string> &)> edit;
    std::function<int(Context &, services::Casebook &, Id)> remove;
};

template <typename T>
int printRecord(Context &ctx, const T &record, const std::string &verb)
{
    ctx.out << verb << " " << RecordTraits<T>::label << " " << record.id << "\n";
    return Ok;
}

template <typename T>
RecordKind kindOf(const std::string &name)
{
    RecordKind k;
    k.name = name;
    k.add = [](Context &ctx, services::Casebook &db, const std::vector<std::string> &args) -> int {
        auto fields = parseAssignments<T>(args);
        if (!fields)
            return ctx.fail(fields.error());
        // The GUI's defaults (services/record_defaults.h); case_id comes from the arguments.
        T initial = [] {
            if constexpr (std::is_same_v<T, District> || std::is_same_v<T, School> || std::is_same_v<T, Attachment>)
                return T{};
            else
                return services::newRecord<T>(0, io::today());
        }();
        auto record = fromFields<T>(*fields, initial);
        if (!record)
            return ctx.fail(record.error());
        auto stored = db.add<T>(*record);
        return stored ? printRecord(ctx, stored->record, "Added") : ctx.fail(stored.error());
    };
    k.edit = [](Context &ctx, services::Casebook &db, Id id, const std::vector<std::string> &args) -> int {
        auto current = db.get<T>(id);
        if (!current)
            return ctx.fail(current.error().kind == ErrorKind::NotFound ? db.whyGone<T>(id) : current.error());
        auto fields = parseAssignments<T>(args);
        if (!fields)
            return ctx.fail(fields.error());
        if constexpr (std::is_same_v<T, Case>)
            if (fields->contains("status"))
                return ctx.fail(Error::badInput("status", "a case's status changes with `casebook-cli move`"));
        auto record = fromFields<T>(*fields, *current);
        if (!record)
            return ctx.fail(record.error());
        // Without --force the edit is refused when the record changed since it was read: since the
        // version given (`show --format json` prints each record's), else since this command read it.
        std::optional<Id> version;
        if (ctx.has("--version")) {
            version = parseId(ctx, ctx.option("--version"), "--version");
            if (!version)
                return Usage;
        }
        auto stored = ctx.has("--force") ? db.save<T>(*record)
                      : version          ? db.saveAtVersion<T>(*record, *version)
                                         : db.saveOver<T>(*record, *current);
        if (stored)
            return printRecord(ctx, stored->record, "Changed");
        const int code = ctx.fail(stored.error());
        if (services::isEditConflict(stored.error()))
            ctx.err << "casebook-cli: read the record again, or add --force to write your values over theirs\n";
        return code;
    };
    k.remove = [](Context &ctx, services::Casebook &db, Id id) -> int {
        auto removed = db.remove<T>(id);
        if (!removed)
            return ctx.fail(removed.error());
        ctx.out << "Deleted " << RecordTraits<T>::label << " " << id << "\n";
        return Ok;
    };
    return k;
}

const std::vector<RecordKind> &recordKinds()
{
    static const std::vector<RecordKind> kinds{
        kindOf<District>("district"),
        kindOf<School>("school"),
        kindOf<Case>("case"),
        kindOf<QualifyingGroup>("qualifying-group"),
        kindOf<Activity>("activity"),
        kindOf<Communication>("communication"),
        kindOf<ScheduledContact>("scheduled-contact"),
        kindOf<DocumentationItem>("documentation-item"),
        kindOf<Partner>("partner"),
        kindOf<CceeRecommendation>("recommendation"),
        kindOf<SpiAction>("spi-action"),
        kindOf<Intervention>("intervention"),
        kindOf<MonitoringReview>("monitoring-review"),
    };
    return kinds;
}

std::string kindNames()
{
    std::string out;
    for (const auto &k : recordKinds())
        out += (out.empty() ? "" : ", ") + k.name;
    return out;
}

const RecordKind *findKind(Context &ctx, const std::string &name)
{
    for (const auto &k : recordKinds())
        if (k.name == name)
            return &k;
    ctx.err << "casebook-cli: unknown record type \"" << name << "\"; expected one of " << kindNames() << "\n";
    return nullptr;
}

int runAdd(Context &ctx)
{
    const RecordKind *kind = findKind(ctx, ctx.positional[0]);
    if (!kind)
        return Usage;
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    return kind->add(ctx, *db, {ctx.positional.begin() + 1, ctx.positional.end()});
}

// TYPE ID: finds the record type and id, opens the casebook, and runs `act` on them.
int onRecord(Context &ctx, const std::function<int(const RecordKind &, services::Casebook &, Id)> &act)
{
    const RecordKind *kind = findKind(ctx, ctx.positional[0]);
    const auto id = kind ? parseId(ctx, ctx.positional[1], "ID") : std::nullopt;
    if (!id)
        return Usage;
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    return act(*kind, *db, *id);
}

int runEdit(Context &ctx)
{
    return onRecord(ctx, [&](const RecordKind &kind, services::Casebook &db, Id id) {
        return kind.edit(ctx, db, id, {ctx.positional.begin() + 2, ctx.positional.end()});
    });
}

int runDelete(Context &ctx)
{
    return onRecord(ctx, [&](const RecordKind &kind, services::Casebook &db, Id id) { return kind.remove(ctx, db, id); });
}

int runMove(Context &ctx)
{
    const auto id = parseId(ctx, ctx.positional[0], "CASE_ID");
    if (!id)
        return Usage;
    auto to = parseEnum<CaseStatus>(ctx.positional[1], "STATE");
    if (!to)
        return ctx.fail(to.error());
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    auto moved = db->transition(*id, *to, io::today());
    if (!moved)
        return ctx.fail(moved.error());
    ctx.out << "Case " << *id << " is now " << enumCode(moved->record.status) << "\n";
    return Ok;
}

int runAttach(Context &ctx)
{
    const auto caseId = parseId(ctx, ctx.positional[0], "CASE_ID");
    if (!caseId)
        return Usage;
    AttachmentOwner owner = AttachmentOwner::Case;
    Id ownerId = *caseId;
    if (ctx.has("--to")) {
        const std::string to = ctx.option("--to");
        const auto colon = to.find(':');
        auto type = parseEnum<AttachmentOwner>(to.substr(0, colon), "--to");
        const auto id = colon == std::string::npos ? std::nullopt : parseId(ctx, to.substr(colon + 1), "--to's id");
        if (!type || !id) {
            ctx.err << "casebook-cli: --to expects TYPE:ID with TYPE activity, communication or documentation_item\n";
            return Usage;
        }
        owner = *type;
        ownerId = *id;
    }
    auto db = ctx.openDatabase(services::OpenMode::OpenExisting);
    if (!db)
        return DatabaseError;
    auto attached = db->attachFile(*caseId, owner, ownerId, ctx.positional[1]);
    if (!attached)
        return ctx.fail(attached.error());
    const Attachment *stored = &attached->record;
    ctx.out << "Attached " << stored->fileName << " as attachment " << stored->id << " (SHA-256 " << stored->sha256
            << ")\n";
    return Ok;
}

template <typename T>
nlohmann::ordered_json listJson(const std::vector<T> &records)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &r : records)
        out.push_back(io::recordToJson(r));
    return out;
}

int runShow(Context &ctx)
{
    const auto id = parseId(ctx, ctx.positional[0], "CASE_ID");
    if (!id)
        return Usage;
    const std::string format = ctx.option("--format", "text");
    if (format != "text" && format != "json") {
        ctx.err << "casebook-cli: unknown --format \"" << format << "\"; expected one of text, json\n";
        return Usage;
    }
    auto db = ctx.openForReading();
    if (!db)
        return DatabaseError;
    auto b = db->caseBundle(*id);
    if (!b)
        return ctx.fail(b.error());
    nlohmann::ordered_json doc = io::recordToJson(b->caseRecord);
    doc["district"] = io::recordToJson(b->district);
    doc["school"] = b->school ? io::recordToJson(*b->school) : nlohmann::ordered_json(nullptr);
    doc["qualifying_groups"] = listJson(b->qualifyingGroups);
    doc["activities"] = listJson(b->activities);
    doc["communications"] = listJson(b->communications);
    doc["scheduled_contacts"] = listJson(b->scheduledContacts);
    doc["documentation_items"] = listJson(b->documentationItems);
    doc["partners"] = listJson(b->partners);
    doc["ccee_recommendations"] = listJson(b->recommendations);
    doc["spi_actions"] = listJson(b->spiActions);
    doc["interventions"] = listJson(b->interventions);
    doc["monitoring_reviews"] = listJson(b->monitoringReviews);
    doc["attachments"] = listJson(b->attachments);
    // Each record's row version, for `edit --version`.
    if (auto versions = db->caseRowVersions(*id)) {
        std::map<std::pair<std::string, Id>, Id> byRecord(versions->begin(), versions->end());
        const auto stamp = [&](nlohmann::ordered_json &record, const std::string &table) {
            const auto found = byRecord.find({table, record.value("id", Id(0))});
            record["version"] = found == byRecord.end() ? Id(0) : found->second;
        };
        stamp(doc, std::string(RecordTraits<Case>::table));
        const std::pair<const char *, std::string_view> lists[] = {
            {"qualifying_groups", RecordTraits<QualifyingGroup>::table},
            {"activities", RecordTraits<Activity>::table},
            {"communications", RecordTraits<Communication>::table},
            {"scheduled_contacts", RecordTraits<ScheduledContact>::table},
            {"documentation_items", RecordTraits<DocumentationItem>::table},
            {"partners", RecordTraits<Partner>::table},
            {"ccee_recommendations", RecordTraits<CceeRecommendation>::table},
            {"spi_actions", RecordTraits<SpiAction>::table},
            {"interventions", RecordTraits<Intervention>::table},
            {"monitoring_reviews", RecordTraits<MonitoringReview>::table},
            {"attachments", RecordTraits<Attachment>::table}};
        for (const auto &[key, table] : lists)
            for (auto &record : doc[key])
                stamp(record, std::string(table));
    } else {
        return ctx.fail(versions.error());
    }
    const auto missing = missingFacts(b->caseRecord, b->spiActions);
    doc["missing"] = missing;
    if (format == "json") {
        ctx.out << doc.dump(2) << "\n";
        return Ok;
    }
    const Case &c = b->caseRecord;
    ctx.out << "Case " << c.id << ": " << c.title << "\n"
            << "  " << enumLabel(c.kind) << (c.kind == CaseKind::TechnicalAssistance ? " (" + std::string(enumLabel(c.origin)) + ")" : "")
            << ", " << b->district.name << " (" << b->district.cds << ")"
            << (b->school ? ", " + b->school->name + " (" + b->school->cds + ")" : "") << "\n"
            << "  status " << enumCode(c.status) << ", opened " << c.openedOn.toString()
            << (c.closedOn ? ", closed " + c.closedOn->toString() : "") << "\n";
    if (c.isRequiredAssistance())
        ctx.out << "  earliest close " << earliestCloseDate(c).toString() << ": two years from " << minimumBasis(c)
                << " (Ed Code 52071(c)(1))\n";
    for (const auto &[key, value] : doc.items())
        if (value.is_array() && !value.empty() && key != "missing")
            ctx.out << "  " << std::left << std::setw(22) << key << value.size() << "\n";
    for (const auto &m : missing)
        ctx.out << "  missing: " << m << "\n";
    return Ok;
}

// "Occurred on: 2026-02-03 → 2026-02-04; Summary: Kick-off" for one audit row.
std::string changesInWords(const services::AuditEntry &e, const std::string &timeZone)
{
    const auto changes = io::fieldChanges(e.changesJson, timeZone);
    if (!changes)
        return e.changesJson;
    const auto given = [](const std::optional<std::string> &v) { return v && !v->empty() && *v != "—"; };
    std::vector<std::string> parts;
    for (const auto &c : *changes) {
        const std::string name = fieldWords(c.field);
        if (c.plain || (e.action != "update" && e.action != "delete" && given(c.newValue)))
            parts.push_back(name + ": " + c.newValue.value_or(""));
        else if (e.action == "update")
            parts.push_back(name + ": " + c.oldValue.value_or("") + " → " + c.newValue.value_or(""));
        else if (e.action == "delete" && given(c.oldValue))
            parts.push_back(name + " was " + *c.oldValue);
    }
    std::string out;
    for (const auto &p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

int runHistory(Context &ctx)
{
    const auto id = parseId(ctx, ctx.positional[0], "CASE_ID");
    if (!id)
        return Usage;
    auto db = ctx.openForReading();
    if (!db)
        return DatabaseError;
    auto trail = db->caseHistory(*id);
    if (!trail)
        return ctx.fail(trail.error());
    if (ctx.option("--format", "text") == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto &e : *trail)
            out.push_back({{"id", e.id}, {"at_utc", e.atUtc}, {"os_user", e.osUser}, {"table", e.table},
                           {"record_id", e.recordId}, {"action", e.action},
                           {"changes", nlohmann::ordered_json::parse(e.changesJson)}});
        ctx.out << out.dump(2) << "\n";
        return Ok;
    }
    // Times in the casebook's time zone, fields in words, money in dollars (io/audit_text.h).
    auto settings = db->calendarSettings();
    if (!settings)
        return ctx.fail(settings.error());
    for (const auto &e : *trail) {
        ctx.out << io::localTime(e.atUtc, settings->timeZone) << "  " << std::left << std::setw(12) << e.osUser
                << std::setw(8) << e.action << e.table << " " << e.recordId << "  " << changesInWords(e, settings->timeZone)
                << "\n";
    }
    return Ok;
}

int runSearch(Context &ctx)
{
    auto db = ctx.openForReading();
    if (!db)
        return DatabaseError;
    auto hits = db->search(ctx.positional[0]);
    if (!hits)
        return ctx.fail(hits.error());
    for (const auto &h : *hits)
        ctx.out << "case " << h.caseId << "  " << std::left << std::setw(19) << h.kind << std::setw(11) << h.date
                << h.title << "\n";
    if (hits->empty())
        ctx.out << "Nothing matches \"" << ctx.positional[0] << "\".\n";
    return Ok;
}

} // namespace

void addRecordCommands(std::vector<Command> &commands)
{
    const std::string fieldsHelp =
        "Record types: " + kindNames() +
        ".\nFields use the names of docs/domain-model.md (and of `casebook-cli show CASE_ID --format json`):\n"
        "dates as YYYY-MM-DD, choices by their codes (mode=email, status=complete, origin=required, ...),\n"
        "money in cents (cost_cents=1500000), an empty value clears an optional field (submitted_on=).\n"
        "The same rules as in the desktop application apply; a refused record changes nothing (exit 2).";
    commands.push_back({"add", "TYPE FIELD=VALUE...", "Add a record: a case, a communication, a documentation item, ...",
                        "Examples:\n"
                        "  casebook-cli add case kind=technical_assistance origin=required district_id=1 \\\n"
                        "      title=\"Differentiated assistance 2025\" opened_on=2026-01-12\n"
                        "  casebook-cli add communication case_id=3 occurred_on=2026-02-03 mode=meeting \\\n"
                        "      direction=district_to_county subject=\"Kick-off\" participants=\"County liaison\" \\\n"
                        "      summary=\"Kick-off meeting\" scheduled_contact_id=7\n"
                        "A communication's direction is district_to_county (the default), county_to_district or\n"
                        "not_recorded; scheduled_contact_id names the scheduled contact of the same case it answers,\n"
                        "which meets that contact's deadline (empty: none).\n"
                        "A new case starts in its workflow's first state with the five activities of Ed Code 52071\n"
                        "(technical assistance).\n" + fieldsHelp,
                        {}, 1, -1, runAdd});
    commands.push_back({"edit", "TYPE ID FIELD=VALUE...", "Change fields of a record.",
                        "Example: casebook-cli edit documentation-item 12 submitted_on=2026-04-10 --version 41\n"
                        "A case's status changes only with `move`.\n"
                        "Somebody else may change the record at the same time. With --version (the record's\n"
                        "\"version\" in `show CASE_ID --format json`), the edit is refused (exit 2) when the record\n"
                        "changed or was deleted since that version, saying who changed it, when, and which fields;\n"
                        "nothing is written. Without it, only a change between reading and writing is refused.\n" +
                            fieldsHelp,
                        {{"--version", "N", "The record's version when you read it: refuse the edit if it changed since."},
                         {"--force", "", "Write the fields given over whatever is stored now, changed or not."}},
                        2, -1, runEdit});
    commands.push_back({"delete", "TYPE ID", "Delete a record (a case with everything it holds).",
                        "Every deletion is kept in the audit trail with the old values.", {}, 2, 2, runDelete});
    commands.push_back({"move", "CASE_ID STATE", "Move a case to another state of its workflow.",
                        "States: draft, requested, determined, identified, active, activities_complete,\n"
                        "eligible_to_close, needs_assessment, plan_drafted, plan_approved, monitoring, completed,\n"
                        "exited, closed, withdrawn (docs/workflows.md says which a case type uses). A step the\n"
                        "rules forbid — closing required assistance before two years — is refused with the reason.",
                        {}, 2, 2, runMove});
    commands.push_back({"attach", "CASE_ID FILE", "Attach a file to a case or one of its records.",
                        "The file is kept inside the casebook with its size and SHA-256 (at most 25 MiB).",
                        {{"--to", "TYPE:ID", "Attach to a record of the case: activity:ID, communication:ID or "
                                             "documentation_item:ID (default: the case itself)."}},
                        2, 2, runAttach});
    commands.push_back({"show", "CASE_ID", "Show a case with every record it holds.", "",
                        {{"--format", "text|json", "A summary (text, the default) or every record as JSON, each with its \"version\" for `edit --version`."}}, 1, 1,
                        runShow});
    commands.push_back({"history", "CASE_ID", "Show the audit trail of a case: who changed what, when, old and new.",
                        "Times are in the casebook's time zone (`settings`), fields in words, money in dollars;\n"
                        "--format json gives the trail as recorded (UTC times, field names, cents).", {{"--format", "text|json", "One line per change (text) or a JSON array."}}, 1, 1,
                        runHistory});
    commands.push_back({"search", "TEXT", "Find cases, communications, documentation, activities and attachments by text.",
                        "", {}, 1, 1, runSearch});
}

} // namespace casebook::cli
