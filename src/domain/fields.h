// Records as named fields: the one description of each record's columns, read by storage
// (SQL columns), interchange (JSON keys) and the audit trail (changed fields). Values are
// null, integers, reals or text; dates are ISO strings and enums their codes.
#pragma once

#include "records.h"

#include <functional>
#include <map>
#include <type_traits>
#include <variant>
#include <vector>

namespace casebook {

using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

inline bool isNull(const FieldValue &v) { return std::holds_alternative<std::monostate>(v); }
std::string fieldValueText(const FieldValue &v); // for messages and display
// Money is kept in whole cents (cost_cents); "$12,500.00" for 1250000.
std::string formatDollars(std::int64_t cents);
// A field's name in words, for readers of the audit trail who see no form ("case_id" → "Case",
// "owner_type" → "Attached to", "occurred_on" → "Occurred on"): one of the words below, else the
// name with spaces and without "_id". The desktop window prefers the label of the record's form.
std::string fieldWords(std::string_view field);

template <typename T>
struct FieldSpec {
    std::string_view name;
    std::function<FieldValue(const T &)> get;
    std::function<Status(T &, const FieldValue &)> set;
};

// Converts one member type to and from a FieldValue.
template <typename M, typename = void>
struct FieldCodec;

template <>
struct FieldCodec<std::string> {
    static FieldValue encode(const std::string &v) { return v; }
    static Status decode(std::string &out, const FieldValue &v, std::string_view field);
};
template <>
struct FieldCodec<std::int64_t> {
    static FieldValue encode(std::int64_t v) { return v; }
    static Status decode(std::int64_t &out, const FieldValue &v, std::string_view field);
};
template <>
struct FieldCodec<int> {
    static FieldValue encode(int v) { return std::int64_t(v); }
    static Status decode(int &out, const FieldValue &v, std::string_view field);
};
template <>
struct FieldCodec<bool> {
    static FieldValue encode(bool v) { return std::int64_t(v ? 1 : 0); }
    static Status decode(bool &out, const FieldValue &v, std::string_view field);
};
template <>
struct FieldCodec<Date> {
    static FieldValue encode(const Date &v) { return v.toString(); }
    static Status decode(Date &out, const FieldValue &v, std::string_view field);
};
template <typename M>
struct FieldCodec<std::optional<M>> {
    static FieldValue encode(const std::optional<M> &v) { return v ? FieldCodec<M>::encode(*v) : FieldValue{}; }
    static Status decode(std::optional<M> &out, const FieldValue &v, std::string_view field)
    {
        if (isNull(v)) {
            out.reset();
            return {};
        }
        M inner{};
        CASEBOOK_TRY(FieldCodec<M>::decode(inner, v, field));
        out = std::move(inner);
        return {};
    }
};
template <typename E>
struct FieldCodec<E, std::enable_if_t<std::is_enum_v<E>>> {
    static FieldValue encode(E v) { return std::string(enumCode(v)); }
    static Status decode(E &out, const FieldValue &v, std::string_view field)
    {
        std::string code;
        CASEBOOK_TRY(FieldCodec<std::string>::decode(code, v, field));
        auto parsed = parseEnum<E>(code, field);
        if (!parsed)
            return parsed.error();
        out = *parsed;
        return {};
    }
};

template <typename T, typename M>
FieldSpec<T> field(std::string_view name, M T::*member)
{
    return {name, [member](const T &r) { return FieldCodec<M>::encode(r.*member); },
            [member, name](T &r, const FieldValue &v) { return FieldCodec<M>::decode(r.*member, v, name); }};
}

// Specialised for each record: the table/collection name, a singular label, and its fields
// (without `id`, which every record has).
template <typename T>
struct RecordTraits;

#define CASEBOOK_RECORD(T, TABLE, LABEL)                                                           \
    template <>                                                                                    \
    struct RecordTraits<T> {                                                                       \
        static constexpr std::string_view table = TABLE;                                           \
        static constexpr std::string_view label = LABEL;                                           \
        static const std::vector<FieldSpec<T>> &fields();                                          \
    };

CASEBOOK_RECORD(District, "districts", "district")
CASEBOOK_RECORD(School, "schools", "school")
CASEBOOK_RECORD(Case, "cases", "case")
CASEBOOK_RECORD(QualifyingGroup, "qualifying_groups", "qualifying group")
CASEBOOK_RECORD(Activity, "activities", "activity")
CASEBOOK_RECORD(Communication, "communications", "communication")
CASEBOOK_RECORD(ScheduledContact, "scheduled_contacts", "scheduled contact")
CASEBOOK_RECORD(DocumentationItem, "documentation_items", "documentation item")
CASEBOOK_RECORD(Partner, "partners", "partner")
CASEBOOK_RECORD(CceeRecommendation, "ccee_recommendations", "CCEE recommendation")
CASEBOOK_RECORD(SpiAction, "spi_actions", "SPI action")
CASEBOOK_RECORD(Intervention, "interventions", "intervention")
CASEBOOK_RECORD(MonitoringReview, "monitoring_reviews", "monitoring review")
CASEBOOK_RECORD(Attachment, "attachments", "attachment")

#undef CASEBOOK_RECORD

// Applies X(T) to every record type, parents first (for explicit instantiations and registries).
#define CASEBOOK_FOR_EACH_RECORD(X)                                                                \
    X(District) X(School) X(Case) X(QualifyingGroup) X(Activity) X(Communication) X(ScheduledContact) \
    X(DocumentationItem) X(Partner) X(CceeRecommendation) X(SpiAction) X(Intervention)              \
    X(MonitoringReview) X(Attachment)

using FieldMap = std::map<std::string, FieldValue, std::less<>>;

// One value of a FieldMap as a whole number or text: 0 or "" when it is missing or of another type.
std::int64_t intField(const FieldMap &fields, std::string_view name);
std::string textField(const FieldMap &fields, std::string_view name);

template <typename T>
FieldMap toFields(const T &record)
{
    FieldMap out;
    for (const auto &f : RecordTraits<T>::fields())
        out.emplace(std::string(f.name), f.get(record));
    return out;
}

// Missing keys keep the record's defaults; unknown keys are ignored by the caller's choice.
template <typename T>
Result<T> fromFields(const FieldMap &values, T record = {})
{
    for (const auto &f : RecordTraits<T>::fields()) {
        if (auto it = values.find(f.name); it != values.end())
            CASEBOOK_TRY(f.set(record, it->second));
    }
    return record;
}

} // namespace casebook
