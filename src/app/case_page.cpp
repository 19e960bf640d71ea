// CasePage; see case_page.h.
#include "case_page.h"
#include "record_form.h"
#include "domain_labels.h"

#include "attachment_panel.h"
#include "audit_table_model.h"
#include "communication_reader.h"
#include "edit_conflict_dialog.h"
#include "field_labels.h"
#include "record_dialog.h"
#include "record_list_tab.h"
#include "session.h"

#include "services/record_defaults.h"
#include "services/casebook.h"

#include "domain/codes.h"
#include "domain/merge.h"
#include "io/audit_text.h"
#include "io/paths.h"
#include "domain/validation.h"
#include "domain/workflow.h"

#include <QFormLayout>
#include <QLabel>

#include "ui_activity_form.h"
#include "ui_case_form.h"
#include "ui_case_page.h"
#include "ui_communication_form.h"
#include "ui_documentation_item_form.h"
#include "ui_intervention_form.h"
#include "ui_monitoring_review_form.h"
#include "ui_partner_form.h"
#include "ui_qualifying_group_form.h"
#include "ui_recommendation_form.h"
#include "ui_scheduled_contact_form.h"
#include "ui_spi_action_form.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>


namespace casebook::app {

namespace {

QString esc(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }

RecordColumn activityAreaColumn()
{
    return {QObject::tr("Activity"), [](const FieldMap &f, int role) -> QVariant {
                if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
                    return {};
                const int area = int(std::get<std::int64_t>(f.at("area")));
                return role == Qt::ToolTipRole ? toQString(activityAreaDescription(area))
                                               : QStringLiteral("%1. %2").arg(area).arg(activityAreaLabel(area));
            }};
}

RecordColumn onTimeColumn()
{
    return {QObject::tr("On time"), [](const FieldMap &f, int role) -> QVariant {
                if (role != Qt::DisplayRole)
                    return {};
                const auto &submitted = f.at("submitted_on");
                if (isNull(submitted))
                    return QObject::tr("Not submitted");
                return fieldValueText(submitted) <= fieldValueText(f.at("due_on")) ? QObject::tr("On time")
                                                                                   : QObject::tr("Late");
            }};
}

} // namespace

CasePage::CasePage(CasebookSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CasePage>()), m_session(session), m_audit(new AuditTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->moveButton->setMenu(new QMenu(m_ui->moveButton));
    connect(m_ui->editButton, &QPushButton::clicked, this, &CasePage::editCase);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CasePage::deleteCase);
    connect(m_ui->overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QStringLiteral("exit:record"))
            recordCdeExit();
        else
            emit policyLinkActivated(url.fragment().isEmpty() ? url.toString() : url.fragment());
    });
    buildTabs();
}

CasePage::~CasePage() = default;

RecordListTab *CasePage::addListTab(const QString &objectName, const QString &title, const QString &noun,
                                    QList<RecordColumn> columns)
{
    auto *tab = new RecordListTab(noun, std::move(columns), this);
    tab->hide(); // shown when updateTabs() puts it in the tab widget
    tab->setObjectName(objectName);
    tab->setProperty("tabTitle", title);
    m_tabs.append(tab);
    return tab;
}

RecordListTab *CasePage::tab(const QString &objectName) const
{
    for (auto *t : m_tabs)
        if (t->objectName() == objectName)
            return t;
    return nullptr;
}

template <typename T, typename Ui>
void CasePage::editRecord(const std::optional<T> &before, const T &initial, const QString &noun, const QString &title)
{
    auto dialog = makeRecordDialog<Ui, T>(title, this);
    dialog->setObjectName(QStringLiteral("recordDialog"));
    if constexpr (std::is_same_v<T, Communication>)
        offerScheduledContacts(*dialog, initial);
    AttachmentPanel *files = nullptr; // a documentation item's files are attached in its dialog
    if constexpr (std::is_same_v<T, DocumentationItem>) {
        files = new AttachmentPanel(m_session, dialog.get());
        files->setObjectName(QStringLiteral("dialogAttachments"));
        files->setOwner(m_caseId, AttachmentOwner::DocumentationItem, before ? before->id : 0);
        files->setStaging(true);
        static_cast<QBoxLayout *>(dialog->layout())->insertWidget(1, files);
    }
    dialog->form().setFields(toFields(initial));
    std::optional<T> read = before; // what the next save is checked against (theirs after a merge)
    T base = initial;               // the fields the form does not show
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto record = fromFields<T>(fields, base);
        if (!record)
            return record.error();
        auto saved = [&]() -> Result<T> {
            if constexpr (std::is_same_v<T, DocumentationItem>) // one step with its files
                return m_session->saveWithFiles<T>(*record, files->stagedFiles(), title, read);
            else
                return m_session->save<T>(read, *record, title);
        }();
        if (!saved && services::isEditConflict(saved.error()) && read)
            return settleConflict<T>(*dialog, noun, read, base, *record, saved.error(), title);
        if (!saved)
            return saved.error();
        return {};
    });
    dialog->exec();
}

