// Field-by-field merge; see merge.h.
#include "merge.h"

namespace casebook {

FieldMerge mergeFields(const FieldMap &read, const FieldMap &mine, const FieldMap &theirs)
{
    const auto valueIn = [](const FieldMap &m, const std::string &field) {
        const auto found = m.find(field);
        return found == m.end() ? FieldValue{} : found->second;
    };
    FieldMerge out;
    out.merged = theirs;
    for (const auto &[field, typed] : mine) {
        const FieldValue was = valueIn(read, field), now = valueIn(theirs, field);
        if (typed == was)
            continue; // I did not change it: theirs stands
        out.merged[field] = typed;
        if (now != was && now != typed)
            out.bothChanged.push_back(field);
    }
    return out;
}

} // namespace casebook
