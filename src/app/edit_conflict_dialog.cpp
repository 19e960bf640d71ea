// EditConflictDialog; see edit_conflict_dialog.h.
#include "edit_conflict_dialog.h"

#include "domain_labels.h"
#include "field_labels.h"
#include "record_form.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebook::app {

EditConflictDialog::EditConflictDialog(const QString &noun, const QString &table, const QString &who,
                                       const QString &when, const FieldMap &read, const FieldMap &mine,
                                       const FieldMap &theirs, FieldLabels &labels, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("editConflictDialog"));
    setWindowTitle(tr("Changed by somebody else"));
    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(
        tr("<b>%1 saved this %2 at %3</b>, after you opened it. Your changes are not saved yet; "
           "nothing you typed is lost.<br>Fields changed on both sides are in bold.")
            .arg(who.toHtmlEscaped(), noun.toHtmlEscaped(), when.toHtmlEscaped()),
        this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);

    const auto valueOf = [](const FieldMap &m, const std::string &field) {
        const auto found = m.find(field);
        return found == m.end() ? FieldValue{} : found->second;
    };
    const auto shown = [&](const std::string &field, const FieldValue &v) {
        const QString text = toQString(fieldValueText(v));
        return text.isEmpty() ? tr("(empty)") : labels.value(table, toQString(field), text);
    };
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("When you opened it"), tr("Theirs, saved"), tr("Yours, typed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    for (const auto &[field, now] : theirs) {
        const FieldValue was = valueOf(read, field), typed = valueOf(mine, field);
        const bool theyChanged = now != was, iChanged = mine.contains(field) && typed != was;
        if (!theyChanged && !iChanged)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{labels.label(table, toQString(field)), shown(field, was), shown(field, now),
                                mine.contains(field) ? shown(field, typed) : tr("(not in the form)")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (theyChanged && iChanged && typed != now) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Rows as tall as their wrapped text at the columns' widths, whatever the dialog's size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    auto *merge = buttons->addButton(tr("&Merge in the form"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setToolTip(tr("Their values where only they changed a field, yours where you did; review and save again"));
    auto *mineButton = buttons->addButton(tr("&Apply mine again"), QDialogButtonBox::ApplyRole);
    mineButton->setObjectName(QStringLiteral("applyMineButton"));
    mineButton->setToolTip(tr("Save every field as you typed it, over their changes"));
    auto *theirsButton = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    theirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    theirsButton->setToolTip(tr("Close the form without saving what you typed"));
    merge->setDefault(true);
    connect(merge, &QPushButton::clicked, this, [this] { m_choice = Merge; accept(); });
    connect(mineButton, &QPushButton::clicked, this, [this] { m_choice = ApplyMine; accept(); });
    connect(theirsButton, &QPushButton::clicked, this, [this] { m_choice = KeepTheirs; reject(); });
    layout->addWidget(buttons);
    resize(880, 320);
}

} // namespace casebook::app
