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
    static constexpr std::string_view kQuery = R"SQL(
SELECT 'case', c.id, c.id, c.title, c.title, c.title || ' ' || c.notes || ' ' || c.owner, c.opened_on
  FROM cases c WHERE c.title LIKE ?1 ESCAPE '\' OR c.notes LIKE ?1 ESCAPE '\' OR c.owner LIKE ?1 ESCAPE '\'
UNION ALL
SELECT 'communication', m.id, c.id, c.title, CASE WHEN m.subject <> '' THEN m.subject ELSE m.summary END,
       m.subject || ' ' || m.summary || ' ' || m.participants || ' ' || m.follow_ups, m.occurred_on
  FROM communications m JOIN cases c ON c.id = m.case_id
 WHERE m.subject LIKE ?1 ESCAPE '\' OR m.summary LIKE ?1 ESCAPE '\' OR m.participants LIKE ?1 ESCAPE '\'
    OR m.follow_ups LIKE ?1 ESCAPE '\'
UNION ALL
SELECT 'documentation_item', d.id, c.id, c.title, d.title, d.title || ' ' || d.recipient, d.due_on
  FROM documentation_items d JOIN cases c ON c.id = d.case_id
 WHERE d.title LIKE ?1 ESCAPE '\' OR d.recipient LIKE ?1 ESCAPE '\'
UNION ALL
SELECT 'activity', a.id, c.id, c.title, 'Activity ' || a.area, a.evidence || ' ' || a.notes || ' ' || a.owner, a.due_on
  FROM activities a JOIN cases c ON c.id = a.case_id
 WHERE a.evidence LIKE ?1 ESCAPE '\' OR a.notes LIKE ?1 ESCAPE '\' OR a.owner LIKE ?1 ESCAPE '\'
UNION ALL
SELECT 'attachment', f.id, c.id, c.title, f.file_name, f.file_name, substr(f.added_at, 1, 10)
  FROM attachments f JOIN cases c ON c.id = f.case_id WHERE f.file_name LIKE ?1 ESCAPE '\'
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
