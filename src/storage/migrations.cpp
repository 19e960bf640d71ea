// Schema steps; the column names match the record fields in domain/fields.cpp (a test checks it).
#include "migrations.h"

#include <array>
#include <string>
#include <utility>

namespace casebook::storage {

namespace {

constexpr std::string_view kVersion1 = R"SQL(
CREATE TABLE districts (
    id INTEGER PRIMARY KEY,
    cds TEXT NOT NULL UNIQUE CHECK (length(cds) = 7),
    name TEXT NOT NULL,
    county TEXT NOT NULL DEFAULT ''
);
CREATE TABLE schools (
    id INTEGER PRIMARY KEY,
    district_id INTEGER NOT NULL REFERENCES districts(id),
    cds TEXT NOT NULL UNIQUE CHECK (length(cds) = 14),
    name TEXT NOT NULL,
    charter INTEGER NOT NULL DEFAULT 0,
    title_i INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX schools_district ON schools(district_id);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    district_id INTEGER NOT NULL REFERENCES districts(id),
    school_id INTEGER REFERENCES schools(id),
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    owner TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'board_request',
    comm_schedule TEXT NOT NULL DEFAULT 'none',
    comm_schedule_start TEXT,
    county_contact TEXT NOT NULL DEFAULT '',
    academic_advisor TEXT NOT NULL DEFAULT '',
    designation TEXT NOT NULL DEFAULT 'CSI',
    designation_year INTEGER NOT NULL DEFAULT 0,
    needs_assessment TEXT NOT NULL DEFAULT '',
    resource_inequities TEXT NOT NULL DEFAULT '',
    stakeholder_involvement TEXT NOT NULL DEFAULT '',
    external_partner TEXT NOT NULL DEFAULT '',
    approved_by_school_on TEXT,
    approved_by_district_on TEXT,
    approved_by_state_on TEXT,
    monitoring_interval_months INTEGER NOT NULL DEFAULT 0,
    exited_on TEXT,
    exit_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_district ON cases(district_id);
CREATE INDEX cases_school ON cases(school_id);
CREATE TABLE qualifying_groups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    student_group TEXT NOT NULL,
    indicator TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL
);
CREATE INDEX qualifying_groups_case ON qualifying_groups(case_id);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    area INTEGER NOT NULL CHECK (area BETWEEN 1 AND 5),
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    due_on TEXT,
    evidence TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, area)
);
CREATE TABLE communications (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    mode TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    follow_ups TEXT NOT NULL DEFAULT ''
);
CREATE INDEX communications_case ON communications(case_id, occurred_on);
CREATE TABLE scheduled_contacts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scheduled_contacts_case ON scheduled_contacts(case_id, due_on);
CREATE TABLE documentation_items (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    submitted_on TEXT,
    recipient TEXT NOT NULL DEFAULT '',
    activity_area INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documentation_items_case ON documentation_items(case_id, due_on);
CREATE INDEX documentation_items_due ON documentation_items(due_on) WHERE submitted_on IS NULL;
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    cost_cents INTEGER NOT NULL DEFAULT 0,
    start_on TEXT NOT NULL,
    end_on TEXT
);
CREATE INDEX partners_case ON partners(case_id);
CREATE TABLE ccee_recommendations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    received_on TEXT NOT NULL,
    consideration TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    lcap_goal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ccee_recommendations_case ON ccee_recommendations(case_id);
CREATE TABLE spi_actions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    required_by_bargaining_agreement INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    due_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    CHECK (NOT (kind = 'stay_or_rescind' AND required_by_bargaining_agreement = 1))
);
CREATE INDEX spi_actions_case ON spi_actions(case_id);
CREATE TABLE interventions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    evidence_tier INTEGER NOT NULL CHECK (evidence_tier BETWEEN 1 AND 4),
    target_group TEXT NOT NULL DEFAULT '',
    cost_cents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interventions_case ON interventions(case_id);
