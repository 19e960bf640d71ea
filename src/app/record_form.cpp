// RecordForm; see record_form.h.
#include "record_form.h"
#include "domain_labels.h"

#include "domain/codes.h"
#include "domain/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QCoreApplication>

#include <cmath>

namespace casebook::app {

QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

namespace {

template <typename E>
QList<QPair<QVariant, QString>> enumChoices()
{
    QList<QPair<QVariant, QString>> out;
    for (const auto &e : EnumTraits<E>::entries())
        out.append({toQString(e.code), labelOf(e.value)});
    return out;
}

QDate toQDate(const Date &d) { return QDate(d.year(), int(d.month()), int(d.day())); }

Date fromQDate(const QDate &d) { return Date(d.year(), unsigned(d.month()), unsigned(d.day())); }

} // namespace

QList<QPair<QVariant, QString>> namedChoices(const QString &name)
{
    if (name == "CaseKind") return enumChoices<CaseKind>();
    if (name == "TaOrigin") return enumChoices<TaOrigin>();
    if (name == "CaseStatus") return enumChoices<CaseStatus>();
    if (name == "CommunicationSchedule") return enumChoices<CommunicationSchedule>();
    if (name == "ActivityStatus") return enumChoices<ActivityStatus>();
    if (name == "CommunicationMode") return enumChoices<CommunicationMode>();
    if (name == "CommunicationDirection") return enumChoices<CommunicationDirection>();
    if (name == "PartnerType") return enumChoices<PartnerType>();
    if (name == "Consideration") return enumChoices<Consideration>();
    if (name == "SpiActionKind") return enumChoices<SpiActionKind>();
    if (name == "ActionStatus") return enumChoices<ActionStatus>();
    if (name == "Designation") return enumChoices<Designation>();
    QList<QPair<QVariant, QString>> out;
    if (name == "studentGroups" || name == "studentGroupsOptional") {
        if (name == "studentGroupsOptional")
            out.append({QString(), QCoreApplication::translate("RecordForm", "All students")});
        for (const auto &g : studentGroups())
            out.append({toQString(g.code), QStringLiteral("%1 — %2").arg(toQString(g.code), studentGroupLabel(g.code))});
    } else if (name == "indicators") {
        out.append({QString(), QCoreApplication::translate("RecordForm", "Local indicator / other")});
        for (const auto &i : indicators())
            out.append({toQString(i.code), QStringLiteral("%1 (priority %2)").arg(toQString(i.name)).arg(i.lcffPriority)});
    } else if (name == "activityAreas" || name == "activityAreasOptional") {
        if (name == "activityAreasOptional")
            out.append({qlonglong(0), QCoreApplication::translate("RecordForm", "Not tied to one activity")});
        for (int area = 1; area <= 5; ++area)
            out.append({qlonglong(area), QStringLiteral("%1. %2").arg(area).arg(activityAreaLabel(area))});
    } else if (name == "priorities") {
        for (int p = 1; p <= 8; ++p)
            out.append({qlonglong(p), QStringLiteral("%1. %2").arg(p).arg(toQString(lcffPriorityName(p)))});
    } else if (name == "evidenceTiers") {
        const char *names[] = {"Tier 1 — strong evidence", "Tier 2 — moderate evidence", "Tier 3 — promising evidence",
                               "Tier 4 — demonstrates a rationale"};
        for (int t = 1; t <= 4; ++t)
            out.append({qlonglong(t), QCoreApplication::translate("RecordForm", names[t - 1])});
    }
    return out;
}

RecordForm::RecordForm(QWidget *root, QStringList fieldNames) : m_root(root), m_fieldNames(std::move(fieldNames))
{
    fillDeclaredChoices();
    linkIndicatorToPriority();
    // An optional date's Alt+letter goes to its "set" box: the date itself takes no focus until the box
    // is ticked, so the letter would otherwise leave the keyboard where it was.
    for (auto *label : m_root->findChildren<QLabel *>())
        if (auto *date = qobject_cast<QDateEdit *>(label->buddy()))
            if (auto *set = m_root->findChild<QCheckBox *>(date->objectName() + QStringLiteral("__set")))
                label->setBuddy(set);
}

void RecordForm::linkIndicatorToPriority()
{
    // A qualifying group's Dashboard indicator belongs to one LCFF priority (Ed Code 52060(d): ELA,
    // mathematics and English learner progress to 4, chronic absenteeism and graduation to 5,
    // suspension to 6, college/career to 8): choosing the indicator chooses it. Only a choice the user
    // makes moves it (activated, not currentIndexChanged), so a stored group opens as it was saved, and
    // a local indicator leaves the priority to the user.
    auto *indicator = m_root->findChild<QComboBox *>(QStringLiteral("indicator"));
    auto *priority = m_root->findChild<QComboBox *>(QStringLiteral("priority"));
    if (!indicator || !priority || indicator->property("choices").toString() != QLatin1String("indicators"))
        return;
    QObject::connect(indicator, &QComboBox::activated, priority, [indicator, priority] {
        const auto *info = findIndicator(indicator->currentData().toString().toStdString());
        if (!info)
            return;
        if (const int at = priority->findData(qlonglong(info->lcffPriority)); at >= 0)
            priority->setCurrentIndex(at);
    });
}

namespace {

// Makes a QDateEdit take an ISO date typed as one piece, "2031-07-09": focusing the field selects its
// year, so typing replaces the date from the start; a '-' typed right after Qt has already moved
// on to the next section (it does when a section is full) is the separator the user meant, not a
// second "next section" that would put the month into the day; and Tab leaves the field, as it leaves
// every other one (QDateEdit's own Tab goes to its month, then its day, so a date typed after one Tab
// went into the month of the field the user meant to leave).
class IsoDateTyping : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QDateEdit *>(watched);
        if (!edit)
            return false;
        if (event->type() == QEvent::FocusIn) {
            // QDateTimeEdit's own focus-in first (it picks the day when Shift+Tab comes back), then the year.
            static_cast<QObject *>(edit)->event(event);
            edit->setCurrentSection(QDateTimeEdit::YearSection);
            edit->setSelectedSection(QDateTimeEdit::YearSection);
            return true;
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool tab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
                             !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
            if (tab && edit->parentWidget()) {
                // The parent moves the focus on from the field, as QWidget does for any Tab.
                QCoreApplication::sendEvent(edit->parentWidget(), key);
                return true;
            }
            if (key->text() != QLatin1String("-"))
                return false;
            const auto *line = edit->findChild<QLineEdit *>();
            const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
            if (at > 0 && line->text().at(at - 1) == QLatin1Char('-'))
                return true; // already past the separator
        }
        return false;
    }
};

} // namespace

