// FindingsPage; see findings_page.h.
#include "findings_page.h"
#include "record_dialog.h"
#include "record_form.h"

#include "services/casebook.h"

#include "session.h"

#include "domain/codes.h"
#include "io/findings_report.h"

#include "ui_findings_page.h"
#include "ui_case_from_findings_form.h"
#include "ui_local_indicators_dialog.h"

#include <QHeaderView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::app {

namespace {


// The Dashboard's colours, lowest to highest, with text that stays readable on them.
QColor colorFor(int level)
{
    switch (level) {
    case 1: return QColor(0xc6, 0x28, 0x28);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0xf9, 0xc7, 0x4f);
    case 4: return QColor(0x2e, 0x7d, 0x32);
    case 5: return QColor(0x15, 0x65, 0xc0);
    default: return {};
    }
}

std::string districtCdsOf(const std::string &cds14) { return cds14.substr(0, 7); }

} // namespace

FindingsPage::FindingsPage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FindingsPage>()), m_session(session),
      m_stack(new QStackedWidget(this)), m_content(new QWidget(this)), m_empty(new QLabel(this))
{
    m_ui->setupUi(m_content);
    m_empty->setObjectName(QStringLiteral("findingsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(tr("<h2>No Dashboard results yet</h2>"
                        "<p>Findings come from the California School Dashboard's data files, which CDE publishes "
                        "each December as one tab-delimited file per indicator (<tt>eladownload2025.txt</tt>, "
                        "<tt>chronicdownload2025.txt</tt>, …).</p>"
                        "<p>Import them with <b>File ▸ Import Dashboard files…</b> (or "
                        "<tt>casebook-cli import dashboard FILE…</tt>) to see your district's student groups by "
                        "indicator and whether the district qualifies for differentiated assistance.</p>"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_ui->grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->splitter->setSizes({420, 260});
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillYears();
    });
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showResults();
    });
    connect(m_ui->createCaseButton, &QPushButton::clicked, this, [this] {
        if (const Id id = createRequiredCase())
            emit caseCreated(id);
    });
    connect(m_ui->localButton, &QPushButton::clicked, this, &FindingsPage::editLocalIndicators);
}

FindingsPage::~FindingsPage() = default;

bool FindingsPage::showsEmptyState() const { return m_stack->currentWidget() == m_empty; }

void FindingsPage::reload()
{
    if (!m_session->isOpen())
        return;
    fillScopes();
}

void FindingsPage::fillScopes()
{
    const QVariant previous = m_ui->scope->currentData();
    m_filling = true;
    m_ui->scope->clear();
    bool anyResults = false;
    if (auto districts = m_session->casebook().listAll<District>("name")) {
        for (const auto &d : *districts) {
            const std::string cds = districtLevelCds(d.cds);
            auto years = m_session->casebook().dashboardYears(cds);
            anyResults = anyResults || (years && !years->empty());
            m_ui->scope->addItem(tr("District: %1").arg(toQString(d.name)), QString::fromStdString(cds));
            if (auto schools = m_session->casebook().listWhere<School>("district_id", d.id, "name"))
                for (const auto &s : *schools) {
                    auto schoolYears = m_session->casebook().dashboardYears(s.cds);
                    anyResults = anyResults || (schoolYears && !schoolYears->empty());
                    m_ui->scope->addItem(tr("School: %1").arg(toQString(s.name)), QString::fromStdString(s.cds));
                }
        }
    }
    const int index = m_ui->scope->findData(previous);
    m_ui->scope->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    m_stack->setCurrentWidget(anyResults ? m_content : m_empty);
    if (anyResults)
        fillYears();
}

void FindingsPage::fillYears()
{
    const QVariant previous = m_ui->year->currentData();
    m_filling = true;
    m_ui->year->clear();
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    if (auto years = m_session->casebook().dashboardYears(cds))
        for (int y : *years)
            m_ui->year->addItem(tr("%1 Dashboard").arg(y), y);
    const int index = m_ui->year->findData(previous);
    m_ui->year->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    showResults();
}