CREATE TABLE monitoring_reviews (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    held_on TEXT,
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX monitoring_reviews_case ON monitoring_reviews(case_id, due_on);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    owner_type TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner_type, owner_id);
CREATE INDEX attachments_case ON attachments(case_id);
-- The bytes apart from the description, so listing attachments never reads them.
CREATE TABLE attachment_contents (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    content BLOB NOT NULL
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    os_user TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    case_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
    changes TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE INDEX audit_log_case ON audit_log(case_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only and cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit rows are append-only and cannot be deleted'); END;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";

// Version 2: the state's own data. Dashboard results as CDE publishes them, one row per
// indicator x year x CDS x student group, each tied to the file it came from; local indicators and
// the CALPADS-late flag that staff enter; the ESSA assistance status of schools.
constexpr std::string_view kVersion2 = R"SQL(
CREATE TABLE dashboard_imports (
    id INTEGER PRIMARY KEY,
    indicator TEXT NOT NULL,
    reporting_year INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    replaced_by INTEGER REFERENCES dashboard_imports(id)
);
CREATE INDEX dashboard_imports_current ON dashboard_imports(indicator, reporting_year) WHERE replaced_by IS NULL;
CREATE TABLE dashboard_results (
    reporting_year INTEGER NOT NULL,
    cds TEXT NOT NULL CHECK (length(cds) = 14),
    indicator TEXT NOT NULL,
    student_group TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES dashboard_imports(id),
    rtype TEXT NOT NULL CHECK (rtype IN ('D', 'S', 'X')),
    school_name TEXT NOT NULL DEFAULT '',
    district_name TEXT NOT NULL DEFAULT '',
    county_name TEXT NOT NULL DEFAULT '',
    charter INTEGER NOT NULL DEFAULT 0,
    curr_denom INTEGER,
    curr_status REAL,
    prior_denom INTEGER,
    prior_status REAL,
    change REAL,
    status_level INTEGER CHECK (status_level BETWEEN 0 AND 5),
    change_level INTEGER CHECK (change_level BETWEEN 0 AND 5),
    color INTEGER CHECK (color BETWEEN 0 AND 5),
    box INTEGER,
    PRIMARY KEY (reporting_year, cds, indicator, student_group)
) WITHOUT ROWID;
CREATE INDEX dashboard_results_import ON dashboard_results(import_id);
CREATE TABLE local_indicators (
    id INTEGER PRIMARY KEY,
    district_cds TEXT NOT NULL CHECK (length(district_cds) = 7),
    reporting_year INTEGER NOT NULL,
    priority INTEGER NOT NULL CHECK (priority IN (1, 2, 3, 6, 7)),
    status TEXT NOT NULL CHECK (status IN ('met', 'not_met', 'not_met_two_years')),
    UNIQUE (district_cds, reporting_year, priority)
);
CREATE TABLE calpads_submissions (
    id INTEGER PRIMARY KEY,
    district_cds TEXT NOT NULL CHECK (length(district_cds) = 7),
    reporting_year INTEGER NOT NULL CHECK (reporting_year >= 2024),
    late INTEGER NOT NULL CHECK (late IN (0, 1)),
    UNIQUE (district_cds, reporting_year)
);
CREATE TABLE essa_assistance (
    id INTEGER PRIMARY KEY,
    cds TEXT NOT NULL CHECK (length(cds) = 14),
    school_year INTEGER NOT NULL,
    status TEXT NOT NULL,
    student_groups TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    UNIQUE (cds, school_year)
);
)SQL";

// Version 3: speed at statewide scale.
// - dashboard_results loses its import_id index: every imported row went into two b-trees, and the
//   index's only reader, retiring a replaced file, finds that file's rows by the primary key's year
//   prefix instead (dashboard imports are never deleted, so no foreign-key check needs the index).
// - pending_deadlines keeps, for every open case, the deadlines not met yet up to a horizon, so the
//   reminder list every start of the GUI shows is one range scan instead of running the deadline
//   engine over every open case (the rows are kept in the list's order, by due date, so the list
//   reads them in sequence). It is derived data, like an index: storage/deadline_store.cpp
//   rebuilds the rows of every case in deadlines_stale, which the triggers below fill on any write
//   to the records the engine reads (whatever program makes it), and the whole cache when its
//   horizon, its rules or the calendar settings no longer match. Not audited, not exported.
constexpr std::string_view kVersion3Tables = R"SQL(
DROP INDEX dashboard_results_import;
CREATE TABLE pending_deadlines (
    due TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    source TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    uid TEXT NOT NULL,
    ends_on TEXT,
    case_title TEXT NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    explanation TEXT NOT NULL,
    PRIMARY KEY (due, case_id, source, record_id, uid)
) WITHOUT ROWID;
CREATE INDEX pending_deadlines_case ON pending_deadlines(case_id);
CREATE TABLE pending_deadlines_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rules INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    horizon TEXT NOT NULL,
    row_count INTEGER NOT NULL
);
CREATE TABLE deadlines_stale (
    case_id INTEGER PRIMARY KEY
);
CREATE TRIGGER settings_stale_insert AFTER INSERT ON settings WHEN NEW.key LIKE 'calendar.%'
BEGIN DELETE FROM pending_deadlines_state; END;
CREATE TRIGGER settings_stale_update AFTER UPDATE ON settings WHEN NEW.key LIKE 'calendar.%' OR OLD.key LIKE 'calendar.%'
BEGIN DELETE FROM pending_deadlines_state; END;
CREATE TRIGGER settings_stale_delete AFTER DELETE ON settings WHEN OLD.key LIKE 'calendar.%'
BEGIN DELETE FROM pending_deadlines_state; END;
)SQL";

