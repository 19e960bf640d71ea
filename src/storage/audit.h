// The append-only audit trail: one row per created, changed or deleted record, written in the same
// transaction as the change. Rows are never updated or deleted (triggers enforce it). On a server
// (Database::auditsRecordChanges) the database's triggers write the rows of created, changed and
// deleted records with the login role and the time; writeAudit then writes nothing, and an 'import'
// row becomes a note the database stamps (casebook_audit_note).
#pragma once

#include "database.h"

#include <optional>
#include <vector>

namespace casebook::storage {

struct AuditEntry {
    Id id = 0;
    std::string atUtc;       // ISO 8601, UTC
    std::string osUser;
    std::string table;
    Id recordId = 0;
    std::optional<Id> caseId; // the case the record belongs to (or is)
    std::string action;      // create, update, delete, import
    std::string changesJson; // {"field": {"old": ..., "new": ...}, ...}
};

// Writes one audit row for the change from `before` to `after` (either may be empty).
Status writeAudit(Database &db, std::string_view table, Id recordId, std::optional<Id> caseId,
                  std::string_view action, const FieldMap &before, const FieldMap &after);
// Writes one audit row with a ready-made changes document (imports).
Status writeAuditJson(Database &db, std::string_view table, Id recordId, std::optional<Id> caseId,
                      std::string_view action, const std::string &changesJson);

// The trail of one record, or of everything when table is empty, oldest first.
Result<std::vector<AuditEntry>> readAudit(Database &db, std::string_view table = {}, Id recordId = 0);
// The trail of a case and every record that belongs to it, oldest first.
Result<std::vector<AuditEntry>> readCaseAudit(Database &db, Id caseId);
// One page of a case's trail, newest first: the `limit` entries before audit row `beforeId`
// (0: the newest), for views that load a long trail as they scroll.
Result<std::vector<AuditEntry>> readCaseAuditPage(Database &db, Id caseId, Id beforeId, int limit);

// A record's newest audit row, if any. Its id is the record's row version: every create, change and
// delete of a record writes one row in the same transaction (on a server the database's trigger does),
// and writers take turns (Database::beginWrite), so the id changes exactly when the record does.
Result<std::optional<AuditEntry>> latestAudit(Database &db, std::string_view table, Id recordId);
// The row versions of a case and of every record that belongs to it: (table, record id) -> version.
Result<std::vector<std::pair<std::pair<std::string, Id>, Id>>> caseRowVersions(Database &db, Id caseId);
// Every audit row after `afterId` the connection may read, oldest first, at most `limit` of them: what
// others wrote since (live changes).
Result<std::vector<AuditEntry>> readAuditAfter(Database &db, Id afterId, int limit);
// The newest audit row's id the connection may read (0: none).
Result<Id> latestAuditId(Database &db);
// A record's audit rows after row version `afterId`, oldest first.
Result<std::vector<AuditEntry>> readAuditSince(Database &db, std::string_view table, Id recordId, Id afterId);

std::string utcNow(); // "2026-11-24T10:06:14Z"

} // namespace casebook::storage
