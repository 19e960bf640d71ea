// libpq wrapper; see postgres.h.
#include "postgres.h"

#include <libpq-fe.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

namespace casebook::storage {

namespace {

// PostgreSQL's type OIDs (catalog/pg_type.h, stable across versions) that come back as other than text.
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
              kFloat8 = 701, kNumeric = 1700, kTimestampTz = 1184, kJsonb = 3802;

// Types whose text is rewritten to the file engine's form (see convertedText). json keeps the text
// it was given, and is read as it is.
bool isConvertedType(Oid t) { return t == kTimestampTz || t == kJsonb; }

// The file engine's form of a value the server writes its own way: a timestamptz (the session's time
// zone is UTC) as "2026-11-24T10:06:14Z", whole seconds, as Casebook writes times; JSON with its keys
// sorted and no spaces, as Casebook writes JSON documents (jsonb keeps its keys in its own order).
std::string convertedText(Oid type, std::string_view text)
{
    if (type == kTimestampTz) {
        if (text.size() < 19)
            return std::string(text);
        std::string out(text.substr(0, 19));
        out[10] = 'T';
        return out + "Z";
    }
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    return parsed.is_discarded() ? std::string(text) : parsed.dump();
}

bool isIntegerType(Oid t) { return t == kInt8 || t == kInt2 || t == kInt4 || t == kOid; }
bool isRealType(Oid t) { return t == kFloat4 || t == kFloat8 || t == kNumeric; }

// A value as a key=value connection string writes it: as it is when it has no space, quote or
// backslash; otherwise in single quotes with \\ and ' escaped.
std::string quotedConnValue(std::string_view value)
{
    if (!value.empty() && value.find_first_of(" \t\n'\\") == std::string_view::npos)
        return std::string(value);
    std::string out = "'";
    for (const char c : value) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out + "'";
}

std::string trimmedMessage(const char *message)
{
    std::string out = message ? message : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

std::string upperAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// The table an "INSERT INTO name ..." statement writes, or nullopt for any other statement.
std::optional<std::string> insertTable(std::string_view sql)
{
    std::size_t i = sql.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos || upperAscii(sql.substr(i, 12)) != "INSERT INTO ")
        return std::nullopt;
    i = sql.find_first_not_of(" \t\r\n", i + 12);
    if (i == std::string_view::npos)
        return std::nullopt;
    std::string table;
    if (sql[i] == '"') {
        const auto end = sql.find('"', i + 1);
        if (end == std::string_view::npos)
            return std::nullopt;
        return std::string(sql.substr(i + 1, end - i - 1));
    }
    while (i < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '_'))
        table += char(std::tolower(static_cast<unsigned char>(sql[i++])));
    return table.empty() ? std::nullopt : std::optional<std::string>(table);
}

class PgResult {
public:
    PgResult() = default;
    explicit PgResult(PGresult *r) : m(r) {}
    PgResult(PgResult &&o) noexcept : m(std::exchange(o.m, nullptr)) {}
    PgResult &operator=(PgResult &&o) noexcept
    {
        if (this != &o) {
            PQclear(m);
            m = std::exchange(o.m, nullptr);
        }
        return *this;
    }
    ~PgResult() { PQclear(m); }
    PGresult *get() const { return m; }
    explicit operator bool() const { return m != nullptr; }

private:
    PGresult *m = nullptr;
};

} // namespace

