// GettingStartedPanel; see getting_started_panel.h.
#include "getting_started_panel.h"

#include "session.h"

#include "domain/codes.h"
#include "services/casebook.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace casebook::app {

namespace {

const QString kDismissedKey = QStringLiteral("gettingStarted/hiddenFor");

} // namespace

GettingStartedPanel::GettingStartedPanel(CasebookSession *session, QWidget *parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Getting started"), this);
    title->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: 600;"));
    header->addWidget(title);
    header->addStretch();
    auto *hide = new QPushButton(tr("Hide this &list"), this);
    hide->setObjectName(QStringLiteral("hideGettingStarted"));
    hide->setToolTip(tr("Hide the getting-started list for this casebook"));
    header->addWidget(hide);
    layout->addLayout(header);

    const struct {
        QString button;
        QString explanation;
    } steps[kSteps] = {
        {tr("Enter your &district…"), tr("Its 7-digit county-district code; Casebook fills in the county and, once "
                                         "it holds Dashboard files, the name.")},
        {tr("&Import the Dashboard files…"), tr("CDE's download files of the California School Dashboard "
                                                "(eladownload…, mathdownload…, chronicdownload…).")},
        {tr("&Read the findings"), tr("Your district's student groups by indicator and whether it qualifies for "
                                      "differentiated assistance; enter the local indicators there.")},
        {tr("O&pen the case"), tr("The required-assistance case the findings call for (or another case).")},
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < kSteps; ++i) {
        m_marks[i] = new QLabel(this);
        m_marks[i]->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✔ Done  ")));
        m_buttons[i] = new QPushButton(steps[i].button, this);
        m_buttons[i]->setObjectName(QStringLiteral("gettingStartedStep%1").arg(i));
        m_explanations[i] = new QLabel(steps[i].explanation, this);
        m_explanations[i]->setWordWrap(true);
        grid->addWidget(m_marks[i], i, 0);
        grid->addWidget(m_buttons[i], i, 1);
        grid->addWidget(m_explanations[i], i, 2);
        connect(m_buttons[i], &QPushButton::clicked, this, [this, i] { emit stepRequested(Step(i)); });
    }
    layout->addLayout(grid);
    connect(hide, &QPushButton::clicked, this, &GettingStartedPanel::dismiss);
    hide->setAccessibleName(tr("Hide the getting-started list"));
    setVisible(false);
}

void GettingStartedPanel::reload()
{
    if (!m_session->isOpen()) {
        setVisible(false);
        return;
    }
    auto &casebook = m_session->casebook();
    auto districts = casebook.listAll<District>("id");
    auto cases = casebook.caseSummaries();
    m_done.fill(false);
    m_done[EnterDistrict] = districts && !districts->empty();
    if (districts)
        for (const auto &d : *districts) {
            auto years = casebook.dashboardYears(districtLevelCds(d.cds));
            if (!years || years->empty())
                continue;
            m_done[ImportDashboard] = true;
            // The findings are read once the district's local indicators of its latest Dashboard year are
            // entered (the findings page asks for them), or once a case is open.
            if (auto locals = casebook.localIndicators(d.cds, years->front()); locals && !locals->empty())
                m_done[ReadFindings] = true;
        }
    m_done[OpenCase] = cases && !cases->empty();
    if (m_done[OpenCase])
        m_done[ReadFindings] = m_done[ReadFindings] || m_done[ImportDashboard];
    bool allDone = true;
    for (int i = 0; i < kSteps; ++i) {
        m_marks[i]->setText(m_done[i] ? tr("✔ Done") : tr("○ To do"));
        m_marks[i]->setStyleSheet(m_done[i] ? QStringLiteral("color: #2e7d32; font-weight: 600;") : QString());
        m_buttons[i]->setAccessibleName(m_buttons[i]->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) +
                                        (m_done[i] ? tr(" (done)") : tr(" (to do)")));
        allDone = allDone && m_done[i];
    }
    // Entering the district is a step only while the casebook has none.
    const bool showDistrict = !m_done[EnterDistrict];
    for (QWidget *w : {static_cast<QWidget *>(m_marks[EnterDistrict]), static_cast<QWidget *>(m_buttons[EnterDistrict]),
                       static_cast<QWidget *>(m_explanations[EnterDistrict])})
        w->setVisible(showDistrict);
    setVisible(!allDone && !dismissed());
}

bool GettingStartedPanel::dismissed() const
{
    return QSettings().value(kDismissedKey).toStringList().contains(m_session->rememberedLocation());
}

void GettingStartedPanel::dismiss()
{
    QSettings settings;
    QStringList hidden = settings.value(kDismissedKey).toStringList();
    hidden.append(m_session->rememberedLocation());
    settings.setValue(kDismissedKey, hidden);
    setVisible(false);
}

} // namespace casebook::app