// Version 3's triggers: any insert, change or delete of a case or of a record the deadline engine
// reads marks that case's pending deadlines stale (a moved record marks both cases). The same three
// triggers for each table, written out here once; the text is fixed, like every released step.
std::string version3Sql()
{
    std::string sql(kVersion3Tables);
    const std::pair<std::string_view, std::string_view> tables[] = {
        {"cases", "id"},
        {"activities", "case_id"},
        {"communications", "case_id"},
        {"scheduled_contacts", "case_id"},
        {"documentation_items", "case_id"},
        {"spi_actions", "case_id"},
        {"monitoring_reviews", "case_id"},
    };
    for (const auto &[tableView, columnView] : tables) {
        const std::string table(tableView), column(columnView);
        const auto mark = [&](std::string_view row) {
            return "INSERT OR IGNORE INTO deadlines_stale VALUES (" + std::string(row) + "." + column + ");";
        };
        sql += "CREATE TRIGGER " + table + "_stale_insert AFTER INSERT ON " + table + "\nBEGIN " + mark("NEW") +
               " END;\n";
        sql += "CREATE TRIGGER " + table + "_stale_update AFTER UPDATE ON " + table + "\nBEGIN " + mark("OLD") + " " +
               mark("NEW") + " END;\n";
        sql += "CREATE TRIGGER " + table + "_stale_delete AFTER DELETE ON " + table + "\nBEGIN " + mark("OLD") +
               " END;\n";
    }
    sql += "INSERT INTO deadlines_stale SELECT id FROM cases;\n";
    return sql;
}

// Version 4: fewer bytes per kept pending deadline, so the reminder list reads less. The
// uid, the case title and the explanation's first half are no longer stored: the uid and the
// explanation are derived from the other columns when shown, and the case's title and owner are
// read once per case (owner is NULL when it is the case's own). `because` is the reason alone.
// The rows are derived data, so the table is recreated empty and the next list rebuilds it.
constexpr std::string_view kVersion4 = R"SQL(
DROP TABLE pending_deadlines;
CREATE TABLE pending_deadlines (
    due TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    source TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    ends_on TEXT,
    title TEXT NOT NULL,
    owner TEXT,
    because TEXT NOT NULL,
    PRIMARY KEY (due, case_id, source, record_id)
) WITHOUT ROWID;
CREATE INDEX pending_deadlines_case ON pending_deadlines(case_id);
DELETE FROM pending_deadlines_state;
DELETE FROM deadlines_stale;
)SQL";

// Version 5: activities and SPI actions record when they were completed, so the deadline engine can
// tell met from late (before, a complete one was met on an unknown date, or on its documentation's).
constexpr std::string_view kVersion5 = R"SQL(
ALTER TABLE activities ADD COLUMN completed_on TEXT;
ALTER TABLE spi_actions ADD COLUMN completed_on TEXT;
)SQL";

