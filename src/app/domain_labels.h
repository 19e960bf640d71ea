// A domain value's label as the user reads it: the domain's English label (EnumTraits) looked up in
// the "enums" translation context, disambiguated by the enum's name ("Withdrawn" is a case status
// and an action status, which Spanish writes "Retirado" and "Retirada").
#pragma once

#include "domain/deadlines.h"
#include "domain/enums.h"
#include "domain/codes.h"

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

// A phrase the domain built (domain/phrase.h: a deadline's title, reason and explanation) in the
// current language: its pattern translated in the "phrases" context, a domain value's label as
// labelOf() gives it, text as it is. The CLI, the exports and the packet keep the English (str()).
QString phraseText(const Phrase &phrase);
// Whether a pattern, or a student group's name, is in the list lupdate reads (domain_labels.cpp).
bool isPhraseListed(std::string_view pattern);
bool isGroupNameListed(std::string_view name);

// An activity area's title (Ed Code 52071, validation.h) and a student group's name (codes.h) in the
// current language; a group Casebook does not know by its code.
QString activityAreaLabel(int area);
QString studentGroupLabel(std::string_view code);
// A Dashboard indicator's name ("English Language Arts") in the current language.
QString indicatorLabel(Indicator indicator);

// A tooltip of text users (or a received casebook) wrote: shown as written, line breaks kept. A tooltip
// given plain text that looks like markup would otherwise be rendered as rich text.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace casebook::app