template <typename T>
Status CasePage::settleConflict(RecordDialog &dialog, const QString &noun, std::optional<T> &read, T &base,
                                const T &mine, const Error &refusal, const QString &title)
{
    services::Casebook &casebook = m_session->casebook();
    auto theirs = casebook.get<T>(mine.id);
    if (!theirs) // deleted meanwhile: the refusal names who and when; the form keeps what was typed
        return Error::conflict({}, refusal.message + tr("; what you typed is still in this form").toStdString());
    auto version = casebook.rowVersion<T>(mine.id);
    auto settings = casebook.calendarSettings();
    const QString who = version ? toQString(version->by) : tr("Somebody");
    const QString when =
        version ? toQString(io::localTime(version->atUtc, settings ? settings->timeZone : std::string(io::kDefaultTimeZone))) : QString();
    const FieldMap readFields = toFields(*read), theirFields = toFields(*theirs), typed = dialog.form().fields();
    FieldLabels labels;
    EditConflictDialog ask(noun, toQString(RecordTraits<T>::table), who, when, readFields, typed, theirFields, labels,
                           &dialog);
    ask.exec();
    switch (ask.choice()) {
    case EditConflictDialog::KeepTheirs:
        return {}; // the form closes; the page shows their values
    case EditConflictDialog::ApplyMine:
        if (auto saved = m_session->overwrite<T>(mine, title); !saved)
            return saved.error();
        return {};
    case EditConflictDialog::Merge:
        break;
    }
    const FieldMerge merge = mergeFields(readFields, typed, theirFields);
    dialog.form().setFields(merge.merged);
    read = *theirs;
    base = *theirs;
    return Error::conflict(merge.bothChanged.empty() ? std::string() : merge.bothChanged.front(),
                           tr("Merged with %1's changes. Fields you both changed keep your value; review and save again.")
                               .arg(who)
                               .toStdString());
}

void CasePage::offerScheduledContacts(RecordDialog &dialog, const Communication &initial)
{
    QList<QPair<QVariant, QString>> choices{{QVariant(), tr("None")}};
    if (m_bundle)
        for (const auto &contact : m_bundle->scheduledContacts)
            choices.append({qlonglong(contact.id), scheduledContactText(contact)});
    dialog.form().setChoices(QStringLiteral("scheduled_contact_id"), choices);
    // Only a case with set dates has contacts to answer; the row stays for one already named.
    const bool offered = choices.size() > 1 || initial.scheduledContactId.has_value();
    if (auto *layout = dialog.formWidget()->findChild<QFormLayout *>())
        if (auto *label = dialog.formWidget()->findChild<QLabel *>(QStringLiteral("scheduled_contact_id__label")))
            layout->setRowVisible(label, offered);
}

template <typename T, typename Ui>
void CasePage::wire(RecordListTab *tab, const QString &noun, std::function<T()> makeNew)
{
    tab->onAdd = [this, noun, makeNew] { editRecord<T, Ui>(std::nullopt, makeNew(), noun, tr("New %1").arg(noun)); };
    tab->onEdit = [this, noun](Id id) {
        auto record = m_session->casebook().get<T>(id);
        if (record)
            editRecord<T, Ui>(*record, *record, noun, tr("Edit %1").arg(noun));
    };
    tab->onDelete = [this, noun](Id id) {
        auto record = m_session->casebook().get<T>(id);
        if (!record)
            return;
        if (QMessageBox::question(this, tr("Delete %1").arg(noun),
                                  tr("Delete this %1? You can undo it with Edit ▸ Undo.").arg(noun)) != QMessageBox::Yes)
            return;
        if (auto s = m_session->removeRecord(*record, tr("Delete %1").arg(noun)); !s)
            QMessageBox::warning(this, tr("Cannot delete"), toQString(s.error().text()));
    };
}

