// Merging two edits of one record field by field: what the form shows after "Merge" when somebody
// else saved the record while this person was editing it (docs/server.md, "Two people, one record").
#pragma once

#include "fields.h"

#include <string>
#include <vector>

namespace casebook {

struct FieldMerge {
    FieldMap merged;                     // theirs where only they changed a field, mine where only I did
    std::vector<std::string> bothChanged; // fields both changed to different values: mine kept, to review
};

// `read` is the record as the form read it, `mine` what the person typed, `theirs` what is stored now.
FieldMerge mergeFields(const FieldMap &read, const FieldMap &mine, const FieldMap &theirs);

} // namespace casebook
