// The engine-independent part of the storage seam; see connection.h.
#include "connection.h"

namespace casebook::storage {

Statement &Statement::bindAll(const std::vector<FieldValue> &values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        m->bind(int(i + 1), values[i]);
    return *this;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            break;
    }
    m->rewind();
    return {};
}

namespace {

class StatementBulkInsert final : public BulkInsert {
public:
    explicit StatementBulkInsert(Statement insert) : m_insert(std::move(insert)) {}
    void setNull(int column) override { m_insert.bindNull(column + 1); }
    void setInt(int column, std::int64_t value) override { m_insert.bindInt(column + 1, value); }
    void setReal(int column, double value) override { m_insert.bindReal(column + 1, value); }
    void setText(int column, std::string_view text) override { m_insert.bindTextInPlace(column + 1, text); }
    Status addRow() override { return m_insert.run(); }
    Status finish() override { return {}; }

private:
    Statement m_insert;
};

} // namespace

Result<std::unique_ptr<BulkInsert>> Connection::bulkInsert(std::string_view table,
                                                           const std::vector<std::string_view> &columns)
{
    std::string names, marks;
    for (const auto column : columns) {
        names += (names.empty() ? "" : ", ") + std::string(column);
        marks += marks.empty() ? "?" : ", ?";
    }
    auto insert = prepare("INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + marks + ")");
    if (!insert)
        return insert.error();
    return std::unique_ptr<BulkInsert>(std::make_unique<StatementBulkInsert>(std::move(*insert)));
}

Result<FieldValue> Connection::scalar(std::string_view sql, const std::vector<FieldValue> &params)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(params);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->column(0) : FieldValue{};
}

} // namespace casebook::storage
