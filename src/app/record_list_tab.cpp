// RecordListTab; see record_list_tab.h.
#include "record_list_tab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::app {

RecordListTab::RecordListTab(const QString &noun, QList<RecordColumn> columns, QWidget *parent)
    : QWidget(parent), m_model(new RecordTableModel(std::move(columns), this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("&Add %1…").arg(noun), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_layout(new QVBoxLayout(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("%1 list").arg(noun));
    m_view->installEventFilter(this);
    m_add->setAccessibleName(tr("Add %1").arg(noun));
    m_edit->setAccessibleName(tr("Edit the selected %1").arg(noun));
    m_delete->setAccessibleName(tr("Delete the selected %1").arg(noun));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_view, 2);

    connect(m_add, &QPushButton::clicked, this, [this] { if (onAdd) onAdd(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { if (onEdit && currentId()) onEdit(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { if (onDelete && currentId()) onDelete(currentId()); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { if (onEdit && currentId()) onEdit(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Columns as wide as their contents, within reason; the last one takes the rest.
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 70, 320));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged(currentId());
    });
    updateButtons();
}

Id RecordListTab::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void RecordListTab::selectId(Id id)
{
    int row = m_model->rowOf(id);
    while (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void RecordListTab::addBelow(QWidget *widget, int stretch) { m_layout->addWidget(widget, stretch); }

void RecordListTab::setAddEnabled(bool enabled) { m_add->setVisible(enabled); }
bool RecordListTab::addEnabled() const { return !m_add->isHidden(); }

void RecordListTab::updateButtons()
{
    const bool selected = currentId() != 0;
    m_edit->setEnabled(selected && onEdit);
    m_delete->setEnabled(selected && onDelete);
    m_delete->setVisible(bool(onDelete));
}

bool RecordListTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && onEdit && currentId()) {
            onEdit(currentId());
            return true;
        }
        if (key->key() == Qt::Key_Delete && onDelete && currentId()) {
            onDelete(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace casebook::app