void CasePage::buildTabs()
{
    const auto caseId = [this] { return m_caseId; };
    const auto today = [this] { return m_session->today(); };

    auto *groups = addListTab("groupsTab", tr("Groups"), tr("group"),
                              {choiceColumn(tr("Student group"), "student_group", QStringLiteral("studentGroups")),
                               choiceColumn(tr("Indicator"), "indicator", QStringLiteral("indicators")),
                               choiceColumn(tr("LCFF priority"), "priority", QStringLiteral("priorities"))});
    wire<QualifyingGroup, Ui::QualifyingGroupForm>(groups, tr("qualifying group"), [=] { return services::newRecord<QualifyingGroup>(caseId(), today()); });

    auto *activities = addListTab("activitiesTab", tr("Activities 1–5"), tr("activity"),
                                  {activityAreaColumn(), textColumn(tr("Owner"), "owner"),
                                   enumColumn<ActivityStatus>(tr("Status"), "status"), dateColumn(tr("Due"), "due_on"),
                                   dateColumn(tr("Completed"), "completed_on"),
                                   documentedByColumn(), textColumn(tr("Evidence"), "evidence")});
    wire<Activity, Ui::ActivityForm>(activities, tr("activity"), [=] { return services::newRecord<Activity>(caseId(), today()); });
    activities->setAddEnabled(false);
    activities->onDelete = nullptr; // the five areas of Ed Code 52071 always exist

    // Newest first (reload() gives them so), with the selected one in full in a reading pane below.
    auto *communications = addListTab("communicationsTab", tr("Communications"), tr("communication"),
                                      {dateColumn(tr("Date"), "occurred_on"),
                                       enumColumn<CommunicationDirection>(tr("Direction"), "direction"),
                                       enumColumn<CommunicationMode>(tr("Mode"), "mode"),
                                       textColumn(tr("Subject"), "subject"),
                                       textColumn(tr("Participants"), "participants"), answersColumn(),
                                       textColumn(tr("Summary"), "summary")});
    wire<Communication, Ui::CommunicationForm>(communications, tr("communication"), [=] { return services::newRecord<Communication>(caseId(), today()); });
    m_communicationReader = new CommunicationReader(communications);
    // The list and the reading pane share the height two to one (on a 640-pixel screen the list had kept a
    // single row beside the pane's own wish for 190 pixels).
    communications->addBelow(m_communicationReader, 1);
    m_communicationFiles = new AttachmentPanel(m_session, communications);
    communications->addBelow(m_communicationFiles);
    connect(communications, &RecordListTab::currentChanged, this, [this](Id id) {
        m_communicationFiles->setOwner(m_caseId, AttachmentOwner::Communication, id);
        showSelectedCommunication(id);
    });

    auto *contacts = addListTab("scheduleTab", tr("Scheduled contacts"), tr("scheduled contact"),
                                {dateColumn(tr("Due"), "due_on"), textColumn(tr("Purpose"), "purpose")});
    wire<ScheduledContact, Ui::ScheduledContactForm>(contacts, tr("scheduled contact"), [=] { return services::newRecord<ScheduledContact>(caseId(), today()); });

    auto *documents = addListTab("documentationTab", tr("Documentation"), tr("documentation item"),
                                 {attachmentCountColumn(AttachmentOwner::DocumentationItem),
                                  textColumn(tr("Title"), "title"), dateColumn(tr("Due"), "due_on"),
                                  dateColumn(tr("Submitted"), "submitted_on"), onTimeColumn(),
                                  textColumn(tr("Recipient"), "recipient")});
    wire<DocumentationItem, Ui::DocumentationItemForm>(documents, tr("documentation item"), [=] { return services::newRecord<DocumentationItem>(caseId(), today()); });
    m_documentFiles = new AttachmentPanel(m_session, documents);
    documents->addBelow(m_documentFiles);
    connect(documents, &RecordListTab::currentChanged, this,
            [this](Id id) { m_documentFiles->setOwner(m_caseId, AttachmentOwner::DocumentationItem, id); });

    auto *partners = addListTab("partnersTab", tr("Partners"), tr("partner"),
                                {enumColumn<PartnerType>(tr("Type"), "type"), textColumn(tr("Name"), "name"),
                                 textColumn(tr("Scope"), "scope"), moneyColumn(tr("Cost"), "cost_cents"),
                                 dateColumn(tr("Start"), "start_on"), dateColumn(tr("End"), "end_on")});
    wire<Partner, Ui::PartnerForm>(partners, tr("partner"), [=] { return services::newRecord<Partner>(caseId(), today()); });

    auto *recommendations = addListTab("recommendationsTab", tr("CCEE"), tr("recommendation"),
                                       {dateColumn(tr("Received"), "received_on"), textColumn(tr("Recommendation"), "text"),
                                        enumColumn<Consideration>(tr("Consideration"), "consideration"),
                                        textColumn(tr("Rationale"), "rationale"), textColumn(tr("LCAP goal"), "lcap_goal")});
    wire<CceeRecommendation, Ui::RecommendationForm>(recommendations, tr("CCEE recommendation"), [=] { return services::newRecord<CceeRecommendation>(caseId(), today()); });

    auto *actions = addListTab("spiActionsTab", tr("SPI actions"), tr("action"),
                               {enumColumn<SpiActionKind>(tr("Action"), "kind"), textColumn(tr("Description"), "description"),
                                enumColumn<ActionStatus>(tr("Status"), "status"),
                                RecordColumn{tr("State Board approval"),
                                             [](const FieldMap &f, int role) -> QVariant {
                                                 if (role != Qt::DisplayRole)
                                                     return {};
                                                 const auto it = f.find("sbe_approved_on");
                                                 // Ed Code 52072.1(c): each action with the State Board's approval.
                                                 return it == f.end() || isNull(it->second)
                                                            ? tr("awaiting")
                                                            : QString::fromStdString(fieldValueText(it->second));
                                             }},
                                dateColumn(tr("Due"), "due_on"),
                                dateColumn(tr("Completed"), "completed_on"), textColumn(tr("Outcome"), "outcome")});
    wire<SpiAction, Ui::SpiActionForm>(actions, tr("SPI action"), [=] { return services::newRecord<SpiAction>(caseId(), today()); });

    auto *interventions = addListTab("interventionsTab", tr("Interventions"), tr("intervention"),
                                     {textColumn(tr("Intervention"), "description"),
                                      textColumn(tr("ESSA tier"), "evidence_tier"),
                                      textColumn(tr("Target group"), "target_group"), moneyColumn(tr("Cost"), "cost_cents")});
    wire<Intervention, Ui::InterventionForm>(interventions, tr("intervention"), [=] { return services::newRecord<Intervention>(caseId(), today()); });

    auto *reviews = addListTab("monitoringTab", tr("Monitoring"), tr("review"),
                               {dateColumn(tr("Due"), "due_on"), dateColumn(tr("Held"), "held_on"),
                                textColumn(tr("Outcome"), "outcome")});
    wire<MonitoringReview, Ui::MonitoringReviewForm>(reviews, tr("monitoring review"), [=] { return services::newRecord<MonitoringReview>(caseId(), today()); });

    m_caseFilesTab = new QWidget(this);
    m_caseFilesTab->hide();
    m_caseFilesTab->setObjectName(QStringLiteral("caseFilesTab"));
    auto *filesLayout = new QVBoxLayout(m_caseFilesTab);
    m_caseFiles = new AttachmentPanel(m_session, m_caseFilesTab);
    filesLayout->addWidget(m_caseFiles);
    filesLayout->addStretch();

    m_historyTab = new QWidget(this);
    m_historyTab->hide();
    m_historyTab->setObjectName(QStringLiteral("historyTab"));
    auto *historyLayout = new QVBoxLayout(m_historyTab);
    m_history = new QTableView(m_historyTab);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Audit trail of the case"));
    m_history->setModel(m_audit);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setWordWrap(false);
    m_history->setColumnWidth(AuditTableModel::When, 150);
    m_history->setColumnWidth(AuditTableModel::Record, 170);
    historyLayout->addWidget(m_history);
}