Error pgError(const std::string &doing, const std::string &serverMessage, const std::string &sqlState)
{
    const std::string detail = serverMessage.empty() ? std::string() : " (" + serverMessage + ")";
    const std::string cls = sqlState.substr(0, 2);
    if (sqlState == "42501")
        return Error::database(doing + ": the server refused it: your role may not do this" + detail);
    if (cls == "23")
        return {ErrorKind::BadInput, {}, doing + ": " + serverMessage};
    if (cls == "08" || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03")
        return Error::database(doing + ": the connection to the server was lost or refused; nothing was saved" +
                               detail);
    if (sqlState == "25006")
        return Error::database(doing + ": the casebook is open read-only; nothing was saved");
    if (sqlState == "40001" || sqlState == "40P01")
        return Error::database(doing + ": another person's change got in the way; nothing was saved, try again" +
                               detail);
    return Error::database(doing + ": " + serverMessage);
}

std::string numberPlaceholders(std::string_view sql, int &count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    count = 0;
    int next = 0;
    for (std::size_t i = 0; i < sql.size();) {
        const char c = sql[i];
        const auto copyUntil = [&](std::size_t end) {
            end = std::min(end, sql.size());
            out.append(sql.substr(i, end - i));
            i = end;
        };
        if (c == '\'' || c == '"') {
            // A quoted literal or identifier; a doubled quote is one quote inside it.
            std::size_t j = i + 1;
            for (;;) {
                j = sql.find(c, j);
                if (j == std::string_view::npos || j + 1 >= sql.size() || sql[j + 1] != c)
                    break;
                j += 2;
            }
            copyUntil(j == std::string_view::npos ? sql.size() : j + 1);
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            copyUntil(sql.find('\n', i));
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const auto end = sql.find("*/", i + 2);
            copyUntil(end == std::string_view::npos ? sql.size() : end + 2);
        } else if (c == '$' && (i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) || sql[i - 1] == '_'))) {
            // A dollar-quoted body ($$ ... $$, $tag$ ... $tag$), or a $1 already numbered.
            std::size_t j = i + 1;
            while (j < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[j])) || sql[j] == '_'))
                ++j;
            if (j < sql.size() && sql[j] == '$' && !std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
                const std::string_view tag = sql.substr(i, j - i + 1);
                const auto end = sql.find(tag, j + 1);
                copyUntil(end == std::string_view::npos ? sql.size() : end + tag.size());
            } else {
                copyUntil(j);
            }
        } else if (c == '?') {
            // ?NNN names its parameter (SQLite's form, for a value used twice); a bare ? takes the next.
            std::size_t j = i + 1;
            while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j])))
                ++j;
            int number = ++next;
            if (j > i + 1)
                std::from_chars(sql.data() + i + 1, sql.data() + j, number);
            count = std::max(count, number);
            out += '$';
            out += std::to_string(number);
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::string redactedConnInfo(const std::string &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return "(a connection string libpq cannot read)";
    }
    std::string out;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        if (!out.empty())
            out += ' ';
        out += o->keyword;
        out += '=';
        out += std::strcmp(o->keyword, "password") == 0 ? std::string("***") : quotedConnValue(o->val);
    }
    PQconninfoFree(options);
    return out;
}

namespace {

// `conninfo` rebuilt as key=value pairs; `password` nullopt leaves any password out, otherwise sets it.
std::optional<std::string> rebuiltConnInfo(const std::string &conninfo, const std::optional<std::string> &password)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return std::nullopt;
    }
    std::string out;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || !*o->val || std::strcmp(o->keyword, "password") == 0)
            continue;
        out += (out.empty() ? "" : " ") + std::string(o->keyword) + "=" + quotedConnValue(o->val);
    }
    PQconninfoFree(options);
    if (password)
        out += (out.empty() ? "" : " ") + std::string("password=") + quotedConnValue(*password);
    return out;
}

} // namespace

std::string serverTitle(const std::string &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        PQfreemem(error);
        return redactedConnInfo(conninfo);
    }
    std::string db, host, user;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        if (std::strcmp(o->keyword, "dbname") == 0)
            db = o->val;
        else if (std::strcmp(o->keyword, "host") == 0)
            host = o->val;
        else if (std::strcmp(o->keyword, "user") == 0)
            user = o->val;
        else if (std::strcmp(o->keyword, "service") == 0 && db.empty())
            db = std::string("service ") + o->val;
    }
    PQconninfoFree(options);
    if (db.empty())
        db = user.empty() ? "casebook" : user; // libpq's default database is the user's name
    return db + " on " + (host.empty() || host.front() == '/' ? std::string("this computer") : host);
}

std::string makeConnInfo(const std::vector<std::pair<std::string, std::string>> &keywords)
{
    std::string out;
    for (const auto &[key, value] : keywords)
        out += (out.empty() ? "" : " ") + key + "=" + quotedConnValue(value);
    return out;
}

std::string connInfoWithoutPassword(const std::string &conninfo)
{
    return rebuiltConnInfo(conninfo, std::nullopt).value_or(conninfo);
}