// Version 6: the kept pending deadlines share their texts. The dates of one schedule (most
// rows) had the same title and reason on every row; they are now kept once per case in
// pending_texts and the rows refer to them by number, so the list reads about half the pages and
// builds no string per row (docs/performance.md). Derived data again: recreated empty.
constexpr std::string_view kVersion6 = R"SQL(
DROP TABLE pending_deadlines;
CREATE TABLE pending_texts (
    case_id INTEGER NOT NULL,
    text_no INTEGER NOT NULL,
    title TEXT NOT NULL,
    because TEXT NOT NULL,
    PRIMARY KEY (case_id, text_no)
) WITHOUT ROWID;
CREATE TABLE pending_deadlines (
    due TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    source TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    ends_on TEXT,
    text_no INTEGER NOT NULL,
    owner TEXT,
    PRIMARY KEY (due, case_id, source, record_id)
) WITHOUT ROWID;
CREATE INDEX pending_deadlines_case ON pending_deadlines(case_id);
DELETE FROM pending_deadlines_state;
DELETE FROM deadlines_stale;
)SQL";

// Version 7: the state's own determinations. CDE's LCFF District/COE Eligibility File
// (assistancestatusYY.xlsx) per year: each import with its file's hash (a newer file for the same
// year replaces that year, as with the Dashboard files), per district the status and what the file
// says beside it, per district and student group the letter A-K of the priorities that group met.
// The ESSA list keeps, per school, its 2024-25 TSI and Exit columns (CSIEXIT, ATSIEXIT, NOEXIT ...).
constexpr std::string_view kVersion7 = R"SQL(
CREATE TABLE official_imports (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    district_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    replaced_by INTEGER REFERENCES official_imports(id)
);
CREATE INDEX official_imports_current ON official_imports(year) WHERE replaced_by IS NULL;
CREATE TABLE official_determinations (
    year INTEGER NOT NULL,
    district_cds TEXT NOT NULL CHECK (length(district_cds) = 7),
    import_id INTEGER NOT NULL REFERENCES official_imports(id),
    lea_name TEXT NOT NULL DEFAULT '',
    county_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    differentiated_assistance INTEGER NOT NULL CHECK (differentiated_assistance IN (0, 1)),
    year_in_assistance INTEGER CHECK (year_in_assistance IN (1, 2)),
    ec52072 INTEGER CHECK (ec52072 IN (0, 1)),
    method1 TEXT,
    method2 TEXT,
    method3 TEXT,
    method4 TEXT,
    PRIMARY KEY (year, district_cds)
) WITHOUT ROWID;
CREATE TABLE official_group_letters (
    year INTEGER NOT NULL,
    district_cds TEXT NOT NULL,
    student_group TEXT NOT NULL,
    letter TEXT NOT NULL CHECK (letter IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K')),
    PRIMARY KEY (year, district_cds, student_group),
    FOREIGN KEY (year, district_cds) REFERENCES official_determinations(year, district_cds) ON DELETE CASCADE
) WITHOUT ROWID;
ALTER TABLE essa_assistance ADD COLUMN tsi TEXT NOT NULL DEFAULT '';
ALTER TABLE essa_assistance ADD COLUMN exit_status TEXT NOT NULL DEFAULT '';
)SQL";

// Version 8: evidence stays
// with its case, enforced by the schema whatever program writes the file. An attachment's owner is its
// case or an existing activity, communication or documentation item of that same case; a record moved
// to another case takes its attachments along; a record with attachments cannot be deleted (its
// attachments are deleted first, as deleting a case does). Attachments that already broke the rule
// (owner gone or of another case) become their case's own, with an audit row each, so every one is in
// its case's packet again.
constexpr std::string_view kVersion8 = R"SQL(
INSERT INTO audit_log (at_utc, os_user, table_name, record_id, case_id, action, changes)
SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'casebook (schema version 8)', 'attachments', a.id, a.case_id, 'update',
       json_object('owner_type', json_object('old', a.owner_type, 'new', 'case'),
                   'owner_id', json_object('old', a.owner_id, 'new', a.case_id))