void CasePage::showCase(Id caseId)
{
    m_caseId = caseId;
    m_ui->tabs->setCurrentIndex(0);
    reload();
}

void CasePage::reload()
{
    if (!m_session->isOpen() || m_caseId == 0)
        return;
    auto bundle = m_session->casebook().caseBundle(m_caseId);
    if (!bundle) {
        m_bundle.reset();
        m_caseId = 0;
        emit caseDeleted();
        return;
    }
    m_bundle = std::move(*bundle);
    const auto &b = *m_bundle;
    const auto keep = [](RecordListTab *t) { return t->currentId(); };
    struct Keep {
        RecordListTab *tab;
        Id id;
    };
    QList<Keep> selections;
    for (auto *t : m_tabs)
        selections.append({t, keep(t)});
    tab("groupsTab")->model()->setRecords(b.qualifyingGroups);
    tab("activitiesTab")->model()->setRecords(b.activities);
    tab("communicationsTab")->model()->setRecords(
        std::vector<Communication>(b.communications.rbegin(), b.communications.rend())); // newest first
    tab("scheduleTab")->model()->setRecords(b.scheduledContacts);
    tab("documentationTab")->model()->setRecords(b.documentationItems);
    tab("partnersTab")->model()->setRecords(b.partners);
    tab("recommendationsTab")->model()->setRecords(b.recommendations);
    tab("spiActionsTab")->model()->setRecords(b.spiActions);
    tab("interventionsTab")->model()->setRecords(b.interventions);
    tab("monitoringTab")->model()->setRecords(b.monitoringReviews);
    for (const auto &k : selections)
        if (k.id)
            k.tab->selectId(k.id);
    m_communicationFiles->setOwner(m_caseId, AttachmentOwner::Communication, tab("communicationsTab")->currentId());
    showSelectedCommunication(tab("communicationsTab")->currentId());
    // The scheduled contact a communication answers: a column only where the case has such contacts.
    auto *communicationList = tab("communicationsTab");
    for (int c = 0; c < communicationList->model()->columnCount(); ++c)
        if (communicationList->model()->headerData(c, Qt::Horizontal).toString() == tr("Answers"))
            communicationList->view()->setColumnHidden(c, b.scheduledContacts.empty());
    m_documentFiles->setOwner(m_caseId, AttachmentOwner::DocumentationItem, tab("documentationTab")->currentId());
    m_caseFiles->setOwner(m_caseId, AttachmentOwner::Case, m_caseId);
    updateHeader();
    updateTabs();
    fillHistory();
    m_ui->overview->setHtml(overviewHtml());
}