void FindingsPage::showResults()
{
    m_determination.reset();
    m_ui->grid->clear();
    m_ui->grid->setRowCount(0);
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    const int year = m_ui->year->currentData().toInt();
    const bool district = isDistrictLevelCds(cds);
    m_ui->createCaseButton->setEnabled(false);
    m_ui->localButton->setEnabled(district);
    if (year == 0) {
        m_ui->determination->setHtml(tr("<p>No Dashboard results for this %1 yet.</p>")
                                         .arg(district ? tr("district") : tr("school")));
        return;
    }
    auto results = m_session->casebook().dashboardResults(cds, year);
    if (!results) {
        m_ui->determination->setPlainText(QString::fromStdString(results.error().text()));
        return;
    }
    auto rules = rulesForYear(year);
    const bool statusOnly = rules && (*rules)->statusOnly;

    // The grid: student groups (in the Dashboard's order) × indicators.
    // Every code the results carry has a row: the student groups, then the populations CDE reports
    // beside them (SBA, CAA), then any code Casebook does not know, by its code.
    std::vector<std::string> groups;
    const auto carried = [&](std::string_view code) {
        return std::any_of(results->begin(), results->end(), [&](const auto &r) { return r.studentGroup == code; });
    };
    for (const auto table : {studentGroups(), reportedPopulations()})
        for (const auto &g : table)
            if (carried(g.code))
                groups.emplace_back(g.code);
    for (const auto &r : *results)
        if (std::find(groups.begin(), groups.end(), r.studentGroup) == groups.end())
            groups.push_back(r.studentGroup);
    const auto inds = indicators();
    m_ui->grid->setColumnCount(int(inds.size()));
    m_ui->grid->setRowCount(int(groups.size()));
    QStringList headers, rowHeaders;
    for (const auto &i : inds) {
        QString name = toQString(indicatorShortName(i.indicator));
        if (name.size() > 12) // two lines rather than a clipped header
            name.replace(name.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
        headers << name;
    }
    for (const auto &g : groups)
        rowHeaders << toQString(studentGroupName(g));
    m_ui->grid->setHorizontalHeaderLabels(headers);
    m_ui->grid->setVerticalHeaderLabels(rowHeaders);
    for (const auto &r : *results) {
        const auto row = std::find(groups.begin(), groups.end(), r.studentGroup) - groups.begin();
        const auto col = std::find_if(inds.begin(), inds.end(), [&](const auto &i) { return i.indicator == r.indicator; }) -
                         inds.begin();
        QString text = QString::fromStdString(performanceLabel(r, statusOnly));
        if (text.isEmpty())
            text = tr("No colour");
        if (r.currStatus)
            text += QStringLiteral(" · %1").arg(*r.currStatus, 0, 'f', 1);
        if (r.currDenom)
            text += tr(" (n=%1)").arg(*r.currDenom);
        auto *item = new QTableWidgetItem(text);
        const int level = statusOnly ? 0 : r.color.value_or(0);
        if (level > 0) {
            item->setBackground(colorFor(level));
            item->setForeground(level == 3 ? Qt::black : Qt::white);
        }
        item->setToolTip(tr("%1, %2: %3").arg(rowHeaders[int(row)], headers[int(col)].simplified(), text));
        m_ui->grid->setItem(int(row), int(col), item);
    }

    // The determination (districts) and the other findings.
    QString html;
    if (district) {
        auto locals = m_session->casebook().localIndicators(districtCdsOf(cds), year);
        auto calpads = m_session->casebook().calpadsLate(districtCdsOf(cds), year);
        auto d = determineEligibility(districtCdsOf(cds), year, *results,
                                      locals ? *locals : std::vector<LocalIndicator>{}, calpads ? *calpads : std::nullopt);
        if (d) {
            m_determination = *d;
            html += d->eligible ? tr("<h3 style='color:#b00020'>Eligible for differentiated assistance (%1 Dashboard)</h3>")
                                      .arg(year)
                                : tr("<h3>Not eligible for differentiated assistance (%1 Dashboard)</h3>").arg(year);
            for (const auto &g : d->grounds)
                html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(g).toHtmlEscaped());
            const auto groupList = [&](const QString &title, bool qualifying) {
                QString items;
                for (const auto &g : d->groups)
                    if (g.qualifies == qualifying)
                        items += QStringLiteral("<li>%1%2</li>")
                                     .arg(QString::fromStdString(g.explanation).toHtmlEscaped(),
                                          g.letter.empty() ? QString() : tr(" — CDE letter %1").arg(toQString(g.letter)));
                if (!items.isEmpty())
                    html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(title, items);
            };
            groupList(tr("Qualifying student groups (criteria met in two or more priorities):"), true);
            groupList(tr("Student groups meeting the criteria in one priority only (not qualifying):"), false);
            if (auto referral = m_session->casebook().referral(districtCdsOf(cds), year))
                html += tr("<p><b>CCEE referral (Ed Code 52072(a)):</b> %1</p>")
                            .arg(QString::fromStdString(referral->explanation).toHtmlEscaped());
            html += tr("<p><i>Source: %1</i></p>").arg(QString::fromStdString(d->source).toHtmlEscaped());
            m_ui->createCaseButton->setEnabled(d->eligible);
        } else {
            html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(d.error().text()).toHtmlEscaped());
        }
    }
    const bool charter = std::any_of(results->begin(), results->end(), [](const auto &r) { return r.charter; });
    if (!district && charter) {
        if (auto c = m_session->casebook().charterYear(cds, year)) {
            html += !c->decided ? tr("<h3>Charter school: not decided yet (%1 Dashboard)</h3>").arg(year)
                    : c->eligible
                        ? tr("<h3 style='color:#b00020'>Charter school eligible for differentiated assistance (%1 "
                             "Dashboard)</h3>")
                              .arg(year)
                        : tr("<h3>Charter school not eligible for differentiated assistance (%1 Dashboard)</h3>").arg(year);
            html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(c->explanation).toHtmlEscaped());
            for (const auto *d : {&c->current, c->prior ? &*c->prior : nullptr}) {
                if (!d || d->groups.empty())
                    continue;
                html += tr("<p><b>Student groups meeting criteria, %1 Dashboard:</b></p><ul>").arg(d->year);
                for (const auto &g : d->groups)
                    html += QStringLiteral("<li>%1%2</li>")
                                .arg(QString::fromStdString(g.explanation).toHtmlEscaped(),
                                     g.qualifies ? tr(" — qualifies") : QString());
                html += QStringLiteral("</ul>");
            }
        } else {
            html += QStringLiteral("<p>%1</p>").arg(QString::fromStdString(c.error().text()).toHtmlEscaped());
        }
    } else if (!district) {
        html += tr("<p>A district school: its students are counted in the district's determination. Below are the "
                   "school's own findings.</p>");
    }
    const DashboardFindings findings = findDashboardFindings(year, *results);
    const auto list = [&](const QString &title, const std::vector<GroupIndicatorFinding> &items) {
        if (items.empty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(title);
        for (const auto &f : items)
            html += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(f.text).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    };
    list(tr("Low-performing student groups"), findings.lowPerforming);
    list(tr("Disparities: two or more performance levels below all students (the district's practice in Casebook, "
            "not a statutory definition)"),
         findings.disparities);
    m_ui->determination->setHtml(html);
}