QObject *RecordForm::isoDateTyping()
{
    static auto *filter = new IsoDateTyping(qApp);
    return filter;
}

void RecordForm::fillDeclaredChoices()
{
    for (auto *combo : m_root->findChildren<QComboBox *>()) {
        const QString name = combo->property("choices").toString();
        if (!name.isEmpty())
            setChoices(combo->objectName(), namedChoices(name));
    }
    // A date is never shown as Qt's default 2000-01-01: a required date starts at today (the record's
    // own date replaces it in setFields), and an optional date that is not set shows as empty (its
    // minimum, displayed as the special value ""), taking today when its check box is ticked.
    for (auto *edit : m_root->findChildren<QDateEdit *>()) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->installEventFilter(isoDateTyping());
    }
    for (auto *check : m_root->findChildren<QCheckBox *>()) {
        if (!check->objectName().endsWith(QLatin1String("__set")))
            continue;
        const QString field = check->objectName().chopped(5);
        if (auto *edit = m_root->findChild<QDateEdit *>(field)) {
            edit->setSpecialValueText(QStringLiteral(" "));
            const auto show = [edit](bool set) {
                edit->setEnabled(set);
                if (!set)
                    edit->setDate(edit->minimumDate());
                else if (edit->date() == edit->minimumDate())
                    edit->setDate(QDate::currentDate());
            };
            show(check->isChecked());
            QObject::connect(check, &QCheckBox::toggled, edit, show);
        }
    }
}

QWidget *RecordForm::fieldWidget(const QString &name) const { return m_root->findChild<QWidget *>(name); }

void RecordForm::setChoices(const QString &field, const QList<QPair<QVariant, QString>> &choices)
{
    auto *combo = m_root->findChild<QComboBox *>(field);
    if (!combo)
        return;
    combo->clear();
    for (const auto &[value, label] : choices)
        combo->addItem(label, value);
}

void RecordForm::setFields(const FieldMap &fields)
{
    for (const auto &[name, value] : fields) {
        QWidget *w = fieldWidget(QString::fromStdString(name));
        if (!w)
            continue;
        const QString text = QString::fromStdString(fieldValueText(value));
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setPlainText(text);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            int index = -1;
            for (int i = 0; i < combo->count(); ++i) {
                const QVariant data = combo->itemData(i);
                if (data.toString() == text || (isNull(value) && data.toString().isEmpty())) {
                    index = i;
                    break;
                }
            }
            if (index >= 0)
                combo->setCurrentIndex(index);
        } else if (auto *date = qobject_cast<QDateEdit *>(w)) {
            auto *set = m_root->findChild<QCheckBox *>(QString::fromStdString(name) + "__set");
            auto parsed = Date::parse(text.toStdString());
            if (parsed)
                date->setDate(toQDate(*parsed));
            if (set)
                set->setChecked(parsed.ok());
            if (set && !parsed)
                date->setDate(date->minimumDate()); // shown empty
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
            const double raw = text.toDouble();
            dspin->setValue(dspin->property("cents").toBool() ? raw / 100.0 : raw);
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(text.toInt());
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(text == "1");
        }
    }
}