FROM attachments a
WHERE NOT ((a.owner_type = 'case' AND a.owner_id = a.case_id)
        OR (a.owner_type = 'activity' AND EXISTS (SELECT 1 FROM activities r WHERE r.id = a.owner_id AND r.case_id = a.case_id))
        OR (a.owner_type = 'communication' AND EXISTS (SELECT 1 FROM communications r WHERE r.id = a.owner_id AND r.case_id = a.case_id))
        OR (a.owner_type = 'documentation_item' AND EXISTS (SELECT 1 FROM documentation_items r WHERE r.id = a.owner_id AND r.case_id = a.case_id)));
UPDATE attachments SET owner_type = 'case', owner_id = case_id
WHERE id IN (SELECT record_id FROM audit_log WHERE table_name = 'attachments' AND os_user = 'casebook (schema version 8)');
CREATE TRIGGER attachments_owner_insert BEFORE INSERT ON attachments
WHEN NOT ((NEW.owner_type = 'case' AND NEW.owner_id = NEW.case_id)
       OR (NEW.owner_type = 'activity' AND EXISTS (SELECT 1 FROM activities WHERE id = NEW.owner_id AND case_id = NEW.case_id))
       OR (NEW.owner_type = 'communication' AND EXISTS (SELECT 1 FROM communications WHERE id = NEW.owner_id AND case_id = NEW.case_id))
       OR (NEW.owner_type = 'documentation_item' AND EXISTS (SELECT 1 FROM documentation_items WHERE id = NEW.owner_id AND case_id = NEW.case_id)))
BEGIN SELECT RAISE(ABORT, 'an attachment belongs to its case or to a record of that same case'); END;
CREATE TRIGGER attachments_owner_update BEFORE UPDATE OF case_id, owner_type, owner_id ON attachments
WHEN NOT ((NEW.owner_type = 'case' AND NEW.owner_id = NEW.case_id)
       OR (NEW.owner_type = 'activity' AND EXISTS (SELECT 1 FROM activities WHERE id = NEW.owner_id AND case_id = NEW.case_id))
       OR (NEW.owner_type = 'communication' AND EXISTS (SELECT 1 FROM communications WHERE id = NEW.owner_id AND case_id = NEW.case_id))
       OR (NEW.owner_type = 'documentation_item' AND EXISTS (SELECT 1 FROM documentation_items WHERE id = NEW.owner_id AND case_id = NEW.case_id)))