std::vector<QualifyingGroup> FindingsPage::qualifyingGroups() const
{
    return m_determination ? qualifyingGroupRecords(*m_determination) : std::vector<QualifyingGroup>{};
}

Id FindingsPage::createRequiredCase()
{
    if (!m_determination || !m_determination->eligible)
        return 0;
    // The proposal is the service's (the CLI's `from-findings` computes the same one); the form lets
    // the user give the facts of the county's letter and untick a group the letter does not name.
    services::FindingsCaseRequest request;
    request.districtCds = m_determination->districtCds;
    request.year = m_determination->year;
    request.openedOn = m_session->today();
    auto proposal = m_session->casebook().proposeCaseFromFindings(request);
    if (!proposal) {
        QMessageBox::warning(this, tr("Cannot create the case"), QString::fromStdString(proposal.error().text()));
        return 0;
    }
    proposal->caseRecord.title = tr("Differentiated assistance — %1 Dashboard").arg(request.year).toStdString();

    auto dialog = makeRecordDialog<Ui::CaseFromFindingsForm, Case>(tr("Create required-assistance case"), this);
    dialog->setObjectName(QStringLiteral("caseFromFindingsDialog"));
    QWidget *form = dialog->formWidget();
    form->findChild<QLabel *>(QStringLiteral("summaryLabel"))
        ->setText(tr("<p>A required technical-assistance case for <b>%1</b>, identified on the %2 Dashboard (%3). "
                     "The two-year minimum runs from the identification date (Ed Code 52071(c)(1)): record it as "
                     "CDE's determination or the County Superintendent's letter gives it.</p>")
                      .arg(toQString(proposal->districtName).toHtmlEscaped())
                      .arg(request.year)
                      .arg(toQString(proposal->determination.source).toHtmlEscaped()));
    auto *groupList = form->findChild<QListWidget *>(QStringLiteral("groups"));
    for (std::size_t i = 0; i < proposal->groups.size(); ++i) {
        const auto &g = proposal->groups[i];
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (priority %3)")
                .arg(toQString(studentGroupName(g.studentGroup)),
                     g.indicator.empty() ? tr("local indicator") : toQString(findIndicator(g.indicator)->name))
                .arg(g.priority),
            groupList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked); // every group that made the district eligible, preselected
        item->setData(Qt::UserRole, qulonglong(i));
    }
    groupList->setWordWrap(true);
    groupList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // whole names, wrapped, never cut
    groupList->setMinimumHeight(std::min<int>(int(proposal->groups.size()), 8) * groupList->fontMetrics().height() + 12);
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
        if (auto *ok = buttons->button(QDialogButtonBox::Ok))
            ok->setText(tr("&Create case"));
    dialog->setMinimumWidth(720);
    dialog->form().setFields(toFields(proposal->caseRecord));
    Id created = 0;
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto c = fromFields<Case>(fields, proposal->caseRecord);
        if (!c)
            return c.error();
        services::FindingsCaseProposal chosen = *proposal;
        chosen.caseRecord = *c;
        chosen.groups.clear();
        for (int row = 0; row < groupList->count(); ++row)
            if (groupList->item(row)->checkState() == Qt::Checked)
                chosen.groups.push_back(proposal->groups[groupList->item(row)->data(Qt::UserRole).toULongLong()]);
        if (chosen.groups.empty())
            return Error::badInput("groups", tr("a required-assistance case names at least one qualifying group")
                                                 .toStdString());
        // The district as the Dashboard files name it (when the casebook does not hold it yet), the
        // case, its activities and groups: one transaction, one undo step.
        auto stored = m_session->openCaseFromFindings(chosen);
        if (!stored)
            return stored.error();
        created = stored->id;
        return {};
    });
    dialog->exec();
    return created;
}

