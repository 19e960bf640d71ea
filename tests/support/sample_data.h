// Small valid records for tests: a district, a school and a case of each type.
#pragma once

#include "storage/case_store.h"

namespace casebook::test {

struct Sample {
    District district;
    School school;
};

// Inserts the fictional "Sample Unified" district (cds 0161119) and one school.
Sample insertSampleDistrict(storage::Database &db);

Case requiredCase(Id districtId, const std::string &determinedOn = "2025-01-15");
Case boardRequestCase(Id districtId, const std::string &requestedOn = "2025-03-01");
Case spiCase(Id districtId, const std::string &identifiedOn = "2025-02-01");
Case schoolPlanCase(Id districtId, Id schoolId, const std::string &designatedOn = "2024-01-10");

Date date(const std::string &iso);

} // namespace casebook::test
