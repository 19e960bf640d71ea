// The reminder query and the calendar settings; see deadline_store.h.
#include "deadline_store.h"

#include "audit.h"
#include "case_bundle.h"
#include "repository.h"

#include "domain/workflow.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <unordered_map>

namespace casebook::storage {

namespace {

// Puts each record of one table into the bundle of its case (records of closed cases are skipped).
template <typename T>
Status distribute(Database &db, std::vector<CaseBundle> &bundles, const std::unordered_map<Id, std::size_t> &index,
                  std::vector<T> CaseBundle::*list, std::string_view orderBy)
{
    // A stored record that cannot be read is left out of the reminders (`check` names it), so that
    // one bad record does not stop the whole list.
    std::vector<Error> unreadable;
    auto rows = listReadable<T>(db, unreadable, orderBy);
    if (!rows)
        return rows.error();
    for (auto &row : *rows)
        if (auto it = index.find(row.caseId); it != index.end())
            (bundles[it->second].*list).push_back(std::move(row));
    return {};
}

// A communication as the engine reads it, from a row of (id, case_id, occurred_on).
Result<Communication> communicationDate(const Statement &stmt)
{
    auto date = Date::parse(stmt.columnView(2), "occurred_on");
    if (!date)
        return Error::database("stored communication " + std::to_string(stmt.columnInt(0)) +
                               " is unreadable: " + date.error().text());
    Communication c;
    c.id = stmt.columnInt(0);
    c.caseId = stmt.columnInt(1);
    c.occurredOn = *date;
    return c;
}

// The engine reads only when each communication happened, so the reminder query reads id, case and
// date from the (case_id, occurred_on) index alone, never the summaries and participants: at
// 100,000 communications that is most of the query's time (docs/performance.md).
Status distributeCommunicationDates(Database &db, std::vector<CaseBundle> &bundles,
                                    const std::unordered_map<Id, std::size_t> &index)
{
    auto stmt = db.connection().prepare(
        "SELECT id, case_id, occurred_on FROM communications ORDER BY case_id, occurred_on, id");
    if (!stmt)
        return stmt.error();
    return stmt->eachRow([&]() -> Status {
        const auto it = index.find(stmt->columnInt(1));
        if (it == index.end())
            return {};
        auto c = communicationDate(*stmt);
        if (!c)
            return {}; // unreadable: left out, as in distribute()
        bundles[it->second].communications.push_back(std::move(*c));
        return {};
    });
}

// Which scheduled contact each communication that names one answers (schema v10), read from the
// partial index on scheduled_contact_id alone, and set on the loaded communications: the date index
// above stays the only one the reminder query scans for the rest.
Status setAnsweredContacts(Database &db, std::vector<CaseBundle> &bundles)
{
    auto stmt = db.connection().prepare(
        "SELECT id, scheduled_contact_id FROM communications WHERE scheduled_contact_id IS NOT NULL");
    if (!stmt)
        return stmt.error();
    std::unordered_map<Id, Id> answered;
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        answered.emplace(stmt->columnInt(0), stmt->columnInt(1));
        return {};
    }));
    if (answered.empty())
        return {};
    for (auto &b : bundles)
        for (auto &c : b.communications)
            if (auto it = answered.find(c.id); it != answered.end())
                c.scheduledContactId = it->second;
    return {};
}

// One open case with what the engine reads, as loadOpenCaseDeadlineBundles() gives it; nullopt when
// the case is gone or closed.
Result<std::optional<CaseBundle>> loadOpenDeadlineBundle(Database &db, Id caseId)
{
    auto found = listWhere<Case>(db, "id", caseId);
    if (!found)
        return found.error();
    if (found->empty() || isTerminal(found->front().status))
        return std::optional<CaseBundle>{};
    CaseBundle b;
    b.caseRecord = std::move(found->front());
    const auto children = [&](auto &list, std::string_view orderBy) -> Status {
        auto rows = listWhere<typename std::decay_t<decltype(list)>::value_type>(db, "case_id", caseId, orderBy);
        if (!rows)
            return rows.error();
        list = std::move(*rows);
        return {};
    };
    CASEBOOK_TRY(children(b.activities, "area"));
    CASEBOOK_TRY(children(b.scheduledContacts, "due_on"));
    CASEBOOK_TRY(children(b.documentationItems, "due_on"));
    CASEBOOK_TRY(children(b.spiActions, "id"));
    CASEBOOK_TRY(children(b.monitoringReviews, "due_on"));
    auto stmt = db.connection().prepare(
        "SELECT id, case_id, occurred_on FROM communications WHERE case_id = ? ORDER BY occurred_on, id");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, caseId);
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        auto c = communicationDate(*stmt);
        if (!c)
            return c.error();
        b.communications.push_back(std::move(*c));
        return {};
    }));
    std::vector<CaseBundle> one;
    one.push_back(std::move(b));
    CASEBOOK_TRY(setAnsweredContacts(db, one));
    return std::optional<CaseBundle>{std::move(one.front())};
}