std::string connInfoWithPassword(const std::string &conninfo, const std::string &password)
{
    return rebuiltConnInfo(conninfo, password).value_or(conninfo);
}

bool needsPassword(const Error &connectError)
{
    const std::string &m = connectError.message;
    return m.find("no password supplied") != std::string::npos ||
           m.find("password authentication failed") != std::string::npos;
}

class PgStatement final : public StatementBackend {
public:
    // `kept`: the connection keeps the server-side statement for the next prepare() of the same text.
    PgStatement(PgConnection *conn, std::string name, int parameters, bool returnsId, bool kept)
        : m_conn(conn), m_name(std::move(name)), m_values(std::size_t(parameters)), m_binary(std::size_t(parameters), 0),
          m_returnsId(returnsId), m_kept(kept)
    {
    }
    ~PgStatement() override
    {
        if (!m_kept && !m_conn->m_copying && PQstatus(m_conn->m_conn) == CONNECTION_OK &&
            PQtransactionStatus(m_conn->m_conn) != PQTRANS_INERROR)
            PQclear(PQexec(m_conn->m_conn, ("DEALLOCATE " + m_name).c_str()));
    }
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    void bind(int index, const FieldValue &value) override
    {
        struct Binder {
            PgStatement *s;
            int i;
            void operator()(std::monostate) const { s->bindNull(i); }
            void operator()(std::int64_t v) const { s->bindInt(i, v); }
            void operator()(double v) const { s->bindReal(i, v); }
            void operator()(const std::string &v) const { s->bindTextInPlace(i, v); }
        };
        std::visit(Binder{this, index}, value);
    }
    void bindBlob(int index, const void *data, std::size_t size) override
    {
        if (auto *slot = at(index)) {
            slot->emplace(static_cast<const char *>(data), size);
            m_binary[std::size_t(index - 1)] = 1;
        }
    }
    void bindNull(int index) override
    {
        if (auto *slot = at(index))
            slot->reset();
    }
    void bindInt(int index, std::int64_t value) override { setText(index, std::to_string(value)); }
    void bindReal(int index, double value) override
    {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        setText(index, ec == std::errc() ? std::string(buffer, end) : std::string("NaN"));
    }
    void bindTextInPlace(int index, std::string_view text) override { setText(index, std::string(text)); }

    Result<bool> step() override
    {
        if (!m_ran) {
            CASEBOOK_TRY(run());
            m_ran = true;
            m_row = -1;
        }
        ++m_row;
        return m_result && m_row < PQntuples(m_result.get());
    }
    void rewind() override
    {
        m_converted.clear();
        m_result = PgResult();
        m_ran = false;
        m_row = -1;
    }
    void reset() override
    {
        rewind();
        for (auto &v : m_values)
            v.reset();
        std::fill(m_binary.begin(), m_binary.end(), 0);
    }

    int columnCount() const override { return m_result ? PQnfields(m_result.get()) : 0; }
    FieldValue column(int index) const override
    {
        if (columnIsNull(index))
            return std::monostate{};
        const Oid type = PQftype(m_result.get(), index);
        if (isIntegerType(type) || type == kBool)
            return columnInt(index);
        if (isRealType(type))
            return std::strtod(PQgetvalue(m_result.get(), m_row, index), nullptr);
        if (type == kBytea) {
            const auto bytes = columnBlob(index);
            return std::string(bytes.begin(), bytes.end());
        }
        return std::string(columnView(index));
    }
    void readColumn(int index, FieldValue &value) const override
    {
        auto *s = std::get_if<std::string>(&value);
        const Oid type = m_result ? PQftype(m_result.get(), index) : 0;
        if (s && !columnIsNull(index) && !isIntegerType(type) && type != kBool && !isRealType(type) && type != kBytea)
            s->assign(columnView(index));
        else
            value = column(index);
    }
    bool columnIsNull(int index) const override { return !validCell(index) || PQgetisnull(m_result.get(), m_row, index); }
    std::int64_t columnInt(int index) const override
    {
        if (columnIsNull(index))
            return 0;
        const char *text = PQgetvalue(m_result.get(), m_row, index);
        const Oid type = PQftype(m_result.get(), index);
        if (type == kBool)
            return text[0] == 't' ? 1 : 0;
        if (isRealType(type))
            return std::int64_t(std::strtod(text, nullptr));
        return std::strtoll(text, nullptr, 10);
    }
    std::string_view columnView(int index) const override
    {
        if (columnIsNull(index))
            return {};
        const std::string_view raw{PQgetvalue(m_result.get(), m_row, index),
                                   std::size_t(PQgetlength(m_result.get(), m_row, index))};
        if (!isConvertedType(PQftype(m_result.get(), index)))
            return raw;
        if (m_converted.size() < std::size_t(PQnfields(m_result.get())))
            m_converted.resize(std::size_t(PQnfields(m_result.get())), {-1, std::string()});
        auto &[row, text] = m_converted[std::size_t(index)];
        if (row != m_row) {
            text = convertedText(PQftype(m_result.get(), index), raw);
            row = m_row;
        }
        return text;
    }
    std::vector<unsigned char> columnBlob(int index) const override
    {
        if (columnIsNull(index))
            return {};
        const auto *text = reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), m_row, index));
        if (PQftype(m_result.get(), index) != kBytea)
            return {text, text + PQgetlength(m_result.get(), m_row, index)};
        std::size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(text, &size);
        if (!bytes)
            return {};
        std::vector<unsigned char> out(bytes, bytes + size);
        PQfreemem(bytes);
        return out;
    }

