// The audit trail in words; see audit_text.h.
#include "audit_text.h"

#include "domain/fields.h"

#include <QDateTime>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace casebook::io {

std::string localTime(std::string_view atUtc, std::string_view timeZone)
{
    QDateTime at = QDateTime::fromString(QString::fromUtf8(atUtc.data(), qsizetype(atUtc.size())), Qt::ISODate);
    if (!at.isValid())
        return std::string(atUtc);
    at.setTimeZone(QTimeZone::utc());
    const QTimeZone zone(QByteArray(timeZone.data(), qsizetype(timeZone.size())));
    if (!zone.isValid())
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")).toStdString();
    const QDateTime local = at.toTimeZone(zone);
    return (local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zone.abbreviation(local)).toStdString();
}

namespace {

// A value as shown: money fields (…_cents) in dollars, times recorded in UTC (…_at) in the zone.
std::string shown(const std::string &field, const nlohmann::json &v, std::string_view timeZone)
{
    if (v.is_null())
        return "—";
    if (v.is_number_integer() && field.ends_with("_cents"))
        return formatDollars(v.get<std::int64_t>());
    if (v.is_string() && field.ends_with("_at"))
        return localTime(v.get<std::string>(), timeZone);
    return v.is_string() ? v.get<std::string>() : v.dump();
}

} // namespace

std::optional<std::vector<FieldChange>> fieldChanges(std::string_view changesJson, std::string_view timeZone)
{
    const auto doc = nlohmann::ordered_json::parse(changesJson, nullptr, false);
    if (!doc.is_object())
        return std::nullopt;
    std::vector<FieldChange> out;
    for (const auto &[field, change] : doc.items()) {
        FieldChange c{.field = field};
        if (!change.is_object()) {
            c.newValue = shown(field, change, timeZone);
            c.plain = true;
        } else {
            if (change.contains("old"))
                c.oldValue = shown(field, change["old"], timeZone);
            if (change.contains("new"))
                c.newValue = shown(field, change["new"], timeZone);
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace casebook::io