Result<std::optional<std::pair<Id, std::string>>> readSetting(Database &db, std::string_view key)
{
    auto stmt = db.connection().prepare("SELECT rowid, value FROM settings WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string(key));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::pair<Id, std::string>>{};
    return std::optional<std::pair<Id, std::string>>{{stmt->columnInt(0), stmt->columnText(1)}};
}

Status writeSetting(Database &db, std::string_view key, const std::string &value)
{
    auto before = readSetting(db, key);
    if (!before)
        return before.error();
    if (*before && (*before)->second == value)
        return {};
    auto stmt = db.connection().prepare(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    CASEBOOK_TRY(stmt->bindAll({std::string(key), value}).run());
    auto after = readSetting(db, key);
    if (!after)
        return after.error();
    FieldMap oldFields, newFields{{std::string(key), value}};
    if (*before)
        oldFields.emplace(std::string(key), (*before)->second);
    return writeAudit(db, "settings", (*after)->first, std::nullopt, *before ? "update" : "create", oldFields,
                      newFields);
}

Error unreadable(std::string_view key, const std::string &value, const Error &why)
{
    return Error::database("stored setting " + std::string(key) + " = \"" + value + "\" is unreadable: " + why.text());
}

} // namespace

Result<std::vector<CaseBundle>> loadOpenCaseDeadlineBundles(Database &db)
{
    std::vector<Error> unreadable; // left out; `deadlines` and `check` name them
    auto cases = listReadable<Case>(db, unreadable);
    if (!cases)
        return cases.error();
    std::vector<CaseBundle> bundles;
    std::unordered_map<Id, std::size_t> index;
    for (auto &c : *cases) {
        if (isTerminal(c.status))
            continue;
        index.emplace(c.id, bundles.size());
        bundles.push_back({});
        bundles.back().caseRecord = std::move(c);
    }
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::activities, "area"));
    CASEBOOK_TRY(distributeCommunicationDates(db, bundles, index));
    CASEBOOK_TRY(setAnsweredContacts(db, bundles));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::scheduledContacts, "due_on"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::documentationItems, "due_on"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::spiActions, "id"));
    CASEBOOK_TRY(distribute(db, bundles, index, &CaseBundle::monitoringReviews, "due_on"));
    return bundles;
}