private:
    std::optional<std::string> *at(int index)
    {
        return index >= 1 && std::size_t(index) <= m_values.size() ? &m_values[std::size_t(index - 1)] : nullptr;
    }
    void setText(int index, std::string text)
    {
        if (auto *slot = at(index)) {
            *slot = std::move(text);
            m_binary[std::size_t(index - 1)] = 0;
        }
    }
    bool validCell(int index) const
    {
        return m_result && m_row >= 0 && m_row < PQntuples(m_result.get()) && index >= 0 &&
               index < PQnfields(m_result.get());
    }
    Status run()
    {
        m_conn->abandonCopy();
        std::vector<const char *> values(m_values.size());
        std::vector<int> lengths(m_values.size());
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            values[i] = m_values[i] ? m_values[i]->data() : nullptr;
            lengths[i] = m_values[i] ? int(m_values[i]->size()) : 0;
        }
        PgResult result(PQexecPrepared(m_conn->m_conn, m_name.c_str(), int(values.size()), values.data(),
                                       lengths.data(), m_binary.data(), 0));
        const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
            m_conn->m_lastSqlState = state ? state : "08000";
            return pgError("the server refused a statement",
                           trimmedMessage(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn->m_conn)),
                           m_conn->m_lastSqlState);
        }
        m_conn->m_lastSqlState.clear();
        m_conn->m_changes = std::atoi(PQcmdTuples(result.get()));
        if (m_returnsId) {
            // The RETURNING id that prepare() added: the caller asked for no rows, only lastInsertId().
            const int rows = PQntuples(result.get());
            if (rows > 0)
                m_conn->m_lastInsertId = std::strtoll(PQgetvalue(result.get(), rows - 1, 0), nullptr, 10);
            m_result = PgResult();
            return {};
        }
        m_result = std::move(result);
        return {};
    }

    PgConnection *m_conn;
    std::string m_name;
    std::vector<std::optional<std::string>> m_values;
    std::vector<int> m_binary; // 1: the value is bytea's binary form
    bool m_returnsId = false;
    bool m_kept = false;
    bool m_ran = false;
    int m_row = -1;
    PgResult m_result;
    // Converted texts (convertedText) by column: the row they were made for, and the text.
    mutable std::vector<std::pair<int, std::string>> m_converted;
};