void CasePage::updateTabs()
{
    const Case &c = m_bundle->caseRecord;
    const bool ta = c.kind == CaseKind::TechnicalAssistance;
    const bool spi = c.kind == CaseKind::SpiIntervention;
    const bool plan = c.kind == CaseKind::SchoolPlan;
    QList<QPair<QWidget *, QString>> wanted;
    const auto add = [&](const char *name, bool show) {
        if (show)
            wanted.append({tab(name), tab(name)->property("tabTitle").toString()});
    };
    add("groupsTab", c.isRequiredAssistance() || plan);
    if (plan)
        wanted.last().second = tr("Reasons");
    add("activitiesTab", ta);
    add("interventionsTab", plan);
    add("monitoringTab", plan);
    add("spiActionsTab", spi);
    add("communicationsTab", true);
    add("scheduleTab", ta && c.commSchedule == CommunicationSchedule::ExplicitDates);
    add("documentationTab", true);
    add("partnersTab", ta);
    add("recommendationsTab", ta || spi);
    wanted.append({m_caseFilesTab, tr("Attachments")});
    wanted.append({m_historyTab, tr("History")});

    QWidget *current = m_ui->tabs->currentWidget();
    while (m_ui->tabs->count() > 1)
        m_ui->tabs->removeTab(1);
    for (const auto &[widget, title] : wanted)
        m_ui->tabs->addTab(widget, title);
    const int index = m_ui->tabs->indexOf(current);
    m_ui->tabs->setCurrentIndex(index >= 0 ? index : 0);
}

void CasePage::updateHeader()
{
    const Case &c = m_bundle->caseRecord;
    m_ui->titleLabel->setText(toQString(c.title));
    QString kind = labelOf(c.kind);
    if (c.kind == CaseKind::TechnicalAssistance)
        kind = c.isRequiredAssistance() ? tr("Required technical assistance") : tr("Technical-assistance request");
    QString where = toQString(m_bundle->district.name);
    if (m_bundle->school)
        where += QStringLiteral(" · ") + toQString(m_bundle->school->name);
    m_ui->subtitleLabel->setText(tr("%1 · %2 · Status: %3 · Case %4")
                                     .arg(kind, where, labelOf(c.status))
                                     .arg(c.id));
    QMenu *menu = m_ui->moveButton->menu();
    menu->clear();
    for (CaseStatus next : nextStates(c)) {
        QAction *action = menu->addAction(labelOf(next));
        connect(action, &QAction::triggered, this, [this, next] {
            if (auto r = m_session->transition(m_caseId, next); !r)
                QMessageBox::warning(this, tr("The case cannot move"), validationMessage(r.error()));
        });
    }
    m_ui->moveButton->setEnabled(!menu->isEmpty());
}