BEGIN SELECT RAISE(ABORT, 'an attachment belongs to its case or to a record of that same case'); END;
CREATE TRIGGER activities_attachments_move AFTER UPDATE OF case_id ON activities WHEN NEW.case_id <> OLD.case_id
BEGIN UPDATE attachments SET case_id = NEW.case_id WHERE owner_type = 'activity' AND owner_id = NEW.id; END;
CREATE TRIGGER communications_attachments_move AFTER UPDATE OF case_id ON communications WHEN NEW.case_id <> OLD.case_id
BEGIN UPDATE attachments SET case_id = NEW.case_id WHERE owner_type = 'communication' AND owner_id = NEW.id; END;
CREATE TRIGGER documentation_items_attachments_move AFTER UPDATE OF case_id ON documentation_items WHEN NEW.case_id <> OLD.case_id
BEGIN UPDATE attachments SET case_id = NEW.case_id WHERE owner_type = 'documentation_item' AND owner_id = NEW.id; END;
CREATE TRIGGER activities_attachments_keep BEFORE DELETE ON activities
WHEN EXISTS (SELECT 1 FROM attachments WHERE owner_type = 'activity' AND owner_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a record with attachments cannot be deleted; delete its attachments first'); END;
CREATE TRIGGER communications_attachments_keep BEFORE DELETE ON communications
WHEN EXISTS (SELECT 1 FROM attachments WHERE owner_type = 'communication' AND owner_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a record with attachments cannot be deleted; delete its attachments first'); END;
CREATE TRIGGER documentation_items_attachments_keep BEFORE DELETE ON documentation_items
WHEN EXISTS (SELECT 1 FROM attachments WHERE owner_type = 'documentation_item' AND owner_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a record with attachments cannot be deleted; delete its attachments first'); END;
)SQL";

// Version 9: the statute as written. Required assistance records its identification (the
// Dashboard year and CDE's date), the County Superintendent's letter and a later identification apart
// from the case's opening date; an SPI intervention records the State Board's approval of the
// identification and of each action and the CCEE determination before it; an activity done through a
// substantially similar activity says what was done instead. Existing rows keep their state; what they
// now lack is shown (workflow.h: missingFacts).
constexpr std::string_view kVersion9 = R"SQL(
ALTER TABLE cases ADD COLUMN identification_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN identified_on TEXT;
ALTER TABLE cases ADD COLUMN county_letter_on TEXT;
ALTER TABLE cases ADD COLUMN reidentification_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN reidentified_on TEXT;
ALTER TABLE cases ADD COLUMN sbe_identification_on TEXT;
ALTER TABLE cases ADD COLUMN sbe_identification_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN ccee_determination_on TEXT;
ALTER TABLE cases ADD COLUMN ccee_determination TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN substitute TEXT NOT NULL DEFAULT '';
ALTER TABLE spi_actions ADD COLUMN sbe_approved_on TEXT;
ALTER TABLE spi_actions ADD COLUMN sbe_reference TEXT NOT NULL DEFAULT '';
)SQL";

// Version 10: a communication says which way it went, its subject, and the scheduled contact of its
// own case it answers (which meets that contact's date; docs/deadlines.md). Communications logged
// before say "not recorded" and answer no contact. Like attachments' owners (version 8), the link is
// kept by the schema whatever program writes the file: to a contact of the same case only, and a
// contact a communication answers is neither deleted nor moved to another case.
constexpr std::string_view kVersion10 = R"SQL(
ALTER TABLE communications ADD COLUMN direction TEXT NOT NULL DEFAULT 'not_recorded';
ALTER TABLE communications ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE communications ADD COLUMN scheduled_contact_id INTEGER;
CREATE INDEX communications_scheduled_contact ON communications(scheduled_contact_id) WHERE scheduled_contact_id IS NOT NULL;
CREATE TRIGGER communications_contact_insert BEFORE INSERT ON communications
WHEN NEW.scheduled_contact_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM scheduled_contacts WHERE id = NEW.scheduled_contact_id AND case_id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'a communication answers a scheduled contact of its own case'); END;
CREATE TRIGGER communications_contact_update BEFORE UPDATE OF case_id, scheduled_contact_id ON communications
WHEN NEW.scheduled_contact_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM scheduled_contacts WHERE id = NEW.scheduled_contact_id AND case_id = NEW.case_id)
BEGIN SELECT RAISE(ABORT, 'a communication answers a scheduled contact of its own case'); END;
CREATE TRIGGER scheduled_contacts_answered_move BEFORE UPDATE OF case_id ON scheduled_contacts
WHEN NEW.case_id <> OLD.case_id AND EXISTS (SELECT 1 FROM communications WHERE scheduled_contact_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a scheduled contact a communication answers stays with its case'); END;
CREATE TRIGGER scheduled_contacts_answered_keep BEFORE DELETE ON scheduled_contacts
WHEN EXISTS (SELECT 1 FROM communications WHERE scheduled_contact_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a scheduled contact a communication answers cannot be deleted; unlink the communication first'); END;
)SQL";

const std::array<Migration, 10> &allMigrations()
{
    static const std::string version3 = version3Sql();
    static const std::array<Migration, 10> steps{{
        {1, "cases, their records, attachments and the append-only audit log", kVersion1},
        {2, "Dashboard results and their imports, local indicators, CALPADS flags, ESSA status", kVersion2},
        {3, "pending deadlines kept for the reminder list; no import_id index on Dashboard results", version3},
        {4, "pending deadlines keep fewer bytes: no uid, case title or full explanation", kVersion4},
        {5, "completion dates of activities and SPI actions", kVersion5},
        {6, "pending deadlines share their titles and reasons (pending_texts)", kVersion6},
        {7, "CDE's official differentiated-assistance determinations; ESSA TSI and exit per school", kVersion7},
        {8, "evidence stays with its case: attachment owners enforced, moved with their record, kept on delete", kVersion8},
        {9, "identification, State Board approvals, CCEE determination, substantially similar activities", kVersion9},
        {10, "communications: direction, subject and the scheduled contact each answers", kVersion10},
    }};
    return steps;
}

} // namespace

std::span<const Migration> migrations() { return allMigrations(); }

int currentSchemaVersion() { return allMigrations().back().version; }

} // namespace casebook::storage
