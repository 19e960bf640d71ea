// Filling a district form (ui/district_form.ui) from the code typed in it: the name and county the
// casebook knows for the code (services::Casebook::knownDistrict — the imported Dashboard files, CDE's
// eligibility file, the county of the code's first two digits). A 14-digit CDS code is shortened to
// the district's 7 digits. A field the user typed in is never overwritten.
#pragma once

class QWidget;

namespace casebook::app {

class CasebookSession;

void fillDistrictFromCode(QWidget *districtForm, CasebookSession *session);

} // namespace casebook::app
