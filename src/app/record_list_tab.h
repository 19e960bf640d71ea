// RecordListTab: a table of one kind of record on a case page, with Add / Edit / Delete buttons
// and keyboard access (Enter edits, Delete deletes). What the buttons do is given by the case page.
#pragma once

#include "record_table_model.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QVBoxLayout;

namespace casebook::app {

class RecordListTab : public QWidget
{
    Q_OBJECT

public:
    RecordListTab(const QString &noun, QList<RecordColumn> columns, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    Id currentId() const;
    void selectId(Id id);
    // Extra widgets below the table (the attachments of the selected record); `stretch` as for a
    // QBoxLayout, against the table's 2.
    void addBelow(QWidget *widget, int stretch = 0);
    void setAddEnabled(bool enabled);
    bool addEnabled() const;

    std::function<void()> onAdd;
    std::function<void(Id)> onEdit;
    std::function<void(Id)> onDelete;

signals:
    void currentChanged(Id id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    RecordTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QVBoxLayout *m_layout;
};

} // namespace casebook::app
