// ReferencePage; see reference_page.h. The policy text is bundled from resources/policy/.
#include "reference_page.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::app {

namespace {

struct Clause {
    const char *anchor;
    const char *startsWith;
    const char *heading;
};

// Each obligation's first paragraph in BP 0520, and the heading Casebook shows above it.
constexpr Clause kClauses[] = {
    {"request", "At its discretion, the Board may submit", "Technical-assistance request (Ed Code 52071)"},
    {"required", "In the event that the County Superintendent requires", "Required technical assistance (Ed Code 52071, 52064.5)"},
    {"partner", "The district may, at its own expense", "Service-provider partners (Ed Code 52071)"},
    {"ccee", "The district shall consider any recommendations", "CCEE recommendations (Ed Code 52071, 52072, 52074)"},
    {"spi", "If the Superintendent of Public Instruction", "SPI intervention (Ed Code 52072.1)"},
    {"plans", "In addition, any school identified by CDE", "CSI / TSI / ATSI school plans (20 USC 6311(d))"},
};

} // namespace

QString ReferencePage::policyHtml()
{
    QFile file(QStringLiteral(":/policy/BP0520.txt"));
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    QString html = QStringLiteral("<h2>BP 0520 — Intervention for Underperforming Schools</h2>");
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QString pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(pending.toHtmlEscaped());
        pending.clear();
    };
    for (QString p : paragraphs) {
        p = p.simplified();
        for (const auto &clause : kClauses) {
            if (p.startsWith(QLatin1String(clause.startsWith))) {
                flush();
                html += QStringLiteral("<a name='%1'></a><h3>%2</h3>").arg(QLatin1String(clause.anchor),
                                                                           QString::fromUtf8(clause.heading).toHtmlEscaped());
            }
        }
        if (p.startsWith(QLatin1String("Policy Reference Disclaimer"))) {
            flush();
            html += QStringLiteral("<a name='references'></a><h3>%1</h3>").arg(tr("References"));
        }
        if (QRegularExpression(QStringLiteral("^\\d\\. ")).match(p).hasMatch() && !pending.isEmpty()) {
            flush();
        }
        pending += (pending.isEmpty() ? QString() : QStringLiteral(" ")) + p;
        flush();
    }
    flush();
    return html;
}

ReferencePage::ReferencePage(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("policyBrowser"));
    m_browser->setAccessibleName(tr("BP 0520 policy text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(policyHtml());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
}

void ReferencePage::showAnchor(const QString &anchor)
{
    if (anchor.isEmpty())
        m_browser->moveCursor(QTextCursor::Start);
    else
        m_browser->scrollToAnchor(anchor);
}

} // namespace casebook::app
