// Text search; see search.h. LIKE with a bound, escaped pattern.
#include "search.h"

namespace casebook::storage {

namespace {

std::string likePattern(const std::string &text)
{
    std::string out = "%";
    for (char ch : text) {
        if (ch == '%' || ch == '_' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + "%";
}

std::string snippetAround(const std::string &text, const std::string &needle)
{
    std::string lower = text, lowerNeedle = needle;
    for (auto &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    for (auto &c : lowerNeedle)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const auto at = lower.find(lowerNeedle);
    if (text.size() <= 140 || at == std::string::npos)
        return text.substr(0, 140);
    std::size_t start = at > 50 ? at - 50 : 0;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start; // never start inside a UTF-8 sequence
    std::size_t length = 140;
    while (start + length < text.size() && (static_cast<unsigned char>(text[start + length]) & 0xC0) == 0x80)
        ++length;
    return (start > 0 ? "…" : "") + text.substr(start, length) + "…";
}

} // namespace

Result<std::vector<SearchHit>> searchCasebook(Database &db, const std::string &text, int limit)
{
    std::vector<SearchHit> hits;
    if (text.empty())
        return hits;
    // kind, record id, case id, case title, title, searched text, date
    // Written for both engines: a case-insensitive match is lower() LIKE lower() (PostgreSQL's LIKE is
    // case-sensitive, SQLite's is not for ASCII), and the dates are text in every branch.
    static constexpr std::string_view kQuery = R"SQL(
SELECT 'case', c.id, c.id, c.title, c.title, c.title || ' ' || c.notes || ' ' || c.owner, CAST(c.opened_on AS TEXT)
  FROM cases c
 WHERE lower(c.title) LIKE lower(?1) ESCAPE '\' OR lower(c.notes) LIKE lower(?1) ESCAPE '\'
    OR lower(c.owner) LIKE lower(?1) ESCAPE '\'
UNION ALL
SELECT 'communication', m.id, c.id, c.title, CASE WHEN m.subject <> '' THEN m.subject ELSE m.summary END,
       m.subject || ' ' || m.summary || ' ' || m.participants || ' ' || m.follow_ups, CAST(m.occurred_on AS TEXT)
  FROM communications m JOIN cases c ON c.id = m.case_id
 WHERE lower(m.subject) LIKE lower(?1) ESCAPE '\' OR lower(m.summary) LIKE lower(?1) ESCAPE '\'
    OR lower(m.participants) LIKE lower(?1) ESCAPE '\' OR lower(m.follow_ups) LIKE lower(?1) ESCAPE '\'
UNION ALL
SELECT 'documentation_item', d.id, c.id, c.title, d.title, d.title || ' ' || d.recipient, CAST(d.due_on AS TEXT)
  FROM documentation_items d JOIN cases c ON c.id = d.case_id
 WHERE lower(d.title) LIKE lower(?1) ESCAPE '\' OR lower(d.recipient) LIKE lower(?1) ESCAPE '\'
UNION ALL
SELECT 'activity', a.id, c.id, c.title, 'Activity ' || a.area, a.evidence || ' ' || a.notes || ' ' || a.owner,
       CAST(a.due_on AS TEXT)
  FROM activities a JOIN cases c ON c.id = a.case_id
 WHERE lower(a.evidence) LIKE lower(?1) ESCAPE '\' OR lower(a.notes) LIKE lower(?1) ESCAPE '\'
    OR lower(a.owner) LIKE lower(?1) ESCAPE '\'
UNION ALL
SELECT 'attachment', f.id, c.id, c.title, f.file_name, f.file_name, substr(CAST(f.added_at AS TEXT), 1, 10)
  FROM attachments f JOIN cases c ON c.id = f.case_id WHERE lower(f.file_name) LIKE lower(?1) ESCAPE '\'
ORDER BY 1, 7 DESC
LIMIT ?2
)SQL";
    auto stmt = db.connection().prepare(kQuery);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, likePattern(text)).bind(2, std::int64_t(limit));
    CASEBOOK_TRY(stmt->eachRow([&]() -> Status {
        hits.push_back({stmt->columnText(0), stmt->columnInt(1), stmt->columnInt(2), stmt->columnText(3),
                        stmt->columnText(4), snippetAround(stmt->columnText(5), text), stmt->columnText(6)});
        return {};
    }));
    return hits;
}

} // namespace casebook::storage