void FindingsPage::editLocalIndicators()
{
    const std::string cds = m_ui->scope->currentData().toString().toStdString();
    const int year = m_ui->year->currentData().toInt();
    if (cds.size() != 14 || year == 0)
        return;
    const std::string district = districtCdsOf(cds);
    QDialog dialog(this);
    Ui::LocalIndicatorsDialog ui;
    ui.setupUi(&dialog);
    dialog.setWindowTitle(tr("Local indicators, %1 Dashboard").arg(year));
    const std::pair<int, QComboBox *> combos[] = {{1, ui.priority1}, {2, ui.priority2}, {3, ui.priority3},
                                                  {6, ui.priority6}, {7, ui.priority7}};
    auto stored = m_session->casebook().localIndicators(district, year);
    for (const auto &[priority, combo] : combos) {
        combo->addItem(tr("Not entered"), QString());
        for (const auto &e : EnumTraits<LocalIndicatorStatus>::entries())
            combo->addItem(toQString(e.label), toQString(e.code));
        if (stored)
            for (const auto &li : *stored)
                if (li.priority == priority)
                    combo->setCurrentIndex(combo->findData(toQString(enumCode(li.status))));
    }
    auto calpads = m_session->casebook().calpadsLate(district, year);
    ui.calpadsLate->setChecked(calpads && calpads->value_or(false));
    connect(ui.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(ui.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const auto status = [&]() -> Status {
            std::vector<LocalIndicator> indicators;
            for (const auto &[priority, combo] : combos) {
                const QString code = combo->currentData().toString();
                if (code.isEmpty())
                    continue;
                auto parsed = parseEnum<LocalIndicatorStatus>(code.toStdString(), "status");
                if (!parsed)
                    return parsed.error();
                indicators.push_back(LocalIndicator{district, year, priority, *parsed});
            }
            return m_session->casebook().recordLocalData(
                indicators, services::CalpadsReport{district, year, ui.calpadsLate->isChecked()});
        }();
        if (!status) {
            ui.errorLabel->setText(QString::fromStdString(status.error().text()));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        showResults();
}

} // namespace casebook::app
