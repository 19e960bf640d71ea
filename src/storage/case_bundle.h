// Loads a case with every record that belongs to it, read in one go.
#pragma once

#include "database.h"

#include "domain/case_bundle.h"

namespace casebook::storage {

Result<CaseBundle> loadCaseBundle(Database &db, Id caseId);

} // namespace casebook::storage
