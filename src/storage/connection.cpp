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