FieldMap RecordForm::fields() const
{
    FieldMap out;
    for (const QString &name : m_fieldNames) {
        QWidget *w = fieldWidget(name);
        if (!w)
            continue;
        const std::string key = name.toStdString();
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            out[key] = line->text().trimmed().toStdString();
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            out[key] = plain->toPlainText().toStdString();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const QVariant data = combo->currentData();
            if (data.typeId() == QMetaType::LongLong || data.typeId() == QMetaType::Int)
                out[key] = std::int64_t(data.toLongLong());
            else if (!data.isValid())
                out[key] = FieldValue{};
            else
                out[key] = data.toString().toStdString();
        } else if (auto *date = qobject_cast<QDateEdit *>(w)) {
            auto *set = m_root->findChild<QCheckBox *>(name + "__set");
            if (set && !set->isChecked())
                out[key] = FieldValue{};
            else
                out[key] = fromQDate(date->date()).toString();
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
            out[key] = std::int64_t(std::llround(dspin->value() * (dspin->property("cents").toBool() ? 100.0 : 1.0)));
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            out[key] = std::int64_t(spin->value());
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            out[key] = std::int64_t(check->isChecked() ? 1 : 0);
        }
    }
    return out;
}

namespace {

// The domain's validation messages that are whole sentences of their own (domain/validation.cpp,
// domain/workflow.cpp), listed for translation in the "validation" context.
[[maybe_unused]] constexpr const char *kValidationMessages[] = {
    QT_TRANSLATE_NOOP("validation", "a case must belong to a district"),
    QT_TRANSLATE_NOOP("validation", "a school plan case must name its school"),
    QT_TRANSLATE_NOOP("validation", "expected 64 hexadecimal digits"),
    QT_TRANSLATE_NOOP("validation", "expected a number, got a value that is not finite"),
    QT_TRANSLATE_NOOP("validation", "is larger than any district budget"),
    QT_TRANSLATE_NOOP("validation", "must not be empty"),
    QT_TRANSLATE_NOOP("validation", "must not be negative"),
    QT_TRANSLATE_NOOP("validation", "record the exit date and reason before marking the school exited"),
    QT_TRANSLATE_NOOP("validation", "record the first identification (identified_on) before a later one"),
};

} // namespace

QString validationMessage(const Error &error)
{
    if (!error.phrase.empty())
        return phraseText(error.phrase);
    return QCoreApplication::translate("validation", error.message.c_str());
}

QWidget *RecordForm::showError(const Error &error)
{
    clearErrors();
    QWidget *target = error.field.empty() ? nullptr : fieldWidget(QString::fromStdString(error.field));
    if (target && !target->isVisibleTo(m_root))
        target = nullptr;
    m_errorLabel = new QLabel(m_root);
    m_errorLabel->setObjectName(QStringLiteral("validationError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
    const QString message = validationMessage(error);
    m_errorLabel->setText(target || error.field.empty() ? message : QString::fromStdString(error.field) + QStringLiteral(": ") + message);
    m_errorLabel->setAccessibleName(QCoreApplication::translate("RecordForm", "Validation error"));
    QFormLayout *form = nullptr;
    int row = -1;
    if (target) {
        // The row that holds the field, directly or in a box beside its "set" check box.
        const auto holds = [](QLayoutItem *item, QWidget *w) {
            if (!item)
                return false;
            if (item->widget())
                return item->widget() == w || item->widget()->isAncestorOf(w);
            if (auto *inner = item->layout())
                for (int i = 0; i < inner->count(); ++i)
                    if (auto *child = inner->itemAt(i)->widget(); child && (child == w || child->isAncestorOf(w)))
                        return true;
            return false;
        };
        for (auto *layout : m_root->findChildren<QFormLayout *>()) {
            for (int r = 0; r < layout->rowCount() && row < 0; ++r)
                if (holds(layout->itemAt(r, QFormLayout::FieldRole), target) ||
                    holds(layout->itemAt(r, QFormLayout::SpanningRole), target))
                    row = r;
            if (row >= 0) {
                form = layout;
                break;
            }
        }
    }
    if (form) {
        form->insertRow(row + 1, QString(), m_errorLabel);
    } else if (auto *layout = m_root->layout()) {
        if (auto *box = qobject_cast<QBoxLayout *>(layout))
            box->insertWidget(0, m_errorLabel);
        else
            layout->addWidget(m_errorLabel);
    }
    m_errorLabel->show();
    if (target) {
        m_errorWidget = target;
        target->setProperty("invalid", true);
        target->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        target->setFocus();
    }
    return target ? target : m_errorLabel;
}

void RecordForm::clearErrors()
{
    delete m_errorLabel;
    m_errorLabel = nullptr;
    if (m_errorWidget) {
        m_errorWidget->setStyleSheet(QString());
        m_errorWidget->setProperty("invalid", false);
        m_errorWidget = nullptr;
    }
}

} // namespace casebook::app
