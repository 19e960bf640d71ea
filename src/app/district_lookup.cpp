// fillDistrictFromCode; see district_lookup.h.
#include "district_lookup.h"

#include "session.h"

#include "services/casebook.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace casebook::app {

namespace {

// Set on a field Casebook filled, cleared when the user types in it.
constexpr const char *kFilled = "filledFromCode";

} // namespace

void fillDistrictFromCode(QWidget *form, CasebookSession *session)
{
    auto *cds = form->findChild<QLineEdit *>(QStringLiteral("cds"));
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *county = form->findChild<QLineEdit *>(QStringLiteral("county"));
    if (!cds || !name || !county)
        return;
    for (QLineEdit *typed : {name, county})
        QObject::connect(typed, &QLineEdit::textEdited, typed, [typed] { typed->setProperty(kFilled, false); });
    QObject::connect(cds, &QLineEdit::textChanged, form, [=](const QString &text) {
        static const QRegularExpression digits(QStringLiteral("^\\d{7}(\\d{7})?$"));
        const QString code = text.trimmed();
        if (!session->isOpen() || !digits.match(code).hasMatch())
            return;
        if (code.size() == 14) {
            cds->setText(code.left(7)); // comes back here with the district's 7 digits
            return;
        }
        auto known = session->casebook().knownDistrict(code.toStdString());
        if (!known)
            return;
        const auto offer = [](QLineEdit *field, const std::string &value) {
            if (value.empty() || (!field->text().isEmpty() && !field->property(kFilled).toBool()))
                return;
            field->setText(QString::fromStdString(value));
            field->setProperty(kFilled, true);
        };
        offer(name, known->name);
        offer(county, known->county);
    });
}

} // namespace casebook::app