Result<std::unique_ptr<PgConnection>> PgConnection::open(const std::string &conninfo)
{
    const char *keywords[] = {"dbname", "fallback_application_name", "client_encoding", nullptr};
    const char *values[] = {conninfo.c_str(), "casebook", "UTF8", nullptr};
    pg_conn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return Error::database("cannot connect to " + redactedConnInfo(conninfo) + ": out of memory");
    if (PQstatus(conn) != CONNECTION_OK) {
        Error e = Error::database("cannot connect to " + redactedConnInfo(conninfo) + ": " +
                                  trimmedMessage(PQerrorMessage(conn)));
        PQfinish(conn);
        return e;
    }
    // What the server says outside a statement's answer (a FATAL as it ends the connection) reaches the
    // caller through the next statement's error; libpq would also print it on stderr.
    PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
    std::unique_ptr<PgConnection> c(new PgConnection(conn, redactedConnInfo(conninfo)));
    // Dates and times in ISO form whatever the server's defaults, and no notices on stderr.
    CASEBOOK_TRY(c->exec("SET datestyle = 'ISO, YMD'; SET intervalstyle = 'iso_8601'; SET timezone = 'UTC'; "
                         "SET client_min_messages = warning"));
    return c;
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

Result<bool> PgConnection::tableHasId(const std::string &table)
{
    if (m_tablesWithId.contains(table))
        return true;
    if (m_tablesWithoutId.contains(table))
        return false;
    const char *params[] = {table.c_str()};
    PgResult r(PQexecParams(m_conn,
                            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                            "AND table_name = $1 AND column_name = 'id'",
                            1, nullptr, params, nullptr, nullptr, 0));
    if (!r || PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return pgError("cannot read the server's catalogue", trimmedMessage(PQerrorMessage(m_conn)), "");
    const bool has = PQntuples(r.get()) > 0;
    (has ? m_tablesWithId : m_tablesWithoutId).insert(table);
    return has;
}

Result<Statement> PgConnection::prepare(std::string_view sql)
{
    abandonCopy();
    CASEBOOK_TRY(ensureConnected());
    // A text prepared before on this connection runs as it was prepared: one round trip per run
    // instead of three (prepare, run, deallocate).
    if (const auto kept = m_prepared.find(std::string(sql)); kept != m_prepared.end())
        return Statement(std::make_unique<PgStatement>(this, kept->second.name, kept->second.parameters,
                                                       kept->second.returnsId, true));
    int parameters = 0;
    std::string text = numberPlaceholders(sql, parameters);
    // The seam's lastInsertId(): an INSERT into a table with an id returns it (PostgreSQL has no
    // connection-wide "last row id" that a trigger's own insert would not overwrite).
    bool returnsId = false;
    if (const auto table = insertTable(text); table && upperAscii(text).find("RETURNING") == std::string::npos) {
        auto has = tableHasId(*table);
        if (!has)
            return has.error();
        if (*has) {
            while (!text.empty() && (text.back() == ';' || std::isspace(static_cast<unsigned char>(text.back()))))
                text.pop_back();
            text += " RETURNING id";
            returnsId = true;
        }
    }
    std::string name = "casebook_" + std::to_string(++m_nextStatement);
    PgResult r(PQprepare(m_conn, name.c_str(), text.c_str(), parameters, nullptr));
    if ((!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) && lostOutsideTransaction()) {
        // The first round trip after a server restart finds the connection gone: connect again, once.
        CASEBOOK_TRY(ensureConnected());
        r = PgResult(PQprepare(m_conn, name.c_str(), text.c_str(), parameters, nullptr));
    }
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
        const char *state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
        m_lastSqlState = state ? state : "08000";
        return pgError("cannot prepare a statement",
                       trimmedMessage(r ? PQresultErrorMessage(r.get()) : PQerrorMessage(m_conn)), m_lastSqlState);
    }
    const bool keep = m_prepared.size() < kMaxPrepared;
    if (keep)
        m_prepared.emplace(std::string(sql), Prepared{name, parameters, returnsId});
    return Statement(std::make_unique<PgStatement>(this, std::move(name), parameters, returnsId, keep));
}

Status PgConnection::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return {};
    if (m_inTransaction)
        return Error::database("the connection to the server was lost during this change; the server undid it, "
                               "nothing of it was saved");
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Error::database("the server cannot be reached (" + trimmedMessage(PQerrorMessage(m_conn)) +
                               "); nothing was saved, and Casebook connects again at the next step");
    m_prepared.clear(); // the new session has none of the old one's statements
    for (const auto &statement : m_session) {
        PgResult r(PQexec(m_conn, statement.c_str()));
        if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK)
            return pgError("cannot set up the connection again", trimmedMessage(PQerrorMessage(m_conn)), "08000");
    }
    ++m_reconnections;
    return {};
}