QString CasePage::overviewHtml() const
{
    const auto &b = *m_bundle;
    const Case &c = b.caseRecord;
    QString html;
    const auto row = [&](const QString &label, const QString &valueHtml) {
        html += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>").arg(label, valueHtml);
    };
    html += QStringLiteral("<table cellspacing='4'>");
    row(tr("District"), QStringLiteral("%1 (%2)").arg(esc(b.district.name), esc(b.district.cds)));
    if (b.school)
        row(tr("School"), QStringLiteral("%1 (%2)").arg(esc(b.school->name), esc(b.school->cds)));
    row(tr("Status"), labelOf(c.status).toHtmlEscaped());
    row(tr("Owner"), esc(c.owner.empty() ? std::string("—") : c.owner));
    QString openedLabel = tr("Opened");
    QString basis, anchor;
    if (c.kind == CaseKind::TechnicalAssistance && c.isRequiredAssistance()) {
        openedLabel = tr("Opened");
        basis = tr("BP 0520 (Ed Code 52071): for a minimum of two years the district keeps regular communication with "
                   "the County Superintendent and gives timely documentation of activities 1–5 or substantially "
                   "similar activities.");
        anchor = QStringLiteral("required");
    } else if (c.kind == CaseKind::TechnicalAssistance) {
        openedLabel = tr("Requested");
        basis = tr("Ed Code 52071: the Board may request technical assistance from the County Superintendent.");
        anchor = QStringLiteral("request");
    } else if (c.kind == CaseKind::SpiIntervention) {
        openedLabel = tr("Identified");
        basis = tr("Ed Code 52072.1: with the State Board's approval the SPI identifies the district and takes each "
                   "action; BP 0520: the district cooperates with the SPI and any academic advisor (the statute's "
                   "academic trustee).");
        anchor = QStringLiteral("spi");
    } else {
        openedLabel = tr("Designated");
        basis = tr("20 USC 6311(d): the school develops and implements a plan (in California, in the SPSA).");
        anchor = QStringLiteral("plans");
    }
    row(openedLabel, esc(c.openedOn.toString()));
    if (c.closedOn)
        row(tr("Closed"), esc(c.closedOn->toString()));
    if (c.isRequiredAssistance()) {
        const auto dateOr = [&](const std::optional<Date> &d) { return d ? esc(d->toString()) : tr("not recorded"); };
        row(tr("Identified"), c.identificationYear ? tr("%1 (%2 Dashboard)").arg(dateOr(c.identifiedOn)).arg(c.identificationYear)
                                                   : dateOr(c.identifiedOn));
        row(tr("County's letter"), dateOr(c.countyLetterOn));
        if (c.reidentifiedOn)
            row(tr("Identified again"), c.reidentificationYear
                                            ? tr("%1 (%2 Dashboard)").arg(dateOr(c.reidentifiedOn)).arg(c.reidentificationYear)
                                            : dateOr(c.reidentifiedOn));
        row(tr("Earliest close"), tr("%1: two years from %2 (Ed Code 52071(c)(1)), once activities 1–5 are done")
                                      .arg(esc(earliestCloseDate(c).toString()), phraseText(minimumBasisPhrase(c)).toHtmlEscaped()));
    }
    if (c.isRequiredAssistance())
        if (auto years = m_session->casebook().officialDeterminationYears())
            for (int y : *years)
                if (auto o = m_session->casebook().officialDetermination(y, b.district.cds); o && *o) {
                    // CDE's own word, with the year in assistance when the file gives it.
                    row(tr("CDE's determination"), tr("%1 (%2 LCFF eligibility file)").arg(esc((*o)->status)).arg(y));
                    break;
                }
    if (c.kind == CaseKind::SchoolPlan && b.school && c.status != CaseStatus::Exited)
        if (auto exit = m_session->casebook().essaExit(b.school->cds); exit && *exit) {
            const auto &e = **exit;
            row(tr("CDE's decision"),
                tr("%1: the school exits (%2–%3 ESSA assistance file %4). <a href='exit:record'>Record the exit…</a>")
                    .arg(esc(e.exitStatus))
                    .arg(e.schoolYear)
                    .arg((e.schoolYear + 1) % 100, 2, 10, QLatin1Char('0'))
                    .arg(esc(e.fileName)));
        }
    if (c.kind == CaseKind::TechnicalAssistance) {
        QString schedule = labelOf(c.commSchedule).toHtmlEscaped();
        if (c.commScheduleStart)
            schedule += tr(", from %1").arg(esc(c.commScheduleStart->toString()));
        row(tr("Communication schedule"), schedule);
        if (!c.countyContact.empty())
            row(tr("County contact"), esc(c.countyContact));
    }
    if (c.kind == CaseKind::SpiIntervention) {
        row(tr("Academic trustee"), esc(c.academicAdvisor.empty() ? std::string("—") : c.academicAdvisor));
        row(tr("State Board approval"),
            c.sbeIdentificationOn
                ? QStringLiteral("%1 %2").arg(esc(c.sbeIdentificationOn->toString()), esc(c.sbeIdentificationReference))
                : tr("awaiting State Board approval (Ed Code 52072.1(a))"));
        if (c.cceeDeterminationOn || !c.cceeDetermination.empty())
            row(tr("CCEE determination"),
                QStringLiteral("%1 %2").arg(esc(c.cceeDeterminationOn ? c.cceeDeterminationOn->toString() : ""),
                                            esc(c.cceeDetermination)));
    }
    if (c.kind == CaseKind::SchoolPlan) {
        row(tr("Designation"), QStringLiteral("%1 — %2, %3")
                                   .arg(esc(std::string(enumCode(c.designation))),
                                        labelOf(c.designation).toHtmlEscaped())
                                   .arg(c.designationYear));
        row(tr("Needs assessment"), esc(c.needsAssessment));
        row(tr("Resource inequities"), esc(c.resourceInequities));
        row(tr("Stakeholder involvement"), esc(c.stakeholderInvolvement));
        row(tr("External partner"), esc(c.externalPartner));
        row(tr("Approvals"), tr("school %1 · district %2 · State %3")
                                 .arg(esc(c.approvedBySchoolOn ? c.approvedBySchoolOn->toString() : "—"),
                                      esc(c.approvedByDistrictOn ? c.approvedByDistrictOn->toString() : "—"),
                                      esc(c.approvedByStateOn ? c.approvedByStateOn->toString() : "—")));
        if (c.exitedOn)
            row(tr("Exited"), QStringLiteral("%1 — %2").arg(esc(c.exitedOn->toString()), esc(c.exitReason)));
    }
    if (!b.qualifyingGroups.empty()) {
        QString groups;
        for (const auto &g : b.qualifyingGroups) {
            const auto *indicator = findIndicator(g.indicator);
            groups += tr("%1 — %2 (priority %3)<br>")
                          .arg(studentGroupLabel(g.studentGroup).toHtmlEscaped(),
                               indicator ? indicatorLabel(indicator->indicator).toHtmlEscaped() : tr("local indicator"))
                          .arg(g.priority);
        }
        row(c.kind == CaseKind::SchoolPlan ? tr("Reasons") : tr("Qualifying groups"), groups);
    }
    row(tr("Basis"), QStringLiteral("%1 <a href='policy#%2'>%3</a>").arg(basis.toHtmlEscaped(), anchor,
                                                                         tr("Read the BP 0520 clause")));
    if (!c.notes.empty())
        row(tr("Notes"), esc(c.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    // What the case's state now needs and is not recorded (an older casebook keeps its state).
    if (const auto missing = missingFacts(c, b.spiActions); !missing.empty()) {
        html += QStringLiteral("<h3 style='color:#8a4b00'>%1</h3><ul>").arg(tr("Missing"));
        for (const auto &m : missing)
            html += QStringLiteral("<li>%1</li>").arg(esc(m));
        html += QStringLiteral("</ul>");
    }
    if (c.kind == CaseKind::TechnicalAssistance) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr("Activities (Ed Code 52071)"));
        for (const auto &a : b.activities)
            html += QStringLiteral("<tr><td>%1. %2</td><td style='padding-left:16px'>%3</td></tr>")
                        .arg(a.area)
                        .arg(activityAreaLabel(a.area).toHtmlEscaped(), labelOf(a.status).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    return html;
}

void CasePage::recordCdeExit()
{
    if (!m_bundle || !m_bundle->school)
        return;
    auto exit = m_session->casebook().essaExit(m_bundle->school->cds);
    if (!exit || !*exit)
        return;
    const auto &e = **exit;
    // The file is the evidence: its name and SHA-256 go into the exit reason and the audit trail.
    const std::string reason = "CDE's " + std::to_string(e.schoolYear) + "-" + std::to_string((e.schoolYear + 1) % 100) +
                               " ESSA assistance file " + e.fileName + " (SHA-256 " + e.sha256 + "): " + e.exitStatus;
    if (QMessageBox::question(this, tr("Record the school's exit"),
                              tr("Record that the school exits, as CDE decided, today, and move the plan to "
                                 "“Exited”?\n\nReason: %1")
                                  .arg(QString::fromStdString(reason))) != QMessageBox::Yes)
        return;
    if (auto done = m_session->exitSchoolPlan(m_caseId, reason); !done)
        QMessageBox::warning(this, tr("The exit was not recorded"), QString::fromStdString(done.error().text()));
}

void CasePage::showSelectedCommunication(Id id)
{
    const Communication *shown = nullptr;
    if (m_bundle)
        for (const auto &c : m_bundle->communications)
            if (c.id == id)
                shown = &c;
    m_communicationReader->showCommunication(shown, m_bundle ? m_bundle->scheduledContacts
                                                             : std::vector<ScheduledContact>{});
}

// The paper clip: how many files each record has (its attachments in the case's bundle).
RecordColumn CasePage::attachmentCountColumn(AttachmentOwner owner) const
{
    RecordColumn column{QStringLiteral("\U0001F4CE"), [this, owner](const FieldMap &f, int role) -> QVariant {
                            if (!m_bundle || (role != Qt::DisplayRole && role != Qt::ToolTipRole &&
                                              role != Qt::TextAlignmentRole))
                                return {};
                            if (role == Qt::TextAlignmentRole)
                                return int(Qt::AlignCenter);
                            const Id id = intField(f, "id");
                            const auto count = std::count_if(
                                m_bundle->attachments.begin(), m_bundle->attachments.end(),
                                [&](const Attachment &a) { return a.ownerType == owner && a.ownerId == id; });
                            if (role == Qt::ToolTipRole)
                                return tr("%n attached file(s)", nullptr, int(count));
                            return count == 0 ? QString() : QString::number(count);
                        }};
    column.headerToolTip = tr("Attached files");
    return column;
}

// An activity's evidence: the documentation items that document it (their activity is its area).
RecordColumn CasePage::documentedByColumn() const
{
    return {tr("Documentation"), [this](const FieldMap &f, int role) -> QVariant {
                if (!m_bundle || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
                    return {};
                const auto area = intField(f, "area");
                QStringList titles;
                int submitted = 0;
                for (const auto &d : m_bundle->documentationItems)
                    if (d.activityArea == area) {
                        titles << phraseText(d.title);
                        submitted += d.submittedOn ? 1 : 0;
                    }
                if (role == Qt::ToolTipRole)
                    return titles.join(QLatin1Char('\n'));
                return titles.isEmpty() ? tr("none") : tr("%1 (%2 submitted)").arg(titles.size()).arg(submitted);
            }};
}

// The scheduled contact a communication answers, by its date.
RecordColumn CasePage::answersColumn() const
{
    return {tr("Answers"), [this](const FieldMap &f, int role) -> QVariant {
                if (!m_bundle || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
                    return {};
                const auto id = intField(f, "scheduled_contact_id");
                for (const auto &contact : m_bundle->scheduledContacts)
                    if (id != 0 && contact.id == id)
                        return role == Qt::ToolTipRole ? scheduledContactText(contact)
                                                       : QString::fromStdString(contact.dueOn.toString());
                return {};
            }};
}

void CasePage::fillHistory() { m_audit->setCase(&m_session->casebook(), m_caseId); }

void fitCaseForm(QWidget *w, const Case &c)
{
    w->findChild<QGroupBox *>(QStringLiteral("taGroup"))->setVisible(c.kind == CaseKind::TechnicalAssistance);
    w->findChild<QWidget *>(QStringLiteral("origin"))->setEnabled(false); // the origin defines the workflow
    w->findChild<QGroupBox *>(QStringLiteral("spiGroup"))->setVisible(c.kind == CaseKind::SpiIntervention);
    w->findChild<QGroupBox *>(QStringLiteral("planGroup"))->setVisible(c.kind == CaseKind::SchoolPlan);
    // The identification (Ed Code 52071(c)(1)) is a fact of required assistance only.
    if (auto *layout = w->findChild<QFormLayout *>(QStringLiteral("taGroupLayout")))
        for (const char *field : {"identification_year", "identified_on", "county_letter_on", "reidentification_year",
                                  "reidentified_on"})
            if (auto *label = w->findChild<QLabel *>(QString::fromLatin1(field) + QStringLiteral("__label")))
                layout->setRowVisible(label, c.isRequiredAssistance());
}

void CasePage::editCase()
{
    if (!m_bundle)
        return;
    const Case before = m_bundle->caseRecord;
    auto dialog = makeRecordDialog<Ui::CaseForm, Case>(tr("Edit case"), this);
    dialog->setObjectName(QStringLiteral("caseDialog"));
    QList<QPair<QVariant, QString>> schools;
    if (auto list = m_session->casebook().listWhere<School>("district_id", before.districtId, "name"))
        for (const auto &s : *list)
            schools.append({qlonglong(s.id), QStringLiteral("%1 (%2)").arg(toQString(s.name), toQString(s.cds))});
    dialog->form().setChoices(QStringLiteral("school_id"), schools);
    dialog->form().setFields(toFields(before));
    fitCaseForm(dialog->formWidget(), before);
    std::optional<Case> read = before; // what the next save is checked against (theirs after a merge)
    Case base = before;
    dialog->setSubmit([&](const FieldMap &fields) -> Status {
        auto c = fromFields<Case>(fields, base);
        if (!c)
            return c.error();
        c->status = base.status; // the workflow moves the status, not this form
        if (c->kind != CaseKind::SchoolPlan)
            c->schoolId = base.schoolId;
        auto saved = m_session->save<Case>(read, *c, tr("Edit case"));
        if (!saved && services::isEditConflict(saved.error()))
            return settleConflict<Case>(*dialog, tr("case"), read, base, *c, saved.error(), tr("Edit case"));
        if (!saved)
            return saved.error();
        return {};
    });
    dialog->exec();
}

void CasePage::addCommunication()
{
    if (auto *t = tab("communicationsTab"); t && t->onAdd) {
        m_ui->tabs->setCurrentWidget(t);
        t->onAdd();
    }
}

bool CasePage::canRecordCdeExit() const
{
    if (!m_bundle || !m_bundle->school || m_bundle->caseRecord.status == CaseStatus::Exited)
        return false;
    auto exit = m_session->casebook().essaExit(m_bundle->school->cds);
    return exit && *exit;
}

QMenu *CasePage::moveMenu() const { return m_ui->moveButton->menu(); }

void CasePage::addDocumentationItem()
{
    if (auto *t = tab("documentationTab"); t && t->onAdd && m_caseId) {
        m_ui->tabs->setCurrentWidget(t);
        t->onAdd();
    }
}

bool CasePage::addToOpenTab()
{
    auto *t = qobject_cast<RecordListTab *>(m_ui->tabs->currentWidget());
    if (!t || !t->onAdd || !t->addEnabled() || !m_caseId)
        return false;
    t->onAdd();
    return true;
}

void CasePage::attachFileToCase()
{
    if (!m_caseId)
        return;
    m_ui->tabs->setCurrentWidget(m_caseFilesTab);
    m_caseFiles->chooseFiles();
}

void CasePage::deleteCase()
{
    if (!m_bundle)
        return;
    const auto answer = QMessageBox::warning(
        this, tr("Delete case"),
        tr("Delete “%1” with all its communications, documentation and attachments?\n\nYou can undo this with Edit ▸ "
           "Undo while Casebook stays open; the audit trail keeps a record either way.")
            .arg(toQString(m_bundle->caseRecord.title)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = m_session->deleteCase(m_caseId); !s)
        QMessageBox::warning(this, tr("Cannot delete the case"), toQString(s.error().text()));
}

} // namespace casebook::app
