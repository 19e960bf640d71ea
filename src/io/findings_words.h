// The words Copy (findings_sheet.cpp) and Export (findings_xlsx.cpp) both write around the findings:
// phrase patterns (domain/phrase.h) said in English or in the desktop window's language, listed for
// translation in app/domain_labels.cpp.
#pragma once

namespace casebook::io::findings_words {

inline constexpr const char *kStudentGroup = "Student group";
inline constexpr const char *kLowPerforming = "Low-performing student groups";
inline constexpr const char *kIndicators = "Indicators";
inline constexpr const char *kSource = "Source: %1";
inline constexpr const char *kNameAndCode = "%1 (%2)";

} // namespace casebook::io::findings_words