bool PgConnection::lostOutsideTransaction() const { return !m_inTransaction && PQstatus(m_conn) != CONNECTION_OK; }

Status PgConnection::resolveLostCommit(const Error &failure)
{
    const std::string token = std::exchange(m_commitToken, {});
    if (token.empty())
        return failure;
    if (auto reconnected = ensureConnected(); !reconnected)
        return Error::database("the connection to the server was lost while the change was being saved, and the "
                               "server cannot be reached to tell whether it was: look for it once the server is "
                               "back before doing it again");
    const char *params[] = {token.c_str()};
    PgResult r(PQexecParams(m_conn, "SELECT casebook_operation_committed($1)", 1, nullptr, params, nullptr, nullptr, 0));
    if (!r || PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1)
        return Error::database("the connection to the server was lost while the change was being saved, and the "
                               "server did not say whether it was: look for it before doing it again");
    if (std::string_view(PQgetvalue(r.get(), 0, 0)) == "t")
        return {}; // it was saved: the answer to COMMIT was what got lost
    return Error::database("the connection to the server was lost while the change was being saved; Casebook "
                           "connected again and checked: it was not saved, so it can be done again safely");
}

Status PgConnection::exec(std::string_view sql)
{
    abandonCopy();
    const bool begins = sql.starts_with("BEGIN"), commits = sql == "COMMIT", rollsBack = sql == "ROLLBACK";
    if (rollsBack && PQstatus(m_conn) != CONNECTION_OK) {
        m_inTransaction = false; // the server rolled it back when the connection went
        m_commitToken.clear();
        return {};
    }
    CASEBOOK_TRY(ensureConnected());
    PgResult r(PQexec(m_conn, std::string(sql).c_str()));
    const auto failed = [&] {
        const auto st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
        return st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY;
    };
    if (failed() && !commits && !rollsBack && lostOutsideTransaction()) {
        // Nothing was under way (a BEGIN, a SET, a read): connect again and send it once more.
        CASEBOOK_TRY(ensureConnected());
        r = PgResult(PQexec(m_conn, std::string(sql).c_str()));
    }
    const auto status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (commits || rollsBack)
        m_inTransaction = false;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        const char *state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
        m_lastSqlState = state ? state : "08000";
        Error failure = pgError("the server refused a statement",
                                trimmedMessage(r ? PQresultErrorMessage(r.get()) : PQerrorMessage(m_conn)), m_lastSqlState);
        if (commits && PQstatus(m_conn) != CONNECTION_OK)
            return resolveLostCommit(failure);
        if (commits || rollsBack)
            m_commitToken.clear();
        return failure;
    }
    m_lastSqlState.clear();
    m_changes = std::atoi(PQcmdTuples(r.get()));
    if (begins)
        m_inTransaction = true;
    if (commits || rollsBack)
        m_commitToken.clear();
    if (!m_inTransaction && (sql.starts_with("SET ") || sql.starts_with("LISTEN ")))
        m_session.emplace_back(sql);
    // A statement that may change tables or functions (a schema step, a restore): prepare again after it,
    // so that no kept statement runs with an older plan's idea of a table.
    if (!begins && !commits && !rollsBack && !sql.starts_with("SET ") && !sql.starts_with("LISTEN ") &&
        !sql.starts_with("SELECT ") && !sql.starts_with("SAVEPOINT ") && !sql.starts_with("RELEASE ") &&
        !sql.starts_with("ROLLBACK TO "))
        m_prepared.clear();
    return {};
}

Status PgConnection::listen(std::string_view channel)
{
    return exec("LISTEN " + std::string(channel));
}

Result<bool> PgConnection::takeNotifications()
{
    if (PQstatus(m_conn) != CONNECTION_OK || PQconsumeInput(m_conn) == 0)
        return Error::database("the connection to the server was lost: " + trimmedMessage(PQerrorMessage(m_conn)));
    bool any = false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        any = true;
        PQfreemem(n);
    }
    return any;
}

int PgConnection::socket() const { return PQstatus(m_conn) == CONNECTION_OK ? PQsocket(m_conn) : -1; }

