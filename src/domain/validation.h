// Validation of each record on its own and against the case it belongs to. Every failure names
// the field; storage refuses to write a record that fails.
#pragma once

#include "records.h"

namespace casebook {

Status validate(const District &d);
Status validate(const School &s, const District &district);
Status validate(const Case &c);
Status validate(const QualifyingGroup &g, const Case &parent);
Status validate(const Activity &a, const Case &parent);
Status validate(const Communication &c, const Case &parent);
Status validate(const ScheduledContact &s, const Case &parent);
Status validate(const DocumentationItem &d, const Case &parent);
Status validate(const Partner &p, const Case &parent);
Status validate(const CceeRecommendation &r, const Case &parent);
Status validate(const SpiAction &a, const Case &parent);
Status validate(const Intervention &i, const Case &parent);
Status validate(const MonitoringReview &m, const Case &parent);
Status validate(const Attachment &a, const Case &parent);

// The five activity areas of Ed Code 52071 as BP 0520 lists them (1-5).
std::string_view activityAreaTitle(int area);
std::string_view activityAreaDescription(int area);

} // namespace casebook
