// The report lines crash_writer sends its parent after each COMMIT has returned:
//   KIND RECORD_ID AUDIT_ID [DETAIL]
// KIND names the action (case, communication, update, attachment, transition, activity, dashboard,
// district); AUDIT_ID is the audit row the transaction wrote last; DETAIL is the communication's
// revision, the attachment's SHA-256, the case's new status or the import's row count.
#pragma once

#include <cstdint>
#include <sstream>
#include <string>

namespace casebook::protocol {

struct Report {
    std::string kind;
    std::int64_t recordId = 0;
    std::int64_t auditId = 0;
    std::string detail;
};

inline std::string line(const std::string &kind, std::int64_t recordId, std::int64_t auditId,
                        const std::string &detail = {})
{
    return kind + " " + std::to_string(recordId) + " " + std::to_string(auditId) + (detail.empty() ? "" : " " + detail);
}

inline bool parse(const std::string &text, Report &out)
{
    std::istringstream in(text);
    if (!(in >> out.kind >> out.recordId >> out.auditId))
        return false;
    in >> out.detail;
    return true;
}

} // namespace casebook::protocol