// Rows for COPY ... FROM STDIN in its text format: columns separated by tabs, a row ended by a newline,
// NULL as \N, and a backslash, tab, newline or carriage return in a value escaped with a backslash.
class PgCopy final : public BulkInsert {
public:
    PgCopy(PgConnection *conn, std::size_t columns) : m_conn(conn), m_values(columns), m_null(columns, 1) {}
    ~PgCopy() override
    {
        if (m_conn->m_copying)
            m_conn->abandonCopy();
    }
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    void setNull(int column) override { m_null[std::size_t(column)] = 1; }
    void setInt(int column, std::int64_t value) override
    {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        set(column).assign(buffer, end);
    }
    void setReal(int column, double value) override
    {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        set(column).assign(buffer, ec == std::errc() ? end : buffer);
    }
    void setText(int column, std::string_view text) override
    {
        std::string &out = set(column);
        out.clear();
        for (const char c : text) {
            switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
            }
        }
    }
    Status addRow() override
    {
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            if (i > 0)
                m_buffer += '\t';
            if (m_null[i])
                m_buffer += "\\N";
            else
                m_buffer += m_values[i];
        }
        m_buffer += '\n';
        return m_buffer.size() >= kBlock ? flush() : Status{};
    }
    Status finish() override
    {
        if (!m_conn->m_copying)
            return Error::database("the server refused a statement: the COPY was abandoned");
        CASEBOOK_TRY(flush());
        pg_conn *conn = m_conn->m_conn;
        m_conn->m_copying = false;
        if (PQputCopyEnd(conn, nullptr) != 1)
            return failed(nullptr);
        // The COPY's own result, then none.
        Status status;
        bool first = true;
        while (PGresult *r = PQgetResult(conn)) {
            PgResult result(r);
            if (first && PQresultStatus(r) != PGRES_COMMAND_OK)
                status = failed(r);
            else if (first)
                m_conn->m_changes = std::atoi(PQcmdTuples(r));
            first = false;
        }
        if (status)
            m_conn->m_lastSqlState.clear();
        return status;
    }

private:
    static constexpr std::size_t kBlock = 1 << 16;
    std::string &set(int column)
    {
        m_null[std::size_t(column)] = 0;
        return m_values[std::size_t(column)];
    }
    Status flush()
    {
        if (m_buffer.empty())
            return {};
        if (PQputCopyData(m_conn->m_conn, m_buffer.data(), int(m_buffer.size())) != 1)
            return failed(nullptr);
        m_buffer.clear();
        return {};
    }
    Status failed(PGresult *r)
    {
        const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        m_conn->m_lastSqlState = state ? state : "08000";
        return pgError("the server refused rows sent to it",
                       trimmedMessage(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn->m_conn)),
                       m_conn->m_lastSqlState);
    }

    PgConnection *m_conn;
    std::vector<std::string> m_values;
    std::vector<char> m_null;
    std::string m_buffer;
};

Result<std::unique_ptr<BulkInsert>> PgConnection::bulkInsert(std::string_view table,
                                                             const std::vector<std::string_view> &columns)
{
    abandonCopy();
    std::string names;
    for (const auto column : columns)
        names += (names.empty() ? "" : ", ") + std::string(column);
    PgResult r(PQexec(m_conn, ("COPY " + std::string(table) + " (" + names + ") FROM STDIN").c_str()));
    if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN) {
        const char *state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
        m_lastSqlState = state ? state : "08000";
        return pgError("the server refused a statement",
                       trimmedMessage(r ? PQresultErrorMessage(r.get()) : PQerrorMessage(m_conn)), m_lastSqlState);
    }
    m_copying = true;
    return std::unique_ptr<BulkInsert>(std::make_unique<PgCopy>(this, columns.size()));
}

void PgConnection::abandonCopy()
{
    if (!m_copying)
        return;
    m_copying = false;
    if (PQputCopyEnd(m_conn, "abandoned by Casebook") == 1)
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
}

bool PgConnection::inTransaction() const
{
    // A transaction whose connection was lost is still open as far as its writer knows: its ROLLBACK
    // must still come (exec() then only forgets it), or the next BEGIN would be taken for a nested one.
    const auto s = PQtransactionStatus(m_conn);
    return m_inTransaction || s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

} // namespace casebook::storage
