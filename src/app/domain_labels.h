// A domain value's label as the user reads it: the domain's English label (EnumTraits) looked up in
// the "enums" translation context, disambiguated by the enum's name ("Withdrawn" is a case status
// and an action status, which Spanish writes "Retirado" and "Retirada").
#pragma once

#include "domain/deadlines.h"
#include "domain/enums.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace casebook::app {

template <typename E>
QString labelOf(E value)
{
    const std::string text(enumLabel(value));
    const std::string name(EnumTraits<E>::name);
    return QCoreApplication::translate("enums", text.c_str(), name.c_str());
}

// Whether (label, enum name) is in the list lupdate reads (domain_labels.cpp).
bool isListedForTranslation(std::string_view label, std::string_view enumName);

// A tooltip of text users (or a received casebook) wrote: shown as written, line breaks kept. A tooltip
// given plain text that looks like markup would otherwise be rendered as rich text.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace casebook::app
