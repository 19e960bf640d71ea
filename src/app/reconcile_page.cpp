// ReconcilePage; see reconcile_page.h.
#include "reconcile_page.h"
#include "domain_labels.h"
#include "record_form.h"

#include "session.h"

#include "io/findings_report.h"
#include "services/casebook.h"

#include "ui_reconcile_page.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casebook::app {

namespace {


QString priorities(const std::vector<int> &list)
{
    QStringList parts;
    for (int p : list)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

QString letter(const std::string &l, const std::vector<int> &list)
{
    return l.empty() ? ReconcilePage::tr("no letter") : ReconcilePage::tr("%1 (priorities %2)").arg(toQString(l), priorities(list));
}

// A sentence under `parent` across every column, wrapped to the view's width.
void spannedLine(QTreeWidgetItem *parent, const QString &text, const QColor &color)
{
    auto *line = new QTreeWidgetItem(parent);
    line->setText(0, text);
    line->setToolTip(0, text);
    line->setForeground(0, color);
    line->setFirstColumnSpanned(true);
}

const QColor kAgrees(0x1b, 0x5e, 0x20);
const QColor kDiffers(0xb0, 0x00, 0x20);

} // namespace

ReconcilePage::ReconcilePage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReconcilePage>()), m_session(session),
      m_stack(new QStackedWidget(this)), m_content(new QWidget(this)), m_empty(new QLabel(this))
{
    m_ui->setupUi(m_content);
    m_empty->setObjectName(QStringLiteral("reconcileEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(tr("<h2>No CDE eligibility file yet</h2>"
                        "<p>CDE publishes its own differentiated-assistance determinations each year as the "
                        "“LCFF District/COE Eligibility File” (<tt>assistancestatus24.xlsx</tt>, …): per district a "
                        "status, and per student group a letter A–K naming the priority areas the group met.</p>"
                        "<p>Import it with <b>File ▸ Import CDE eligibility file…</b> (or <tt>casebook-cli import "
                        "eligibility FILE.xlsx</tt>) to see Casebook's findings beside CDE's, district by district, "
                        "with every difference named.</p>"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    auto *header = m_ui->districts->header();
    // Fixed starting widths: the sentences below each group span every column and would widen the first.
    header->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    header->resizeSection(0, metrics.horizontalAdvance(QStringLiteral("Mariposa Creek Unified (DEMO) (0199999)")) + 40);
    header->resizeSection(1, metrics.horizontalAdvance(QStringLiteral("Differentiated Assistance Year 2")) + 24);
    header->resizeSection(2, metrics.horizontalAdvance(QStringLiteral("H (priorities 4, 5, 8)")) + 24);
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showYear();
    });
    connect(m_ui->differencesOnly, &QCheckBox::toggled, this, &ReconcilePage::showYear);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ReconcilePage::importRequested);
}

ReconcilePage::~ReconcilePage() = default;

bool ReconcilePage::showsEmptyState() const { return m_stack->currentWidget() == m_empty; }

void ReconcilePage::reload()
{
    if (!m_session->isOpen())
        return;
    const QVariant previous = m_ui->year->currentData();
    m_filling = true;
    m_ui->year->clear();
    if (auto years = m_session->casebook().officialDeterminationYears())
        for (int y : *years)
            m_ui->year->addItem(tr("%1 (Dashboard %1)").arg(y), y);
    const int index = m_ui->year->findData(previous);
    m_ui->year->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    m_stack->setCurrentWidget(m_ui->year->count() > 0 ? m_content : m_empty);
    showYear();
}

void ReconcilePage::showYear()
{
    m_ui->districts->clear();
    const int year = m_ui->year->currentData().toInt();
    if (year == 0)
        return;
    auto report = m_session->casebook().reconcile(year);
    if (!report) {
        m_ui->summary->setText(toQString(report.error().text()));
        return;
    }
    QString summary = tr("%1 of %2 compared districts agree with CDE's %3 file.")
                          .arg(report->agree)
                          .arg(report->agree + report->differ)
                          .arg(year);
    if (report->notCompared == 1)
        summary += QLatin1Char(' ') + tr("1 district not compared: no Dashboard results imported.");
    else if (report->notCompared > 1)
        summary += QLatin1Char(' ') + tr("%1 districts not compared: no Dashboard results imported.").arg(report->notCompared);
    m_ui->summary->setText(summary);
    const bool differencesOnly = m_ui->differencesOnly->isChecked();
    for (const auto &[r, name, compared] : report->districts) {
        if (differencesOnly && (!compared || r.agrees()))
            continue;
        auto *item = new QTreeWidgetItem(m_ui->districts);
        item->setText(0, QStringLiteral("%1 (%2)").arg(toQString(name), toQString(r.districtCds)));
        item->setText(1, toQString(r.cdeStatus));
        item->setText(2, !compared ? tr("no Dashboard results") : r.casebookEligible ? tr("eligible") : tr("not eligible"));
        item->setText(3, !compared ? tr("not compared")
                         : r.agrees()                  ? tr("agrees")
                         : r.differences.size() == 1   ? tr("1 difference")
                                                       : tr("%1 differences").arg(r.differences.size()));
        item->setForeground(3, !compared ? palette().color(QPalette::PlaceholderText) : r.agrees() ? kAgrees : kDiffers);
        if (!compared) {
            item->setToolTip(3, toQString(r.notes.front()));
            continue;
        }
        if (!r.statusAgrees) {
            auto *status = new QTreeWidgetItem(item);
            status->setText(0, tr("Status"));
            status->setText(1, toQString(r.cdeStatus));
            status->setText(2, r.casebookEligible ? tr("eligible") : tr("not eligible"));
            status->setText(3, tr("differs"));
            status->setForeground(3, kDiffers);
            spannedLine(status, toQString(r.differences.front()), kDiffers);
        }
        for (const auto &g : r.groups) {
            auto *group = new QTreeWidgetItem(item);
            group->setText(0, QStringLiteral("%1 (%2)").arg(studentGroupLabel(g.studentGroup), toQString(g.studentGroup)));
            group->setText(1, letter(g.cdeLetter, g.cdePriorities));
            group->setText(2, letter(g.casebookLetter, g.casebookPriorities));
            group->setText(3, g.agrees ? tr("agrees") : tr("differs"));
            group->setForeground(3, g.agrees ? kAgrees : kDiffers);
            if (!g.agrees) // the sentence in full, on a line of its own below the group
                spannedLine(group, toQString(g.detail), kDiffers);
        }
        for (const auto &n : r.notes)
            spannedLine(item, tr("Note: %1").arg(toQString(n)), palette().color(QPalette::Text));
        item->setExpanded(!r.agrees());
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setExpanded(true);
    }
}

} // namespace casebook::app