namespace {

// The kept pending deadlines (schema v3): valid for reminder lists of the days from validFrom to
// horizon minus the list's window, when built by this engine's rules.
struct PendingState {
    int rules = 0;
    Date validFrom;
    Date horizon;
    std::int64_t rowCount = 0; // rows in pending_deadlines: what a list reserves room for
};

// How far beyond a list's window a rebuild looks: the kept rows then serve about six weeks of
// starts before the next whole rebuild (docs/performance.md).
constexpr int kHorizonSlackDays = 45;

Result<std::optional<PendingState>> readPendingState(Database &db)
{
    auto stmt =
        db.connection().prepare("SELECT rules, valid_from, horizon, row_count FROM pending_deadlines_state WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PendingState>{};
    auto from = Date::parse(stmt->columnText(1), "valid_from");
    auto horizon = Date::parse(stmt->columnText(2), "horizon");
    if (!from || !horizon)
        return std::optional<PendingState>{}; // unreadable: rebuilt like a missing state
    return std::optional<PendingState>{PendingState{int(stmt->columnInt(0)), *from, *horizon, stmt->columnInt(3)}};
}

Result<std::vector<Id>> staleCaseIds(Database &db)
{
    auto stmt = db.connection().prepare("SELECT case_id FROM deadlines_stale ORDER BY case_id");
    if (!stmt)
        return stmt.error();
    std::vector<Id> ids;
    CASEBOOK_TRY(stmt->eachRow([&] { ids.push_back(stmt->columnInt(0)); }));
    return ids;
}

// The open cases among `ids` with what the engine reads: one bundle at a time for a few cases, the
// whole-casebook load when many are stale (after an import, an upgrade or a bulk edit).
Result<std::vector<CaseBundle>> openBundles(Database &db, const std::vector<Id> &ids)
{
    std::vector<CaseBundle> out;
    if (ids.size() > 64) {
        auto all = loadOpenCaseDeadlineBundles(db);
        if (!all)
            return all.error();
        for (auto &b : *all)
            if (std::binary_search(ids.begin(), ids.end(), b.caseRecord.id))
                out.push_back(std::move(b));
        return out;
    }
    for (const Id id : ids) {
        auto bundle = loadOpenDeadlineBundle(db, id);
        if (!bundle)
            return bundle.error();
        if (*bundle)
            out.push_back(std::move(**bundle));
    }
    return out;
}

// A deadline's title or reason as kept: its parts (phrase.h) as JSON, so that the list reads back
// what each front end says in its own language: text as a JSON string, a pattern as
// {"p": pattern, "a": [arguments]}, a domain value's label as {"p": label, "e": enum name}. Written by
// hand: a rebuild writes tens of thousands, and text of any bytes must not stop it.
void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendPhrase(std::string &out, const Phrase &p)
{
    if (p.isText()) {
        appendJsonString(out, p.str());
        return;
    }
    out += "{\"p\":";
    appendJsonString(out, p.pattern());
    if (!p.enumName().empty()) {
        out += ",\"e\":";
        appendJsonString(out, p.enumName());
    }
    if (!p.args().empty()) {
        out += ",\"a\":[";
        for (std::size_t i = 0; i < p.args().size(); ++i) {
            if (i > 0)
                out += ',';
            appendPhrase(out, p.args()[i]);
        }
        out += ']';
    }
    out += '}';
}

std::string keptPhrase(const Phrase &p)
{
    std::string out;
    appendPhrase(out, p);
    return out;
}

Phrase phraseOf(const nlohmann::json &j)
{
    if (j.is_string())
        return Phrase(j.get<std::string>());
    if (!j.is_object() || !j.contains("p") || !j["p"].is_string())
        return Phrase(j.dump());
    if (j.contains("e") && j["e"].is_string())
        return Phrase::label(j["p"].get<std::string>(), j["e"].get<std::string>());
    std::vector<Phrase> args;
    if (j.contains("a") && j["a"].is_array())
        for (const auto &a : j["a"])
            args.push_back(phraseOf(a));
    return Phrase::of(j["p"].get<std::string>(), std::move(args));
}

// The kept text back as its phrase; a text that is not such JSON (kept by an older Casebook, whose
// rows are rebuilt at once: kDeadlineRulesVersion) as it is.
Phrase decodePhrase(std::string_view kept)
{
    const auto j = nlohmann::json::parse(kept, nullptr, false);
    return j.is_discarded() ? Phrase(kept) : phraseOf(j);
}

// Decoded when first read: a list keeps thousands of texts and shows a few (docs/performance.md).
Phrase readPhrase(std::string_view kept)
{
    if (kept.empty() || kept == "\"\"")
        return {};
    return Phrase::deferred(std::string(kept), decodePhrase);
}

// Inserts the bundles' pending deadlines; returns how many rows it wrote. Each case's distinct
// (title, reason) pairs are written once to pending_texts and numbered; a row keeps the number, and
// its owner only when it is not the case's own (NULL: the case's owner, read with its title).
Result<std::int64_t> insertPending(Database &db, const std::vector<CaseBundle> &bundles,
                                   const CalendarSettings &settings, const PendingState &state)
{
    std::int64_t rows = 0;
    auto insert = db.connection().prepare(
        "INSERT INTO pending_deadlines (due, case_id, source, record_id, ends_on, text_no, owner) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    auto insertText = db.connection().prepare(
        "INSERT INTO pending_texts (case_id, text_no, title, because) VALUES (?, ?, ?, ?)");
    if (!insertText)
        return insertText.error();
    std::map<std::pair<std::string_view, std::string_view>, std::int64_t> texts;
    for (const auto &bundle : bundles) {
        const auto pending = pendingDeadlinesFor(bundle, settings, state.validFrom, state.horizon);
        texts.clear(); // numbered per case; the views point into `pending`
        for (const auto &p : pending) {
            const Deadline &d = p.deadline;
            const auto [text, added] =
                texts.try_emplace({d.title.str(), d.because.str()}, std::int64_t(texts.size()) + 1);
            if (added) {
                const std::string title = keptPhrase(d.title), because = keptPhrase(d.because);
                insertText->reset();
                insertText->bindInt(1, d.caseId).bindInt(2, text->second).bindTextInPlace(3, title);
                insertText->bindTextInPlace(4, because);
                CASEBOOK_TRY(insertText->run());
            }
            const std::string due = d.due.toString();
            const std::string endsOn = p.endsOn ? p.endsOn->toString() : std::string();
            insert->reset();
            insert->bindTextInPlace(1, due).bindInt(2, d.caseId).bindTextInPlace(3, enumCode(d.source));
            insert->bindInt(4, d.recordId);
            if (p.endsOn)
                insert->bindTextInPlace(5, endsOn);
            else
                insert->bindNull(5);
            insert->bindInt(6, text->second);
            if (d.owner == bundle.caseRecord.owner)
                insert->bindNull(7);
            else
                insert->bindTextInPlace(7, d.owner.str());
            CASEBOOK_TRY(insert->run());
            ++rows;
        }
    }
    return rows;
}

Status writePendingState(Database &db, const PendingState &state)
{
    auto write = db.connection().prepare(
        "INSERT INTO pending_deadlines_state (id, rules, valid_from, horizon, row_count) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET rules = excluded.rules, valid_from = excluded.valid_from, "
        "horizon = excluded.horizon, row_count = excluded.row_count");
    if (!write)
        return write.error();
    return write->bindAll({std::int64_t(state.rules), state.validFrom.toString(), state.horizon.toString(),
                           state.rowCount}).run();
}

// Rebuilds every open case's pending deadlines for lists from `today` with a window of `within`;
// returns the state it wrote.
Result<PendingState> rebuildPending(Database &db, const CalendarSettings &settings, const Date &today, int within)
{
    PendingState state{kDeadlineRulesVersion, today, today.addDays(within + kHorizonSlackDays), 0};
    CASEBOOK_TRY(inTransaction(db, [&]() -> Status {
        auto &c = db.connection();
        CASEBOOK_TRY(c.exec("DELETE FROM pending_deadlines"));
        CASEBOOK_TRY(c.exec("DELETE FROM pending_texts"));
        CASEBOOK_TRY(c.exec("DELETE FROM deadlines_stale"));
        auto bundles = loadOpenCaseDeadlineBundles(db);
        if (!bundles)
            return bundles.error();
        auto rows = insertPending(db, *bundles, settings, state);
        if (!rows)
            return rows.error();
        state.rowCount = *rows;
        return writePendingState(db, state);
    }));
    return state;
}

// Rebuilds the pending deadlines of the stale cases; returns the state it wrote.
Result<PendingState> refreshStale(Database &db, const CalendarSettings &settings, PendingState state,
                                  const std::vector<Id> &stale)
{
    CASEBOOK_TRY(inTransaction(db, [&]() -> Status {
        auto remove = db.connection().prepare("DELETE FROM pending_deadlines WHERE case_id = ?");
        if (!remove)
            return remove.error();
        auto removeTexts = db.connection().prepare("DELETE FROM pending_texts WHERE case_id = ?");
        if (!removeTexts)
            return removeTexts.error();
        for (const Id id : stale) {
            remove->reset();
            CASEBOOK_TRY(remove->bindInt(1, id).run());
            state.rowCount -= db.connection().changes();
            removeTexts->reset();
            CASEBOOK_TRY(removeTexts->bindInt(1, id).run());
        }
        auto bundles = openBundles(db, stale);
        if (!bundles)
            return bundles.error();
        auto rows = insertPending(db, *bundles, settings, state);
        if (!rows)
            return rows.error();
        state.rowCount += *rows;
        CASEBOOK_TRY(writePendingState(db, state));
        return db.connection().exec("DELETE FROM deadlines_stale");
    }));
    return state;
}

bool reminderOrder(const Deadline &a, const Deadline &b)
{
    if (a.due != b.due)
        return a.due < b.due;
    if (a.caseId != b.caseId)
        return a.caseId < b.caseId;
    // DeadlineSource is declared in the order of its codes: the same order as the kept rows' text.
    return a.source != b.source ? a.source < b.source : a.recordId < b.recordId;
}

// What every deadline of a case shares: its title, and its owner unless the deadline has its own.
struct CaseNames {
    SharedText title;
    SharedText owner;
};

Result<std::unordered_map<Id, CaseNames>> caseNames(Database &db)
{
    auto stmt = db.connection().prepare("SELECT id, title, owner FROM cases");
    if (!stmt)
        return stmt.error();
    std::unordered_map<Id, CaseNames> names;
    CASEBOOK_TRY(stmt->eachRow([&] {
        names.emplace(stmt->columnInt(0), CaseNames{stmt->columnView(1), stmt->columnView(2)});
    }));
    return names;
}

// A kept (title, reason) pair of a case, keyed by case and number.
struct PendingText {
    Phrase title;
    Phrase because;
};

// Texts are numbered 1, 2, ... within a case (a few dozen at most), far below the 2^24 left to them.
std::uint64_t textKey(Id caseId, std::int64_t textNo)
{
    return (std::uint64_t(caseId) << 24) ^ std::uint64_t(textNo);
}

Result<std::unordered_map<std::uint64_t, PendingText>> pendingTexts(Database &db)
{
    auto stmt = db.connection().prepare("SELECT case_id, text_no, title, because FROM pending_texts");
    if (!stmt)
        return stmt.error();
    std::unordered_map<std::uint64_t, PendingText> texts;
    CASEBOOK_TRY(stmt->eachRow([&] {
        texts.emplace(textKey(stmt->columnInt(0), stmt->columnInt(1)),
                      PendingText{readPhrase(stmt->columnView(2)), readPhrase(stmt->columnView(3))});
    }));
    return texts;
}

// The reminders of the kept rows of cases that are not stale, in reminderOrder (the table's order).
// Every text is read once per list and shared by the reminders that use it.
Status readPendingReminders(Database &db, const ReminderQuery &query, int within, bool anyStale,
                            std::vector<Deadline> &out)
{
    auto namesRead = caseNames(db);
    if (!namesRead)
        return namesRead.error();
    const auto &caseNamesOf = *namesRead;
    auto textsRead = pendingTexts(db);
    if (!textsRead)
        return textsRead.error();
    const auto &texts = *textsRead;
    auto &c = db.connection();
    auto stmt = anyStale ? c.prepare("SELECT due, case_id, source, record_id, ends_on, text_no, owner "
                                     "FROM pending_deadlines WHERE due <= ? AND case_id NOT IN "
                                     "(SELECT case_id FROM deadlines_stale) ORDER BY due, case_id, source, record_id")
                         : c.prepare("SELECT due, case_id, source, record_id, ends_on, text_no, owner "
                                     "FROM pending_deadlines WHERE due <= ? ORDER BY due, case_id, source, record_id");
    if (!stmt)
        return stmt.error();
    const std::string last = (query.overdueOnly ? query.today.addDays(-1) : query.today.addDays(within)).toString();
    stmt->bindTextInPlace(1, last);
    std::optional<Date> endsOn;
    const auto unreadable = [](const std::string &why) {
        return Error::database("a kept pending deadline is unreadable: " + why);
    };
    return stmt->eachRow([&]() -> Status {
        auto due = Date::parse(stmt->columnView(0), "due");
        if (!due)
            return unreadable(due.error().text());
        endsOn.reset();
        if (const auto ends = stmt->columnView(4); !ends.empty()) {
            auto date = Date::parse(ends, "ends_on");
            if (!date)
                return unreadable(date.error().text());
            endsOn = *date;
        }
        if (endsOn && query.today >= *endsOn)
            return {}; // no longer owed
        auto source = parseEnum<DeadlineSource>(stmt->columnView(2), "source");
        if (!source)
            return unreadable(source.error().text());
        const Id caseId = stmt->columnInt(1);
        const auto names = caseNamesOf.find(caseId);
        if (names == caseNamesOf.end())
            return {}; // its case is gone (a deleted case's rows are stale, so normally left out above)
        const auto text = texts.find(textKey(caseId, stmt->columnInt(5)));
        if (text == texts.end())
            return unreadable("case " + std::to_string(caseId) + " has no text " +
                              std::to_string(stmt->columnInt(5)));
        Deadline &d = out.emplace_back();
        d.due = *due;
        d.caseId = caseId;
        d.caseTitle = names->second.title;
        d.source = *source;
        d.recordId = stmt->columnInt(3);
        d.title = text->second.title;
        d.because = text->second.because;
        if (stmt->columnIsNull(6))
            d.owner = names->second.owner;
        else
            d.owner = stmt->columnView(6);
        if (!makeReminder(d, endsOn, query.today, within, query.overdueOnly))
            out.pop_back();
        return {};
    });
}

std::vector<Deadline> computeReminders(const std::vector<CaseBundle> &bundles, const CalendarSettings &settings,
                                       const ReminderQuery &query, int within)
{
    std::vector<Deadline> out;
    for (const auto &bundle : bundles)
        for (auto &d : remindersFor(bundle, settings, query.today, within, query.overdueOnly))
            out.push_back(std::move(d));
    std::stable_sort(out.begin(), out.end(), reminderOrder);
    return out;
}

} // namespace

namespace {

// Whether the kept rows answer lists of `today` with a window of `within`: built by these rules,
// from a day on or before today, up to a horizon that covers the window.
bool fits(const std::optional<PendingState> &state, const Date &today, int within)
{
    return state && state->rules == kDeadlineRulesVersion && state->validFrom <= today &&
           today.addDays(within) <= state->horizon;
}

// Makes the kept rows answer lists of `today` with a window of `within`: rebuilt when they do not
// fit, then the stale cases refreshed. Returns the state they are in; an error if a write failed.
// Takes the write lock only when there is something to write, and decides again under it: another
// connection (the GUI's background update, another process) may have done the work meanwhile.
Result<PendingState> updatePending(Database &db, const CalendarSettings &settings, const Date &today, int within)
{
    auto kept = readPendingState(db);
    if (!kept)
        return kept.error();
    auto stale = staleCaseIds(db);
    if (!stale)
        return stale.error();
    if (fits(*kept, today, within) && stale->empty())
        return **kept;
    PendingState state;
    CASEBOOK_TRY(inTransaction(db, [&]() -> Status {
        kept = readPendingState(db);
        if (!kept)
            return kept.error();
        if (fits(*kept, today, within)) {
            state = **kept;
        } else {
            auto rebuilt = rebuildPending(db, settings, today, within);
            if (!rebuilt)
                return rebuilt.error();
            state = *rebuilt;
        }
        stale = staleCaseIds(db);
        if (!stale)
            return stale.error();
        if (stale->empty())
            return {};
        auto refreshed = refreshStale(db, settings, state, *stale);
        if (!refreshed)
            return refreshed.error();
        state = *refreshed;
        return {};
    }));
    return state;
}

} // namespace

Status updatePendingDeadlines(Database &db, const CalendarSettings &settings, const Date &today, int withinDays)
{
    if (!db.keepsPendingDeadlines())
        return {};
    auto updated = updatePending(db, settings, today, std::max(0, withinDays));
    if (!updated)
        return updated.error();
    return {};
}

Result<std::vector<Deadline>> reminders(Database &db, const CalendarSettings &settings, const ReminderQuery &query)
{
    const int within = query.overdueOnly ? 0 : std::max(0, query.withinDays);
    if (query.caseId) {
        auto bundle = loadCaseBundle(db, *query.caseId);
        if (!bundle)
            return bundle.error();
        return computeReminders({std::move(*bundle)}, settings, query, within);
    }
    if (!db.keepsPendingDeadlines()) {
        // A server: each person's list is computed from the open cases row-level security shows them.
        auto open = loadOpenCaseDeadlineBundles(db);
        if (!open)
            return open.error();
        return computeReminders(*open, settings, query, within);
    }
    // The kept pending deadlines are brought up to date and answer. Writing waits for a background
    // integrity check, so until its verdict the list does not write.
    std::optional<PendingState> state;
    if (db.integrityVerdict())
        if (auto updated = updatePending(db, settings, query.today, within))
            state = *updated;
    if (!state) {
        // Not written now (read-only, locked by another process, or still being checked): the kept
        // rows answer if they fit, with the stale cases computed by the engine; otherwise the engine
        // answers for every open case.
        auto kept = readPendingState(db);
        if (!kept)
            return kept.error();
        if (!fits(*kept, query.today, within)) {
            auto open = loadOpenCaseDeadlineBundles(db);
            if (!open)
                return open.error();
            return computeReminders(*open, settings, query, within);
        }
        state = **kept;
    }
    auto stale = staleCaseIds(db); // none after an update
    if (!stale)
        return stale.error();
    std::vector<Deadline> out;
    // Room for every kept row at once: growing the list row by row moved each reminder several
    // times and touched twice the memory (docs/performance.md).
    out.reserve(std::size_t(std::max<std::int64_t>(0, state->rowCount)));
    CASEBOOK_TRY(readPendingReminders(db, query, within, !stale->empty(), out));
    if (!stale->empty()) {
        auto bundles = openBundles(db, *stale);
        if (!bundles)
            return bundles.error();
        auto live = computeReminders(*bundles, settings, query, within);
        std::vector<Deadline> merged;
        merged.reserve(out.size() + live.size());
        std::merge(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()),
                   std::make_move_iterator(live.begin()), std::make_move_iterator(live.end()),
                   std::back_inserter(merged), reminderOrder);
        out = std::move(merged);
    }
    return out;
}

Result<CalendarSettings> loadCalendarSettings(Database &db)
{
    CalendarSettings s;
    auto zone = readSetting(db, kTimeZoneKey);
    if (!zone)
        return zone.error();
    if (*zone)
        s.timeZone = (*zone)->second;
    auto release = readSetting(db, kDashboardReleaseKey);
    if (!release)
        return release.error();
    if (*release)
        if (auto ok = setDashboardRelease(s, (*release)->second); !ok)
            return unreadable(kDashboardReleaseKey, (*release)->second, ok.error());
    for (const auto &[key, target] : {std::pair{kPlanApprovalDaysKey, &s.planApprovalDays},
                                      std::pair{kCsiExitLimitKey, &s.csiExitLimitYears}}) {
        auto stored = readSetting(db, key);
        if (!stored)
            return stored.error();
        if (!*stored)
            continue;
        const std::string &text = (*stored)->second;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *target);
        if (ec != std::errc{} || end != text.data() + text.size())
            return unreadable(key, text, Error::badInput("", "expected a whole number"));
    }
    auto exitReview = readSetting(db, kExitReviewKey);
    if (!exitReview)
        return exitReview.error();
    if (*exitReview)
        if (auto ok = setExitReview(s, (*exitReview)->second); !ok)
            return unreadable(kExitReviewKey, (*exitReview)->second, ok.error());
    if (auto ok = validate(s); !ok)
        return Error::database("stored calendar settings are unreadable: " + ok.error().text());
    return s;
}

Status saveCalendarSettings(Database &db, const CalendarSettings &settings)
{
    CASEBOOK_TRY(validate(settings));
    return inTransaction(db, [&]() -> Status {
        CASEBOOK_TRY(writeSetting(db, kTimeZoneKey, settings.timeZone));
        CASEBOOK_TRY(writeSetting(db, kDashboardReleaseKey, dashboardReleaseText(settings)));
        CASEBOOK_TRY(writeSetting(db, kPlanApprovalDaysKey, std::to_string(settings.planApprovalDays)));
        CASEBOOK_TRY(writeSetting(db, kExitReviewKey, exitReviewText(settings)));
        return writeSetting(db, kCsiExitLimitKey, std::to_string(settings.csiExitLimitYears));
    });
}

} // namespace casebook::storage
